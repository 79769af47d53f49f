//! TIMEX3 values (TimeML 1.2.1 / ISO-TimeML): parsing, formatting, calendar
//! intervals and arithmetic.
//!
//! A [`Value`] is the `value` attribute of a TIMEX3: a calendar value
//! ([`DateValue`], types DATE and TIME), a [`Duration`], or one of
//! `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`. [`Timex3`] adds the other
//! attributes that carry meaning: [`TimexType`], [`Mod`], [`Quant`],
//! [`Freq`].
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline::value::{Granularity, IntervalRelation, Value};
//!
//! let dct = Value::date(NaiveDate::from_ymd_opt(2022, 1, 13).ok_or("bad date")?);
//! // "last week"
//! let last_week = dct.coarsen(Granularity::Week).and_then(|w| w.shift(-1, Granularity::Week));
//! assert_eq!(last_week.map(|v| v.to_string()).as_deref(), Some("2022-W01"));
//! // "last December"
//! assert_eq!(dct.previous_month(12).map(|v| v.to_string()).as_deref(), Some("2021-12"));
//! // values of different granularities compare through their intervals
//! let week: Value = "2022-W02".parse()?;
//! assert_eq!(week.compare(&dct), Some(IntervalRelation::Contains));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Grammar
//!
//! Parsing is strict and formatting reproduces the input exactly
//! (`v.parse::<Value>()?.to_string() == v`); spellings with two legal forms
//! (zone offsets, decade/century/millennium units, expanded years) are
//! remembered. Anything else is [`Error::InvalidValue`](crate::Error::InvalidValue)
//! quoting the input; parsing never panics and rejects input over 256
//! bytes at once.
//!
//! | form | example | meaning |
//! |---|---|---|
//! | year | `2022` | a calendar year |
//! | expanded year | `-0044`, `+10000`, `BC0044` | ISO 8601 with a sign and ≥ 4 digits (astronomical: `-0044` is 45 BC, `+0000` is 1 BC); TIMEX2 `BC0044` is 44 BC |
//! | decade | `199` | 1990–1999 |
//! | century | `19` | 1900–1999 (TimeML: the first two digits, "the 20th century") |
//! | unknown digits | `199X`, `19XX`, `XXXX`, `19X` | `X` only after the known digits |
//! | month | `2022-01`, `XXXX-01`, `2022-XX` | |
//! | day | `2022-01-13`, `XXXX-12-25`, `1998-01-XX`, `XXXX-XX-XX` | the day must exist (`2023-02-29` is an error; `XXXX-02-29` is allowed) |
//! | ISO week | `2022-W02`, `1989-WXX` | two digits; week 53 only in 53-week years (`2020-W53` yes, `2021-W53` no) |
//! | week day | `2022-W02-3`, `XXXX-WXX-1` | 1 = Monday … 7 = Sunday, or `X` |
//! | weekend | `2022-W02-WE` | Saturday and Sunday of that ISO week |
//! | quarter, half | `2022-Q1`, `2022-QX`, `2022-H2` | |
//! | season | `2022-SP`, `-SU`, `-FA`, `-WI`, `XXXX-WI` | see below |
//! | clock time | `2022-01-13T14`, `T14:30`, `T14:30:05`, `T14:30:05.250` | after a day (`YYYY-MM-DD` or `YYYY-Www-D`, known or not); hour 00–24, `T24` (minutes and seconds zero) is the end of the day |
//! | zone | `…T14:30Z`, `+05:00`, `-0500`, `+05` | kept as written |
//! | part of day | `2022-01-13TMO`, `TMI`, `TAF`, `TEV`, `TNI`, `TDT`, `XXXX-WXX-2TNI` | see below |
//! | duration | `P3D`, `P2W`, `P1Y6M`, `P1DT12H`, `PT2H30M`, `P1.5Y`, `P2Q` | units coarse to fine, each once; amounts are exact decimals without leading zeros |
//! | decade, century, millennium durations | `P1E`/`P1DE`, `P1C`/`P1CE`, `P2L`/`P2ML` | TimeBank and ISO-TimeML letters, kept as written |
//! | fuzzy duration | `PXY`, `PXD`, `PTXH`, `PXE`, `PXQ` | `X` amount; a unit is required (`PXX` is an error) |
//! | references | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` | |
//!
//! [`Value::parse_lenient`] also accepts single-digit weeks (`2000-W7`, seen
//! in AQUAINT) and normalises them to two digits.
//!
//! # Intervals
//!
//! [`Value::interval`] maps every anchored value to an [`Interval`]. The
//! convention: `start` and `end` are **days, both inclusive** (`2022-W02`
//! is 2022-01-10 to 2022-01-16); values with a time of day also carry a
//! [`TimeSpan`] of date-times whose `end` is **exclusive** (`2022-01-13T14`
//! is 14:00 to 15:00). Times are local as written; zone offsets are kept
//! but not applied. A value with unknown parts below a known prefix maps to
//! the prefix (`1998-01-XX` → January 1998, `199X` → the 1990s, `1989-WXX`
//! → calendar year 1989) and [`Value::interval_with_mod`] flags it
//! [`BoundsKind::Within`]; a value with an unknown year (`XXXX-12-25`) has
//! no interval, nor have durations and the reference words (see
//! [`Value::bounds_with_reference`]). Years outside chrono's range
//! (about ±262,000) parse and format but have no interval.
//!
//! **Seasons** are meteorological, northern hemisphere: `SP` March–May,
//! `SU` June–August, `FA` September–November, `WI` December of the
//! value's year through February of the next (`2022-WI` is 2022-12-01 to
//! 2023-02-28).
//!
//! **Parts of day** (half-open clock ranges): `MO` morning 06:00–12:00,
//! `MI` midday 11:00–13:00, `AF` afternoon 12:00–18:00, `EV` evening
//! 18:00–22:00, `NI` night 22:00 to 06:00 the next day, `DT` daytime
//! 06:00–18:00.
//!
//! **Weeks** are ISO 8601: Monday to Sunday, week 1 holds 4 January, and
//! the week-year can differ from the calendar year at the ends
//! (2021-01-01 is in `2020-W53`, 2024-12-30 in `2025-W01`).
//!
//! **`T24`** is 24:00, the end of the day, which is 00:00 of the next day:
//! `1989-10-27T24` is the hour from 1989-10-28 00:00.
//!
//! **Mods** bound an interval: `BEFORE 2022` is open up to 2021-12-31 and
//! flagged [`BoundsKind::Open`]; `START`/`MID`/`END` take thirds and
//! `APPROX` and the duration comparatives keep the interval, flagged
//! [`BoundsKind::Approximate`]. See [`Value::interval_with_mod`].
//!
//! **Durations** have no interval; [`Duration::approx_seconds`] gives an
//! approximate length for comparisons (a year is 365.2425 days, a month a
//! twelfth of that).
//!
//! # Arithmetic
//!
//! - [`Value::shift`] moves a value by `n` units of a [`Granularity`],
//!   keeping its form. Months clamp the day: 2022-01-31 + 1 month is
//!   2022-02-28, and 2024-02-29 + 1 year is 2025-02-28. Weeks cross years
//!   by ISO rules (`2022-W01` − 1 week is `2021-W52`, `2021-W01` − 1 week
//!   is `2020-W53`); a week shifted by years keeps its number, clamping 53
//!   to 52. A shift that is not a whole number of the value's own units (a
//!   month by days, a year by one quarter) is `None`: coarsen or refine
//!   first. Values with `X`, durations and references do not shift.
//! - [`Value::coarsen`] and [`Value::from_date_granularity`] go up
//!   (`2022-01-13` → `2022-W02`, `2022-01`, `2022-Q1`, `2021-WI` for
//!   January…); [`Value::with_month`], [`Value::with_day`],
//!   [`Value::with_weekday`], [`Value::with_time`] and
//!   [`Value::with_part_of_day`] go down.
//! - [`Value::previous_weekday`] / [`Value::next_weekday`] are strictly
//!   before/after the value's interval; [`Value::weekday_on_or_after`]
//!   ("this Friday") and [`Value::weekday_on_or_before`] include it. The
//!   same for months ([`Value::previous_month`], [`Value::next_month`],
//!   [`Value::month_on_or_after`]) and seasons ([`Value::previous_season`],
//!   [`Value::next_season`]).
//! - [`Value::compare`] gives the Allen [`IntervalRelation`] of two
//!   anchored values of any granularities; [`Value::before`],
//!   [`Value::after`], [`Value::contains`], [`Value::during`],
//!   [`Value::overlaps`] (shares any time) and [`Value::equal`] are
//!   shorthands. Adjacent intervals meet: `2022-W52` is before `2023-W01`.
//!
//! Nothing here reads the clock; all results are deterministic.

/// The English month names in lower case, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English weekday names in lower case, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

mod arith;
mod attrs;
mod calendar;
mod civil;
mod date;
mod duration;
mod parse;

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

pub use attrs::{Freq, FreqUnit, Mod, Quant, Timex3, TimexType};
pub use calendar::{
    Bounds, BoundsKind, Granularity, Interval, IntervalRelation, TimeSpan, compare,
};
pub use date::{DateValue, PartOfDay, Season, Zone};
pub use duration::{Decimal, Duration, DurationPart, DurationUnit, UnitSpelling};

use date::{Clock, Frac, Sub, Time, YearSpec};
use parse::{Cursor, invalid};

/// The longest string [`Value::from_str`] will look at; longer input is an
/// error straight away. The longest legal value, a duration with all eleven
/// units each with an 18-digit amount, is under 240 bytes.
const MAX_VALUE_LEN: usize = 256;

/// A TIMEX3 `value`: a calendar value (DATE or TIME), a duration, or one of
/// the three reference words.
///
/// Parsing and formatting round-trip exactly: `s.parse::<Value>()?.to_string() == s`
/// for every legal `s`. Equality is therefore by spelling (`P1E` and `P1DE`
/// are different values with the same meaning); compare meanings with
/// [`Value::compare`] or [`Value::interval`].
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::value::{Granularity, Value};
///
/// let v: Value = "2022-W02".parse()?;
/// assert_eq!(v, Value::iso_week(2022, 2).ok_or("no such week")?);
/// assert_eq!(v.granularity(), Some(Granularity::Week));
/// assert_eq!(v.to_string(), "2022-W02");
///
/// let day = Value::date(NaiveDate::from_ymd_opt(2022, 1, 13).ok_or("bad date")?);
/// assert_eq!(day.to_string(), "2022-01-13");
/// assert!("2021-W53".parse::<Value>().is_err()); // 2021 has 52 ISO weeks
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// A calendar value: DATE or TIME, e.g. `2022-01-13`, `2022-W02`,
    /// `199`, `XXXX-WXX-2`, `2022-01-13T14:30`.
    Date(DateValue),
    /// A duration, e.g. `P3D`, `PT2H30M`, `PXY`.
    Duration(Duration),
    /// `PRESENT_REF`: now.
    PresentRef,
    /// `PAST_REF`: the past.
    PastRef,
    /// `FUTURE_REF`: the future.
    FutureRef,
}

impl Value {
    // ---- constructors -------------------------------------------------

    /// A calendar day, `2022-01-13`.
    pub fn date(date: NaiveDate) -> Value {
        Value::Date(DateValue::new(
            YearSpec::from_year(date.year()),
            Sub::Day(Some(date.month() as u8), Some(date.day() as u8)),
        ))
    }

    /// A month, `2022-01`; `None` unless `month` is 1–12.
    pub fn month(year: i32, month: u32) -> Option<Value> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Month(Some(month as u8)),
        )))
    }

    /// A year, `2022`. Years outside 0–9999 are written as ISO 8601
    /// expanded years with a sign (`-0044`, `+10000`; astronomical
    /// numbering, year 0 = 1 BC).
    pub fn year(year: i32) -> Value {
        Value::Date(DateValue::new(YearSpec::from_year(year), Sub::None))
    }

    /// A decade by its first three digits: `Value::decade(199)` is `199`,
    /// the 1990s. `None` outside 0–999 (TimeML has no spelling for other
    /// decades).
    pub fn decade(decade: i32) -> Option<Value> {
        let prefix = u16::try_from(decade).ok().filter(|d| *d <= 999)?;
        Some(Value::Date(DateValue::new(
            YearSpec::Plain {
                width: 3,
                known: 3,
                prefix,
            },
            Sub::None,
        )))
    }

    /// A century by its first two digits, TimeML style:
    /// `Value::century(19)` is `19`, the years 1900–1999 ("the 20th
    /// century"). `None` outside 0–99.
    pub fn century(century: i32) -> Option<Value> {
        let prefix = u16::try_from(century).ok().filter(|c| *c <= 99)?;
        Some(Value::Date(DateValue::new(
            YearSpec::Plain {
                width: 2,
                known: 2,
                prefix,
            },
            Sub::None,
        )))
    }

    /// An ISO week, `2022-W02`. `None` unless the ISO week-year `year` has
    /// that week (1–52, or 53 in long years such as 2020).
    pub fn iso_week(year: i32, week: u32) -> Option<Value> {
        let w = checked_week(year, week)?;
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Week(Some(w)),
        )))
    }

    /// The weekend (Saturday and Sunday) of an ISO week, `2022-W02-WE`.
    /// `None` as for [`Value::iso_week`].
    pub fn weekend(year: i32, week: u32) -> Option<Value> {
        let w = checked_week(year, week)?;
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Weekend(Some(w)),
        )))
    }

    /// A day of an ISO week, `2022-W02-3` (Wednesday). `None` as for
    /// [`Value::iso_week`].
    pub fn iso_week_day(year: i32, week: u32, weekday: Weekday) -> Option<Value> {
        let w = checked_week(year, week)?;
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::WeekDay(Some(w), Some(weekday.number_from_monday() as u8)),
        )))
    }

    /// A quarter, `2022-Q1`; `None` unless `quarter` is 1–4.
    pub fn quarter(year: i32, quarter: u32) -> Option<Value> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Quarter(Some(quarter as u8)),
        )))
    }

    /// A half year, `2022-H1`; `None` unless `half` is 1 or 2.
    pub fn half(year: i32, half: u32) -> Option<Value> {
        if !(1..=2).contains(&half) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Half(Some(half as u8)),
        )))
    }

    /// A season, `2022-SU`. `2022-WI` is December 2022 to February 2023
    /// (see [`Season`]).
    pub fn season(year: i32, season: Season) -> Value {
        Value::Date(DateValue::new(
            YearSpec::from_year(year),
            Sub::Season(season),
        ))
    }

    /// A clock time on a day: `2022-01-13T14` (hour only),
    /// `2022-01-13T14:30`, `2022-01-13T14:30:05`, with an optional zone.
    ///
    /// `None` if `hour` > 24, `minute` or `second` > 59, a second without a
    /// minute, or hour 24 (the end of the day) with a non-zero minute or
    /// second.
    pub fn datetime(
        date: NaiveDate,
        hour: u32,
        minute: Option<u32>,
        second: Option<u32>,
        zone: Option<Zone>,
    ) -> Option<Value> {
        if hour > 24
            || minute.is_some_and(|m| m > 59)
            || second.is_some_and(|s| s > 59)
            || (second.is_some() && minute.is_none())
            || (hour == 24 && (minute.unwrap_or(0) != 0 || second.unwrap_or(0) != 0))
        {
            return None;
        }
        let clock = Clock {
            hour: hour as u8,
            minute: minute.map(|m| m as u8),
            second: second.map(|s| s as u8),
            frac: None,
            zone,
        };
        Some(Value::date(date).with_time_unchecked(Time::Clock(clock)))
    }

    /// A date-time to the second, `2022-01-13T14:30:05`, with the
    /// fraction when the nanoseconds are not zero (trailing zeros dropped,
    /// `…:05.25`). A leap second (nanoseconds ≥ 10^9) is folded into :59.
    pub fn from_naive_datetime(dt: NaiveDateTime, zone: Option<Zone>) -> Value {
        let nanos = dt.nanosecond().min(999_999_999);
        let frac = (nanos != 0).then(|| {
            let mut value = nanos;
            let mut digits = 9u8;
            while value.is_multiple_of(10) {
                value /= 10;
                digits -= 1;
            }
            Frac { value, digits }
        });
        let clock = Clock {
            hour: dt.hour() as u8,
            minute: Some(dt.minute() as u8),
            second: Some(dt.second().min(59) as u8),
            frac,
            zone,
        };
        Value::date(dt.date()).with_time_unchecked(Time::Clock(clock))
    }

    /// A part of a day, `2022-01-13TEV`.
    pub fn part_of_day(date: NaiveDate, part: PartOfDay) -> Value {
        Value::date(date).with_time_unchecked(Time::Part(part))
    }

    /// A duration value, `P3D`.
    pub fn duration(duration: Duration) -> Value {
        Value::Duration(duration)
    }

    /// `XXXX`: some year (the base of many SET values).
    pub fn unknown_year() -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::None))
    }

    /// `XXXX-XX-XX`: any day ("every day", "daily").
    pub fn any_day() -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::Day(None, None)))
    }

    /// `XXXX-XX`: any month.
    pub fn any_month() -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::Month(None)))
    }

    /// `XXXX-WXX`: any week.
    pub fn any_week() -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::Week(None)))
    }

    /// `XXXX-WXX-WE`: any weekend.
    pub fn any_weekend() -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::Weekend(None)))
    }

    /// `XXXX-WXX-2`: a weekday of any week ("every Tuesday").
    pub fn any_weekday(weekday: Weekday) -> Value {
        Value::Date(DateValue::new(
            YearSpec::unknown(),
            Sub::WeekDay(None, Some(weekday.number_from_monday() as u8)),
        ))
    }

    /// `XXXX-12`: a month of any year ("every December"); `None` unless
    /// `month` is 1–12.
    pub fn month_of_any_year(month: u32) -> Option<Value> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::unknown(),
            Sub::Month(Some(month as u8)),
        )))
    }

    /// `XXXX-12-25`: a day of any year ("every Christmas"); `None` unless
    /// the day exists in some year (`XXXX-02-29` is allowed).
    pub fn annual_date(month: u32, day: u32) -> Option<Value> {
        if !(1..=12).contains(&month)
            || day < 1
            || day > u32::from(civil::days_in_month(None, month as u8))
        {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::unknown(),
            Sub::Day(Some(month as u8), Some(day as u8)),
        )))
    }

    /// `XXXX-Q4`: a quarter of any year; `None` unless `quarter` is 1–4.
    pub fn quarter_of_any_year(quarter: u32) -> Option<Value> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            YearSpec::unknown(),
            Sub::Quarter(Some(quarter as u8)),
        )))
    }

    /// `XXXX-WI`: a season of any year ("each winter").
    pub fn any_season(season: Season) -> Value {
        Value::Date(DateValue::new(YearSpec::unknown(), Sub::Season(season)))
    }

    /// The same day-level value (`YYYY-MM-DD` or `YYYY-Www-D`, known or
    /// not) with a part of day: `XXXX-WXX-2` → `XXXX-WXX-2TNI`. `None` for
    /// other values. Replaces any time already given.
    pub fn with_part_of_day(&self, part: PartOfDay) -> Option<Value> {
        self.day_level()
            .map(|_| self.with_time_unchecked(Time::Part(part)))
    }

    /// The same day-level value with a clock time: `XXXX-XX-XX` →
    /// `XXXX-XX-XXT14:00`. `None` for other values or an invalid time (as
    /// for [`Value::datetime`]).
    pub fn with_time(
        &self,
        hour: u32,
        minute: Option<u32>,
        second: Option<u32>,
        zone: Option<Zone>,
    ) -> Option<Value> {
        self.day_level()?;
        let probe = Value::datetime(NaiveDate::MIN, hour, minute, second, zone)?;
        let time = probe.as_date()?.time?;
        Some(self.with_time_unchecked(time))
    }

    fn day_level(&self) -> Option<&DateValue> {
        self.as_date()
            .filter(|d| matches!(d.sub, Sub::Day(..) | Sub::WeekDay(..)))
    }

    fn with_time_unchecked(&self, time: Time) -> Value {
        match self {
            Value::Date(d) => Value::Date(DateValue {
                time: Some(time),
                ..*d
            }),
            other => other.clone(),
        }
    }

    // ---- parsing ------------------------------------------------------

    /// Parses like [`FromStr`], and also accepts known corpus deviations,
    /// normalising them: single-digit ISO weeks (`2000-W7` → `2000-W07`,
    /// as in AQUAINT). Such input does not round-trip.
    pub fn parse_lenient(s: &str) -> crate::Result<Value> {
        match s.parse() {
            Ok(v) => Ok(v),
            Err(e) => {
                if let Some(fixed) = pad_single_digit_week(s)
                    && let Ok(v) = fixed.parse()
                {
                    return Ok(v);
                }
                Err(e)
            }
        }
    }

    // ---- accessors ----------------------------------------------------

    /// The calendar value, if this is one.
    pub fn as_date(&self) -> Option<&DateValue> {
        match self {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }

    /// The duration, if this is one.
    pub fn as_duration(&self) -> Option<&Duration> {
        match self {
            Value::Duration(d) => Some(d),
            _ => None,
        }
    }

    /// Whether this is `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    pub fn is_ref(&self) -> bool {
        matches!(self, Value::PresentRef | Value::PastRef | Value::FutureRef)
    }

    /// The year, when the value is written with a fully known year (not a
    /// decade or century, no `X`); for week values the ISO week-year.
    ///
    /// (Named `known_year` because [`Value::year`] is the constructor; the
    /// same accessor on [`DateValue`] is [`DateValue::year`].)
    pub fn known_year(&self) -> Option<i32> {
        self.as_date().and_then(DateValue::year)
    }

    /// Whether any part is unknown: `X` digits in a calendar value, or an
    /// `X` amount in a duration.
    pub fn has_unknown(&self) -> bool {
        match self {
            Value::Date(d) => d.has_unknown(),
            Value::Duration(d) => d.is_fuzzy(),
            _ => false,
        }
    }

    /// The TIMEX3 `type` this value usually has: DURATION for durations,
    /// TIME for values with a time of day, DATE otherwise. (SETs are
    /// calendar values with unknown parts plus `quant`/`freq`; the caller
    /// decides.)
    pub fn default_type(&self) -> TimexType {
        match self {
            Value::Duration(_) => TimexType::Duration,
            Value::Date(d) if d.time.is_some() => TimexType::Time,
            _ => TimexType::Date,
        }
    }

    /// The granularity of the value as written: `2022-01-13` is
    /// [`Granularity::Day`], `1998-01-XX` too (its interval is the month),
    /// `199` is [`Granularity::Decade`], `199X` [`Granularity::Year`],
    /// `2022-01-13T14:30` [`Granularity::Minute`]. `None` for durations and
    /// the reference words.
    pub fn granularity(&self) -> Option<Granularity> {
        self.as_date().map(DateValue::granularity)
    }
}

impl DateValue {
    /// The granularity as written (see [`Value::granularity`]).
    pub fn granularity(&self) -> Granularity {
        match self.time {
            Some(Time::Part(_)) => return Granularity::PartOfDay,
            Some(Time::Clock(c)) => {
                return if c.second.is_some() {
                    Granularity::Second
                } else if c.minute.is_some() {
                    Granularity::Minute
                } else {
                    Granularity::Hour
                };
            }
            None => {}
        }
        match self.sub {
            Sub::None => match self.year {
                YearSpec::Plain { width: 2, .. } => Granularity::Century,
                YearSpec::Plain { width: 3, .. } => Granularity::Decade,
                _ => Granularity::Year,
            },
            Sub::Month(_) => Granularity::Month,
            Sub::Day(..) | Sub::WeekDay(..) => Granularity::Day,
            Sub::Week(_) => Granularity::Week,
            Sub::Weekend(_) => Granularity::Weekend,
            Sub::Quarter(_) => Granularity::Quarter,
            Sub::Half(_) => Granularity::Half,
            Sub::Season(_) => Granularity::Season,
        }
    }
}

fn checked_week(year: i32, week: u32) -> Option<u8> {
    (1..=u32::from(civil::iso_weeks_in_year(i64::from(year))))
        .contains(&week)
        .then_some(week as u8)
}

/// `2000-W7` → `2000-W07` (and `2000-W7-WE` etc.), else `None`.
fn pad_single_digit_week(s: &str) -> Option<String> {
    let i = s.find("-W")?;
    let after = s.get(i + 2..)?;
    let mut chars = after.chars();
    let d = chars.next().filter(char::is_ascii_digit)?;
    let rest = chars.as_str();
    if rest.is_empty() || rest.starts_with('-') {
        Some(format!("{}-W0{d}{rest}", s.get(..i)?))
    } else {
        None
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Duration(d) => d.fmt(f),
            Value::PresentRef => f.write_str("PRESENT_REF"),
            Value::PastRef => f.write_str("PAST_REF"),
            Value::FutureRef => f.write_str("FUTURE_REF"),
        }
    }
}

impl FromStr for Value {
    type Err = crate::Error;

    /// Parses a TIMEX3 value strictly (see the module documentation for the
    /// grammar); anything else is [`Error::InvalidValue`](crate::Error::InvalidValue).
    fn from_str(s: &str) -> crate::Result<Value> {
        if s.len() > MAX_VALUE_LEN {
            return Err(invalid(s, "too long to be a TIMEX3 value"));
        }
        match s {
            "PRESENT_REF" => return Ok(Value::PresentRef),
            "PAST_REF" => return Ok(Value::PastRef),
            "FUTURE_REF" => return Ok(Value::FutureRef),
            "" => return Err(invalid(s, "empty")),
            _ => {}
        }
        let mut c = Cursor::new(s);
        let result = if s.starts_with('P') {
            duration::Duration::parse(&mut c).map(Value::Duration)
        } else {
            DateValue::parse(&mut c).map(Value::Date)
        };
        match result {
            Ok(v) if c.at_end() => Ok(v),
            Ok(_) => Err(invalid(s, format!("unexpected {:?}", c.rest_lossy()))),
            Err(e) => Err(invalid(s, e.0)),
        }
    }
}

attrs::string_serde!(Value);

//! Calendar values (TIMEX3 types DATE and TIME): the year, the part below it
//! and the time of day, each possibly written with `X` for unknown digits.

use std::fmt::{self, Write as _};

use chrono::{FixedOffset, Offset, Utc};
use serde::{Deserialize, Serialize};

use super::civil;
use super::parse::{Cursor, ParseError};

/// A season of the year, TimeML spelling `SP`, `SU`, `FA`, `WI`.
///
/// Seasons follow ONE convention throughout the crate: meteorological
/// seasons of the northern hemisphere. `SP` is March–May, `SU` June–August,
/// `FA` September–November, and `WI` is December of the value's year through
/// February of the next (`2022-WI` = 2022-12-01 to 2023-02-28).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Season {
    /// Spring, `SP`: March to May.
    #[serde(rename = "SP")]
    Spring,
    /// Summer, `SU`: June to August.
    #[serde(rename = "SU")]
    Summer,
    /// Fall (autumn), `FA`: September to November.
    #[serde(rename = "FA")]
    Fall,
    /// Winter, `WI`: December to February of the next year.
    #[serde(rename = "WI")]
    Winter,
}

impl Season {
    /// All four, in calendar order within a season-year (spring first).
    pub const ALL: [Season; 4] = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];

    /// The TimeML code: `SP`, `SU`, `FA` or `WI`.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first month of the season (3, 6, 9 or 12).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    /// 0 for spring … 3 for winter.
    pub(crate) fn index(self) -> i64 {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        }
    }

    pub(crate) fn from_index(i: i64) -> Season {
        match i.rem_euclid(4) {
            0 => Season::Spring,
            1 => Season::Summer,
            2 => Season::Fall,
            _ => Season::Winter,
        }
    }

    fn from_code(code: &[u8]) -> Option<Season> {
        match code {
            b"SP" => Some(Season::Spring),
            b"SU" => Some(Season::Summer),
            b"FA" => Some(Season::Fall),
            b"WI" => Some(Season::Winter),
            _ => None,
        }
    }
}

impl fmt::Display for Season {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Season {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Season> {
        Season::from_code(s.as_bytes()).ok_or_else(|| crate::Error::InvalidAttribute {
            attribute: "season",
            value: s.to_string(),
        })
    }
}

/// A part of the day, TimeML spelling `MO`, `MI`, `AF`, `EV`, `NI`, `DT`.
///
/// Clock ranges (half-open, local time), used for intervals:
///
/// | code | part | range |
/// |---|---|---|
/// | `MO` | morning | 06:00–12:00 |
/// | `MI` | midday | 11:00–13:00 |
/// | `AF` | afternoon | 12:00–18:00 |
/// | `EV` | evening | 18:00–22:00 |
/// | `NI` | night | 22:00–06:00 the next day |
/// | `DT` | daytime | 06:00–18:00 |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PartOfDay {
    /// Morning, `MO`: 06:00–12:00.
    #[serde(rename = "MO")]
    Morning,
    /// Midday, `MI`: 11:00–13:00.
    #[serde(rename = "MI")]
    Midday,
    /// Afternoon, `AF`: 12:00–18:00.
    #[serde(rename = "AF")]
    Afternoon,
    /// Evening, `EV`: 18:00–22:00.
    #[serde(rename = "EV")]
    Evening,
    /// Night, `NI`: 22:00 to 06:00 the next day.
    #[serde(rename = "NI")]
    Night,
    /// Daytime, `DT`: 06:00–18:00.
    #[serde(rename = "DT")]
    Daytime,
}

impl PartOfDay {
    /// The TimeML code, e.g. `MO`.
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Midday => "MI",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
            PartOfDay::Daytime => "DT",
        }
    }

    /// The clock range as (start hour, end hour), half-open; an end of 30
    /// means 06:00 on the next day.
    pub fn hours(self) -> (u32, u32) {
        match self {
            PartOfDay::Morning => (6, 12),
            PartOfDay::Midday => (11, 13),
            PartOfDay::Afternoon => (12, 18),
            PartOfDay::Evening => (18, 22),
            PartOfDay::Night => (22, 30),
            PartOfDay::Daytime => (6, 18),
        }
    }

    fn from_code(code: &[u8]) -> Option<PartOfDay> {
        match code {
            b"MO" => Some(PartOfDay::Morning),
            b"MI" => Some(PartOfDay::Midday),
            b"AF" => Some(PartOfDay::Afternoon),
            b"EV" => Some(PartOfDay::Evening),
            b"NI" => Some(PartOfDay::Night),
            b"DT" => Some(PartOfDay::Daytime),
            _ => None,
        }
    }
}

impl fmt::Display for PartOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for PartOfDay {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<PartOfDay> {
        PartOfDay::from_code(s.as_bytes()).ok_or_else(|| crate::Error::InvalidAttribute {
            attribute: "part of day",
            value: s.to_string(),
        })
    }
}

/// How a zone offset was written, kept for exact round trips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum ZoneStyle {
    /// `Z`
    Z,
    /// `+05:00`
    Extended,
    /// `+0500`
    Basic,
    /// `+05`
    Hours,
}

/// A UTC offset as written after a time: `Z`, `+05:00`, `-0500` or `+05`.
/// The spelling is kept, so `-0500` formats as `-0500`.
///
/// ```
/// use dateline::value::Zone;
/// let z: Zone = "-0500".parse()?;
/// assert_eq!(z.offset().local_minus_utc(), -5 * 3600);
/// assert_eq!(z.to_string(), "-0500");
/// assert_eq!(Zone::utc().to_string(), "Z");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone {
    negative: bool,
    hours: u8,
    minutes: u8,
    style: ZoneStyle,
}

impl Zone {
    /// UTC, written `Z`.
    pub fn utc() -> Zone {
        Zone {
            negative: false,
            hours: 0,
            minutes: 0,
            style: ZoneStyle::Z,
        }
    }

    /// An offset written `±hh:mm`. `None` when it has seconds or is 24
    /// hours or more.
    pub fn from_offset(offset: FixedOffset) -> Option<Zone> {
        let secs = offset.local_minus_utc();
        if secs % 60 != 0 || secs.abs() >= 24 * 3600 {
            return None;
        }
        let mins = secs.unsigned_abs() / 60;
        Some(Zone {
            negative: secs < 0,
            hours: u8::try_from(mins / 60).ok()?,
            minutes: u8::try_from(mins % 60).ok()?,
            style: ZoneStyle::Extended,
        })
    }

    /// The offset from UTC.
    pub fn offset(&self) -> FixedOffset {
        let secs = (i32::from(self.hours) * 60 + i32::from(self.minutes)) * 60;
        let secs = if self.negative { -secs } else { secs };
        FixedOffset::east_opt(secs).unwrap_or_else(|| Utc.fix())
    }

    pub(crate) fn parse(c: &mut Cursor<'_>) -> Result<Option<Zone>, ParseError> {
        match c.peek() {
            Some(b'Z') => {
                c.bump();
                Ok(Some(Zone::utc()))
            }
            Some(sign @ (b'+' | b'-')) => {
                c.bump();
                let hours = c
                    .digits_fixed(2)
                    .ok_or("a zone offset needs two hour digits")?;
                if hours > 23 {
                    return Err("zone offset hours must be 00–23".into());
                }
                let (minutes, style) = if c.eat(b':') {
                    (
                        c.digits_fixed(2)
                            .ok_or("a zone offset needs two minute digits after ':'")?,
                        ZoneStyle::Extended,
                    )
                } else if let Some(m) = c.digits_fixed(2) {
                    (m, ZoneStyle::Basic)
                } else {
                    (0, ZoneStyle::Hours)
                };
                if minutes > 59 {
                    return Err("zone offset minutes must be 00–59".into());
                }
                Ok(Some(Zone {
                    negative: sign == b'-',
                    hours: hours as u8,
                    minutes: minutes as u8,
                    style,
                }))
            }
            _ => Ok(None),
        }
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.negative { '-' } else { '+' };
        match self.style {
            ZoneStyle::Z => f.write_char('Z'),
            ZoneStyle::Extended => write!(f, "{sign}{:02}:{:02}", self.hours, self.minutes),
            ZoneStyle::Basic => write!(f, "{sign}{:02}{:02}", self.hours, self.minutes),
            ZoneStyle::Hours => write!(f, "{sign}{:02}", self.hours),
        }
    }
}

impl std::str::FromStr for Zone {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Zone> {
        let mut c = Cursor::new(s);
        match Zone::parse(&mut c) {
            Ok(Some(z)) if c.at_end() => Ok(z),
            _ => Err(crate::Error::InvalidAttribute {
                attribute: "zone",
                value: s.to_string(),
            }),
        }
    }
}

/// The sign of an expanded year, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum YearSign {
    /// `+10000`: the year is the magnitude.
    Plus,
    /// `-0044`: ISO 8601 astronomical year, the negated magnitude (year 0 = 1 BC).
    Minus,
    /// TIMEX2-style `BC0044`: 44 BC, astronomical year 1 − magnitude.
    Bc,
}

/// The year part of a calendar value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum YearSpec {
    /// Unsigned digits: width 4 (a year), 3 (a decade, `199`) or 2 (a
    /// century, `19`). The first `known` digits are the number `prefix`;
    /// the remaining `width - known` are `X`.
    Plain { width: u8, known: u8, prefix: u16 },
    /// A signed ISO 8601 expanded year (`-0044`, `+10000`) or a TIMEX2 `BC`
    /// year, written with `digits` digits (at least 4).
    Expanded {
        sign: YearSign,
        magnitude: u32,
        digits: u8,
    },
}

impl YearSpec {
    /// The canonical spelling of a full year: plain for 0–9999, expanded
    /// with a sign otherwise.
    pub(crate) fn from_year(year: i32) -> YearSpec {
        if (0..=9999).contains(&year) {
            YearSpec::Plain {
                width: 4,
                known: 4,
                prefix: year as u16,
            }
        } else {
            let magnitude = year.unsigned_abs();
            let digits = magnitude.checked_ilog10().map_or(1, |l| l + 1).max(4) as u8;
            YearSpec::Expanded {
                sign: if year < 0 {
                    YearSign::Minus
                } else {
                    YearSign::Plus
                },
                magnitude,
                digits,
            }
        }
    }

    pub(crate) fn unknown() -> YearSpec {
        YearSpec::Plain {
            width: 4,
            known: 0,
            prefix: 0,
        }
    }

    /// The full year (astronomical numbering) when all its digits are known.
    pub(crate) fn full_year(&self) -> Option<i32> {
        match *self {
            YearSpec::Plain {
                width: 4,
                known: 4,
                prefix,
            } => Some(i32::from(prefix)),
            YearSpec::Plain { .. } => None,
            YearSpec::Expanded {
                sign, magnitude, ..
            } => {
                let m = i64::from(magnitude);
                let y = match sign {
                    YearSign::Plus => m,
                    YearSign::Minus => -m,
                    YearSign::Bc => 1 - m,
                };
                i32::try_from(y).ok()
            }
        }
    }

    /// Whether the form is a year (4 digits or expanded), which may carry
    /// months, weeks and so on, rather than a decade or century.
    pub(crate) fn is_year_form(&self) -> bool {
        matches!(
            self,
            YearSpec::Plain { width: 4, .. } | YearSpec::Expanded { .. }
        )
    }

    pub(crate) fn has_unknown(&self) -> bool {
        matches!(self, YearSpec::Plain { width, known, .. } if known < width)
    }

    fn parse(c: &mut Cursor<'_>) -> Result<YearSpec, ParseError> {
        let sign = if c.eat(b'+') {
            Some(YearSign::Plus)
        } else if c.eat(b'-') {
            Some(YearSign::Minus)
        } else if c.eat_str("BC") {
            Some(YearSign::Bc)
        } else {
            None
        };
        if let Some(sign) = sign {
            let start = c.pos();
            let mut magnitude: u64 = 0;
            while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                c.bump();
                if c.pos() - start > 10 {
                    return Err("an expanded year has at most 10 digits".into());
                }
                magnitude = magnitude * 10 + u64::from(d - b'0');
            }
            let digits = c.pos() - start;
            if digits < 4 {
                return Err("an expanded year needs a sign and at least 4 digits".into());
            }
            let limit: u64 = match sign {
                YearSign::Plus => i32::MAX as u64,
                YearSign::Minus => 1 << 31,
                YearSign::Bc => (1 << 31) + 1,
            };
            if magnitude > limit {
                return Err("year out of range".into());
            }
            match sign {
                YearSign::Minus if magnitude == 0 => {
                    return Err("year zero is written 0000 or +0000, not -0000".into());
                }
                YearSign::Bc if magnitude == 0 => return Err("there is no year 0 BC".into()),
                _ => {}
            }
            return Ok(YearSpec::Expanded {
                sign,
                magnitude: magnitude as u32,
                digits: digits as u8,
            });
        }
        let mut width = 0u8;
        let mut known = 0u8;
        let mut prefix = 0u16;
        while let Some(b) = c.peek() {
            match b {
                b'0'..=b'9' => {
                    if known < width {
                        return Err("a digit may not follow X in a year".into());
                    }
                    known += 1;
                    prefix = prefix * 10 + u16::from(b - b'0');
                }
                b'X' => {}
                _ => break,
            }
            width += 1;
            c.bump();
            if width > 4 {
                return Err("a year has 4 digits; larger years need a sign (+10000)".into());
            }
        }
        if width < 2 {
            return Err("expected a year (4 digits), decade (3) or century (2)".into());
        }
        Ok(YearSpec::Plain {
            width,
            known,
            prefix,
        })
    }
}

impl fmt::Display for YearSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            YearSpec::Plain {
                width,
                known,
                prefix,
            } => {
                if known > 0 {
                    write!(f, "{:0w$}", prefix, w = usize::from(known))?;
                }
                for _ in known..width {
                    f.write_char('X')?;
                }
                Ok(())
            }
            YearSpec::Expanded {
                sign,
                magnitude,
                digits,
            } => {
                f.write_str(match sign {
                    YearSign::Plus => "+",
                    YearSign::Minus => "-",
                    YearSign::Bc => "BC",
                })?;
                write!(f, "{:0w$}", magnitude, w = usize::from(digits))
            }
        }
    }
}

/// The part of a calendar value below the year. `None` fields are `X`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Sub {
    /// Just the year (or decade, century).
    None,
    /// `YYYY-MM`
    Month(Option<u8>),
    /// `YYYY-MM-DD`
    Day(Option<u8>, Option<u8>),
    /// `YYYY-Www`
    Week(Option<u8>),
    /// `YYYY-Www-D` (1 = Monday … 7 = Sunday)
    WeekDay(Option<u8>, Option<u8>),
    /// `YYYY-Www-WE`
    Weekend(Option<u8>),
    /// `YYYY-Qn`
    Quarter(Option<u8>),
    /// `YYYY-Hn`
    Half(Option<u8>),
    /// `YYYY-SP` etc.
    Season(Season),
}

/// Fractional seconds as written: `value` over `10^digits`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Frac {
    pub(crate) value: u32,
    pub(crate) digits: u8,
}

impl Frac {
    /// Nanoseconds.
    pub(crate) fn nanos(&self) -> u32 {
        self.value * 10u32.pow(9 - u32::from(self.digits))
    }
}

/// A clock time: hour (0–24), then optionally minute, second, fraction, zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Clock {
    pub(crate) hour: u8,
    pub(crate) minute: Option<u8>,
    pub(crate) second: Option<u8>,
    pub(crate) frac: Option<Frac>,
    pub(crate) zone: Option<Zone>,
}

/// The time part after `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Time {
    Clock(Clock),
    Part(PartOfDay),
}

/// A calendar value: TIMEX3 types DATE and TIME, from a century (`19`)
/// down to fractional seconds, possibly with unknown (`X`) parts.
///
/// Build one with the [`Value`](super::Value) constructors or by parsing;
/// read it through [`Value`](super::Value)'s accessors or the ones here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateValue {
    pub(crate) year: YearSpec,
    pub(crate) sub: Sub,
    pub(crate) time: Option<Time>,
}

impl DateValue {
    pub(crate) fn new(year: YearSpec, sub: Sub) -> DateValue {
        DateValue {
            year,
            sub,
            time: None,
        }
    }

    /// The year when it is fully known and the value is written with a
    /// full year (not a decade or century). For week values this is the
    /// ISO week-year.
    pub fn year(&self) -> Option<i32> {
        self.year.full_year()
    }

    /// The month (1–12) when written and known.
    pub fn month(&self) -> Option<u32> {
        match self.sub {
            Sub::Month(m) | Sub::Day(m, _) => m.map(u32::from),
            _ => None,
        }
    }

    /// The day of the month when written and known.
    pub fn day(&self) -> Option<u32> {
        match self.sub {
            Sub::Day(_, d) => d.map(u32::from),
            _ => None,
        }
    }

    /// The ISO week number when written and known.
    pub fn week(&self) -> Option<u32> {
        match self.sub {
            Sub::Week(w) | Sub::WeekDay(w, _) | Sub::Weekend(w) => w.map(u32::from),
            _ => None,
        }
    }

    /// The ISO weekday of a week-day value (`2022-W02-3`, `XXXX-WXX-1`).
    pub fn weekday(&self) -> Option<chrono::Weekday> {
        match self.sub {
            Sub::WeekDay(_, Some(d)) => weekday_from_number(d),
            _ => None,
        }
    }

    /// Whether the value is a weekend (`2022-W02-WE`).
    pub fn is_weekend(&self) -> bool {
        matches!(self.sub, Sub::Weekend(_))
    }

    /// The quarter (1–4) of a quarter value when known.
    pub fn quarter(&self) -> Option<u32> {
        match self.sub {
            Sub::Quarter(q) => q.map(u32::from),
            _ => None,
        }
    }

    /// The half (1–2) of a half-year value when known.
    pub fn half(&self) -> Option<u32> {
        match self.sub {
            Sub::Half(h) => h.map(u32::from),
            _ => None,
        }
    }

    /// The season of a season value.
    pub fn season(&self) -> Option<Season> {
        match self.sub {
            Sub::Season(s) => Some(s),
            _ => None,
        }
    }

    /// The part of day (`TMO` etc.) when given.
    pub fn part_of_day(&self) -> Option<PartOfDay> {
        match self.time {
            Some(Time::Part(p)) => Some(p),
            _ => None,
        }
    }

    /// The hour (0–24; 24 is the end of the day) when a clock time is given.
    pub fn hour(&self) -> Option<u32> {
        match self.time {
            Some(Time::Clock(c)) => Some(u32::from(c.hour)),
            _ => None,
        }
    }

    /// The minute when given.
    pub fn minute(&self) -> Option<u32> {
        match self.time {
            Some(Time::Clock(c)) => c.minute.map(u32::from),
            _ => None,
        }
    }

    /// The whole second when given.
    pub fn second(&self) -> Option<u32> {
        match self.time {
            Some(Time::Clock(c)) => c.second.map(u32::from),
            _ => None,
        }
    }

    /// The fractional second in nanoseconds when given.
    pub fn nanosecond(&self) -> Option<u32> {
        match self.time {
            Some(Time::Clock(Clock { frac: Some(fr), .. })) => Some(fr.nanos()),
            _ => None,
        }
    }

    /// The zone offset when given.
    pub fn zone(&self) -> Option<Zone> {
        match self.time {
            Some(Time::Clock(c)) => c.zone,
            _ => None,
        }
    }

    /// Whether any part is written with `X`.
    pub fn has_unknown(&self) -> bool {
        self.year.has_unknown()
            || match self.sub {
                Sub::None | Sub::Season(_) => false,
                Sub::Month(a) | Sub::Week(a) | Sub::Weekend(a) | Sub::Quarter(a) | Sub::Half(a) => {
                    a.is_none()
                }
                Sub::Day(a, b) | Sub::WeekDay(a, b) => a.is_none() || b.is_none(),
            }
    }

    pub(crate) fn parse(c: &mut Cursor<'_>) -> Result<DateValue, ParseError> {
        let year = YearSpec::parse(c)?;
        let mut v = DateValue::new(year, Sub::None);
        if c.at_end() {
            return Ok(v);
        }
        if !year.is_year_form() {
            return Err("a decade or century cannot have further parts".into());
        }
        let full = year.full_year().map(i64::from);
        if c.eat(b'-') {
            v.sub = parse_sub(c, full)?;
        }
        if c.eat(b'T') {
            if !matches!(v.sub, Sub::Day(..) | Sub::WeekDay(..)) {
                return Err("a time needs a day (YYYY-MM-DD or YYYY-Www-D) before 'T'".into());
            }
            v.time = Some(parse_time(c)?);
        }
        if !c.at_end() {
            return Err(format!("unexpected {:?}", c.rest_lossy()).into());
        }
        Ok(v)
    }
}

pub(crate) fn weekday_from_number(d: u8) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    Some(match d {
        1 => Mon,
        2 => Tue,
        3 => Wed,
        4 => Thu,
        5 => Fri,
        6 => Sat,
        7 => Sun,
        _ => return None,
    })
}

/// Two digits in `lo..=hi` or `XX`.
fn field2(c: &mut Cursor<'_>, what: &str, lo: u32, hi: u32) -> Result<Option<u8>, ParseError> {
    if c.eat_str("XX") {
        return Ok(None);
    }
    let n = c
        .digits_fixed(2)
        .ok_or_else(|| format!("expected two digits or XX for the {what}"))?;
    if n < lo || n > hi {
        return Err(format!("{what} {n:02} out of range").into());
    }
    Ok(Some(n as u8))
}

fn parse_sub(c: &mut Cursor<'_>, year: Option<i64>) -> Result<Sub, ParseError> {
    match c.peek() {
        Some(b'W') if c.peek_at(1) != Some(b'I') => {
            c.bump();
            let week = field2(c, "week", 1, 53)?;
            if let (Some(y), Some(w)) = (year, week)
                && w > civil::iso_weeks_in_year(y)
            {
                return Err(format!("{y} has only 52 ISO weeks").into());
            }
            if !c.eat(b'-') {
                return Ok(Sub::Week(week));
            }
            if c.eat_str("WE") {
                return Ok(Sub::Weekend(week));
            }
            if c.eat(b'X') {
                return Ok(Sub::WeekDay(week, None));
            }
            match c.digits_fixed(1) {
                Some(d @ 1..=7) => Ok(Sub::WeekDay(week, Some(d as u8))),
                _ => Err("expected a weekday 1–7, X or WE after the week".into()),
            }
        }
        Some(b'Q') => {
            c.bump();
            if c.eat(b'X') {
                return Ok(Sub::Quarter(None));
            }
            match c.digits_fixed(1) {
                Some(q @ 1..=4) => Ok(Sub::Quarter(Some(q as u8))),
                _ => Err("expected a quarter 1–4 or X".into()),
            }
        }
        Some(b'H') => {
            c.bump();
            if c.eat(b'X') {
                return Ok(Sub::Half(None));
            }
            match c.digits_fixed(1) {
                Some(h @ 1..=2) => Ok(Sub::Half(Some(h as u8))),
                _ => Err("expected a half 1–2 or X".into()),
            }
        }
        Some(b'0'..=b'9' | b'X') => {
            let month = field2(c, "month", 1, 12)?;
            if !c.eat(b'-') {
                return Ok(Sub::Month(month));
            }
            let max = month.map_or(31, |m| civil::days_in_month(year, m));
            let day = field2(c, "day", 1, 31)?;
            if let Some(d) = day
                && d > max
            {
                return Err(format!("day {d:02} does not exist in that month").into());
            }
            Ok(Sub::Day(month, day))
        }
        _ => {
            let code = c.take(2);
            match Season::from_code(code) {
                Some(s) => Ok(Sub::Season(s)),
                None => Err(
                    "expected a month, week (Www), quarter (Qn), half (Hn) or season after the year"
                        .into(),
                ),
            }
        }
    }
}

fn parse_time(c: &mut Cursor<'_>) -> Result<Time, ParseError> {
    if let Some(b'A'..=b'Z') = c.peek() {
        let code = c.take(2);
        return PartOfDay::from_code(code).map(Time::Part).ok_or_else(|| {
            "expected a part of day (MO, MI, AF, EV, NI, DT) or a clock time".into()
        });
    }
    let hour = c
        .digits_fixed(2)
        .ok_or("expected two hour digits after 'T'")?;
    if hour > 24 {
        return Err("hour out of range (00–24)".into());
    }
    let mut clock = Clock {
        hour: hour as u8,
        minute: None,
        second: None,
        frac: None,
        zone: None,
    };
    if c.eat(b':') {
        let m = c.digits_fixed(2).ok_or("expected two minute digits")?;
        if m > 59 {
            return Err("minute out of range".into());
        }
        clock.minute = Some(m as u8);
        if c.eat(b':') {
            let s = c.digits_fixed(2).ok_or("expected two second digits")?;
            if s > 59 {
                return Err("second out of range".into());
            }
            clock.second = Some(s as u8);
            if c.eat(b'.') {
                let start = c.pos();
                let mut value = 0u32;
                while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                    c.bump();
                    if c.pos() - start > 9 {
                        return Err("at most 9 fractional digits".into());
                    }
                    value = value * 10 + u32::from(d - b'0');
                }
                let digits = c.pos() - start;
                if digits == 0 {
                    return Err("expected digits after '.'".into());
                }
                clock.frac = Some(Frac {
                    value,
                    digits: digits as u8,
                });
            }
        }
    }
    if clock.hour == 24
        && (clock.minute.unwrap_or(0) != 0
            || clock.second.unwrap_or(0) != 0
            || clock.frac.is_some_and(|f| f.value != 0))
    {
        return Err("T24 (end of day) allows only :00 minutes and seconds".into());
    }
    clock.zone = Zone::parse(c)?;
    Ok(Time::Clock(clock))
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn two(f: &mut fmt::Formatter<'_>, v: Option<u8>) -> fmt::Result {
            match v {
                Some(v) => write!(f, "{v:02}"),
                None => f.write_str("XX"),
            }
        }
        fn one(f: &mut fmt::Formatter<'_>, v: Option<u8>) -> fmt::Result {
            match v {
                Some(v) => write!(f, "{v}"),
                None => f.write_char('X'),
            }
        }
        write!(f, "{}", self.year)?;
        match self.sub {
            Sub::None => {}
            Sub::Month(m) => {
                f.write_char('-')?;
                two(f, m)?;
            }
            Sub::Day(m, d) => {
                f.write_char('-')?;
                two(f, m)?;
                f.write_char('-')?;
                two(f, d)?;
            }
            Sub::Week(w) => {
                f.write_str("-W")?;
                two(f, w)?;
            }
            Sub::WeekDay(w, d) => {
                f.write_str("-W")?;
                two(f, w)?;
                f.write_char('-')?;
                one(f, d)?;
            }
            Sub::Weekend(w) => {
                f.write_str("-W")?;
                two(f, w)?;
                f.write_str("-WE")?;
            }
            Sub::Quarter(q) => {
                f.write_str("-Q")?;
                one(f, q)?;
            }
            Sub::Half(h) => {
                f.write_str("-H")?;
                one(f, h)?;
            }
            Sub::Season(s) => write!(f, "-{s}")?,
        }
        match self.time {
            None => Ok(()),
            Some(Time::Part(p)) => write!(f, "T{p}"),
            Some(Time::Clock(c)) => {
                write!(f, "T{:02}", c.hour)?;
                if let Some(m) = c.minute {
                    write!(f, ":{m:02}")?;
                }
                if let Some(s) = c.second {
                    write!(f, ":{s:02}")?;
                }
                if let Some(fr) = c.frac {
                    write!(f, ".{:0w$}", fr.value, w = usize::from(fr.digits))?;
                }
                if let Some(z) = c.zone {
                    write!(f, "{z}")?;
                }
                Ok(())
            }
        }
    }
}

impl Serialize for Zone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Zone, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<DateValue, D::Error> {
        let s = String::deserialize(d)?;
        match s
            .parse::<super::Value>()
            .map_err(serde::de::Error::custom)?
        {
            super::Value::Date(v) => Ok(v),
            _ => Err(serde::de::Error::custom(format!(
                "{s:?} is not a calendar (DATE or TIME) value"
            ))),
        }
    }
}

//! Granularities and calendar intervals.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Weekday};
use serde::{Deserialize, Serialize};

/// The size of the calendar unit a value names, coarsest first. The
/// derived order is by (approximate) length; seasons and quarters are both
/// three months, and [`Granularity::Weekend`] (two days) sorts between week
/// and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// 1000 years, `1000`–`1999` (only as the interval of `1XXX`).
    Millennium,
    /// 100 years: `19` is 1900–1999.
    Century,
    /// 10 years: `199` is 1990–1999.
    Decade,
    /// A calendar year.
    Year,
    /// A half year, `H1` January–June.
    Half,
    /// A meteorological season (see [`Season`](super::Season)).
    Season,
    /// A quarter, `Q1` January–March.
    Quarter,
    /// A calendar month.
    Month,
    /// An ISO week, Monday to Sunday.
    Week,
    /// Saturday and Sunday of an ISO week.
    Weekend,
    /// A day.
    Day,
    /// A part of a day (see [`PartOfDay`](super::PartOfDay)).
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second (or a fraction of one).
    Second,
}

impl Granularity {
    /// The snake-case name, as serialized (`part_of_day`).
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Millennium => "millennium",
            Granularity::Century => "century",
            Granularity::Decade => "decade",
            Granularity::Year => "year",
            Granularity::Half => "half",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Weekend => "weekend",
            Granularity::Day => "day",
            Granularity::PartOfDay => "part_of_day",
            Granularity::Hour => "hour",
            Granularity::Minute => "minute",
            Granularity::Second => "second",
        }
    }
}

impl fmt::Display for Granularity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

use super::date::{Clock, DateValue, Sub, Time, YearSpec, weekday_from_number};
use super::{Mod, Value};

/// The calendar meaning of an anchored value.
///
/// **Convention.** `start` and `end` are the first and last *day* the value
/// covers, **both inclusive**: `2022-W02` is `start` 2022-01-10, `end`
/// 2022-01-16. Values with a time of day also carry [`TimeSpan`] `time`,
/// whose `end` is **exclusive** (half-open, like the clock ranges):
/// `2022-01-13T14` is 14:00 up to but not including 15:00, and its
/// `start`/`end` days are both 2022-01-13. Times are local wall-clock time
/// as written; zone offsets are not applied.
///
/// Serializes with ISO dates:
/// `{"start":"2022-01-10","end":"2022-01-16","granularity":"week"}`
/// (plus `"time":{"start":…,"end":…}` for times).
///
/// ```
/// use dateline::value::{Granularity, Value};
/// let week: Value = "2022-W02".parse()?;
/// let iv = week.interval().ok_or("not anchored")?;
/// assert_eq!(iv.start.to_string(), "2022-01-10");
/// assert_eq!(iv.end.to_string(), "2022-01-16");
/// assert_eq!(iv.granularity, Granularity::Week);
/// assert_eq!(
///     serde_json::to_string(&iv)?,
///     r#"{"start":"2022-01-10","end":"2022-01-16","granularity":"week"}"#
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// The first day covered (inclusive).
    pub start: NaiveDate,
    /// The last day covered (inclusive).
    pub end: NaiveDate,
    /// The size of the unit.
    pub granularity: Granularity,
    /// For values with a time of day: the exact span, end exclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeSpan>,
}

/// A span of date-times, `start` inclusive and `end` **exclusive**.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeSpan {
    /// The first instant (inclusive).
    pub start: NaiveDateTime,
    /// The instant just after the span (exclusive).
    pub end: NaiveDateTime,
}

/// A point on the time line as (days since 1 January of year 1, nanoseconds
/// into the day): total order without overflow at chrono's limits.
type Key = (i64, u64);

fn day_key(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

fn dt_key(dt: NaiveDateTime) -> Key {
    let t = dt.time();
    let nanos =
        u64::from(t.num_seconds_from_midnight()) * 1_000_000_000 + u64::from(t.nanosecond());
    (day_key(dt.date()), nanos)
}

impl Interval {
    /// A day-granular interval (no time span).
    pub fn days(start: NaiveDate, end: NaiveDate, granularity: Granularity) -> Interval {
        Interval {
            start,
            end,
            granularity,
            time: None,
        }
    }

    /// The number of days from `start` to `end`, both included.
    pub fn num_days(&self) -> i64 {
        day_key(self.end) - day_key(self.start) + 1
    }

    /// Half-open endpoint keys.
    fn keys(&self) -> (Key, Key) {
        match self.time {
            Some(t) => (dt_key(t.start), dt_key(t.end)),
            None => ((day_key(self.start), 0), (day_key(self.end) + 1, 0)),
        }
    }

    /// The Allen relation of `self` to `other`, on the time line (days as
    /// whole days, times as their half-open spans).
    pub fn relation(&self, other: &Interval) -> IntervalRelation {
        let (s1, e1) = self.keys();
        let (s2, e2) = other.keys();
        use IntervalRelation::*;
        if e1 < s2 {
            Before
        } else if e1 == s2 && s1 < s2 {
            Meets
        } else if e2 < s1 {
            After
        } else if e2 == s1 && s2 < s1 {
            MetBy
        } else if s1 == s2 && e1 == e2 {
            Equal
        } else if s1 == s2 {
            if e1 < e2 { Starts } else { StartedBy }
        } else if e1 == e2 {
            if s1 > s2 { Finishes } else { FinishedBy }
        } else if s1 > s2 && e1 < e2 {
            During
        } else if s1 < s2 && e1 > e2 {
            Contains
        } else if s1 < s2 {
            Overlaps
        } else {
            OverlappedBy
        }
    }

    /// Whether `other` lies within `self` (endpoints may coincide).
    pub fn contains(&self, other: &Interval) -> bool {
        self.relation(other).is_containing()
    }

    /// Whether the two share any instant.
    pub fn intersects(&self, other: &Interval) -> bool {
        self.relation(other).intersects()
    }
}

/// How two intervals relate: Allen's thirteen relations, read "`a` is
/// *relation* `b`" (`a.relation(&b)`). Adjacent intervals (`2022-W52`
/// and `2023-W01`) *meet*; both [`IntervalRelation::is_before`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntervalRelation {
    /// `a` ends before `b` starts, with a gap.
    Before,
    /// `a` ends exactly where `b` starts.
    Meets,
    /// `a` starts first and ends inside `b`.
    Overlaps,
    /// Same start, `a` ends first.
    Starts,
    /// `a` strictly inside `b`.
    During,
    /// Same end, `a` starts later.
    Finishes,
    /// Same start and end.
    Equal,
    /// Same end, `a` starts earlier.
    FinishedBy,
    /// `b` strictly inside `a`.
    Contains,
    /// Same start, `a` ends later.
    StartedBy,
    /// `b` starts first and ends inside `a`.
    OverlappedBy,
    /// `a` starts exactly where `b` ends.
    MetBy,
    /// `a` starts after `b` ends, with a gap.
    After,
}

impl IntervalRelation {
    /// The relation of `b` to `a`.
    pub fn inverse(self) -> IntervalRelation {
        use IntervalRelation::*;
        match self {
            Before => After,
            Meets => MetBy,
            Overlaps => OverlappedBy,
            Starts => StartedBy,
            During => Contains,
            Finishes => FinishedBy,
            Equal => Equal,
            FinishedBy => Finishes,
            Contains => During,
            StartedBy => Starts,
            OverlappedBy => Overlaps,
            MetBy => Meets,
            After => Before,
        }
    }

    /// `a` ends no later than `b` starts (Before or Meets).
    pub fn is_before(self) -> bool {
        matches!(self, IntervalRelation::Before | IntervalRelation::Meets)
    }

    /// `a` starts no earlier than `b` ends (After or MetBy).
    pub fn is_after(self) -> bool {
        matches!(self, IntervalRelation::After | IntervalRelation::MetBy)
    }

    /// `b` lies within `a`, endpoints may coincide (Equal, Contains,
    /// StartedBy, FinishedBy).
    pub fn is_containing(self) -> bool {
        use IntervalRelation::*;
        matches!(self, Equal | Contains | StartedBy | FinishedBy)
    }

    /// `a` lies within `b`, endpoints may coincide (Equal, During, Starts,
    /// Finishes).
    pub fn is_within(self) -> bool {
        self.inverse().is_containing()
    }

    /// The two share at least one instant (anything but Before, Meets,
    /// MetBy, After).
    pub fn intersects(self) -> bool {
        !self.is_before() && !self.is_after()
    }
}

/// How a [`Bounds`] relates to what the TIMEX3 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoundsKind {
    /// Exactly the interval: `2022-01`.
    Exact,
    /// Some part of the interval, which is the known prefix of a value with
    /// unknown parts: `1998-01-XX` is some day of January 1998.
    Within,
    /// About the interval: `mod` APPROX, START, MID, END, LESS_THAN,
    /// MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE.
    Approximate,
    /// One side is open: `mod` BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER,
    /// and `PAST_REF`/`FUTURE_REF`.
    Open,
}

/// The days a value with a `mod` (or unknown parts, or a reference word)
/// bounds: `start` and `end` inclusive, `None` for an open side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bounds {
    /// The first day (inclusive), or `None` if open into the past.
    pub start: Option<NaiveDate>,
    /// The last day (inclusive), or `None` if open into the future.
    pub end: Option<NaiveDate>,
    /// The granularity of the underlying interval.
    pub granularity: Granularity,
    /// Exact, within, approximate or open.
    pub kind: BoundsKind,
}

impl Bounds {
    fn of(iv: &Interval, kind: BoundsKind) -> Bounds {
        Bounds {
            start: Some(iv.start),
            end: Some(iv.end),
            granularity: iv.granularity,
            kind,
        }
    }

    /// Applies a `mod` (see [`Value::interval_with_mod`]).
    pub(crate) fn with_mod(iv: &Interval, base: BoundsKind, m: Option<Mod>) -> Option<Bounds> {
        let open = BoundsKind::Open;
        let approx = base.max(BoundsKind::Approximate);
        let b = |start, end, kind| Bounds {
            start,
            end,
            granularity: iv.granularity,
            kind,
        };
        let third = (iv.num_days() + 2) / 3; // ceil(n / 3)
        Some(match m {
            None => Bounds::of(iv, base),
            Some(Mod::Before) => b(None, Some(day_before_start(iv)?), open),
            Some(Mod::After) => b(Some(day_after_end(iv)?), None, open),
            Some(Mod::OnOrBefore) => b(None, Some(iv.end), open),
            Some(Mod::OnOrAfter) => b(Some(iv.start), None, open),
            Some(Mod::Start) => b(Some(iv.start), Some(add_days(iv.start, third - 1)?), approx),
            Some(Mod::End) => b(Some(add_days(iv.end, 1 - third)?), Some(iv.end), approx),
            Some(Mod::Mid) => {
                let k = iv.num_days() / 3;
                b(
                    Some(add_days(iv.start, k)?),
                    Some(add_days(iv.end, -k)?),
                    approx,
                )
            }
            Some(_) => Bounds::of(iv, approx),
        })
    }
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

/// The last day with an instant before the interval.
fn day_before_start(iv: &Interval) -> Option<NaiveDate> {
    match iv.time {
        Some(t) => t
            .start
            .checked_sub_signed(TimeDelta::nanoseconds(1))
            .map(|x| x.date()),
        None => add_days(iv.start, -1),
    }
}

/// The first day with an instant after the interval.
fn day_after_end(iv: &Interval) -> Option<NaiveDate> {
    match iv.time {
        Some(t) => Some(t.end.date()),
        None => add_days(iv.end, 1),
    }
}

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(crate) fn last_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let first_next = if m >= 12 {
        ymd(y.checked_add(1)?, 1, 1)
    } else {
        ymd(y, m + 1, 1)
    };
    match first_next {
        Some(f) => f.pred_opt(),
        // December of chrono's last year.
        None => ymd(y, m, 31),
    }
}

fn months_interval(y: i32, first: u32, count: u32, g: Granularity) -> Option<Interval> {
    let start = ymd(y, first, 1)?;
    let last = first + count - 1;
    let (ey, em) = if last > 12 {
        (y.checked_add(1)?, last - 12)
    } else {
        (y, last)
    };
    Some(Interval::days(start, last_of_month(ey, em)?, g))
}

fn years_interval(first: i32, count: i32, g: Granularity) -> Option<Interval> {
    let last = first.checked_add(count - 1)?;
    Some(Interval::days(ymd(first, 1, 1)?, ymd(last, 12, 31)?, g))
}

fn timed(date: NaiveDate, from: TimeDelta, len: TimeDelta, g: Granularity) -> Option<Interval> {
    let midnight = date.and_time(NaiveTime::MIN);
    let start = midnight.checked_add_signed(from)?;
    let end = start.checked_add_signed(len)?;
    let last = end.checked_sub_signed(TimeDelta::nanoseconds(1))?;
    Some(Interval {
        start: start.date(),
        end: last.date(),
        granularity: g,
        time: Some(TimeSpan { start, end }),
    })
}

fn clock_interval(date: NaiveDate, c: &Clock) -> Option<Interval> {
    let mut from = TimeDelta::try_hours(i64::from(c.hour))?;
    let (len, g) = match (c.minute, c.second) {
        (None, _) => (TimeDelta::try_hours(1)?, Granularity::Hour),
        (Some(m), None) => {
            from += TimeDelta::try_minutes(i64::from(m))?;
            (TimeDelta::try_minutes(1)?, Granularity::Minute)
        }
        (Some(m), Some(s)) => {
            from += TimeDelta::try_minutes(i64::from(m))? + TimeDelta::try_seconds(i64::from(s))?;
            match c.frac {
                None => (TimeDelta::try_seconds(1)?, Granularity::Second),
                Some(f) => {
                    from += TimeDelta::nanoseconds(i64::from(f.nanos()));
                    let unit = 10i64.pow(9 - u32::from(f.digits));
                    (TimeDelta::nanoseconds(unit), Granularity::Second)
                }
            }
        }
    };
    timed(date, from, len, g)
}

impl DateValue {
    /// The calendar interval: see [`Value::interval`].
    pub fn interval(&self) -> Option<Interval> {
        self.interval_and_kind().map(|(iv, _)| iv)
    }

    /// The interval and whether it is exactly the value or the known prefix
    /// of a value with unknown parts.
    pub(crate) fn interval_and_kind(&self) -> Option<(Interval, BoundsKind)> {
        let within = BoundsKind::Within;
        let exact = BoundsKind::Exact;
        if let YearSpec::Plain {
            width,
            known,
            prefix,
        } = self.year
            && (known < 4 || width < 4)
        {
            let kind = if known < width { within } else { exact };
            let (count, g) = match known {
                3 => (10, Granularity::Decade),
                2 => (100, Granularity::Century),
                1 => (1000, Granularity::Millennium),
                _ => return None,
            };
            return Some((years_interval(i32::from(prefix) * count, count, g)?, kind));
        }
        let y = self.year.full_year()?;
        let year = years_interval(y, 1, Granularity::Year)?;
        let date = match self.sub {
            Sub::None => return Some((year, exact)),
            Sub::Month(None)
            | Sub::Day(None, _)
            | Sub::Week(None)
            | Sub::WeekDay(None, _)
            | Sub::Weekend(None)
            | Sub::Quarter(None)
            | Sub::Half(None) => return Some((year, within)),
            Sub::Month(Some(m)) => {
                return Some((
                    months_interval(y, u32::from(m), 1, Granularity::Month)?,
                    exact,
                ));
            }
            Sub::Day(Some(m), None) => {
                return Some((
                    months_interval(y, u32::from(m), 1, Granularity::Month)?,
                    within,
                ));
            }
            Sub::Quarter(Some(q)) => {
                let first = u32::from(q) * 3 - 2;
                return Some((months_interval(y, first, 3, Granularity::Quarter)?, exact));
            }
            Sub::Half(Some(h)) => {
                let first = u32::from(h) * 6 - 5;
                return Some((months_interval(y, first, 6, Granularity::Half)?, exact));
            }
            Sub::Season(s) => {
                return Some((
                    months_interval(y, s.first_month(), 3, Granularity::Season)?,
                    exact,
                ));
            }
            Sub::Week(Some(w)) | Sub::WeekDay(Some(w), None) | Sub::Weekend(Some(w)) => {
                let kind = if matches!(self.sub, Sub::WeekDay(..)) {
                    within
                } else {
                    exact
                };
                let (first, last, g) = if matches!(self.sub, Sub::Weekend(_)) {
                    (Weekday::Sat, Weekday::Sun, Granularity::Weekend)
                } else {
                    (Weekday::Mon, Weekday::Sun, Granularity::Week)
                };
                let start = NaiveDate::from_isoywd_opt(y, u32::from(w), first)?;
                let end = NaiveDate::from_isoywd_opt(y, u32::from(w), last)?;
                return Some((Interval::days(start, end, g), kind));
            }
            Sub::Day(Some(m), Some(d)) => ymd(y, u32::from(m), u32::from(d))?,
            Sub::WeekDay(Some(w), Some(d)) => {
                NaiveDate::from_isoywd_opt(y, u32::from(w), weekday_from_number(d)?)?
            }
        };
        let iv = match self.time {
            None => Interval::days(date, date, Granularity::Day),
            Some(Time::Part(p)) => {
                let (a, b) = p.hours();
                timed(
                    date,
                    TimeDelta::try_hours(i64::from(a))?,
                    TimeDelta::try_hours(i64::from(b - a))?,
                    Granularity::PartOfDay,
                )?
            }
            Some(Time::Clock(c)) => clock_interval(date, &c)?,
        };
        Some((iv, exact))
    }
}

impl Value {
    /// The calendar interval the value names, when it is anchored: fully
    /// known, or unknown (`X`) only below a known prefix, which then gives
    /// the interval (`1998-01-XX` → January 1998, `199X` → the 1990s,
    /// `1989-WXX` → 1989). `None` for values with an unknown year
    /// (`XXXX-12-25`), durations, the reference words, and years outside
    /// chrono's range. See [`Interval`] for the inclusive/exclusive
    /// convention.
    pub fn interval(&self) -> Option<Interval> {
        self.as_date().and_then(DateValue::interval)
    }

    /// Whether the value maps to a calendar interval ([`Value::interval`]
    /// is `Some`).
    pub fn is_anchored(&self) -> bool {
        self.interval().is_some()
    }

    /// The days the value bounds given a `mod`, flagged with how
    /// ([`BoundsKind`]):
    ///
    /// - no `mod`: the interval, [`BoundsKind::Exact`] (or
    ///   [`BoundsKind::Within`] for unknown parts below a known prefix);
    /// - `BEFORE`: open start up to the day before the interval (for a time,
    ///   the day holding the instant before it); `AFTER` likewise from the
    ///   day after; `ON_OR_BEFORE` up to the interval's last day;
    ///   `ON_OR_AFTER` from its first day: all [`BoundsKind::Open`];
    /// - `START`, `END`: the first or last third of the interval's days
    ///   (rounded up, at least one day); `MID`: the interval less a third
    ///   (rounded down) at each end; [`BoundsKind::Approximate`];
    /// - `APPROX`, `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`,
    ///   `EQUAL_OR_MORE`: the interval, [`BoundsKind::Approximate`].
    ///
    /// `None` when the value has no interval (use
    /// [`Value::bounds_with_reference`] for the reference words).
    ///
    /// ```
    /// use dateline::value::{BoundsKind, Mod, Value};
    /// let v: Value = "198".parse()?; // the 1980s
    /// let early = v.interval_with_mod(Some(Mod::Start)).ok_or("unanchored")?;
    /// assert_eq!(early.start.map(|d| d.to_string()).as_deref(), Some("1980-01-01"));
    /// assert_eq!(early.end.map(|d| d.to_string()).as_deref(), Some("1983-05-02"));
    /// assert_eq!(early.kind, BoundsKind::Approximate);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn interval_with_mod(&self, modifier: Option<Mod>) -> Option<Bounds> {
        let (iv, kind) = self.as_date()?.interval_and_kind()?;
        Bounds::with_mod(&iv, kind, modifier)
    }

    /// Like [`Value::interval_with_mod`], and gives the reference words a
    /// meaning relative to `reference` (e.g. the document creation time's
    /// interval): `PRESENT_REF` is `reference` itself (then the `mod`
    /// applies), `PAST_REF` everything before it and `FUTURE_REF`
    /// everything after it (both [`BoundsKind::Open`]).
    pub fn bounds_with_reference(
        &self,
        modifier: Option<Mod>,
        reference: &Interval,
    ) -> Option<Bounds> {
        let open = |start, end| Bounds {
            start,
            end,
            granularity: reference.granularity,
            kind: BoundsKind::Open,
        };
        match self {
            Value::PresentRef => Bounds::with_mod(reference, BoundsKind::Exact, modifier),
            Value::PastRef => Some(open(None, Some(day_before_start(reference)?))),
            Value::FutureRef => Some(open(Some(day_after_end(reference)?), None)),
            _ => self.interval_with_mod(modifier),
        }
    }

    /// How this value's interval relates to `other`'s (Allen's relations);
    /// `None` unless both are anchored. Works across granularities:
    /// `2022-W02` [contains](IntervalRelation::Contains) `2022-01-13`.
    ///
    /// ```
    /// use dateline::value::{IntervalRelation, Value};
    /// let w: Value = "2022-W02".parse()?;
    /// let d: Value = "2022-01-13".parse()?;
    /// assert_eq!(w.compare(&d), Some(IntervalRelation::Contains));
    /// let jan: Value = "2022-01".parse()?;
    /// let w5: Value = "2022-W05".parse()?; // 31 January – 6 February
    /// assert_eq!(jan.compare(&w5), Some(IntervalRelation::Overlaps));
    /// assert_eq!(w.before(&jan), Some(false));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(&self, other: &Value) -> Option<IntervalRelation> {
        Some(self.interval()?.relation(&other.interval()?))
    }

    /// This ends no later than `other` starts ([`IntervalRelation::is_before`]).
    pub fn before(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(IntervalRelation::is_before)
    }

    /// This starts no earlier than `other` ends ([`IntervalRelation::is_after`]).
    pub fn after(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(IntervalRelation::is_after)
    }

    /// `other` lies within this, endpoints may coincide
    /// ([`IntervalRelation::is_containing`]).
    pub fn contains(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(IntervalRelation::is_containing)
    }

    /// This lies within `other` ([`IntervalRelation::is_within`]).
    pub fn during(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(IntervalRelation::is_within)
    }

    /// The two share any instant ([`IntervalRelation::intersects`]; note
    /// this is wider than Allen's [`IntervalRelation::Overlaps`]).
    pub fn overlaps(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(IntervalRelation::intersects)
    }

    /// The two cover exactly the same time (`2022-01-13` and `2022-W02-4`).
    pub fn equal(&self, other: &Value) -> Option<bool> {
        self.compare(other).map(|r| r == IntervalRelation::Equal)
    }
}

/// How `a`'s interval relates to `b`'s; the same as [`Value::compare`].
pub fn compare(a: &Value, b: &Value) -> Option<IntervalRelation> {
    a.compare(b)
}

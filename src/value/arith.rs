//! Calendar arithmetic for the resolver: shifting, coarsening, refining,
//! and moving to the previous/next weekday, month or season.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeDelta, Timelike, Weekday};

use super::calendar::{Granularity, add_days};
use super::date::{Clock, DateValue, Season, Sub, Time, YearSpec, weekday_from_number};
use super::{Value, civil};

/// The length in months of the month-based granularities.
fn months_len(g: Granularity) -> Option<i64> {
    Some(match g {
        Granularity::Millennium => 12_000,
        Granularity::Century => 1_200,
        Granularity::Decade => 120,
        Granularity::Year => 12,
        Granularity::Half => 6,
        Granularity::Season | Granularity::Quarter => 3,
        Granularity::Month => 1,
        _ => return None,
    })
}

/// The length in days of the day-based granularities.
fn days_len(g: Granularity) -> Option<i64> {
    Some(match g {
        Granularity::Week | Granularity::Weekend => 7,
        Granularity::Day => 1,
        _ => return None,
    })
}

/// The length in seconds of the clock granularities.
fn seconds_len(g: Granularity) -> Option<i64> {
    Some(match g {
        Granularity::Hour => 3600,
        Granularity::Minute => 60,
        Granularity::Second => 1,
        _ => return None,
    })
}

/// The meteorological season holding `date`, with its season-year
/// (January and February belong to the previous year's winter).
pub(crate) fn season_of(date: NaiveDate) -> (i64, Season) {
    let y = i64::from(date.year());
    match date.month() {
        3..=5 => (y, Season::Spring),
        6..=8 => (y, Season::Summer),
        9..=11 => (y, Season::Fall),
        12 => (y, Season::Winter),
        _ => (y - 1, Season::Winter),
    }
}

fn season_index(date: NaiveDate) -> i64 {
    let (y, s) = season_of(date);
    y * 4 + s.index()
}

fn season_value(index: i64) -> Option<Value> {
    Some(Value::season(
        i32::try_from(index.div_euclid(4)).ok()?,
        Season::from_index(index),
    ))
}

/// `date` plus `k` months, clamping the day to the end of a shorter month.
fn add_months(date: NaiveDate, k: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
    if k >= 0 {
        date.checked_add_months(m)
    } else {
        date.checked_sub_months(m)
    }
}

/// `date` shifted by `n` day- or month-based units.
fn shift_date(date: NaiveDate, n: i64, unit: Granularity) -> Option<NaiveDate> {
    if let Some(len) = days_len(unit) {
        add_days(date, n.checked_mul(len)?)
    } else if let Some(len) = months_len(unit) {
        add_months(date, n.checked_mul(len)?)
    } else {
        None
    }
}

fn weekday_number(wd: Weekday) -> u8 {
    wd.number_from_monday() as u8
}

impl DateValue {
    /// The written day of a day-level value (`YYYY-MM-DD`, `YYYY-Www-D`),
    /// ignoring any time.
    fn written_date(&self) -> Option<NaiveDate> {
        let y = self.year.full_year()?;
        match self.sub {
            Sub::Day(Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)),
            Sub::WeekDay(Some(w), Some(d)) => {
                NaiveDate::from_isoywd_opt(y, u32::from(w), weekday_from_number(d)?)
            }
            _ => None,
        }
    }
}

/// A day-level value for `date` in the same form as `like` (calendar date
/// or ISO week date), with `time`.
fn day_like(like: &DateValue, date: NaiveDate, time: Option<Time>) -> DateValue {
    let sub = if matches!(like.sub, Sub::WeekDay(..)) {
        let iw = date.iso_week();
        return DateValue {
            year: YearSpec::from_year(iw.year()),
            sub: Sub::WeekDay(Some(iw.week() as u8), Some(weekday_number(date.weekday()))),
            time,
        };
    } else {
        Sub::Day(Some(date.month() as u8), Some(date.day() as u8))
    };
    DateValue {
        year: YearSpec::from_year(date.year()),
        sub,
        time,
    }
}

impl Value {
    /// The value of granularity `g` that contains `date` (the coarsening
    /// of a day): [`Granularity::Week`] gives the ISO week (`2021-01-01` →
    /// `2020-W53`), [`Granularity::Season`] the meteorological season
    /// (`2022-01-15` → `2021-WI`), [`Granularity::Millennium`] the year with
    /// three `X` (`2022` → `2XXX`). `None` for [`Granularity::Weekend`] when
    /// `date` is a weekday, for granularities finer than a day, and where
    /// TimeML has no spelling (decades, centuries and millennia of years
    /// outside 0–9999).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use dateline::value::{Granularity, Value};
    /// let d = NaiveDate::from_ymd_opt(2024, 12, 30).ok_or("bad date")?;
    /// let w = Value::from_date_granularity(d, Granularity::Week).ok_or("none")?;
    /// assert_eq!(w.to_string(), "2025-W01");
    /// let q = Value::from_date_granularity(d, Granularity::Quarter).ok_or("none")?;
    /// assert_eq!(q.to_string(), "2024-Q4");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_date_granularity(date: NaiveDate, g: Granularity) -> Option<Value> {
        let y = date.year();
        let m = date.month();
        let plain = (0..=9999).contains(&y);
        match g {
            Granularity::Millennium if plain => Some(Value::Date(DateValue::new(
                YearSpec::Plain {
                    width: 4,
                    known: 1,
                    prefix: (y / 1000) as u16,
                },
                Sub::None,
            ))),
            Granularity::Century if plain => Value::century(y / 100),
            Granularity::Decade if plain => Value::decade(y / 10),
            Granularity::Year => Some(Value::year(y)),
            Granularity::Half => Value::half(y, (m - 1) / 6 + 1),
            Granularity::Quarter => Value::quarter(y, (m - 1) / 3 + 1),
            Granularity::Season => {
                let (sy, s) = season_of(date);
                Some(Value::season(i32::try_from(sy).ok()?, s))
            }
            Granularity::Month => Value::month(y, m),
            Granularity::Week => Value::iso_week(date.iso_week().year(), date.iso_week().week()),
            Granularity::Weekend if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) => {
                Value::weekend(date.iso_week().year(), date.iso_week().week())
            }
            Granularity::Day => Some(Value::date(date)),
            _ => None,
        }
    }

    /// The value of the coarser granularity `g` containing this one:
    /// `2022-01-13` → `2022-W02` (week), `2022-01` (month), `2022-Q1`,
    /// `2022`, `202` (decade)…; `2022-01-13T14:30:05` → `2022-01-13T14:30`
    /// (minute), `2022-01-13T14` (hour), `2022-01-13` (day). A value with a
    /// time coarsens to day and above through its written day (so
    /// `2000-04-05TNI` → `2000-04-05`).
    ///
    /// `None` if the value is not anchored, if no single unit of `g` holds
    /// it (a week spanning two months coarsened to a month), if `g` is finer
    /// than the value, and for [`Granularity::PartOfDay`].
    pub fn coarsen(&self, g: Granularity) -> Option<Value> {
        let d = self.as_date()?;
        if let Some(target) = seconds_len(g) {
            let Some(Time::Clock(c)) = d.time else {
                return None;
            };
            let own = seconds_len(d.granularity())?;
            if target < own {
                return None;
            }
            let clock = Clock {
                hour: c.hour,
                minute: if g == Granularity::Hour {
                    None
                } else {
                    c.minute
                },
                second: if g == Granularity::Second {
                    c.second
                } else {
                    None
                },
                frac: None,
                zone: c.zone,
            };
            return Some(Value::Date(DateValue {
                time: Some(Time::Clock(clock)),
                ..*d
            }));
        }
        if g == Granularity::PartOfDay {
            return None;
        }
        let dateonly = Value::Date(DateValue { time: None, ..*d });
        let iv = dateonly.interval()?;
        let v = Value::from_date_granularity(iv.start, g)?;
        let outer = v.interval()?;
        (outer.start <= iv.start && iv.end <= outer.end).then_some(v)
    }

    /// Refines a year value (known or `XXXX`) to one of its months:
    /// `2022` → `2022-03`, `XXXX` → `XXXX-03`. `None` for other values or a
    /// month outside 1–12.
    pub fn with_month(&self, month: u32) -> Option<Value> {
        let d = self.as_date()?;
        if d.sub != Sub::None || !d.year.is_year_form() || !(1..=12).contains(&month) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            d.year,
            Sub::Month(Some(month as u8)),
        )))
    }

    /// Refines a month value to one of its days: `2022-02` → `2022-02-28`,
    /// `XXXX-12` → `XXXX-12-25`. `None` for other values or a day the month
    /// does not have (`2023-02` has no 29th; `XXXX-02` allows it).
    pub fn with_day(&self, day: u32) -> Option<Value> {
        let d = self.as_date()?;
        let Sub::Month(m) = d.sub else {
            return None;
        };
        let year = d.year.full_year().map(i64::from);
        let max = m.map_or(31, |m| civil::days_in_month(year, m));
        if day < 1 || day > u32::from(max) {
            return None;
        }
        Some(Value::Date(DateValue::new(
            d.year,
            Sub::Day(m, Some(day as u8)),
        )))
    }

    /// Refines a week value to one of its days: a known week gives the
    /// calendar date (`2022-W02` + Tuesday → `2022-01-11`), an unknown one
    /// the ISO week-date form (`XXXX-WXX` + Tuesday → `XXXX-WXX-2`). `None`
    /// for other values.
    pub fn with_weekday(&self, weekday: Weekday) -> Option<Value> {
        let d = self.as_date()?;
        let Sub::Week(w) = d.sub else {
            return None;
        };
        if let (Some(y), Some(w)) = (d.year.full_year(), w) {
            return NaiveDate::from_isoywd_opt(y, u32::from(w), weekday).map(Value::date);
        }
        Some(Value::Date(DateValue::new(
            d.year,
            Sub::WeekDay(w, Some(weekday_number(weekday))),
        )))
    }

    /// Shifts the value by `n` units of `unit`, keeping its form: "last
    /// week" is a week shifted by −1 [`Granularity::Week`], "two years ago"
    /// a year shifted by −2 [`Granularity::Year`], "in two days' time" a
    /// day shifted by 2 [`Granularity::Day`].
    ///
    /// Rules:
    ///
    /// - Month-based values (month, quarter, half, season, year, decade,
    ///   century) shift by month-based units (month 1, quarter and season 3,
    ///   half 6, year 12, decade 120, century 1200, millennium 12000
    ///   months) when the shift is a whole number of the value's own units:
    ///   a quarter by a year moves 4 quarters, a season by a quarter moves
    ///   one season, but a year by a month is `None`.
    /// - Weeks and weekends shift by weeks (or 7n days), crossing years by
    ///   ISO rules (`2021-W01` − 1 week = `2020-W53`); by years (decades,
    ///   centuries) they keep the week number, clamping week 53 to 52 in a
    ///   52-week year. Other units give `None`.
    /// - Days (and the day of a value with a time) shift by days, weeks
    ///   (7 days) and month-based units; months clamp the day to the end of
    ///   a shorter month: 2022-01-31 + 1 month = 2022-02-28, and 2024-02-29
    ///   + 1 year = 2025-02-28. A day written as an ISO week date stays one.
    /// - Clock times also shift by hours, minutes and seconds when the shift
    ///   is a whole number of their own precision (an hour value by minutes
    ///   is `None`); a part of day shifts only by day-based and month-based
    ///   units, keeping the part.
    /// - A unit finer than the value that does not add up to whole units of
    ///   the value (a month shifted by days, a year by weeks) gives `None`;
    ///   coarsen or refine first. So do values with unknown (`X`) parts,
    ///   durations, the reference words, [`Granularity::PartOfDay`] as a
    ///   unit, and results outside chrono's (or TimeML's) range.
    ///
    /// ```
    /// use dateline::value::{Granularity, Value};
    /// let w = Value::iso_week(2022, 1).ok_or("no such week")?;
    /// assert_eq!(w.shift(-1, Granularity::Week).map(|v| v.to_string()).as_deref(), Some("2021-W52"));
    /// let d: Value = "2022-01-31".parse()?;
    /// assert_eq!(d.shift(1, Granularity::Month).map(|v| v.to_string()).as_deref(), Some("2022-02-28"));
    /// let q: Value = "2022-Q4".parse()?;
    /// assert_eq!(q.shift(1, Granularity::Quarter).map(|v| v.to_string()).as_deref(), Some("2023-Q1"));
    /// assert_eq!(q.shift(1, Granularity::Day), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn shift(&self, n: i64, unit: Granularity) -> Option<Value> {
        let d = self.as_date()?;
        if d.has_unknown() {
            return None;
        }
        match d.time {
            Some(Time::Clock(c)) => return shift_clock(d, c, n, unit),
            Some(Time::Part(_)) => {
                let date = shift_date(d.written_date()?, n, unit)?;
                return Some(Value::Date(day_like(d, date, d.time)));
            }
            None => {}
        }
        match d.sub {
            Sub::Day(..) | Sub::WeekDay(..) => {
                let date = shift_date(d.written_date()?, n, unit)?;
                Some(Value::Date(day_like(d, date, None)))
            }
            Sub::Week(Some(w)) | Sub::Weekend(Some(w)) => shift_week(d, w, n, unit),
            _ => shift_months(d, n, unit),
        }
    }

    /// The last `weekday` strictly before the value's interval, as a day:
    /// from Thursday 2022-01-13, [`Weekday::Mon`] → 2022-01-10 and
    /// [`Weekday::Thu`] → 2022-01-06. `None` unless anchored.
    pub fn previous_weekday(&self, weekday: Weekday) -> Option<Value> {
        let from = add_days(self.interval()?.start, -1)?;
        weekday_on_or_before(from, weekday).map(Value::date)
    }

    /// The first `weekday` strictly after the value's interval.
    pub fn next_weekday(&self, weekday: Weekday) -> Option<Value> {
        let from = add_days(self.interval()?.end, 1)?;
        weekday_on_or_after(from, weekday).map(Value::date)
    }

    /// The first `weekday` on or after the start of the value's interval
    /// ("this Friday": from Thursday 2022-01-13, Friday is 2022-01-14 and
    /// Thursday is 2022-01-13 itself).
    pub fn weekday_on_or_after(&self, weekday: Weekday) -> Option<Value> {
        weekday_on_or_after(self.interval()?.start, weekday).map(Value::date)
    }

    /// The last `weekday` on or before the end of the value's interval.
    pub fn weekday_on_or_before(&self, weekday: Weekday) -> Option<Value> {
        weekday_on_or_before(self.interval()?.end, weekday).map(Value::date)
    }

    /// The last month numbered `month` that starts before the month holding
    /// the start of the value's interval: "last December" from 2022-01-03
    /// is `2021-12`, and from 2022-12-15 also `2021-12`. `None` unless
    /// anchored and `month` is 1–12.
    pub fn previous_month(&self, month: u32) -> Option<Value> {
        let start = self.interval()?.start;
        let y = if month < start.month() {
            start.year()
        } else {
            start.year().checked_sub(1)?
        };
        Value::month(y, month)
    }

    /// The first month numbered `month` after the month holding the end of
    /// the value's interval: "next March" from 2022-01-03 is `2022-03`,
    /// from 2022-03-10 `2023-03`.
    pub fn next_month(&self, month: u32) -> Option<Value> {
        let end = self.interval()?.end;
        let y = if month > end.month() {
            end.year()
        } else {
            end.year().checked_add(1)?
        };
        Value::month(y, month)
    }

    /// The first month numbered `month` on or after the month holding the
    /// start of the value's interval ("this March": from 2022-03-10 it is
    /// `2022-03`).
    pub fn month_on_or_after(&self, month: u32) -> Option<Value> {
        let start = self.interval()?.start;
        let y = if month >= start.month() {
            start.year()
        } else {
            start.year().checked_add(1)?
        };
        Value::month(y, month)
    }

    /// The last `season` strictly before the season holding the start of
    /// the value's interval: "last summer" from 2022-01-15 is `2021-SU`;
    /// "last winter" from 2022-01-15 (itself in winter `2021-WI`) is
    /// `2020-WI`.
    pub fn previous_season(&self, season: Season) -> Option<Value> {
        let si = season_index(self.interval()?.start);
        let t = si - 1 - (si - 1 - season.index()).rem_euclid(4);
        season_value(t)
    }

    /// The first `season` strictly after the season holding the end of the
    /// value's interval: "next winter" from 2022-01-15 is `2022-WI`.
    pub fn next_season(&self, season: Season) -> Option<Value> {
        let si = season_index(self.interval()?.end);
        let t = si + 1 + (season.index() - (si + 1)).rem_euclid(4);
        season_value(t)
    }
}

fn weekday_on_or_after(from: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let ahead = (i64::from(wd.num_days_from_monday())
        - i64::from(from.weekday().num_days_from_monday()))
    .rem_euclid(7);
    add_days(from, ahead)
}

fn weekday_on_or_before(from: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let back = (i64::from(from.weekday().num_days_from_monday())
        - i64::from(wd.num_days_from_monday()))
    .rem_euclid(7);
    add_days(from, -back)
}

fn shift_week(d: &DateValue, w: u8, n: i64, unit: Granularity) -> Option<Value> {
    let y = d.year.full_year()?;
    let weekend = matches!(d.sub, Sub::Weekend(_));
    let make = |y: i32, w: u32| {
        if weekend {
            Value::weekend(y, w)
        } else {
            Value::iso_week(y, w)
        }
    };
    if let Some(len) = days_len(unit) {
        let k = n.checked_mul(len)?;
        if k % 7 != 0 {
            return None;
        }
        let monday = NaiveDate::from_isoywd_opt(y, u32::from(w), Weekday::Mon)?;
        let iw = add_days(monday, k)?.iso_week();
        return make(iw.year(), iw.week());
    }
    let len = months_len(unit)?;
    if len % 12 != 0 {
        return None;
    }
    let y2 = i32::try_from(i64::from(y).checked_add(n.checked_mul(len / 12)?)?).ok()?;
    let w2 = w.min(civil::iso_weeks_in_year(i64::from(y2)));
    make(y2, u32::from(w2))
}

fn shift_months(d: &DateValue, n: i64, unit: Granularity) -> Option<Value> {
    let own = months_len(d.granularity())?;
    let k = n.checked_mul(months_len(unit)?)?;
    if k % own != 0 {
        return None;
    }
    if let YearSpec::Plain {
        width: 2 | 3,
        prefix,
        ..
    } = d.year
    {
        let steps = k / own;
        let next = i32::try_from(i64::from(prefix).checked_add(steps)?).ok()?;
        return if d.granularity() == Granularity::Century {
            Value::century(next)
        } else {
            Value::decade(next)
        };
    }
    let y = i64::from(d.year.full_year()?);
    let first_month0 = match d.sub {
        Sub::None => 0,
        Sub::Month(Some(m)) => i64::from(m) - 1,
        Sub::Quarter(Some(q)) => (i64::from(q) - 1) * 3,
        Sub::Half(Some(h)) => (i64::from(h) - 1) * 6,
        Sub::Season(s) => i64::from(s.first_month()) - 1,
        _ => return None,
    };
    let idx = y
        .checked_mul(12)?
        .checked_add(first_month0)?
        .checked_add(k)?;
    let y2 = i32::try_from(idx.div_euclid(12)).ok()?;
    let m0 = idx.rem_euclid(12) as u32;
    match d.sub {
        Sub::None => Some(Value::year(y2)),
        Sub::Month(_) => Value::month(y2, m0 + 1),
        Sub::Quarter(_) => Value::quarter(y2, m0 / 3 + 1),
        Sub::Half(_) => Value::half(y2, m0 / 6 + 1),
        Sub::Season(_) => Some(Value::season(
            y2,
            Season::from_index(i64::from((m0 + 1) / 3 - 1)),
        )),
        _ => None,
    }
}

fn shift_clock(d: &DateValue, c: Clock, n: i64, unit: Granularity) -> Option<Value> {
    let date = d.written_date()?;
    if days_len(unit).is_some() || months_len(unit).is_some() {
        let date = shift_date(date, n, unit)?;
        return Some(Value::Date(day_like(d, date, d.time)));
    }
    let own = seconds_len(d.granularity())?;
    let k = n.checked_mul(seconds_len(unit)?)?;
    if k % own != 0 {
        return None;
    }
    if k == 0 {
        return Some(Value::Date(*d));
    }
    let secs = i64::from(c.hour) * 3600
        + i64::from(c.minute.unwrap_or(0)) * 60
        + i64::from(c.second.unwrap_or(0));
    let dt = date
        .and_time(NaiveTime::MIN)
        .checked_add_signed(TimeDelta::try_seconds(secs.checked_add(k)?)?)?;
    let clock = Clock {
        hour: dt.hour() as u8,
        minute: c.minute.map(|_| dt.minute() as u8),
        second: c.second.map(|_| dt.second() as u8),
        frac: c.frac,
        zone: c.zone,
    };
    Some(Value::Date(day_like(
        d,
        dt.date(),
        Some(Time::Clock(clock)),
    )))
}

//! Granularities and calendar intervals.

use std::fmt;

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

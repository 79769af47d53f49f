//! An article's publication date or date-time.

use std::fmt;
use std::str::FromStr;

use chrono::format::ParseErrorKind;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Error, Result};

/// When an article was published: a calendar date, or a date-time with its
/// zone offset. Serialised as ISO 8601 text: `2022-01-19` or
/// `2022-01-19T14:05:00+06:00`.
///
/// ```
/// use dateline::article::Published;
/// let d: Published = "2022-01-19".parse()?;
/// assert_eq!(d.to_string(), "2022-01-19");
/// let t: Published = "2022-01-19T23:40:00+06:00".parse()?;
/// assert_eq!(t.date().to_string(), "2022-01-19"); // the local date, in its own zone
/// assert!("2022-02-30".parse::<Published>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Published {
    /// A calendar date.
    Date(NaiveDate),
    /// A date-time with its zone offset.
    DateTime(DateTime<FixedOffset>),
}

impl Published {
    /// Parses `YYYY-MM-DD`, or an RFC 3339 date-time (`T` or a space between
    /// date and time, seconds optional, `Z` or `±HH:MM`). A date-time
    /// without a zone is refused: its day would be a guess.
    pub fn parse(s: &str) -> Result<Published> {
        let t = s.trim();
        let invalid = |reason: &str| Error::InvalidDate {
            text: s.to_string(),
            reason: reason.to_string(),
        };
        let impossible = || Error::ImpossibleDate {
            text: s.to_string(),
            context: None,
        };
        if t.len() == 10 {
            return match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                Ok(d) => Ok(Published::Date(d)),
                Err(e)
                    if matches!(
                        e.kind(),
                        ParseErrorKind::OutOfRange | ParseErrorKind::Impossible
                    ) =>
                {
                    Err(impossible())
                }
                Err(_) => Err(invalid("expected YYYY-MM-DD or an RFC 3339 date-time")),
            };
        }
        let mut last_kind = None;
        for format in [
            "%Y-%m-%dT%H:%M:%S%.f%:z",
            "%Y-%m-%d %H:%M:%S%.f%:z",
            "%Y-%m-%dT%H:%M%:z",
            "%Y-%m-%d %H:%M%:z",
        ] {
            match DateTime::parse_from_str(t, format) {
                Ok(dt) => return Ok(Published::DateTime(dt)),
                Err(e) => last_kind = Some(e.kind()),
            }
        }
        match DateTime::parse_from_rfc3339(t) {
            Ok(dt) => return Ok(Published::DateTime(dt)),
            Err(e) => {
                if last_kind.is_none() {
                    last_kind = Some(e.kind());
                }
            }
        }
        if [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .any(|f| NaiveDateTime::parse_from_str(t, f).is_ok())
        {
            return Err(invalid("a date-time needs a zone offset (Z or +HH:MM)"));
        }
        if matches!(
            last_kind,
            Some(ParseErrorKind::OutOfRange | ParseErrorKind::Impossible)
        ) {
            return Err(impossible());
        }
        Err(invalid("expected YYYY-MM-DD or an RFC 3339 date-time"))
    }

    /// The calendar date; for a date-time, the date in its own zone.
    pub fn date(&self) -> NaiveDate {
        match self {
            Published::Date(d) => *d,
            Published::DateTime(dt) => dt.date_naive(),
        }
    }

    /// The date-time, when one was given.
    pub fn datetime(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            Published::Date(_) => None,
            Published::DateTime(dt) => Some(*dt),
        }
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Published::DateTime(dt) => {
                f.write_str(&dt.to_rfc3339_opts(SecondsFormat::AutoSi, true))
            }
        }
    }
}

impl FromStr for Published {
    type Err = Error;
    fn from_str(s: &str) -> Result<Published> {
        Published::parse(s)
    }
}

impl From<NaiveDate> for Published {
    fn from(d: NaiveDate) -> Published {
        Published::Date(d)
    }
}

impl From<DateTime<FixedOffset>> for Published {
    fn from(dt: DateTime<FixedOffset>) -> Published {
        Published::DateTime(dt)
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Published, D::Error> {
        let s = String::deserialize(deserializer)?;
        Published::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(matches!(
            Published::parse("2022-01-19"),
            Ok(Published::Date(_))
        ));
        for s in [
            "2022-01-19T10:00:00Z",
            "2022-01-19T10:00:00+06:00",
            "2022-01-19 10:00:00+06:00",
            "2022-01-19T10:00+06:00",
            "2022-01-19T10:00:00.5-05:00",
        ] {
            assert!(
                matches!(Published::parse(s), Ok(Published::DateTime(_))),
                "{s}"
            );
        }
        assert!(matches!(
            Published::parse("2022-02-30"),
            Err(Error::ImpossibleDate { .. })
        ));
        assert!(matches!(
            Published::parse("2022-13-01"),
            Err(Error::ImpossibleDate { .. })
        ));
        assert!(matches!(
            Published::parse("2022-01-19T10:00:00"),
            Err(Error::InvalidDate { .. })
        ));
        assert!(matches!(
            Published::parse("Jan 19"),
            Err(Error::InvalidDate { .. })
        ));
        assert!(matches!(
            Published::parse(""),
            Err(Error::InvalidDate { .. })
        ));
    }

    #[test]
    fn round_trip() {
        for s in [
            "2022-01-19",
            "2022-01-19T10:00:00+06:00",
            "2022-01-19T10:00:00Z",
        ] {
            let p = Published::parse(s).unwrap();
            assert_eq!(p.to_string(), s);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<Published>(&json).unwrap(), p);
        }
    }
}

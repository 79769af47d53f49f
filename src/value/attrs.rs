//! The TIMEX3 attributes besides `value`: `type`, `mod`, `quant`, `freq`,
//! and [`Timex3`], which bundles them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Bounds, Interval, Value};
use crate::{Error, Result};

macro_rules! string_serde {
    ($t:ty) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<$t, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use string_serde;

macro_rules! keyword_enum {
    ($(#[$m:meta])* $name:ident, $attr:literal, { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vm])* $v),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];

            /// The TimeML spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            /// Parses the exact TimeML spelling (upper case).
            fn from_str(s: &str) -> Result<$name> {
                match s {
                    $($s => Ok($name::$v),)+
                    _ => Err(Error::InvalidAttribute { attribute: $attr, value: s.to_string() }),
                }
            }
        }

        string_serde!($name);
    };
}

keyword_enum!(
    /// The TIMEX3 `type` attribute.
    ///
    /// ```
    /// use dateline::value::TimexType;
    /// assert_eq!("DURATION".parse::<TimexType>()?, TimexType::Duration);
    /// assert_eq!(TimexType::Set.to_string(), "SET");
    /// assert!("date".parse::<TimexType>().is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    TimexType, "type", {
        /// `DATE`: a calendar date or coarser.
        Date = "DATE",
        /// `TIME`: a time of day or part of day.
        Time = "TIME",
        /// `DURATION`: a length of time.
        Duration = "DURATION",
        /// `SET`: a recurring time.
        Set = "SET",
    }
);

keyword_enum!(
    /// The TIMEX3 `mod` attribute: a modifier on the value.
    ///
    /// See [`Value::interval_with_mod`] for what each does to an interval.
    ///
    /// ```
    /// use dateline::value::Mod;
    /// assert_eq!("ON_OR_BEFORE".parse::<Mod>()?, Mod::OnOrBefore);
    /// assert_eq!(Mod::Approx.to_string(), "APPROX");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Mod, "mod", {
        /// `BEFORE`: strictly before the value.
        Before = "BEFORE",
        /// `AFTER`: strictly after the value.
        After = "AFTER",
        /// `ON_OR_BEFORE`
        OnOrBefore = "ON_OR_BEFORE",
        /// `ON_OR_AFTER`
        OnOrAfter = "ON_OR_AFTER",
        /// `LESS_THAN` (mostly on durations).
        LessThan = "LESS_THAN",
        /// `MORE_THAN` (mostly on durations).
        MoreThan = "MORE_THAN",
        /// `EQUAL_OR_LESS` (mostly on durations).
        EqualOrLess = "EQUAL_OR_LESS",
        /// `EQUAL_OR_MORE` (mostly on durations).
        EqualOrMore = "EQUAL_OR_MORE",
        /// `START`: the early part ("early 1990s").
        Start = "START",
        /// `MID`: the middle part.
        Mid = "MID",
        /// `END`: the late part.
        End = "END",
        /// `APPROX`: about.
        Approx = "APPROX",
    }
);

/// The TIMEX3 `quant` attribute of a SET: `EVERY`, `EACH`, or free text
/// seen in corpora (`a`, `every`, `each`), kept as written.
///
/// ```
/// use dateline::value::Quant;
/// assert_eq!("EVERY".parse::<Quant>()?, Quant::Every);
/// let q: Quant = "each".parse()?;
/// assert_eq!(q.to_string(), "each");
/// assert!(q.is_universal());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Quant {
    /// `EVERY`
    Every,
    /// `EACH`
    Each,
    /// Any other spelling, as written (non-empty, at most 64 bytes, no
    /// control characters or quotes).
    Other(String),
}

impl Quant {
    /// Whether it means "every" (`EVERY`, `EACH` in any case).
    pub fn is_universal(&self) -> bool {
        match self {
            Quant::Every | Quant::Each => true,
            Quant::Other(s) => s.eq_ignore_ascii_case("every") || s.eq_ignore_ascii_case("each"),
        }
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        match self {
            Quant::Every => "EVERY",
            Quant::Each => "EACH",
            Quant::Other(s) => s,
        }
    }
}

impl fmt::Display for Quant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Quant {
    type Err = Error;
    fn from_str(s: &str) -> Result<Quant> {
        match s {
            "EVERY" => Ok(Quant::Every),
            "EACH" => Ok(Quant::Each),
            _ if !s.is_empty()
                && s.len() <= 64
                && !s
                    .chars()
                    .any(|c| c.is_control() || c == '"' || c == '<' || c == '&') =>
            {
                Ok(Quant::Other(s.to_string()))
            }
            _ => Err(Error::InvalidAttribute {
                attribute: "quant",
                value: s.chars().take(80).collect(),
            }),
        }
    }
}

string_serde!(Quant);

/// The unit of a [`Freq`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FreqUnit {
    /// `X`: times (per the set's period), as in `2X` "twice".
    Times,
    /// `Y`
    Year,
    /// `Q`
    Quarter,
    /// `M`
    Month,
    /// `W`
    Week,
    /// `D`
    Day,
    /// `H`
    Hour,
}

impl FreqUnit {
    fn symbol(self) -> char {
        match self {
            FreqUnit::Times => 'X',
            FreqUnit::Year => 'Y',
            FreqUnit::Quarter => 'Q',
            FreqUnit::Month => 'M',
            FreqUnit::Week => 'W',
            FreqUnit::Day => 'D',
            FreqUnit::Hour => 'H',
        }
    }
}

/// The TIMEX3 `freq` attribute of a SET: a count and a unit, `1X`, `3Y`,
/// `7D`, `100X`.
///
/// ```
/// use dateline::value::{Freq, FreqUnit};
/// let f: Freq = "100X".parse()?;
/// assert_eq!(f, Freq::new(100, FreqUnit::Times));
/// assert_eq!(f.to_string(), "100X");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Freq {
    count: u32,
    unit: FreqUnit,
}

impl Freq {
    /// `count` per `unit`.
    pub fn new(count: u32, unit: FreqUnit) -> Freq {
        Freq { count, unit }
    }

    /// The count.
    pub fn count(&self) -> u32 {
        self.count
    }

    /// The unit.
    pub fn unit(&self) -> FreqUnit {
        self.unit
    }
}

impl fmt::Display for Freq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.count, self.unit.symbol())
    }
}

impl FromStr for Freq {
    type Err = Error;
    fn from_str(s: &str) -> Result<Freq> {
        let err = || Error::InvalidAttribute {
            attribute: "freq",
            value: s.chars().take(80).collect(),
        };
        let split = s.len().checked_sub(1).ok_or_else(err)?;
        let (digits, unit) = (
            s.get(..split).ok_or_else(err)?,
            s.get(split..).ok_or_else(err)?,
        );
        if digits.is_empty()
            || digits.len() > 10
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || (digits.len() > 1 && digits.starts_with('0'))
        {
            return Err(err());
        }
        let count = digits.parse().map_err(|_| err())?;
        let unit = match unit {
            "X" => FreqUnit::Times,
            "Y" => FreqUnit::Year,
            "Q" => FreqUnit::Quarter,
            "M" => FreqUnit::Month,
            "W" => FreqUnit::Week,
            "D" => FreqUnit::Day,
            "H" => FreqUnit::Hour,
            _ => return Err(err()),
        };
        Ok(Freq { count, unit })
    }
}

string_serde!(Freq);

/// A TIMEX3's meaning: its `type`, `value`, `mod`, `quant` and `freq`
/// (the document-level attributes `tid`, `anchorTimeID`, … belong to the
/// TimeML layer). Serializes with the TimeML attribute names.
///
/// ```
/// use dateline::value::{BoundsKind, Mod, Timex3, TimexType, Value};
/// let t = Timex3::new(TimexType::Date, Value::year(2022)).with_mod(Mod::Before);
/// let b = t.bounds().ok_or("no bounds")?;
/// assert_eq!(b.start, None);
/// assert_eq!(b.end.map(|d| d.to_string()).as_deref(), Some("2021-12-31"));
/// assert_eq!(b.kind, BoundsKind::Open);
/// assert_eq!(
///     serde_json::to_string(&t)?,
///     r#"{"type":"DATE","value":"2022","mod":"BEFORE"}"#
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Timex3 {
    /// `type`
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// `value`
    pub value: Value,
    /// `mod`
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Mod>,
    /// `quant` (SETs)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quant: Option<Quant>,
    /// `freq` (SETs)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<Freq>,
}

impl Timex3 {
    /// A TIMEX3 with no `mod`, `quant` or `freq`.
    pub fn new(kind: TimexType, value: Value) -> Timex3 {
        Timex3 {
            kind,
            value,
            modifier: None,
            quant: None,
            freq: None,
        }
    }

    /// With `mod` set.
    pub fn with_mod(mut self, modifier: Mod) -> Timex3 {
        self.modifier = Some(modifier);
        self
    }

    /// With `quant` set.
    pub fn with_quant(mut self, quant: Quant) -> Timex3 {
        self.quant = Some(quant);
        self
    }

    /// With `freq` set.
    pub fn with_freq(mut self, freq: Freq) -> Timex3 {
        self.freq = Some(freq);
        self
    }

    /// The days the value bounds under its `mod`
    /// ([`Value::interval_with_mod`]).
    pub fn bounds(&self) -> Option<Bounds> {
        self.value.interval_with_mod(self.modifier)
    }

    /// As [`Timex3::bounds`], giving `PRESENT_REF`, `PAST_REF` and
    /// `FUTURE_REF` a meaning relative to `reference`
    /// ([`Value::bounds_with_reference`]).
    pub fn bounds_with_reference(&self, reference: &Interval) -> Option<Bounds> {
        self.value.bounds_with_reference(self.modifier, reference)
    }
}

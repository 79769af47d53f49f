//! Durations: `P3D`, `PT2H30M`, `P1.5Y`, `P2Q`, `P1E`/`P1DE`, fuzzy `PXY`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::parse::{Cursor, ParseError};

/// The most digits a [`Decimal`] may have (integer and fraction together).
const MAX_DIGITS: u32 = 18;

/// An exact non-negative decimal number as written in a duration: `3`,
/// `1.5`, `0.25`. The number of fraction digits is kept (`1.50` stays
/// `1.50`), so equality is by spelling; compare with [`Decimal::to_f64`].
///
/// At most 18 digits in all; the integer part has no leading zeros.
///
/// ```
/// use dateline::value::Decimal;
/// let d: Decimal = "1.5".parse()?;
/// assert_eq!(d, Decimal::new(15, 1).unwrap());
/// assert_eq!(d.to_f64(), 1.5);
/// assert_eq!(Decimal::from(3u32).to_string(), "3");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: u64,
    scale: u8,
}

impl Decimal {
    /// `mantissa / 10^scale`, e.g. `Decimal::new(15, 1)` is 1.5. `None` if
    /// writing it takes more than 18 digits (counting the `0` of `0.5`).
    pub fn new(mantissa: u64, scale: u8) -> Option<Decimal> {
        let scale32 = u32::from(scale);
        if scale32 >= MAX_DIGITS {
            return None;
        }
        let int_part = mantissa / 10u64.pow(scale32);
        let int_digits = int_part.checked_ilog10().map_or(1, |l| l + 1);
        if int_digits + scale32 > MAX_DIGITS {
            return None;
        }
        Some(Decimal { mantissa, scale })
    }

    /// An integer amount; `None` above 18 digits.
    pub fn from_u64(n: u64) -> Option<Decimal> {
        Decimal::new(n, 0)
    }

    /// The digits as an integer (`15` for 1.5).
    pub fn mantissa(&self) -> u64 {
        self.mantissa
    }

    /// The number of fraction digits written (`1` for 1.5).
    pub fn scale(&self) -> u8 {
        self.scale
    }

    /// The integer value when there is no fraction part written.
    pub fn as_integer(&self) -> Option<u64> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// The value as a float (exact for integers below 2^53).
    pub fn to_f64(&self) -> f64 {
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }

    fn parse(c: &mut Cursor<'_>) -> Result<Decimal, ParseError> {
        let start = c.pos();
        let mut mantissa: u64 = 0;
        let mut digits = 0u32;
        let mut first = None;
        while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
            c.bump();
            first.get_or_insert(d);
            digits += 1;
            if digits > MAX_DIGITS {
                return Err("a number has at most 18 digits".into());
            }
            mantissa = mantissa * 10 + u64::from(d - b'0');
        }
        let int_digits = c.pos() - start;
        if int_digits == 0 {
            return Err("expected a number".into());
        }
        if int_digits > 1 && first == Some(b'0') {
            return Err("a number may not have leading zeros".into());
        }
        let mut scale = 0u8;
        if c.eat(b'.') {
            while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                c.bump();
                digits += 1;
                scale += 1;
                if digits > MAX_DIGITS {
                    return Err("a number has at most 18 digits".into());
                }
                mantissa = mantissa * 10 + u64::from(d - b'0');
            }
            if scale == 0 {
                return Err("expected digits after '.'".into());
            }
        }
        Ok(Decimal { mantissa, scale })
    }
}

impl From<u32> for Decimal {
    fn from(n: u32) -> Decimal {
        Decimal {
            mantissa: u64::from(n),
            scale: 0,
        }
    }
}

impl From<u16> for Decimal {
    fn from(n: u16) -> Decimal {
        Decimal::from(u32::from(n))
    }
}

impl From<u8> for Decimal {
    fn from(n: u8) -> Decimal {
        Decimal::from(u32::from(n))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let p = 10u64.pow(u32::from(self.scale));
        write!(
            f,
            "{}.{:0w$}",
            self.mantissa / p,
            self.mantissa % p,
            w = usize::from(self.scale)
        )
    }
}

impl std::str::FromStr for Decimal {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Decimal> {
        let mut c = Cursor::new(s);
        match Decimal::parse(&mut c) {
            Ok(d) if c.at_end() => Ok(d),
            _ => Err(crate::Error::InvalidAttribute {
                attribute: "amount",
                value: s.to_string(),
            }),
        }
    }
}

/// A unit of a duration, coarsest first.
///
/// Decades, centuries and millennia have two spellings: TimeBank's `E`,
/// `C`, `L` and ISO-TimeML's `DE`, `CE`, `ML` (see [`UnitSpelling`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DurationUnit {
    /// `L` / `ML`: 1000 years.
    Millennium,
    /// `C` / `CE`: 100 years.
    Century,
    /// `E` / `DE`: 10 years.
    Decade,
    /// `Y`
    Year,
    /// `Q`: 3 months.
    Quarter,
    /// `M` before `T`.
    Month,
    /// `W`
    Week,
    /// `D`
    Day,
    /// `H` (after `T`).
    Hour,
    /// `M` after `T`.
    Minute,
    /// `S` (after `T`).
    Second,
}

impl DurationUnit {
    /// Whether the unit is written after `T`.
    pub fn is_time(self) -> bool {
        matches!(
            self,
            DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second
        )
    }

    /// The approximate length in seconds used to compare durations: a year
    /// is 365.2425 days (the Gregorian mean), a month a twelfth of that, a
    /// quarter three months, a week 7 days, a day 86,400 seconds.
    pub fn approx_seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        const YEAR: f64 = 365.2425 * DAY;
        match self {
            DurationUnit::Millennium => 1000.0 * YEAR,
            DurationUnit::Century => 100.0 * YEAR,
            DurationUnit::Decade => 10.0 * YEAR,
            DurationUnit::Year => YEAR,
            DurationUnit::Quarter => YEAR / 4.0,
            DurationUnit::Month => YEAR / 12.0,
            DurationUnit::Week => 7.0 * DAY,
            DurationUnit::Day => DAY,
            DurationUnit::Hour => 3600.0,
            DurationUnit::Minute => 60.0,
            DurationUnit::Second => 1.0,
        }
    }

    fn symbol(self, spelling: UnitSpelling) -> &'static str {
        let iso = spelling == UnitSpelling::IsoTimeMl;
        match self {
            DurationUnit::Millennium if iso => "ML",
            DurationUnit::Millennium => "L",
            DurationUnit::Century if iso => "CE",
            DurationUnit::Century => "C",
            DurationUnit::Decade if iso => "DE",
            DurationUnit::Decade => "E",
            DurationUnit::Year => "Y",
            DurationUnit::Quarter => "Q",
            DurationUnit::Month | DurationUnit::Minute => "M",
            DurationUnit::Week => "W",
            DurationUnit::Day => "D",
            DurationUnit::Hour => "H",
            DurationUnit::Second => "S",
        }
    }
}

/// How decades, centuries and millennia are spelled in a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitSpelling {
    /// TimeBank / TimeML 1.2.1 letters: `E` decade, `C` century, `L`
    /// millennium (the default: it is what the TimeBank gold uses).
    #[default]
    TimeBank,
    /// ISO-TimeML: `DE`, `CE`, `ML`.
    IsoTimeMl,
}

/// The spelling kept for `unit`: only decades, centuries and millennia have
/// two, every other unit is stored as [`UnitSpelling::TimeBank`] so that
/// equality does not depend on a spelling that cannot be seen.
fn spelling_for(unit: DurationUnit, spelling: UnitSpelling) -> UnitSpelling {
    match unit {
        DurationUnit::Millennium | DurationUnit::Century | DurationUnit::Decade => spelling,
        _ => UnitSpelling::TimeBank,
    }
}

/// One `amount unit` part of a [`Duration`], e.g. `30M` in `PT2H30M`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DurationPart {
    amount: Option<Decimal>,
    unit: DurationUnit,
    spelling: UnitSpelling,
}

impl DurationPart {
    /// The amount; `None` for a fuzzy `X` amount.
    pub fn amount(&self) -> Option<Decimal> {
        self.amount
    }

    /// The unit.
    pub fn unit(&self) -> DurationUnit {
        self.unit
    }

    /// Whether the amount is `X`.
    pub fn is_fuzzy(&self) -> bool {
        self.amount.is_none()
    }
}

/// A TIMEX3 duration: `P3D`, `P2W`, `P1DT12H`, `PT30M`, `P1.5Y`, `P2Q`,
/// `P1E` (decade), `PXY` (some years).
///
/// Parts are kept in the order written, which must be strictly from
/// coarser to finer units (millennium, century, decade, year, quarter,
/// month, week, day, then after `T` hour, minute, second), each unit at most
/// once. Amounts are exact [`Decimal`]s or `X`.
///
/// ```
/// use dateline::value::{Duration, DurationUnit, Value};
/// let d = Duration::new(1u32, DurationUnit::Day)
///     .and(12u32, DurationUnit::Hour)
///     .ok_or("units out of order")?;
/// assert_eq!(d.to_string(), "P1DT12H");
/// assert_eq!(Value::duration(d.clone()), "P1DT12H".parse::<Value>()?);
/// assert_eq!(Duration::fuzzy(DurationUnit::Year).to_string(), "PXY");
/// assert_eq!(d.approx_seconds(), Some(129_600.0));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Duration {
    parts: Vec<DurationPart>,
}

impl Duration {
    /// `amount` of `unit`, e.g. `Duration::new(3u32, DurationUnit::Day)` is
    /// `P3D`; pass a [`Decimal`] for `P1.5Y`.
    pub fn new(amount: impl Into<Decimal>, unit: DurationUnit) -> Duration {
        Duration {
            parts: vec![DurationPart {
                amount: Some(amount.into()),
                unit,
                spelling: UnitSpelling::default(),
            }],
        }
    }

    /// An unknown amount of `unit`: `PXY`, `PTXH`.
    pub fn fuzzy(unit: DurationUnit) -> Duration {
        Duration {
            parts: vec![DurationPart {
                amount: None,
                unit,
                spelling: UnitSpelling::default(),
            }],
        }
    }

    /// This duration plus a finer part, e.g. `P1D` and 12 hours is
    /// `P1DT12H`. `None` unless `unit` is finer than every unit already
    /// present.
    pub fn and(mut self, amount: impl Into<Decimal>, unit: DurationUnit) -> Option<Duration> {
        if self.parts.last().is_some_and(|p| p.unit >= unit) {
            return None;
        }
        self.parts.push(DurationPart {
            amount: Some(amount.into()),
            unit,
            // A decade, century or millennium follows the spelling already
            // used for one of those.
            spelling: spelling_for(
                unit,
                self.parts
                    .iter()
                    .map(|p| p.spelling)
                    .find(|s| *s == UnitSpelling::IsoTimeMl)
                    .unwrap_or_default(),
            ),
        });
        Some(self)
    }

    /// The same duration with decades, centuries and millennia spelled the
    /// given way.
    pub fn respelled(mut self, spelling: UnitSpelling) -> Duration {
        for p in &mut self.parts {
            p.spelling = spelling_for(p.unit, spelling);
        }
        self
    }

    /// The parts, coarsest first.
    pub fn parts(&self) -> &[DurationPart] {
        &self.parts
    }

    /// Whether any amount is `X`.
    pub fn is_fuzzy(&self) -> bool {
        self.parts.iter().any(DurationPart::is_fuzzy)
    }

    /// The single unit when the duration has one part (`P3D` → Day).
    pub fn unit(&self) -> Option<DurationUnit> {
        match self.parts.as_slice() {
            [p] => Some(p.unit),
            _ => None,
        }
    }

    /// The approximate length in seconds, for comparing durations (see
    /// [`DurationUnit::approx_seconds`] for the unit lengths); `None` when
    /// fuzzy.
    pub fn approx_seconds(&self) -> Option<f64> {
        self.parts.iter().try_fold(0.0, |acc, p| {
            Some(acc + p.amount?.to_f64() * p.unit.approx_seconds())
        })
    }

    /// The approximate length in days (seconds / 86,400); `None` when fuzzy.
    pub fn approx_days(&self) -> Option<f64> {
        self.approx_seconds().map(|s| s / 86_400.0)
    }

    /// Compares approximate lengths; `None` when either is fuzzy.
    pub fn cmp_approx(&self, other: &Duration) -> Option<std::cmp::Ordering> {
        self.approx_seconds()?.partial_cmp(&other.approx_seconds()?)
    }

    pub(crate) fn parse(c: &mut Cursor<'_>) -> Result<Duration, ParseError> {
        if !c.eat(b'P') {
            return Err("a duration starts with P".into());
        }
        let mut parts: Vec<DurationPart> = Vec::new();
        let mut in_time = false;
        let mut t_seen = false;
        loop {
            if c.at_end() {
                break;
            }
            if c.eat(b'T') {
                if t_seen {
                    return Err("'T' appears twice".into());
                }
                t_seen = true;
                in_time = true;
                if c.at_end() {
                    return Err("'T' must be followed by hours, minutes or seconds".into());
                }
                continue;
            }
            let amount = if c.eat(b'X') {
                None
            } else {
                Some(Decimal::parse(c)?)
            };
            let (unit, spelling) = if in_time {
                match c.take(1) {
                    b"H" => (DurationUnit::Hour, UnitSpelling::TimeBank),
                    b"M" => (DurationUnit::Minute, UnitSpelling::TimeBank),
                    b"S" => (DurationUnit::Second, UnitSpelling::TimeBank),
                    _ => return Err("expected H, M or S after a number in the time part".into()),
                }
            } else if c.eat_str("DE") {
                (DurationUnit::Decade, UnitSpelling::IsoTimeMl)
            } else if c.eat_str("CE") {
                (DurationUnit::Century, UnitSpelling::IsoTimeMl)
            } else if c.eat_str("ML") {
                (DurationUnit::Millennium, UnitSpelling::IsoTimeMl)
            } else {
                let u = match c.take(1) {
                    b"L" => DurationUnit::Millennium,
                    b"C" => DurationUnit::Century,
                    b"E" => DurationUnit::Decade,
                    b"Y" => DurationUnit::Year,
                    b"Q" => DurationUnit::Quarter,
                    b"M" => DurationUnit::Month,
                    b"W" => DurationUnit::Week,
                    b"D" => DurationUnit::Day,
                    _ => {
                        return Err(
                            "expected a unit (Y, M, W, D, Q, E/DE, C/CE, L/ML) after the amount"
                                .into(),
                        );
                    }
                };
                (u, UnitSpelling::TimeBank)
            };
            if parts.last().is_some_and(|p| p.unit >= unit) {
                return Err("duration units must go from coarser to finer, each once".into());
            }
            parts.push(DurationPart {
                amount,
                unit,
                spelling,
            });
        }
        if parts.is_empty() {
            return Err("a duration needs at least one amount and unit".into());
        }
        Ok(Duration { parts })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        let mut in_time = false;
        for p in &self.parts {
            if p.unit.is_time() && !in_time {
                f.write_str("T")?;
                in_time = true;
            }
            match p.amount {
                Some(a) => write!(f, "{a}")?,
                None => f.write_str("X")?,
            }
            f.write_str(p.unit.symbol(p.spelling))?;
        }
        Ok(())
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = String::deserialize(d)?;
        match s
            .parse::<super::Value>()
            .map_err(serde::de::Error::custom)?
        {
            super::Value::Duration(v) => Ok(v),
            _ => Err(serde::de::Error::custom(format!("{s:?} is not a duration"))),
        }
    }
}

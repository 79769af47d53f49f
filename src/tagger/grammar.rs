//! The grammar: at each token that can open a temporal expression, try the
//! patterns and keep the longest match, as a [`Spec`] (what the words say)
//! that the resolver later turns into a TIMEX3 value.

use super::lexicon::{Holiday, Lex, Pod, SeasonName, Unit, W};
use super::token::{Kind, Tok, dash, flag};

/// Direction words put before a calendar name: `last`, `next`, `this`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    None,
    Last,
    Next,
    This,
}

/// The quantity of a duration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Amount {
    /// A known number (may be fractional: `1.5`, `half`).
    N(f64),
    /// Unspecified (`several years`, `weeks`).
    X,
}

/// The three TimeML reference points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Present,
    Past,
    Future,
}

/// What a matched expression says, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Spec {
    /// Explicit calendar parts; missing ones come from the reference.
    Cal {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        cue: Cue,
    },
    /// A weekday, with its cue and an optional week shift (`Wednesday next
    /// week` is `week: Some(1)`).
    Weekday {
        day: u8,
        cue: Cue,
        week: Option<i64>,
    },
    /// A decade, as its first three digits (`199` = the 1990s); `None` digits
    /// for "the nineties" style without century are resolved from the reference.
    Decade(i32),
    /// A decade given by two digits (`the '90s`), century from the reference.
    ShortDecade(i32),
    /// A century by its first two digits (`19` = the 1900s).
    Century(i32),
    Season {
        season: SeasonName,
        year: Option<i32>,
        cue: Cue,
    },
    /// A quarter, 1–4; 0 means "the quarter" (the current reporting one),
    /// 5 "the latest quarter", 6 "the latest period" (the reporting
    /// quarter, and nothing without one).
    Quarter {
        q: u32,
        year: Option<i32>,
        cue: Cue,
    },
    Half {
        h: u32,
        year: Option<i32>,
        cue: Cue,
    },
    /// Relative to the reference: the unit containing the reference shifted
    /// by `n` (`last week` = Week, -1; `in two days` = Day, +2).
    Rel {
        unit: Unit,
        n: i64,
    },
    /// Relative to the narrative time: the last suitable time mentioned.
    Ana {
        unit: Unit,
        n: i64,
        /// `the following year`: the result is the whole unit, not the
        /// anchor's granularity shifted (`two years later` keeps a day).
        coarse: bool,
    },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(RefKind),
    /// A duration; `parts` holds one amount per unit (`P1DT12H` has two).
    Dur {
        amount: Amount,
        unit: Unit,
    },
    /// A set: every `unit` (or every given weekday / part of day).
    Set {
        unit: Unit,
        n: u32,
        weekday: Option<u8>,
        pod: Option<Pod>,
        quant: Option<&'static str>,
        freq: Option<u32>,
    },
    /// A clock time on a day given by `day` (the reference day if `None`).
    Time {
        hour: u32,
        minute: Option<u32>,
        zone: Option<i16>,
        day: Option<Box<Spec>>,
    },
    /// A part of a day.
    PartOfDay {
        pod: Pod,
        day: Option<Box<Spec>>,
    },
    /// A holiday, with the day offset from it (`Christmas Eve` = -1).
    Holiday {
        holiday: Holiday,
        year: Option<i32>,
        offset: i64,
        cue: Cue,
    },
    /// New Year (`the New Year`, `New Year's Day`), with day offset.
    NewYear {
        year: Option<i32>,
        offset: i64,
    },
    /// A numeric date whose day/month order is ambiguous: both readings.
    Ambiguous {
        year: i32,
        a: u32,
        b: u32,
    },
    /// The anchored year's end (`year-end`).
    YearEnd {
        /// `year-end`: the last day; `year end`, `year's end`: the end of
        /// the year (the year with `mod="END"`), as the corpora mark them.
        day: bool,
    },
    /// `this year's third quarter` (`q` 1–4), `last year's quarter` (`q` 0:
    /// the reporting quarter) in the reference's year shifted by `n`.
    QuarterOfRelYear {
        q: u32,
        n: i64,
    },
    /// `the weekend`: the last one before the reference, or the coming one
    /// in a future clause.
    Weekend,
    /// `each July`, `every May`: a set of one calendar month.
    MonthSet {
        month: u32,
        quant: &'static str,
    },
    /// `the previous Friday` (`n` -1), `the following Monday` (`n` 1): the
    /// weekday before or after the narrative day; without one, the
    /// reference's last or next such weekday.
    AnaWeekday {
        day: u8,
        n: i64,
    },
    /// `the week of March 6`: the week containing a day.
    WeekOf(Box<Spec>),
    /// `the quarter a year ago`, `the first half a year earlier`: a
    /// quarter or half moved back `n` years.
    YearShift {
        n: i64,
        of: Box<Spec>,
    },
    /// `the day before yesterday` (`n` -1), `the day after Christmas` (`n`
    /// 1): a day counted from another day.
    DayShift {
        n: i64,
        day: Box<Spec>,
    },
    /// `the quarter ended Sept. 30`: the quarter containing that date.
    QuarterEnding {
        month: u32,
        day: u32,
        year: Option<i32>,
    },
    /// `the 1988 quarter`, `the 1988 period`: the reporting period (the
    /// last quarter mentioned) in another year.
    PeriodOfYear {
        year: i32,
    },
    /// A month of the reference's year shifted by `n` (`June last year`).
    MonthOfRelYear {
        month: u32,
        n: i64,
    },
    /// A year before the anchor, at the anchor's reporting granularity
    /// (`year-earlier`, `year-ago`, `a year ago` in quarterly reports).
    YearAgo {
        n: i64,
        ago: bool,
    },
}

impl Spec {
    /// A bare year (`in 2019`).
    fn year(y: i32) -> Spec {
        Spec::Cal {
            year: Some(y),
            month: None,
            day: None,
            cue: Cue::None,
        }
    }
}

/// TimeML `mod` values the grammar can attach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ModKind {
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl ModKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ModKind::LessThan => "LESS_THAN",
            ModKind::MoreThan => "MORE_THAN",
            ModKind::EqualOrLess => "EQUAL_OR_LESS",
            ModKind::EqualOrMore => "EQUAL_OR_MORE",
            ModKind::Start => "START",
            ModKind::Mid => "MID",
            ModKind::End => "END",
            ModKind::Approx => "APPROX",
        }
    }
}

/// One match: tokens `[start, end)`, what they say, and a `mod`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
    pub modifier: Option<ModKind>,
    /// A second expression split off a range (`Jan 6-19`: the `19`).
    pub tail: Option<(usize, usize, Spec)>,
}

/// The grammar over one text's tokens.
pub(crate) struct Grammar<'a> {
    pub toks: &'a [Tok],
    pub text: &'a str,
}

type R = Option<(usize, Spec)>;

/// Replaces `best` with `cand` when `cand` ends later (or `best` is none).
#[inline]
fn keep_longer(best: &mut Option<Match>, cand: Option<Match>) {
    if let Some(c) = cand
        && best.as_ref().is_none_or(|b| c.end > b.end)
    {
        *best = Some(c);
    }
}

/// Words that may follow a bare day ordinal (`on the 11th when`, `the
/// 11th he said`); any other word after it makes the ordinal a noun's
/// (`the 25th anniversary`).
const ORDINAL_DAY_FOLLOWERS: &[&str] = &[
    "but", "when", "while", "as", "if", "because", "so", "is", "was", "were", "would", "he", "she",
    "it", "they", "we", "i", "you", "there", "with",
];

impl<'a> Grammar<'a> {
    #[inline]
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    #[inline]
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map(|t| t.lex).unwrap_or_default()
    }
    #[inline]
    fn w(&self, i: usize, w: W) -> bool {
        self.lex(i) == Lex::Word(w)
    }
    #[inline]
    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }
    /// Token `i` touches token `i - 1` (no space between).
    #[inline]
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.flags & flag::SPACE == 0)
    }
    #[inline]
    fn dash(&self, i: usize) -> bool {
        self.tok(i).is_some_and(dash)
    }
    fn lower_is(&self, i: usize, s: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case(s))
    }
    /// The first byte of a token, ASCII lower-cased.
    #[inline]
    fn first_lower(&self, t: &Tok) -> u8 {
        self.text
            .as_bytes()
            .get(t.start)
            .map_or(0, u8::to_ascii_lowercase)
    }
    fn cap(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.has(flag::CAP))
    }
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Word)
    }
    /// An apostrophe (straight or curly).
    fn apos(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '\'' | '\u{2019}' | '`'))
    }

    /// A cardinal number at `i`: digits (not grouped unless allowed) or
    /// number words (`twenty-five`, `a hundred`). Returns (end, value).
    fn cardinal(&self, i: usize) -> Option<(usize, f64)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if t.has(flag::DECIMAL) {
                    let v: f64 = self.text[t.start..t.end].parse().ok()?;
                    return Some((i + 1, v));
                }
                Some((i + 1, f64::from(t.num)))
            }
            Kind::Word => match t.lex {
                Lex::Num(n) => {
                    let mut v = u32::from(n);
                    let mut j = i + 1;
                    // twenty-five, twenty five
                    if (20..100).contains(&n) && n % 10 == 0 {
                        let k = if self.dash(j) && self.glued(j) {
                            j + 1
                        } else {
                            j
                        };
                        if let Lex::Num(u) = self.lex(k)
                            && (1..10).contains(&u)
                        {
                            v += u32::from(u);
                            j = k + 1;
                        }
                    }
                    // two hundred, two thousand
                    if let Lex::Num(m) = self.lex(j)
                        && (m == 100 || m == 1000)
                        && v < 100
                    {
                        v *= u32::from(m);
                        j += 1;
                    }
                    Some((j, f64::from(v)))
                }
                Lex::Word(W::A) | Lex::Word(W::An) => {
                    if let Lex::Num(m) = self.lex(i + 1)
                        && (m == 100 || m == 1000)
                    {
                        return Some((i + 2, f64::from(m)));
                    }
                    None
                }
                Lex::Word(W::Half) => Some((i + 1, 0.5)),
                Lex::Word(W::Dozen) => Some((i + 1, 12.0)),
                _ => None,
            },
            Kind::Punct => None,
        }
    }

    /// An ordinal: `third`, `3rd`, `second`.
    /// An ordinal century at `i` (`11th century`, `twelfth century`): the
    /// end of the expression and its century.
    fn ordinal_century(&self, i: usize) -> Option<(usize, Spec)> {
        let (e, n) = self.ordinal(i)?;
        let singular_century = matches!(
            self.lex(e),
            Lex::Unit {
                unit: Unit::Century,
                plural: false
            }
        );
        (singular_century && (1..=30).contains(&n)).then(|| (e + 1, Spec::Century(n as i32 - 1)))
    }

    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.tok(i)?;
        match t.lex {
            Lex::Ordinal(n) => return Some((i + 1, u32::from(n))),
            Lex::Unit {
                unit: Unit::Second,
                plural: false,
            } => return Some((i + 1, 2)),
            _ => {}
        }
        if t.kind == Kind::Num && t.len <= 2 && !t.has(flag::GROUPED) {
            let s = self.tok(i + 1)?;
            if self.glued(i + 1)
                && s.kind == Kind::Word
                && one_of_ci(&self.text[s.start..s.end], &["st", "nd", "rd", "th"])
            {
                return Some((i + 2, t.num));
            }
        }
        None
    }

    /// A day of the month: `11`, `11th`, `the 11th` is handled by callers.
    fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        if let Some((e, n)) = self.ordinal(i)
            && (1..=31).contains(&n)
            && self.tok(i).is_some_and(|t| t.kind == Kind::Num)
        {
            return Some((e, n));
        }
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.len <= 2 && !t.has(flag::GROUPED) && (1..=31).contains(&t.num) {
            // Not a clock time or a ratio: `11:30`, `11/12` (but `April 25:`
            // ending a phrase is a day).
            if self.glued(i + 1)
                && (self.punct(i + 1, ':') || self.punct(i + 1, '/'))
                && self.glued(i + 2)
                && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num)
            {
                return None;
            }
            // Not a quantity with a glued letter suffix other than ordinals.
            if self.glued(i + 1) && self.is_word(i + 1) {
                return None;
            }
            return Some((i + 1, t.num));
        }
        None
    }

    /// A four-digit year token (`1998`), or an apostrophe year (`'98`).
    /// An optional comma and a year after a date ending at `e` (`Jan. 11,
    /// 2022`, `Christmas 1998`): where the date then ends, and the year.
    fn comma_year(&self, e: usize) -> (usize, Option<i32>) {
        let k = if self.punct(e, ',') { e + 1 } else { e };
        match self.year_num(k) {
            Some((end, y)) => (end, Some(y)),
            None => (e, None),
        }
    }

    fn year_num(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num
            && t.len == 4
            && !t.has(flag::GROUPED)
            && (1000..=2199).contains(&t.num)
        {
            if self.glued(i + 1) && self.is_word(i + 1) && !self.lower_is(i + 1, "s") {
                return None;
            }
            return Some((i + 1, t.num as i32));
        }
        self.spelled_year(i)
    }

    /// A year in words, as broadcast transcripts write it: `nineteen
    /// ninety-six`, `nineteen seventy-nine`, `eighteen twelve`, `twenty
    /// twenty-two`: a century word (18–20) then a two-digit tail (10–99).
    fn spelled_year(&self, i: usize) -> Option<(usize, i32)> {
        let Lex::Num(c) = self.lex(i) else {
            return None;
        };
        if !(18..=20).contains(&c) || self.dash(i + 1) {
            return None;
        }
        let Lex::Num(tens) = self.lex(i + 1) else {
            return None;
        };
        let (end, tail) = if (10..20).contains(&tens) {
            (i + 2, tens)
        } else if (20..100).contains(&tens) && tens % 10 == 0 {
            let k = if self.dash(i + 2) && self.glued(i + 2) {
                i + 3
            } else {
                i + 2
            };
            match self.lex(k) {
                Lex::Num(u) if (1..10).contains(&u) => (k + 1, tens + u),
                _ => (i + 2, tens),
            }
        } else {
            return None;
        };
        // `nineteen twenty-year-olds`: not a year.
        if self.dash(end) && self.glued(end) {
            return None;
        }
        Some((end, i32::from(c) * 100 + i32::from(tail)))
    }

    /// A month name at `i` (with an optional abbreviation dot). Returns (end, month).
    fn month(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.tok(i)?;
        if let Lex::Month { month, abbr } = t.lex {
            if !t.has(flag::CAP) {
                return None;
            }
            let mut e = i + 1;
            if abbr && self.punct(e, '.') && self.glued(e) {
                e += 1;
            } else if abbr && t.len == 3 && month == 3 {
                // "Mar" without a dot is too often a name.
                return None;
            }
            return Some((e, u32::from(month)));
        }
        None
    }

    /// A weekday name (with optional abbreviation dot).
    fn weekday(&self, i: usize) -> Option<(usize, u8)> {
        let t = self.tok(i)?;
        if let Lex::Weekday { day, abbr } = t.lex {
            if !t.has(flag::CAP) {
                return None;
            }
            let mut e = i + 1;
            if abbr {
                if self.punct(e, '.') && self.glued(e) {
                    e += 1;
                } else {
                    return None;
                }
            }
            return Some((e, day));
        }
        None
    }

    fn cue(&self, i: usize) -> Option<Cue> {
        match self.lex(i) {
            Lex::Word(W::Last) | Lex::Word(W::Past) | Lex::Word(W::Previous) => Some(Cue::Last),
            Lex::Word(W::Next) | Lex::Word(W::Coming) | Lex::Word(W::Upcoming) => Some(Cue::Next),
            Lex::Word(W::This) => Some(Cue::This),
            _ => None,
        }
    }

    /// Tries every pattern at token `i`; the longest match wins.
    pub(crate) fn match_at(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        if !self.opener(i, t) {
            return None;
        }
        // `will one day be`, `hopes to one day run`: between a modal (or
        // `to`) and its verb, `one day` is an unspecified future day, not a
        // duration (FUTURE_REF, as "someday").
        if i > 0
            && self.lex(i + 1)
                == (Lex::Unit {
                    unit: Unit::Day,
                    plural: false,
                })
            && self.lower_is(i, "one")
            && (matches!(
                self.lex(i - 1),
                Lex::Word(W::Will | W::Would | W::Shall | W::To)
            ) || ["may", "might", "could", "should", "can"]
                .iter()
                .any(|m| self.lower_is(i - 1, m)))
            && self.is_word(i + 2)
            && matches!(
                self.lex(i + 2),
                Lex::None | Lex::Word(W::Be | W::Is | W::Have | W::Has | W::Aux)
            )
        {
            return self.simple(i, Some((i + 2, Spec::Ref(RefKind::Future))));
        }
        let mut best = self.match_core(i);
        // `ABC's "This Week"`, `VOA Today`, `High Noon`: a temporal word
        // that running text writes in lower case, capitalised inside a
        // name or title, is part of that name.
        if best.as_ref().is_some_and(|m| self.title_case_name(m)) {
            return None;
        }
        // `52 years old`: an age, not a duration the text talks about (as
        // `a 58-year-old engineer`).
        if let Some(m) = best.as_ref()
            && matches!(m.spec, Spec::Dur { .. })
            && m.tail.is_none()
            && self.lower_is(m.end, "old")
        {
            return None;
        }
        // `a minute and a half`, `two hours and a half`.
        if let Some(best) = best.as_mut()
            && let Spec::Dur {
                amount: Amount::N(v),
                unit,
            } = best.spec
            && best.tail.is_none()
            && unit <= Unit::Year
            && self.w(best.end, W::And)
            && self.w(best.end + 1, W::A)
            && self.w(best.end + 2, W::Half)
        {
            best.spec = Spec::Dur {
                amount: Amount::N(v + 0.5),
                unit,
            };
            best.end += 3;
        }
        // `a week or so`, `the next year or so`: the hedge after a unit is
        // part of the extent and makes the value approximate (mod APPROX,
        // as the corpora mark it).
        if let Some(m) = best.as_mut()
            && m.tail.is_none()
            && m.end >= 1
            && (self.w(m.end, W::Or) || self.w(m.end - 1, W::So))
        {
            let unit_at = |k: usize| matches!(self.lex(k), Lex::Unit { .. });
            let hedge_at = |k: usize| self.w(k, W::Or) && self.w(k + 1, W::So);
            let inside = m.end >= 3 && hedge_at(m.end - 2) && unit_at(m.end - 3);
            let after = unit_at(m.end - 1) && hedge_at(m.end);
            if after {
                m.end += 2;
            }
            if (inside || after) && m.modifier.is_none() {
                m.modifier = Some(ModKind::Approx);
            }
        }
        // `Easter week`, `Christmas week`: the week containing the holiday.
        if let Some(m) = best.as_mut()
            && matches!(m.spec, Spec::Holiday { offset: 0, .. })
            && m.tail.is_none()
            && self.lex(m.end)
                == (Lex::Unit {
                    unit: Unit::Week,
                    plural: false,
                })
        {
            let day = std::mem::replace(&mut m.spec, Spec::Weekend);
            m.spec = Spec::WeekOf(Box::new(day));
            m.end += 1;
        }
        // `the quarter a year ago`, `the first half a year earlier`: the
        // period a year back, one expression.
        if let Some(m) = best.as_mut()
            && m.tail.is_none()
            && matches!(m.spec, Spec::Quarter { .. } | Spec::Half { .. })
            && matches!(self.lex(m.end), Lex::Word(W::A) | Lex::Num(1))
            && self.lex(m.end + 1)
                == (Lex::Unit {
                    unit: Unit::Year,
                    plural: false,
                })
            && (self.w(m.end + 2, W::Earlier) || self.lower_is(m.end + 2, "ago"))
        {
            let of = std::mem::replace(&mut m.spec, Spec::Weekend);
            m.spec = Spec::YearShift {
                n: 1,
                of: Box::new(of),
            };
            m.end += 3;
        }
        // `the day before yesterday`, `the day after Christmas`: one day
        // from a named day, one expression (as the TIMEX3 guidelines mark
        // `the day before yesterday`).
        if let Some(m) = self.day_shift(i)
            && best.as_ref().is_none_or(|b| m.end > b.end)
        {
            return Some(m);
        }
        // `the week of March 6`: the week containing the day.
        if self.w(i, W::The)
            && self.lex(i + 1)
                == (Lex::Unit {
                    unit: Unit::Week,
                    plural: false,
                })
            && self.w(i + 2, W::Of)
            && let Some(m) = self.match_core(i + 3)
            && m.tail.is_none()
            && m.modifier.is_none()
            && best.as_ref().is_none_or(|b| m.end > b.end)
            && matches!(m.spec, Spec::Cal { day: Some(_), .. })
        {
            return Some(Match {
                start: i,
                end: m.end,
                spec: Spec::WeekOf(Box::new(m.spec)),
                modifier: None,
                tail: None,
            });
        }
        best
    }

    /// `[the] day before|after DAY` at `i`, DAY a named day (`yesterday`,
    /// `Tuesday`, `last Tuesday`, `March 6`, `Christmas`).
    fn day_shift(&self, i: usize) -> Option<Match> {
        let d = if self.w(i, W::The) { i + 1 } else { i };
        if self.lex(d)
            != (Lex::Unit {
                unit: Unit::Day,
                plural: false,
            })
        {
            return None;
        }
        let n = match self.lex(d + 1) {
            Lex::Word(W::Before) => -1,
            Lex::Word(W::After) => 1,
            _ => return None,
        };
        let m = self.match_core(d + 2)?;
        let day_level = match &m.spec {
            Spec::Rel {
                unit: Unit::Day, ..
            }
            | Spec::Weekday { .. }
            | Spec::AnaWeekday { .. }
            | Spec::Holiday { .. }
            | Spec::NewYear { .. } => true,
            Spec::Cal { day, .. } => day.is_some(),
            _ => false,
        };
        (day_level && m.tail.is_none() && m.modifier.is_none()).then(|| Match {
            start: i,
            end: m.end,
            spec: Spec::DayShift {
                n,
                day: Box::new(m.spec),
            },
            modifier: None,
            tail: None,
        })
    }

    /// Whether a match is a temporal phrase written as part of a name or
    /// title: a unit or part of the day capitalised after a capitalised
    /// `this`, `last`, `next` (`This Week`, `Next Year`), or a lone capitalised `Today`, `Noon`,
    /// `Tomorrow` right after another capitalised word (`VOA Today`, `High
    /// Noon`). Running text writes these words in lower case; text set all
    /// in capitals (a headline) is not read this way.
    fn title_case_name(&self, m: &Match) -> bool {
        let lower_word = |k: usize| {
            matches!(
                self.lex(k),
                Lex::Unit { .. }
                    | Lex::Pod(_)
                    | Lex::Word(W::Today | W::Tonight | W::Tomorrow | W::Yesterday)
            )
        };
        let title = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.has(flag::CAP) && !t.has(flag::ALLCAPS))
        };
        if m.tail.is_some() {
            return false;
        }
        if m.end > m.start + 1 {
            return self.cue(m.start).is_some()
                && (m.start..m.end).all(title)
                && (m.start + 1..m.end).any(lower_word);
        }
        let k = m.start;
        k > 0
            && lower_word(k)
            && title(k)
            && self.tok(k).is_some_and(|t| t.flags & flag::NEWLINE == 0)
            && self.is_word(k - 1)
            && self.cap(k - 1)
            && !matches!(self.lex(k - 1), Lex::Month { .. } | Lex::Weekday { .. })
    }

    /// [`Grammar::match_at`] without the extensions that wrap a match.
    #[inline(always)]
    fn match_core(&self, i: usize) -> Option<Match> {
        // Modifiers that come first: `about`, `more than`, `early`, ...
        let (core_start, pre_mod) = self.pre_modifier(i);
        let core = self.core(core_start).or_else(|| {
            // `the end of the month`: "the UNIT" after a position modifier
            // is the reference's unit.
            if matches!(pre_mod, Some(ModKind::Start | ModKind::End | ModKind::Mid))
                && core_start != i
                && self.w(core_start, W::The)
                && let Lex::Unit {
                    unit,
                    plural: false,
                } = self.lex(core_start + 1)
                && unit >= Unit::Week
            {
                return self.simple(core_start, Some((core_start + 2, Spec::Rel { unit, n: 0 })));
            }
            None
        });
        let mut best = core?;
        if core_start != i {
            // A modifier without a core of a fitting kind is not taken.
            let fits = match pre_mod {
                Some(ModKind::Start) | Some(ModKind::End) | Some(ModKind::Mid) => matches!(
                    best.spec,
                    Spec::Cal { day: None, .. }
                        | Spec::Rel { .. }
                        | Spec::Decade(_)
                        | Spec::ShortDecade(_)
                        | Spec::Century(_)
                        | Spec::Season { .. }
                        | Spec::Quarter { .. }
                        | Spec::Half { .. }
                        | Spec::Weekday { .. }
                        | Spec::AnaWeekday { .. }
                        | Spec::PartOfDay { .. }
                ),
                // `about`, `nearly`, `more than` bound amounts and clock
                // times, not weekdays, sets or the REF words (`almost
                // daily`, `around Wednesday`: the corpora leave them out).
                Some(_) => !matches!(
                    best.spec,
                    Spec::Set { .. }
                        | Spec::Weekday { .. }
                        | Spec::AnaWeekday { .. }
                        | Spec::Ref(_)
                ),
                None => false,
            };
            if fits {
                best.start = i;
                if best.modifier.is_none() {
                    best.modifier = pre_mod;
                }
            }
        }
        Some(best)
    }

    /// Cheap filter run at every token: whether an expression can start
    /// here. Numbers, apostrophes and temporal words can; function words
    /// (`the`, `a`, `in`, `about`) only when a lexicon word or a number
    /// follows.
    #[inline]
    fn opener(&self, i: usize, t: &Tok) -> bool {
        match t.kind {
            Kind::Num => true,
            Kind::Punct => self.apos(i),
            Kind::Word => match t.lex {
                Lex::None => false,
                Lex::Word(w) => match w {
                    W::The
                    | W::A
                    | W::An
                    | W::In
                    | W::At
                    | W::About
                    | W::Around
                    | W::Roughly
                    | W::Approximately
                    | W::Some
                    | W::Nearly
                    | W::Almost
                    | W::More
                    | W::Less
                    | W::Up
                    | W::No
                    | W::Several
                    | W::Few
                    | W::Many
                    | W::Couple
                    | W::Half
                    | W::Dozen
                    | W::Within
                    | W::Per
                    | W::That
                    | W::This
                    | W::These
                    | W::Once
                    | W::Twice
                    | W::Every
                    | W::Each => self.tok(i + 1).is_some_and(|n| {
                        n.kind == Kind::Num
                            || n.lex != Lex::None
                            || self.apos(i + 1)
                            // `the short term`, `the long term`
                            || (w == W::The
                                && matches!(n.len, 4 | 5)
                                && matches!(self.first_lower(n), b's' | b'l')
                                && (self.lower_is(i + 1, "short")
                                    || self.lower_is(i + 1, "long")))
                            // `the nineties`
                            || (w == W::The
                                && n.kind == Kind::Word
                                && (7..=9).contains(&n.len)
                                && self.decade_word(i + 1).is_some())
                            // `an additional year`
                            || (matches!(w, W::A | W::An)
                                && matches!(self.lex(i + 2), Lex::Unit { .. })
                                && (self.lower_is(i + 1, "additional")
                                    || self.lower_is(i + 1, "extra")
                                    || self.lower_is(i + 1, "further")))
                    }),
                    W::Today
                    | W::Tonight
                    | W::Tomorrow
                    | W::Yesterday
                    | W::Now
                    | W::Nowadays
                    | W::Currently
                    | W::Current
                    | W::Recently
                    | W::Lately
                    | W::Soon
                    | W::Recent
                    | W::Daily
                    | W::Weekly
                    | W::Monthly
                    | W::Annually
                    | W::Yearly
                    | W::Hourly
                    | W::Nightly
                    | W::Fiscal
                    | W::Last
                    | W::Next
                    | W::Past
                    | W::Coming
                    | W::Previous
                    | W::Earlier
                    | W::Later
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::New => true,
                    _ => false,
                },
                // Every holiday reading wants the name capitalised
                // (`holiday_expr`): `election`, `labor`, `memorial` in
                // running text open nothing.
                Lex::Holiday(_) => t.has(flag::CAP),
                _ => true,
            },
        }
    }

    /// Reads modifiers at `i`; returns where the core starts and the mod.
    fn pre_modifier(&self, i: usize) -> (usize, Option<ModKind>) {
        use ModKind::*;
        match self.lex(i) {
            Lex::Word(W::About)
            | Lex::Word(W::Around)
            | Lex::Word(W::Roughly)
            | Lex::Word(W::Approximately)
            | Lex::Word(W::Some) => (i + 1, Some(Approx)),
            Lex::Word(W::Nearly) | Lex::Word(W::Almost) => (i + 1, Some(EqualOrLess)),
            Lex::Word(W::More) if self.w(i + 1, W::Than) => (i + 2, Some(MoreThan)),
            Lex::Word(W::Less) if self.w(i + 1, W::Than) => (i + 2, Some(LessThan)),
            Lex::Word(W::At) if self.w(i + 1, W::Least) => (i + 2, Some(EqualOrMore)),
            Lex::Word(W::At) if self.w(i + 1, W::Most) => (i + 2, Some(EqualOrLess)),
            Lex::Word(W::Up) if self.w(i + 1, W::To) => (i + 2, Some(EqualOrLess)),
            Lex::Word(W::Early) => (i + 1, Some(Start)),
            Lex::Word(W::Late) => (i + 1, Some(End)),
            Lex::Word(W::Mid) => {
                if self.dash(i + 1) {
                    (i + 2, Some(Mid))
                } else {
                    (i + 1, Some(Mid))
                }
            }
            Lex::Word(W::The) if matches!(self.lex(i + 1), Lex::Word(W::Early | W::Late)) => {
                let m = if self.w(i + 1, W::Early) { Start } else { End };
                (i + 2, Some(m))
            }
            Lex::Word(W::No) if self.w(i + 1, W::More) && self.w(i + 2, W::Than) => {
                (i + 3, Some(EqualOrLess))
            }
            Lex::Word(W::The)
                if matches!(
                    self.lex(i + 1),
                    Lex::Word(W::End)
                        | Lex::Word(W::Beginning)
                        | Lex::Word(W::Start)
                        | Lex::Word(W::Middle)
                ) && self.w(i + 2, W::Of) =>
            {
                let m = match self.lex(i + 1) {
                    Lex::Word(W::End) => End,
                    Lex::Word(W::Middle) => Mid,
                    _ => Start,
                };
                (i + 3, Some(m))
            }
            _ => (i, None),
        }
    }

    /// The core patterns, longest match first.
    fn core(&self, i: usize) -> Option<Match> {
        // In this order; a later candidate wins only when strictly longer.
        let mut best = self.date_like(i);
        keep_longer(&mut best, self.relative(i));
        keep_longer(&mut best, self.duration_or_set(i));
        keep_longer(&mut best, self.time_like(i));
        best
    }

    fn simple(&self, i: usize, r: R) -> Option<Match> {
        r.map(|(end, spec)| Match {
            start: i,
            end,
            spec,
            modifier: None,
            tail: None,
        })
    }

    // ----- calendar dates -------------------------------------------------

    fn date_like(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        // `an 11th century temple`: a century without the article.
        if matches!(t.lex, Lex::Ordinal(_) | Lex::None)
            && let Some(end_spec) = self.ordinal_century(i)
        {
            return self.simple(i, Some(end_spec));
        }
        match t.lex {
            Lex::Month { .. } => self.month_first(i),
            Lex::Weekday { .. } => self.weekday_expr(i, Cue::None),
            Lex::Season(_) => self.season_expr(i, Cue::None, None),
            Lex::Holiday(_) => self.holiday_expr(i, Cue::None),
            Lex::Word(W::The) => self.the_expr(i),
            Lex::Word(W::Fiscal) => {
                // fiscal first quarter / fiscal-first quarter / fiscal
                // second-quarter
                let k = if self.dash(i + 1) && self.glued(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                if let Some(mut m) = self.quarter_half(k, k, Cue::None) {
                    m.start = i;
                    return Some(m);
                }
                let j = if self.lower_is(i + 1, "year") {
                    i + 2
                } else {
                    i + 1
                };
                let (e, y) = self.year_num(j)?;
                self.simple(i, Some((e, Spec::year(y))))
            }
            Lex::Word(W::New) => self.new_year(i, i),
            Lex::Word(W::Last) | Lex::Word(W::Next) | Lex::Word(W::This) | Lex::Word(W::Past) => {
                let cue = self.cue(i)?;
                let j = i + 1;
                match self.lex(j) {
                    Lex::Month { .. } => {
                        let (e, m) = self.month(j)?;
                        if let Some((e2, d)) = self.day_num(e) {
                            return self.simple(
                                i,
                                Some((
                                    e2,
                                    Spec::Cal {
                                        year: None,
                                        month: Some(m),
                                        day: Some(d),
                                        cue,
                                    },
                                )),
                            );
                        }
                        self.simple(
                            i,
                            Some((
                                e,
                                Spec::Cal {
                                    year: None,
                                    month: Some(m),
                                    day: None,
                                    cue,
                                },
                            )),
                        )
                    }
                    Lex::Weekday { .. } => {
                        let mut m = self.weekday_expr(j, cue)?;
                        m.start = i;
                        Some(m)
                    }
                    Lex::Season(_) => {
                        let mut m = self.season_expr(j, cue, Some(i))?;
                        m.start = i;
                        Some(m)
                    }
                    Lex::Holiday(_) => {
                        let mut m = self.holiday_expr(j, cue)?;
                        m.start = i;
                        Some(m)
                    }
                    _ => None,
                }
            }
            Lex::Ordinal(_) | Lex::Unit { .. } => self.quarter_half(i, i, Cue::None),
            Lex::None if t.kind == Kind::Num => self.numeric_date(i),
            Lex::Num(_) => {
                let (e, y) = self.spelled_year(i)?;
                // `nineteen ninety-six people`: a count.
                if matches!(self.lex(e), Lex::Unit { .. }) {
                    return None;
                }
                self.simple(i, Some((e, Spec::year(y))))
            }
            // `the early nineties`: the decade word after a position
            // modifier (the pre-modifier reading took `the early`).
            Lex::None if self.after_the_position(i) && self.decade_word(i).is_some() => {
                let d = self.decade_word(i)?;
                self.simple(i, Some((i + 1, Spec::ShortDecade(d))))
            }
            Lex::None if self.apos(i) => {
                // '90s
                let n = self.tok(i + 1)?;
                if n.kind == Kind::Num
                    && n.len == 2
                    && self.glued(i + 1)
                    && self.lower_is(i + 2, "s")
                    && self.glued(i + 2)
                {
                    return self.simple(i, Some((i + 3, Spec::ShortDecade(n.num as i32))));
                }
                None
            }
            _ => None,
        }
    }

    /// Patterns opening with a month name.
    fn month_first(&self, i: usize) -> Option<Match> {
        let (e, m) = self.month(i)?;
        // Month Day[, Year] | Month Day-Day
        if let Some((e2, d)) = self.day_num(e) {
            let (end, mut year) = self.comma_year(e2);
            let mut tail = None;
            if year.is_none()
                && self.dash(e2)
                && self.glued(e2)
                && let Some((e3, d2)) = self.day_num(e2 + 1)
                && d2 > d
            {
                let (te, y2) = self.comma_year(e3);
                if y2.is_some() {
                    year = y2;
                }
                tail = Some((
                    e2 + 1,
                    te,
                    Spec::Cal {
                        year: y2,
                        month: Some(m),
                        day: Some(d2),
                        cue: Cue::None,
                    },
                ));
            }
            return Some(Match {
                start: i,
                end,
                spec: Spec::Cal {
                    year,
                    month: Some(m),
                    day: Some(d),
                    cue: Cue::None,
                },
                modifier: None,
                tail,
            });
        }
        // June last year / January this year
        if let Some(c) = self.cue(e)
            && matches!(
                self.lex(e + 1),
                Lex::Unit {
                    unit: Unit::Year,
                    plural: false
                }
            )
        {
            return self.simple(
                i,
                Some((
                    e + 2,
                    Spec::MonthOfRelYear {
                        month: m,
                        n: match c {
                            Cue::Last => -1,
                            Cue::Next => 1,
                            _ => 0,
                        },
                    },
                )),
            );
        }
        // Month [of] Year
        let mut k = e;
        if self.w(k, W::Of) || self.punct(k, ',') {
            k += 1;
        }
        if let Some((e2, y)) = self.year_num(k) {
            return self.simple(
                i,
                Some((
                    e2,
                    Spec::Cal {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                        cue: Cue::None,
                    },
                )),
            );
        }
        // A month alone: guard against `May` the modal, `March` the verb and
        // `August` the name.
        if !self.month_alone_ok(i, m) {
            return None;
        }
        self.simple(
            i,
            Some((
                e,
                Spec::Cal {
                    year: None,
                    month: Some(m),
                    day: None,
                    cue: Cue::None,
                },
            )),
        )
    }

    fn month_alone_ok(&self, i: usize, m: u32) -> bool {
        let prev = if i == 0 { Lex::None } else { self.lex(i - 1) };
        let prev_temporal = matches!(
            prev,
            Lex::Word(
                W::In
                    | W::Of
                    | W::Since
                    | W::Until
                    | W::Till
                    | W::By
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::During
                    | W::From
                    | W::To
                    | W::Through
                    | W::Between
                    | W::And
                    | W::Or
                    | W::Before
                    | W::After
                    | W::Last
                    | W::Next
                    | W::This
                    | W::Each
                    | W::Every
                    | W::For
            )
        ) || (i > 0 && self.dash(i - 1));
        let t = match self.tok(i) {
            Some(t) => t,
            None => return false,
        };
        if t.has(flag::ALLCAPS) && !prev_temporal {
            return false;
        }
        // A capitalised non-lexicon word right after: a name (`August Wilson`).
        if self.cap(i + 1) && self.lex(i + 1) == Lex::None && self.is_word(i + 1) {
            return false;
        }
        match m {
            5 | 3 => prev_temporal,
            8 => {
                prev_temporal
                    || !matches!(
                        self.tok(i.wrapping_sub(1)).map(|t| t.kind),
                        Some(Kind::Word)
                    )
            }
            _ => true,
        }
    }

    /// `Wednesday`, `Wednesday (Jan 19)` is two expressions (the caller
    /// sees the parenthesised date separately), `Wednesday next week`,
    /// `Wednesday, Jan. 19`.
    fn weekday_expr(&self, i: usize, cue: Cue) -> Option<Match> {
        let (e, d) = self.weekday(i)?;
        // Weekday, Month Day[, Year]
        let mut k = e;
        if self.punct(k, ',') {
            k += 1;
        }
        if let Some(m) = self.month_first(k)
            && let Spec::Cal {
                month: Some(_),
                day: Some(_),
                ..
            } = m.spec
        {
            return Some(Match { start: i, ..m });
        }
        // Weekday next/last/this week
        if let Some(c) = self.cue(e)
            && matches!(
                self.lex(e + 1),
                Lex::Unit {
                    unit: Unit::Week,
                    plural: false
                }
            )
        {
            let w = match c {
                Cue::Last => -1,
                Cue::Next => 1,
                _ => 0,
            };
            return self.simple(
                i,
                Some((
                    e + 2,
                    Spec::Weekday {
                        day: d,
                        cue,
                        week: Some(w),
                    },
                )),
            );
        }
        self.simple(
            i,
            Some((
                e,
                Spec::Weekday {
                    day: d,
                    cue,
                    week: None,
                },
            )),
        )
    }

    /// Seasons: `summer`, `the summer of 2019`, `summer 2019`, `last fall`.
    fn season_expr(&self, i: usize, cue: Cue, det: Option<usize>) -> Option<Match> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        let e = i + 1;
        let mut k = e;
        if self.w(k, W::Of) {
            k += 1;
        }
        if let Some((e2, y)) = self.year_num(k) {
            return self.simple(
                i,
                Some((
                    e2,
                    Spec::Season {
                        season: s,
                        year: Some(y),
                        cue,
                    },
                )),
            );
        }
        // Without a year a season needs a cue or a determiner before it
        // (`fall` is mostly the verb); `the fall of X` is an event.
        let prev_ok = det.is_some()
            || (i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::Word(
                        W::The
                            | W::This
                            | W::Last
                            | W::Next
                            | W::Early
                            | W::Late
                            | W::Each
                            | W::Every
                            | W::Since
                    )
                ));
        if !prev_ok || self.w(e, W::Of) {
            return None;
        }
        if s == SeasonName::Fall && i > 0 && self.w(i - 1, W::The) && cue == Cue::None {
            // "the fall" alone: a season only after a time preposition.
            let pp = if i >= 2 { self.lex(i - 2) } else { Lex::None };
            if !matches!(
                pp,
                Lex::Word(W::In | W::During | W::Since | W::Until | W::By | W::Over)
            ) {
                return None;
            }
        }
        self.simple(
            i,
            Some((
                e,
                Spec::Season {
                    season: s,
                    year: None,
                    cue,
                },
            )),
        )
    }

    fn holiday_expr(&self, i: usize, cue: Cue) -> Option<Match> {
        let Lex::Holiday(h) = self.lex(i) else {
            return None;
        };
        let t = self.tok(i)?;
        if !t.has(flag::CAP) {
            return None;
        }
        let mut e = i + 1;
        let mut offset = 0;
        match h {
            Holiday::Valentine => {
                // Valentine's Day
                if self.apos(e) && self.lower_is(e + 1, "s") {
                    e += 2;
                }
                if !self.lower_is(e, "day") {
                    return None;
                }
                e += 1;
            }
            // `Election Day`, `Labor Day`, `Memorial Day`, `Independence
            // Day`: the words alone are not the holiday.
            Holiday::Boxing
            | Holiday::Election
            | Holiday::Labor
            | Holiday::Memorial
            | Holiday::Independence => {
                if !self.lower_is(e, "day") || !self.cap(e) {
                    return None;
                }
                e += 1;
            }
            Holiday::Easter => {
                if self.lower_is(e, "sunday") {
                    e += 1;
                } else if self.lower_is(e, "monday") {
                    e += 1;
                    offset = 1;
                }
            }
            _ => {
                if self.lower_is(e, "day") {
                    e += 1;
                } else if self.lower_is(e, "eve") {
                    e += 1;
                    offset = -1;
                }
            }
        }
        let (e, year) = self.comma_year(e);
        self.simple(
            i,
            Some((
                e,
                Spec::Holiday {
                    holiday: h,
                    year,
                    offset,
                    cue,
                },
            )),
        )
    }

    /// `New Year`, `New Year's Day`, `New Year's Eve`, `the New Year`.
    fn new_year(&self, start: usize, i: usize) -> Option<Match> {
        if !self.cap(i) || !self.lower_is(i + 1, "year") || !self.cap(i + 1) {
            // Also accept "New Years"
            if !(self.cap(i) && self.lower_is(i + 1, "years")) {
                return None;
            }
        }
        let mut e = i + 2;
        if self.apos(e) && self.lower_is(e + 1, "s") && self.glued(e + 1) {
            e += 2;
        }
        let mut offset = 0;
        if self.lower_is(e, "day") {
            e += 1;
        } else if self.lower_is(e, "eve") {
            e += 1;
            offset = -1;
        }
        let (e, year) = self.comma_year(e);
        // "a new year" in lower case is not the holiday; require capitals,
        // checked above.
        self.simple(start, Some((e, Spec::NewYear { year, offset })))
    }

    /// Patterns opening with `the`.
    fn the_expr(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        match self.lex(j) {
            Lex::Word(W::New) => self.new_year(i, j),
            // the 1990s
            Lex::None if self.tok(j).is_some_and(|t| t.kind == Kind::Num) => {
                let t = self.tok(j)?;
                if t.len == 4 && t.num % 10 == 0 && self.lower_is(j + 1, "s") && self.glued(j + 1) {
                    return self.simple(i, Some((j + 2, Spec::Decade(t.num as i32 / 10))));
                }
                if let Some(end_spec) = self.ordinal_century(j) {
                    return self.simple(i, Some(end_spec));
                }
                // the 11th (of January)
                if let Some((e, d)) = self.ordinal(j)
                    && (1..=31).contains(&d)
                {
                    if self.w(e, W::Of)
                        && let Some((e2, m)) = self.month(e + 1)
                    {
                        let (end, year) = self.comma_year(e2);
                        return self.simple(
                            i,
                            Some((
                                end,
                                Spec::Cal {
                                    year,
                                    month: Some(m),
                                    day: Some(d),
                                    cue: Cue::None,
                                },
                            )),
                        );
                    }
                    // "the 11th" alone: a day of the reference month; not
                    // an ordinal of a noun (`the 25th anniversary`, `the
                    // 11th Circuit`).
                    let noun_next = self.lex(e) == Lex::None
                        && self.is_word(e)
                        && !self.tok(e).is_some_and(|t| {
                            self.text.get(t.start..t.end).is_some_and(|w| {
                                ORDINAL_DAY_FOLLOWERS
                                    .iter()
                                    .any(|f| w.eq_ignore_ascii_case(f))
                            })
                        });
                    if (!matches!(self.lex(e), Lex::Unit { .. } | Lex::Word(_)) && !noun_next)
                        || self.punct(e, ',')
                        || self.punct(e, '.')
                    {
                        return self.simple(
                            i,
                            Some((
                                e,
                                Spec::Cal {
                                    year: None,
                                    month: None,
                                    day: Some(d),
                                    cue: Cue::None,
                                },
                            )),
                        );
                    }
                }
                None
            }
            _ if self.apos(j) => {
                let n = self.tok(j + 1)?;
                if n.kind == Kind::Num
                    && n.len == 2
                    && self.lower_is(j + 2, "s")
                    && self.glued(j + 2)
                {
                    return self.simple(i, Some((j + 3, Spec::ShortDecade(n.num as i32))));
                }
                None
            }
            // the twentieth century, the 20th century
            _ => {
                if let Some((e, n)) = self.ordinal(j)
                    && matches!(
                        self.lex(e),
                        Lex::Unit {
                            unit: Unit::Century,
                            plural: false
                        }
                    )
                    && (1..=30).contains(&n)
                {
                    return self.simple(i, Some((e + 1, Spec::Century(n as i32 - 1))));
                }
                // the third quarter, the first half
                if let Some(m) = self.quarter_half(j, i, Cue::None) {
                    return Some(m);
                }
                // the nineties / eighties
                if let Some(d) = self.decade_word(j) {
                    return self.simple(i, Some((j + 1, Spec::ShortDecade(d))));
                }
                // the summer, the fall (of 2019)
                if let Lex::Season(_) = self.lex(j) {
                    let mut m = self.season_expr(j, Cue::None, Some(i))?;
                    m.start = i;
                    return Some(m);
                }
                None
            }
        }
    }

    /// Token `i` follows `the early`, `the late`, `the mid` or `the mid-`.
    fn after_the_position(&self, i: usize) -> bool {
        let k = if i > 0 && self.dash(i - 1) { i - 1 } else { i };
        k >= 2
            && matches!(self.lex(k - 1), Lex::Word(W::Early | W::Late | W::Mid))
            && self.w(k - 2, W::The)
    }

    fn decade_word(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let s = self.text.get(t.start..t.end)?;
        if !(7..=9).contains(&s.len())
            || !s
                .get(s.len() - 3..)
                .is_some_and(|e| e.eq_ignore_ascii_case("ies"))
        {
            return None;
        }
        const DECADES: [(&str, i32); 8] = [
            ("twenties", 20),
            ("thirties", 30),
            ("forties", 40),
            ("fifties", 50),
            ("sixties", 60),
            ("seventies", 70),
            ("eighties", 80),
            ("nineties", 90),
        ];
        DECADES
            .iter()
            .find(|(w, _)| s.eq_ignore_ascii_case(w))
            .map(|&(_, d)| d)
    }

    /// `third quarter [of 2022]`, `third-quarter`, `first half`, `Q3`,
    /// `the quarter`, `the latest quarter`; `start` is where the match begins.
    fn quarter_half(&self, j: usize, start: usize, cue: Cue) -> Option<Match> {
        let last_half = self.w(j, W::Last) && self.w(j + 1, W::Half);
        let (e, n) = match self.ordinal(j) {
            Some(x) => x,
            None if last_half => (j + 1, 2),
            None => {
                // the quarter / the latest quarter / the current quarter
                let k = if matches!(self.lex(j), Lex::Word(W::Latest | W::Current | W::Same))
                    || (self.w(j, W::Most) && self.w(j + 1, W::Recent))
                {
                    if self.w(j, W::Most) { j + 2 } else { j + 1 }
                } else {
                    j
                };
                if start < j
                    && matches!(
                        self.lex(k),
                        Lex::Unit {
                            unit: Unit::Quarter,
                            plural: false
                        }
                    )
                    && (self.lower_is(k + 1, "ended") || self.lower_is(k + 1, "ending"))
                    && let Some(m) = self.month_first(k + 2)
                    && let Spec::Cal {
                        month: Some(month),
                        day: Some(day),
                        year,
                        ..
                    } = m.spec
                {
                    return self.simple(
                        start,
                        Some((k + 1, Spec::QuarterEnding { month, day, year })),
                    );
                }
                // `the latest period`: the reporting period of a results
                // story (resolved only where one was mentioned).
                if start < j
                    && k != j
                    && !self.w(j, W::Same)
                    && !self.w(j, W::Current)
                    && self.lower_is(k, "period")
                    && !self.w(k + 1, W::Of)
                {
                    return self.simple(
                        start,
                        Some((
                            k + 1,
                            Spec::Quarter {
                                q: 6,
                                year: None,
                                cue,
                            },
                        )),
                    );
                }
                if start < j
                    && matches!(
                        self.lex(k),
                        Lex::Unit {
                            unit: Unit::Quarter,
                            plural: false
                        }
                    )
                {
                    let latest = k != j && !self.w(j, W::Same);
                    if self.w(j, W::Current) {
                        return self.simple(
                            start,
                            Some((
                                k + 1,
                                Spec::Rel {
                                    unit: Unit::Quarter,
                                    n: 0,
                                },
                            )),
                        );
                    }
                    return self.simple(
                        start,
                        Some((
                            k + 1,
                            Spec::Quarter {
                                q: if latest { 5 } else { 0 },
                                year: None,
                                cue,
                            },
                        )),
                    );
                }
                return None;
            }
        };
        let mut k = e;
        let mut start = start;
        if self.dash(k) && self.glued(k) {
            k += 1;
            // `the third-quarter loss`: the adjective alone is the
            // expression, as the corpora mark it.
            if start < j && self.w(start, W::The) {
                start = j;
            }
        }
        let half = match self.lex(k) {
            Lex::Unit {
                unit: Unit::Quarter,
                plural: false,
            } => false,
            Lex::Word(W::Half) => true,
            _ => return None,
        };
        if (half && !(1..=2).contains(&n)) || (!half && !(1..=4).contains(&n)) {
            return None;
        }
        let mut end = k + 1;
        let mut year = None;
        let mut c = cue;
        // of 2022 / of last year / of this year / of the year
        if self.w(end, W::Of) {
            if let Some((e2, y)) = self.year_num(end + 1) {
                year = Some(y);
                end = e2;
            } else if let Some(cc) = self.cue(end + 1)
                && matches!(
                    self.lex(end + 2),
                    Lex::Unit {
                        unit: Unit::Year,
                        plural: false
                    }
                )
            {
                c = cc;
                end += 3;
            } else if self.w(end + 1, W::The)
                && matches!(
                    self.lex(end + 2),
                    Lex::Unit {
                        unit: Unit::Year,
                        plural: false
                    }
                )
            {
                // `the first half of the year`: the year in view.
                end += 3;
            } else if self.w(end + 1, W::The) {
                // `the last half of the '80s`, `the first half of the
                // game`: a half or quarter of something other than a year
                // is no half or quarter of the reference's year (a decade
                // after it is tagged on its own). `the third quarter of
                // $226 million` stays a quarter.
                return None;
            }
        } else if let Some((e2, y)) = self.year_num(end) {
            year = Some(y);
            end = e2;
        }
        let spec = if half {
            Spec::Half { h: n, year, cue: c }
        } else {
            Spec::Quarter { q: n, year, cue: c }
        };
        self.simple(start, Some((end, spec)))
    }

    /// Numeric dates: `2022-01-11`, `01/11/2022`, `11.01.2022`, years,
    /// `1990s`, `Q3`.
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        // ISO 2022-01-11
        if t.len == 4
            && !t.has(flag::GROUPED)
            && self.dash(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(m) = self.tok(i + 2)
            && m.kind == Kind::Num
            && m.len == 2
            && self.dash(i + 3)
            && self.glued(i + 3)
            && self.glued(i + 4)
            && let Some(d) = self.tok(i + 4)
            && d.kind == Kind::Num
            && d.len == 2
        {
            return self.simple(
                i,
                Some((
                    i + 5,
                    Spec::Cal {
                        year: Some(t.num as i32),
                        month: Some(m.num),
                        day: Some(d.num),
                        cue: Cue::None,
                    },
                )),
            );
        }
        // a/b/yyyy or a.b.yyyy
        if t.len <= 2
            && !t.has(flag::GROUPED)
            && (self.punct(i + 1, '/') || self.punct(i + 1, '.'))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(b) = self.tok(i + 2)
            && b.kind == Kind::Num
            && b.len <= 2
            && self.tok(i + 3).map(|x| x.ch) == self.tok(i + 1).map(|x| x.ch)
            && self.glued(i + 3)
            && self.glued(i + 4)
            && let Some(y) = self.tok(i + 4)
            && y.kind == Kind::Num
            && (y.len == 4 || y.len == 2)
            && !y.has(flag::GROUPED)
        {
            let year = if y.len == 2 {
                if y.num < 50 {
                    2000 + y.num as i32
                } else {
                    1900 + y.num as i32
                }
            } else {
                y.num as i32
            };
            return self.simple(
                i,
                Some((
                    i + 5,
                    Spec::Ambiguous {
                        year,
                        a: t.num,
                        b: b.num,
                    },
                )),
            );
        }
        // 1990s
        if t.len == 4 && t.num % 10 == 0 && self.lower_is(i + 1, "s") && self.glued(i + 1) {
            return self.simple(i, Some((i + 2, Spec::Decade(t.num as i32 / 10))));
        }
        // 11 January [2022]
        if let Some((e, d)) = self.day_num(i)
            && let Some((e2, m)) = {
                let k = if self.w(e, W::Of) { e + 1 } else { e };
                self.month(k)
            }
        {
            let (end, year) = self.comma_year(e2);
            return self.simple(
                i,
                Some((
                    end,
                    Spec::Cal {
                        year,
                        month: Some(m),
                        day: Some(d),
                        cue: Cue::None,
                    },
                )),
            );
        }
        // A year on its own.
        if let Some((e, y)) = self.year_num(i)
            && self.year_alone_ok(i)
        {
            return self.simple(i, Some((e, Spec::year(y))));
        }
        None
    }

    /// A bare four-digit number is a year unless it reads as a quantity or an
    /// identifier.
    fn year_alone_ok(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if !(1000..=2199).contains(&t.num) {
            return false;
        }
        let prev = if i == 0 { None } else { self.tok(i - 1) };
        if let Some(p) = prev {
            if p.kind == Kind::Punct
                && matches!(
                    p.ch,
                    '$' | '#' | '\u{a3}' | '\u{20ac}' | '\u{a5}' | '+' | '/' | ':'
                )
            {
                return false;
            }
            if p.kind == Kind::Num {
                return false;
            }
            // `No. 1999`, `Nos. 2001`
            if p.is_punct('.')
                && i >= 2
                && self.tok(i - 2).is_some_and(|q| {
                    one_of_ci(
                        &self.text[q.start..q.end],
                        &["no", "nos", "vol", "art", "p", "pp"],
                    )
                })
            {
                return false;
            }
            // 555-1234: a number glued to another by a dash.
            if dash(p)
                && i >= 2
                && self.glued(i)
                && self.tok(i - 2).is_some_and(|q| {
                    q.kind == Kind::Num && !(q.len == 4 && (1000..=2199).contains(&q.num))
                })
            {
                return false;
            }
            if p.kind == Kind::Word
                && one_of_ci(
                    &self.text[p.start..p.end],
                    &[
                        "no",
                        "number",
                        "flight",
                        "route",
                        "page",
                        "room",
                        "highway",
                        "article",
                        "resolution",
                        "model",
                        "version",
                        "rule",
                        "section",
                        "bill",
                        "chapter",
                        "interstate",
                        "pages",
                        "squadron",
                    ],
                )
            {
                return false;
            }
        }
        let prev_temporal = prev.is_some_and(|p| {
            matches!(
                p.lex,
                Lex::Word(
                    W::In
                        | W::Since
                        | W::Of
                        | W::By
                        | W::From
                        | W::Until
                        | W::Till
                        | W::To
                        | W::Before
                        | W::After
                        | W::During
                        | W::Between
                        | W::Through
                        | W::Early
                        | W::Late
                        | W::Mid
                        | W::Fiscal
                        | W::For
                        | W::Around
                        | W::And
                        | W::Or
                        | W::At
                ) | Lex::Month { .. }
                    | Lex::Season(_)
            ) || dash(p)
        });
        if let Some(n) = self.tok(i + 1) {
            if n.kind == Kind::Punct && matches!(n.ch, '%') {
                return false;
            }
            if dash(n) && self.glued(i + 1) && self.tok(i + 2).is_some_and(|x| x.kind == Kind::Num)
            {
                // 1990-95 is a range of years: still a year.
                return true;
            }
            // A quantity: `2000 soldiers`, `1500 people`; but `the 1998
            // bombing`, `a 1996 law` are years.
            let determiner = prev.is_some_and(|p| {
                matches!(
                    p.lex,
                    Lex::Word(W::The | W::A | W::An | W::That | W::This | W::Its)
                ) || (p.kind == Kind::Word
                    && one_of_ci(
                        &self.text[p.start..p.end],
                        &["his", "her", "their", "our", "its", "unsuccessful", "s"],
                    ))
            });
            if !prev_temporal
                && n.kind == Kind::Word
                && n.lex == Lex::None
                && !n.has(flag::CAP)
                && (!determiner || self.text[n.start..n.end].ends_with('s'))
            {
                return false;
            }
            if !prev_temporal
                && matches!(n.lex, Lex::Unit { .. } | Lex::Num(_))
                && !n.has(flag::CAP)
            {
                return false;
            }
        }
        true
    }

    // ----- relative to the reference or to the narrative ----------------

    fn relative(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        let r: R = match t.lex {
            // `today's world`, `today's youth`: the present age, not the
            // day (the corpora leave it untagged).
            Lex::Word(W::Today) if self.generic_today(i) => None,
            Lex::Word(W::Today) => Some((
                i + 1,
                Spec::Rel {
                    unit: Unit::Day,
                    n: 0,
                },
            )),
            Lex::Word(W::Yesterday) => Some((
                i + 1,
                Spec::Rel {
                    unit: Unit::Day,
                    n: -1,
                },
            )),
            Lex::Word(W::Tomorrow) => Some((
                i + 1,
                Spec::Rel {
                    unit: Unit::Day,
                    n: 1,
                },
            )),
            Lex::Word(W::Tonight) => Some((
                i + 1,
                Spec::PartOfDay {
                    pod: Pod::Night,
                    day: None,
                },
            )),
            Lex::Word(W::Now) => {
                // "now" as a conjunction ("now that") is still PRESENT_REF in
                // the corpora; "until now", "by now" too.
                Some((i + 1, Spec::Ref(RefKind::Present)))
            }
            Lex::Word(W::Currently) | Lex::Word(W::Nowadays) => {
                Some((i + 1, Spec::Ref(RefKind::Present)))
            }
            Lex::Word(W::Current) => {
                // "current" before a noun that is not a calendar unit.
                if matches!(self.lex(i + 1), Lex::Unit { .. }) || self.w(i + 1, W::Fiscal) {
                    None
                } else {
                    Some((i + 1, Spec::Ref(RefKind::Present)))
                }
            }
            Lex::Word(W::Recently) | Lex::Word(W::Lately) => {
                Some((i + 1, Spec::Ref(RefKind::Past)))
            }
            // `soon` inside a verb group that points ahead (`may soon
            // seek`, `expects ... to soon grow`, `it soon will begin`) is
            // FUTURE_REF, as the TIMEX3 guidelines read it. Elsewhere
            // (`soon after`, `as soon as`, `was soon released`, `strike
            // again soon`) the corpora leave it untagged, and so does one
            // `will soon move` of four modal cases: the modal reading is
            // taken, 3 of 4. `previously` and `formerly` are mostly left
            // untagged in the corpora: not taken.
            Lex::Word(W::Soon)
                if !self.w(i + 1, W::After)
                    && !self.lower_is(i + 1, "as")
                    && (self.w(i + 1, W::Will)
                        || (i > 0
                            && (self.w(i - 1, W::To)
                                || self.w(i - 1, W::Will)
                                || self.w(i - 1, W::Would)
                                || self.w(i - 1, W::Shall)
                                || ["may", "might", "could", "should", "can"]
                                    .iter()
                                    .any(|m| self.lower_is(i - 1, m))))) =>
            {
                Some((i + 1, Spec::Ref(RefKind::Future)))
            }
            Lex::Word(W::The | W::In)
                if self.w(i + 1, W::Near)
                    && (self.w(i + 2, W::Future) || self.lower_is(i + 2, "term")) =>
            {
                Some((i + 3, Spec::Ref(RefKind::Future)))
            }
            // `in the short term`, `over the long term`: what lies ahead
            // (as `the near term`); `short-term` and `long-term` are
            // adjectives and stay out.
            Lex::Word(W::The)
                if (self.lower_is(i + 1, "short") || self.lower_is(i + 1, "long"))
                    && self.lower_is(i + 2, "term")
                    && !self.glued(i + 2) =>
            {
                Some((i + 3, Spec::Ref(RefKind::Future)))
            }
            // `at a later date`: an unspecified future date.
            Lex::Word(W::A)
                if i > 0
                    && self.w(i - 1, W::At)
                    && self.w(i + 1, W::Later)
                    && self.lower_is(i + 2, "date") =>
            {
                Some((i + 3, Spec::Ref(RefKind::Future)))
            }
            // `these days` (nowadays): the present, unless a clause or an
            // `of` says which days.
            Lex::Word(W::These)
                if self.lex(i + 1)
                    == (Lex::Unit {
                        unit: Unit::Day,
                        plural: true,
                    })
                    && !matches!(self.lex(i + 2), Lex::Word(W::Of | W::That))
                    && !self.lower_is(i + 2, "when") =>
            {
                Some((i + 2, Spec::Ref(RefKind::Present)))
            }
            // `the future of NATO`: the prospects of something, not a time.
            Lex::Word(W::The) if self.w(i + 1, W::Future) && !self.w(i + 2, W::Of) => {
                Some((i + 2, Spec::Ref(RefKind::Future)))
            }
            Lex::Word(W::The) if self.w(i + 1, W::Past) && !self.unit_or_number(i + 2) => {
                Some((i + 2, Spec::Ref(RefKind::Past)))
            }
            Lex::Word(W::The) if self.w(i + 1, W::Present) => {
                Some((i + 2, Spec::Ref(RefKind::Present)))
            }
            Lex::Word(W::At) if self.w(i + 1, W::Present) => {
                Some((i + 2, Spec::Ref(RefKind::Present)))
            }
            Lex::Word(W::Recent) => {
                // recent days/weeks/months/years
                if let Lex::Unit { unit, plural: true } = self.lex(i + 1) {
                    Some((
                        i + 2,
                        Spec::Dur {
                            amount: Amount::X,
                            unit,
                        },
                    ))
                } else {
                    None
                }
            }
            Lex::Word(W::Last | W::Next | W::This | W::Past | W::Coming | W::Previous) => {
                self.cue_unit(i)
            }
            Lex::Word(W::That) => match self.lex(i + 1) {
                Lex::Unit {
                    unit,
                    plural: false,
                } if unit >= Unit::Day => Some((
                    i + 2,
                    Spec::Ana {
                        unit,
                        n: 0,
                        coarse: false,
                    },
                )),
                _ => None,
            },
            // `over the years`, `over the months`: an unspecified stretch.
            Lex::Word(W::The)
                if i > 0
                    && self.w(i - 1, W::Over)
                    && !self.w(i + 2, W::Of)
                    && matches!(
                        self.lex(i + 1),
                        Lex::Unit {
                            unit: Unit::Day
                                | Unit::Week
                                | Unit::Month
                                | Unit::Year
                                | Unit::Decade
                                | Unit::Century,
                            plural: true
                        }
                    ) =>
            {
                let Lex::Unit { unit, .. } = self.lex(i + 1) else {
                    return None;
                };
                Some((
                    i + 2,
                    Spec::Dur {
                        amount: Amount::X,
                        unit,
                    },
                ))
            }
            // `the weeks ahead`, `the months ahead`: as `the coming weeks`.
            Lex::Word(W::The)
                if self.lower_is(i + 2, "ahead")
                    && matches!(self.lex(i + 1), Lex::Unit { plural: true, .. }) =>
            {
                let Lex::Unit { unit, .. } = self.lex(i + 1) else {
                    return None;
                };
                Some((
                    i + 3,
                    Spec::Dur {
                        amount: Amount::X,
                        unit,
                    },
                ))
            }
            Lex::Word(W::The) => self.the_relative(i),
            Lex::Word(W::Earlier | W::Later) => {
                // earlier this year / later this month / earlier today /
                // later yesterday
                let n = if self.w(i, W::Earlier) {
                    ModKind::Start
                } else {
                    ModKind::End
                };
                let j = i + 1;
                let inner = if matches!(
                    self.lex(j),
                    Lex::Word(W::This | W::Today | W::Tonight | W::Yesterday | W::Tomorrow)
                ) {
                    self.relative(j)
                } else if let Lex::Weekday { .. } = self.lex(j) {
                    self.weekday_expr(j, Cue::None)
                } else if self.w(j, W::In) && self.w(j + 1, W::The) {
                    // earlier in the day / week
                    match self.lex(j + 2) {
                        Lex::Unit {
                            unit,
                            plural: false,
                        } => Some(Match {
                            start: j,
                            end: j + 3,
                            spec: Spec::Ana {
                                unit,
                                n: 0,
                                coarse: false,
                            },
                            modifier: None,
                            tail: None,
                        }),
                        _ => None,
                    }
                } else {
                    None
                };
                let m = inner?;
                return Some(Match {
                    start: i,
                    end: m.end,
                    spec: m.spec,
                    modifier: Some(n),
                    tail: None,
                });
            }
            _ => None,
        };
        if let Some(m) = self.simple(i, r) {
            return Some(m);
        }
        if let Some(m) = self.year_adjective(i) {
            return Some(m);
        }
        // N units ago / N units earlier / in N units ['] [time] / a day earlier
        self.quantified_relative(i)
    }

    /// `today's` at `i` before a noun of the present age rather than of the
    /// day (`today's world`, `today's young people`, `many of today's
    /// personal computers`): one adjective may stand between.
    fn generic_today(&self, i: usize) -> bool {
        const AGE_NOUNS: &[&str] = &[
            "world",
            "society",
            "societies",
            "youth",
            "young",
            "generation",
            "generations",
            "children",
            "kids",
            "teenagers",
            "culture",
            "standards",
            "technology",
            "computers",
            "economy",
            "politics",
            "era",
            "age",
        ];
        if !(self.apos(i + 1) && self.glued(i + 1) && self.lower_is(i + 2, "s")) {
            return false;
        }
        let noun = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word && one_of_ci(&self.text[t.start..t.end], AGE_NOUNS)
            })
        };
        noun(i + 3) || (self.is_word(i + 3) && self.lex(i + 3) == Lex::None && noun(i + 4))
    }

    /// `year-earlier`, `year-ago` (with an optional `the` and a following
    /// `quarter`/`period`), `year-end`, `year end`, `year's end`.
    fn year_adjective(&self, i: usize) -> Option<Match> {
        let (start, j) = if self.w(i, W::The) {
            let k = if self.lower_is(i + 1, "comparable") {
                i + 2
            } else {
                i + 1
            };
            (i, k)
        } else {
            (i, i)
        };
        if !matches!(
            self.lex(j),
            Lex::Unit {
                unit: Unit::Year,
                plural: false
            }
        ) {
            return None;
        }
        let glued_dash = self.dash(j + 1) && self.glued(j + 1) && self.glued(j + 2);
        if glued_dash && matches!(self.lex(j + 2), Lex::Word(W::Earlier | W::Ago)) {
            let mut end = j + 3;
            if start != j {
                // the year-earlier quarter / period / third quarter
                let mut k = end;
                if let Some((e, _)) = self.ordinal(k) {
                    k = e;
                }
                if matches!(
                    self.lex(k),
                    Lex::Unit {
                        unit: Unit::Quarter,
                        plural: false
                    }
                ) || self.lower_is(k, "period")
                {
                    end = k + 1;
                } else {
                    return None;
                }
            }
            return self.simple(start, Some((end, Spec::YearAgo { n: 1, ago: false })));
        }
        if start != j {
            return None;
        }
        // year-end / year end / year's end
        if (glued_dash || self.tok(j + 1).is_some_and(|t| t.kind == Kind::Word))
            && self.lower_is(if glued_dash { j + 2 } else { j + 1 }, "end")
        {
            return self.simple(
                j,
                Some((
                    if glued_dash { j + 3 } else { j + 2 },
                    Spec::YearEnd { day: glued_dash },
                )),
            );
        }
        if self.apos(j + 1) && self.lower_is(j + 2, "s") && self.lower_is(j + 3, "end") {
            return self.simple(j, Some((j + 4, Spec::YearEnd { day: false })));
        }
        None
    }

    fn unit_or_number(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Lex::Unit { .. } | Lex::Num(_) | Lex::Word(W::Few | W::Several | W::Couple)
        ) || self.tok(i).is_some_and(|t| t.kind == Kind::Num)
            || matches!(self.lex(i), Lex::Weekday { .. } | Lex::Season(_))
    }

    /// `last week`, `next month`, `this year`, `this morning`, `last night`,
    /// `the past week`.
    fn cue_unit(&self, i: usize) -> R {
        let cue = self.cue(i).or(if self.w(i, W::Coming) {
            Some(Cue::Next)
        } else {
            None
        })?;
        let j = i + 1;
        let n = match cue {
            Cue::Last => -1,
            Cue::Next => 1,
            _ => 0,
        };
        match self.lex(j) {
            Lex::Unit {
                unit,
                plural: false,
            } => {
                // this year's third quarter / last year's quarter
                if unit == Unit::Year
                    && self.apos(j + 1)
                    && self.lower_is(j + 2, "s")
                    && self.glued(j + 2)
                {
                    let k = j + 3;
                    let (e, q) = match self.ordinal(k) {
                        Some((e, q)) if (1..=4).contains(&q) => (e, q),
                        _ => (k, 0),
                    };
                    if matches!(
                        self.lex(e),
                        Lex::Unit {
                            unit: Unit::Quarter,
                            plural: false
                        }
                    ) {
                        return Some((e + 1, Spec::QuarterOfRelYear { q, n }));
                    }
                }
                if self.w(i, W::Past) || self.w(i, W::Coming) {
                    // "past week" reads as a duration in the corpora.
                    return Some((
                        j + 1,
                        Spec::Dur {
                            amount: Amount::N(1.0),
                            unit,
                        },
                    ));
                }
                // "this week's" etc. are fine; "last year" at year granularity.
                Some((j + 1, Spec::Rel { unit, n }))
            }
            Lex::Unit { unit, plural: true } if self.w(i, W::Coming) || self.w(i, W::Past) => {
                Some((
                    j + 1,
                    Spec::Dur {
                        amount: Amount::X,
                        unit,
                    },
                ))
            }
            Lex::Pod(p) if cue == Cue::This => Some((j + 1, Spec::PartOfDay { pod: p, day: None })),
            Lex::Pod(Pod::Night | Pod::Evening) if cue == Cue::Last => Some((
                j + 1,
                Spec::PartOfDay {
                    pod: Pod::Night,
                    day: Some(Box::new(Spec::Rel {
                        unit: Unit::Day,
                        n: -1,
                    })),
                },
            )),
            // the past/next/last three years
            _ => {
                let (e, v) = self.amount(j)?;
                let Lex::Unit { unit, .. } = self.lex(e) else {
                    return None;
                };
                let mut end = e + 1;
                // "or so"
                if self.w(end, W::Or) && self.w(end + 1, W::So) {
                    end += 2;
                }
                Some((end, Spec::Dur { amount: v, unit }))
            }
        }
    }

    /// An amount: a cardinal, `a`, `several`, `a few`, `a couple of`; with
    /// `more`, `additional`, `extra` or `further` before a unit (`two more
    /// weeks`, `an additional year`).
    fn amount(&self, i: usize) -> Option<(usize, Amount)> {
        let (e, a) = self.amount_core(i)?;
        // `five business days`, `eight trading days`, `ten working days`:
        // counted days of a kind; the count is still in days.
        if matches!(
            self.lex(e + 1),
            Lex::Unit {
                unit: Unit::Day,
                ..
            }
        ) && (self.lower_is(e, "business")
            || self.lower_is(e, "trading")
            || self.lower_is(e, "working"))
        {
            return Some((e + 1, a));
        }
        if matches!(self.lex(e + 1), Lex::Unit { .. })
            && (self.w(e, W::More)
                || self.lower_is(e, "additional")
                || self.lower_is(e, "extra")
                || self.lower_is(e, "further"))
        {
            return Some((e + 1, a));
        }
        Some((e, a))
    }

    fn amount_core(&self, i: usize) -> Option<(usize, Amount)> {
        match self.lex(i) {
            Lex::Word(W::Several | W::Many) => return Some((i + 1, Amount::X)),
            Lex::Word(W::Few) => return Some((i + 1, Amount::X)),
            Lex::Word(W::A | W::An) => {
                if self.w(i + 1, W::Few) {
                    return Some((i + 2, Amount::X));
                }
                if self.w(i + 1, W::Couple) {
                    let e = if self.w(i + 2, W::Of) { i + 3 } else { i + 2 };
                    return Some((e, Amount::N(2.0)));
                }
                if self.w(i + 1, W::Half) {
                    return Some((i + 2, Amount::N(0.5)));
                }
                if let Some((e, v)) = self.cardinal(i) {
                    return Some((e, Amount::N(v)));
                }
                return Some((i + 1, Amount::N(1.0)));
            }
            Lex::Word(W::Couple) => {
                let e = if self.w(i + 1, W::Of) { i + 2 } else { i + 1 };
                return Some((e, Amount::N(2.0)));
            }
            _ => {}
        }
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.has(flag::GROUPED) && !t.has(flag::DECIMAL) {
            return Some((i + 1, Amount::N(f64::from(t.num))));
        }
        let (e, v) = self.cardinal(i)?;
        // "two and a half years"
        if self.w(e, W::And) && self.w(e + 1, W::A) && self.w(e + 2, W::Half) {
            return Some((e + 3, Amount::N(v + 0.5)));
        }
        // "5 1/2 hours", "2 3/4 years": a whole number and a fraction.
        if t.kind == Kind::Num
            && !t.has(flag::GROUPED)
            && let Some(f) = self.fraction(e)
        {
            return Some((e + 3, Amount::N(v + f)));
        }
        Some((e, Amount::N(v)))
    }

    /// A written fraction of halves or quarters at `i`: `1/2`, `3/4` (not
    /// the start of a numeric date such as `1/2/2000`).
    fn fraction(&self, i: usize) -> Option<f64> {
        let (a, b) = (self.tok(i)?, self.tok(i + 2)?);
        let plain = |t: &Tok| t.kind == Kind::Num && !t.has(flag::GROUPED);
        (plain(a)
            && plain(b)
            && self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && matches!(b.num, 2 | 4)
            && (1..b.num).contains(&a.num)
            && !self.punct(i + 3, '/'))
        .then(|| f64::from(a.num) / f64::from(b.num))
    }

    fn the_relative(&self, i: usize) -> R {
        let j = i + 1;
        match self.lex(j) {
            // the next day / the following week / the previous year
            Lex::Word(W::Next | W::Following | W::Previous | W::Prior | W::Same) => {
                let n = match self.lex(j) {
                    Lex::Word(W::Next | W::Following) => 1,
                    Lex::Word(W::Same) => 0,
                    _ => -1,
                };
                match self.lex(j + 1) {
                    Lex::Unit {
                        unit,
                        plural: false,
                    } if unit >= Unit::Day => Some((
                        j + 2,
                        Spec::Ana {
                            unit,
                            n,
                            coarse: true,
                        },
                    )),
                    Lex::Pod(p) if n != 0 => Some((
                        j + 2,
                        Spec::PartOfDay {
                            pod: p,
                            day: Some(Box::new(Spec::Ana {
                                unit: Unit::Day,
                                n,
                                coarse: false,
                            })),
                        },
                    )),
                    Lex::Weekday { day, .. } if n != 0 => {
                        Some((j + 2, Spec::AnaWeekday { day, n }))
                    }
                    _ => {
                        // the next/past three years (durations)
                        if n != 0 {
                            let (e, v) = self.amount(j + 1)?;
                            let Lex::Unit { unit, .. } = self.lex(e) else {
                                return None;
                            };
                            let mut end = e + 1;
                            if self.w(end, W::Or) && self.w(end + 1, W::So) {
                                end += 2;
                            }
                            return Some((end, Spec::Dur { amount: v, unit }));
                        }
                        None
                    }
                }
            }
            Lex::Word(W::Past | W::Last | W::Coming) => {
                // the past week / the past three years / the coming months
                let k = j + 1;
                match self.lex(k) {
                    // `the past year`: the corpora mark the year before
                    // the reference's, not a duration (they split on
                    // `the past decade`, which stays a duration).
                    Lex::Unit {
                        unit: Unit::Year,
                        plural: false,
                    } if !self.w(j, W::Coming) => Some((
                        k + 1,
                        Spec::Rel {
                            unit: Unit::Year,
                            n: -1,
                        },
                    )),
                    Lex::Unit { unit, plural } => Some((
                        k + 1,
                        Spec::Dur {
                            amount: if plural { Amount::X } else { Amount::N(1.0) },
                            unit,
                        },
                    )),
                    _ => {
                        let (e, v) = self.amount(k)?;
                        let Lex::Unit { unit, .. } = self.lex(e) else {
                            return None;
                        };
                        Some((e + 1, Spec::Dur { amount: v, unit }))
                    }
                }
            }
            // the first nine months / the first two years
            Lex::Ordinal(1)
                if matches!(self.lex(j + 1), Lex::Num(_))
                    || self.tok(j + 1).is_some_and(|t| t.kind == Kind::Num) =>
            {
                let (e, v) = self.amount(j + 1)?;
                let Lex::Unit { unit, plural: true } = self.lex(e) else {
                    return None;
                };
                Some((e + 1, Spec::Dur { amount: v, unit }))
            }
            // the 1988 second quarter / the 1988 quarter / the 1989 period
            Lex::None
                if self.year_num(j).is_some()
                    && (self.ordinal(j + 1).is_some()
                        || matches!(
                            self.lex(j + 1),
                            Lex::Unit {
                                unit: Unit::Quarter,
                                plural: false
                            }
                        )
                        || self.lower_is(j + 1, "period")) =>
            {
                let (e, y) = self.year_num(j)?;
                if let Some((e2, q)) = self.ordinal(e)
                    && matches!(
                        self.lex(e2),
                        Lex::Unit {
                            unit: Unit::Quarter,
                            plural: false
                        }
                    )
                    && (1..=4).contains(&q)
                {
                    return Some((
                        e2 + 1,
                        Spec::Quarter {
                            q,
                            year: Some(y),
                            cue: Cue::None,
                        },
                    ));
                }
                if matches!(
                    self.lex(e),
                    Lex::Unit {
                        unit: Unit::Quarter,
                        plural: false
                    }
                ) || self.lower_is(e, "period")
                {
                    return Some((e + 1, Spec::PeriodOfYear { year: y }));
                }
                None
            }
            // the six months / the four days
            Lex::Num(_) | Lex::None
                if self.tok(j).is_some_and(|t| {
                    (t.kind == Kind::Num && (t.len != 4 || t.has(flag::GROUPED)))
                        || t.lex != Lex::None
                }) =>
            {
                let (e, v) = self.amount(j)?;
                let Lex::Unit { unit, plural: true } = self.lex(e) else {
                    return None;
                };
                Some((e + 1, Spec::Dur { amount: v, unit }))
            }
            // the year 2000 / the year two thousand
            Lex::Unit {
                unit: Unit::Year,
                plural: false,
            } if self.year_num(j + 1).is_some()
                || self
                    .cardinal(j + 1)
                    .is_some_and(|(_, v)| (1000.0..=2199.0).contains(&v)) =>
            {
                let (e, y) = match self.year_num(j + 1) {
                    Some(x) => x,
                    None => {
                        let (e, v) = self.cardinal(j + 1)?;
                        (e, v as i32)
                    }
                };
                Some((e, Spec::year(y)))
            }
            // the year (reporting): a duration when it ends or ended
            Lex::Unit {
                unit: Unit::Year,
                plural: false,
            } if !(self.w(j + 1, W::Before)
                || self.w(j + 1, W::After)
                || (self.dash(j + 1) && self.glued(j + 1))) =>
            {
                if self.lower_is(j + 1, "ended") || self.lower_is(j + 1, "ending") {
                    Some((
                        j + 1,
                        Spec::Dur {
                            amount: Amount::N(1.0),
                            unit: Unit::Year,
                        },
                    ))
                } else {
                    Some((
                        j + 1,
                        Spec::Rel {
                            unit: Unit::Year,
                            n: 0,
                        },
                    ))
                }
            }
            // the full year / the current year / the fiscal year / the
            // current fiscal year / the latest fiscal year
            Lex::Word(W::Full | W::Current | W::Fiscal | W::Whole | W::Entire | W::Latest) => {
                let mut k = j + 1;
                if self.w(k, W::Fiscal) {
                    k += 1;
                }
                if !matches!(
                    self.lex(k),
                    Lex::Unit {
                        unit: Unit::Year,
                        plural: false
                    }
                ) {
                    return None;
                }
                let n = if self.w(j, W::Latest) { -1 } else { 0 };
                Some((
                    k + 1,
                    Spec::Rel {
                        unit: Unit::Year,
                        n,
                    },
                ))
            }
            // the day before / the day after
            Lex::Unit {
                unit,
                plural: false,
            } if unit >= Unit::Day && unit != Unit::Quarter => {
                if self.w(j + 1, W::Before) && !self.next_is_np(j + 2) {
                    Some((
                        j + 2,
                        Spec::Ana {
                            unit,
                            n: -1,
                            coarse: false,
                        },
                    ))
                } else if self.w(j + 1, W::After) && !self.next_is_np(j + 2) {
                    Some((
                        j + 2,
                        Spec::Ana {
                            unit,
                            n: 1,
                            coarse: false,
                        },
                    ))
                } else if unit == Unit::Weekend {
                    Some((j + 1, Spec::Weekend))
                } else {
                    None
                }
            }
            // `the morning`, `the evening`: of the day the story last named
            // (`Prices crashed Friday ... buy orders in the morning`), else
            // of the reference day. `the night of Oct. 23` is left to the
            // date it names (the corpora tag the date alone).
            Lex::Pod(_) if self.w(j + 1, W::Of) => None,
            Lex::Pod(p) => Some((
                j + 1,
                Spec::PartOfDay {
                    pod: p,
                    day: Some(Box::new(Spec::Ana {
                        unit: Unit::Day,
                        n: 0,
                        coarse: false,
                    })),
                },
            )),
            _ => None,
        }
    }

    /// Whether a noun phrase starts at `i` (so that `before` is a
    /// preposition, not an adverb).
    fn next_is_np(&self, i: usize) -> bool {
        match self.tok(i) {
            None => false,
            Some(t) => {
                t.kind == Kind::Num
                    || (t.kind == Kind::Word
                        && !matches!(t.lex, Lex::Word(W::And | W::Or | W::Said | W::Says)))
            }
        }
    }

    /// `two weeks ago`, `a day earlier`, `two years later`, `in two days'
    /// time`, `in 10 days`, `hours after` is a duration.
    fn quantified_relative(&self, i: usize) -> Option<Match> {
        let in_form = self.w(i, W::In) || self.w(i, W::Within);
        let j = if in_form { i + 1 } else { i };
        let (e, amount) = self.amount(j)?;
        let (unit, plural) = match self.lex(e) {
            Lex::Unit { unit, plural } => (unit, plural),
            _ => return None,
        };
        let _ = plural;
        let n = match amount {
            Amount::N(v) if v.fract() == 0.0 => v as i64,
            _ => 0,
        };
        // `a week or so ago`, `two days or so earlier`: the hedge sits
        // between the unit and the direction word and makes it approximate.
        let hedged = !in_form
            && self.w(e + 1, W::Or)
            && self.w(e + 2, W::So)
            && matches!(self.lex(e + 3), Lex::Word(W::Ago | W::Earlier | W::Later));
        let after = if hedged { e + 3 } else { e + 1 };
        // the possessive of `two days' time`
        let mut k = after;
        if self.apos(k) {
            k += 1;
            if self.lower_is(k, "s") && self.glued(k) {
                k += 1;
            }
        }
        if in_form {
            if self.w(i, W::In) && self.w(k, W::Time) && n > 0 {
                return Some(Match {
                    start: j,
                    end: k + 1,
                    spec: Spec::Rel { unit, n },
                    modifier: None,
                    tail: None,
                });
            }
            return None;
        }
        let amount_ok = n > 0;
        let m = match self.lex(after) {
            Lex::Word(W::Ago) if amount_ok => Some(Match {
                start: i,
                end: after + 1,
                spec: if unit == Unit::Year {
                    Spec::YearAgo { n, ago: true }
                } else {
                    Spec::Rel { unit, n: -n }
                },
                modifier: None,
                tail: None,
            }),
            Lex::Word(W::Ago) => Some(Match {
                start: i,
                end: after + 1,
                spec: Spec::Ref(RefKind::Past),
                modifier: None,
                tail: None,
            }),
            Lex::Word(W::Earlier | W::Later | W::Before | W::After)
                if amount_ok
                    && !(self.w(after, W::Before) || self.w(after, W::After))
                        | !self.next_is_np(after + 1) =>
            {
                let sign = if matches!(self.lex(after), Lex::Word(W::Earlier | W::Before)) {
                    -1
                } else {
                    1
                };
                Some(Match {
                    start: i,
                    end: after + 1,
                    spec: Spec::Ana {
                        unit,
                        n: sign * n,
                        coarse: false,
                    },
                    modifier: None,
                    tail: None,
                })
            }
            Lex::Word(W::From) if self.w(after + 1, W::Now) && amount_ok => Some(Match {
                start: i,
                end: after + 2,
                spec: Spec::Rel { unit, n },
                modifier: None,
                tail: None,
            }),
            Lex::Word(W::Hence) if amount_ok => Some(Match {
                start: i,
                end: after + 1,
                spec: Spec::Rel { unit, n },
                modifier: None,
                tail: None,
            }),
            _ => None,
        };
        if hedged {
            m.map(|m| Match {
                modifier: Some(ModKind::Approx),
                ..m
            })
        } else {
            m
        }
    }

    // ----- durations and sets ---------------------------------------------

    fn duration_or_set(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        // Frequency adverbs.
        let set = |unit, n| Spec::Set {
            unit,
            n,
            weekday: None,
            pod: None,
            quant: None,
            freq: None,
        };
        match t.lex {
            Lex::Word(W::Daily) => return self.simple(i, Some((i + 1, set(Unit::Day, 1)))),
            Lex::Word(W::Weekly) => return self.simple(i, Some((i + 1, set(Unit::Week, 1)))),
            Lex::Word(W::Monthly) => return self.simple(i, Some((i + 1, set(Unit::Month, 1)))),
            Lex::Word(W::Annually | W::Yearly) => {
                return self.simple(i, Some((i + 1, set(Unit::Year, 1))));
            }
            Lex::Word(W::Hourly) => return self.simple(i, Some((i + 1, set(Unit::Hour, 1)))),
            Lex::Word(W::Nightly) => {
                return self.simple(
                    i,
                    Some((
                        i + 1,
                        Spec::Set {
                            unit: Unit::Day,
                            n: 1,
                            weekday: None,
                            pod: Some(Pod::Night),
                            quant: None,
                            freq: None,
                        },
                    )),
                );
            }
            // `quarterly` is an adjective of reports far more often than a
            // set in the corpora: not taken.
            Lex::Word(W::Every | W::Each) => {
                let quant = if self.w(i, W::Every) { "EVERY" } else { "EACH" };
                let j = i + 1;
                return match self.lex(j) {
                    Lex::Unit {
                        unit,
                        plural: false,
                    } => self.simple(
                        i,
                        Some((
                            j + 1,
                            Spec::Set {
                                unit,
                                n: 1,
                                weekday: None,
                                pod: None,
                                quant: Some(quant),
                                freq: None,
                            },
                        )),
                    ),
                    Lex::Weekday { day, .. } if self.cap(j) => self.simple(
                        i,
                        Some((
                            j + 1,
                            Spec::Set {
                                unit: Unit::Week,
                                n: 1,
                                weekday: Some(day),
                                pod: None,
                                quant: Some(quant),
                                freq: None,
                            },
                        )),
                    ),
                    Lex::Pod(p) => self.simple(
                        i,
                        Some((
                            j + 1,
                            Spec::Set {
                                unit: Unit::Day,
                                n: 1,
                                weekday: None,
                                pod: Some(p),
                                quant: Some(quant),
                                freq: None,
                            },
                        )),
                    ),
                    Lex::Month { month, abbr: false } if self.cap(j) => self.simple(
                        i,
                        Some((
                            j + 1,
                            Spec::MonthSet {
                                month: u32::from(month),
                                quant,
                            },
                        )),
                    ),
                    Lex::Season(_) => self.simple(
                        i,
                        Some((
                            j + 1,
                            Spec::Set {
                                unit: Unit::Year,
                                n: 1,
                                weekday: None,
                                pod: None,
                                quant: Some(quant),
                                freq: None,
                            },
                        )),
                    ),
                    _ => {
                        // every two weeks
                        let (e, a) = self.amount(j)?;
                        let Lex::Unit { unit, plural: true } = self.lex(e) else {
                            return None;
                        };
                        let n = match a {
                            Amount::N(v) if v >= 1.0 && v.fract() == 0.0 => v as u32,
                            _ => return None,
                        };
                        self.simple(
                            i,
                            Some((
                                e + 1,
                                Spec::Set {
                                    unit,
                                    n,
                                    weekday: None,
                                    pod: None,
                                    quant: Some(quant),
                                    freq: None,
                                },
                            )),
                        )
                    }
                };
            }
            Lex::Word(W::Once | W::Twice) => {
                // once a week / twice a year
                let f = if self.w(i, W::Once) { 1 } else { 2 };
                if matches!(
                    self.lex(i + 1),
                    Lex::Word(W::A | W::Per | W::Every | W::Each)
                ) && let Lex::Unit {
                    unit,
                    plural: false,
                } = self.lex(i + 2)
                {
                    return self.simple(
                        i,
                        Some((
                            i + 3,
                            Spec::Set {
                                unit,
                                n: 1,
                                weekday: None,
                                pod: None,
                                quant: None,
                                freq: Some(f),
                            },
                        )),
                    );
                }
                return None;
            }
            _ => {}
        }
        // Weekdays in the plural: "on Mondays".
        if let Lex::Weekday { day, abbr: false } = t.lex
            && t.has(flag::CAP)
            && self.text[t.start..t.end].ends_with('s')
        {
            let _ = day;
        }
        // N units / a decade / three-day / week-long / weeks
        let (e, amount) = if let Lex::Unit { plural: true, .. } = t.lex {
            (i, Amount::X)
        } else {
            self.amount(i)?
        };
        let mut k = e;
        let hyphen = self.dash(k) && self.glued(k);
        if hyphen {
            k += 1;
        }
        let Lex::Unit { unit, plural } = self.lex(k) else {
            return None;
        };
        // `a year-earlier loss`: the adjective, read at `year`.
        if self.dash(k + 1)
            && self.glued(k + 1)
            && matches!(self.lex(k + 2), Lex::Word(W::Earlier | W::Ago))
        {
            return None;
        }
        // `a second time`, `60 Minutes` (a title), `three-quarters of`.
        if (unit == Unit::Second && !plural && k == i + 1 && self.w(i, W::A))
            || (self.cap(k) && !self.tok(k).is_some_and(|t| t.has(flag::ALLCAPS)) && k > i)
            || (unit == Unit::Quarter && self.w(k + 1, W::Of))
        {
            return None;
        }
        let mut end = k + 1;
        // `58-year-old`, `six-year-old`: an age, not a temporal expression
        // in the corpora's reading of the guidelines.
        if self.dash(end) && self.w(end + 1, W::Old) {
            return None;
        }
        // week-long
        if self.dash(end) && self.w(end + 1, W::Long) {
            end += 2;
        }
        // Bare plural unit with no amount ("weeks", "years"): only in
        // duration contexts.
        if k == i {
            let prev = if i == 0 { Lex::None } else { self.lex(i - 1) };
            // `the first time in years.`, `the lowest in months,`: `in`
            // with nothing after the unit but the clause's end.
            let clause_end = self
                .tok(end)
                .is_none_or(|t| t.kind == Kind::Punct && matches!(t.ch, '.' | ',' | ';' | ':'));
            let ok = plural
                && (matches!(prev, Lex::Word(W::For | W::Within | W::Over))
                    || (prev == Lex::Word(W::In) && clause_end && unit >= Unit::Day))
                && !matches!(
                    self.lex(end),
                    Lex::Word(W::Of | W::Ago | W::Earlier | W::Later)
                );
            if !ok {
                return None;
            }
        }
        // "a day" etc.: a set when preceded by a quantity or money
        // (`$1 billion a year`, `two flights a day`).
        if self.w(i, W::A) || self.w(i, W::Per) {
            let prev = if i == 0 { None } else { self.tok(i - 1) };
            let after_quantity = prev.is_some_and(|p| {
                p.kind == Kind::Num
                    || matches!(p.lex, Lex::Num(_) | Lex::Word(W::Times))
                    || (p.kind == Kind::Word
                        && one_of_ci(
                            &self.text[p.start..p.end],
                            &[
                                "million", "billion", "trillion", "percent", "cents", "dollars",
                            ],
                        ))
            });
            if after_quantity && !plural {
                return self.simple(
                    i,
                    Some((
                        end,
                        Spec::Set {
                            unit,
                            n: 1,
                            weekday: None,
                            pod: None,
                            quant: None,
                            freq: None,
                        },
                    )),
                );
            }
        }
        // A grouped number with a unit is a duration (`1,000 years`), a bare
        // number without unit never reaches here.
        if let Amount::N(v) = amount
            && v == 0.0
        {
            return None;
        }
        self.simple(i, Some((end, Spec::Dur { amount, unit })))
    }

    // ----- clock times and parts of day -----------------------------------

    fn time_like(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        let m = match t.lex {
            Lex::Pod(Pod::Noon) => Some((
                i + 1,
                Spec::Time {
                    hour: 12,
                    minute: Some(0),
                    zone: None,
                    day: None,
                },
            )),
            Lex::Pod(Pod::Midnight) => Some((
                i + 1,
                Spec::Time {
                    hour: 24,
                    minute: Some(0),
                    zone: None,
                    day: None,
                },
            )),
            _ if t.kind == Kind::Num => self.clock(i),
            _ => None,
        };
        let (mut end, spec) = match m {
            Some(x) => x,
            None => return self.weekday_pod(i),
        };
        let Spec::Time {
            hour,
            minute,
            mut zone,
            ..
        } = spec
        else {
            return None;
        };
        // zone
        if let Lex::Zone(z) = self.lex(end)
            && self.tok(end).is_some_and(|t| t.has(flag::ALLCAPS))
        {
            zone = Some(z);
            end += 1;
        }
        // a day after: `10 p.m. Wednesday`, `noon Thursday`, `5 p.m. Nov. 9`
        let mut k = end;
        if self.punct(k, ',') {
            k += 1;
        }
        let mut day = None;
        if let Some(dm) = self.date_like(k)
            && matches!(
                dm.spec,
                Spec::Weekday { .. } | Spec::Cal { day: Some(_), .. }
            )
        {
            day = Some(Box::new(dm.spec));
            end = dm.end;
        } else if let Some(rm) = self.relative(k)
            && matches!(
                rm.spec,
                Spec::Rel {
                    unit: Unit::Day,
                    ..
                }
            )
        {
            day = Some(Box::new(rm.spec));
            end = rm.end;
        }
        self.simple(
            i,
            Some((
                end,
                Spec::Time {
                    hour,
                    minute,
                    zone,
                    day,
                },
            )),
        )
    }

    /// `3 p.m.`, `3:30 pm`, `15:00`, `10 o'clock`.
    fn clock(&self, i: usize) -> Option<(usize, Spec)> {
        let t = self.tok(i)?;
        if t.len > 2 || t.has(flag::GROUPED) || t.num > 24 {
            // 1500 GMT style military times with a zone
            if t.len == 4
                && !t.has(flag::GROUPED)
                && t.num % 100 < 60
                && t.num / 100 <= 24
                && let Lex::Zone(z) = self.lex(i + 1)
            {
                return Some((
                    i + 2,
                    Spec::Time {
                        hour: t.num / 100,
                        minute: Some(t.num % 100),
                        zone: Some(z),
                        day: None,
                    },
                ));
            }
            return None;
        }
        let mut hour = t.num;
        let mut minute = None;
        let mut e = i + 1;
        if self.punct(e, ':')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some(m) = self.tok(e + 1)
            && m.kind == Kind::Num
            && m.len == 2
            && m.num < 60
        {
            minute = Some(m.num);
            e += 2;
        }
        // a.m. / p.m. / am / pm
        let mut meridiem = None;
        if let Some(x) = self.tok(e)
            && x.kind == Kind::Word
        {
            let s = &self.text[x.start..x.end];
            let pm = s.eq_ignore_ascii_case("p");
            if pm || s.eq_ignore_ascii_case("a") {
                if self.punct(e + 1, '.') && self.lower_is(e + 2, "m") {
                    meridiem = Some(pm);
                    e += 3;
                    if self.punct(e, '.') && self.glued(e) {
                        e += 1;
                    }
                }
            } else if s.eq_ignore_ascii_case("am") || s.eq_ignore_ascii_case("pm") {
                meridiem = Some(s.eq_ignore_ascii_case("pm"));
                e += 1;
            }
        }
        if let Some(pm) = meridiem {
            if hour == 0 || hour > 12 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            return Some((
                e,
                Spec::Time {
                    hour,
                    minute,
                    zone: None,
                    day: None,
                },
            ));
        }
        // `at 4 in the morning`, `by 8 in the evening`, `until 11 at night`:
        // a clock hour placed in a part of the day, after a preposition of
        // time (not `sold 5 in the morning session`).
        if meridiem.is_none()
            && (self.w(e, W::At) || (self.w(e, W::In) && self.w(e + 1, W::The)))
            && (1..=12).contains(&hour)
            && i > 0
            && (matches!(
                self.lex(i - 1),
                Lex::Word(
                    W::At
                        | W::By
                        | W::Until
                        | W::Till
                        | W::Around
                        | W::About
                        | W::Before
                        | W::After
                )
            ) || self.lower_is(i - 1, "from"))
        {
            let pod = if self.w(e, W::In) && self.w(e + 1, W::The) {
                match self.lex(e + 2) {
                    Lex::Pod(p @ (Pod::Morning | Pod::Afternoon | Pod::Evening)) => {
                        Some((p, e + 3))
                    }
                    _ => None,
                }
            } else if self.w(e, W::At) && self.lex(e + 1) == Lex::Pod(Pod::Night) {
                Some((Pod::Night, e + 2))
            } else {
                None
            };
            if let Some((p, end)) = pod {
                let h = match p {
                    Pod::Morning if hour == 12 => 0,
                    Pod::Morning => hour,
                    Pod::Night if hour == 12 => 24,
                    Pod::Night if hour < 6 => hour,
                    _ if hour == 12 => 12,
                    _ => hour + 12,
                };
                return Some((
                    end,
                    Spec::Time {
                        hour: h,
                        minute: Some(minute.unwrap_or(0)),
                        zone: None,
                        day: None,
                    },
                ));
            }
        }
        if minute.is_some() {
            // 15:00 needs a zone or an hour over 12 to be a time, not a score.
            let zone = match self.lex(e) {
                Lex::Zone(z) => Some(z),
                _ => None,
            };
            if zone.is_some() {
                return Some((
                    e + 1,
                    Spec::Time {
                        hour,
                        minute,
                        zone,
                        day: None,
                    },
                ));
            }
            if hour > 12 || self.w(i.wrapping_sub(1), W::At) {
                return Some((
                    e,
                    Spec::Time {
                        hour,
                        minute,
                        zone: None,
                        day: None,
                    },
                ));
            }
            return None;
        }
        // 10 o'clock
        if self.w(e, W::Oclock) && self.apos(e + 1) && self.lower_is(e + 2, "clock") {
            return Some((
                e + 3,
                Spec::Time {
                    hour,
                    minute: Some(0),
                    zone: None,
                    day: None,
                },
            ));
        }
        None
    }

    /// `Tuesday night`, `Friday morning`, `yesterday afternoon`,
    /// `tomorrow night`, `early Tuesday` is handled by the modifier.
    fn weekday_pod(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        // The part of the day first: `afternoon yesterday`, `(mid-)morning
        // today`, `evening tomorrow`.
        if let Lex::Pod(p @ (Pod::Morning | Pod::Afternoon | Pod::Evening | Pod::Night)) = t.lex
            && matches!(
                self.lex(i + 1),
                Lex::Word(W::Yesterday | W::Today | W::Tomorrow)
            )
            && let Some(m) = self.relative(i + 1)
        {
            return self.simple(
                i,
                Some((
                    m.end,
                    Spec::PartOfDay {
                        pod: p,
                        day: Some(Box::new(m.spec)),
                    },
                )),
            );
        }
        let (e, day): (usize, Spec) = match t.lex {
            Lex::Weekday { .. } => {
                let m = self.weekday_expr(i, Cue::None)?;
                (m.end, m.spec)
            }
            Lex::Word(W::Yesterday | W::Today | W::Tomorrow) => {
                let m = self.relative(i)?;
                (m.end, m.spec)
            }
            Lex::Word(W::Last | W::Next | W::This)
                if matches!(self.lex(i + 1), Lex::Weekday { .. }) =>
            {
                let m = self.date_like(i)?;
                (m.end, m.spec)
            }
            _ => return None,
        };
        let Lex::Pod(p) = self.lex(e) else {
            return None;
        };
        if matches!(p, Pod::Noon | Pod::Midnight) {
            return None;
        }
        // `Tuesday nights`: every such night, a set.
        if let Spec::Weekday {
            day: wd,
            cue: Cue::None,
            week: None,
        } = day
            && self.tok(e).is_some_and(|t| {
                self.text
                    .get(t.start..t.end)
                    .is_some_and(|w| w.ends_with('s') || w.ends_with('S'))
            })
        {
            return self.simple(
                i,
                Some((
                    e + 1,
                    Spec::Set {
                        unit: Unit::Week,
                        n: 1,
                        weekday: Some(wd),
                        pod: Some(p),
                        quant: None,
                        freq: None,
                    },
                )),
            );
        }
        self.simple(
            i,
            Some((
                e + 1,
                Spec::PartOfDay {
                    pod: p,
                    day: Some(Box::new(day)),
                },
            )),
        )
    }
}

/// Whether `s` is one of `words` (lower-case), ASCII case ignored; no
/// allocation.
fn one_of_ci(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.eq_ignore_ascii_case(w))
}

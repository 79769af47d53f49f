//! The temporal expression tagger: finds TIMEX3 expressions in English news
//! text and resolves them against a reference time.
//!
//! # How it works
//!
//! One pass tokenizes the text (words, numbers, punctuation, with byte
//! offsets); each word is looked up once in a lexicon compiled when the
//! [`Tagger`] is built. At every token that can open an expression the
//! grammar tries its patterns and keeps the longest match; a match says what
//! the words mean (a month and day, "the unit before the reference's",
//! "a day before the narrative time", a duration, ...) and the resolver turns
//! that into a TIMEX3 value using
//!
//! - the **reference time** (the article's document creation time) for
//!   deictic expressions: `today`, `last week`, `two years ago`,
//!   `in two days' time`;
//! - the **tense** of the clause for expressions whose direction the words
//!   leave open: a bare weekday (`on Monday`), a month and day without a year
//!   (`Dec 14`), a bare month or season. Past tense picks the latest such day
//!   on or before the reference, future tense the first on or after it;
//!   without tense, a weekday is taken as the past one (news reports what
//!   happened) and a month-day as the nearest one;
//! - the **narrative time** for anaphoric expressions: `a day earlier`,
//!   `the next day`, `that week`, `two years later` count from the last
//!   anchored date mentioned before them in the same text, when that date is
//!   at least as fine as the unit counted (a day can be counted from a day,
//!   not from a week); otherwise from the reference time.
//!
//! Nothing reads the system clock. Without a reference time (lenient use),
//! absolute dates still resolve and relative ones keep `X` parts
//! (`XXXX-WXX`), flagged by [`Against::Unresolved`].
//!
//! # Extents
//!
//! Extents follow the TimeML TIMEX3 guidelines as the TimeBank and AQUAINT
//! corpora apply them: determiners and modifiers that are part of the
//! expression are inside (`the past three years`, `more than two weeks`,
//! `early next year`); the prepositions that govern it are outside (`on`,
//! `in`, `since`). A range is split in two (`Jan 6-19` gives `Jan 6` and
//! `19`). A weekday followed by a parenthesised date (`Wednesday (Jan 19)`)
//! gives two expressions, and the weekday takes the explicit date's value.

mod grammar;
mod lexicon;
mod resolve;
mod timeml;
mod token;

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::value::{Freq, Interval, Mod, Quant, Timex3, TimexType, Value};
use grammar::{Grammar, Match, ModKind, Spec};
use lexicon::{Lex, Lexicon, W};
use resolve::{Context, Tense};
use token::{Kind, Tok, flag, tokenize};

pub use timeml::{DCT_TID, dct_reference, tag_timeml, timex_tags};

/// What an expression's value was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Against {
    /// Nothing: the text gives the value in full (`January 11, 2022`).
    Absolute,
    /// The reference time (`yesterday`, `last week`, `Jan 11`).
    Reference,
    /// The narrative time: an earlier expression in the same text
    /// (`a day earlier`); see [`Expression::anchor`].
    Narrative,
    /// A reference time was needed and none was given: the value keeps
    /// `X` parts (`XXXX-WXX`).
    Unresolved,
}

/// The order of day and month in numeric dates such as `02/03/2022`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DayMonthOrder {
    /// Not configured: an ambiguous numeric date is returned with both
    /// readings (month first as the value, day first in
    /// [`Expression::alternatives`]) and flagged, unless the document's other
    /// numeric dates settle the order.
    #[default]
    Unknown,
    /// `02/03/2022` is February 3 (US usage).
    MonthFirst,
    /// `02/03/2022` is 2 March (most of the world).
    DayFirst,
}

/// Tagger settings: `Clone + Default`, with chained setters.
///
/// ```
/// use dateline::tagger::{Config, DayMonthOrder};
/// let config = Config::default().day_month_order(DayMonthOrder::DayFirst);
/// assert_eq!(config.get_day_month_order(), DayMonthOrder::DayFirst);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    day_month_order: DayMonthOrder,
}

impl Config {
    /// Sets the day/month order of numeric dates.
    #[must_use]
    pub fn day_month_order(mut self, order: DayMonthOrder) -> Self {
        self.day_month_order = order;
        self
    }

    /// The day/month order of numeric dates.
    pub fn get_day_month_order(&self) -> DayMonthOrder {
        self.day_month_order
    }
}

/// The time an article's relative expressions are resolved against: its
/// document creation time. A date, optionally with a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReferenceTime {
    /// The day.
    pub date: NaiveDate,
    /// The time of day, when known (used by `two hours ago`).
    pub time: Option<NaiveTime>,
}

impl From<NaiveDate> for ReferenceTime {
    fn from(date: NaiveDate) -> Self {
        ReferenceTime { date, time: None }
    }
}

impl From<NaiveDateTime> for ReferenceTime {
    fn from(dt: NaiveDateTime) -> Self {
        ReferenceTime {
            date: dt.date(),
            time: Some(dt.time()),
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expression {
    /// Byte offset of the first byte in the tagged text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// The TIMEX3 attributes: `type`, `value`, `mod`, `quant`, `freq`.
    #[serde(flatten)]
    pub timex: Timex3,
    /// The calendar interval the value denotes, when it is anchored (ends
    /// inclusive; see [`Interval`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// What the value was computed from.
    pub against: Against,
    /// For [`Against::Narrative`]: the index (in the returned list) of the
    /// expression counted from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<usize>,
    /// Other possible values (an ambiguous numeric date's other reading).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub alternatives: Vec<Value>,
    /// A note on something the caller should know: an ambiguous reading, a
    /// weekday that does not match the date given with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl fmt::Display for Expression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} [{}..{}] {} {}",
            self.text, self.start, self.end, self.timex.kind, self.timex.value
        )?;
        if let Some(m) = &self.timex.modifier {
            write!(f, " {m}")?;
        }
        Ok(())
    }
}

/// The tagger. Build once, tag many texts: the lexicon is compiled by
/// [`Tagger::new`] and tagging costs one pass over the text.
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::tagger::{Config, Tagger};
///
/// let tagger = Tagger::new(Config::default());
/// let dct = NaiveDate::from_ymd_opt(2022, 1, 11).unwrap();
/// let found = tagger.tag(
///     "Russian-led forces will begin withdrawing in two days' time, the president said on Tuesday.",
///     Some(dct.into()),
/// );
/// let values: Vec<String> = found.iter().map(|e| e.timex.value.to_string()).collect();
/// assert_eq!(values, ["2022-01-13", "2022-01-11"]);
/// ```
#[derive(Debug, Clone)]
pub struct Tagger {
    config: Config,
    lexicon: Lexicon,
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::new(Config::default())
    }
}

impl Tagger {
    /// Builds a tagger (compiles the lexicon).
    pub fn new(config: Config) -> Self {
        Tagger {
            config,
            lexicon: Lexicon::new(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Tags `text`, resolving relative expressions against `reference`.
    /// With `None`, absolute dates resolve and relative ones keep `X` parts.
    pub fn tag(&self, text: &str, reference: Option<ReferenceTime>) -> Vec<Expression> {
        let mut toks = Vec::new();
        self.tag_with_buffer(text, reference, &mut toks)
    }

    /// Like [`Tagger::tag`], reusing a token buffer across calls.
    fn tag_with_buffer(
        &self,
        text: &str,
        reference: Option<ReferenceTime>,
        toks: &mut Vec<Tok>,
    ) -> Vec<Expression> {
        tokenize(text, &self.lexicon, toks);
        let g = Grammar { toks, text };
        let mut matches: Vec<Match> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(m) = g.match_at(i) {
                let next = m.tail.as_ref().map_or(m.end, |t| t.1).max(i + 1);
                matches.push(m);
                i = next;
            } else {
                i += 1;
            }
        }
        let order = match self.config.day_month_order {
            DayMonthOrder::Unknown => document_order(&matches),
            o => o,
        };
        let mut ctx = Context {
            reference: reference.map(|r| r.date),
            reference_time: reference.and_then(|r| r.time),
            narrative: None,
            last_quarter: None,
            months_period: false,
            month_years: [None; 13],
            order,
        };
        let mut out: Vec<Expression> = Vec::with_capacity(matches.len());
        let mut narrative_idx: Option<usize> = None;
        let mut reporting_quarter: Option<resolve::Val> = None;
        for m in &matches {
            let head = Some((m.start, m.end, &m.spec, m.modifier));
            let tail = m.tail.as_ref().map(|(s, e, spec)| (*s, *e, spec, None));
            for (s, e, spec, modifier) in head.into_iter().chain(tail) {
                let tense = if needs_tense(spec) {
                    clause_tense(toks, text, s, e)
                } else {
                    Tense::Unknown
                };
                let Some(res) = resolve::resolve(spec, &ctx, tense) else {
                    continue;
                };
                let (Some(first), Some(last)) = (toks.get(s), toks.get(e.saturating_sub(1))) else {
                    continue;
                };
                let (bs, be) = (first.start, last.end);
                let Ok(value) = res.value.parse::<Value>() else {
                    continue;
                };
                let Ok(kind) = res.kind.parse::<TimexType>() else {
                    continue;
                };
                // `within 10 days`: the preposition stays outside the extent
                // but bounds the duration.
                let within = s > 0
                    && toks[s - 1].lex == Lex::Word(W::Within)
                    && matches!(spec, Spec::Dur { .. });
                let modifier = modifier
                    .or(res.modifier)
                    .or(if within {
                        Some(ModKind::EqualOrLess)
                    } else {
                        None
                    })
                    .and_then(|m| m.as_str().parse::<Mod>().ok());
                let anchor = if res.against == Against::Narrative {
                    narrative_idx
                } else {
                    None
                };
                let alternatives = res
                    .alternatives
                    .iter()
                    .filter_map(|a| a.parse::<Value>().ok())
                    .collect();
                // `the nine months`, `the first six months`: results for a
                // run of quarters are compared year with year.
                if let Spec::Dur {
                    amount: grammar::Amount::N(n),
                    unit: lexicon::Unit::Month,
                } = spec
                    && (*n == 6.0 || *n == 9.0)
                {
                    ctx.last_quarter = None;
                    ctx.months_period = true;
                }
                if let Some(v) = res.val {
                    if let resolve::Val::Month(y, mo) = v
                        && let Some(slot) = ctx.month_years.get_mut(mo as usize)
                    {
                        *slot = Some(y);
                    } else if let resolve::Val::Day(d) = v
                        && let Some(slot) = ctx
                            .month_years
                            .get_mut(chrono::Datelike::month(&d) as usize)
                    {
                        *slot = Some(chrono::Datelike::year(&d));
                    }
                    let shifted = matches!(spec, Spec::YearShift { .. });
                    if matches!(v, resolve::Val::Quarter(..))
                        && res.against != Against::Narrative
                        && !shifted
                    {
                        // A results story's quarter is the one its lead
                        // names; later quarters are side comparisons
                        // ("after a flat second quarter").
                        // Only a recent quarter can be the one reported on
                        // (not "the third quarter of 1984").
                        let recent = ctx.reference.is_none_or(|r| {
                            v.first_day().is_some_and(|d| {
                                let days = r.signed_duration_since(d).num_days();
                                (-92..=460).contains(&days)
                            })
                        });
                        ctx.last_quarter = Some(if recent {
                            *reporting_quarter.get_or_insert(v)
                        } else {
                            reporting_quarter.unwrap_or(v)
                        });
                        ctx.months_period = false;
                    }
                    // Times do not move the narrative, nor do values
                    // counted from it (a chain of "a year earlier"s in a
                    // report compares with one base).
                    if !matches!(spec, Spec::Time { .. })
                        && res.against != Against::Narrative
                        && !shifted
                    {
                        ctx.narrative = Some(v);
                        narrative_idx = Some(out.len());
                    }
                }
                let interval = value.interval();
                out.push(Expression {
                    start: bs,
                    end: be,
                    text: text.get(bs..be).unwrap_or_default().to_string(),
                    timex: Timex3 {
                        kind,
                        value,
                        modifier,
                        quant: res.quant.and_then(|q| q.parse::<Quant>().ok()),
                        freq: res.freq.and_then(|f| f.parse::<Freq>().ok()),
                    },
                    interval,
                    against: res.against,
                    anchor,
                    alternatives,
                    note: res.note.map(str::to_string),
                });
            }
        }
        explicit_dates_win(&mut out, text);
        out
    }
}

/// Whether a spec's value depends on the clause's tense.
fn needs_tense(spec: &Spec) -> bool {
    match spec {
        Spec::Cal { year: None, .. }
        | Spec::Weekday { .. }
        | Spec::AnaWeekday { .. }
        | Spec::Season { year: None, .. }
        | Spec::Quarter { year: None, .. }
        | Spec::Half { year: None, .. }
        | Spec::Holiday { year: None, .. }
        | Spec::NewYear { year: None, .. }
        | Spec::Weekend
        | Spec::YearEnd { .. } => true,
        Spec::Time { day: Some(d), .. }
        | Spec::PartOfDay { day: Some(d), .. }
        | Spec::WeekOf(d)
        | Spec::DayShift { day: d, .. }
        | Spec::YearShift { of: d, .. } => needs_tense(d),
        _ => false,
    }
}

/// The document-level day/month order: if the text's numeric dates include
/// one that only reads one way (`25/12/2021`), that order settles the
/// ambiguous ones.
fn document_order(matches: &[Match]) -> DayMonthOrder {
    let mut day_first = false;
    let mut month_first = false;
    for m in matches {
        if let Spec::Ambiguous { a, b, .. } = m.spec {
            if a > 12 && b <= 12 {
                day_first = true;
            } else if b > 12 && a <= 12 {
                month_first = true;
            }
        }
    }
    match (day_first, month_first) {
        (true, false) => DayMonthOrder::DayFirst,
        (false, true) => DayMonthOrder::MonthFirst,
        _ => DayMonthOrder::Unknown,
    }
}

/// `Wednesday (Jan 19)`: the weekday takes the explicit date's value, and a
/// note says so if the two disagree.
fn explicit_dates_win(out: &mut [Expression], text: &str) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let between = text.get(a.end..b.start).unwrap_or("");
        let closes = text
            .get(b.end..)
            .unwrap_or("")
            .trim_start()
            .starts_with(')');
        let Some(weekday) = a.text.split_whitespace().last().and_then(weekday_of_word) else {
            continue;
        };
        let Some(date) = b.timex.value.as_date().and_then(day_of) else {
            continue;
        };
        if between.trim() != "(" || !closes || a.timex.value == b.timex.value {
            continue;
        }
        let explicit = b.timex.value.clone();
        let a = &mut out[k - 1];
        a.interval = explicit.interval();
        a.timex.value = explicit;
        a.against = Against::Absolute;
        if chrono::Datelike::weekday(&date) != weekday {
            a.note = Some("the weekday does not match the date given with it".to_string());
        }
    }
}

fn day_of(d: &crate::value::DateValue) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year()?, d.month()?, d.day()?)
}

fn weekday_of_word(w: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    let l = w.trim_end_matches('.').to_ascii_lowercase();
    Some(match l.as_str() {
        "monday" => Mon,
        "tuesday" => Tue,
        "wednesday" => Wed,
        "thursday" => Thu,
        "friday" => Fri,
        "saturday" => Sat,
        "sunday" => Sun,
        _ => return None,
    })
}

/// Words that open another clause after an expression: its verbs do not
/// give the expression's tense ("said Monday that it will bid").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "saying", "because", "while", "when", "where",
    "although", "though", "unless", "if",
];

/// A cheap test passed by every word of [`CLAUSE_OPENERS`]: a word of two
/// to eight letters starting with one of their first letters.
#[inline]
fn may_open_clause(t: &Tok, text: &str) -> bool {
    t.kind == Kind::Word
        && (2..=8).contains(&t.len)
        && text.as_bytes().get(t.start).is_some_and(|b| {
            matches!(
                b.to_ascii_lowercase(),
                b't' | b'w' | b's' | b'b' | b'a' | b'u' | b'i'
            )
        })
}

/// Verbs of intention and agreement that take an infinitive: what follows
/// them lies ahead of the clause's time ("agreed to buy it in February").
const INTENT_VERBS: &[&str] = &[
    "agreed",
    "agrees",
    "decided",
    "decides",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "intends",
    "intended",
    "hopes",
    "hoped",
    "wants",
    "wanted",
    "aims",
    "aimed",
    "threatened",
    "threatens",
    "prepared",
    "prepares",
    "preparing",
    "planning",
    "likely",
    "ready",
];

/// The tense of the clause around tokens `[s, e)`: the nearest verbal cue
/// in the same sentence (finite auxiliaries and past forms first, `-ed`
/// words only when there is nothing else).
///
/// Refinements: cues after the expression stop at a word that opens
/// another clause; a plan word (`is scheduled to`, `expected to`, `plans
/// to`, `agreed to`, `has scheduled`) points ahead; `as soon as` and a
/// schedule preposition (`until`, `by`, `through`) right before the
/// expression point ahead unless the clause has a past-tense cue ("had
/// filed reports by Wednesday"); `since` points back; a possessive
/// (`Wednesday's ruling`) names a known event and reads as past unless a
/// finite future auxiliary says otherwise.
fn clause_tense(toks: &[Tok], text: &str, s: usize, e: usize) -> Tense {
    const SPAN: usize = 40;
    let word = |i: usize| -> Option<&str> {
        let t = toks.get(i)?;
        if t.kind == Kind::Word {
            text.get(t.start..t.end)
        } else {
            None
        }
    };
    let word_in = |i: usize, list: &[&str]| -> bool {
        word(i).is_some_and(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    // Sentence bounds. A period after an abbreviation (`Sept. 14`, `Corp.
    // said`) does not end the sentence: one before a number or a
    // lower-case word, or right after a short month name, is not taken as
    // a bound.
    let ends_sentence = |p: usize| -> bool {
        let t = &toks[p];
        if t.kind != Kind::Punct || !matches!(t.ch, '.' | '!' | '?' | ';') {
            return false;
        }
        if t.ch != '.' {
            return true;
        }
        let month_abbr = p > 0 && matches!(toks[p - 1].lex, Lex::Month { abbr: true, .. });
        if month_abbr {
            return false;
        }
        let continues = toks.get(p + 1).is_some_and(|n| {
            !n.has(flag::PARA)
                && (n.kind == Kind::Num || (n.kind == Kind::Word && !n.has(flag::CAP)))
        });
        !continues
    };
    let mut lo = s;
    let mut steps = 0;
    while lo > 0 && steps < SPAN {
        if ends_sentence(lo - 1) {
            break;
        }
        if toks[lo].has(flag::PARA) {
            break;
        }
        lo -= 1;
        steps += 1;
    }
    let mut hi = e;
    steps = 0;
    while hi < toks.len() && steps < SPAN {
        let t = &toks[hi];
        if ends_sentence(hi) {
            break;
        }
        if t.has(flag::PARA) || (may_open_clause(t, text) && word_in(hi, CLAUSE_OPENERS)) {
            break;
        }
        // `planned a rally on Saturday and were planning to ...`: `and`
        // before a finite verb opens a coordinated clause with a subject
        // of its own tense.
        if t.lex == Lex::Word(W::And)
            && toks.get(hi + 1).is_some_and(|n| {
                matches!(
                    n.lex,
                    Lex::Word(
                        W::Was
                            | W::Were
                            | W::Will
                            | W::Would
                            | W::Had
                            | W::Has
                            | W::Have
                            | W::Is
                            | W::Are
                            | W::PastVerb
                    )
                )
            })
        {
            break;
        }
        hi += 1;
        steps += 1;
    }
    // `Wednesday's ruling`.
    let possessive = toks
        .get(e)
        .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '\'' | '\u{2019}'))
        && word(e + 1).is_some_and(|w| w.eq_ignore_ascii_case("s"));
    // A comma between the expression and a later cue: the expression was
    // fronted ("On Tuesday, the league plans to ...").
    let fronted = |i: usize| i >= e && toks[e..i].iter().any(|t| t.is_punct(','));
    // A past form right after an auxiliary is a participle: the auxiliary
    // carries the tense (`will be paid`, `has been sent`).
    let after_aux = |i: usize, be_only: bool| -> bool {
        i > 0
            && toks.get(i - 1).is_some_and(|p| match p.lex {
                Lex::Word(W::Be | W::Is | W::Are) => true,
                Lex::Word(W::Was | W::Were | W::Aux | W::Has | W::Have | W::Had) => !be_only,
                _ => false,
            })
    };
    let participle = |i: usize| after_aux(i, false);
    let determiner = |i: usize| {
        i > 0
            && (matches!(toks[i - 1].lex, Lex::Word(W::The | W::Its))
                || word_in(
                    i - 1,
                    &["a", "an", "his", "her", "their", "our", "this", "these"],
                ))
    };
    let to_next = |i: usize| toks.get(i + 1).is_some_and(|n| n.lex == Lex::Word(W::To));
    let strong = |i: usize| -> Option<Tense> {
        let t = toks.get(i)?;
        match t.lex {
            Lex::Word(W::Will | W::Shall) => Some(Tense::Future),
            Lex::Word(W::Going) if to_next(i) => Some(Tense::Future),
            // Not the preposition `next to`.
            Lex::Word(W::Next) if !to_next(i) => Some(Tense::Future),
            // `expected to`, `is scheduled to`, `plans to`: before the
            // expression, or after a fronted one (after it they otherwise
            // start another clause: "announced Monday plans to").
            Lex::Word(W::Expected | W::Scheduled | W::Due | W::Plans | W::Set)
                if (i < s || fronted(i)) && to_next(i) && !after_aux(i, true) && !participle(i) =>
            {
                Some(Tense::Future)
            }
            Lex::Word(W::Expected | W::Scheduled | W::Due | W::Set)
                if (i < s || fronted(i)) && to_next(i) && after_aux(i, true) =>
            {
                Some(Tense::Future)
            }
            // `has scheduled a news conference Thursday`, `planned a
            // rally on Saturday`: the object is what lies ahead (not the
            // noun: "announced the plan Aug. 21").
            Lex::Word(W::Scheduled | W::Plans) if i < s && !to_next(i) && !determiner(i) => {
                Some(Tense::Future)
            }
            Lex::Word(W::Was | W::Were | W::Had | W::Did) => Some(Tense::Past),
            Lex::Word(W::Has | W::Have) => Some(Tense::Past),
            // `is to resume`: a plan.
            Lex::Word(W::Is | W::Are) if to_next(i) => Some(Tense::Future),
            Lex::Word(W::Is | W::Are | W::Says | W::Say) => Some(Tense::Present),
            Lex::Word(W::PastVerb) if !participle(i) => Some(Tense::Past),
            Lex::None if i < s && to_next(i) && word_in(i, INTENT_VERBS) => Some(Tense::Future),
            Lex::None if t.kind == Kind::Word && t.len == 2 => {
                // `'ll`
                let w = text.get(t.start..t.end)?;
                (w.eq_ignore_ascii_case("ll") && i > 0 && toks[i - 1].kind == Kind::Punct)
                    .then_some(Tense::Future)
            }
            _ => None,
        }
    };
    let weak = |i: usize| -> Option<Tense> {
        let t = toks.get(i)?;
        match t.lex {
            Lex::Word(W::Would) => return Some(Tense::Future),
            Lex::Word(W::Said) if !participle(i) => return Some(Tense::Past),
            _ => {}
        }
        if t.kind != Kind::Word || t.lex != Lex::None || t.has(flag::CAP) {
            return None;
        }
        let w = text.get(t.start..t.end)?;
        if !(w.len() > 4 && w.ends_with("ed") && !participle(i)) {
            return None;
        }
        // After a determiner an `-ed` word is an adjective ("a still
        // unspecified date", "the proposed sale").
        let adjective = determiner(i)
            || (i > 1
                && determiner(i - 1)
                && word(i - 1)
                    .is_some_and(|a| a.ends_with("ly") || a.eq_ignore_ascii_case("still")));
        (!adjective).then_some(Tense::Past)
    };
    // Cues right before the expression.
    let before = s.checked_sub(1);
    if let Some(b) = before {
        if toks[b].lex == Lex::Word(W::Since) {
            return Tense::Past;
        }
        if b >= 2 && word_in(b, &["as"]) && word_in(b - 1, &["soon"]) && word_in(b - 2, &["as"]) {
            return Tense::Future;
        }
    }
    // A schedule word right before a date points ahead: `effective Feb.
    // 1`, `payable Dec. 15`, `until mid-November`, `by Jan. 14`.
    let schedule = before.and_then(|b| {
        let t = &toks[b];
        if matches!(t.lex, Lex::Word(W::Until | W::Till | W::By | W::Through)) {
            Some(true)
        } else if word_in(b, &["effective", "payable"]) {
            Some(false)
        } else {
            None
        }
    });
    // The nearest cue wins; weak cues (`-ed` words, `would`, `said`) count
    // as three times as far as strong ones (auxiliaries, irregular pasts).
    let mut best: Option<(usize, Tense)> = None;
    let mut perfect_seen = false;
    let mut cue_after = false;
    // A relative clause closed before the expression (", which is
    // subject to approval,") has its own tense.
    let mut skip_to: Option<usize> = None;
    for i in lo..hi {
        if i >= s && i < e {
            continue;
        }
        if i < s
            && skip_to.is_none_or(|k| i > k)
            && i > 0
            && toks[i - 1].is_punct(',')
            && word_in(i, &["which", "who"])
        {
            skip_to = (i + 1..s).find(|&c| toks[c].is_punct(','));
        }
        if skip_to.is_some_and(|k| i <= k) {
            continue;
        }
        let d = if i < s { s - i } else { i + 1 - e };
        // Preceding cues win ties.
        let d = d * 2 + usize::from(i >= e);
        let cand = match strong(i) {
            // A fronted expression's plan word must be the first cue after
            // it ("In September, it announced plans to ...").
            Some(_)
                if cue_after
                    && fronted(i)
                    && !matches!(
                        toks[i].lex,
                        Lex::Word(
                            W::Will
                                | W::Shall
                                | W::Going
                                | W::Next
                                | W::Was
                                | W::Were
                                | W::Had
                                | W::Did
                                | W::Has
                                | W::Have
                                | W::Is
                                | W::Are
                                | W::Says
                                | W::Say
                                | W::PastVerb
                        )
                    ) =>
            {
                None
            }
            Some(t) => Some((d, t)),
            None => weak(i)
                .filter(|t| !(possessive && *t == Tense::Future))
                .map(|t| (d * 3 + 2, t)),
        };
        // `had filed by Wednesday` (not `had until March 6 to`).
        // In the same stretch of the clause: no comma in between, unless
        // the expression opens the sentence ("Until Thursday, they had").
        perfect_seen |= toks[i].lex == Lex::Word(W::Had)
            && if i < s {
                !toks[i..s].iter().any(|t| t.is_punct(','))
            } else {
                s <= lo + 1
            }
            && !toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.lex, Lex::Word(W::To | W::Until | W::By)));
        if let Some((cd, t)) = cand {
            cue_after |= i >= e;
            if best.is_none_or(|(bd, _)| cd < bd) {
                best = Some((cd, t));
            }
        }
    }
    match schedule {
        // `until`, `by`: overridden by a past perfect, which puts the
        // limit before a past time.
        Some(true) if !perfect_seen => return Tense::Future,
        Some(false) => return Tense::Future,
        _ => {}
    }
    match best {
        Some((_, Tense::Future)) => Tense::Future,
        _ if possessive => Tense::Past,
        Some((_, t)) => t,
        None => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_opener_filter_passes_every_opener() {
        let lex = Lexicon::new();
        let mut toks = Vec::new();
        for w in CLAUSE_OPENERS {
            for text in [w.to_string(), w.to_ascii_uppercase()] {
                tokenize(&text, &lex, &mut toks);
                assert!(may_open_clause(&toks[0], &text), "{text}");
            }
        }
    }
}

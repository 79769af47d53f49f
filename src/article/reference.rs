//! The reference time: which date an article's relative expressions resolve
//! against, and where it came from. The order is documented in the
//! [module docs](super#the-reference-time).

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::dateline::PartialDate;
use super::scan::{Cursor, Lines, find_byte, read_weekday_date, sub};
use super::structure::{BlockPosition, BoilerplateKind, Structure, timestamp_date};
use super::{Article, Published, Span};
use crate::{Error, Result};

/// Where an article's reference time came from. Serialised in snake_case:
/// `published`, `dateline`, `in_text`, `collection`, `none`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceSource {
    /// The article's publication date.
    Published,
    /// The dateline's date.
    Dateline,
    /// A weekday and date stated in the lead ("on Wednesday (Jan 19)").
    InText,
    /// Only a year, from the collection (a year hint, or the other
    /// articles).
    Collection,
    /// No reference at all.
    #[default]
    None,
}

impl ReferenceSource {
    /// The serialised name: `published`, `dateline`, `in_text`,
    /// `collection` or `none`.
    pub const fn as_str(&self) -> &'static str {
        match self {
            ReferenceSource::Published => "published",
            ReferenceSource::Dateline => "dateline",
            ReferenceSource::InText => "in_text",
            ReferenceSource::Collection => "collection",
            ReferenceSource::None => "none",
        }
    }
}

impl fmt::Display for ReferenceSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the reference's year came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum YearSource {
    /// Written with the date (or part of the publication date).
    Stated,
    /// The publication date's year, for a dateline or in-text date written
    /// without one (the year that puts the date nearest publication).
    Published,
    /// The caller's or the manifest's year hint.
    Hint,
    /// The year of the collection's other articles.
    Collection,
    /// The weekday: the only year near the hint in which the date falls on
    /// the weekday the text names, and not the hint's own year.
    Weekday,
}

/// A date that was considered and not used, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Alternative {
    /// The date.
    pub date: NaiveDate,
    /// Where it came from.
    pub source: ReferenceSource,
    /// Its evidence in the text, if any.
    pub span: Option<Span>,
    /// How it relates to the date used.
    pub note: String,
}

/// An article's reference time, with its provenance.
///
/// ```
/// use dateline::article::{Article, ReferenceOptions, ReferenceSource, YearSource};
/// let a = Article::new("st", "ALMATY, KAZAKHSTAN (AFP) - Russian soldiers completed their draw down, the defence ministry said on Wednesday (Jan 19).");
/// let r = a.reference(&ReferenceOptions::default().year_hint(2022))?;
/// assert_eq!(r.source, ReferenceSource::InText);
/// assert_eq!(r.date.map(|d| d.to_string()), Some("2022-01-19".to_string()));
/// assert_eq!(r.year_source, Some(YearSource::Hint));
/// // Jan 19 was a Wednesday in 2022, not in 2021: a 2021 hint still finds 2022.
/// let r = a.reference(&ReferenceOptions::default().year_hint(2021))?;
/// assert_eq!(r.date.map(|d| d.to_string()), Some("2022-01-19".to_string()));
/// assert_eq!(r.year_source, Some(YearSource::Weekday));
/// // No hint: no year is invented.
/// let r = a.reference(&ReferenceOptions::default())?;
/// assert_eq!(r.source, ReferenceSource::None);
/// assert!(r.date.is_none());
/// assert_eq!(r.partial.map(|p| (p.month, p.day)), Some((1, 19)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reference {
    /// The reference date, when one was found.
    pub date: Option<NaiveDate>,
    /// The reference date-time, when the publication date-time is used.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The reference year: the date's, or the collection's when there is no
    /// date (`source == Collection`).
    pub year: Option<i32>,
    /// Where the reference came from.
    pub source: ReferenceSource,
    /// Where its year came from.
    pub year_source: Option<YearSource>,
    /// The evidence in the text (the dateline's date, the in-text date).
    pub span: Option<Span>,
    /// A month and day the article gives when no year could be found for
    /// it (no date is invented from it).
    pub partial: Option<PartialDate>,
    /// Dates considered and not used (a dateline one day off the
    /// publication date, ...).
    pub alternatives: Vec<Alternative>,
    /// What was decided and why, in order.
    pub notes: Vec<String>,
}

impl Default for Reference {
    fn default() -> Reference {
        Reference::none()
    }
}

/// Options for choosing reference times: a `Clone + Default` value with
/// chained setters.
///
/// ```
/// use dateline::article::ReferenceOptions;
/// let o = ReferenceOptions::default().year_hint(2022).strict(true);
/// assert_eq!(o.year_hint, Some(2022));
/// assert_eq!(o.year_window, 5);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReferenceOptions {
    /// The year the articles are from, roughly: supplies missing years and
    /// centres the weekday search. Overrides a manifest's `year_hint`.
    pub year_hint: Option<i32>,
    /// Fail with [`Error::NoReference`] when an article has no reference,
    /// and with [`Error::ImpossibleDate`] when its dateline's date does not
    /// exist. Default: lenient.
    pub strict: bool,
    /// How many years either side of the hint a weekday may move the year.
    /// Default 5.
    pub year_window: u32,
    /// When both a publication date and a dated dateline exist and differ,
    /// use the dateline's. Default: the publication date.
    pub prefer_dateline: bool,
    /// Ignore the articles' publication dates from metadata (to see what
    /// the text alone gives). Default: false.
    pub ignore_published: bool,
}

impl Default for ReferenceOptions {
    fn default() -> ReferenceOptions {
        ReferenceOptions {
            year_hint: None,
            strict: false,
            year_window: 5,
            prefer_dateline: false,
            ignore_published: false,
        }
    }
}

impl ReferenceOptions {
    /// Sets the year hint.
    pub fn year_hint(mut self, year: i32) -> Self {
        self.year_hint = Some(year);
        self
    }
    /// Strict (`true`) or lenient (`false`, the default) mode.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }
    /// Sets the weekday search window (years either side of the hint).
    pub fn year_window(mut self, years: u32) -> Self {
        self.year_window = years;
        self
    }
    /// Prefer the dateline's date over a differing publication date.
    pub fn prefer_dateline(mut self, prefer: bool) -> Self {
        self.prefer_dateline = prefer;
        self
    }
    /// Ignore publication dates.
    pub fn ignore_published(mut self, ignore: bool) -> Self {
        self.ignore_published = ignore;
        self
    }
}

/// A year to complete partial dates with, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hint {
    pub year: i32,
    /// A date near which the partial date should fall (publication date, or
    /// the collection's median date).
    pub anchor: Option<NaiveDate>,
    pub source: YearSource,
}

enum Pick {
    One(NaiveDate, YearSource),
    Ambiguous(Vec<i32>),
    NoFit(String),
}

/// The year for `pd` near `hint`: see the module docs.
fn pick_year(pd: &PartialDate, hint: &Hint, window: u32) -> Pick {
    // Years as i64: a hint near i32::MAX must not overflow.
    let w = i64::from(window.min(400));
    let centre = i64::from(hint.year);
    let distance = |d: NaiveDate, y: i64| -> i64 {
        match hint.anchor {
            Some(a) => (d - a).num_days().abs(),
            None => (y - centre).abs(),
        }
    };
    let in_year = |y: i64| i32::try_from(y).ok().and_then(|y| pd.in_year(y));
    // Without a weekday: the hint's year, or the year nearest the anchor.
    let default_year = {
        let range = if hint.anchor.is_some() { -1..=1 } else { 0..=0 };
        let mut best: Option<(i64, i32, NaiveDate)> = None;
        let mut tie = false;
        for k in range {
            let y = centre + k;
            if let Some(d) = in_year(y) {
                let dist = distance(d, y);
                match best {
                    Some((bd, _, _)) if dist > bd => {}
                    Some((bd, _, _)) if dist == bd => tie = true,
                    _ => {
                        best = Some((dist, d.year(), d));
                        tie = false;
                    }
                }
            }
        }
        if tie { None } else { best }
    };
    let Some(wd) = pd.weekday else {
        return match default_year {
            Some((_, _, d)) => Pick::One(d, hint.source),
            None => Pick::NoFit(format!(
                "{} does not exist in {} (or lies equally far from the anchor in two years)",
                month_day(pd),
                hint.year
            )),
        };
    };
    let mut best: Vec<(i64, NaiveDate)> = Vec::new();
    for y in (centre - w)..=(centre + w) {
        let Some(d) = in_year(y).filter(|d| d.weekday() == wd) else {
            continue;
        };
        let dist = distance(d, y);
        match best.first() {
            Some((bd, _)) if dist > *bd => {}
            Some((bd, _)) if dist == *bd => best.push((dist, d)),
            _ => best = vec![(dist, d)],
        }
    }
    match best.as_slice() {
        [] => Pick::NoFit(format!(
            "{} is not a {} in any year from {} to {}",
            month_day(pd),
            weekday_name(wd),
            centre - w,
            centre + w
        )),
        [(_, d)] => {
            let same = default_year.is_some_and(|(_, y, _)| y == d.year());
            Pick::One(
                *d,
                if same {
                    hint.source
                } else {
                    YearSource::Weekday
                },
            )
        }
        many => Pick::Ambiguous(many.iter().map(|(_, d)| d.year()).collect()),
    }
}

fn month_day(pd: &PartialDate) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = usize::try_from(pd.month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i))
        .unwrap_or(&"?");
    match pd.weekday {
        Some(w) => format!("{} {} {}", weekday_name(w), m, pd.day),
        None => format!("{} {}", m, pd.day),
    }
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Completes `pd` to a full date: its own year (checked against its
/// weekday), else one picked near `hint`.
fn complete(
    pd: &PartialDate,
    hint: Option<&Hint>,
    window: u32,
) -> std::result::Result<(NaiveDate, YearSource), String> {
    if let Some(d) = pd.to_date() {
        if let Some(w) = pd.weekday
            && d.weekday() != w
        {
            return Err(format!(
                "{} {} is a {}, not a {}",
                month_day(pd),
                d.year(),
                weekday_name(d.weekday()),
                weekday_name(w)
            ));
        }
        return Ok((d, YearSource::Stated));
    }
    let Some(h) = hint else {
        return Err(format!(
            "{} has no year and there is no publication date or year hint",
            month_day(pd)
        ));
    };
    match pick_year(pd, h, window) {
        Pick::One(d, s) => Ok((d, s)),
        Pick::Ambiguous(ys) => Err(format!(
            "{} fits the years {} equally well; no year chosen",
            month_day(pd),
            ys.iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(" and ")
        )),
        Pick::NoFit(m) => Err(m),
    }
}

/// The lead: the first two paragraphs of the body's prose, at most 2,000
/// bytes.
fn lead_spans(text: &str, structure: &Structure) -> Vec<Span> {
    let mut out = Vec::new();
    let mut budget = 2000usize;
    for seg in structure.body_segments() {
        let s = sub(text, seg.start, seg.end);
        for l in Lines::new(s) {
            if out.len() >= 2 || budget == 0 {
                return out;
            }
            let start = seg.start + l.start;
            let mut end = seg.start + l.end;
            if end - start > budget {
                end = start + budget;
                while end > start && !text.is_char_boundary(end) {
                    end -= 1;
                }
            }
            budget = budget.saturating_sub(end - start);
            out.push(Span::new(start, end));
        }
    }
    out
}

/// The first weekday named together with a month and day in the article's
/// lead ("on Wednesday (Jan 19)", "Wednesday, Jan. 19, 2022", "Wednesday
/// 19 January"), as a partial date with its weekday and span. Dates that
/// do not exist are skipped.
///
/// ```
/// use dateline::article::{Structure, in_text_date};
/// let text = "ALMATY (AFP) - Troops left, the ministry said on Wednesday (Jan 19), as the country lifted a state of emergency.";
/// let d = in_text_date(text, &Structure::parse(text)).ok_or("none")?;
/// assert_eq!((d.month, d.day, d.year), (1, 19, None));
/// assert_eq!(&text[d.span.start..d.span.end], "Wednesday (Jan 19)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn in_text_date(text: &str, structure: &Structure) -> Option<PartialDate> {
    for span in lead_spans(text, structure) {
        let s = text.get(..span.end)?;
        let lead = sub(text, span.start, span.end);
        // A weekday date opens with a weekday's full name (ASCII) at the
        // start of a word: only its capitals need a look.
        let mut from = 0usize;
        while let Some(k) = find_byte(lead.as_bytes(), from, |b| {
            matches!(b, b'M' | b'T' | b'W' | b'F' | b'S')
        }) {
            from = k + 1;
            let after_alnum = sub(lead, 0, k)
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if after_alnum || !weekday_shaped(lead.as_bytes().get(k..).unwrap_or_default()) {
                continue;
            }
            let mut cur = Cursor::new(s, span.start + k);
            if let Some(d) = read_weekday_date(&mut cur, false)
                && d.valid
            {
                return Some(PartialDate::from_raw(&d));
            }
        }
    }
    None
}

/// Whether `b` opens with a run of ASCII letters that could be a weekday's
/// full name (six to nine letters ending in "day", any case): any other
/// word [`read_weekday_date`] reads there is no weekday (a weekday name is
/// all ASCII, and a word running on into other letters is longer).
fn weekday_shaped(b: &[u8]) -> bool {
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    (6..=9).contains(&n)
        && b.get(n - 3..n)
            .is_some_and(|d| d.eq_ignore_ascii_case(b"day"))
}

impl Reference {
    /// The time to resolve the article's relative expressions against: the
    /// day (and, with a published date-time, the local time of day), or
    /// `None` when the article has no reference day ([`ReferenceSource::None`]
    /// or only a collection year): the tagger then keeps relative
    /// expressions unresolved with `X` parts.
    ///
    /// ```
    /// use dateline::article::{Article, ReferenceOptions};
    /// use dateline::tagger::Tagger;
    ///
    /// let article = Article::new("r", "NUR-SULTAN, Jan 11 (Reuters) - Troops left last week.");
    /// let reference = article.reference(&ReferenceOptions::default().year_hint(2022))?;
    /// let found = Tagger::default().tag(&article.text, reference.reference_time());
    /// assert_eq!(found.last().map(|e| e.timex.value.to_string()), Some("2022-W01".into()));
    ///
    /// // No reference at all: relative expressions keep X parts.
    /// let bare = Article::new("b", "Troops left last week.");
    /// let reference = bare.reference(&ReferenceOptions::default())?;
    /// assert!(reference.reference_time().is_none());
    /// let found = Tagger::default().tag(&bare.text, reference.reference_time());
    /// assert_eq!(found[0].timex.value.to_string(), "XXXX-WXX");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reference_time(&self) -> Option<crate::tagger::ReferenceTime> {
        if let Some(dt) = self.datetime {
            return Some(dt.naive_local().into());
        }
        self.date.map(Into::into)
    }

    /// No reference: `source == None`, nothing else set.
    pub fn none() -> Reference {
        Reference {
            date: None,
            datetime: None,
            year: None,
            source: ReferenceSource::None,
            year_source: None,
            span: None,
            partial: None,
            alternatives: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Whether there is no reference at all.
    pub fn is_none(&self) -> bool {
        self.source == ReferenceSource::None
    }

    /// The reference time of one article on its own (no collection), in the
    /// order given in the [module docs](super#the-reference-time).
    ///
    /// # Errors
    ///
    /// Only in strict mode: [`Error::NoReference`] when nothing gives even
    /// a year, [`Error::ImpossibleDate`] when the dateline's date does not
    /// exist.
    pub fn resolve(
        article: &Article,
        structure: &Structure,
        options: &ReferenceOptions,
    ) -> Result<Reference> {
        resolve_with(article, structure, options, None)
    }
}

pub(crate) fn resolve_with(
    article: &Article,
    structure: &Structure,
    options: &ReferenceOptions,
    collection: Option<&Hint>,
) -> Result<Reference> {
    let mut r = Reference::none();
    let window = options.year_window;
    let dateline = structure.dateline.as_ref();
    if let Some(rejected) = dateline.and_then(|d| d.rejected_date.as_ref()) {
        if options.strict {
            return Err(Error::ImpossibleDate {
                text: rejected.text.clone(),
                context: Some(format!("the dateline of article {:?}", article.id)),
            });
        }
        r.notes.push(format!(
            "the dateline's date {:?} does not exist and was ignored",
            rejected.text
        ));
    }
    let dl_date = dateline.and_then(|d| d.date);
    let in_text = in_text_date(&article.text, structure);

    let metadata = if options.ignore_published {
        if article.published.is_some() {
            r.notes
                .push("the publication date is ignored (ignore_published)".into());
        }
        None
    } else {
        article.published
    };
    let published = metadata
        .map(|p| (p, None))
        .or_else(|| page_date(&article.text, structure));

    // 1. Publication date (metadata, else the page's date line).
    if let Some((p, line)) = published {
        let pd = p.date();
        r.date = Some(pd);
        r.datetime = p.datetime();
        r.year = Some(pd.year());
        r.source = ReferenceSource::Published;
        r.year_source = Some(YearSource::Stated);
        r.span = line;
        r.notes.push(match line {
            None => format!("reference {pd}: the publication date"),
            Some(s) => format!(
                "reference {pd}: the publication date, from the page's date line {:?}",
                sub(&article.text, s.start, s.end)
            ),
        });
        let hint = Hint {
            year: pd.year(),
            anchor: Some(pd),
            source: YearSource::Published,
        };
        if let Some(d) = dl_date {
            match complete(&d, Some(&hint), window) {
                Ok((date, _)) if date == pd => {
                    r.notes.push(format!("the dateline's date ({date}) agrees"))
                }
                Ok((date, ys)) => {
                    let days = (pd - date).num_days();
                    let why = format!(
                        "the dateline says {date}, the publication date is {pd} ({} day{} {}): a story filed before midnight or in another time zone, or published later",
                        days.abs(),
                        if days.abs() == 1 { "" } else { "s" },
                        if days > 0 { "later" } else { "earlier" }
                    );
                    if options.prefer_dateline {
                        r.alternatives.push(Alternative {
                            date: pd,
                            source: ReferenceSource::Published,
                            span: None,
                            note: "the publication date, not used (prefer_dateline)".into(),
                        });
                        r.notes.push(format!(
                            "{why}; the dateline's date is used (prefer_dateline)"
                        ));
                        r.date = Some(date);
                        r.datetime = None;
                        r.year = Some(date.year());
                        r.source = ReferenceSource::Dateline;
                        r.year_source = Some(ys);
                        r.span = Some(d.span);
                    } else {
                        r.alternatives.push(Alternative {
                            date,
                            source: ReferenceSource::Dateline,
                            span: Some(d.span),
                            note: why.clone(),
                        });
                        r.notes.push(format!("{why}; the publication date is used"));
                    }
                }
                Err(m) => r
                    .notes
                    .push(format!("the dateline's date is not used: {m}")),
            }
        }
        if let Some(t) = in_text {
            cross_check(&mut r, &t, &hint, window);
        }
        return Ok(r);
    }

    let hint = options
        .year_hint
        .map(|year| Hint {
            year,
            anchor: None,
            source: YearSource::Hint,
        })
        .or(collection.copied());

    // 2. The dateline's date.
    if let Some(d) = dl_date {
        match complete(&d, hint.as_ref(), window) {
            Ok((date, ys)) => {
                r.date = Some(date);
                r.year = Some(date.year());
                r.source = ReferenceSource::Dateline;
                r.year_source = Some(ys);
                r.span = Some(d.span);
                r.notes.push(format!(
                    "reference {date}: the dateline's date{}",
                    year_note(ys, hint.as_ref())
                ));
                if let Some(t) = in_text {
                    let h = Hint {
                        year: date.year(),
                        anchor: Some(date),
                        source: YearSource::Stated,
                    };
                    cross_check(&mut r, &t, &h, window);
                }
                return Ok(r);
            }
            Err(m) => {
                r.notes
                    .push(format!("the dateline's date gives no reference: {m}"));
                if d.year.is_none() {
                    r.partial = Some(d);
                }
            }
        }
    }

    // 3. A weekday and date in the lead.
    if let Some(t) = in_text {
        match complete(&t, hint.as_ref(), window) {
            Ok((date, ys)) => {
                r.date = Some(date);
                r.year = Some(date.year());
                r.source = ReferenceSource::InText;
                r.year_source = Some(ys);
                r.span = Some(t.span);
                r.partial = None;
                r.notes.push(format!(
                    "reference {date}: \"{}\" in the lead{}",
                    sub(&article.text, t.span.start, t.span.end),
                    year_note(ys, hint.as_ref())
                ));
                return Ok(r);
            }
            Err(m) => {
                r.notes
                    .push(format!("the lead's date gives no reference: {m}"));
                if r.partial.is_none() && t.year.is_none() {
                    r.partial = Some(t);
                }
            }
        }
    }

    // 4. The collection's year.
    if let Some(h) = hint {
        r.source = ReferenceSource::Collection;
        r.year = Some(h.year);
        r.year_source = Some(h.source);
        r.notes.push(match h.source {
            YearSource::Collection => format!(
                "no date in the article; the year {} comes from the collection's other articles: dates without a year can resolve, relative ones cannot",
                h.year
            ),
            _ => format!(
                "no date in the article; the year {} comes from the year hint: dates without a year can resolve, relative ones cannot",
                h.year
            ),
        });
        return Ok(r);
    }

    // 5. Nothing.
    if options.strict {
        return Err(Error::NoReference {
            article: article.id.clone(),
        });
    }
    r.notes
        .push("no reference time: absolute dates resolve, relative ones stay unresolved".into());
    Ok(r)
}

/// A publication date from a date line before the body (a leading
/// [`BoilerplateKind::Timestamp`](super::BoilerplateKind::Timestamp) block).
fn page_date(text: &str, structure: &Structure) -> Option<(Published, Option<Span>)> {
    structure
        .boilerplate
        .iter()
        .filter(|b| b.position == BlockPosition::Leading && b.kind == BoilerplateKind::Timestamp)
        .find_map(|b| {
            timestamp_date(sub(text, b.span.start, b.span.end))
                .map(|d| (Published::Date(d), Some(b.span)))
        })
}

fn year_note(ys: YearSource, hint: Option<&Hint>) -> String {
    match (ys, hint) {
        (YearSource::Stated, _) => String::new(),
        (YearSource::Hint, Some(h)) => format!(", year {} from the year hint", h.year),
        (YearSource::Collection, Some(h)) => {
            format!(", year {} from the collection's other articles", h.year)
        }
        (YearSource::Weekday, Some(h)) => {
            format!(", the only year near {} in which the weekday fits", h.year)
        }
        (YearSource::Published, _) => ", year from the publication date".into(),
        _ => String::new(),
    }
}

/// Compares an in-text date with the reference already chosen; a
/// disagreement becomes an alternative.
fn cross_check(r: &mut Reference, t: &PartialDate, hint: &Hint, window: u32) {
    let Some(used) = r.date else { return };
    match complete(t, Some(hint), window) {
        Ok((date, _)) if date == used => r.notes.push(format!("the lead's date ({date}) agrees")),
        Ok((date, _)) => {
            let note = format!(
                "the lead names {date} as the day of the reported action; the reference {used} is kept"
            );
            r.notes.push(note.clone());
            r.alternatives.push(Alternative {
                date,
                source: ReferenceSource::InText,
                span: Some(t.span),
                note,
            });
        }
        Err(m) => r
            .notes
            .push(format!("the lead's date is not comparable: {m}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(m: u32, d: u32, w: Option<Weekday>) -> PartialDate {
        let p = PartialDate::new(m, d).unwrap();
        match w {
            Some(w) => p.with_weekday(w),
            None => p,
        }
    }

    fn hint(y: i32) -> Hint {
        Hint {
            year: y,
            anchor: None,
            source: YearSource::Hint,
        }
    }

    #[test]
    fn weekday_picks_year() {
        let p = pd(1, 19, Some(Weekday::Wed));
        match pick_year(&p, &hint(2022), 5) {
            Pick::One(d, YearSource::Hint) => {
                assert_eq!(d, NaiveDate::from_ymd_opt(2022, 1, 19).unwrap())
            }
            _ => panic!(),
        }
        match pick_year(&p, &hint(2021), 5) {
            Pick::One(d, YearSource::Weekday) => assert_eq!(d.year(), 2022),
            _ => panic!(),
        }
        assert!(matches!(pick_year(&p, &hint(2021), 0), Pick::NoFit(_)));
    }

    #[test]
    fn anchor_crosses_new_year() {
        let p = pd(12, 30, None);
        let h = Hint {
            year: 2022,
            anchor: NaiveDate::from_ymd_opt(2022, 1, 2),
            source: YearSource::Published,
        };
        match pick_year(&p, &h, 5) {
            Pick::One(d, _) => assert_eq!(d, NaiveDate::from_ymd_opt(2021, 12, 30).unwrap()),
            _ => panic!(),
        }
    }

    #[test]
    fn feb_29_needs_a_leap_year() {
        let p = pd(2, 29, None);
        assert!(matches!(pick_year(&p, &hint(2022), 5), Pick::NoFit(_)));
        assert!(matches!(pick_year(&p, &hint(2024), 5), Pick::One(..)));
    }

    #[test]
    fn stated_year_with_wrong_weekday() {
        let mut p = pd(1, 19, Some(Weekday::Tue));
        p.year = Some(2022);
        assert!(complete(&p, None, 5).is_err());
    }
}

//! The timeline stage's own input types: plain, public data that the article
//! and event stages (or any other producer) fill in.
//!
//! Offsets are **byte** offsets into the article's text, as everywhere in the
//! crate. Every type here is serde-serialisable and deserialisable, so inputs
//! can also be written by hand as JSON (see the tests of the
//! [`timeline`](super) module).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::value::{Mod, Value};

/// Where an article's reference time came from: the article stage's type
/// ([`crate::article::ReferenceSource`]), the same for the timeline's
/// inputs and output.
pub use crate::article::ReferenceSource;

/// An article's dateline, when one was found: `ALMATY, KAZAKHSTAN (AFP) -`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DatelineInput {
    /// The place (`ALMATY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The region or country (`KAZAKHSTAN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The agency (`AFP`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The date the dateline gives, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// One article of the collection, as the timeline stage needs it.
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::timeline::{ArticleInput, ReferenceSource};
///
/// let a = ArticleInput::new("reuters", NaiveDate::from_ymd_opt(2022, 1, 11), ReferenceSource::Published);
/// assert_eq!(a.id, "reuters");
/// assert_eq!(a.reference_source, ReferenceSource::Published);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInput {
    /// The article's id in the collection manifest.
    pub id: String,
    /// The title or headline, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The reference time (document creation time) relative expressions
    /// were resolved against.
    #[serde(default)]
    pub reference: Option<NaiveDate>,
    /// Where [`ArticleInput::reference`] came from.
    #[serde(default)]
    pub reference_source: ReferenceSource,
    /// The dateline, when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<DatelineInput>,
    /// The outlet or source named in the manifest (`Reuters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The article's text (the text mention and expression offsets point
    /// into). Only the TimeML export needs it; it may be empty otherwise.
    #[serde(default)]
    pub text: String,
}

impl ArticleInput {
    /// An article with an id, a reference date and its source, and no text.
    pub fn new(
        id: impl Into<String>,
        reference: Option<NaiveDate>,
        reference_source: ReferenceSource,
    ) -> ArticleInput {
        ArticleInput {
            id: id.into(),
            reference,
            reference_source,
            ..ArticleInput::default()
        }
    }
}

/// The phase of a process an event mention denotes (TimeML aspectual
/// events): "began withdrawing" is the [`PhaseAspect::Start`] of a
/// withdrawal, "completed the withdrawal" its [`PhaseAspect::End`].
///
/// Serialized in snake case (`none`, `start`, `continue`, `end`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PhaseAspect {
    /// The event itself, no phase.
    #[default]
    None,
    /// Its beginning (`begin`, `start`, `launch`).
    Start,
    /// Its continuation (`continue`, `keep`).
    Continue,
    /// Its end (`complete`, `finish`, `conclude`, `end`).
    End,
}

impl PhaseAspect {
    /// The serialized spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            PhaseAspect::None => "none",
            PhaseAspect::Start => "start",
            PhaseAspect::Continue => "continue",
            PhaseAspect::End => "end",
        }
    }
}

/// Whether the text says the event happened, is going on, or is only
/// planned or possible.
///
/// Serialized in snake case (`happened`, `ongoing`, `planned`, ...).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It took place (past tense, perfect).
    Happened,
    /// It is taking place at the reference time.
    Ongoing,
    /// It is scheduled or announced for the future (`will begin`,
    /// `should be completed by`).
    Planned,
    /// It may happen (modal, conditional).
    Possible,
    /// The text says it did not happen.
    Negated,
    /// The stage could not tell.
    #[default]
    Unknown,
}

impl Status {
    /// The serialized spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Ongoing => "ongoing",
            Status::Planned => "planned",
            Status::Possible => "possible",
            Status::Negated => "negated",
            Status::Unknown => "unknown",
        }
    }

    /// Happened or ongoing: the text reports it as real.
    pub fn is_actual(self) -> bool {
        matches!(self, Status::Happened | Status::Ongoing)
    }

    /// Planned or possible: the text reports it as expected, not as real.
    pub fn is_prospective(self) -> bool {
        matches!(self, Status::Planned | Status::Possible)
    }
}

/// Positive or negative polarity (`did not withdraw`). Serialized
/// `positive` / `negative`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// The event is asserted.
    #[default]
    Positive,
    /// The event is denied.
    Negative,
}

/// How a mention relates to its anchoring time expression.
///
/// Serialized in snake case (`at`, `before`, `after`, `since`, `until`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum AnchorRelation {
    /// The event happens at or within the time (`on Thursday`): the
    /// event is dated by it.
    #[default]
    At,
    /// The event ends before the time starts (`before Friday`).
    Before,
    /// The event starts after the time ends (`after Jan 10`).
    After,
    /// The event starts at or after the time's start (`since Monday`).
    Since,
    /// The event ends at or before the time's end (`by Wednesday`, `until
    /// Jan 22`).
    Until,
}

/// The time expression that anchors a mention, resolved.
///
/// ```
/// use dateline::timeline::{AnchorInput, AnchorRelation};
/// let a = AnchorInput::new("2022-01-13".parse()?, "on Thursday", 120, 131);
/// assert_eq!(a.relation, AnchorRelation::At);
/// assert_eq!(a.value.to_string(), "2022-01-13");
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnchorInput {
    /// The TIMEX3 value (`2022-01-13`, `2022-W02`).
    pub value: Value,
    /// The TIMEX3 `mod`, if any (`ON_OR_BEFORE` for "by Wednesday").
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Mod>,
    /// How the event relates to the time (default: at/within it).
    #[serde(default)]
    pub relation: AnchorRelation,
    /// The expression as written (`last week`, `in two days' time`).
    pub time_text: String,
    /// Byte offset of the expression in the article text.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
}

impl AnchorInput {
    /// An anchor at (within) `value`, written `time_text` at `start..end`.
    pub fn new(
        value: Value,
        time_text: impl Into<String>,
        start: usize,
        end: usize,
    ) -> AnchorInput {
        AnchorInput {
            value,
            modifier: None,
            relation: AnchorRelation::At,
            time_text: time_text.into(),
            start,
            end,
        }
    }
}

/// The kind of a temporal signal linking a mention to another event or
/// time: "X **after** Y", "X, **a day earlier**", "X **since** Y".
///
/// Serialized in snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// The mention is before the target (`before`, `earlier`, `prior to`,
    /// `ahead of`).
    Before,
    /// The mention is after the target (`after`, `following`, `later`,
    /// `hours after`).
    After,
    /// The mention starts with the target (`since`).
    Since,
    /// The mention ends with the target (`until`).
    Until,
    /// The mention happens within the target (`during`, `amid`, `while`).
    During,
    /// The mention happens at the same time (`as`, `at the same time`).
    Simultaneous,
}

impl SignalKind {
    /// Reads a signal as written: the kind, and the distance when one is
    /// given as a TIMEX3 duration (`a day earlier` → before, `P1D`;
    /// `hours after` → after, `PTXH`; `two weeks later` → after, `P2W`).
    /// `None` for words that are not temporal signals.
    ///
    /// ```
    /// use dateline::timeline::SignalKind;
    /// let (kind, offset) = SignalKind::from_text("a day earlier").ok_or("not a signal")?;
    /// assert_eq!(kind, SignalKind::Before);
    /// assert_eq!(offset.map(|v| v.to_string()).as_deref(), Some("P1D"));
    /// assert_eq!(SignalKind::from_text("following").map(|s| s.0), Some(SignalKind::After));
    /// assert_eq!(SignalKind::from_text("hours after").and_then(|s| s.1).map(|v| v.to_string()).as_deref(), Some("PTXH"));
    /// assert_eq!(SignalKind::from_text("Since").map(|s| s.0), Some(SignalKind::Since));
    /// assert!(SignalKind::from_text("because").is_none());
    /// # Ok::<(), &str>(())
    /// ```
    pub fn from_text(text: &str) -> Option<(SignalKind, Option<Value>)> {
        let lower = text.trim().to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .collect();
        let (last, rest) = words.split_last()?;
        let two = words.len() >= 2 && words[words.len() - 2..] == ["prior", "to"];
        let ahead = words.len() >= 2 && words[words.len() - 2..] == ["ahead", "of"];
        let kind = match *last {
            _ if two || ahead => SignalKind::Before,
            "before" | "earlier" | "previously" | "beforehand" => SignalKind::Before,
            "since" => SignalKind::Since,
            "after" | "later" | "following" | "afterwards" | "afterward" => SignalKind::After,
            "until" | "till" => SignalKind::Until,
            "during" | "amid" | "while" | "throughout" | "within" => SignalKind::During,
            "as" | "when" | "meanwhile" | "simultaneously" => SignalKind::Simultaneous,
            _ => return None,
        };
        let body = if two || ahead {
            &words[..words.len() - 2]
        } else {
            rest
        };
        Some((kind, distance(body)))
    }
}

/// A distance before a signal word: `a day`, `two weeks`, `hours`, `3 days`.
fn distance(words: &[&str]) -> Option<Value> {
    use crate::value::{Duration, DurationUnit};
    let (unit_word, amount_words) = words.split_last()?;
    let unit = match unit_word.trim_end_matches('s') {
        "minute" => DurationUnit::Minute,
        "hour" => DurationUnit::Hour,
        "day" => DurationUnit::Day,
        "week" => DurationUnit::Week,
        "month" => DurationUnit::Month,
        "year" => DurationUnit::Year,
        _ => return None,
    };
    let amount: Option<u64> = match amount_words {
        [] => None,
        [w, ..] => match *w {
            "a" | "an" | "one" => Some(1),
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            "six" => Some(6),
            "seven" => Some(7),
            "eight" => Some(8),
            "nine" => Some(9),
            "ten" => Some(10),
            "several" | "few" | "some" | "many" => None,
            n => n.parse().ok(),
        },
    };
    let d = match amount.and_then(crate::value::Decimal::from_u64) {
        Some(n) => Duration::new(n, unit),
        None => Duration::fuzzy(unit),
    };
    Some(Value::duration(d))
}

/// What a signal relates the mention to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalTarget {
    /// Another mention in the **same article**, by its trigger's byte
    /// offsets.
    Mention {
        /// Byte offset of the target trigger.
        start: usize,
        /// Byte offset just past the target trigger.
        end: usize,
    },
    /// A time (`after Jan 10`).
    Time {
        /// The resolved value.
        value: Value,
    },
}

/// A temporal signal on a mention.
///
/// With an `offset` of whole days ("a day earlier" = `P1D`) and a target
/// dated to the day, an undated mention gets a date of its own (the
/// target's day shifted by the offset).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalInput {
    /// Before, after, since, ...
    pub kind: SignalKind,
    /// The signal as written (`hours after`, `a day earlier`).
    pub text: String,
    /// The other event or time.
    pub target: SignalTarget,
    /// The distance, when given, as a TIMEX3 duration (`P1D`, `PTXH`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<Value>,
}

/// One mention of an event in one article, as the event stage found it.
///
/// Only `article`, `start`, `end` and `trigger` are essential; everything
/// else improves merging, dating and labels. `Default` gives an empty
/// mention to fill in with struct update syntax:
///
/// ```
/// use dateline::timeline::{AnchorInput, MentionInput, PhaseAspect, Status};
/// let m = MentionInput {
///     article: "afp".into(),
///     start: 30,
///     end: 38,
///     trigger: "pullback".into(),
///     lemma: "pullback".into(),
///     semantic_class: Some("withdrawal".into()),
///     aspect: PhaseAspect::Start,
///     status: Status::Happened,
///     sentence: "Russia-led troops begin pullback from Kazakhstan".into(),
///     participants: vec!["russia".into(), "kazakhstan".into()],
///     anchor: Some(AnchorInput::new("2022-01-13".parse()?, "Thursday", 120, 128)),
///     salience: 0.9,
///     ..MentionInput::default()
/// };
/// assert_eq!(m.key(), ("afp", 30, 38));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MentionInput {
    /// The id of the article (as in [`ArticleInput::id`]).
    pub article: String,
    /// Byte offset of the trigger in the article text.
    pub start: usize,
    /// Byte offset just past the trigger.
    pub end: usize,
    /// The trigger as written (`withdrawing`).
    pub trigger: String,
    /// Its lemma (`withdraw`); the trigger in lower case when empty.
    #[serde(default)]
    pub lemma: String,
    /// A coarse semantic class shared by synonyms (`withdrawal` for
    /// withdraw, pull out, draw down), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_class: Option<String>,
    /// The TimeML event class (`OCCURRENCE`, `REPORTING`, `ASPECTUAL`, ...),
    /// used by the TimeML export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The phase of a process the mention denotes.
    #[serde(default)]
    pub aspect: PhaseAspect,
    /// Happened, planned, ...
    #[serde(default)]
    pub status: Status,
    /// Asserted or denied.
    #[serde(default)]
    pub polarity: Polarity,
    /// The sentence the mention is in.
    #[serde(default)]
    pub sentence: String,
    /// The sentence's index in the article (0 = headline).
    #[serde(default)]
    pub sentence_index: usize,
    /// Byte offset of the sentence in the article text, when known (lets
    /// the label find the trigger in the sentence exactly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_start: Option<usize>,
    /// Normalised keys of the participants (`russia`, `kazakhstan`,
    /// `tokayev`).
    #[serde(default)]
    pub participants: Vec<String>,
    /// The time expression that anchors it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<AnchorInput>,
    /// How central the mention is to its article, 0 to 1.
    #[serde(default)]
    pub salience: f32,
    /// Temporal signals relating it to other mentions or times.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<SignalInput>,
}

impl MentionInput {
    /// The mention's identity: article id and trigger offsets.
    pub fn key(&self) -> (&str, usize, usize) {
        (&self.article, self.start, self.end)
    }

    /// The mention's id in the timeline: `article:start-end`.
    pub fn id(&self) -> String {
        mention_id(&self.article, self.start, self.end)
    }

    /// The lemma, or the trigger in lower case when the lemma is empty.
    pub fn lemma_or_trigger(&self) -> String {
        if self.lemma.trim().is_empty() {
            self.trigger.trim().to_lowercase()
        } else {
            self.lemma.trim().to_lowercase()
        }
    }
}

/// The id of a mention: `article:start-end`.
pub(crate) fn mention_id(article: &str, start: usize, end: usize) -> String {
    format!("{article}:{start}-{end}")
}

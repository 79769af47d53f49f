//! The timeline stage: event mentions from many articles merged into events,
//! placed on a time line, related by typed temporal relations, checked for
//! consistency, and exported.
//!
//! # Input
//!
//! The stage reads its own plain input types ([`ArticleInput`],
//! [`MentionInput`]; see [`input`](self#input)), so it does not depend on
//! how articles and events were found. [`Timeline::build`] does the rest:
//!
//! 1. **Merge** ([`merge`](self#merging)): mentions of the same event in
//!    different articles (and within one) become one [`Event`] carrying
//!    every mention and source.
//! 2. **Date** each event from its mentions' anchors: compatible claims
//!    (`2022-01-13` inside `2022-W02`, a planned date and the actual one)
//!    give the finest date; incompatible ones are kept as [`Claim`]s and
//!    reported as a [`Conflict`].
//! 3. **Relate** events: from their dates compared at their granularity
//!    ([`Basis::Date`]), from textual signals ("after", "a day earlier",
//!    "since"; [`Basis::Signal`]) and from aspect (the start of a process
//!    before its end; [`Basis::Phase`]).
//! 4. **Reason** over all of it with a point-algebra closure (see
//!    [`relation`](self#reasoning)): relations that contradict what is
//!    already known are not stored but reported as conflicts with the
//!    mentions on each side; events with only relative placement get the
//!    earliest and latest dates the closure allows.
//! 5. **Order** the events for display: by date, events with only relative
//!    placement where their relations put them.
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline::timeline::{
//!     AnchorInput, ArticleInput, MentionInput, ReferenceSource, Status, Timeline, TimelineOptions,
//! };
//!
//! let day = |d| NaiveDate::from_ymd_opt(2022, 1, d);
//! let articles = [
//!     ArticleInput::new("afp", day(13), ReferenceSource::Published),
//!     ArticleInput::new("moscow", day(13), ReferenceSource::Published),
//! ];
//! let mention = |article: &str, sentence: &str, trigger: &str, when: &str, time_text: &str| {
//!     let start = sentence.find(trigger).unwrap_or(0);
//!     MentionInput {
//!         article: article.into(),
//!         start,
//!         end: start + trigger.len(),
//!         trigger: trigger.into(),
//!         lemma: "withdraw".into(),
//!         status: Status::Happened,
//!         sentence: sentence.into(),
//!         sentence_start: Some(0),
//!         participants: vec!["russia".into(), "kazakhstan".into()],
//!         anchor: Some(AnchorInput::new(when.parse().unwrap(), time_text, 0, 0)),
//!         salience: 0.8,
//!         ..MentionInput::default()
//!     }
//! };
//! let mentions = [
//!     mention("afp", "Russian troops withdrew from Kazakhstan on Thursday.", "withdrew", "2022-01-13", "Thursday"),
//!     mention("moscow", "The alliance withdrew troops from Kazakhstan this week.", "withdrew", "2022-W02", "this week"),
//! ];
//! let timeline = Timeline::build(&articles, &mentions, &TimelineOptions::default())?;
//! assert_eq!(timeline.events.len(), 1); // one event, two sources
//! let event = &timeline.events[0];
//! assert_eq!(event.when.value.as_deref(), Some("2022-01-13"));
//! assert_eq!(event.sources, ["afp", "moscow"]);
//! assert_eq!(event.label, "Russian troops withdrew from Kazakhstan");
//! assert!(timeline.conflicts.is_empty());
//! # Ok::<(), dateline::Error>(())
//! ```
//!
//! # Input
//!
//! [`ArticleInput`] gives an article's id, reference time and where it came
//! from, its dateline and (for the TimeML export) its text. [`MentionInput`]
//! gives one event mention: article, trigger offsets, lemma, semantic
//! class, aspect ([`PhaseAspect`]), [`Status`], polarity, sentence,
//! participants (normalised keys), anchor ([`AnchorInput`]), salience and
//! signals ([`SignalInput`]). Denied mentions (negative polarity or
//! [`Status::Negated`]) are left out of the timeline.
//!
//! # Merging
//!
//! Candidate pairs come from **blocks**, never from all pairs: a mention is
//! filed under its classes (its lemma's stem, and its semantic class when
//! it has one) and
//! the time buckets of its anchor — ISO weeks for anchors up to two weeks
//! long, months up to a quarter, years beyond; undated mentions under the
//! week of their article's reference time. A mention is compared with the
//! mentions of its class in the buckets its anchor touches (widened by the
//! date tolerance) and in the coarser buckets that contain it. In a block
//! larger than [`TimelineOptions::max_bucket`] a mention is compared only
//! with mentions of the same lemma stem that share a participant (or have
//! none, like it), and with about `max_bucket` of those (the nearest in
//! canonical order, split evenly over its participants), so no block costs
//! more than `O(B · max_bucket)`: each mention is compared with a bounded
//! number of others, and the union of matches joins the rest
//! transitively. A pair is scored as it is found; the clusters' date
//! constraints are kept as extremes (latest start, earliest end, overall
//! and per article), so checking a union costs the same for a cluster of
//! two mentions or of two thousand. Each mention keeps only its best 8
//! scored links (a pair stays when either side keeps it), so the union's
//! work is linear in the mentions.
//!
//! A candidate pair is scored from lexical identity (same lemma 1.0, same
//! stem 0.9, same semantic class 0.7; weight 0.35), participant overlap
//! (Jaccard; 0.5 when either side has none; weight 0.2), time
//! compatibility (equal anchors 1.0, one inside the other 0.85, undated
//! 0.5, disjoint 0; weight 0.3) and sentence word overlap (weight 0.15).
//! Pairs never merge across aspects (the start and the end of a withdrawal
//! stay two events), across two sentences of one article with disjoint
//! dates, or within one sentence. Disjoint dates merge only within the
//! date tolerance (wider when one side is planned), from different
//! articles, with the same stem, overlapping participants and some shared
//! wording, and not for reporting events: that is the "Monday or Tuesday"
//! case, kept as one event with a conflict.
//!
//! Pairs at or above [`TimelineOptions::merge_threshold`] are merged
//! greedily, best first (ties by the mentions' canonical order), with a
//! union-find whose clusters keep their dated claims: a union that would
//! put two disjoint claims of one article, or claims further apart than the
//! tolerance, into one event is refused. Mentions are put into a canonical
//! order (article id, offsets) first, so the result does not depend on the
//! order the input is given in.
//!
//! **Cost.** With `M` mentions and blocks of size at most `B` (after
//! narrowing), blocking is `O(M log M)`, scoring `O(M · B)` pairs (each
//! mention is filed in a bounded number of blocks), and the
//! union-find `O(P log P)` for `P` candidate pairs plus the claim checks of
//! each union (proportional to the distinct claims of the two clusters).
//!
//! # Reasoning
//!
//! See [`TemporalRelation`] and the `relation` module notes: a point algebra
//! over event endpoints and day boundaries, consistency by cycle detection
//! on strict edges, entailment by search on demand. Building is
//! `O(r · (n + k + r))` for `n` events, `k` day boundaries and `r` relations
//! from signals, aspect and bounds; dated events need no pairwise closure,
//! their order is the calendar's. Each query ([`Timeline::before`],
//! [`Timeline::after`], [`Timeline::relation`]) rebuilds the point graph
//! from the timeline's own data and searches it, `O(n + k + r)`.
//!
//! # JSON
//!
//! [`Timeline::to_json`] writes the timeline with stable field names; see
//! [`Timeline`] for the contract and an example. Output is deterministic:
//! the same input in any order gives byte-identical JSON.

mod build;
pub mod export;
mod graph;
mod incremental;
pub mod input;
mod label;
mod merge;
mod order;
mod pipeline;
mod reason;
pub mod relation;
pub mod semeval;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::tagger::DayMonthOrder;
use crate::value::Granularity;

pub use graph::{GraphEdge, GraphNode, TimelineGraph};
pub use incremental::Incremental;
pub use input::{
    AnchorInput, AnchorRelation, ArticleInput, DatelineInput, MentionInput, PhaseAspect, Polarity,
    ReferenceSource, SignalInput, SignalKind, SignalTarget, Status,
};
pub use pipeline::Prepared;
pub use relation::TemporalRelation;

/// A timeline: the articles, the events in chronological order, the
/// relations between them and the conflicts found.
///
/// # JSON contract
///
/// Serialized (by [`Timeline::to_json`]) with these field names, which are
/// stable; fields may be added.
///
/// - `articles[]`: `id`, `reference` with `date` (ISO date or `null`) and
///   `source` (`published`, `dateline`, `in_text`, `collection` or `none`),
///   `dateline` (when found: `place`, `region`, `agency`, `date`), `title`
///   and `source` when known.
/// - `events[]`, in chronological order: `id` (`e1`, `e2`, ... in that
///   order), `label`, `when` with `value` (TIMEX3), `start` and `end` (ISO
///   dates, inclusive), `granularity` and `placement` (`dated`, `relative`,
///   `undated`), plus `earliest`/`latest` for relatively placed events;
///   `status`, `participants`, `salience`, `mentions[]` with `id`
///   (`article:start-end`), `article`, `text` (the sentence), `time_text`
///   (the anchoring expression or `null`), `trigger`, offsets, `status`,
///   `value`; then `lemma`, `class`, `aspect`, `polarity`, `sources` and
///   `claims[]` (`value`, `start`, `end`, `granularity`, `status`,
///   `mentions`, `primary`).
/// - `relations[]`: `from`, `to` (event ids), `relation` (a
///   [`TemporalRelation`], TimeML spelling), `basis` (`date`, `signal`,
///   `phase`), `evidence` (mention ids) and `signal` (the signal's text).
/// - `conflicts[]`: `id`, `kind` (`date_disagreement`,
///   `planned_vs_actual`, `contradictory_relations`), `events`,
///   `description`, `sides[]` with `claim` and `mentions`.
///
/// ```json
/// {
///   "articles": [
///     {"id": "afp", "reference": {"date": "2022-01-13", "source": "published"}}
///   ],
///   "events": [
///     {
///       "id": "e1",
///       "label": "Russia-led troops begin pullback from Kazakhstan",
///       "when": {"value": "2022-01-13", "start": "2022-01-13", "end": "2022-01-13",
///                "granularity": "day", "placement": "dated"},
///       "status": "happened",
///       "participants": ["kazakhstan", "russia"],
///       "salience": 0.9,
///       "mentions": [
///         {"id": "afp:30-38", "article": "afp", "text": "Russia-led troops begin pullback from Kazakhstan",
///          "time_text": null, "trigger": "pullback", "start": 30, "end": 38,
///          "sentence_index": 0, "status": "happened", "value": null}
///       ],
///       "lemma": "pullback", "class": "withdrawal", "aspect": "start", "polarity": "positive",
///       "sources": ["afp"], "claims": []
///     }
///   ],
///   "relations": [
///     {"from": "e1", "to": "e2", "relation": "BEFORE", "basis": "phase", "evidence": ["afp:30-38", "afp:912-921"]}
///   ],
///   "conflicts": []
/// }
/// ```
///
/// # Queries
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::timeline::{
///     AnchorInput, ArticleInput, MentionInput, PhaseAspect, ReferenceSource, Status,
///     TemporalRelation, Timeline, TimelineOptions,
/// };
///
/// let day = |d| NaiveDate::from_ymd_opt(2022, 1, d).unwrap();
/// let articles = [ArticleInput::new("a", Some(day(20)), ReferenceSource::Published)];
/// let m = |start: usize, trigger: &str, aspect, value: &str| MentionInput {
///     article: "a".into(),
///     start,
///     end: start + trigger.len(),
///     trigger: trigger.into(),
///     lemma: "withdraw".into(),
///     aspect,
///     status: Status::Happened,
///     sentence: format!("Troops {trigger} on {value}."),
///     sentence_index: start / 100,
///     participants: vec!["russia".into()],
///     anchor: Some(AnchorInput::new(value.parse().unwrap(), value, 0, 0)),
///     salience: 0.5,
///     ..MentionInput::default()
/// };
/// let mentions = [
///     m(100, "began withdrawing", PhaseAspect::Start, "2022-01-13"),
///     m(200, "finished withdrawing", PhaseAspect::End, "2022-01-19"),
/// ];
/// let t = Timeline::build(&articles, &mentions, &TimelineOptions::default())?;
/// let ids = |v: Vec<&dateline::timeline::Event>| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
/// assert_eq!(ids(t.between(day(10), day(16))), ["e1"]);
/// assert_eq!(ids(t.involving("Russia")), ["e1", "e2"]);
/// assert_eq!(ids(t.before("e2")), ["e1"]);
/// assert_eq!(ids(t.after("e1")), ["e2"]);
/// assert_eq!(t.relation("e1", "e2"), Some(TemporalRelation::Before));
/// assert_eq!(t.sources_of("e1")[0].id, "a");
/// assert_eq!(t.mentions_of("e2")[0].trigger, "finished withdrawing");
/// assert_eq!(t.reference_of("a").map(|r| r.source), Some(ReferenceSource::Published));
/// assert!(t.conflicts.is_empty());
/// // The start and the end of the withdrawal: two events, linked as phases.
/// assert!(t.relations.iter().any(|r| r.basis == dateline::timeline::Basis::Phase));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Every article, sorted by id, with its reference time.
    pub articles: Vec<ArticleEntry>,
    /// The events, in chronological (display) order.
    pub events: Vec<Event>,
    /// Relations between events, sorted by the events' order.
    pub relations: Vec<Relation>,
    /// Disagreements between sources and contradictions found.
    pub conflicts: Vec<Conflict>,
}

/// An article in the timeline: its id and reference time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleEntry {
    /// The manifest id.
    pub id: String,
    /// The reference time and where it came from.
    pub reference: Reference,
    /// The dateline, when one was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<DatelineInput>,
    /// The title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// An article's reference time and its source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The date, if the article has one.
    pub date: Option<NaiveDate>,
    /// Where it came from.
    pub source: ReferenceSource,
}

/// How an event is placed on the time line.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// It has a date of its own.
    Dated,
    /// It has no date, but relations or its articles' reference times
    /// bound it ([`When::earliest`], [`When::latest`]) or order it.
    Relative,
    /// Nothing places it.
    #[default]
    Undated,
}

/// When an event happened, as far as the timeline knows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// The TIMEX3 value (`2022-01-13`, `2022-W02`), for dated events.
    pub value: Option<String>,
    /// The first day (inclusive).
    pub start: Option<NaiveDate>,
    /// The last day (inclusive).
    pub end: Option<NaiveDate>,
    /// The granularity of the value.
    pub granularity: Option<Granularity>,
    /// Dated, relative or undated.
    pub placement: Placement,
    /// For relatively placed events: the earliest day it can have started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest: Option<NaiveDate>,
    /// For relatively placed events: the latest day it can have ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<NaiveDate>,
    /// The date is approximate: its sources say "around" or "about" it
    /// (TIMEX3 `mod` APPROX). `start` and `end` then reach past the
    /// value's own days: by half its length either side, at least three
    /// days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}

/// One event: every mention of it, merged across articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `e1`, `e2`, ... in chronological order.
    pub id: String,
    /// A short description cut from its most salient mention.
    pub label: String,
    /// Its date or placement.
    pub when: When,
    /// Happened, planned, ...: happened if any source reports it as real.
    pub status: Status,
    /// Participants (normalised keys), most mentioned first.
    pub participants: Vec<String>,
    /// Salience, 0 to 1: the noisy-or of each article's most salient
    /// mention (more sources, more salient).
    pub salience: f32,
    /// Every mention, in canonical order (article id, offset).
    pub mentions: Vec<Mention>,
    /// The lemma most of its mentions share.
    pub lemma: String,
    /// The semantic class, if known.
    pub class: Option<String>,
    /// The phase it denotes.
    pub aspect: PhaseAspect,
    /// Always positive (denied mentions are left out).
    pub polarity: Polarity,
    /// The ids of the articles that mention it, sorted.
    pub sources: Vec<String>,
    /// The distinct dates its mentions give, when there is more than one
    /// or they disagree (one of them `primary`).
    pub claims: Vec<Claim>,
}

/// One mention of an event, as it appears in the timeline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// `article:start-end`.
    pub id: String,
    /// The article's manifest id.
    pub article: String,
    /// The sentence.
    pub text: String,
    /// The time expression that anchored it, if any.
    pub time_text: Option<String>,
    /// The trigger as written.
    pub trigger: String,
    /// Byte offset of the trigger in the article.
    pub start: usize,
    /// Byte offset just past the trigger.
    pub end: usize,
    /// The sentence's index (0 = headline).
    pub sentence_index: usize,
    /// What this mention says about the event's status.
    pub status: Status,
    /// The anchor's TIMEX3 value, if any.
    pub value: Option<String>,
    /// The anchor's offsets in the article, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_span: Option<(usize, usize)>,
    /// How the mention relates to its anchor, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_relation: Option<AnchorRelation>,
    /// The TimeML event class, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeml_class: Option<String>,
    /// The mention's salience.
    pub salience: f32,
}

/// A date one or more mentions give for an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The TIMEX3 value.
    pub value: String,
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// The value's granularity.
    pub granularity: Granularity,
    /// `happened` if any supporting mention reports it as real, else the
    /// mentions' status (`planned`, ...).
    pub status: Status,
    /// The supporting mentions' ids.
    pub mentions: Vec<String>,
    /// Whether this is the claim the event is dated by (or compatible with
    /// it).
    pub primary: bool,
}

/// What a relation was derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The two events' dates compared at their granularity.
    Date,
    /// A textual signal ("after", "a day earlier", "since").
    Signal,
    /// Aspect: the start and the end of one process.
    Phase,
}

/// A typed temporal relation between two events, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// The first event's id.
    pub from: String,
    /// The second event's id.
    pub to: String,
    /// How `from` relates to `to`.
    pub relation: TemporalRelation,
    /// What it was derived from.
    pub basis: Basis,
    /// The mentions (ids) that produced it.
    pub evidence: Vec<String>,
    /// For signals: the signal as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signal: Option<String>,
}

/// The kinds of [`Conflict`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Sources give incompatible dates for the same event (Monday and
    /// Tuesday for one speech).
    DateDisagreement,
    /// A planned date and the actual one differ.
    PlannedVsActual,
    /// Relations (from signals, aspect, dates, bounds) that cannot all
    /// hold: the one found contradicting was not stored.
    ContradictoryRelations,
}

/// One side of a conflict: what it claims and the mentions claiming it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictSide {
    /// The claim (`2022-01-17`, `e2 AFTER e3 (signal "after")`).
    pub claim: String,
    /// The ids of the mentions behind it.
    pub mentions: Vec<String>,
}

/// A disagreement between sources, or a contradiction, reported rather
/// than hidden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// `c1`, `c2`, ...
    pub id: String,
    /// What kind.
    pub kind: ConflictKind,
    /// The events involved.
    pub events: Vec<String>,
    /// A readable explanation.
    pub description: String,
    /// The sides, the one the timeline follows first.
    pub sides: Vec<ConflictSide>,
}

/// Options for [`Timeline::build`]; make them with
/// [`TimelineOptions::builder`] or take the [`Default`] (lenient, no
/// salience threshold).
///
/// ```
/// use dateline::tagger::DayMonthOrder;
/// use dateline::timeline::TimelineOptions;
///
/// let options = TimelineOptions::builder()
///     .strict(true)
///     .salience_threshold(0.3)
///     .day_month_order(DayMonthOrder::DayFirst)
///     .build();
/// assert!(options.strict);
/// assert_eq!(options.tagger_config().get_day_month_order(), DayMonthOrder::DayFirst);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineOptions {
    /// Strict: an article without a reference time
    /// ([`Error::NoReference`](crate::Error::NoReference)), a mention of an
    /// unknown article, or a mention whose offsets are reversed is an
    /// error. Lenient (default): they are processed as well as possible.
    pub strict: bool,
    /// Events whose salience is below this are left out (default 0).
    pub salience_threshold: f32,
    /// The day/month order of numeric dates (`02/03/2022`), for the
    /// tagging stage of the pipeline that feeds this one (see
    /// [`TimelineOptions::tagger_config`]); the timeline stage itself
    /// receives resolved values.
    pub day_month_order: DayMonthOrder,
    /// The score at which two mentions are merged (default 0.6).
    pub merge_threshold: f32,
    /// How many days apart two actual dates of one event may be and still
    /// be merged (as a conflict); default 3.
    pub date_tolerance_days: u32,
    /// The same when one side is a planned date; default 7.
    pub planned_tolerance_days: u32,
    /// Blocks larger than this are narrowed (same lemma stem, a shared
    /// participant, about this many comparisons per mention); default 16.
    /// Larger values compare more pairs in dense collections (more merges
    /// found, more time); see the README's performance table.
    pub max_bucket: usize,
    /// The most articles a build accepts; more give
    /// [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge).
    /// Default 100,000
    /// ([`CollectionOptions::DEFAULT_MAX_ARTICLES`](crate::article::CollectionOptions::DEFAULT_MAX_ARTICLES)).
    #[serde(default = "default_max_articles")]
    pub max_articles: usize,
    /// The most text, in bytes, of all articles together; more give
    /// [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge).
    /// Default 1 GiB.
    #[serde(default = "default_max_collection_bytes")]
    pub max_collection_bytes: usize,
}

fn default_max_articles() -> usize {
    crate::article::CollectionOptions::DEFAULT_MAX_ARTICLES
}

fn default_max_collection_bytes() -> usize {
    crate::article::CollectionOptions::DEFAULT_MAX_COLLECTION_BYTES
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            strict: false,
            salience_threshold: 0.0,
            day_month_order: DayMonthOrder::Unknown,
            merge_threshold: 0.6,
            date_tolerance_days: 3,
            planned_tolerance_days: 7,
            max_bucket: 16,
            max_articles: default_max_articles(),
            max_collection_bytes: default_max_collection_bytes(),
        }
    }
}

impl TimelineOptions {
    /// A builder starting from the defaults.
    pub fn builder() -> TimelineOptionsBuilder {
        TimelineOptionsBuilder::default()
    }

    /// Checks a collection of `articles` articles with `bytes` bytes of
    /// text in all against [`TimelineOptions::max_articles`] and
    /// [`TimelineOptions::max_collection_bytes`].
    ///
    /// # Errors
    ///
    /// [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge),
    /// naming the limit and the setting that raises it.
    pub fn check_limits(&self, articles: usize, bytes: usize) -> Result<()> {
        if articles > self.max_articles {
            return Err(crate::Error::CollectionTooLarge {
                size: articles,
                limit: self.max_articles,
                unit: "articles",
                how: "TimelineOptions::max_articles",
            });
        }
        if bytes > self.max_collection_bytes {
            return Err(crate::Error::CollectionTooLarge {
                size: bytes,
                limit: self.max_collection_bytes,
                unit: "bytes",
                how: "TimelineOptions::max_collection_bytes",
            });
        }
        Ok(())
    }

    /// The tagger configuration these options imply (the day/month order).
    pub fn tagger_config(&self) -> crate::tagger::Config {
        crate::tagger::Config::default().day_month_order(self.day_month_order)
    }
}

/// Builds [`TimelineOptions`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineOptionsBuilder {
    options: TimelineOptions,
}

impl TimelineOptionsBuilder {
    /// Strict (errors) or lenient (default).
    #[must_use]
    pub fn strict(mut self, strict: bool) -> Self {
        self.options.strict = strict;
        self
    }

    /// Lenient: the opposite of [`TimelineOptionsBuilder::strict`].
    #[must_use]
    pub fn lenient(mut self) -> Self {
        self.options.strict = false;
        self
    }

    /// Leaves out events less salient than `threshold`.
    #[must_use]
    pub fn salience_threshold(mut self, threshold: f32) -> Self {
        self.options.salience_threshold = threshold;
        self
    }

    /// The day/month order of numeric dates.
    #[must_use]
    pub fn day_month_order(mut self, order: DayMonthOrder) -> Self {
        self.options.day_month_order = order;
        self
    }

    /// The merge score threshold.
    #[must_use]
    pub fn merge_threshold(mut self, threshold: f32) -> Self {
        self.options.merge_threshold = threshold;
        self
    }

    /// The date tolerance for actual dates, in days.
    #[must_use]
    pub fn date_tolerance_days(mut self, days: u32) -> Self {
        self.options.date_tolerance_days = days;
        self
    }

    /// The date tolerance when one date is planned, in days.
    #[must_use]
    pub fn planned_tolerance_days(mut self, days: u32) -> Self {
        self.options.planned_tolerance_days = days;
        self
    }

    /// The block size above which blocks are narrowed.
    #[must_use]
    pub fn max_bucket(mut self, size: usize) -> Self {
        self.options.max_bucket = size.max(2);
        self
    }

    /// The most articles a build accepts.
    #[must_use]
    pub fn max_articles(mut self, count: usize) -> Self {
        self.options.max_articles = count;
        self
    }

    /// The most text, in bytes, a build accepts.
    #[must_use]
    pub fn max_collection_bytes(mut self, bytes: usize) -> Self {
        self.options.max_collection_bytes = bytes;
        self
    }

    /// The options.
    pub fn build(self) -> TimelineOptions {
        self.options
    }
}

impl Timeline {
    /// Builds the timeline of a collection. See the [module
    /// documentation](self).
    ///
    /// # Errors
    ///
    /// Only in strict mode: [`Error::NoReference`](crate::Error::NoReference)
    /// for an article without a reference time,
    /// [`Error::InvalidInput`](crate::Error::InvalidInput) for a mention of
    /// an unknown article, a duplicate article id, or reversed offsets.
    /// Always: [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge)
    /// for more articles than [`TimelineOptions::max_articles`] or more
    /// article text than [`TimelineOptions::max_collection_bytes`].
    pub fn build(
        articles: &[ArticleInput],
        mentions: &[MentionInput],
        options: &TimelineOptions,
    ) -> Result<Timeline> {
        options.check_limits(
            articles.len(),
            articles
                .iter()
                .fold(0usize, |n, a| n.saturating_add(a.text.len())),
        )?;
        build::build(articles, mentions, options)
    }

    /// The events in chronological order.
    pub fn iter(&self) -> std::slice::Iter<'_, Event> {
        self.events.iter()
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index_of(id).map(|i| &self.events[i])
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        // Ids are e1..en in order; fall back to a scan for edited timelines.
        id.strip_prefix('e')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .filter(|&i| self.events.get(i).is_some_and(|e| e.id == id))
            .or_else(|| self.events.iter().position(|e| e.id == id))
    }

    /// The events that overlap the days `from` to `to` (inclusive): dated
    /// events whose interval meets it, and relatively placed events whose
    /// bounds lie within it. In chronological order.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| match e.when.placement {
                Placement::Dated => match (e.when.start, e.when.end) {
                    (Some(s), Some(t)) => s <= to && t >= from,
                    _ => false,
                },
                Placement::Relative => match (e.when.earliest, e.when.latest) {
                    (Some(s), Some(t)) => s >= from && t <= to,
                    _ => false,
                },
                Placement::Undated => false,
            })
            .collect()
    }

    /// The events involving an entity: one of the event's participant keys
    /// equals or contains `entity` (case-insensitive).
    pub fn involving(&self, entity: &str) -> Vec<&Event> {
        let key = entity.trim().to_lowercase();
        if key.is_empty() {
            return Vec::new();
        }
        self.events
            .iter()
            .filter(|e| {
                e.participants
                    .iter()
                    .any(|p| p.to_lowercase() == key || p.to_lowercase().contains(&key))
            })
            .collect()
    }

    /// The events that certainly ended before (or as) this one started,
    /// by the closure of dates, signals, aspect and bounds. Chronological
    /// order; empty for an unknown id.
    pub fn before(&self, id: &str) -> Vec<&Event> {
        let Some(i) = self.index_of(id) else {
            return Vec::new();
        };
        let r = reason::Reasoner::from_timeline(self);
        r.before(i).into_iter().map(|j| &self.events[j]).collect()
    }

    /// The events that certainly started after (or as) this one ended.
    pub fn after(&self, id: &str) -> Vec<&Event> {
        let Some(i) = self.index_of(id) else {
            return Vec::new();
        };
        let r = reason::Reasoner::from_timeline(self);
        r.after(i).into_iter().map(|j| &self.events[j]).collect()
    }

    /// The relation the closure entails between two events, if it
    /// determines one (dates compare at granularity only in the stored
    /// [`Basis::Date`] relations; here an event dated to a day lies
    /// somewhere within it).
    pub fn relation(&self, from: &str, to: &str) -> Option<TemporalRelation> {
        let (a, b) = (self.index_of(from)?, self.index_of(to)?);
        reason::Reasoner::from_timeline(self).relation(a, b)
    }

    /// The mentions of an event.
    pub fn mentions_of(&self, id: &str) -> &[Mention] {
        self.event(id).map(|e| e.mentions.as_slice()).unwrap_or(&[])
    }

    /// The articles that mention an event.
    pub fn sources_of(&self, id: &str) -> Vec<&ArticleEntry> {
        let Some(e) = self.event(id) else {
            return Vec::new();
        };
        self.articles
            .iter()
            .filter(|a| e.sources.contains(&a.id))
            .collect()
    }

    /// An article's reference time and its source.
    pub fn reference_of(&self, article: &str) -> Option<Reference> {
        self.articles
            .iter()
            .find(|a| a.id == article)
            .map(|a| a.reference)
    }

    /// The conflicts that involve an event.
    pub fn conflicts_of(&self, id: &str) -> Vec<&Conflict> {
        self.conflicts
            .iter()
            .filter(|c| c.events.iter().any(|e| e == id))
            .collect()
    }

    /// The relations stored for an event, as `from` or `to`.
    pub fn relations_of(&self, id: &str) -> Vec<&Relation> {
        self.relations
            .iter()
            .filter(|r| r.from == id || r.to == id)
            .collect()
    }

    /// The event graph (petgraph): events and the time anchors of dated
    /// events as nodes, relations as edges.
    pub fn graph(&self) -> TimelineGraph {
        TimelineGraph::from_timeline(self)
    }
}

impl<'a> IntoIterator for &'a Timeline {
    type Item = &'a Event;
    type IntoIter = std::slice::Iter<'a, Event>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.iter()
    }
}

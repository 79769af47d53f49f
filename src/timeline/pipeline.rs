//! From a collection of articles to a timeline: the stages run in order.
//!
//! For each article: its structure and reference time
//! ([`Collection::resolve_references`]), its temporal expressions
//! ([`Tagger::tag`] against the reference), its event mentions in the body
//! only ([`Extractor::extract_within`] over
//! [`Structure::body_segments`](crate::article::Structure::body_segments));
//! then salience across articles ([`corroborate`]) and the merge, graph and
//! reasoning of [`Timeline::build`].

use std::ops::Range;

use serde::Serialize;

use super::input::{
    AnchorInput, AnchorRelation, ArticleInput, DatelineInput, MentionInput, PhaseAspect, Polarity,
    SignalInput, Status,
};
use super::{Timeline, TimelineOptions};
use crate::Result;
use crate::article::{Article, Collection, Reference, ReferenceOptions, Structure};
use crate::events::{self, EventMention, Extractor, corroborate};
use crate::tagger::{Expression, Tagger};
use crate::value::Mod;

/// What the stages before the merge produced for a collection: the
/// timeline's inputs, plus each article's expressions and mentions.
#[derive(Debug, Clone, Serialize)]
pub struct Prepared {
    /// One entry per article, in the collection's order.
    pub articles: Vec<ArticleInput>,
    /// Every event mention of every article, converted for the merge.
    pub mentions: Vec<MentionInput>,
    /// Each article's temporal expressions (same order as `articles`).
    pub expressions: Vec<Vec<Expression>>,
    /// Each article's event mentions (same order as `articles`).
    pub events: Vec<Vec<EventMention>>,
}

impl Prepared {
    /// Runs the stages up to the merge on `collection`: references (with
    /// `options.strict` deciding whether an article without one is an
    /// error), expressions, event mentions from the body, salience.
    ///
    /// With the `rayon` feature the per-article stages (structure,
    /// tagging, event extraction) run on all cores; the result is the same
    /// as [`Prepared::new_sequential`]'s, byte for byte.
    ///
    /// # Errors
    ///
    /// [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge) for
    /// a collection over [`TimelineOptions::max_articles`] or
    /// [`TimelineOptions::max_collection_bytes`] (checked first); in strict
    /// mode, the errors of [`Collection::resolve_references`].
    pub fn new(
        collection: &Collection,
        reference: &ReferenceOptions,
        options: &TimelineOptions,
    ) -> Result<Prepared> {
        Prepared::run(collection, reference, options, cfg!(feature = "rayon"))
    }

    /// [`Prepared::new`] on the calling thread only, whether or not the
    /// `rayon` feature is on: for callers that run their own threads, and
    /// to compare against.
    ///
    /// # Errors
    ///
    /// As [`Prepared::new`].
    pub fn new_sequential(
        collection: &Collection,
        reference: &ReferenceOptions,
        options: &TimelineOptions,
    ) -> Result<Prepared> {
        Prepared::run(collection, reference, options, false)
    }

    fn run(
        collection: &Collection,
        reference: &ReferenceOptions,
        options: &TimelineOptions,
        parallel: bool,
    ) -> Result<Prepared> {
        options.check_limits(
            collection.len(),
            collection
                .iter()
                .fold(0usize, |n, a| n.saturating_add(a.text.len())),
        )?;
        let reference = reference.clone().strict(options.strict);
        let structures = per_article(&collection.articles, parallel, Article::structure);
        let references = collection.references_with(&structures, &reference, parallel)?;
        let stages = Stages::new(options);
        let items: Vec<(&Article, &Structure, &Reference)> = collection
            .articles
            .iter()
            .zip(&structures)
            .zip(&references)
            .map(|((a, s), r)| (a, s, r))
            .collect();
        let (expressions, events): (Vec<_>, Vec<_>) =
            per_article(&items, parallel, |(a, s, r)| stages.run(a, s, r))
                .into_iter()
                .unzip();
        let mut events = events;
        let (articles, mentions) = inputs(
            &collection.articles,
            &structures,
            &references,
            &expressions,
            &mut events,
            parallel,
        );
        Ok(Prepared {
            articles,
            mentions,
            expressions,
            events,
        })
    }

    /// Merges, orders and checks the prepared mentions.
    pub fn build(&self, options: &TimelineOptions) -> Result<Timeline> {
        Timeline::build(&self.articles, &self.mentions, options)
    }
}

pub(crate) use crate::par::map as per_article;

/// The per-article stages after the reference: tagging and event
/// extraction (from the body only). They depend on the article, its
/// structure and its reference time alone.
#[derive(Debug, Clone)]
pub(crate) struct Stages {
    tagger: Tagger,
    extractor: Extractor,
}

impl Stages {
    pub(crate) fn new(options: &TimelineOptions) -> Stages {
        Stages {
            tagger: Tagger::new(options.tagger_config()),
            extractor: Extractor::default(),
        }
    }

    /// One article's expressions and event mentions (before salience).
    pub(crate) fn run(
        &self,
        article: &Article,
        structure: &Structure,
        reference: &Reference,
    ) -> (Vec<Expression>, Vec<EventMention>) {
        let text = article.text.as_str();
        let rt = reference.reference_time();
        let found = self.tagger.tag(text, rt);
        let body: Vec<Range<usize>> = structure
            .body_segments()
            .iter()
            .map(|s| s.start..s.end)
            .collect();
        let mentions = self.extractor.extract_within(text, &found, rt, Some(&body));
        (found, mentions)
    }
}

/// The shared, cross-article part before the merge: salience across
/// articles ([`corroborate`], updating `events`), then the timeline's
/// inputs (articles and mentions). All slices are in article order; the
/// conversion runs per article on all cores when `parallel`.
pub(crate) fn inputs<S, E>(
    articles: &[Article],
    structures: &[S],
    references: &[Reference],
    expressions: &[E],
    events: &mut [Vec<EventMention>],
    parallel: bool,
) -> (Vec<ArticleInput>, Vec<MentionInput>)
where
    S: std::borrow::Borrow<Structure> + Sync,
    E: AsRef<[Expression]> + Sync,
{
    corroborate(events);
    let items: Vec<_> = articles
        .iter()
        .zip(structures)
        .zip(references)
        .zip(expressions)
        .zip(events.iter())
        .collect();
    let per: Vec<(ArticleInput, Vec<MentionInput>)> =
        per_article(&items, parallel, |((((a, s), r), found), evs)| {
            // An aspectual verb ("began") whose process ("withdrawing") is
            // a mention of its own is carried by that mention's phase.
            let mentions = evs
                .iter()
                .filter(|m| !(m.class == events::EventClass::Aspectual && m.phase_of.is_some()))
                .map(|m| mention_input(&a.id, &a.text, found.as_ref(), m))
                .collect();
            (article_input(a, (*s).borrow(), r), mentions)
        });
    let mut inputs = Vec::with_capacity(per.len());
    let mut mentions = Vec::with_capacity(per.iter().map(|p| p.1.len()).sum());
    for (input, ms) in per {
        inputs.push(input);
        mentions.extend(ms);
    }
    (inputs, mentions)
}

impl Timeline {
    /// Builds the timeline of a collection: the one-call API.
    ///
    /// ```
    /// use dateline::article::{Article, Collection, ReferenceOptions};
    /// use dateline::timeline::{Timeline, TimelineOptions};
    ///
    /// let collection = Collection::new(vec![
    ///     Article::builder("a", "MOSCOW (Reuters) - Troops began withdrawing from the country on Thursday.")
    ///         .published(chrono::NaiveDate::from_ymd_opt(2022, 1, 13).ok_or("date")?)
    ///         .build(),
    ///     Article::builder("b", "ALMATY (AFP) - The troops began their withdrawal on January 13.")
    ///         .published(chrono::NaiveDate::from_ymd_opt(2022, 1, 19).ok_or("date")?)
    ///         .build(),
    /// ]);
    /// let timeline = Timeline::from_collection(
    ///     &collection,
    ///     &ReferenceOptions::default(),
    ///     &TimelineOptions::default(),
    /// )?;
    /// let withdrawal = timeline
    ///     .iter()
    ///     .find(|e| e.when.value.as_deref() == Some("2022-01-13"))
    ///     .ok_or("no event on Jan 13")?;
    /// assert_eq!(withdrawal.sources, ["a", "b"]);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_collection(
        collection: &Collection,
        reference: &ReferenceOptions,
        options: &TimelineOptions,
    ) -> Result<Timeline> {
        Prepared::new(collection, reference, options)?.build(options)
    }
}

/// The timeline's view of a resolved article.
fn article_input(article: &Article, structure: &Structure, reference: &Reference) -> ArticleInput {
    let source = reference.source;
    let dateline = structure.dateline.as_ref().map(|d| DatelineInput {
        place: d.place.as_ref().map(|s| s.text.clone()),
        region: d.region.as_ref().map(|s| s.text.clone()),
        agency: d.agency.as_ref().map(|s| s.text.clone()),
        date: d.date.as_ref().and_then(|p| {
            p.to_date().or_else(|| {
                reference
                    .date
                    .and_then(|rd| p.in_year(chrono::Datelike::year(&rd)))
            })
        }),
    });
    let title = article.title.clone().or_else(|| {
        structure
            .headline
            .and_then(|h| article.text.get(h.start..h.end))
            .map(|s| s.trim().to_string())
    });
    ArticleInput {
        id: article.id.clone(),
        title,
        reference: reference.date,
        reference_source: source,
        dateline,
        source: article.source.clone(),
        text: article.text.clone(),
    }
}

/// The serde (snake_case) name of a unit enum variant.
fn snake<T: Serialize>(v: &T) -> Option<String> {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

/// The timeline's view of an event mention.
fn mention_input(
    article: &str,
    text: &str,
    found: &[Expression],
    m: &EventMention,
) -> MentionInput {
    let aspect = match m.phase {
        events::Phase::Start => PhaseAspect::Start,
        events::Phase::Continue => PhaseAspect::Continue,
        events::Phase::End => PhaseAspect::End,
        _ => PhaseAspect::None,
    };
    let status = match m.status {
        events::Status::Happened => Status::Happened,
        events::Status::Ongoing => Status::Ongoing,
        events::Status::Planned => Status::Planned,
        events::Status::Hypothetical => Status::Possible,
        events::Status::Negated => Status::Negated,
        _ => Status::Unknown,
    };
    let polarity = match m.polarity {
        events::Polarity::Negative => Polarity::Negative,
        _ => Polarity::Positive,
    };
    let anchor = m.anchor.as_ref().map(|a| {
        let expr = a.expression.and_then(|i| found.get(i));
        let (relation, implied) = match a.relation {
            events::Relation::Before => (AnchorRelation::Before, None),
            events::Relation::After => (AnchorRelation::After, None),
            events::Relation::Since => (AnchorRelation::Since, None),
            events::Relation::Until => (AnchorRelation::Until, None),
            events::Relation::OnOrBefore => (AnchorRelation::Until, Some(Mod::OnOrBefore)),
            events::Relation::OnOrAfter => (AnchorRelation::Since, Some(Mod::OnOrAfter)),
            _ => (AnchorRelation::At, None),
        };
        AnchorInput {
            value: a.value.clone(),
            modifier: expr.and_then(|e| e.timex.modifier).or(implied),
            relation,
            time_text: expr.map(|e| e.text.clone()).unwrap_or_default(),
            start: expr.map_or(0, |e| e.start),
            end: expr.map_or(0, |e| e.end),
        }
    });
    // No signals from the anchoring expression: an anaphoric one ("a day
    // earlier", "two days later") is already resolved into the anchor's
    // value, so reading its signal word again against that value would
    // place the event a second time, a day off its own date; and where it
    // stays unresolved ("hours after") it gives no day-level bound.
    let signals: Vec<SignalInput> = Vec::new();
    let mut participants: Vec<String> = m.participants.iter().map(|p| p.key.clone()).collect();
    participants.sort();
    participants.dedup();
    // The sentence without the dashes and bullets that may open it (a
    // dateline's separator, a list marker); its start moves with it.
    let raw = text.get(m.sentence_span.clone()).unwrap_or_default();
    let trimmed = raw.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '_' | '*' | '\u{2022}')
    });
    let sentence_start = m.sentence_span.start + (raw.len() - trimmed.len());
    let sentence = trimmed.trim_end().to_string();
    MentionInput {
        article: article.to_string(),
        start: m.start,
        end: m.end,
        trigger: m.text.clone(),
        lemma: m.lemma.clone(),
        semantic_class: m.semantic_class.as_ref().and_then(snake),
        class: Some(m.class.as_str().to_string()),
        aspect,
        status,
        polarity,
        sentence,
        sentence_index: m.sentence,
        sentence_start: Some(sentence_start),
        participants,
        anchor,
        salience: m.salience,
        signals,
    }
}

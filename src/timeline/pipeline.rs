//! From a collection of articles to a timeline: the stages run in order.
//!
//! For each article: its structure and reference time
//! ([`Collection::resolve_references`]), its temporal expressions
//! ([`Tagger::tag`] against the reference), its event mentions in the body
//! only ([`Extractor::extract_within`] over
//! [`Structure::body_segments`](crate::article::Structure::body_segments));
//! then salience across articles ([`corroborate`](events::corroborate)) and the merge, graph and
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
use crate::events::{self, EventMention, Extractor};
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
/// articles ([`corroborate`](events::corroborate), updating `events`), then the timeline's
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
    let read: &[Vec<EventMention>] = events;
    // Every mention as (article, mention) in article order, so that the
    // conversion writes each into its place in one list (no gathering of
    // per-article lists afterwards). An aspectual verb ("began") whose
    // process ("withdrawing") is a mention of its own is carried by that
    // mention's phase.
    let mut flat: Vec<(usize, usize)> = Vec::with_capacity(read.iter().map(Vec::len).sum());
    let n = articles.len().min(expressions.len());
    for (a, evs) in read.iter().enumerate().take(n) {
        for (k, m) in evs.iter().enumerate() {
            if !(m.class == events::EventClass::Aspectual && m.phase_of.is_some()) {
                flat.push((a, k));
            }
        }
    }
    let names = class_names(read);
    let items: Vec<_> = articles.iter().zip(structures).zip(references).collect();
    // Salience across articles (whose grouping is one pass over every
    // mention) is counted beside the conversions, which read everything
    // of a mention but its salience; the counts are added to both after.
    let (counts, (inputs, mut mentions)) = crate::par::join(
        parallel,
        || events::corroboration(read, parallel),
        || {
            let inputs = per_article(&items, parallel, |((a, s), r)| {
                article_input(a, (*s).borrow(), r)
            });
            // Where the cue words of `anchor_context` stand in each text:
            // one pass over a text, not one a mention.
            let cues = per_article(articles, parallel, |a| CueIndex::of(a.text.as_bytes()));
            let mentions = per_article(&flat, parallel, |&(a, k)| {
                let article = &articles[a];
                mention_input(
                    &article.id,
                    &article.text,
                    expressions[a].as_ref(),
                    &read[a][k],
                    &cues[a],
                    &names,
                )
            });
            (inputs, mentions)
        },
    );
    events::add_corroboration(events, counts, parallel);
    let events: &[Vec<EventMention>] = events;
    for (input, &(a, k)) in mentions.iter_mut().zip(&flat) {
        if let Some(m) = events.get(a).and_then(|evs| evs.get(k)) {
            input.salience = m.salience;
        }
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

/// The serde name of each semantic class the mentions carry, indexed by
/// the class's discriminant: spelled once a class, not once a mention.
fn class_names(events: &[Vec<EventMention>]) -> Vec<Option<String>> {
    let mut names: Vec<Option<String>> = Vec::new();
    for c in events.iter().flatten().filter_map(|m| m.semantic_class) {
        let k = c as usize;
        if names.len() <= k {
            names.resize(k + 1, None);
        }
        if names[k].is_none() {
            names[k] = snake(&c);
        }
    }
    names
}

/// The timeline's view of an event mention.
fn mention_input(
    article: &str,
    text: &str,
    found: &[Expression],
    m: &EventMention,
    cues: &CueIndex,
    class_names: &[Option<String>],
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
    let anchor = m.anchor.as_ref().and_then(|a| {
        let expr = a.expression.and_then(|i| found.get(i));
        let mut rel = a.relation;
        if let Some(e) = expr {
            let duration = a.value.as_duration().is_some();
            match anchor_context(text, m, e.start..e.end, duration, cues) {
                Context::Comparison => return None,
                Context::Earlier if rel == events::Relation::On => {
                    rel = events::Relation::OnOrBefore;
                }
                Context::Later if rel == events::Relation::On => {
                    rel = events::Relation::OnOrAfter;
                }
                _ => {}
            }
        }
        let (relation, implied) = match rel {
            events::Relation::Before => (AnchorRelation::Before, None),
            events::Relation::After => (AnchorRelation::After, None),
            events::Relation::Since => (AnchorRelation::Since, None),
            events::Relation::Until => (AnchorRelation::Until, None),
            events::Relation::OnOrBefore => (AnchorRelation::Until, Some(Mod::OnOrBefore)),
            events::Relation::OnOrAfter => (AnchorRelation::Since, Some(Mod::OnOrAfter)),
            _ => (AnchorRelation::At, None),
        };
        Some(AnchorInput {
            value: a.value.clone(),
            modifier: expr.and_then(|e| e.timex.modifier).or(implied),
            relation,
            time_text: expr.map(|e| e.text.clone()).unwrap_or_default(),
            start: expr.map_or(0, |e| e.start),
            end: expr.map_or(0, |e| e.end),
        })
    });
    // No signals from the anchoring expression: an anaphoric one ("a day
    // earlier", "two days later") is already resolved into the anchor's
    // value, so reading its signal word again against that value would
    // place the event a second time, a day off its own date; and where it
    // stays unresolved ("hours after") it gives no day-level bound.
    let signals: Vec<SignalInput> = Vec::new();
    let mut participants: Vec<String> = m.participants.iter().map(|p| p.key.to_string()).collect();
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
        lemma: m.lemma.to_string(),
        semantic_class: m
            .semantic_class
            .and_then(|c| class_names.get(c as usize).cloned().flatten()),
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

/// How a mention's anchoring expression stands to its trigger in their
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// The expression dates the trigger's own clause, as the events stage
    /// read it.
    Own,
    /// The time of a comparison, not of the event: "violence not seen
    /// since 1991", "the first rally since 2019", "the worst crisis in
    /// three decades".
    Comparison,
    /// The expression dates a later point the event came before: a past
    /// perfect in another clause ("On Thursday police said he had been
    /// arrested"), the event an anchored clause follows ("troops arrived
    /// on Jan 6 after the plea").
    Earlier,
    /// The expression dates a point the event came after: "troops left
    /// on Monday before the vote".
    Later,
}

/// The widest gap (bytes) between a trigger and its anchoring expression
/// that [`anchor_context`] reads; further apart, the anchor stays as it is.
const MAX_DISTANCE: usize = 400;

/// Bytes before the trigger or expression that [`anchor_context`] reads
/// (the comparison words before a `since`: a dozen words).
const LOOK_BEHIND: usize = 160;

/// Words that make the phrase before a `since` or an `in <duration>` a
/// comparison with an earlier time.
const COMPARISON_MARKERS: &[&str] = &[
    "not",
    "never",
    "no",
    "first",
    "only",
    "record",
    "worst",
    "best",
    "most",
    "least",
    "biggest",
    "largest",
    "highest",
    "lowest",
    "greatest",
    "strongest",
    "weakest",
    "longest",
    "shortest",
    "fastest",
    "slowest",
    "fewest",
    "deadliest",
    "heaviest",
    "bloodiest",
    "worst-ever",
];

/// Words that open another clause: a past perfect across one of them is
/// not dated by the expression on the other side.
const CLAUSE_WORDS: &[&str] = &[
    "that",
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
    "according",
    "when",
    "after",
    "before",
    "while",
    "because",
    "as",
    "who",
    "which",
];

/// Determiners that open the noun phrase a participle can follow.
const NOUN_OPENERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "some",
];

/// Prepositions before the noun phrase a participle can follow ("a
/// funeral for a soldier killed").
const PREPOSITIONS: &[&str] = &[
    "for",
    "of",
    "with",
    "to",
    "from",
    "at",
    "by",
    "among",
    "including",
    "against",
    "about",
];

/// A word or punctuation mark of a sentence, with absolute offsets.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    word: bool,
}

/// The words and clause punctuation (commas, dashes, brackets, colons) of
/// `s`, whose first byte is at `offset` in the article.
fn tokens(s: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.');
    for (i, c) in s.char_indices() {
        if is_word(c) {
            cur.get_or_insert(i);
            continue;
        }
        if let Some(st) = cur.take() {
            push_token(s, st, i, offset, &mut out);
        }
        if matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '\u{2013}' | '\u{2014}'
        ) {
            out.push(Token {
                start: offset + i,
                end: offset + i + c.len_utf8(),
                text: &s[i..i + c.len_utf8()],
                word: false,
            });
        }
    }
    if let Some(st) = cur {
        push_token(s, st, s.len(), offset, &mut out);
    }
    out
}

fn push_token<'a>(s: &'a str, start: usize, end: usize, offset: usize, out: &mut Vec<Token<'a>>) {
    let w = s[start..end].trim_end_matches('.');
    if w.is_empty() || w.chars().all(|c| c == '-') {
        // A spaced hyphen used as a dash.
        out.push(Token {
            start: offset + start,
            end: offset + end,
            text: &s[start..end],
            word: false,
        });
    } else {
        out.push(Token {
            start: offset + start,
            end: offset + start + w.len(),
            text: w,
            word: true,
        });
    }
}

fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word that makes a comparison: one of [`COMPARISON_MARKERS`], a
/// negated auxiliary ("hasn't"), a superlative in "-iest".
fn comparison_marker(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    is_one_of(COMPARISON_MARKERS, &w)
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || (w.len() > 5 && w.ends_with("iest"))
}

/// Whether a comparison marker stands among the `reach` words before
/// token `before` (not across clause punctuation).
fn marked(toks: &[Token<'_>], before: usize, reach: usize) -> bool {
    toks[before.saturating_sub(reach)..before]
        .iter()
        .rev()
        .take_while(|t| t.word)
        .any(|t| comparison_marker(t.text))
}

/// Which of the words that [`anchor_context`]'s rules read occur in a
/// window of text (ASCII case ignored, as substrings; see [`CueIndex`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Cues {
    /// "since".
    since: bool,
    /// " in ", " for " or " over " (a comparison over a duration).
    in_for_over: bool,
    /// "after", "following" or "before".
    order: bool,
}

/// Where the words [`Cues`] looks for stand in a whole text, so that the
/// cues of any window of it are found without reading the window again
/// (the occurrences wholly inside the window).
#[derive(Debug, Default, Clone)]
struct CueIndex {
    /// Each occurrence: its byte range in the text and the cue it sets
    /// (0 since, 1 in/for/over, 2 an order word), by start.
    at: Vec<(usize, usize, u8)>,
}

impl CueIndex {
    /// The occurrences in `s`, ASCII case ignored, as substrings ("since"
    /// in "sincere", "after" in "afternoon": the rules that read a window
    /// decide on words). A byte pair (a cue word's first two letters) is
    /// tested before the word.
    fn of(s: &[u8]) -> CueIndex {
        let at = |i: usize, w: &[u8]| {
            s.get(i..i + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
        };
        // The bytes a cue word can start with.
        const FIRST: [bool; 256] = {
            let mut t = [false; 256];
            let starts = b" sSaAfFbB";
            let mut k = 0;
            while k < starts.len() {
                t[starts[k] as usize] = true;
                k += 1;
            }
            t
        };
        let mut out = Vec::new();
        for (i, pair) in s.windows(2).enumerate() {
            if !FIRST[usize::from(pair[0])] {
                continue;
            }
            let word: &[u8] = match (pair[0] | 0x20, pair[1] | 0x20) {
                (b's', b'i') => b"since",
                (b'a', b'f') => b"after",
                (b'f', b'o') => b"following",
                (b'b', b'e') => b"before",
                (b' ', b'i') => b" in ",
                (b' ', b'f') => b" for ",
                (b' ', b'o') => b" over ",
                _ => continue,
            };
            // `| 0x20` folds ASCII capitals (and maps no other byte onto
            // a lower-case letter); `at` compares the whole word.
            if at(i, word) {
                let kind = match word[0] {
                    b's' => 0,
                    b' ' => 1,
                    _ => 2,
                };
                out.push((i, i + word.len(), kind));
            }
        }
        CueIndex { at: out }
    }

    /// The cues of the window `from..to` of the text: the occurrences
    /// wholly inside it.
    fn within(&self, from: usize, to: usize) -> Cues {
        let first = self.at.partition_point(|&(s, _, _)| s < from);
        let mut c = Cues::default();
        for &(s, e, kind) in &self.at[first..] {
            if s >= to {
                break;
            }
            if e <= to {
                match kind {
                    0 => c.since = true,
                    1 => c.in_for_over = true,
                    _ => c.order = true,
                }
            }
        }
        c
    }
}

/// How the expression at `expr` (article offsets) stands to mention `m`'s
/// trigger: a comparison's time ("not seen since 1991"), a later point
/// (a past perfect in another clause, "on Jan 6 after <the event>"), an
/// earlier one ("on Monday before <the event>"), or its own time. Linear
/// in the sentence.
fn anchor_context(
    text: &str,
    m: &EventMention,
    expr: Range<usize>,
    duration: bool,
    index: &CueIndex,
) -> Context {
    let span = m.sentence_span.clone();
    if expr.start < span.start || expr.end > span.end || m.start < span.start {
        return Context::Own;
    }
    // Only the words between and just before trigger and expression
    // matter: a window of bounded width, so that the work per mention is
    // bounded however long the sentence.
    let (lo, hi) = (expr.start.min(m.start), expr.end.max(m.end));
    if hi - lo > MAX_DISTANCE {
        return Context::Own;
    }
    let mut from = lo.saturating_sub(LOOK_BEHIND).max(span.start);
    while from > span.start && !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = hi.min(span.end);
    while to < span.end && !text.is_char_boundary(to) {
        to += 1;
    }
    let Some(sentence) = text.get(from..to) else {
        return Context::Own;
    };
    // Most anchors need no reading: none of the words the rules below
    // look for is in the window.
    let perfect = m.tense == events::Tense::Past
        && matches!(
            m.aspect,
            events::Aspect::Perfective | events::Aspect::PerfectiveProgressive
        );
    let participle = matches!(m.tense, events::Tense::PastPart | events::Tense::Past)
        && m.aspect == events::Aspect::None
        && m.text.ends_with("ed")
        && expr.end <= m.start;
    let cues = index.within(from, to);
    let duration_cue = duration && cues.in_for_over;
    let read =
        perfect || participle || cues.since || duration_cue || (expr.end <= m.start && cues.order);
    if !read {
        return Context::Own;
    }
    // The words before trigger and expression matter only to a
    // comparison ("not seen since").
    let comparison = cues.since || duration_cue;
    let (sentence, from) = if comparison {
        (sentence, from)
    } else {
        let mut at = lo.max(from);
        while at < to && !text.is_char_boundary(at) {
            at += 1;
        }
        (text.get(at..to).unwrap_or_default(), at)
    };
    let toks = tokens(sentence, from);
    let Some(e0) = toks.iter().position(|t| t.start >= expr.start) else {
        return Context::Own;
    };
    let trigger_in = |from: usize| m.start >= from && m.start < expr.end;
    // "since <time>" or "since <clause> in <time>" after a marker: the
    // comparison's own time. Not a day named after an event noun ("the
    // first time since the protests on Tuesday"): that dates the main
    // verb.
    let on = e0 > 0 && toks[e0 - 1].text.eq_ignore_ascii_case("on");
    if !on
        && let Some(s) = (e0.saturating_sub(8)..e0)
            .rev()
            .take_while(|&k| toks[k].word)
            .find(|&k| toks[k].text.eq_ignore_ascii_case("since"))
        && !trigger_in(toks[s].start)
        && marked(&toks, s, 6)
    {
        return Context::Comparison;
    }
    // The event a comparison is made with ("spoke for the first time
    // since the protests on Tuesday"): the day dates the main verb, which
    // came after the event.
    if on && m.end <= expr.start {
        let t = toks.iter().position(|t| t.start >= m.start).unwrap_or(e0);
        if t < e0
            && let Some(s) = (t.saturating_sub(4)..t)
                .rev()
                .take_while(|&k| toks[k].word)
                .find(|&k| toks[k].text.eq_ignore_ascii_case("since"))
            && marked(&toks, s, 6)
            && toks[t..e0].iter().all(|t| t.word)
        {
            return Context::Earlier;
        }
    }
    // "the worst crisis in three decades", "the first time in years".
    if duration
        && e0 > 0
        && is_one_of(&["in", "for", "over"], toks[e0 - 1].text)
        && !trigger_in(toks[e0 - 1].start)
        && marked(&toks, e0 - 1, 10)
    {
        return Context::Comparison;
    }
    let between: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| {
            (t.start >= m.end && t.end <= expr.start) || (t.start >= expr.end && t.end <= m.start)
        })
        .collect();
    if perfect
        && between
            .iter()
            .any(|t| !t.word || is_one_of(CLAUSE_WORDS, t.text))
    {
        return Context::Earlier;
    }
    // A participle after a noun, past the expression ("earlier Thursday
    // witnessed a funeral for a soldier killed in the clashes"): the
    // expression dates the main verb, the participle's event came before.
    if participle {
        let n = between.len();
        let opener = (n.saturating_sub(4)..n)
            .rev()
            .take_while(|&k| between[k].word)
            .find(|&k| {
                is_one_of(NOUN_OPENERS, between[k].text)
                    || between[k].text.starts_with(|c: char| c.is_ascii_digit())
            });
        if let Some(k) = opener
            && k > 0
            && k + 1 < n
            && is_one_of(PREPOSITIONS, between[k - 1].text)
            && between[k + 1..]
                .iter()
                .all(|t| !is_one_of(CLAUSE_WORDS, t.text) && !is_one_of(NOUN_OPENERS, t.text))
            && between[..k - 1].iter().any(|t| {
                t.word
                    && (is_one_of(super::label::FINITE, t.text)
                        || (t.text.len() > 3 && t.text.ends_with("ed")))
            })
        {
            return Context::Earlier;
        }
    }
    // "<time> after <the event>", the event within ten words of "after"
    // and no clause punctuation between.
    if expr.end <= m.start {
        let n = between.len();
        if let Some(k) = (n.saturating_sub(10)..n)
            .rev()
            .take_while(|&k| between[k].word)
            .find(|&k| is_one_of(&["after", "following", "before"], between[k].text))
        {
            return if between[k].text.eq_ignore_ascii_case("before") {
                Context::Later
            } else {
                Context::Earlier
            };
        }
    }
    Context::Own
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::input::AnchorRelation;

    /// The plain reading of the cues of `s`: each word searched for on its
    /// own, ASCII case ignored.
    fn cues_naive(s: &[u8]) -> Cues {
        let has = |w: &str| {
            s.windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        };
        Cues {
            since: has("since"),
            in_for_over: has(" in ") || has(" for ") || has(" over "),
            order: has("after") || has("following") || has("before"),
        }
    }

    #[test]
    fn cues_match_the_plain_search() {
        for s in [
            "",
            "since",
            "SINCE 1991",
            "not seen sinc",
            "the worst in years",
            "in 1991",
            " in",
            "held for three days",
            "ruled over decades",
            "the afternoon",
            "FOLLOWING the talks",
            "the day before",
            "beforehand",
            "a week after\u{a0}the vote, since then",
            "Émile\u{2019}s visit after",
        ] {
            let whole = CueIndex::of(s.as_bytes()).within(0, s.len());
            assert_eq!(whole, cues_naive(s.as_bytes()), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn cues_match_the_plain_search_on_any_words(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "since", "Since", "in", "IN", "for", "over", "Over", "after",
                    "afternoon", "following", "before", "x", ",", "é", "s", "a", "b", "f",
                ]),
                0..12,
            ),
            sep in proptest::sample::select(vec![" ", "", "  ", "-"]),
        ) {
            let s = words.join(sep);
            let whole = CueIndex::of(s.as_bytes()).within(0, s.len());
            proptest::prop_assert_eq!(whole, cues_naive(s.as_bytes()));
        }
    }

    proptest::proptest! {
        #[test]
        fn cue_index_windows_match_the_plain_search(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "since", "SINCE", "in", "for", "over", "after", "afternoon",
                    "following", "Before", "x", ",", "é", "s", "a", "b", "f", " ",
                ]),
                0..16,
            ),
            cuts in proptest::collection::vec((0usize..80, 0usize..80), 1..8),
        ) {
            let s = words.join(" ");
            let index = CueIndex::of(s.as_bytes());
            for (a, b) in cuts {
                let (from, to) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
                let window = &s.as_bytes()[from..to];
                proptest::prop_assert_eq!(index.within(from, to), cues_naive(window), "{:?} {}..{}", s, from, to);
            }
        }
    }

    /// The anchor (relation, value) of the mention triggered by `trigger`
    /// in a one-article collection published on 2023-03-10 (a Friday),
    /// whose body is `text` after a dateline.
    fn anchor_of(text: &str, trigger: &str) -> Option<(AnchorRelation, String)> {
        let mut b = Article::builder("a", format!("LONDON (Reuters) - {text}"));
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(2023, 3, 10) {
            b = b.published(d);
        }
        let c = Collection::new(vec![b.build()]);
        let o = TimelineOptions::default();
        let p = Prepared::new(&c, &ReferenceOptions::default(), &o).ok()?;
        let m = p.mentions.iter().find(|m| m.trigger == trigger);
        assert!(m.is_some(), "no mention {trigger:?} in {text:?}");
        m?.anchor
            .as_ref()
            .map(|a| (a.relation, a.value.to_string()))
    }

    fn at(relation: AnchorRelation, value: &str) -> Option<(AnchorRelation, String)> {
        Some((relation, value.to_string()))
    }

    #[test]
    fn comparison_times_are_not_the_events() {
        use AnchorRelation::At;
        // "since <time>" after a negation, "first" or a superlative.
        let t = "Troops were sent after violence not seen since the country gained independence in 1991.";
        assert_eq!(anchor_of(t, "violence"), None);
        assert_eq!(anchor_of(t, "sent"), None);
        // The compared event keeps its own time.
        assert_eq!(anchor_of(t, "gained"), at(At, "1991"));
        assert_eq!(
            anchor_of("Prices rose to their highest level since 2008.", "rose"),
            None
        );
        assert_eq!(
            anchor_of("It was the first rally since 2019.", "rally"),
            None
        );
        assert_eq!(
            anchor_of("The strike was the biggest since 1984.", "strike"),
            None
        );
        // "in <duration>" after a superlative.
        let t = "The region suffered its worst drought in four decades.";
        assert_eq!(anchor_of(t, "drought"), None);
        assert_eq!(anchor_of(t, "suffered"), None);
        // Not a comparison: a plain "since".
        assert_eq!(
            anchor_of("Rebels have held the town since 2019.", "held"),
            at(AnchorRelation::Since, "2019")
        );
    }

    #[test]
    fn an_event_compared_with_comes_before_the_day() {
        let t = "The minister spoke for the first time since the strike on Tuesday.";
        assert_eq!(
            anchor_of(t, "strike"),
            at(AnchorRelation::Until, "2023-03-07")
        );
    }

    #[test]
    fn past_perfect_in_another_clause_comes_before() {
        let t = "On Thursday the prosecutor announced that the mayor had been arrested.";
        assert_eq!(
            anchor_of(t, "arrested"),
            at(AnchorRelation::Until, "2023-03-09")
        );
        assert_eq!(
            anchor_of(t, "announced"),
            at(AnchorRelation::At, "2023-03-09")
        );
        // In its own clause the past perfect keeps its date.
        let t = "The mayor, who had been arrested during the raids on Thursday, resigned.";
        assert_eq!(
            anchor_of(t, "arrested"),
            at(AnchorRelation::At, "2023-03-09")
        );
    }

    #[test]
    fn a_participle_after_an_object_comes_before_the_main_verb() {
        let t = "Mourners on Thursday attended a funeral for a soldier killed in the clashes.";
        assert_eq!(
            anchor_of(t, "killed"),
            at(AnchorRelation::Until, "2023-03-09")
        );
        assert_eq!(
            anchor_of(t, "attended"),
            at(AnchorRelation::At, "2023-03-09")
        );
        let t = "On Monday police found the bodies of 20 people killed in the attack.";
        assert_eq!(
            anchor_of(t, "killed"),
            at(AnchorRelation::Until, "2023-03-06")
        );
        // A subject with a prepositional phrase: the verb is the main one.
        let t = "On Monday the leader of the group resigned.";
        assert_eq!(
            anchor_of(t, "resigned"),
            at(AnchorRelation::At, "2023-03-06")
        );
        // A clause of its own after the noun: its verb is finite.
        let t = "Last year the offensive ground to a halt when the army dispatched two brigades.";
        assert_eq!(
            anchor_of(t, "dispatched").map(|a| a.0),
            Some(AnchorRelation::At)
        );
    }

    #[test]
    fn after_and_before_clauses() {
        let t = "Troops crossed the border on Monday after a request from the government.";
        assert_eq!(
            anchor_of(t, "request"),
            at(AnchorRelation::Until, "2023-03-06")
        );
        assert_eq!(
            anchor_of(t, "crossed"),
            at(AnchorRelation::At, "2023-03-06")
        );
        let t = "The cabinet met on Monday before the vote on the budget.";
        assert_eq!(
            anchor_of(t, "vote"),
            at(AnchorRelation::Since, "2023-03-06")
        );
        assert_eq!(anchor_of(t, "met"), at(AnchorRelation::At, "2023-03-06"));
    }
}

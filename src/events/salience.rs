//! Salience: how much a timeline wants a mention.
//!
//! The score (0..=1) adds up:
//!
//! - the class: occurrences count most, states and intensional events
//!   less, reporting events (`said`, `added`, `told`) least;
//! - a semantic class (the event is one of the kinds timelines are made
//!   of: withdrawals, arrests, appointments...);
//! - the position: the first sentences of the text (headline and lead)
//!   count most, decreasing with distance;
//! - the anchor: a day counts most, a week or month less, a year or the
//!   reference time by tense little;
//! - named participants;
//!
//! and is halved for hypothetical and negated events. [`corroborate`]
//! adds the cross-article part: an event reported by several articles.

use super::mention::Doc;
use super::{AnchorSource, EventClass, EventMention, Status};
use crate::hash::FxMap;
use crate::value::Granularity;
use chrono::NaiveDate;

pub(crate) fn score(doc: &Doc<'_>, out: &mut [EventMention]) {
    for m in out.iter_mut() {
        let mut s: f32 = match m.class {
            EventClass::Occurrence => 0.30,
            EventClass::Aspectual => 0.20,
            EventClass::IAction => 0.20,
            EventClass::State => 0.12,
            EventClass::IState | EventClass::Perception => 0.08,
            EventClass::Reporting => 0.02,
        };
        if m.semantic_class.is_some() {
            s += 0.15;
        }
        // Position: sentence index, headline and lead first.
        let idx = m.sentence as f32;
        s += 0.2 * (-idx / 5.0).exp();
        let _ = doc;
        if let Some(a) = &m.anchor {
            s += match (a.how, a.value.granularity()) {
                (AnchorSource::Reference, _) => 0.05,
                (AnchorSource::Narrative, _) => 0.08,
                (
                    _,
                    Some(
                        Granularity::Day
                        | Granularity::PartOfDay
                        | Granularity::Hour
                        | Granularity::Minute
                        | Granularity::Second,
                    ),
                ) => 0.25,
                (_, Some(Granularity::Week | Granularity::Weekend | Granularity::Month)) => 0.15,
                (_, Some(_)) => 0.1,
                (_, None) => 0.03,
            };
        }
        let named = m.participants.len().min(2) as f32;
        s += 0.05 * named;
        if matches!(m.status, Status::Hypothetical | Status::Negated) {
            s *= 0.5;
        }
        m.salience = s.clamp(0.0, 1.0);
    }
}

/// Raises the salience of mentions that other articles report too: for
/// each mention, the number of other articles with a mention of the same
/// semantic class (or lemma), phase and an overlapping anchor day adds
/// 0.1, up to 0.3. `articles` holds each article's mentions.
///
/// ```
/// use dateline::events::{corroborate, Extractor};
/// use dateline::tagger::Tagger;
/// use chrono::NaiveDate;
///
/// let (tagger, extractor) = (Tagger::default(), Extractor::default());
/// let dct = Some(NaiveDate::from_ymd_opt(2022, 1, 13).unwrap().into());
/// let a = extractor.run(&tagger, "Russian troops began withdrawing on Thursday.", dct).1;
/// let b = extractor.run(&tagger, "The pullout began on Thursday, officials said.", dct).1;
/// let before = a.iter().map(|m| m.salience).fold(0.0, f32::max);
/// let mut articles = vec![a, b];
/// corroborate(&mut articles);
/// let after = articles[0].iter().map(|m| m.salience).fold(0.0, f32::max);
/// assert!(after > before);
/// ```
pub fn corroborate(articles: &mut [Vec<EventMention>]) {
    corroborate_on(articles, cfg!(feature = "rayon"));
}

/// [`corroborate`], with the per-article parts (anchor days, counting) on
/// all cores when `parallel` (and the `rayon` feature is on); the result
/// is the same either way.
pub(crate) fn corroborate_on(articles: &mut [Vec<EventMention>], parallel: bool) {
    let counts = corroboration(articles, parallel);
    add_corroboration(articles, counts, parallel);
}

/// Adds the counts of [`corroboration`] (one list an article, in order)
/// to the mentions' salience: a tenth for each other article.
pub(crate) fn add_corroboration(
    articles: &mut [Vec<EventMention>],
    counts: Vec<Vec<Option<u8>>>,
    parallel: bool,
) {
    let mut pairs: Vec<(&mut Vec<EventMention>, Vec<Option<u8>>)> =
        articles.iter_mut().zip(counts).collect();
    crate::par::for_each_mut(&mut pairs, parallel, |(ms, ns)| {
        for (m, n) in ms.iter_mut().zip(ns.iter()) {
            if let Some(n) = *n {
                m.salience = (m.salience + 0.1 * f32::from(n)).clamp(0.0, 1.0);
            }
        }
    });
}

/// For each mention (per article, in order), how many other articles (at
/// most three) report an event of its group on overlapping days; `None`
/// for a mention that is not grouped (a report, or unanchored). Reads the
/// mentions only, so it can run beside other readers.
pub(crate) fn corroboration(
    articles: &[Vec<EventMention>],
    parallel: bool,
) -> Vec<Vec<Option<u8>>> {
    // Mentions grouped by (class or lemma, phase): only a group's members
    // can corroborate each other. Within a group each mention looks at no
    // more than `LOOK` others (nearest anchors first), so the pass stays
    // linear in the number of mentions.
    const LOOK: usize = 256;
    // Each anchored mention's group key and days, per article on all
    // cores; then, in article and mention order, each one's group and the
    // groups' members.
    // (Over references to the lists, so that the keys may borrow the
    // mentions' lemmas.)
    let lists: Vec<&Vec<EventMention>> = articles.iter().collect();
    let found: Vec<Vec<Option<(GroupKey<'_>, NaiveDate, NaiveDate)>>> =
        crate::par::map(&lists, parallel, |ms| {
            let ms: &Vec<EventMention> = ms;
            ms.iter().map(days_of).collect()
        });
    let mut keys: Vec<Option<(u32, NaiveDate, NaiveDate)>> =
        Vec::with_capacity(articles.iter().map(Vec::len).sum());
    let mut groups: Vec<Vec<(NaiveDate, NaiveDate, usize)>> = Vec::new();
    {
        let mut ids: FxMap<GroupKey<'_>, u32> = FxMap::default();
        for (ai, ks) in found.iter().enumerate() {
            for k in ks {
                keys.push(k.map(|(key, s, e)| {
                    let next = groups.len() as u32;
                    let g = *ids.entry(key).or_insert(next);
                    if g == next {
                        groups.push(Vec::new());
                    }
                    groups[g as usize].push((s, e, ai));
                    (g, s, e)
                }));
            }
        }
    }
    crate::par::for_each_mut(&mut groups, parallel, |g| {
        g.sort_unstable();
        g.dedup();
    });
    // Each mention's count of other articles, per article (read only, so
    // the articles can be counted on all cores), then added in.
    // Each article's index and the range of its mentions in `keys`.
    let mut spans = Vec::with_capacity(articles.len());
    let mut at = 0;
    for (ai, ms) in articles.iter().enumerate() {
        spans.push((ai, at..at + ms.len()));
        at += ms.len();
    }
    crate::par::map(&spans, parallel, |(ai, span)| {
        let ai = *ai;
        let own = keys.get(span.clone()).unwrap_or_default();
        own.iter()
            .map(|key| {
                let (gi, s1, e1) = (*key)?;
                let g = groups.get(gi as usize)?;
                // Entries starting on or before this mention's end, nearest first.
                let upto = g.partition_point(|(s, _, _)| *s <= e1);
                // The other articles seen, at most three.
                let mut seen = [usize::MAX; 3];
                let mut n = 0;
                for (s2, e2, bi) in g[..upto].iter().rev().take(LOOK) {
                    if *bi != ai && s1 <= *e2 && *s2 <= e1 && !seen[..n].contains(bi) {
                        seen[n] = *bi;
                        n += 1;
                        if n >= 3 {
                            break;
                        }
                    }
                }
                Some(n as u8)
            })
            .collect::<Vec<Option<u8>>>()
    })
}

/// What a mention is grouped by for corroboration: its semantic class or,
/// without one, its lemma; and its phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey<'a> {
    Class(super::SemanticClass, super::Phase),
    Lemma(&'a str, super::Phase),
}

/// The group key of a mention that can corroborate or be corroborated
/// (not a report).
fn key_of(m: &EventMention) -> Option<GroupKey<'_>> {
    if m.class == EventClass::Reporting {
        return None;
    }
    Some(match m.semantic_class {
        Some(c) => GroupKey::Class(c, m.phase),
        None => GroupKey::Lemma(&m.lemma, m.phase),
    })
}

/// The group key and the days a mention's anchor covers, when it can be
/// keyed ([`key_of`]) and is anchored.
fn days_of(m: &EventMention) -> Option<(GroupKey<'_>, NaiveDate, NaiveDate)> {
    let key = key_of(m)?;
    let iv = m.anchor.as_ref()?.value.interval()?;
    Some((key, iv.start, iv.end))
}

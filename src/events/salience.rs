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
    // Mentions grouped by (class or lemma, phase): only a group's members
    // can corroborate each other. Within a group each mention looks at no
    // more than `LOOK` others (nearest anchors first), so the pass stays
    // linear in the number of mentions.
    const LOOK: usize = 256;
    let mut groups: Groups = std::collections::HashMap::new();
    let keys: Vec<Vec<Option<Key>>> = articles
        .iter()
        .map(|ms| ms.iter().map(key_of).collect())
        .collect();
    for (ai, ks) in keys.iter().enumerate() {
        for (name, phase, iv) in ks.iter().flatten() {
            if let Some((s, e)) = iv {
                groups
                    .entry((name.clone(), *phase))
                    .or_default()
                    .push((*s, *e, ai));
            }
        }
    }
    for g in groups.values_mut() {
        g.sort_unstable();
        g.dedup();
    }
    for (ai, ms) in articles.iter_mut().enumerate() {
        for (mi, m) in ms.iter_mut().enumerate() {
            let Some(Some((name, phase, Some((s1, e1))))) = keys.get(ai).and_then(|k| k.get(mi))
            else {
                continue;
            };
            let Some(g) = groups.get(&(name.clone(), *phase)) else {
                continue;
            };
            // Entries starting on or before this mention's end, nearest first.
            let upto = g.partition_point(|(s, _, _)| s <= e1);
            let mut seen: Vec<usize> = Vec::new();
            for (s2, e2, bi) in g[..upto].iter().rev().take(LOOK) {
                if *bi != ai && s1 <= e2 && s2 <= e1 && !seen.contains(bi) {
                    seen.push(*bi);
                    if seen.len() >= 3 {
                        break;
                    }
                }
            }
            m.salience = (m.salience + 0.1 * seen.len().min(3) as f32).clamp(0.0, 1.0);
        }
    }
}

type Key = (String, super::Phase, Option<(NaiveDate, NaiveDate)>);

/// Anchored mentions by (class or lemma, phase): (start, end, article).
type Groups = std::collections::HashMap<(String, super::Phase), Vec<(NaiveDate, NaiveDate, usize)>>;

fn key_of(m: &EventMention) -> Option<Key> {
    if m.class == EventClass::Reporting {
        return None;
    }
    let name = match m.semantic_class {
        Some(c) => format!("{c:?}"),
        None => m.lemma.clone(),
    };
    let iv = m
        .anchor
        .as_ref()
        .and_then(|a| a.value.interval())
        .map(|iv| (iv.start, iv.end));
    Some((name, m.phase, iv))
}

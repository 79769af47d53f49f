//! Time anchoring: the temporal expression that governs each mention.
//!
//! In order:
//!
//! 1. **In the sentence.** Every temporal expression of the sentence is a
//!    candidate; the cost is the distance in tokens, plus a penalty for
//!    each verb mention in between (the expression belongs to the nearer
//!    verb: in `X withdrew, the ministry said on Wednesday`, `Wednesday`
//!    goes with `said`) and a large one for another clause. The
//!    preposition before the expression gives the relation (`on`/`in` ON,
//!    `by`/`within` ON_OR_BEFORE, `since`/`from` SINCE, `until` UNTIL,
//!    `after` AFTER, `before` BEFORE, `for` + duration DURING). Sets and
//!    durations without such a preposition anchor nothing.
//! 2. **Phases.** A process without its own anchor takes that of the
//!    aspectual event giving its phase (`His withdrawal began on January
//!    13`).
//! 3. **Reported speech.** An event reported by a `said` takes the
//!    reporting event's anchor: ON_OR_BEFORE for what happened, ON for
//!    what is, AFTER for what is planned.
//! 4. **The reference time, by tense**: present perfect (`has completed`)
//!    and past reporting events ON_OR_BEFORE, present and progressive ON,
//!    planned AFTER.
//! 5. **Narrative.** A simple past event takes the date of the previous
//!    sentence's events when that was a day.
//!
//! Otherwise the mention is left unanchored (`anchor: None`).

use super::lexicon::Fc;
use super::mention::{Doc, Draft};
use super::{Anchor, AnchorSource, EventClass, PartOfSpeech, Relation, Status, Tense};
use crate::tagger::{Expression, ReferenceTime};
use crate::value::{Granularity, TimexType, Value};

/// Cost added for an expression in another clause.
const OTHER_CLAUSE: usize = 30;

/// The cost from which an expression anchors nothing.
const REJECTED: usize = OTHER_CLAUSE + 30;

/// The relation a preposition before an expression gives.
fn relation_of(doc: &Doc<'_>, k: usize, duration: bool) -> Option<Relation> {
    // Every preposition here is at most ten letters long.
    let word = doc.word(k);
    let mut buf = [0u8; 10];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let w = std::str::from_utf8(lower).ok()?;
    Some(match w {
        "on" | "in" | "at" | "during" | "of" | "as" => {
            if duration && w == "in" {
                Relation::On
            } else if duration && w == "during" {
                Relation::During
            } else {
                Relation::On
            }
        }
        "by" | "within" => Relation::OnOrBefore,
        "since" | "from" => Relation::Since,
        "until" | "till" | "through" | "to" => Relation::Until,
        "after" => Relation::After,
        "before" => Relation::Before,
        "for" | "over" | "throughout" => Relation::During,
        _ => return None,
    })
}

/// Buffers of [`anchors`], kept between texts.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    spans: Vec<(usize, usize)>,
    order: Vec<usize>,
    verbs: Vec<usize>,
}

pub(crate) fn anchors(
    doc: &Doc<'_>,
    drafts: &mut [Draft],
    expressions: &[Expression],
    reference: Option<ReferenceTime>,
    scratch: &mut Scratch,
    out: &mut Vec<Option<Anchor>>,
) {
    let n = doc.toks.len();
    // Token range of each expression.
    let spans = &mut scratch.spans;
    spans.clear();
    spans.extend(expressions.iter().map(|e| {
        let a = doc.toks.partition_point(|t| t.end <= e.start);
        let mut b = a;
        while b < n && doc.toks[b].start < e.end {
            b += 1;
        }
        (a, b)
    }));
    let spans = &*spans;
    out.clear();
    out.resize(drafts.len(), None);
    // The expressions by start token (so by sentence too).
    let order = &mut scratch.order;
    order.clear();
    order.extend((0..expressions.len()).filter(|&x| {
        let (a, b) = spans[x];
        a < b && a < n
    }));
    order.sort_by_key(|&x| (spans[x].0, x));
    let order = &*order;
    let sentence_of = |x: usize| doc.sent(spans[x].0).map_or(usize::MAX, |s| s as usize);
    let verbs = &mut scratch.verbs;
    verbs.clear();
    verbs.extend(
        drafts
            .iter()
            .filter(|d| d.pos == PartOfSpeech::Verb)
            .map(|d| d.head),
    );
    let verbs = &*verbs;

    // 1. In the sentence.
    // The current sentence's expressions are `order[lo..hi]`; `longest`
    // is the most tokens one of them spans (drafts come in text order).
    let (mut lo, mut hi, mut longest) = (0usize, 0usize, 0usize);
    let mut current = usize::MAX;
    for (k, d) in drafts.iter().enumerate() {
        if d.sentence != current {
            current = d.sentence;
            lo = hi.max(lo);
            while lo < order.len() && sentence_of(order[lo]) < current {
                lo += 1;
            }
            hi = lo;
            longest = 0;
            while hi < order.len() && sentence_of(order[hi]) == current {
                let (a, b) = spans[order[hi]];
                longest = longest.max(b - a);
                hi += 1;
            }
        }
        let cands = &order[lo..hi];
        // Every cost is at least the distance, and a cost of `REJECTED`
        // anchors nothing, so only the expressions closer than that are
        // read: those starting after `d.head - REJECTED - longest` and
        // before `d.last + REJECTED` (linear time however long the
        // sentence).
        let reach = REJECTED + longest;
        let lo_at = cands.partition_point(|&x| spans[x].0 + reach < d.head);
        let hi_at = cands.partition_point(|&x| spans[x].0 < d.last + REJECTED);
        let mut best: Option<(usize, usize, Relation)> = None;
        for &x in cands.get(lo_at..hi_at).unwrap_or_default() {
            let e = &expressions[x];
            let (a, b) = spans[x];
            if a >= n || e.timex.kind == TimexType::Set {
                continue;
            }
            let duration = e.timex.kind == TimexType::Duration;
            let prep = if a > 0 {
                relation_of(doc, a - 1, duration)
            } else {
                None
            };
            // `two days ago`, `a week earlier` are dates even when typed
            // as durations elsewhere; plain durations need `for`, `within`.
            if duration && prep.is_none() {
                continue;
            }
            let (lo, hi) = if d.head < a { (d.last, a) } else { (b, d.head) };
            let dist = if d.head >= a && d.head < b {
                0
            } else if d.head < a {
                a - d.last
            } else {
                d.head + 1 - b
            };
            let mut cost = dist;
            // Verbs in between take the expression.
            let between = if hi > lo + 1 {
                let from = verbs.partition_point(|&v| v <= lo);
                let to = verbs.partition_point(|&v| v < hi);
                verbs
                    .get(from..to)
                    .map_or(0, |vs| vs.iter().filter(|&&v| v != d.head).count())
            } else {
                0
            };
            cost += between * 6;
            // A noun is governed through its verb: a little dearer.
            if d.pos == PartOfSpeech::Noun && between > 0 {
                cost += 2;
            }
            if doc.clause(d.head) != doc.clause(a) {
                cost += OTHER_CLAUSE;
                // A sentence-initial expression still frames its clause.
                let sent_start = doc.sentence_tokens(d.sentence).start;
                if a <= sent_start + 1 || (a > 0 && a - 1 == sent_start) {
                    cost -= OTHER_CLAUSE / 2;
                }
            }
            if duration {
                cost += 2;
            }
            // The cheapest; on a tie, the first given.
            if best.is_none_or(|(c, y, _)| (cost, x) < (c, y)) {
                best = Some((cost, x, prep.unwrap_or(Relation::On)));
            }
        }
        if let Some((cost, x, rel)) = best {
            let how = if cost < OTHER_CLAUSE / 2 {
                AnchorSource::Clause
            } else {
                AnchorSource::Sentence
            };
            // A reduced relative (`imposed after`) or a noun does not take
            // an expression from another clause.
            if how == AnchorSource::Sentence
                && ((d.tense == Tense::PastPart || d.pos == PartOfSpeech::Noun)
                    && cost >= OTHER_CLAUSE
                    || cost >= REJECTED)
            {
                continue;
            }
            out[k] = Some(Anchor {
                expression: Some(x),
                value: expressions[x].timex.value.clone(),
                relation: rel,
                how,
            });
        }
    }

    // 2. Phases: the process takes the aspectual's anchor.
    for k in 0..drafts.len() {
        if let Some(p) = drafts[k].phase_of
            && p < out.len()
            && out[p]
                .as_ref()
                .is_none_or(|a| a.how == AnchorSource::Sentence)
            && let Some(a) = out[k].clone()
        {
            out[p] = Some(Anchor {
                how: AnchorSource::Phase,
                ..a
            });
        }
    }
    // The aspectual takes the process's anchor when it has none (`began
    // arriving January 6`).
    for k in 0..drafts.len() {
        if out[k].is_none()
            && let Some(p) = drafts[k].phase_of
            && let Some(a) = out.get(p).cloned().flatten()
        {
            out[k] = Some(Anchor {
                how: AnchorSource::Phase,
                ..a
            });
        }
    }

    // 3. Reported speech.
    for k in 0..drafts.len() {
        if out[k].is_some() {
            continue;
        }
        let Some(r) = drafts[k].reported_by else {
            continue;
        };
        let Some(ra) = out.get(r).cloned().flatten() else {
            continue;
        };
        let rel = relation_by_tense(&drafts[k]);
        out[k] = Some(Anchor {
            relation: rel,
            how: AnchorSource::Reported,
            ..ra
        });
        // The process of a reported aspectual too.
        if let Some(p) = drafts[k].phase_of
            && p < out.len()
            && out[p].is_none()
        {
            out[p] = Some(Anchor {
                how: AnchorSource::Reported,
                relation: rel,
                ..out[k].clone().unwrap_or_else(unreachable_anchor)
            });
        }
    }

    // 4. The reference time, by tense.
    if let Some(r) = reference {
        for k in 0..drafts.len() {
            if out[k].is_some() {
                continue;
            }
            let d = &drafts[k];
            let by_tense = match (d.tense, d.aspect) {
                (
                    Tense::Present,
                    super::Aspect::Perfective | super::Aspect::PerfectiveProgressive,
                ) => Some(Relation::OnOrBefore),
                (Tense::Present, _) if d.pos != PartOfSpeech::Noun => Some(Relation::On),
                (Tense::Past, _) if d.class == EventClass::Reporting => Some(Relation::OnOrBefore),
                (Tense::Future, _) => Some(Relation::After),
                _ => None,
            };
            let by_status = match d.status {
                Status::Planned if d.tense != Tense::Infinitive => Some(Relation::After),
                Status::Ongoing => Some(Relation::On),
                _ => None,
            };
            let Some(rel) = by_tense.or(by_status) else {
                continue;
            };
            out[k] = Some(Anchor {
                expression: None,
                value: Value::date(r.date),
                relation: rel,
                how: AnchorSource::Reference,
            });
        }
        // Reported speech again, now that reporting events may have the
        // reference time.
        for k in 0..drafts.len() {
            if out[k].is_some() {
                continue;
            }
            let Some(rr) = drafts[k].reported_by else {
                continue;
            };
            let Some(ra) = out.get(rr).cloned().flatten() else {
                continue;
            };
            out[k] = Some(Anchor {
                relation: relation_by_tense(&drafts[k]),
                how: AnchorSource::Reported,
                ..ra
            });
        }
    }

    // Phases again, for anchors found by tense.
    for k in 0..drafts.len() {
        if let Some(p) = drafts[k].phase_of
            && p < out.len()
            && out[p].is_none()
            && let Some(a) = out[k].clone()
        {
            out[p] = Some(Anchor {
                how: AnchorSource::Phase,
                ..a
            });
        }
    }

    // 5. Narrative: a simple past event after a sentence whose events
    //    happened on a given day.
    let mut last_day: Option<(usize, Anchor)> = None;
    // Whether the current sentence has a time word (read once a sentence).
    let mut time_word: Option<(usize, bool)> = None;
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if let Some(a) = &out[k]
            && a.how == AnchorSource::Clause
            && a.relation == Relation::On
            && a.value.granularity() == Some(Granularity::Day)
            && matches!(d.tense, Tense::Past)
        {
            // An approximate day ("around the New Year") dates its own
            // clause only: the next sentence's events are not told to
            // have happened on it.
            let exact = a
                .expression
                .and_then(|x| expressions.get(x))
                .is_none_or(|e| e.timex.modifier.is_none());
            last_day = exact.then(|| (d.sentence, a.clone()));
            continue;
        }
        if out[k].is_none()
            && d.tense == Tense::Past
            && d.pos == PartOfSpeech::Verb
            && d.reported_by.is_none()
            && let Some((s, a)) = &last_day
            && *s + 1 == d.sentence
            && same_paragraph(doc, *s, d.sentence)
            && !match time_word {
                Some((t, has)) if t == d.sentence => has,
                _ => {
                    let has = has_time_word(doc, d);
                    time_word = Some((d.sentence, has));
                    has
                }
            }
        {
            out[k] = Some(Anchor {
                how: AnchorSource::Narrative,
                relation: Relation::On,
                ..a.clone()
            });
        }
    }
}

/// Whether the sentence has a word that moves time (`earlier`, `then`,
/// `previously`), which breaks the narrative.
fn has_time_word(doc: &Doc<'_>, d: &Draft) -> bool {
    doc.sentence_tokens(d.sentence).any(|k| {
        doc.class(k) == Fc::Adv
            && doc.is_any(
                k,
                &["earlier", "previously", "later", "then", "since", "first"],
            )
    })
}

fn same_paragraph(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    match (doc.sents.get(a), doc.sents.get(b)) {
        (Some(x), Some(y)) => x.paragraph == y.paragraph,
        _ => false,
    }
}

fn relation_by_tense(d: &Draft) -> Relation {
    match (d.status, d.tense, d.aspect) {
        (Status::Planned, _, _) | (_, Tense::Future, _) => Relation::After,
        (Status::Ongoing, _, _) => Relation::On,
        (_, Tense::Present, super::Aspect::None | super::Aspect::Progressive) => Relation::On,
        _ => Relation::OnOrBefore,
    }
}

fn unreachable_anchor() -> Anchor {
    Anchor {
        expression: None,
        value: Value::PresentRef,
        relation: Relation::On,
        how: AnchorSource::Reference,
    }
}

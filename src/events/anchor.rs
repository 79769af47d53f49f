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

/// The relation a preposition before an expression gives.
fn relation_of(doc: &Doc<'_>, k: usize, duration: bool) -> Option<Relation> {
    let w = doc.word(k).to_ascii_lowercase();
    Some(match w.as_str() {
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

pub(crate) fn anchors(
    doc: &Doc<'_>,
    drafts: &mut [Draft],
    expressions: &[Expression],
    reference: Option<ReferenceTime>,
) -> Vec<Option<Anchor>> {
    let n = doc.toks.len();
    // Token range of each expression.
    let spans: Vec<(usize, usize)> = expressions
        .iter()
        .map(|e| {
            let a = doc.toks.partition_point(|t| t.end <= e.start);
            let mut b = a;
            while b < n && doc.toks[b].start < e.end {
                b += 1;
            }
            (a, b)
        })
        .collect();
    let mut out: Vec<Option<Anchor>> = vec![None; drafts.len()];
    // Expressions of each sentence.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sents.len()];
    for (x, &(a, b)) in spans.iter().enumerate() {
        if a < b
            && a < n
            && let Some(s) = doc.sent_of.get(a)
            && let Some(v) = by_sentence.get_mut(*s as usize)
        {
            v.push(x);
        }
    }
    let verbs: Vec<usize> = drafts
        .iter()
        .filter(|d| d.pos == PartOfSpeech::Verb)
        .map(|d| d.head)
        .collect();

    // 1. In the sentence.
    for (k, d) in drafts.iter().enumerate() {
        let Some(cands) = by_sentence.get(d.sentence) else {
            continue;
        };
        let mut best: Option<(usize, usize, Relation)> = None;
        for &x in cands {
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
            if doc.clause.get(d.head) != doc.clause.get(a) {
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
            if best.is_none_or(|(c, _, _)| cost < c) {
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
                    || cost >= OTHER_CLAUSE + 30)
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
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if let Some(a) = &out[k]
            && a.how == AnchorSource::Clause
            && a.relation == Relation::On
            && a.value.granularity() == Some(Granularity::Day)
            && matches!(d.tense, Tense::Past)
        {
            last_day = Some((d.sentence, a.clone()));
            continue;
        }
        if out[k].is_none()
            && d.tense == Tense::Past
            && d.pos == PartOfSpeech::Verb
            && d.reported_by.is_none()
            && let Some((s, a)) = &last_day
            && *s + 1 == d.sentence
            && same_paragraph(doc, *s, d.sentence)
            && !has_time_word(doc, d)
        {
            out[k] = Some(Anchor {
                how: AnchorSource::Narrative,
                relation: Relation::On,
                ..a.clone()
            });
        }
    }
    out
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

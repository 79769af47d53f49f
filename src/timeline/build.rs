//! [`Timeline::build`](super::Timeline::build): validation, merging,
//! dating, relations, reasoning, order.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use chrono::NaiveDate;

use super::input::{AnchorRelation, SignalKind, SignalTarget};
use super::label::{Scratch, label_in};
use super::merge::{self, Prep};
use super::order;
use super::reason::{BoundKind, Reason, Reasoner, day_date, day_key};
use super::{
    ArticleEntry, ArticleInput, Basis, Claim, Conflict, ConflictKind, ConflictSide, Event, Mention,
    MentionInput, PhaseAspect, Placement, Polarity, Reference, Relation, Status, TemporalRelation,
    Timeline, TimelineOptions, When,
};
use crate::hash::FxMap;
use crate::value::{BoundsKind, DurationUnit, Granularity, Interval, Mod, Value};
use crate::{Error, Result};

/// What a mention says about time.
#[derive(Debug, Clone, Default)]
struct TimeInfo {
    /// Dated: inclusive days, granularity, value.
    dated: Option<(i64, i64, Granularity, String)>,
    /// The dated days are stretched around an approximate date
    /// (`mod` APPROX).
    approximate: bool,
    earliest: Option<i64>,
    latest: Option<i64>,
    /// The expression (or signal) that gave it.
    time_text: Option<String>,
    /// The anchor's offsets, when it is a real time expression.
    span: Option<(usize, usize)>,
}

/// A mention's lower-case lemma and its stem, shared by the mentions with
/// the same lemma and trigger.
type LemmaStem = (Rc<str>, Rc<str>);

/// The fewest days either side that a date with `mod` APPROX ("around",
/// "about") stretches to.
const APPROX_DAYS: i64 = 3;

fn anchor_time(m: &MentionInput) -> TimeInfo {
    let Some(a) = &m.anchor else {
        return TimeInfo::default();
    };
    let mut info = TimeInfo {
        time_text: Some(a.time_text.clone()),
        span: Some((a.start, a.end)),
        ..TimeInfo::default()
    };
    let Some(b) = a.value.interval_with_mod(a.modifier) else {
        return info;
    };
    let s = b.start.map(day_key);
    let e = b.end.map(day_key);
    match a.relation {
        AnchorRelation::At => {
            if b.kind == BoundsKind::Open {
                info.earliest = s;
                info.latest = e;
            } else if let (Some(s), Some(e)) = (s, e) {
                // "around the New Year", "about March 10": the days near
                // the interval as well (half its length either side, at
                // least a few days), so that a source giving the exact
                // day nearby does not contradict it.
                info.approximate = a.modifier == Some(Mod::Approx);
                let (s, e) = if info.approximate {
                    let margin = ((e - s + 1) / 2).max(APPROX_DAYS);
                    (s - margin, e + margin)
                } else {
                    (s, e)
                };
                info.dated = Some((s, e, b.granularity, a.value.to_string()));
            }
        }
        AnchorRelation::Before => info.latest = s.map(|d| d - 1),
        AnchorRelation::After => info.earliest = e.map(|d| d + 1),
        AnchorRelation::Since => info.earliest = s,
        AnchorRelation::Until => info.latest = e,
    }
    info
}

/// Whole days of a duration made of days and weeks only.
fn exact_days(v: &Value) -> Option<i64> {
    let d = v.as_duration()?;
    if d.is_fuzzy() || d.parts().is_empty() {
        return None;
    }
    let mut days = 0i64;
    for p in d.parts() {
        let n = i64::try_from(p.amount()?.as_integer()?).ok()?;
        days += match p.unit() {
            DurationUnit::Day => n,
            DurationUnit::Week => n.checked_mul(7)?,
            _ => return None,
        };
    }
    (days <= 3660).then_some(days)
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Happened => 0,
        Status::Ongoing => 1,
        Status::Planned => 2,
        Status::Possible => 3,
        Status::Unknown => 4,
        Status::Negated => 5,
    }
}

fn round4(x: f32) -> f32 {
    (x.clamp(0.0, 1.0) * 10000.0).round() / 10000.0
}

/// One distinct date among an event's mentions.
#[derive(Debug, Clone)]
struct ClaimDraft {
    start: i64,
    end: i64,
    granularity: Granularity,
    /// Every mention of it gives an approximate date.
    approximate: bool,
    values: BTreeMap<String, usize>,
    mentions: Vec<usize>,
    actual: bool,
    status: Status,
    articles: BTreeSet<Option<usize>>,
    latest_reference: Option<i64>,
}

impl ClaimDraft {
    fn value(&self) -> String {
        // The most used spelling; ties by the spelling.
        self.values
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(v, _)| v.clone())
            .unwrap_or_default()
    }

    fn intersects(&self, o: &ClaimDraft) -> bool {
        self.start <= o.end && o.start <= self.end
    }

    fn contains(&self, o: &ClaimDraft) -> bool {
        self.start <= o.start && o.end <= self.end
    }
}

/// An event being built.
#[derive(Debug, Clone, Default)]
struct Draft {
    members: Vec<usize>,
    dated: Option<(i64, i64)>,
    value: Option<String>,
    granularity: Option<Granularity>,
    /// The date is approximate (`mod` APPROX).
    approximate: bool,
    claims: Vec<Claim>,
    /// Claim groups: the followed one first.
    claim_sides: Vec<(bool, Vec<usize>, String)>,
    status: Status,
    lemma: String,
    stem: String,
    class: Option<String>,
    aspect: PhaseAspect,
    participants: Vec<String>,
    salience: f32,
    label: String,
    sources: Vec<String>,
    /// The mentions that date it (primary claims).
    dating: Vec<usize>,
}

/// A bound to check: event, bound, mentions, soft (from reference times).
#[derive(Debug, Clone)]
struct BoundItem {
    event: usize,
    bound: BoundKind,
    mentions: Vec<usize>,
    text: BoundText,
}

/// What a bound says, rendered only when a contradiction is described
/// (most bounds never are).
#[derive(Debug, Clone)]
enum BoundText {
    /// Already a sentence.
    Ready(String),
    /// From mention `mention`'s anchor: starts on or after / ends on or
    /// before `day`.
    Anchor {
        earliest: bool,
        day: i64,
        mention: usize,
    },
    /// From mention `mention`'s status and its article's reference day.
    Reported { mention: usize, day: i64 },
}

/// A relation being built: (from, to) are draft indices.
#[derive(Debug, Clone)]
struct RelDraft {
    from: usize,
    to: usize,
    relation: TemporalRelation,
    basis: Basis,
    evidence: BTreeSet<usize>,
    signal: Option<String>,
}

pub(crate) fn build(
    articles: &[ArticleInput],
    mentions: &[MentionInput],
    options: &TimelineOptions,
) -> Result<Timeline> {
    // ---- articles -------------------------------------------------------
    let mut arts: Vec<&ArticleInput> = articles.iter().collect();
    arts.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then(a.reference.cmp(&b.reference))
            .then(a.reference_source.cmp(&b.reference_source))
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.source.cmp(&b.source))
            .then_with(|| a.text.cmp(&b.text))
    });
    let before = arts.len();
    arts.dedup_by(|a, b| a.id == b.id);
    if options.strict && arts.len() != before {
        let dup = articles
            .iter()
            .enumerate()
            .find(|(i, a)| articles[..*i].iter().any(|b| b.id == a.id))
            .map(|(_, a)| a.id.clone())
            .unwrap_or_default();
        return Err(Error::InvalidInput {
            what: format!("article {dup:?}"),
            message: "duplicate article id".into(),
        });
    }
    if options.strict
        && let Some(a) = arts.iter().find(|a| a.reference.is_none())
    {
        return Err(Error::NoReference {
            article: a.id.clone(),
        });
    }
    let art_index: FxMap<&str, usize> = arts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let reference_of = |article: Option<usize>| -> Option<i64> {
        article.and_then(|i| arts[i].reference).map(day_key)
    };

    // ---- mentions: validate, drop denied, canonical order ----------------
    let mut ms: Vec<&MentionInput> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if options.strict {
            if !art_index.contains_key(m.article.as_str()) {
                return Err(Error::InvalidInput {
                    what: format!("mention {:?}", m.id()),
                    message: format!("no article with id {:?}", m.article),
                });
            }
            if m.end < m.start {
                return Err(Error::InvalidInput {
                    what: format!("mention {:?}", m.id()),
                    message: "end offset before start offset".into(),
                });
            }
        }
        if m.polarity == Polarity::Negative || m.status == Status::Negated {
            continue;
        }
        ms.push(m);
    }
    // Canonical order: by key (article id, start, end). The article ids
    // are ranked once (in string order), so the sort compares integers;
    // equal keys (a mention given twice) are ordered by their JSON and the
    // first is kept.
    let mut first_seen: FxMap<&str, u32> = FxMap::default();
    let seen_as: Vec<u32> = ms
        .iter()
        .map(|m| {
            let next = u32::try_from(first_seen.len()).unwrap_or(u32::MAX);
            *first_seen.entry(m.article.as_str()).or_insert(next)
        })
        .collect();
    let mut names: Vec<(&str, u32)> = first_seen.into_iter().collect();
    names.sort_unstable();
    let mut rank = vec![0u32; names.len()];
    for (r, &(_, seen)) in names.iter().enumerate() {
        if let Some(slot) = rank.get_mut(seen as usize) {
            *slot = u32::try_from(r).unwrap_or(u32::MAX);
        }
    }
    let mut keyed: Vec<((u32, usize, usize), &MentionInput)> = ms
        .iter()
        .zip(&seen_as)
        .map(|(m, &seen)| {
            let r = rank.get(seen as usize).copied().unwrap_or(u32::MAX);
            ((r, m.start, m.end), *m)
        })
        .collect();
    keyed.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| {
            let ja = serde_json::to_string(a.1).unwrap_or_default();
            let jb = serde_json::to_string(b.1).unwrap_or_default();
            ja.cmp(&jb)
        })
    });
    keyed.dedup_by(|a, b| a.0 == b.0);
    // Each mention's article rank (article ids in string order).
    let art_rank: Vec<u32> = keyed.iter().map(|k| k.0.0).collect();
    let ms: Vec<&MentionInput> = keyed.into_iter().map(|(_, m)| m).collect();
    let n = ms.len();
    // Mention ids appear in events, relations, claims and conflicts:
    // formatted once.
    let ids: Vec<String> = ms.iter().map(|m| m.id()).collect();
    let by_key: FxMap<(&str, usize, usize), usize> =
        ms.iter().enumerate().map(|(i, m)| (m.key(), i)).collect();
    let m_article: Vec<Option<usize>> = ms
        .iter()
        .map(|m| art_index.get(m.article.as_str()).copied())
        .collect();

    // ---- time of each mention, with dates derived from signals -----------
    let mut times: Vec<TimeInfo> = ms.iter().map(|m| anchor_time(m)).collect();
    for _ in 0..4 {
        let mut changed = false;
        for i in 0..n {
            if times[i].dated.is_some() || ms[i].anchor.is_some() {
                continue;
            }
            for s in &ms[i].signals {
                let (SignalTarget::Mention { start, end }, Some(offset)) = (&s.target, &s.offset)
                else {
                    continue;
                };
                let Some(days) = exact_days(offset) else {
                    continue;
                };
                let Some(&j) = by_key.get(&(ms[i].article.as_str(), *start, *end)) else {
                    continue;
                };
                let Some((a, b, Granularity::Day, _)) = times[j].dated.clone() else {
                    continue;
                };
                let d = match s.kind {
                    SignalKind::Before if a == b => a - days,
                    SignalKind::After if a == b => a + days,
                    _ => continue,
                };
                if let Some(date) = day_date(d) {
                    times[i].dated = Some((d, d, Granularity::Day, Value::date(date).to_string()));
                    times[i].time_text = Some(s.text.clone());
                    times[i].span = None;
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }

    // ---- merge -----------------------------------------------------------
    // Several mentions share a sentence: its words are hashed once.
    let mut sentence_words: FxMap<(Option<usize>, &str), usize> = FxMap::default();
    let mut word_sets: Vec<Vec<u64>> = Vec::new();
    let words_of: Vec<usize> = ms
        .iter()
        .enumerate()
        .map(|(i, m)| {
            *sentence_words
                .entry((m_article[i], m.sentence.as_str()))
                .or_insert_with(|| {
                    word_sets.push(merge::word_hashes(&m.sentence));
                    word_sets.len() - 1
                })
        })
        .collect();
    // Lemmas, stems, classes and participants repeat across mentions:
    // each distinct spelling is normalised once and shared.
    let mut lemma_cache: FxMap<(&str, &str), LemmaStem> = FxMap::default();
    let mut class_cache: FxMap<&str, Option<Rc<str>>> = FxMap::default();
    let mut name_cache: FxMap<&str, Option<Rc<str>>> = FxMap::default();
    let lower = |s: &str| -> Option<Rc<str>> {
        let l = s.trim().to_lowercase();
        (!l.is_empty()).then(|| Rc::from(l))
    };
    let preps: Vec<Prep> = ms
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (lemma, stem) = lemma_cache
                .entry((m.lemma.as_str(), m.trigger.as_str()))
                .or_insert_with(|| {
                    let lemma = m.lemma_or_trigger();
                    let stem = merge::stem(&lemma);
                    (Rc::from(lemma), Rc::from(stem))
                })
                .clone();
            let mut participants: Vec<Rc<str>> = m
                .participants
                .iter()
                .filter_map(|p| {
                    name_cache
                        .entry(p.as_str())
                        .or_insert_with(|| lower(p))
                        .clone()
                })
                .collect();
            participants.sort_unstable();
            participants.dedup();
            Prep {
                article: m_article[i],
                stem,
                lemma,
                sem_class: m
                    .semantic_class
                    .as_deref()
                    .and_then(|c| class_cache.entry(c).or_insert_with(|| lower(c)).clone()),
                aspect: m.aspect,
                prospective: m.status.is_prospective(),
                reporting: m
                    .class
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case("REPORTING")),
                participants,
                dated: times[i].dated.as_ref().map(|d| (d.0, d.1)),
                reference: reference_of(m_article[i]),
                reported: {
                    let t = &times[i];
                    let own_time = t.dated.is_some() || t.earliest.is_some() || t.latest.is_some();
                    let r = reference_of(m_article[i]);
                    if m.status.is_actual() && t.dated.is_none() {
                        // Happened: by its own latest day, else by its report.
                        t.latest
                            .or(if own_time { None } else { r })
                            .map(merge::Reported::Latest)
                    } else if m.status.is_prospective() && !own_time {
                        r.map(merge::Reported::Earliest)
                    } else {
                        None
                    }
                },
                sentence_index: m.sentence_index,
                words: &word_sets[words_of[i]],
            }
        })
        .collect();
    let clusters = merge::cluster(&preps, options);

    // ---- events ----------------------------------------------------------
    let mut scratch = Scratch::default();
    let cx = Sources {
        ms: &ms,
        ids: &ids,
        art_rank: &art_rank,
        times: &times,
        preps: &preps,
        reference_of: &reference_of,
    };
    let mut drafts: Vec<Draft> = clusters
        .into_iter()
        .map(|members| draft(members, cx, &mut scratch))
        .filter(|d| d.salience >= options.salience_threshold)
        .collect();
    drafts.sort_by_key(|d| d.members.first().copied());
    let nd = drafts.len();
    let mut event_of = vec![usize::MAX; n];
    for (k, d) in drafts.iter().enumerate() {
        for &m in &d.members {
            event_of[m] = k;
        }
    }

    // ---- relations from aspect and signals ---------------------------------
    let mut rels: Vec<RelDraft> = Vec::new();
    phase_relations(&drafts, &mut rels);
    let mut bounds: Vec<BoundItem> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let a = event_of[i];
        if a == usize::MAX {
            continue;
        }
        for s in &m.signals {
            match &s.target {
                SignalTarget::Mention { start, end } => {
                    let Some(&j) = by_key.get(&(m.article.as_str(), *start, *end)) else {
                        continue;
                    };
                    let b = event_of[j];
                    if b == usize::MAX || b == a {
                        continue;
                    }
                    let relation = match s.kind {
                        SignalKind::Before => TemporalRelation::Before,
                        SignalKind::After => TemporalRelation::After,
                        SignalKind::Since => TemporalRelation::BegunBy,
                        SignalKind::Until => TemporalRelation::EndedBy,
                        SignalKind::During => TemporalRelation::IsIncluded,
                        SignalKind::Simultaneous => TemporalRelation::Simultaneous,
                    };
                    rels.push(RelDraft {
                        from: a,
                        to: b,
                        relation,
                        basis: Basis::Signal,
                        evidence: [i, j].into_iter().collect(),
                        signal: Some(s.text.clone()),
                    });
                }
                SignalTarget::Time { value } => {
                    let Some(iv) = value.interval() else {
                        continue;
                    };
                    let (ts, te) = (day_key(iv.start), day_key(iv.end));
                    let text = BoundText::Ready(format!("{} {} ({:?})", s.text, value, m.id()));
                    let mut push = |bound| {
                        bounds.push(BoundItem {
                            event: a,
                            bound,
                            mentions: vec![i],
                            text: text.clone(),
                        })
                    };
                    match s.kind {
                        SignalKind::Before => push(BoundKind::Latest(ts - 1)),
                        SignalKind::After => push(BoundKind::Earliest(te + 1)),
                        SignalKind::Since => push(BoundKind::Earliest(ts)),
                        SignalKind::Until => push(BoundKind::Latest(te)),
                        SignalKind::During | SignalKind::Simultaneous => {
                            push(BoundKind::Earliest(ts));
                            push(BoundKind::Latest(te));
                        }
                    }
                }
            }
        }
    }
    // Merge duplicate relations (same pair, relation and basis).
    rels.sort_by(|x, y| {
        (x.basis, x.from, x.to, x.relation).cmp(&(y.basis, y.from, y.to, y.relation))
    });
    let mut merged: Vec<RelDraft> = Vec::new();
    for r in rels {
        match merged.last_mut() {
            Some(last)
                if (last.basis, last.from, last.to, last.relation)
                    == (r.basis, r.from, r.to, r.relation) =>
            {
                last.evidence.extend(r.evidence);
            }
            _ => merged.push(r),
        }
    }
    let mut rels = merged;

    // Bounds from anchors (before/after/since/until, open mods).
    for (k, d) in drafts.iter().enumerate() {
        for &m in &d.members {
            let t = &times[m];
            if t.earliest.is_none() && t.latest.is_none() {
                continue;
            }
            if let Some(e) = t.earliest {
                bounds.push(BoundItem {
                    event: k,
                    bound: BoundKind::Earliest(e),
                    mentions: vec![m],
                    text: BoundText::Anchor {
                        earliest: true,
                        day: e,
                        mention: m,
                    },
                });
            }
            if let Some(l) = t.latest {
                bounds.push(BoundItem {
                    event: k,
                    bound: BoundKind::Latest(l),
                    mentions: vec![m],
                    text: BoundText::Anchor {
                        earliest: false,
                        day: l,
                        mention: m,
                    },
                });
            }
        }
    }
    // Soft bounds from reference times for undated events' undated mentions.
    let mut soft: Vec<BoundItem> = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        if d.dated.is_some() {
            continue;
        }
        for &m in &d.members {
            let t = &times[m];
            if t.dated.is_some() || t.earliest.is_some() || t.latest.is_some() {
                continue;
            }
            let Some(r) = reference_of(m_article[m]) else {
                continue;
            };
            let status = ms[m].status;
            let bound = if status.is_actual() {
                BoundKind::Latest(r)
            } else if status.is_prospective() {
                BoundKind::Earliest(r)
            } else {
                continue;
            };
            soft.push(BoundItem {
                event: k,
                bound,
                mentions: vec![m],
                text: BoundText::Reported { mention: m, day: r },
            });
        }
    }

    // ---- reasoning -------------------------------------------------------
    let dated: Vec<Option<(i64, i64)>> = drafts.iter().map(|d| d.dated).collect();
    let mut days: Vec<i64> = Vec::new();
    for b in bounds.iter().chain(soft.iter()) {
        match b.bound {
            BoundKind::Earliest(d) => days.push(d),
            BoundKind::Latest(d) => days.push(d + 1),
        }
    }
    let mut reasoner = Reasoner::new(&dated, days);
    let hard_count = bounds.len();
    let all_bounds: Vec<BoundItem> = bounds.into_iter().chain(soft).collect();
    let mut conflicts: Vec<ConflictDraft> = Vec::new();
    let describe = Describer {
        drafts: &drafts,
        ms: &ms,
        times: &times,
    };
    // Events in no relation are constrained by bounds alone: their bounds
    // are checked against each other and their date directly (interval
    // arithmetic), without searching the graph. Only events in relations
    // need the search.
    let mut linked = vec![false; nd];
    for r in &rels {
        linked[r.from] = true;
        linked[r.to] = true;
    }
    let mut local: Vec<LocalBounds> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| LocalBounds {
            lo: d.dated.map(|(s, _)| (s, Reason::Date(i))),
            hi: d.dated.map(|(_, e)| (e, Reason::Date(i))),
        })
        .collect();
    let mut apply = |k: usize, reasoner: &mut Reasoner, conflicts: &mut Vec<ConflictDraft>| {
        let b = &all_bounds[k];
        let result = if linked[b.event] {
            reasoner.add_bound(b.event, b.bound, Reason::Bound(k))
        } else {
            let res = local[b.event].add(b.bound, Reason::Bound(k));
            if res.is_ok() {
                reasoner.add_bound_unchecked(b.event, b.bound, Reason::Bound(k));
            }
            res
        };
        if let Err(path) = result {
            conflicts.push(describe.contradiction(
                &path,
                &all_bounds,
                &rels,
                format!("{} {}", describe.ev(b.event), describe.bound_text(&b.text)),
                b.mentions.clone(),
                vec![b.event],
            ));
        }
    };
    // Hard bounds first, then relations, then the soft reference bounds.
    for k in 0..hard_count {
        apply(k, &mut reasoner, &mut conflicts);
    }
    let mut rel_ok = vec![true; rels.len()];
    for k in 0..rels.len() {
        let r = &rels[k];
        if let Err(path) = reasoner.add_relation(r.from, r.relation, r.to, Reason::Relation(k)) {
            rel_ok[k] = false;
            conflicts.push(describe.contradiction(
                &path,
                &all_bounds,
                &rels,
                describe.relation(r),
                r.evidence.iter().copied().collect(),
                vec![r.from, r.to],
            ));
        }
    }
    for k in hard_count..all_bounds.len() {
        apply(k, &mut reasoner, &mut conflicts);
    }
    let mut k = 0;
    rels.retain(|_| {
        k += 1;
        rel_ok[k - 1]
    });

    // Date conflicts within events.
    for (i, d) in drafts.iter().enumerate() {
        if d.claim_sides.len() < 2 {
            continue;
        }
        let followed_actual = d.claim_sides[0].0;
        let others_actual = d.claim_sides[1..].iter().any(|s| s.0);
        let kind = if followed_actual && !others_actual {
            ConflictKind::PlannedVsActual
        } else {
            ConflictKind::DateDisagreement
        };
        let claims: Vec<&str> = d.claim_sides.iter().map(|s| s.2.as_str()).collect();
        let description = match kind {
            ConflictKind::PlannedVsActual => format!(
                "{}: the planned date ({}) differs from the actual one ({})",
                d.label,
                claims[1..].join(", "),
                claims[0]
            ),
            _ => format!(
                "{}: sources give incompatible dates: {}",
                d.label,
                claims.join(" vs ")
            ),
        };
        conflicts.push(ConflictDraft {
            kind,
            events: vec![i],
            description,
            sides: d
                .claim_sides
                .iter()
                .map(|(_, ms_, claim)| (claim.clone(), ms_.clone()))
                .collect(),
        });
    }

    // ---- placement -------------------------------------------------------
    let mut related = vec![false; nd];
    for r in &rels {
        related[r.from] = true;
        related[r.to] = true;
    }
    let placed = reasoner.all_bounds();
    let mut whens: Vec<When> = Vec::with_capacity(nd);
    for (i, d) in drafts.iter().enumerate() {
        let mut w = When::default();
        if let Some((s, e)) = d.dated {
            w.value = d.value.clone();
            w.start = day_date(s);
            w.end = day_date(e);
            w.granularity = d.granularity;
            w.approximate = d.approximate;
            w.placement = Placement::Dated;
        } else {
            let (lo, hi) = placed[i];
            w.earliest = lo.and_then(day_date);
            w.latest = hi.and_then(day_date);
            w.placement = if lo.is_some() || hi.is_some() || related[i] {
                Placement::Relative
            } else {
                Placement::Undated
            };
        }
        whens.push(w);
    }

    // ---- relations from dates (neighbours in date order) -----------------
    let mut by_date: Vec<usize> = (0..nd).filter(|&i| drafts[i].dated.is_some()).collect();
    by_date.sort_by_key(|&i| (drafts[i].dated, drafts[i].members.first().copied()));
    for w in by_date.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (Some(x), Some(y)) = (interval(drafts[a].dated), interval(drafts[b].dated)) else {
            continue;
        };
        rels.push(RelDraft {
            from: a,
            to: b,
            relation: TemporalRelation::from(x.relation(&y)),
            basis: Basis::Date,
            evidence: drafts[a]
                .dating
                .iter()
                .chain(drafts[b].dating.iter())
                .copied()
                .collect(),
            signal: None,
        });
    }

    // ---- display order -----------------------------------------------------
    let keys: Vec<order::Key> = (0..nd)
        .map(|i| {
            let rank = drafts[i].members.first().copied().unwrap_or(usize::MAX);
            match drafts[i].dated {
                Some((s, e)) => order::key(Some(s), Some(e), rank),
                None => {
                    let w = &whens[i];
                    let lo = w.earliest.map(day_key);
                    let hi = w.latest.map(day_key);
                    order::key(lo.or(hi), hi.or(lo), rank)
                }
            }
        })
        .collect();
    let edges: Vec<(usize, usize)> = rels
        .iter()
        .filter(|r| r.basis != Basis::Date)
        .filter_map(|r| match r.relation.orders_first() {
            Some(true) => Some((r.from, r.to)),
            Some(false) => Some((r.to, r.from)),
            None => None,
        })
        .collect();
    let order = order::display_order(&keys, &edges);
    let mut pos = vec![0usize; nd];
    for (p, &i) in order.iter().enumerate() {
        pos[i] = p;
    }
    let eid = |i: usize| format!("e{}", pos[i] + 1);

    // ---- output ------------------------------------------------------------
    let mid = |i: usize| ids[i].clone();
    // Each draft, placement and mention time is used once from here on:
    // moved into the output, not copied.
    let mut events: Vec<Event> = Vec::with_capacity(nd);
    for &i in &order {
        let d = &mut drafts[i];
        events.push(Event {
            id: eid(i),
            label: std::mem::take(&mut d.label),
            when: std::mem::take(&mut whens[i]),
            status: d.status,
            participants: std::mem::take(&mut d.participants),
            salience: d.salience,
            mentions: d
                .members
                .iter()
                .map(|&m| {
                    let article =
                        m_article[m].map_or_else(|| ms[m].article.clone(), |a| arts[a].id.clone());
                    mention_entry(ms[m], ids[m].clone(), article, &mut times[m])
                })
                .collect(),
            lemma: std::mem::take(&mut d.lemma),
            class: d.class.take(),
            aspect: d.aspect,
            polarity: Polarity::Positive,
            sources: std::mem::take(&mut d.sources),
            claims: std::mem::take(&mut d.claims),
        });
    }
    let mut relations: Vec<(usize, usize, Relation)> = rels
        .iter()
        .map(|r| {
            (
                pos[r.from],
                pos[r.to],
                Relation {
                    from: eid(r.from),
                    to: eid(r.to),
                    relation: r.relation,
                    basis: r.basis,
                    evidence: r.evidence.iter().map(|&m| mid(m)).collect(),
                    signal: r.signal.clone(),
                },
            )
        })
        .collect();
    relations.sort_by(|x, y| {
        (x.0, x.1, x.2.relation, x.2.basis).cmp(&(y.0, y.1, y.2.relation, y.2.basis))
    });
    let mut out_conflicts: Vec<(Vec<usize>, Conflict)> = conflicts
        .into_iter()
        .map(|c| {
            let mut evs: Vec<usize> = c.events.iter().map(|&e| pos[e]).collect();
            evs.sort_unstable();
            evs.dedup();
            let conflict = Conflict {
                id: String::new(),
                kind: c.kind,
                events: evs.iter().map(|&p| format!("e{}", p + 1)).collect(),
                description: c.description,
                sides: c
                    .sides
                    .into_iter()
                    .map(|(claim, mentions)| ConflictSide {
                        claim,
                        mentions: {
                            let mut v: Vec<String> = mentions.iter().map(|&m| mid(m)).collect();
                            v.sort();
                            v.dedup();
                            v
                        },
                    })
                    .collect(),
            };
            (evs, conflict)
        })
        .collect();
    out_conflicts.sort_by(|x, y| {
        (&x.0, x.1.kind, &x.1.description).cmp(&(&y.0, y.1.kind, &y.1.description))
    });
    let conflicts: Vec<Conflict> = out_conflicts
        .into_iter()
        .enumerate()
        .map(|(k, (_, mut c))| {
            c.id = format!("c{}", k + 1);
            c
        })
        .collect();
    let articles = arts
        .iter()
        .map(|a| ArticleEntry {
            id: a.id.clone(),
            reference: Reference {
                date: a.reference,
                source: a.reference_source,
            },
            dateline: a.dateline.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
        })
        .collect();
    Ok(Timeline {
        articles,
        events,
        relations: relations.into_iter().map(|r| r.2).collect(),
        conflicts,
    })
}

fn fmt_day(d: i64) -> String {
    day_date(d).map(|d| d.to_string()).unwrap_or_default()
}

fn interval(span: Option<(i64, i64)>) -> Option<Interval> {
    let (s, e) = span?;
    Some(Interval::days(day_date(s)?, day_date(e)?, Granularity::Day))
}

/// A mention of the output; its time's text and value are moved out of
/// `t` (each mention belongs to one event).
fn mention_entry(m: &MentionInput, id: String, article: String, t: &mut TimeInfo) -> Mention {
    Mention {
        id,
        article,
        text: m.sentence.clone(),
        time_text: t.time_text.take(),
        trigger: m.trigger.clone(),
        start: m.start,
        end: m.end,
        sentence_index: m.sentence_index,
        status: m.status,
        value: t
            .dated
            .as_mut()
            .map(|d| std::mem::take(&mut d.3))
            .or_else(|| m.anchor.as_ref().map(|a| a.value.to_string())),
        time_span: t.span,
        anchor_relation: t.span.and(m.anchor.as_ref().map(|a| a.relation)),
        timeml_class: m.class.clone(),
        salience: round4(m.salience),
    }
}

/// The label of an event told by mention `mi` (whose time is `t`).
fn label_of(mi: &MentionInput, t: &TimeInfo, scratch: &mut Scratch) -> String {
    let at = mi
        .sentence_start
        .and_then(|ss| mi.start.checked_sub(ss))
        .filter(|&o| mi.sentence.get(o..o + mi.trigger.len()) == Some(mi.trigger.as_str()));
    label_in(
        scratch,
        &mi.sentence,
        &mi.trigger,
        at,
        t.time_text.as_deref(),
    )
}

/// [`draft`] of a cluster of one mention, `m`: the same event, without
/// the counting and grouping that several mentions need (most clusters
/// hold one mention).
fn single(
    m: usize,
    members: Vec<usize>,
    ms: &[&MentionInput],
    times: &[TimeInfo],
    preps: &[Prep],
    scratch: &mut Scratch,
) -> Draft {
    let (mi, p, t) = (ms[m], &preps[m], &times[m]);
    // Its lemma is the most common; its participants are sorted and
    // distinct, each mentioned once.
    let mut d = Draft {
        status: mi.status,
        lemma: p.lemma.to_string(),
        stem: p.stem.to_string(),
        class: p.sem_class.as_deref().map(str::to_string),
        aspect: if mi.aspect == PhaseAspect::None {
            PhaseAspect::default()
        } else {
            mi.aspect
        },
        participants: p.participants.iter().map(|s| s.to_string()).collect(),
        sources: vec![mi.article.clone()],
        ..Draft::default()
    };
    // The noisy-or of one article's best mention (not below 0).
    let s = mi.salience.clamp(0.0, 1.0);
    let best = if s > 0.0 { s } else { 0.0 };
    // As the noisy-or rounds it: 1 − (1 − s) is not always s in f32.
    d.salience = round4(1.0 - (1.0 - best));
    d.label = label_of(mi, t, scratch);
    // One claim at most: it dates the event, with no conflict.
    if let Some((s, e, g, v)) = &t.dated {
        d.dated = Some((*s, *e));
        d.value = Some(v.clone());
        d.granularity = Some(*g);
        d.approximate = t.approximate;
        d.dating = vec![m];
    }
    d.members = members;
    d
}

/// What [`draft`] reads of the mentions (all in canonical order).
#[derive(Clone, Copy)]
struct Sources<'a> {
    ms: &'a [&'a MentionInput],
    /// Their ids.
    ids: &'a [String],
    /// Their articles' ranks (article ids in string order).
    art_rank: &'a [u32],
    times: &'a [TimeInfo],
    preps: &'a [Prep<'a>],
    /// An article's reference day.
    reference_of: &'a dyn Fn(Option<usize>) -> Option<i64>,
}

/// Builds an event from a cluster of mentions.
fn draft(members: Vec<usize>, cx: Sources<'_>, scratch: &mut Scratch) -> Draft {
    let Sources {
        ms,
        ids,
        art_rank,
        times,
        preps,
        reference_of,
    } = cx;
    if let [m] = members[..] {
        return single(m, members, ms, times, preps, scratch);
    }
    let mut d = Draft {
        status: Status::Unknown,
        ..Draft::default()
    };
    // Status: the most real any source reports.
    d.status = members
        .iter()
        .map(|&m| ms[m].status)
        .min_by_key(|&s| status_rank(s))
        .unwrap_or(Status::Unknown);
    // Lemma, class: the most common (ties by spelling).
    let most = |it: &mut dyn Iterator<Item = &str>| -> Option<String> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for s in it {
            *counts.entry(s).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.to_string())
    };
    d.lemma = most(&mut members.iter().map(|&m| &*preps[m].lemma)).unwrap_or_default();
    // The stem of the chosen lemma: a member with that lemma has it.
    d.stem = members
        .iter()
        .find(|&&m| *preps[m].lemma == *d.lemma)
        .map_or_else(|| merge::stem(&d.lemma), |&m| preps[m].stem.to_string());
    d.class = most(
        &mut members
            .iter()
            .filter_map(|&m| preps[m].sem_class.as_deref()),
    );
    // Aspect: the cluster's phase, if any member names one (a cluster
    // holds at most one phase; see `merge`).
    d.aspect = members
        .iter()
        .map(|&m| ms[m].aspect)
        .find(|&a| a != PhaseAspect::None)
        .unwrap_or_default();
    // Participants: most mentioned first.
    let mut pc: BTreeMap<&str, usize> = BTreeMap::new();
    for &m in &members {
        for p in &preps[m].participants {
            *pc.entry(p).or_default() += 1;
        }
    }
    let mut parts: Vec<(&str, usize)> = pc.into_iter().collect();
    parts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    d.participants = parts.into_iter().map(|p| p.0.to_string()).collect();
    // Sources and salience (noisy-or of each article's best mention).
    // Keyed by article rank: the order of the article ids as strings.
    let mut best: BTreeMap<u32, (&str, f32)> = BTreeMap::new();
    for &m in &members {
        let s = ms[m].salience.clamp(0.0, 1.0);
        let e = &mut best
            .entry(art_rank[m])
            .or_insert((ms[m].article.as_str(), 0.0))
            .1;
        if s > *e {
            *e = s;
        }
    }
    d.sources = best.values().map(|s| s.0.to_string()).collect();
    let miss: f32 = best.values().map(|s| 1.0 - s.1).product();
    d.salience = round4(1.0 - miss);
    // Label from the most telling mention.
    if let Some(&m) = members.iter().min_by(|&&a, &&b| {
        let key = |i: usize| {
            (
                !ms[i].status.is_actual(),
                // A mention that names its own time tells the event itself.
                times[i].time_text.as_deref().is_none_or(str::is_empty),
                ms[i].sentence_index > 1,
                std::cmp::Reverse(ordered(ms[i].salience)),
                ms[i].sentence_index,
                i,
            )
        };
        key(a).cmp(&key(b))
    }) {
        d.label = label_of(ms[m], &times[m], scratch);
    }
    // Claims.
    let mut groups: BTreeMap<(i64, i64), ClaimDraft> = BTreeMap::new();
    for &m in &members {
        let Some((s, e, g, v)) = &times[m].dated else {
            continue;
        };
        let c = groups.entry((*s, *e)).or_insert_with(|| ClaimDraft {
            start: *s,
            end: *e,
            granularity: *g,
            approximate: true,
            values: BTreeMap::new(),
            mentions: Vec::new(),
            actual: false,
            status: Status::Unknown,
            articles: BTreeSet::new(),
            latest_reference: None,
        });
        *c.values.entry(v.clone()).or_default() += 1;
        c.approximate &= times[m].approximate;
        c.mentions.push(m);
        c.actual |= ms[m].status.is_actual();
        if status_rank(ms[m].status) < status_rank(c.status) {
            c.status = ms[m].status;
        }
        c.articles.insert(preps[m].article);
        c.latest_reference = c.latest_reference.max(reference_of(preps[m].article));
    }
    let claims: Vec<ClaimDraft> = groups.into_values().collect();
    if claims.is_empty() {
        d.members = members;
        return d;
    }
    // Priority: actual, support (articles of compatible claims), most
    // recent report, finest, earliest.
    let support = |c: &ClaimDraft| -> usize {
        let mut a: BTreeSet<Option<usize>> = BTreeSet::new();
        for o in &claims {
            if o.intersects(c) {
                a.extend(o.articles.iter().copied());
            }
        }
        a.len()
    };
    let supports: Vec<usize> = claims.iter().map(support).collect();
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| {
        let c = &claims[i];
        (
            !c.actual,
            std::cmp::Reverse(supports[i]),
            std::cmp::Reverse(c.latest_reference),
            c.approximate,
            c.end - c.start,
            c.start,
            c.end,
        )
    });
    // Greedy groups of pairwise-compatible claims, in priority order.
    let mut group_of = vec![usize::MAX; claims.len()];
    let mut sides: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        if group_of[i] != usize::MAX {
            continue;
        }
        let mut g = vec![i];
        group_of[i] = sides.len();
        for &j in &order {
            if group_of[j] == usize::MAX && g.iter().all(|&k| claims[k].intersects(&claims[j])) {
                g.push(j);
                group_of[j] = sides.len();
            }
        }
        sides.push(g);
    }
    // The date: the finest claim of the followed group inside all the
    // others, an exact one before an approximate one; failing that, the
    // first exact one.
    let primary = &sides[0];
    let pick = primary
        .iter()
        .copied()
        .filter(|&i| primary.iter().all(|&k| claims[k].contains(&claims[i])))
        .min_by_key(|&i| {
            let c = &claims[i];
            (c.approximate, c.end - c.start, c.start)
        })
        .or_else(|| primary.iter().copied().find(|&i| !claims[i].approximate))
        .unwrap_or(primary[0]);
    let c = &claims[pick];
    d.dated = Some((c.start, c.end));
    d.value = Some(c.value());
    d.granularity = Some(c.granularity);
    d.approximate = c.approximate;
    d.dating = primary
        .iter()
        .flat_map(|&i| claims[i].mentions.iter().copied())
        .collect();
    d.dating.sort_unstable();
    if claims.len() > 1 {
        d.claims = claims
            .iter()
            .enumerate()
            .map(|(i, c)| Claim {
                value: c.value(),
                start: day_date(c.start).unwrap_or(NaiveDate::MIN),
                end: day_date(c.end).unwrap_or(NaiveDate::MIN),
                granularity: c.granularity,
                status: c.status,
                mentions: c.mentions.iter().map(|&m| ids[m].clone()).collect(),
                primary: group_of[i] == 0,
            })
            .collect();
    }
    if sides.len() > 1 {
        d.claim_sides = sides
            .iter()
            .map(|g| {
                let actual = g.iter().any(|&i| claims[i].actual);
                let mut mentions: Vec<usize> = g
                    .iter()
                    .flat_map(|&i| claims[i].mentions.iter().copied())
                    .collect();
                mentions.sort_unstable();
                let mut sorted = g.clone();
                sorted.sort_by_key(|&i| (claims[i].start, claims[i].end));
                let claim = sorted
                    .iter()
                    .map(|&i| format!("{} ({})", claims[i].value(), claims[i].status.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ");
                (actual, mentions, claim)
            })
            .collect();
    }
    d.members = members;
    d
}

/// A total order on salience (NaN as 0).
fn ordered(x: f32) -> u32 {
    let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
    (x * 1_000_000.0) as u32
}

/// Links the start and the end of one process, and both to the process
/// itself when it is mentioned without a date.
fn phase_relations(drafts: &[Draft], rels: &mut Vec<RelDraft>) {
    // Drafts share a key when they share a stem or a semantic class.
    fn keys(d: &Draft) -> [Option<(u8, &str)>; 2] {
        [
            Some((0, d.stem.as_str())),
            d.class.as_deref().map(|c| (1, c)),
        ]
    }
    let related = |a: &Draft, b: &Draft| -> bool {
        let ka = keys(a);
        keys(b).iter().flatten().any(|k| ka.contains(&Some(*k)))
            && (a.participants.is_empty()
                || b.participants.is_empty()
                || a.participants.iter().any(|p| b.participants.contains(p)))
    };
    let evidence = |a: &Draft, b: &Draft| -> BTreeSet<usize> {
        a.members.iter().chain(b.members.iter()).copied().collect()
    };
    // Starts and undated plain processes by key, so that each end looks
    // only at the drafts it can be related to.
    let mut index: FxMap<(u8, &str), Vec<usize>> = FxMap::default();
    for (i, d) in drafts.iter().enumerate() {
        let wanted =
            d.aspect == PhaseAspect::Start || (d.aspect == PhaseAspect::None && d.dated.is_none());
        if wanted {
            for k in keys(d).into_iter().flatten() {
                index.entry(k).or_default().push(i);
            }
        }
    }
    let candidates = |d: &Draft| -> Vec<usize> {
        let mut v: Vec<usize> = keys(d)
            .into_iter()
            .flatten()
            .filter_map(|k| index.get(&k))
            .flatten()
            .copied()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    for (e, end) in drafts.iter().enumerate() {
        if end.aspect != PhaseAspect::End {
            continue;
        }
        let near = candidates(end);
        // The start: the latest dated one not after the end, else the most
        // salient undated one.
        let starts: Vec<usize> = near
            .iter()
            .copied()
            .filter(|&s| drafts[s].aspect == PhaseAspect::Start && related(&drafts[s], end))
            .collect();
        let dated_start = starts
            .iter()
            .copied()
            .filter(|&s| match (drafts[s].dated, end.dated) {
                (Some(a), Some(b)) => a.0 <= b.1,
                (Some(_), None) => true,
                _ => false,
            })
            .max_by_key(|&s| (drafts[s].dated, std::cmp::Reverse(s)));
        let start = dated_start.or_else(|| {
            starts
                .iter()
                .copied()
                .filter(|&s| drafts[s].dated.is_none())
                .max_by_key(|&s| (ordered(drafts[s].salience), std::cmp::Reverse(s)))
        });
        let Some(s) = start else {
            continue;
        };
        rels.push(RelDraft {
            from: s,
            to: e,
            relation: TemporalRelation::Before,
            basis: Basis::Phase,
            evidence: evidence(&drafts[s], end),
            signal: None,
        });
        // The process itself, when mentioned once and undated.
        let process: Vec<usize> = near
            .iter()
            .copied()
            .filter(|&p| {
                drafts[p].aspect == PhaseAspect::None
                    && drafts[p].dated.is_none()
                    && related(&drafts[p], end)
                    && related(&drafts[p], &drafts[s])
            })
            .collect();
        if let [p] = process[..] {
            rels.push(RelDraft {
                from: s,
                to: p,
                relation: TemporalRelation::Begins,
                basis: Basis::Phase,
                evidence: evidence(&drafts[s], &drafts[p]),
                signal: None,
            });
            rels.push(RelDraft {
                from: e,
                to: p,
                relation: TemporalRelation::Ends,
                basis: Basis::Phase,
                evidence: evidence(end, &drafts[p]),
                signal: None,
            });
        }
    }
}

/// The bounds of an event in no relation, checked by interval arithmetic:
/// the latest "earliest" and the earliest "latest" day so far, each with
/// the reason that set it.
#[derive(Debug, Clone)]
struct LocalBounds {
    lo: Option<(i64, Reason)>,
    hi: Option<(i64, Reason)>,
}

impl LocalBounds {
    /// Adds a bound unless it leaves no day between the two sides; then
    /// returns the reason of the side it contradicts.
    fn add(&mut self, bound: BoundKind, reason: Reason) -> std::result::Result<(), Vec<Reason>> {
        match bound {
            BoundKind::Earliest(d) => {
                if let Some((h, r)) = &self.hi
                    && d > *h
                {
                    return Err(vec![r.clone()]);
                }
                if self.lo.as_ref().is_none_or(|(l, _)| d > *l) {
                    self.lo = Some((d, reason));
                }
            }
            BoundKind::Latest(d) => {
                if let Some((l, r)) = &self.lo
                    && d < *l
                {
                    return Err(vec![r.clone()]);
                }
                if self.hi.as_ref().is_none_or(|(h, _)| d < *h) {
                    self.hi = Some((d, reason));
                }
            }
        }
        Ok(())
    }
}

/// A conflict before ids are assigned: draft indices and mention indices.
#[derive(Debug, Clone)]
struct ConflictDraft {
    kind: ConflictKind,
    events: Vec<usize>,
    description: String,
    sides: Vec<(String, Vec<usize>)>,
}

struct Describer<'a> {
    drafts: &'a [Draft],
    ms: &'a [&'a MentionInput],
    times: &'a [TimeInfo],
}

impl Describer<'_> {
    fn bound_text(&self, t: &BoundText) -> String {
        match t {
            BoundText::Ready(s) => s.clone(),
            BoundText::Anchor {
                earliest,
                day,
                mention,
            } => {
                let m = *mention;
                let per = match self.times[m].time_text.as_deref().map(str::trim) {
                    Some(tt) if !tt.is_empty() => format!("{tt:?} ({})", self.ms[m].id()),
                    // Anchored to the report itself (present perfect,
                    // reported speech).
                    _ => format!("its report ({})", self.ms[m].id()),
                };
                if *earliest {
                    format!("starts on or after {} per {per}", fmt_day(*day))
                } else {
                    format!("ends on or before {} per {per}", fmt_day(*day))
                }
            }
            BoundText::Reported { mention, day } => format!(
                "reported as {} in {:?} of {}",
                self.ms[*mention].status.as_str(),
                self.ms[*mention].article,
                fmt_day(*day)
            ),
        }
    }

    fn ev(&self, i: usize) -> String {
        format!("\"{}\"", self.drafts[i].label)
    }

    fn relation(&self, r: &RelDraft) -> String {
        let via = match (&r.basis, &r.signal) {
            (Basis::Signal, Some(s)) => format!(" (signal \"{s}\")"),
            (Basis::Phase, _) => " (aspect: start before end)".to_string(),
            _ => String::new(),
        };
        format!(
            "{} {} {}{via}",
            self.ev(r.from),
            r.relation.as_str(),
            self.ev(r.to)
        )
    }

    /// A contradiction: what the graph already holds (the path) against
    /// what was refused.
    fn contradiction(
        &self,
        path: &[Reason],
        bounds: &[BoundItem],
        rels: &[RelDraft],
        refused: String,
        refused_mentions: Vec<usize>,
        mut events: Vec<usize>,
    ) -> ConflictDraft {
        let mut held: Vec<String> = Vec::new();
        let mut held_mentions: Vec<usize> = Vec::new();
        for r in path {
            match r {
                Reason::Date(i) => {
                    let d = &self.drafts[*i];
                    held.push(format!(
                        "{} dated {}",
                        self.ev(*i),
                        d.value.clone().unwrap_or_default()
                    ));
                    held_mentions.extend(d.dating.iter().copied());
                    events.push(*i);
                }
                Reason::Bound(k) => {
                    if let Some(b) = bounds.get(*k) {
                        held.push(format!("{} {}", self.ev(b.event), self.bound_text(&b.text)));
                        held_mentions.extend(b.mentions.iter().copied());
                        events.push(b.event);
                    }
                }
                Reason::Relation(k) => {
                    if let Some(r) = rels.get(*k) {
                        held.push(self.relation(r));
                        held_mentions.extend(r.evidence.iter().copied());
                        events.push(r.from);
                        events.push(r.to);
                    }
                }
                Reason::Calendar | Reason::Intrinsic => {}
            }
        }
        events.sort_unstable();
        events.dedup();
        ConflictDraft {
            kind: ConflictKind::ContradictoryRelations,
            events,
            description: format!(
                "{refused} contradicts {}; it was not stored",
                if held.is_empty() {
                    "the calendar".to_string()
                } else {
                    held.join("; ")
                }
            ),
            sides: vec![
                (held.join("; "), held_mentions),
                (refused, refused_mentions),
            ],
        }
    }
}

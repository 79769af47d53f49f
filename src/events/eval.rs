//! Scoring event mentions against gold TimeML EVENTs, in the manner of
//! TempEval-3 Task B, plus attribute and time-anchoring accuracy.
//!
//! # Matching
//!
//! Gold and system events are paired one-to-one in text order: each gold
//! event is paired with the first unpaired system event that overlaps it
//! (a relaxed match); a pair with identical extents is also a strict match.
//! Precision, recall and F1 are micro-averaged over documents, strict and
//! relaxed, as for TIMEX3s in [`crate::eval`].
//!
//! # Attributes
//!
//! Over the relaxed matches: class accuracy (and class F1 = accuracy ×
//! relaxed F1, TempEval-3's headline class score), and the accuracy of
//! tense, aspect and polarity against the gold `MAKEINSTANCE` (where the
//! gold event has one).
//!
//! # Anchoring
//!
//! For every matched gold event with a gold TLINK to a TIMEX3 of the text
//! in the **same sentence** (sentences as [`super::segment`] finds them;
//! links to the DCT are not counted), the system is right when its
//! anchor's expression overlaps one of those TIMEX3s. Events the system
//! leaves unanchored, or anchors to the reference time or another
//! expression, are wrong.
//!
//! ```
//! use dateline::events::eval::{evaluate, EvalDocument, EventAnnotation};
//!
//! let text = "Troops left on Monday.";
//! let mut gold = EventAnnotation::new(7, 11, "OCCURRENCE");
//! gold.anchors.push((15, 21));
//! let mut system = EventAnnotation::new(7, 11, "OCCURRENCE");
//! system.anchor = Some((15, 21));
//! let report = evaluate(&[EvalDocument::new("d", "f", text, vec![gold], vec![system])]);
//! assert_eq!(report.overall.relaxed.f1, 1.0);
//! assert_eq!(report.overall.anchor_accuracy, 1.0);
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::EventMention;
use crate::tagger::{Against, Expression};
use crate::timeml::Document;
use crate::value::{Timex3, TimexType, Value};

/// One event to score.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventAnnotation {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// The TimeML class (`OCCURRENCE`...).
    pub class: String,
    /// TimeML tense (`PAST`...), if known.
    pub tense: Option<String>,
    /// TimeML aspect (`PERFECTIVE`...), if known.
    pub aspect: Option<String>,
    /// TimeML polarity (`POS`, `NEG`), if known.
    pub polarity: Option<String>,
    /// Gold: the spans of the TIMEX3s of the same sentence it is linked
    /// to.
    pub anchors: Vec<(usize, usize)>,
    /// System: the span of the expression it is anchored to.
    pub anchor: Option<(usize, usize)>,
}

impl EventAnnotation {
    /// An event over `start..end` with a class and nothing else.
    pub fn new(start: usize, end: usize, class: impl Into<String>) -> EventAnnotation {
        EventAnnotation {
            start,
            end,
            class: class.into(),
            ..EventAnnotation::default()
        }
    }
}

/// One document to score.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalDocument {
    /// Its id.
    pub id: String,
    /// Its group (corpus folder).
    pub folder: String,
    /// The text the offsets refer to.
    pub text: String,
    /// Gold events.
    pub gold: Vec<EventAnnotation>,
    /// System events.
    pub system: Vec<EventAnnotation>,
}

impl EvalDocument {
    /// A document to score.
    pub fn new(
        id: impl Into<String>,
        folder: impl Into<String>,
        text: impl Into<String>,
        gold: Vec<EventAnnotation>,
        system: Vec<EventAnnotation>,
    ) -> EvalDocument {
        EvalDocument {
            id: id.into(),
            folder: folder.into(),
            text: text.into(),
            gold,
            system,
        }
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

fn prf(hit: usize, system: usize, gold: usize) -> Prf {
    if system == 0 && gold == 0 {
        return Prf {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let p = if system == 0 {
        0.0
    } else {
        hit as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hit as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Counts, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold events.
    pub gold: usize,
    /// System events.
    pub system: usize,
    /// Relaxed matches (pairs).
    pub relaxed: usize,
    /// Strict matches.
    pub strict: usize,
    /// Pairs with the right class.
    pub class: usize,
    /// Pairs whose gold event has a tense / the right one.
    pub tense: (usize, usize),
    /// Pairs whose gold event has an aspect / the right one.
    pub aspect: (usize, usize),
    /// Pairs whose gold event has a polarity / the right one.
    pub polarity: (usize, usize),
    /// Pairs whose gold event is linked to a TIMEX3 of its sentence / the
    /// system's anchor is one of those.
    pub anchors: (usize, usize),
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.class += o.class;
        for (a, b) in [
            (&mut self.tense, o.tense),
            (&mut self.aspect, o.aspect),
            (&mut self.polarity, o.polarity),
            (&mut self.anchors, o.anchors),
        ] {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
}

/// Scores from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// The counts.
    pub counts: Counts,
    /// Strict extent scores.
    pub strict: Prf,
    /// Relaxed extent scores.
    pub relaxed: Prf,
    /// Class accuracy over relaxed matches.
    pub class_accuracy: f64,
    /// Class F1 (accuracy × relaxed F1).
    pub class_f1: f64,
    /// Tense accuracy over matches with a gold tense.
    pub tense_accuracy: f64,
    /// Aspect accuracy.
    pub aspect_accuracy: f64,
    /// Polarity accuracy.
    pub polarity_accuracy: f64,
    /// Anchoring accuracy over matched events with a same-sentence gold
    /// TLINK to a TIMEX3.
    pub anchor_accuracy: f64,
}

impl Scores {
    /// Scores from counts.
    pub fn from_counts(c: Counts) -> Scores {
        let relaxed = prf(c.relaxed, c.system, c.gold);
        let class_accuracy = ratio(c.class, c.relaxed);
        Scores {
            counts: c,
            strict: prf(c.strict, c.system, c.gold),
            relaxed,
            class_accuracy,
            class_f1: class_accuracy * relaxed.f1,
            tense_accuracy: ratio(c.tense.1, c.tense.0),
            aspect_accuracy: ratio(c.aspect.1, c.aspect.0),
            polarity_accuracy: ratio(c.polarity.1, c.polarity.0),
            anchor_accuracy: ratio(c.anchors.1, c.anchors.0),
        }
    }
}

/// An evaluation report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Over everything.
    pub overall: Scores,
    /// Per folder.
    pub folders: BTreeMap<String, Scores>,
    /// Misses (`-`), spurious events (`+`) and wrong classes (`~`), one
    /// line each with context.
    pub errors: Vec<String>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn context(text: &str, s: usize, e: usize) -> String {
    let mut a = s.saturating_sub(40);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + 40).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[{}]{}",
        text.get(a..s).unwrap_or(""),
        text.get(s..e).unwrap_or(""),
        text.get(e..b).unwrap_or("")
    )
    .replace('\n', " ")
}

/// Scores documents.
pub fn evaluate(docs: &[EvalDocument]) -> Report {
    let mut report = Report::default();
    let mut total = Counts::default();
    let mut folders: BTreeMap<String, Counts> = BTreeMap::new();
    for d in docs {
        let mut c = Counts {
            gold: d.gold.len(),
            system: d.system.len(),
            ..Counts::default()
        };
        let mut used = vec![false; d.system.len()];
        let mut lo = 0;
        for g in &d.gold {
            while lo < d.system.len() && d.system[lo].end <= g.start {
                lo += 1;
            }
            let mut found = None;
            let mut k = lo;
            while k < d.system.len() && d.system[k].start < g.end {
                if !used[k] && overlaps((g.start, g.end), (d.system[k].start, d.system[k].end)) {
                    found = Some(k);
                    break;
                }
                k += 1;
            }
            let Some(k) = found else {
                report.errors.push(format!(
                    "- {} {}: {}",
                    d.id,
                    g.class,
                    context(&d.text, g.start, g.end)
                ));
                continue;
            };
            used[k] = true;
            let s = &d.system[k];
            c.relaxed += 1;
            if (s.start, s.end) == (g.start, g.end) {
                c.strict += 1;
            }
            if s.class == g.class {
                c.class += 1;
            } else {
                report.errors.push(format!(
                    "~ {} {} as {}: {}",
                    d.id,
                    g.class,
                    s.class,
                    context(&d.text, g.start, g.end)
                ));
            }
            for (acc, gv, sv) in [
                (&mut c.tense, &g.tense, &s.tense),
                (&mut c.aspect, &g.aspect, &s.aspect),
                (&mut c.polarity, &g.polarity, &s.polarity),
            ] {
                if let Some(gv) = gv {
                    acc.0 += 1;
                    if sv.as_ref() == Some(gv) {
                        acc.1 += 1;
                    }
                }
            }
            if !g.anchors.is_empty() {
                c.anchors.0 += 1;
                if s.anchor
                    .is_some_and(|a| g.anchors.iter().any(|&t| overlaps(a, t)))
                {
                    c.anchors.1 += 1;
                } else {
                    report.errors.push(format!(
                        "@ {} anchor {:?} not {:?}: {}",
                        d.id,
                        s.anchor.and_then(|(a, b)| d.text.get(a..b)),
                        g.anchors
                            .iter()
                            .map(|&(a, b)| d.text.get(a..b).unwrap_or(""))
                            .collect::<Vec<_>>(),
                        context(&d.text, g.start, g.end)
                    ));
                }
            }
        }
        for (k, s) in d.system.iter().enumerate() {
            if !used[k] {
                report.errors.push(format!(
                    "+ {} {}: {}",
                    d.id,
                    s.class,
                    context(&d.text, s.start, s.end)
                ));
            }
        }
        total += c;
        *folders.entry(d.folder.clone()).or_default() += c;
    }
    report.overall = Scores::from_counts(total);
    report.folders = folders
        .into_iter()
        .map(|(k, v)| (k, Scores::from_counts(v)))
        .collect();
    report
}

/// The gold events of a TimeML document, with their `MAKEINSTANCE`
/// attributes and the TIMEX3s of the same sentence they are linked to.
pub fn gold_events(doc: &Document) -> Vec<EventAnnotation> {
    let seg = super::segment(&doc.text);
    let sentence_of = |off: usize| {
        seg.sentences
            .partition_point(|s| s.end <= off)
            .min(seg.sentences.len().saturating_sub(1))
    };
    let mut out: Vec<EventAnnotation> = Vec::with_capacity(doc.events.len());
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &doc.events {
        let inst = doc.instances_of(&e.eid).next();
        index.insert(e.eid.as_str(), out.len());
        out.push(EventAnnotation {
            start: e.start,
            end: e.end,
            class: e.class.clone(),
            tense: inst.and_then(|i| i.tense.clone()),
            aspect: inst.and_then(|i| i.aspect.clone()),
            polarity: inst.and_then(|i| i.polarity.clone()),
            anchors: Vec::new(),
            anchor: None,
        });
    }
    for l in &doc.tlinks {
        let (ev, tid) = match (
            &l.event_instance_id,
            &l.related_to_time,
            &l.time_id,
            &l.related_to_event_instance,
        ) {
            (Some(e), Some(t), _, _) | (_, _, Some(t), Some(e)) => (e, t),
            _ => continue,
        };
        let Some(event) = doc.event_of_instance(ev) else {
            continue;
        };
        let Some(t) = doc.timexes.iter().find(|x| &x.tid == tid) else {
            continue;
        };
        if sentence_of(event.start) != sentence_of(t.start) {
            continue;
        }
        if let Some(&k) = index.get(event.eid.as_str())
            && !out[k].anchors.contains(&(t.start, t.end))
        {
            out[k].anchors.push((t.start, t.end));
        }
    }
    out.sort_by_key(|a| (a.start, a.end));
    out
}

/// System mentions as annotations to score; `expressions` are the ones
/// given to the extractor (for anchor spans).
pub fn system_events(
    mentions: &[EventMention],
    expressions: &[Expression],
) -> Vec<EventAnnotation> {
    let mut out: Vec<EventAnnotation> = mentions
        .iter()
        .map(|m| EventAnnotation {
            start: m.start,
            end: m.end,
            class: m.class.to_string(),
            tense: Some(m.tense.to_string()),
            aspect: Some(m.aspect.to_string()),
            polarity: Some(m.polarity.to_string()),
            anchors: Vec::new(),
            anchor: m
                .anchor
                .as_ref()
                .and_then(|a| a.expression)
                .and_then(|x| expressions.get(x))
                .map(|e| (e.start, e.end)),
        })
        .collect();
    out.sort_by_key(|a| (a.start, a.end));
    out
}

/// The gold TIMEX3s of a document's text as tagger expressions (to score
/// anchoring apart from the tagger). Values that do not parse are read
/// leniently or left out.
pub fn gold_expressions(doc: &Document) -> Vec<Expression> {
    doc.timexes
        .iter()
        .filter_map(|t| {
            let value = t
                .value
                .parse::<Value>()
                .or_else(|_| Value::parse_lenient(&t.value))
                .ok()?;
            let kind = t.kind.parse::<TimexType>().unwrap_or(TimexType::Date);
            let interval = value.interval();
            Some(Expression {
                start: t.start,
                end: t.end,
                text: t.text.clone(),
                timex: Timex3 {
                    kind,
                    value,
                    modifier: t.modifier.as_deref().and_then(|m| m.parse().ok()),
                    quant: None,
                    freq: None,
                },
                interval,
                against: Against::Absolute,
                anchor: None,
                alternatives: Vec::new(),
                note: None,
            })
        })
        .collect()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = |f: &mut fmt::Formatter<'_>, name: &str, s: &Scores| {
            writeln!(
                f,
                "{name:<12} gold {:>6} system {:>6} | strict P {:.4} R {:.4} F1 {:.4} | relaxed P {:.4} R {:.4} F1 {:.4} | class acc {:.4} F1 {:.4} | tense {:.4} aspect {:.4} polarity {:.4} | anchor {:.4} ({}/{})",
                s.counts.gold,
                s.counts.system,
                s.strict.precision,
                s.strict.recall,
                s.strict.f1,
                s.relaxed.precision,
                s.relaxed.recall,
                s.relaxed.f1,
                s.class_accuracy,
                s.class_f1,
                s.tense_accuracy,
                s.aspect_accuracy,
                s.polarity_accuracy,
                s.anchor_accuracy,
                s.counts.anchors.1,
                s.counts.anchors.0,
            )
        };
        for (name, s) in &self.folders {
            line(f, name, s)?;
        }
        line(f, "overall", &self.overall)
    }
}

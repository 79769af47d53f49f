//! Scoring against gold annotations with the TempEval-3 measures.
//!
//! This module implements the TIMEX3 part of TempEval-3 Task A (SemEval-2013
//! Task 1; UzZaman, Llorens, Derczynski, Verhagen, Allen and Pustejovsky,
//! 2013): strict and relaxed extent precision, recall and F1, and the
//! `type` and `value` attribute scores, as the task's official scorer
//! computes them. That scorer is `TE3-evaluation.py` by Naushad UzZaman,
//! which runs the `TimeML-Normalizer` (Hector Llorens) to align gold and
//! system entities and then `evaluation-entities/evaluate_entities.py` to
//! count; what follows was checked against the source of those three files
//! (TempEval-3 `tools/` directory), the paper's text not being available
//! to us.
//!
//! # Matching
//!
//! Gold and system TIMEX3s are paired one-to-one, greedily, in text order:
//! the annotations of both sides are taken in order of their start offset
//! (gold first on ties); an annotation is paired with the other side's
//! annotation that *covers its start* (started no later, ends after it) if
//! that one is not paired yet. So every overlapping pair is considered at
//! the later of the two starts, and each gold and each system TIMEX3 is in
//! at most one pair: if a system TIMEX3 overlaps two gold ones, it is
//! paired with the first and the second is a miss; if two system TIMEX3s
//! overlap one gold one, the second is spurious. This is what the
//! normalizer does on tokens (it gives a timex beginning at a token the id
//! of the other annotation's timex still open at that token, unless that
//! id is already taken); we do it on offsets, which gives the same pairs
//! whenever annotations start and end on token boundaries.
//!
//! - **Relaxed match**: a pair (the extents overlap).
//! - **Strict match**: a pair with identical extents. (The official scorer
//!   compares the pair's covered texts, which is the same thing unless two
//!   different overlapping extents have the same text.)
//! - An annotation that covers nothing (`start >= end`, or only whitespace
//!   of the text) is never matched but still counted, as in the official
//!   scorer, which skips timexes with blank text when matching but counts
//!   all in the totals.
//!
//! If one side has overlapping annotations of its own (which TimeML cannot
//! express and the token-based normalizer cannot see), an annotation is
//! paired with the unpaired covering one that started last.
//!
//! # Measures
//!
//! With *G* gold TIMEX3s, *S* system TIMEX3s, *M* pairs (relaxed matches),
//! *E* strict matches, and *T* and *V* the pairs whose `type`, respectively
//! `value`, strings are equal (exact, case-sensitive string comparison):
//!
//! | measure | precision | recall | F1 |
//! |---|---|---|---|
//! | strict | E / S | E / G | harmonic mean |
//! | relaxed | M / S | M / G | harmonic mean |
//! | type | T / S | T / G | harmonic mean = (T / M) × relaxed F1 |
//! | value | V / S | V / G | harmonic mean = (V / M) × relaxed F1 |
//!
//! The official scorer defines the attribute score as *attribute accuracy
//! over the relaxed matches* (T / M, V / M) *times relaxed F1* (its
//! `performance_value = value_match / relaxed_match × relaxed_F1`, printed
//! as "Value F1", the task's headline TIMEX3 score), and prints attribute
//! precision and recall as accuracy × relaxed P and × relaxed R. Because
//! matches are one-to-one those are exactly V / S and V / G, whose
//! harmonic mean is the same number; [`Scores`] gives the accuracies too.
//!
//! Zero denominators: as in the official scorer, a precision with no
//! system annotations, a recall with no gold annotations, an F1 with
//! P + R = 0 and an accuracy with no matches are 0; when there are **no
//! gold and no system** annotations at all, every score is 1 (the official
//! scorer sets the F1 scores to 1 there; it prints P and R as 0, which we
//! do not copy, so that P, R and F1 agree).
//!
//! # Aggregation
//!
//! Micro-averaged, like the official scorer: counts are summed over the
//! documents and the scores computed from the sums. [`Report`] gives the
//! overall scores, per folder (the `folder` of each [`EvalDocument`]),
//! per document, and per TIMEX3 type, where a type's gold annotations and
//! pairs are those whose **gold** `type` is that type and its system
//! annotations are those paired with such a gold one plus the unpaired
//! system annotations of that `type` (so the per-type counts add up to the
//! totals). [`Report::errors`] lists every miss, every spurious annotation
//! and every pair with a wrong extent, type or value, with a snippet of
//! context.
//!
//! Differences from running the official scorer on TimeML files: we score
//! the annotations we are given, so there is no tokenisation, no rule that
//! a TIMEX3 with tags inside it is invisible (the official regular
//! expression `<TIMEX3[^>]*>[^<]*</TIMEX3>` skips those), and no `t0`
//! special case ([`EvalDocument::from_documents`] takes the TIMEX3s of the
//! text, which never include the DCT).
//!
//! ```
//! use dateline::eval::{evaluate, EvalDocument, TimexAnnotation};
//!
//! let text = "on Friday morning and in 1998";
//! let gold = vec![
//!     TimexAnnotation::new(3, 17, "TIME", "1998-08-07TMO"),
//!     TimexAnnotation::new(25, 29, "DATE", "1998"),
//! ];
//! let system = vec![
//!     TimexAnnotation::new(3, 9, "DATE", "1998-08-07"), // overlaps: relaxed only
//!     TimexAnnotation::new(25, 29, "DATE", "1998"),     // exact
//! ];
//! let report = evaluate(&[EvalDocument::new("d1", "test", text, gold, system)]);
//! let s = &report.overall;
//! assert_eq!((s.counts.relaxed, s.counts.strict), (2, 1));
//! assert_eq!(s.relaxed.f1, 1.0);
//! assert_eq!(s.strict.f1, 0.5);
//! assert_eq!(s.value.f1, 0.5);
//! assert_eq!(report.errors.len(), 3); // extent, type and value of the first pair
//! println!("{report}");
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Add, AddAssign};

use serde::{Deserialize, Serialize};

use crate::timeml::{CharIndex, Document, TimexTag};
use crate::{Error, Result};

mod display;

/// One TIMEX3 to score: its extent and the two attributes TempEval-3
/// scores.
///
/// Offsets are byte offsets into the document's text (as in
/// [`crate::timeml`]); matching only compares offsets, so character
/// offsets work as well if used on both sides, but the context snippets
/// and character offsets in [`Report::errors`] assume bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TimexAnnotation {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The `type` attribute: `DATE`, `TIME`, `DURATION`, `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The `value` attribute.
    pub value: String,
}

impl TimexAnnotation {
    /// An annotation over `start..end`.
    pub fn new(
        start: usize,
        end: usize,
        kind: impl Into<String>,
        value: impl Into<String>,
    ) -> TimexAnnotation {
        TimexAnnotation {
            start,
            end,
            kind: kind.into(),
            value: value.into(),
        }
    }

    /// An annotation given in character offsets into `text`, converted to
    /// byte offsets; `None` if an offset is past the end of `text`.
    pub fn from_char_offsets(
        text: &str,
        start_char: usize,
        end_char: usize,
        kind: impl Into<String>,
        value: impl Into<String>,
    ) -> Option<TimexAnnotation> {
        let index = CharIndex::new(text);
        Some(TimexAnnotation::new(
            index.to_byte(start_char)?,
            index.to_byte(end_char)?,
            kind,
            value,
        ))
    }
}

impl From<&TimexTag> for TimexAnnotation {
    fn from(t: &TimexTag) -> TimexAnnotation {
        TimexAnnotation::new(t.start, t.end, t.kind.clone(), t.value.clone())
    }
}

/// One document to score: its text and the gold and system TIMEX3s on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalDocument {
    /// The document's id, for the report.
    pub id: String,
    /// The group it belongs to (e.g. the corpus folder), for per-folder
    /// scores.
    pub folder: String,
    /// The text the offsets refer to (for context snippets and for the
    /// rule that blank annotations never match).
    pub text: String,
    /// The gold TIMEX3s.
    pub gold: Vec<TimexAnnotation>,
    /// The system's TIMEX3s.
    pub system: Vec<TimexAnnotation>,
}

impl EvalDocument {
    /// A document to score.
    pub fn new(
        id: impl Into<String>,
        folder: impl Into<String>,
        text: impl Into<String>,
        gold: Vec<TimexAnnotation>,
        system: Vec<TimexAnnotation>,
    ) -> EvalDocument {
        EvalDocument {
            id: id.into(),
            folder: folder.into(),
            text: text.into(),
            gold,
            system,
        }
    }

    /// The TIMEX3s of the text (not the DCT) of a gold and a system
    /// TimeML document. The id is the gold document's `DOCID` (empty if it
    /// has none).
    ///
    /// # Errors
    ///
    /// [`Error::TimeMl`] if the two texts differ (the official scorer
    /// refuses such a pair too); `offset` is the byte offset of the first
    /// difference.
    pub fn from_documents(
        folder: impl Into<String>,
        gold: &Document,
        system: &Document,
    ) -> Result<EvalDocument> {
        if gold.text != system.text {
            let offset = gold
                .text
                .bytes()
                .zip(system.text.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(gold.text.len().min(system.text.len()));
            return Err(Error::TimeMl {
                path: None,
                offset,
                message: format!(
                    "system text differs from the gold text of {:?} at byte {offset}",
                    gold.doc_id.as_deref().unwrap_or("")
                ),
            });
        }
        Ok(EvalDocument {
            id: gold.doc_id.clone().unwrap_or_default(),
            folder: folder.into(),
            text: gold.text.clone(),
            gold: gold.timexes.iter().map(TimexAnnotation::from).collect(),
            system: system.timexes.iter().map(TimexAnnotation::from).collect(),
        })
    }
}

/// How the gold and system annotations of one document were paired (see
/// the [module documentation](self)). Indices are into the slices given
/// to [`align`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alignment {
    /// The relaxed matches, `(gold index, system index)`, in gold order.
    pub pairs: Vec<(usize, usize)>,
    /// Gold annotations in no pair, in order.
    pub missed: Vec<usize>,
    /// System annotations in no pair, in order.
    pub spurious: Vec<usize>,
}

/// Pairs gold and system annotations as TempEval-3 does (see the [module
/// documentation](self)). Annotations with `start >= end` are never
/// paired.
pub fn align(gold: &[TimexAnnotation], system: &[TimexAnnotation]) -> Alignment {
    let ok = |a: &TimexAnnotation| a.start < a.end;
    let gold_ok: Vec<bool> = gold.iter().map(ok).collect();
    let system_ok: Vec<bool> = system.iter().map(ok).collect();
    align_filtered(gold, system, &gold_ok, &system_ok)
}

fn align_filtered(
    gold: &[TimexAnnotation],
    system: &[TimexAnnotation],
    gold_ok: &[bool],
    system_ok: &[bool],
) -> Alignment {
    let sides = [gold, system];
    let ok = [gold_ok, system_ok];
    // (start, side, index): gold (0) before system (1) on equal starts.
    let mut order: Vec<(usize, usize, usize)> = Vec::with_capacity(gold.len() + system.len());
    for (side, list) in sides.iter().enumerate() {
        for (i, a) in list.iter().enumerate() {
            if ok[side].get(i).copied().unwrap_or(false) {
                order.push((a.start, side, i));
            }
        }
    }
    order.sort_unstable();
    let mut partner: [Vec<Option<usize>>; 2] = [vec![None; gold.len()], vec![None; system.len()]];
    // Per side: seen, still unpaired annotations that may cover a later
    // start.
    let mut active: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for (pos, side, i) in order {
        let other = 1 - side;
        let other_list = sides[other];
        let other_partner = &partner[other];
        active[other].retain(|&j| {
            other_partner.get(j).is_some_and(Option::is_none)
                && other_list.get(j).is_some_and(|a| a.end > pos)
        });
        // The covering one that started last (lowest index on ties).
        let best = active[other]
            .iter()
            .copied()
            .filter_map(|j| other_list.get(j).map(|a| (a.start, std::cmp::Reverse(j))))
            .max()
            .map(|(_, std::cmp::Reverse(j))| j);
        match best {
            Some(j) => {
                partner[side][i] = Some(j);
                partner[other][j] = Some(i);
            }
            None => active[side].push(i),
        }
    }
    let mut alignment = Alignment::default();
    for (g, p) in partner[0].iter().enumerate() {
        match p {
            Some(s) => alignment.pairs.push((g, *s)),
            None => alignment.missed.push(g),
        }
    }
    for (s, p) in partner[1].iter().enumerate() {
        if p.is_none() {
            alignment.spurious.push(s);
        }
    }
    alignment
}

/// The counts behind [`Scores`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold TIMEX3s (G).
    pub gold: usize,
    /// System TIMEX3s (S).
    pub system: usize,
    /// Strict matches: pairs with identical extents (E).
    pub strict: usize,
    /// Relaxed matches: pairs (M).
    pub relaxed: usize,
    /// Pairs whose `type` strings are equal (T).
    pub type_correct: usize,
    /// Pairs whose `value` strings are equal (V).
    pub value_correct: usize,
}

impl Add for Counts {
    type Output = Counts;

    fn add(self, o: Counts) -> Counts {
        Counts {
            gold: self.gold + o.gold,
            system: self.system + o.system,
            strict: self.strict + o.strict,
            relaxed: self.relaxed + o.relaxed,
            type_correct: self.type_correct + o.type_correct,
            value_correct: self.value_correct + o.value_correct,
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        *self = *self + o;
    }
}

/// Precision, recall and F1, each in `0.0..=1.0` (never NaN).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1: the harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// `correct / system` and `correct / gold`, 0 for a zero denominator.
    fn from_counts(correct: usize, system: usize, gold: usize) -> Prf {
        let precision = ratio(correct, system);
        let recall = ratio(correct, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    const PERFECT: Prf = Prf {
        precision: 1.0,
        recall: 1.0,
        f1: 1.0,
    };
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// The TempEval-3 TIMEX3 scores for a set of documents, with their counts.
/// See the [module documentation](self) for the definitions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Scores {
    /// The counts the scores are computed from.
    pub counts: Counts,
    /// Strict extent match: E / S, E / G.
    pub strict: Prf,
    /// Relaxed extent match: M / S, M / G.
    pub relaxed: Prf,
    /// `type` over relaxed matches: T / S, T / G; F1 = type accuracy ×
    /// relaxed F1.
    #[serde(rename = "type")]
    pub kind: Prf,
    /// `value` over relaxed matches: V / S, V / G; F1 = value accuracy ×
    /// relaxed F1 (TempEval-3's headline TIMEX3 score).
    pub value: Prf,
    /// T / M: the share of relaxed matches with the right `type`.
    pub type_accuracy: f64,
    /// V / M: the share of relaxed matches with the right `value`.
    pub value_accuracy: f64,
}

impl Scores {
    /// The scores for the given counts.
    pub fn from_counts(counts: Counts) -> Scores {
        if counts.gold == 0 && counts.system == 0 {
            return Scores {
                counts,
                strict: Prf::PERFECT,
                relaxed: Prf::PERFECT,
                kind: Prf::PERFECT,
                value: Prf::PERFECT,
                type_accuracy: 1.0,
                value_accuracy: 1.0,
            };
        }
        let c = counts;
        Scores {
            counts,
            strict: Prf::from_counts(c.strict, c.system, c.gold),
            relaxed: Prf::from_counts(c.relaxed, c.system, c.gold),
            kind: Prf::from_counts(c.type_correct, c.system, c.gold),
            value: Prf::from_counts(c.value_correct, c.system, c.gold),
            type_accuracy: ratio(c.type_correct, c.relaxed),
            value_accuracy: ratio(c.value_correct, c.relaxed),
        }
    }
}

/// The scores of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentScores {
    /// The document's id.
    pub id: String,
    /// The document's folder.
    pub folder: String,
    /// Its scores.
    pub scores: Scores,
}

/// What is wrong in an [`ErrorEntry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A gold TIMEX3 the system did not find (no overlapping system TIMEX3
    /// left to pair it with).
    Missed,
    /// A system TIMEX3 with no gold TIMEX3 to pair it with.
    Spurious,
    /// A pair whose extents overlap but differ (a relaxed, not a strict,
    /// match).
    Extent,
    /// A pair with different `type`s.
    Type,
    /// A pair with different `value`s.
    Value,
}

impl ErrorKind {
    fn label(self) -> &'static str {
        match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::Extent => "extent",
            ErrorKind::Type => "type",
            ErrorKind::Value => "value",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A TIMEX3 as it appears in an [`ErrorEntry`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// The annotation as given.
    pub annotation: TimexAnnotation,
    /// Its start as a character offset into the text (what TempEval-3
    /// uses), if the byte offset is a character boundary of the text.
    pub char_start: Option<usize>,
    /// Its end as a character offset, likewise.
    pub char_end: Option<usize>,
    /// The covered text (empty if the offsets do not fit the text).
    pub text: String,
}

/// One mistake of the system, for error analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorEntry {
    /// The document's id.
    pub document: String,
    /// The document's folder.
    pub folder: String,
    /// What is wrong.
    pub kind: ErrorKind,
    /// The gold TIMEX3 (none for [`ErrorKind::Spurious`]).
    pub gold: Option<Mention>,
    /// The system TIMEX3 (none for [`ErrorKind::Missed`]).
    pub system: Option<Mention>,
    /// About 30 characters of text either side of the mention(s), the
    /// mention in `[` `]`, line breaks as spaces.
    pub context: String,
}

/// The result of [`evaluate`]: scores at every level and the error list.
/// `Display` prints a table of the scores (not the errors; print those
/// one by one, each [`ErrorEntry`] is `Display` too).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// All documents, micro-averaged.
    pub overall: Scores,
    /// Per folder, micro-averaged.
    pub by_folder: BTreeMap<String, Scores>,
    /// Per TIMEX3 type (the gold `type`; see the [module
    /// documentation](self)), micro-averaged.
    pub by_type: BTreeMap<String, Scores>,
    /// Per document, in the order given.
    pub documents: Vec<DocumentScores>,
    /// Every miss, spurious annotation and wrong extent, type or value: by
    /// document in the order given, then by position in the text.
    pub errors: Vec<ErrorEntry>,
}

/// Scores system TIMEX3s against gold ones over a set of documents, as
/// TempEval-3 Task A does; see the [module documentation](self).
pub fn evaluate(documents: &[EvalDocument]) -> Report {
    let mut report = Report::default();
    let mut overall = Counts::default();
    let mut by_folder: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    for doc in documents {
        let counts = evaluate_document(doc, &mut by_type, &mut report.errors);
        overall += counts;
        *by_folder.entry(doc.folder.clone()).or_default() += counts;
        report.documents.push(DocumentScores {
            id: doc.id.clone(),
            folder: doc.folder.clone(),
            scores: Scores::from_counts(counts),
        });
    }
    report.overall = Scores::from_counts(overall);
    report.by_folder = by_folder
        .into_iter()
        .map(|(k, c)| (k, Scores::from_counts(c)))
        .collect();
    report.by_type = by_type
        .into_iter()
        .map(|(k, c)| (k, Scores::from_counts(c)))
        .collect();
    report
}

fn evaluate_document(
    doc: &EvalDocument,
    by_type: &mut BTreeMap<String, Counts>,
    errors: &mut Vec<ErrorEntry>,
) -> Counts {
    let text = doc.text.as_str();
    // Blank annotations never match (covered text empty or whitespace).
    let matchable = |a: &TimexAnnotation| {
        a.start < a.end
            && text
                .get(a.start..a.end)
                .is_none_or(|s| !s.trim().is_empty())
    };
    let gold_ok: Vec<bool> = doc.gold.iter().map(matchable).collect();
    let system_ok: Vec<bool> = doc.system.iter().map(matchable).collect();
    let alignment = align_filtered(&doc.gold, &doc.system, &gold_ok, &system_ok);

    let mut counts = Counts {
        gold: doc.gold.len(),
        system: doc.system.len(),
        ..Counts::default()
    };
    for g in &doc.gold {
        by_type.entry(g.kind.clone()).or_default().gold += 1;
    }
    let index = CharIndex::new(text);
    let mention = |a: &TimexAnnotation| Mention {
        annotation: a.clone(),
        char_start: index.to_char(a.start),
        char_end: index.to_char(a.end),
        text: text.get(a.start..a.end).unwrap_or_default().to_string(),
    };
    // (position, kind, entry) to sort the document's errors.
    let mut entries: Vec<(usize, ErrorKind, usize, ErrorEntry)> = Vec::new();
    let mut push = |kind: ErrorKind, g: Option<&TimexAnnotation>, s: Option<&TimexAnnotation>| {
        let spans = g.into_iter().chain(s);
        let start = spans.clone().map(|a| a.start).min().unwrap_or(0);
        let end = spans.map(|a| a.end).max().unwrap_or(0).max(start);
        entries.push((
            start,
            kind,
            entries.len(),
            ErrorEntry {
                document: doc.id.clone(),
                folder: doc.folder.clone(),
                kind,
                gold: g.map(mention),
                system: s.map(mention),
                context: context(text, start, end),
            },
        ));
    };

    for &(gi, si) in &alignment.pairs {
        let (Some(g), Some(s)) = (doc.gold.get(gi), doc.system.get(si)) else {
            continue;
        };
        let strict = g.start == s.start && g.end == s.end;
        let type_ok = g.kind == s.kind;
        let value_ok = g.value == s.value;
        let pair = Counts {
            gold: 0,
            system: 1,
            strict: usize::from(strict),
            relaxed: 1,
            type_correct: usize::from(type_ok),
            value_correct: usize::from(value_ok),
        };
        *by_type.entry(g.kind.clone()).or_default() += pair;
        counts += Counts { system: 0, ..pair };
        if !strict {
            push(ErrorKind::Extent, Some(g), Some(s));
        }
        if !type_ok {
            push(ErrorKind::Type, Some(g), Some(s));
        }
        if !value_ok {
            push(ErrorKind::Value, Some(g), Some(s));
        }
    }
    for &gi in &alignment.missed {
        if let Some(g) = doc.gold.get(gi) {
            push(ErrorKind::Missed, Some(g), None);
        }
    }
    for &si in &alignment.spurious {
        if let Some(s) = doc.system.get(si) {
            by_type.entry(s.kind.clone()).or_default().system += 1;
            push(ErrorKind::Spurious, None, Some(s));
        }
    }
    entries.sort_by_key(|&(pos, kind, n, _)| (pos, kind, n));
    errors.extend(entries.into_iter().map(|(_, _, _, e)| e));
    counts
}

/// About 30 characters either side of `start..end`, the span in brackets,
/// whitespace runs as single spaces. Offsets that do not fit the text are
/// moved to the nearest character boundary inside it.
fn context(text: &str, start: usize, end: usize) -> String {
    const SIDE: usize = 30;
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end).max(start);
    let before_start = text[..start]
        .char_indices()
        .rev()
        .nth(SIDE - 1)
        .map_or(0, |(i, _)| i);
    let after_end = text[end..]
        .char_indices()
        .nth(SIDE)
        .map_or(text.len(), |(i, _)| end + i);
    let mut out = String::new();
    if before_start > 0 {
        out.push('…');
    }
    squash(&text[before_start..start], &mut out);
    out.push('[');
    squash(&text[start..end], &mut out);
    out.push(']');
    squash(&text[end..after_end], &mut out);
    if after_end < text.len() {
        out.push('…');
    }
    out
}

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn squash(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests;

/// Tags each document's TEXT with `tagger` against its DCT and pairs the
/// result with the document's gold TIMEX3s, ready for [`evaluate`].
///
/// ```
/// use dateline::eval::{evaluate, tagged_documents};
/// use dateline::tagger::Tagger;
/// use dateline::timeml::Document;
///
/// let doc = Document::parse(
///     r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">1998-02-13</TIMEX3></DCT><TEXT>The vote came <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>.</TEXT></TimeML>"#,
/// )?;
/// let report = evaluate(&tagged_documents(&Tagger::default(), "demo", [&doc]));
/// assert_eq!(report.overall.value.f1, 1.0);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn tagged_documents<'a>(
    tagger: &crate::tagger::Tagger,
    folder: &str,
    docs: impl IntoIterator<Item = &'a Document>,
) -> Vec<EvalDocument> {
    docs.into_iter()
        .enumerate()
        .map(|(i, doc)| {
            let found = tagger.tag(&doc.text, crate::tagger::dct_reference(doc));
            let system = found
                .iter()
                .map(|e| {
                    TimexAnnotation::new(
                        e.start,
                        e.end,
                        e.timex.kind.to_string(),
                        e.timex.value.to_string(),
                    )
                })
                .collect();
            EvalDocument::new(
                doc.doc_id.clone().unwrap_or_else(|| format!("doc{i}")),
                folder,
                doc.text.clone(),
                doc.timexes.iter().map(TimexAnnotation::from).collect(),
                system,
            )
        })
        .collect()
}

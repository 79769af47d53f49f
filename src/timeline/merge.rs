//! Cross-article merging: blocking by class and time bucket, pair scoring,
//! and constrained greedy union. See the module documentation of
//! [`timeline`](super) for the algorithm and its cost.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::hash::{FxMap, FxSet, fnv};

use super::TimelineOptions;
use super::input::PhaseAspect;

/// What merging needs to know about one mention (in canonical order).
#[derive(Debug, Clone)]
pub(crate) struct Prep<'a> {
    /// Index of the article (in the sorted article list), if known.
    pub(crate) article: Option<usize>,
    /// Lower-case lemma.
    pub(crate) lemma: Rc<str>,
    /// Its stem.
    pub(crate) stem: Rc<str>,
    /// The semantic class, lower case.
    pub(crate) sem_class: Option<Rc<str>>,
    pub(crate) aspect: PhaseAspect,
    /// Planned or possible.
    pub(crate) prospective: bool,
    /// A TimeML REPORTING event.
    pub(crate) reporting: bool,
    /// Lower-case participants, sorted and distinct.
    pub(crate) participants: Vec<Rc<str>>,
    /// The dated interval, as inclusive day numbers.
    pub(crate) dated: Option<(i64, i64)>,
    /// The article's reference day.
    pub(crate) reference: Option<i64>,
    /// An undated mention's bound: an actual one ends on or before its own
    /// latest day or else its report's day (`Latest`); a planned one with
    /// no time of its own starts on or after its report's day (`Earliest`).
    pub(crate) reported: Option<Reported>,
    pub(crate) sentence_index: usize,
    /// Content words of the sentence, as sorted distinct hashes
    /// ([`word_hashes`]).
    pub(crate) words: &'a [u64],
}

/// The bound a report's day puts on a mention with no time of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reported {
    /// Actual: on or before this day.
    Latest(i64),
    /// Planned or possible: on or after this day.
    Earliest(i64),
}

const STOP: &[&str] = &[
    "the", "and", "for", "that", "with", "from", "this", "was", "were", "has", "have", "had",
    "its", "their", "his", "her", "they", "are", "been", "will", "would", "said", "says", "which",
    "who", "but", "not", "after", "before", "into", "over", "about", "than", "also", "other",
    "more", "some", "such", "there", "when", "while", "what", "where", "our", "out", "can",
    "could", "should", "may", "might", "its", "all", "one", "two", "being", "did", "does",
];

/// The content words of a sentence (lower case, three letters or more, no
/// stop words).
pub(crate) fn content_words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// The hashes of the stop words (sorted).
fn stop_hashes() -> &'static [u64] {
    static STOP_HASHES: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    STOP_HASHES.get_or_init(|| {
        let mut v: Vec<u64> = STOP.iter().map(|w| fnv(w.bytes())).collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// The content words of a sentence as [`content_words`] finds them, each
/// as a 64-bit hash of its lower-case form: sorted and distinct. The
/// merge compares sentences by the Jaccard index of these sets; a hash
/// collision between two different words (odds about 2⁻⁶⁴ per pair) could
/// only nudge a similarity score.
pub(crate) fn word_hashes(s: &str) -> Vec<u64> {
    let stop = stop_hashes();
    // About one word of three letters or more in six bytes of text.
    let mut out: Vec<u64> = Vec::with_capacity(s.len() / 6 + 1);
    if s.is_ascii() {
        // Byte runs of ASCII letters and digits: the same words as the
        // general path, without decoding.
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i - start >= 3 {
                let h = fnv(bytes[start..i].iter().map(u8::to_ascii_lowercase));
                if stop.binary_search(&h).is_err() {
                    out.push(h);
                }
            }
        }
    } else {
        let mut lower = String::new();
        for w in s.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() < 3 {
                continue;
            }
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            let h = fnv(lower.bytes());
            if stop.binary_search(&h).is_err() {
                out.push(h);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The hashes of a set of strings, sorted.
fn hashes<'a>(items: impl IntoIterator<Item = &'a Rc<str>>) -> Vec<u64> {
    let mut v: Vec<u64> = items.into_iter().map(|p| fnv(p.bytes())).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A crude English stem: `withdrawal`, `withdrawing`, `withdraws` →
/// `withdraw`.
pub(crate) fn stem(word: &str) -> String {
    let w: String = word
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    for suffix in [
        "ations", "ation", "ments", "ment", "ings", "ing", "als", "al", "ied", "ies", "ed", "es",
        "s", "e",
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            return base.to_string();
        }
    }
    w
}

/// Time bucket levels, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level {
    Week,
    Month,
    Year,
    Coarse,
    Undated,
}

/// A blocking class: an interned lemma stem (even) or semantic class (odd).
type Class = u32;

type Bucket = (Class, Level, i64);

fn week_of(day: i64) -> i64 {
    // Day 1 (0001-01-01) is a Monday: weeks start on Mondays.
    (day - 1).div_euclid(7)
}

fn ymd(day: i64) -> (i64, i64) {
    use chrono::{Datelike, NaiveDate};
    let d = i32::try_from(day)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or_default();
    (i64::from(d.year()), i64::from(d.month0()))
}

fn month_of(day: i64) -> i64 {
    let (y, m) = ymd(day);
    y * 12 + m
}

fn year_of(day: i64) -> i64 {
    ymd(day).0
}

fn level_of(span: (i64, i64)) -> Level {
    let len = span.1 - span.0 + 1;
    if len <= 14 {
        Level::Week
    } else if len <= 92 {
        Level::Month
    } else if len <= 366 * 3 {
        Level::Year
    } else {
        Level::Coarse
    }
}

/// The first and last bucket index of a day range at a level.
fn indexes(level: Level, from: i64, to: i64) -> (i64, i64) {
    match level {
        Level::Week | Level::Undated => (week_of(from), week_of(to)),
        Level::Month => (month_of(from), month_of(to)),
        Level::Year => (year_of(from), year_of(to)),
        Level::Coarse => (0, 0),
    }
}

/// The sub-block key of mentions without participants.
const NO_PARTICIPANT: u64 = 0;

/// What the pair loop reads of a mention, packed for locality (64 bytes,
/// one cache line): strings interned as ids, sets as ranges of an arena,
/// day numbers as `i32` (the days of every date chrono can represent fit).
#[derive(Debug, Clone)]
struct Compact {
    lemma: u32,
    stem: u32,
    sem: Option<u32>,
    /// The article's index, [`NO_ARTICLE`] when unknown.
    article: u32,
    sentence_index: u32,
    dated: Option<(i32, i32)>,
    reference: Option<i32>,
    /// `words[words.0..words.1]`: the sentence's content words, as dense
    /// ids (distinct).
    words: (u32, u32),
    /// `arena[participants.0..participants.1]`: the participants.
    participants: (u32, u32),
    aspect: PhaseAspect,
    reporting: bool,
    prospective: bool,
}

/// [`Compact::article`] of a mention whose article is not known.
const NO_ARTICLE: u32 = u32::MAX;

/// A day number as stored in [`Compact`] (exact for every date).
fn day32(day: i64) -> i32 {
    i32::try_from(day).unwrap_or(if day < 0 { i32::MIN } else { i32::MAX })
}

impl Compact {
    fn dated(&self) -> Option<(i64, i64)> {
        self.dated.map(|(a, b)| (i64::from(a), i64::from(b)))
    }
    fn reference(&self) -> Option<i64> {
        self.reference.map(i64::from)
    }
    fn words<'a>(&self, words: &'a [u32]) -> &'a [u32] {
        words
            .get(self.words.0 as usize..self.words.1 as usize)
            .unwrap_or_default()
    }
    fn participants<'a>(&self, arena: &'a [u64]) -> &'a [u64] {
        arena
            .get(self.participants.0 as usize..self.participants.1 as usize)
            .unwrap_or_default()
    }
}

/// Interns strings in order of first appearance (deterministic for a
/// deterministic sequence of calls).
#[derive(Default)]
struct Interner<'a> {
    ids: FxMap<&'a str, u32>,
}

impl<'a> Interner<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(s).or_insert(next)
    }
}

/// The packed mentions, their participant-hash arena and their word-id
/// arena, and the number of distinct words; `stem_of` holds each
/// mention's interned stem.
///
/// The mentions are packed in `order` (a permutation of their indices),
/// and so are their ranges in the arenas.
fn compact(
    preps: &[Prep],
    order: &[usize],
    stem_of: &[u32],
) -> (Vec<Compact>, Vec<u64>, Vec<u32>, usize) {
    let mut lemmas = Interner::default();
    let mut sems = Interner::default();
    let mut arena: Vec<u64> = Vec::new();
    let mut words: Vec<u32> = Vec::new();
    let mut vocabulary: FxMap<u64, u32> = FxMap::default();
    let push = |arena: &mut Vec<u64>, items: &[u64]| -> (u32, u32) {
        let start = u32::try_from(arena.len()).unwrap_or(u32::MAX);
        arena.extend_from_slice(items);
        (start, u32::try_from(arena.len()).unwrap_or(u32::MAX))
    };
    // Distinct hashes get distinct ids, so a mention's ids are distinct
    // like its hashes and set sizes are kept.
    let mut push_words = |words: &mut Vec<u32>, items: &[u64]| -> (u32, u32) {
        let start = u32::try_from(words.len()).unwrap_or(u32::MAX);
        for &h in items {
            let next = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
            words.push(*vocabulary.entry(h).or_insert(next));
        }
        (start, u32::try_from(words.len()).unwrap_or(u32::MAX))
    };
    let packed = order
        .iter()
        .filter_map(|&i| Some((preps.get(i)?, *stem_of.get(i)?)))
        .map(|(p, stem)| Compact {
            lemma: lemmas.id(&p.lemma),
            stem,
            sem: p.sem_class.as_deref().map(|c| sems.id(c)),
            article: p
                .article
                .and_then(|a| u32::try_from(a).ok())
                .unwrap_or(NO_ARTICLE),
            sentence_index: u32::try_from(p.sentence_index).unwrap_or(u32::MAX),
            aspect: p.aspect,
            reporting: p.reporting,
            prospective: p.prospective,
            dated: p.dated.map(|(a, b)| (day32(a), day32(b))),
            reference: p.reference.map(day32),
            words: push_words(&mut words, p.words),
            participants: push(&mut arena, &hashes(&p.participants)),
        })
        .collect();
    let distinct = vocabulary.len();
    (packed, arena, words, distinct)
}

/// The Jaccard index of sentence word sets, one side held marked: the
/// words of the mention being compared are stamped in `marks` once, and
/// each candidate's words are looked up there (exactly the Jaccard index
/// of the two distinct sets, without merging them per pair).
struct Marked {
    marks: Vec<u32>,
    stamp: u32,
    len: usize,
}

impl Marked {
    fn new(distinct: usize) -> Marked {
        Marked {
            marks: vec![0; distinct],
            stamp: 0,
            len: 0,
        }
    }

    /// Marks `words` (distinct ids) as the compared side.
    fn mark(&mut self, words: &[u32]) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.marks.fill(0);
            self.stamp = 1;
        }
        for &w in words {
            if let Some(m) = self.marks.get_mut(w as usize) {
                *m = self.stamp;
            }
        }
        self.len = words.len();
    }

    /// The Jaccard index of the marked set and `other` (distinct ids).
    fn jaccard(&self, other: &[u32]) -> f32 {
        let inter = other
            .iter()
            .filter(|&&w| self.marks.get(w as usize) == Some(&self.stamp))
            .count();
        let union = self.len + other.len() - inter;
        if union == 0 {
            0.0
        } else {
            inter as f32 / union as f32
        }
    }
}

/// The blocking classes of a mention: its lemma's stem, and its semantic
/// class when it has one (so mentions sharing either are compared).
fn classes(c: &Compact) -> impl Iterator<Item = Class> {
    std::iter::once(c.stem.saturating_mul(2)).chain(c.sem.map(|s| s.saturating_mul(2) | 1))
}

/// The buckets a mention is filed under.
fn placed(c: &Compact, out: &mut Vec<Bucket>) {
    for class in classes(c) {
        match c.dated() {
            Some(span) => {
                let level = level_of(span);
                let (a, b) = indexes(level, span.0, span.1);
                out.extend((a..=b).map(|i| (class, level, i)));
            }
            None => out.push((
                class,
                Level::Undated,
                c.reference().map(week_of).unwrap_or(i64::MIN),
            )),
        }
    }
}

/// The buckets a mention is compared against, distinct: each class adds
/// each level once, over a contiguous range of indexes, and the two
/// classes of a mention differ in their low bit (the order of the list
/// does not matter to the caller: every pair is scored the same whatever
/// the order it is found in, and the kept links are chosen by a total
/// order).
fn probed(c: &Compact, widen: i64, out: &mut Vec<Bucket>) {
    out.clear();
    for class in classes(c) {
        let mut add = |level: Level, from: i64, to: i64| {
            let (a, b) = indexes(level, from, to);
            out.extend((a..=b).map(|i| (class, level, i)));
        };
        match c.dated() {
            Some(span) => {
                let own = level_of(span);
                for level in [Level::Week, Level::Month, Level::Year, Level::Coarse] {
                    if level < own {
                        continue;
                    }
                    if level == own {
                        add(level, span.0 - widen, span.1 + widen);
                    } else {
                        add(level, span.0, span.1);
                    }
                }
                // Undated mentions in articles from a little before to a
                // few weeks after.
                if own <= Level::Month {
                    add(Level::Undated, span.0 - 7, span.1 + 28);
                }
            }
            None => match c.reference() {
                Some(r) => {
                    add(Level::Week, r - 28, r + 14);
                    add(Level::Month, r - 28, r + 14);
                    add(Level::Undated, r - 14, r + 14);
                }
                None => out.push((class, Level::Undated, i64::MIN)),
            },
        }
    }
}

/// The Jaccard index of two sorted, distinct slices.
fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    }
}

/// The size of the intersection of two sorted, distinct slices (a
/// branch-free merge: the comparisons of random hashes would mispredict).
fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// The sentence similarity (Jaccard index of content words) two reports
/// need to be taken for one statement.
const REPORT_SIMILARITY: f32 = 0.15;

/// The sentence similarity (Jaccard index of content words) that stands in
/// for a shared participant as evidence that two mentions in two articles
/// tell one event.
const IDENTITY_SIMILARITY: f32 = 0.2;

/// A set of distinct items in 256 bits (an item's low byte picks its
/// bit), with its size: enough to bound the size of an intersection from
/// above. Every common item sets one bit in both; the items of one set on
/// the common bits number at most the common bits plus that set's own
/// collisions (its items less its bits).
#[derive(Debug, Clone, Copy, Default)]
struct Bits {
    set: [u64; 4],
    /// The number of items.
    len: u32,
    /// The number of bits set.
    bits: u32,
}

impl Bits {
    /// The bits of `items` (distinct).
    fn of(items: impl Iterator<Item = u64>) -> Bits {
        let mut set = [0u64; 4];
        let mut len = 0u32;
        for x in items {
            set[((x >> 6) & 3) as usize] |= 1 << (x & 63);
            len = len.saturating_add(1);
        }
        Bits {
            set,
            len,
            bits: set.iter().map(|x| x.count_ones()).sum(),
        }
    }

    /// At least the size of the intersection of the two sets.
    fn common(&self, other: &Bits) -> usize {
        let common: u32 = self
            .set
            .iter()
            .zip(&other.set)
            .map(|(x, y)| sparse_count(x & y))
            .sum();
        (common + self.len.saturating_sub(self.bits))
            .min(common + other.len.saturating_sub(other.bits))
            .min(self.len)
            .min(other.len) as usize
    }
}

/// The number of bits set in `x`, one step a bit: the common bits of two
/// unrelated sets are few, and the general count (without a population
/// count instruction in the baseline target) costs more.
fn sparse_count(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 {
        x &= x - 1;
        n += 1;
    }
    n
}

/// A mention's sets in a few bits, for [`cluster`]'s cheap tests: one
/// bit per participant (of 64), and its sentence's words.
#[derive(Debug, Clone, Copy)]
struct Signature {
    parts: u64,
    words: Bits,
}

impl Signature {
    fn of(c: &Compact, arena: &[u64], words: &[u32]) -> Signature {
        let mut parts = 0u64;
        for &h in c.participants(arena) {
            parts |= 1 << (h & 63);
        }
        Signature {
            parts,
            words: Bits::of(c.words(words).iter().map(|&w| u64::from(w))),
        }
    }
}

/// Whether the two sentences' content words could have a Jaccard index
/// of [`IDENTITY_SIMILARITY`] or more, from their bits alone (never false
/// when they do). The bound on the intersection ([`Bits::common`]) is put
/// through the same `f32` arithmetic as the exact index
/// ([`Marked::jaccard`]), which is monotone in the intersection, so the
/// bound's index is never below the exact one.
fn similar_enough(a: &Bits, b: &Bits) -> bool {
    let bound = a.common(b);
    let union = a.len as usize + b.len as usize - bound;
    let index = if union == 0 {
        0.0
    } else {
        bound as f32 / union as f32
    };
    index >= IDENTITY_SIMILARITY
}

/// Whether two articles tell one story, judged by the participants their
/// mentions name (sorted, distinct hashes): at least four in common and a
/// tenth of all, or at least two and a quarter of all (short articles).
/// Reports of one story share most of their names ("Kazakhstan",
/// "Tokayev", "CSTO", "Almaty"); unrelated wire stories of one day share
/// a country or two at most.
fn same_story(a: &[u64], b: &[u64]) -> bool {
    shared_enough(intersection(a, b), a.len() + b.len())
}

/// [`same_story`]'s test on the number of participants in common and the
/// sum of the two sets' sizes (monotone: more in common never fails
/// where less passes).
fn shared_enough(shared: usize, sizes: usize) -> bool {
    let all = sizes - shared;
    (shared >= 4 && shared * 10 >= all) || (shared >= 2 && shared * 4 >= all)
}

/// Whether two articles could tell one story by [`same_story`], from the
/// bits of their participants alone (never false when they do).
fn could_be_same_story(a: &Bits, b: &Bits) -> bool {
    shared_enough(a.common(b), a.len as usize + b.len as usize)
}

/// The merge score of two mentions, or `None` when they must not merge.
///
/// `sentences` gives the Jaccard index of the two sentences' content words
/// (computed only when the score needs it).
fn score(
    a: &Compact,
    b: &Compact,
    arena: &[u64],
    sentences: impl Fn() -> f32,
    same_story: impl FnOnce() -> bool,
    options: &TimelineOptions,
) -> Option<f32> {
    // A report of an event is not the event: reporting verbs merge only
    // with reporting verbs.
    if a.reporting != b.reporting {
        return None;
    }
    if a.aspect != b.aspect && !phase_of_plain(a, b) {
        return None;
    }
    let same_article = a.article != NO_ARTICLE && a.article == b.article;
    if same_article && a.sentence_index == b.sentence_index {
        return None;
    }
    // One word in two senses ("left" the country, "left" dozens dead): two
    // semantic classes are two events whatever the lemma.
    if let (Some(x), Some(y)) = (a.sem, b.sem)
        && x != y
    {
        return None;
    }
    // So is one word with a class and without one: the lexicon gives a word
    // its class, and the context took it away from one of them ("sending
    // troops", "sending conflicting reports").
    if a.lemma == b.lemma && a.sem.is_some() != b.sem.is_some() {
        return None;
    }
    let lex = if a.lemma == b.lemma {
        1.0
    } else if a.stem == b.stem {
        0.9
    } else if a.sem.is_some() && a.sem == b.sem {
        0.7
    } else {
        return None;
    };
    // The same process on the same day (one semantic class, one single
    // day, both actual): articles name its actors differently ("troops",
    // "the contingent", "the alliance"), so a lack of shared participants
    // does not count against it.
    let same_day_process = lex >= 0.7
        && !a.prospective
        && !b.prospective
        && matches!((a.dated(), b.dated()), (Some(x), Some(y)) if x == y && x.0 == x.1);
    let (pa, pb) = (a.participants(arena), b.participants(arena));
    let part = if pa.is_empty() || pb.is_empty() {
        0.5
    } else if same_day_process {
        jaccard(pa, pb).max(0.5)
    } else {
        jaccard(pa, pb)
    };
    let time = match (a.dated(), b.dated()) {
        (Some(x), Some(y)) => {
            if x == y {
                1.0
            } else if x.0 <= y.1 && y.0 <= x.1 {
                0.85
            } else {
                // Disjoint: the "Monday or Tuesday" case, strictly limited.
                let gap = if x.1 < y.0 { y.0 - x.1 } else { x.0 - y.1 };
                let tolerance = if a.prospective || b.prospective {
                    options.planned_tolerance_days
                } else {
                    options.date_tolerance_days
                };
                if same_article
                    || gap > i64::from(tolerance)
                    || lex < 0.9
                    || part < 0.5
                    || a.reporting
                    || b.reporting
                    || sentences() < 0.15
                {
                    return None;
                }
                0.0
            }
        }
        (Some(d), None) => undated_fit(b, d)?,
        (None, Some(d)) => undated_fit(a, d)?,
        (None, None) => 0.5,
    };
    // The sentence similarity is the costliest term: skip it when even a
    // perfect one would not reach the threshold.
    if 0.35 * lex + 0.2 * part + 0.3 * time + 0.15 < options.merge_threshold {
        return None;
    }
    let sent = sentences();
    // Across articles that tell different stories, the same word is one
    // event only on some evidence that it is: a participant in common or
    // much the same wording. Without it, "gave" in one story and "gave"
    // in another (or two attacks on one day by different people) are two
    // events, however well their dates fit. Articles of one story (see
    // [`same_story`]) name the actors of one event differently and need
    // no such evidence.
    if !same_article
        && sent < IDENTITY_SIMILARITY
        && (pa.is_empty() || pb.is_empty() || intersection(pa, pb) == 0)
        && !same_story()
    {
        return None;
    }
    // Two reports are one event only when they report one statement: the
    // same day (when both are dated) and much the same words. A source
    // "says" something new every day; merging its statements by speaker
    // and verb alone joins different statements and sets their dates
    // against each other.
    if a.reporting
        && (sent < REPORT_SIMILARITY
            || matches!((a.dated(), b.dated()), (Some(x), Some(y)) if x != y))
    {
        return None;
    }
    Some(0.35 * lex + 0.2 * part + 0.3 * time + 0.15 * sent)
}

/// A phase ("began arriving January 6") and the plain process ("deployed
/// on January 6") of one semantic class, both actual and dated to the same
/// single day: one event told two ways. (Two different phases never merge;
/// see [`AspectSet`].)
fn phase_of_plain(a: &Compact, b: &Compact) -> bool {
    let one_plain = (a.aspect == PhaseAspect::None) != (b.aspect == PhaseAspect::None);
    let same_day = matches!((a.dated(), b.dated()), (Some(x), Some(y)) if x == y && x.0 == x.1);
    one_plain && same_day && !a.prospective && !b.prospective && a.sem.is_some() && a.sem == b.sem
}

/// The phases a cluster holds, as bits: a cluster never holds two
/// different phases (the start and the end of a withdrawal stay two
/// events, ordered by the reasoner).
type AspectSet = u8;

fn aspect_bit(a: PhaseAspect) -> AspectSet {
    match a {
        PhaseAspect::None => 0,
        PhaseAspect::Start => 1,
        PhaseAspect::Continue => 2,
        PhaseAspect::End => 4,
    }
}

/// How an undated mention fits a date: an actual event reported before
/// the date cannot be it; a planned one announced after it cannot either.
fn undated_fit(u: &Compact, d: (i64, i64)) -> Option<f32> {
    if let Some(r) = u.reference() {
        if !u.prospective && d.0 > r {
            return None;
        }
        if u.prospective && d.1 < r {
            return None;
        }
    }
    Some(0.5)
}

/// What the merge constraints need to know of a cluster's dated claims:
/// the latest start and earliest end of its actual and of its prospective
/// claims, and the same per article. Two clusters are compatible when
/// every claim of one overlaps every claim of the other or lies within the
/// date tolerance of it (the planned tolerance when either is
/// prospective), and no article dates the event differently in the two;
/// these extremes decide that exactly, in time independent of the number
/// of claims.
#[derive(Debug, Clone, Default)]
struct Claims {
    /// `[actual, prospective]`: (latest start, earliest end), when any.
    kinds: [Option<(i64, i64)>; 2],
    /// Per article: (latest start, earliest end).
    articles: FxMap<usize, (i64, i64)>,
    /// The tightest report bounds of the undated mentions: the earliest
    /// day an actual one was reported, the latest day a planned one was.
    reported_latest: Option<i64>,
    reported_earliest: Option<i64>,
}

fn widen_extremes(into: &mut Option<(i64, i64)>, (s, e): (i64, i64)) {
    *into = Some(match *into {
        Some((ls, ee)) => (ls.max(s), ee.min(e)),
        None => (s, e),
    });
}

impl Claims {
    fn of(p: &Prep) -> Claims {
        let mut c = Claims::default();
        if let Some(span) = p.dated {
            widen_extremes(&mut c.kinds[usize::from(p.prospective)], span);
            if let Some(a) = p.article {
                c.articles.insert(a, span);
            }
        }
        match p.reported {
            Some(Reported::Latest(d)) => c.reported_latest = Some(d),
            Some(Reported::Earliest(d)) => c.reported_earliest = Some(d),
            None => {}
        }
        c
    }

    /// Absorbs `other` (iterating the smaller side).
    fn absorb(&mut self, mut other: Claims) {
        for k in 0..2 {
            if let Some(x) = other.kinds[k] {
                widen_extremes(&mut self.kinds[k], x);
            }
        }
        self.reported_latest = min_of(self.reported_latest, other.reported_latest);
        self.reported_earliest = self.reported_earliest.max(other.reported_earliest);
        if other.articles.len() > self.articles.len() {
            std::mem::swap(&mut self.articles, &mut other.articles);
        }
        for (a, x) in other.articles {
            widen_extremes_in(&mut self.articles, a, x);
        }
    }
}

fn widen_extremes_in(map: &mut FxMap<usize, (i64, i64)>, key: usize, x: (i64, i64)) {
    let slot = map.entry(key).or_insert(x);
    *slot = (slot.0.max(x.0), slot.1.min(x.1));
}

/// The smaller of two optional days (either alone when the other is none).
pub(crate) fn min_of(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn compatible(a: &Claims, b: &Claims, options: &TimelineOptions) -> bool {
    // An event reported as still planned after another report had it
    // happen is not that event (a later plan is another occurrence).
    // (The dated actual claims count with their earliest end.)
    let latest = [
        a.reported_latest,
        b.reported_latest,
        a.kinds[0].map(|k| k.1),
        b.kinds[0].map(|k| k.1),
    ]
    .into_iter()
    .fold(None, min_of);
    if let (Some(latest), Some(earliest)) = (latest, a.reported_earliest.max(b.reported_earliest))
        && earliest > latest
    {
        return false;
    }
    for (ka, xa) in a.kinds.iter().enumerate() {
        for (kb, xb) in b.kinds.iter().enumerate() {
            let (Some((start_a, end_a)), Some((start_b, end_b))) = (xa, xb) else {
                continue;
            };
            let tolerance = i64::from(if ka == 1 || kb == 1 {
                options.planned_tolerance_days
            } else {
                options.date_tolerance_days
            });
            // The widest gap between a claim of one and a claim of the
            // other (negative or zero when they all overlap).
            if start_b.saturating_sub(*end_a) > tolerance
                || start_a.saturating_sub(*end_b) > tolerance
            {
                return false;
            }
        }
    }
    let (small, large) = if a.articles.len() <= b.articles.len() {
        (&a.articles, &b.articles)
    } else {
        (&b.articles, &a.articles)
    };
    small.iter().all(|(art, &(start_x, end_x))| {
        large
            .get(art)
            .is_none_or(|&(start_y, end_y)| start_x <= end_y && start_y <= end_x)
    })
}

/// How many scored links each mention keeps from its own side (a pair is
/// kept when either side keeps it).
const LINKS: usize = 8;

/// Best score first, ties by canonical order.
fn best_first(x: &(f32, usize, usize), y: &(f32, usize, usize)) -> std::cmp::Ordering {
    y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Clusters mentions (indices into `preps`, which is in canonical order).
/// Returns clusters sorted by their first member, members sorted.
pub(crate) fn cluster(preps: &[Prep], options: &TimelineOptions) -> Vec<Vec<usize>> {
    let n = preps.len();
    let widen = i64::from(
        options
            .planned_tolerance_days
            .max(options.date_tolerance_days),
    );
    // Mentions are compared in an order that keeps the ones compared
    // together close in memory: by stem, then day. Only where the packed
    // mentions sit and the order they are visited in follow it; every
    // index the result depends on stays canonical, and neither the pairs
    // scored nor the links kept depend on the visiting order.
    let mut stem_ids = Interner::default();
    let stem_of: Vec<u32> = preps.iter().map(|p| stem_ids.id(&p.stem)).collect();
    let day = |p: &Prep| p.dated.map(|d| d.0).or(p.reference).unwrap_or(i64::MIN);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by_key(|&i| (stem_of[i], day(&preps[i]), i));
    let mut position_of: Vec<usize> = vec![0; n];
    for (position, &i) in order.iter().enumerate() {
        position_of[i] = position;
    }
    let (compact, arena, words, distinct) = compact(preps, &order, &stem_of);
    let packed = |i: usize| &compact[position_of[i]];
    // Each article's participants (sorted, distinct), for `same_story`.
    let mut stories: Vec<Vec<u64>> = Vec::new();
    for c in &compact {
        let Ok(a) = usize::try_from(c.article) else {
            continue;
        };
        if c.article == NO_ARTICLE {
            continue;
        }
        if stories.len() <= a {
            stories.resize_with(a + 1, Vec::new);
        }
        stories[a].extend_from_slice(c.participants(&arena));
    }
    for s in &mut stories {
        s.sort_unstable();
        s.dedup();
    }
    let story = |a: u32| usize::try_from(a).ok().and_then(|a| stories.get(a));
    let mut marked = Marked::new(distinct);
    // Blocks: members in canonical order.
    // Indices are stored as u32 (half the memory to walk): a collection
    // with 2^32 mentions would hold far more text than memory.
    let index32 = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let mut buckets: FxMap<Bucket, Vec<u32>> = FxMap::default();
    let mut keys: Vec<Bucket> = Vec::new();
    // Filed in packed order (sequential reads), then each block sorted
    // into canonical order.
    for (c, &i) in compact.iter().zip(&order) {
        keys.clear();
        placed(c, &mut keys);
        for &b in &keys {
            buckets.entry(b).or_default().push(index32(i));
        }
    }
    for members in buckets.values_mut() {
        members.sort_unstable();
    }
    // Candidate pairs, scored as they are found; a pair found from both
    // sides is scored twice, identically, and deduplicated below. `seen`
    // holds, for each mention, the last mention that compared with it.
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; n];
    let mut split: FxSet<Bucket> = FxSet::default();
    let mut sub: FxMap<(Bucket, u32, u64), Vec<u32>> = FxMap::default();
    // Each mention's links found from its side, best first: only the best
    // `LINKS` are kept (the union needs a few good links per mention, not
    // all of them, and a mention of a much-reported event would otherwise
    // bring one per report).
    let mut mine: Vec<(f32, usize, usize)> = Vec::new();
    // Whether two articles tell one story depends on the articles alone:
    // judged once per pair of articles met. The mentions are visited in
    // canonical order, which is article by article, so the verdicts on the
    // current article's pairs sit in one array over the other articles
    // (`verdicts[b]` is `2 * (a + 1) + verdict` when judged for article
    // `a`; index `NO_ARTICLE` never judged).
    let mut verdicts: Vec<u64> = vec![0; stories.len()];
    let story_bits: Vec<Bits> = stories
        .iter()
        .map(|s| Bits::of(s.iter().copied()))
        .collect();
    let verdict = |x: u32, y: u32, verdicts: &mut [u64]| -> bool {
        let (Some(a), Some(b)) = (story(x), story(y)) else {
            return false;
        };
        if let (Some(p), Some(q)) = (story_bits.get(x as usize), story_bits.get(y as usize))
            && !could_be_same_story(p, q)
        {
            return false;
        }
        let Some(slot) = verdicts.get_mut(y as usize) else {
            return same_story(a, b);
        };
        let stamp = 2 * (u64::from(x) + 1);
        if *slot & !1 == stamp {
            return *slot & 1 == 1;
        }
        let v = same_story(a, b);
        *slot = stamp | u64::from(v);
        v
    };
    // Necessary conditions of the evidence `score` asks of two mentions
    // in two articles that do not tell one story, cheap enough to test on
    // every pair of a block: a participant in common needs a common bit in
    // the participants' one-word signatures, and a sentence similarity of
    // `IDENTITY_SIMILARITY` needs enough common bits in the sentences'
    // four-word signatures (see [`similar_enough`]). A pair failing both
    // (and the same-article and same-story tests) is one `score` rejects
    // at its evidence gate whatever its other terms: it is not scored,
    // which changes nothing, as a rejected pair is neither kept nor
    // counted among a mention's best links.
    let signatures: Vec<Signature> = compact
        .iter()
        .map(|c| Signature::of(c, &arena, &words))
        .collect();
    let consider = |i: usize,
                    j: usize,
                    seen: &mut [u32],
                    marked: &Marked,
                    mine: &mut Vec<(f32, usize, usize)>,
                    verdicts: &mut [u64]| {
        let stamp = index32(i);
        if j == i || seen[j] == stamp {
            return;
        }
        seen[j] = stamp;
        let (pi, pj) = (position_of[i], position_of[j]);
        let (ci, cj) = (&compact[pi], &compact[pj]);
        let same_article = ci.article != NO_ARTICLE && ci.article == cj.article;
        let (si, sj) = (&signatures[pi], &signatures[pj]);
        let mut told: Option<bool> = None;
        if !same_article && si.parts & sj.parts == 0 && !similar_enough(&si.words, &sj.words) {
            let v = verdict(ci.article, cj.article, verdicts);
            if !v {
                return;
            }
            told = Some(v);
        }
        let (x, y) = (i.min(j), i.max(j));
        let sentences = || marked.jaccard(cj.words(&words));
        let (px, py) = (packed(x), packed(y));
        let same = || told.unwrap_or_else(|| verdict(ci.article, cj.article, verdicts));
        if let Some(s) = score(px, py, &arena, sentences, same, options)
            && s >= options.merge_threshold
        {
            mine.push((s, x, y));
        }
    };
    // Canonical order: article by article (see `verdicts`); where the
    // mentions are visited does not matter to the result.
    for i in 0..n {
        let c = packed(i);
        if mine.len() > LINKS {
            mine.sort_unstable_by(best_first);
            mine.truncate(LINKS);
        }
        scored.append(&mut mine);
        marked.mark(c.words(&words));
        probed(c, widen, &mut keys);
        for &b in &keys {
            let Some(members) = buckets.get(&b) else {
                continue;
            };
            if members.len() <= options.max_bucket {
                for &j in members {
                    consider(i, j as usize, &mut seen, &marked, &mut mine, &mut verdicts);
                }
                continue;
            }
            // An oversized block: only mentions of the same stem that
            // share a participant with this one (or, like it, have none),
            // and of those the nearest in canonical order: a window of
            // about `max_bucket` in all. The block is split into these
            // sub-blocks once, so each mention costs O(max_bucket).
            if split.insert(b) {
                for &j in members {
                    let cj = packed(j as usize);
                    let parts = cj.participants(&arena);
                    if parts.is_empty() {
                        sub.entry((b, cj.stem, NO_PARTICIPANT)).or_default().push(j);
                    }
                    for &p in parts {
                        sub.entry((b, cj.stem, p)).or_default().push(j);
                    }
                }
            }
            let own: &[u64] = if c.participants(&arena).is_empty() {
                &[NO_PARTICIPANT]
            } else {
                c.participants(&arena)
            };
            let half = options.max_bucket / (2 * own.len()) + 1;
            for &p in own {
                let Some(list) = sub.get(&(b, c.stem, p)) else {
                    continue;
                };
                let at = list.partition_point(|&j| (j as usize) < i);
                let lo = at.saturating_sub(half);
                let hi = (at + half).min(list.len());
                for &j in &list[lo..hi] {
                    consider(i, j as usize, &mut seen, &marked, &mut mine, &mut verdicts);
                }
            }
        }
    }
    if mine.len() > LINKS {
        mine.sort_unstable_by(best_first);
        mine.truncate(LINKS);
    }
    scored.append(&mut mine);
    // Best first, ties by canonical order.
    scored.sort_unstable_by(best_first);
    scored.dedup_by(|x, y| x.1 == y.1 && x.2 == y.2);
    // Constrained union.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut claims: Vec<Claims> = preps.iter().map(Claims::of).collect();
    let mut phases: Vec<AspectSet> = preps.iter().map(|p| aspect_bit(p.aspect)).collect();
    for (_, i, j) in scored {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj || !compatible(&claims[ri], &claims[rj], options) {
            continue;
        }
        let both = phases[ri] | phases[rj];
        if both.count_ones() > 1 {
            continue;
        }
        let (keep, gone) = if ri < rj { (ri, rj) } else { (rj, ri) };
        parent[gone] = keep;
        phases[keep] = both;
        let moved = std::mem::take(&mut claims[gone]);
        claims[keep].absorb(moved);
    }
    // Each cluster is opened at its first member, so the clusters come
    // out sorted by their first member, each sorted.
    let mut slot: Vec<usize> = vec![usize::MAX; n];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        if slot[r] == usize::MAX {
            slot[r] = out.len();
            out.push(Vec::new());
        }
        out[slot[r]].push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem("withdrawal"), "withdraw");
        assert_eq!(stem("withdrawing"), "withdraw");
        assert_eq!(stem("withdraws"), "withdraw");
        assert_eq!(stem("deployment"), "deploy");
        assert_eq!(stem("Deployed"), "deploy");
        assert_eq!(stem("go"), "go");
    }

    #[test]
    fn a_packed_mention_fills_one_cache_line() {
        assert!(std::mem::size_of::<Compact>() <= 64);
    }

    #[test]
    fn days_of_every_representable_date_fit_the_packed_form() {
        for d in [chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
            let day = super::super::reason::day_key(d);
            assert_eq!(i64::from(day32(day)), day);
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        use chrono::{Datelike, NaiveDate};
        let day = |y, m, d| {
            i64::from(
                NaiveDate::from_ymd_opt(y, m, d)
                    .unwrap_or_default()
                    .num_days_from_ce(),
            )
        };
        // 2022-01-10 is a Monday, 2022-01-16 a Sunday.
        assert_eq!(week_of(day(2022, 1, 10)), week_of(day(2022, 1, 16)));
        assert_ne!(week_of(day(2022, 1, 9)), week_of(day(2022, 1, 10)));
        assert_eq!(month_of(day(2022, 1, 31)) + 1, month_of(day(2022, 2, 1)));
    }
}

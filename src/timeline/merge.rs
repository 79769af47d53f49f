//! Cross-article merging: blocking by class and time bucket, pair scoring,
//! and constrained greedy union. See the module documentation of
//! [`timeline`](super) for the algorithm and its cost.

use std::collections::{BTreeMap, BTreeSet};

use super::TimelineOptions;
use super::input::PhaseAspect;

/// What merging needs to know about one mention (in canonical order).
#[derive(Debug, Clone)]
pub(crate) struct Prep {
    /// Index of the article (in the sorted article list), if known.
    pub(crate) article: Option<usize>,
    /// Lower-case lemma.
    pub(crate) lemma: String,
    /// Its stem.
    pub(crate) stem: String,
    /// The semantic class, lower case.
    pub(crate) sem_class: Option<String>,
    pub(crate) aspect: PhaseAspect,
    /// Planned or possible.
    pub(crate) prospective: bool,
    /// A TimeML REPORTING event.
    pub(crate) reporting: bool,
    pub(crate) participants: BTreeSet<String>,
    /// The dated interval, as inclusive day numbers.
    pub(crate) dated: Option<(i64, i64)>,
    /// The article's reference day.
    pub(crate) reference: Option<i64>,
    pub(crate) sentence_index: usize,
    /// Content words of the sentence.
    pub(crate) words: BTreeSet<String>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Week,
    Month,
    Year,
    Coarse,
    Undated,
}

type Bucket = (String, Level, i64);

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

fn indexes(level: Level, from: i64, to: i64) -> Vec<i64> {
    let (a, b) = match level {
        Level::Week | Level::Undated => (week_of(from), week_of(to)),
        Level::Month => (month_of(from), month_of(to)),
        Level::Year => (year_of(from), year_of(to)),
        Level::Coarse => (0, 0),
    };
    (a..=b).collect()
}

/// The blocking classes of a mention: its lemma's stem, and its semantic
/// class when it has one (so mentions sharing either are compared).
fn classes(p: &Prep) -> Vec<String> {
    let mut out = vec![format!("s:{}", p.stem)];
    if let Some(c) = &p.sem_class {
        out.push(format!("c:{c}"));
    }
    out
}

/// The buckets a mention is filed under.
fn placed(p: &Prep) -> Vec<Bucket> {
    classes(p).iter().flat_map(|c| placed_in(p, c)).collect()
}

/// The buckets a mention is compared against.
fn probed(p: &Prep, widen: i64) -> Vec<Bucket> {
    classes(p)
        .iter()
        .flat_map(|c| probed_in(p, c, widen))
        .collect()
}

fn placed_in(p: &Prep, class: &str) -> Vec<Bucket> {
    match p.dated {
        Some(span) => {
            let level = level_of(span);
            indexes(level, span.0, span.1)
                .into_iter()
                .map(|i| (class.to_string(), level, i))
                .collect()
        }
        None => vec![(
            class.to_string(),
            Level::Undated,
            p.reference.map(week_of).unwrap_or(i64::MIN),
        )],
    }
}

fn probed_in(p: &Prep, class: &str, widen: i64) -> Vec<Bucket> {
    let mut out = Vec::new();
    let mut add = |level: Level, from: i64, to: i64| {
        for i in indexes(level, from, to) {
            out.push((class.to_string(), level, i));
        }
    };
    match p.dated {
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
            // Undated mentions in articles from a little before to a few
            // weeks after.
            if own <= Level::Month {
                add(Level::Undated, span.0 - 7, span.1 + 28);
            }
        }
        None => match p.reference {
            Some(r) => {
                add(Level::Week, r - 28, r + 14);
                add(Level::Month, r - 28, r + 14);
                add(Level::Undated, r - 14, r + 14);
            }
            None => out.push((class.to_string(), Level::Undated, i64::MIN)),
        },
    }
    out
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    }
}

/// The merge score of two mentions, or `None` when they must not merge.
fn score(a: &Prep, b: &Prep, options: &TimelineOptions) -> Option<f32> {
    // A report of an event is not the event: reporting verbs merge only
    // with reporting verbs.
    if a.reporting != b.reporting {
        return None;
    }
    if a.aspect != b.aspect && !phase_of_plain(a, b) {
        return None;
    }
    let same_article = a.article.is_some() && a.article == b.article;
    if same_article && a.sentence_index == b.sentence_index {
        return None;
    }
    let lex = if a.lemma == b.lemma {
        1.0
    } else if a.stem == b.stem {
        0.9
    } else if a.sem_class.is_some() && a.sem_class == b.sem_class {
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
        && matches!((a.dated, b.dated), (Some(x), Some(y)) if x == y && x.0 == x.1);
    let part = if a.participants.is_empty() || b.participants.is_empty() {
        0.5
    } else if same_day_process {
        jaccard(&a.participants, &b.participants).max(0.5)
    } else {
        jaccard(&a.participants, &b.participants)
    };
    let sent = jaccard(&a.words, &b.words);
    let time = match (a.dated, b.dated) {
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
                    || sent < 0.15
                    || a.reporting
                    || b.reporting
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
    Some(0.35 * lex + 0.2 * part + 0.3 * time + 0.15 * sent)
}

/// A phase ("began arriving January 6") and the plain process ("deployed
/// on January 6") of one semantic class, both actual and dated to the same
/// single day: one event told two ways. (Two different phases never merge;
/// see [`AspectSet`].)
fn phase_of_plain(a: &Prep, b: &Prep) -> bool {
    let one_plain = (a.aspect == PhaseAspect::None) != (b.aspect == PhaseAspect::None);
    let same_day = matches!((a.dated, b.dated), (Some(x), Some(y)) if x == y && x.0 == x.1);
    one_plain
        && same_day
        && !a.prospective
        && !b.prospective
        && a.sem_class.is_some()
        && a.sem_class == b.sem_class
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
fn undated_fit(u: &Prep, d: (i64, i64)) -> Option<f32> {
    if let Some(r) = u.reference {
        if !u.prospective && d.0 > r {
            return None;
        }
        if u.prospective && d.1 < r {
            return None;
        }
    }
    Some(0.5)
}

/// A cluster's dated claims: (article, start, end, prospective), distinct.
type Claims = BTreeSet<(Option<usize>, i64, i64, bool)>;

fn compatible(a: &Claims, b: &Claims, options: &TimelineOptions) -> bool {
    for &(art_a, s_a, e_a, p_a) in a {
        for &(art_b, s_b, e_b, p_b) in b {
            if s_a <= e_b && s_b <= e_a {
                continue;
            }
            if art_a.is_some() && art_a == art_b {
                return false;
            }
            let gap = if e_a < s_b { s_b - e_a } else { s_a - e_b };
            let tolerance = if p_a || p_b {
                options.planned_tolerance_days
            } else {
                options.date_tolerance_days
            };
            if gap > i64::from(tolerance) {
                return false;
            }
        }
    }
    true
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
    // Blocks.
    let mut buckets: BTreeMap<Bucket, Vec<usize>> = BTreeMap::new();
    for (i, p) in preps.iter().enumerate() {
        for b in placed(p) {
            buckets.entry(b).or_default().push(i);
        }
    }
    // Candidate pairs.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut by_stem: BTreeMap<(Bucket, String), Vec<usize>> = BTreeMap::new();
    for (i, p) in preps.iter().enumerate() {
        let mut probes = probed(p, widen);
        probes.sort();
        probes.dedup();
        for b in probes {
            let Some(members) = buckets.get(&b) else {
                continue;
            };
            if members.len() <= options.max_bucket {
                for &j in members {
                    if j != i {
                        pairs.push((i.min(j), i.max(j)));
                    }
                }
                continue;
            }
            // An oversized block: the mentions of the same stem nearest in
            // canonical order (a window of `max_bucket` around this one),
            // sharing a participant (or none on either side). The block is
            // split by stem once, so each mention costs O(max_bucket).
            let same_stem = by_stem.entry((b, p.stem.clone())).or_insert_with(|| {
                members
                    .iter()
                    .copied()
                    .filter(|&j| preps[j].stem == p.stem)
                    .collect()
            });
            let at = same_stem.partition_point(|&j| j < i);
            let half = options.max_bucket / 2 + 1;
            let lo = at.saturating_sub(half);
            let hi = (at + half).min(same_stem.len());
            for &j in &same_stem[lo..hi] {
                if j != i
                    && (p.participants.is_empty() && preps[j].participants.is_empty()
                        || !p.participants.is_disjoint(&preps[j].participants))
                {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Scores; best first, ties by canonical order.
    let mut scored: Vec<(f32, usize, usize)> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            score(&preps[i], &preps[j], options)
                .filter(|&s| s >= options.merge_threshold)
                .map(|s| (s, i, j))
        })
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    // Constrained union.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut claims: Vec<Claims> = preps
        .iter()
        .map(|p| {
            p.dated
                .map(|(s, e)| (p.article, s, e, p.prospective))
                .into_iter()
                .collect()
        })
        .collect();
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
        claims[keep].extend(moved);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| g.first().copied());
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

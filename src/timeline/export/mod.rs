//! Exports of a [`Timeline`]: JSON, a Markdown
//! chronology, Graphviz DOT, TimelineJS3 JSON and TimeML per article.
//!
//! Every export is deterministic (the timeline's own order; no hash-map
//! iteration).
//!
//! | export | method | format |
//! |---|---|---|
//! | JSON | [`Timeline::to_json`] | the JSON contract (see [`Timeline`]) |
//! | Markdown | [`Timeline::to_markdown`] | a table of the story view ([`Timeline::story`]): date, event, sources; then the conflicts |
//! | DOT | [`Timeline::to_dot`] | a Graphviz `digraph`: events as boxes in order, relations as labelled edges |
//! | TimelineJS3 | [`Timeline::to_timelinejs`] | [`TimelineJs`]: `events[]` with `start_date {year, month, day}`, `text {headline, text}`, `group` |
//! | TimeML | [`Timeline::to_timeml`] | one document per article with EVENT, TIMEX3 and TLINK |

mod dot;
mod json;
mod markdown;
mod timelinejs;
mod timeml;

pub use timelinejs::{TimelineJs, TjsDate, TjsSlide, TjsText};
pub use timeml::ArticleTimeMl;

use super::{Event, Placement, Status, Timeline};

/// TimeML classes that tell of a statement, a perception or a state of
/// mind rather than of something that happened in the story.
const NOT_STORY: &[&str] = &["REPORTING", "PERCEPTION", "I_STATE", "ASPECTUAL"];

/// The least salience an event of the story view has.
pub const STORY_SALIENCE: f32 = 0.5;

/// Whether an event belongs in the story view (see [`Timeline::story`]).
fn in_story(e: &Event) -> bool {
    if e.when.placement != Placement::Dated
        || e.class.is_none()
        || e.salience < STORY_SALIENCE
        || fragment(&e.label)
        || gerund_opening(e)
        || !e.mentions.iter().any(|m| {
            m.time_text.as_deref().is_some_and(|t| !t.is_empty()) && m.value == e.when.value
        })
        || matches!(
            e.status,
            Status::Unknown | Status::Negated | Status::Possible
        )
    {
        return false;
    }
    let told = e
        .mentions
        .iter()
        .filter(|m| {
            m.timeml_class
                .as_deref()
                .is_some_and(|c| NOT_STORY.contains(&c))
        })
        .count();
    2 * told < e.mentions.len().max(1)
}

impl Timeline {
    /// The story view: the events a person would write in the story's
    /// chronology, in chronological order. Every event stays in
    /// [`Timeline::events`] (and the JSON); this view, used by the Markdown
    /// and TimelineJS exports, keeps an event when it
    ///
    /// - is dated (not only bounded by other events, not undated), and
    ///   one of its mentions names that date itself (a time expression of
    ///   its own, not only the article's date);
    /// - has a semantic class (a kind of news event the lexicon knows:
    ///   unclassified verbs and sentence fragments stay out);
    /// - is no mere report, perception or state of mind (most of its
    ///   mentions are not TimeML `REPORTING`, `PERCEPTION`, `I_STATE` or
    ///   `ASPECTUAL`);
    /// - happened, is happening or is planned (not possible, negated or of
    ///   unknown status);
    /// - has a salience of at least [`STORY_SALIENCE`];
    /// - has a label that is a clause, not a fragment opening with a
    ///   preposition or a subordinator ("In a speech") or with a gerund
    ///   of its own trigger ("Handing over the presidency");
    ///
    /// and of the events sharing a date, a semantic class and a phase only
    /// the most salient one, and of those sharing a date and a label (one
    /// label within the other, or three fifths of their content words
    /// shared: told by one sentence) the first (one row per happening);
    /// of those with the same label on different dates, the one with the
    /// most sources.
    ///
    /// ```
    /// use dateline::timeline::Timeline;
    /// assert!(Timeline::default().story().is_empty());
    /// ```
    pub fn story(&self) -> Vec<&Event> {
        let mut best: std::collections::BTreeMap<(String, &str, super::PhaseAspect, bool), usize> =
            std::collections::BTreeMap::new();
        for (i, e) in self.events.iter().enumerate() {
            if !in_story(e) {
                continue;
            }
            let key = (
                display_date(e),
                e.class.as_deref().unwrap_or_default(),
                e.aspect,
                e.status.is_actual(),
            );
            let slot = best.entry(key).or_insert(i);
            let (kept, new) = (&self.events[*slot], e);
            if (new.sources.len(), ordered(new.salience))
                > (kept.sources.len(), ordered(kept.salience))
            {
                *slot = i;
            }
        }
        let mut keep: Vec<usize> = best.into_values().collect();
        keep.sort_unstable();
        // One row per date and label: events told by one sentence (one
        // label within the other: "Was in a tussle with ..." and "A tussle
        // with ...").
        let mut seen: std::collections::BTreeMap<String, Vec<String>> =
            std::collections::BTreeMap::new();
        let same = |a: &str, b: &str| {
            if a.contains(b) || b.contains(a) {
                return true;
            }
            let (wa, wb) = (
                super::merge::content_words(a),
                super::merge::content_words(b),
            );
            let inter = wa.intersection(&wb).count();
            let union = wa.len() + wb.len() - inter;
            union > 0 && 5 * inter >= 3 * union
        };
        let rows: Vec<&Event> = keep
            .into_iter()
            .map(|i| &self.events[i])
            .filter(|e| {
                let key = label_key(&e.label);
                let on_day = seen.entry(display_date(e)).or_default();
                if on_day.iter().any(|k| same(k, &key)) {
                    return false;
                }
                on_day.push(key);
                true
            })
            .collect();
        // One row per label over all dates: of the events labelled alike
        // (one sentence told on two dates), the one with the most sources,
        // then the most salient, then the first.
        let mut by_label: std::collections::BTreeMap<String, usize> =
            std::collections::BTreeMap::new();
        for (r, e) in rows.iter().enumerate() {
            let slot = by_label.entry(label_key(&e.label)).or_insert(r);
            let kept = rows[*slot];
            if (e.sources.len(), ordered(e.salience)) > (kept.sources.len(), ordered(kept.salience))
            {
                *slot = r;
            }
        }
        rows.iter()
            .enumerate()
            .filter(|(r, e)| by_label.get(&label_key(&e.label)) == Some(r))
            .map(|(_, e)| *e)
            .collect()
    }
}

/// A label compared loosely: lower case, without a leading article.
fn label_key(label: &str) -> String {
    let l = label.trim().to_lowercase();
    ["the ", "a ", "an "]
        .iter()
        .find_map(|d| l.strip_prefix(d))
        .map_or_else(|| l.clone(), str::to_string)
}

/// Words a label that is a fragment opens with (a preposition or a
/// subordinator: "In a speech", "During his visit", "Whose ...").
const FRAGMENT_OPENERS: &[&str] = &[
    "in", "during", "despite", "by", "without", "whose", "which", "while", "as", "of", "to", "for",
    "with", "and", "or", "but",
];

/// Whether a label is a fragment rather than a clause.
fn fragment(label: &str) -> bool {
    let first = label
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    label.split_whitespace().count() < 2 || FRAGMENT_OPENERS.contains(&first.as_str())
}

/// Whether an event's label opens with a gerund of its own trigger or
/// "being"/"having" ("Handing over the presidency", "Being convicted of
/// ..."): a clause without its subject.
fn gerund_opening(e: &Event) -> bool {
    let first = e
        .label
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    first.len() > 4
        && first.ends_with("ing")
        && (matches!(first.as_str(), "being" | "having")
            || e.mentions.iter().any(|m| {
                m.trigger
                    .split_whitespace()
                    .next()
                    .is_some_and(|t| t.eq_ignore_ascii_case(&first))
            }))
}

/// A salience as an orderable integer.
fn ordered(s: f32) -> i64 {
    (f64::from(s) * 1e6).round() as i64
}

/// How an event's date is shown: its value, a bound, or `undated`.
pub(crate) fn display_date(e: &Event) -> String {
    match e.when.placement {
        Placement::Dated => {
            let v = e
                .when
                .value
                .clone()
                .or_else(|| e.when.start.map(|d| d.to_string()))
                .unwrap_or_default();
            if e.when.approximate {
                format!("about {v}")
            } else {
                v
            }
        }
        Placement::Relative => match (e.when.earliest, e.when.latest) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a} to {b}"),
            (Some(a), None) => format!("after {a}"),
            (None, Some(b)) => format!("before {b}"),
            (None, None) => "relative".to_string(),
        },
        Placement::Undated => "undated".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Mention, When};

    /// A story-worthy event: dated `value`, told by `sources`, its label
    /// `label`, its trigger `trigger`.
    fn event(id: &str, value: &str, label: &str, trigger: &str, sources: &[&str]) -> Event {
        Event {
            id: id.to_string(),
            label: label.to_string(),
            when: When {
                value: Some(value.to_string()),
                placement: Placement::Dated,
                ..When::default()
            },
            status: Status::Happened,
            salience: 0.9,
            class: Some("meet".to_string()),
            sources: sources.iter().map(|s| s.to_string()).collect(),
            mentions: vec![Mention {
                trigger: trigger.to_string(),
                time_text: Some("on Monday".to_string()),
                value: Some(value.to_string()),
                timeml_class: Some("OCCURRENCE".to_string()),
                ..Mention::default()
            }],
            ..Event::default()
        }
    }

    fn labels(t: &Timeline) -> Vec<&str> {
        t.story().iter().map(|e| e.label.as_str()).collect()
    }

    #[test]
    fn a_label_opening_with_its_gerund_is_a_fragment() {
        let t = Timeline {
            events: vec![
                event(
                    "e1",
                    "2023-03-06",
                    "Meeting the rebel leaders",
                    "meeting",
                    &["a"],
                ),
                event(
                    "e2",
                    "2023-03-07",
                    "Beijing hosted the summit",
                    "hosted",
                    &["a"],
                ),
                event(
                    "e3",
                    "2023-03-08",
                    "Being detained by police",
                    "detained",
                    &["a"],
                ),
            ],
            ..Timeline::default()
        };
        assert_eq!(labels(&t), ["Beijing hosted the summit"]);
    }

    #[test]
    fn one_row_per_label_over_all_dates() {
        let mut other = event(
            "e3",
            "2023-03-08",
            "The envoy met the rebels",
            "met",
            &["a"],
        );
        other.class = Some("visit".to_string());
        let t = Timeline {
            events: vec![
                event("e1", "2023-03", "The envoy met the rebels", "met", &["a"]),
                event("e2", "2023-03-06", "Troops left the city", "left", &["a"]),
                other,
                event(
                    "e4",
                    "2023-W10",
                    "The envoy met the rebels",
                    "met",
                    &["a", "b"],
                ),
            ],
            ..Timeline::default()
        };
        let story: Vec<&str> = t.story().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(story, ["e2", "e4"]);
    }
}

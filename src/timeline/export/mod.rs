//! Exports of a [`Timeline`](super::Timeline): JSON, a Markdown
//! chronology, Graphviz DOT, TimelineJS3 JSON and TimeML per article.
//!
//! Every export is deterministic (the timeline's own order; no hash-map
//! iteration).
//!
//! | export | method | format |
//! |---|---|---|
//! | JSON | [`Timeline::to_json`](super::Timeline::to_json) | the JSON contract (see [`Timeline`](super::Timeline)) |
//! | Markdown | [`Timeline::to_markdown`](super::Timeline::to_markdown) | a table: date, event, sources; then the conflicts |
//! | DOT | [`Timeline::to_dot`](super::Timeline::to_dot) | a Graphviz `digraph`: events as boxes in order, relations as labelled edges |
//! | TimelineJS3 | [`Timeline::to_timelinejs`](super::Timeline::to_timelinejs) | [`TimelineJs`]: `events[]` with `start_date {year, month, day}`, `text {headline, text}`, `group` |
//! | TimeML | [`Timeline::to_timeml`](super::Timeline::to_timeml) | one document per article with EVENT, TIMEX3 and TLINK |

mod dot;
mod json;
mod markdown;
mod timelinejs;
mod timeml;

pub use timelinejs::{TimelineJs, TjsDate, TjsSlide, TjsText};
pub use timeml::ArticleTimeMl;

use super::{Event, Placement};

/// How an event's date is shown: its value, a bound, or `undated`.
pub(crate) fn display_date(e: &Event) -> String {
    match e.when.placement {
        Placement::Dated => e
            .when
            .value
            .clone()
            .or_else(|| e.when.start.map(|d| d.to_string()))
            .unwrap_or_default(),
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

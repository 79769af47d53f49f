//! A Markdown chronology.

use std::fmt::Write;

use super::display_date;
use crate::timeline::Timeline;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

impl Timeline {
    /// A Markdown chronology: a table with one row per event of the story
    /// view ([`Timeline::story`]) in chronological order (date, event,
    /// sources), then the conflicts. [`Timeline::to_markdown_all`] has a
    /// row for every event.
    ///
    /// ```
    /// use dateline::timeline::Timeline;
    /// let md = Timeline::default().to_markdown();
    /// assert!(md.starts_with("# Timeline\n"));
    /// assert!(md.contains("| Date | Event | Sources |"));
    /// ```
    pub fn to_markdown(&self) -> String {
        self.markdown(&self.story())
    }

    /// The Markdown chronology with a row for every event, the story's or
    /// not.
    ///
    /// ```
    /// use dateline::timeline::Timeline;
    /// assert!(Timeline::default().to_markdown_all().starts_with("# Timeline\n"));
    /// ```
    pub fn to_markdown_all(&self) -> String {
        self.markdown(&self.events.iter().collect::<Vec<_>>())
    }

    fn markdown(&self, events: &[&crate::timeline::Event]) -> String {
        let mut out = String::from("# Timeline\n\n| Date | Event | Sources |\n|---|---|---|\n");
        for e in events {
            let mut event = cell(&e.label);
            if !e.status.is_actual() {
                let _ = write!(event, " ({})", e.status.as_str());
            }
            if e.claims.iter().any(|c| !c.primary) {
                event.push_str(" ⚠");
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&display_date(e)),
                event,
                cell(&e.sources.join(", "))
            );
        }
        if !self.conflicts.is_empty() {
            out.push_str("\n## Conflicts\n\n");
            for c in &self.conflicts {
                let kind = serde_json::to_value(c.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let _ = writeln!(out, "- **{}** ({kind}): {}", c.id, c.description);
                for s in &c.sides {
                    let _ = writeln!(out, "  - {}: {}", s.claim, s.mentions.join(", "));
                }
            }
        }
        out
    }
}

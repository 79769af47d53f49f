//! Graphviz DOT.

use std::fmt::Write;

use super::display_date;
use crate::timeline::{Basis, Timeline};

/// A DOT double-quoted string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Timeline {
    /// The event graph in Graphviz DOT: a `digraph` with one box per event
    /// (date and label) in chronological order, left to right, and one
    /// edge per relation labelled with its TLINK type; date relations
    /// solid, signals dashed, phases bold. Conflicting events are red.
    ///
    /// ```
    /// use dateline::timeline::Timeline;
    /// let dot = Timeline::default().to_dot();
    /// assert!(dot.starts_with("digraph timeline {"));
    /// assert!(dot.trim_end().ends_with('}'));
    /// ```
    pub fn to_dot(&self) -> String {
        let mut out = String::from(
            "digraph timeline {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
        );
        for e in &self.events {
            let conflicted = self.conflicts.iter().any(|c| c.events.contains(&e.id));
            let label = format!("{}\n{}", display_date(e), e.label);
            let _ = write!(out, "  {} [label={}", quote(&e.id), quote(&label));
            if conflicted {
                out.push_str(", color=red");
            }
            out.push_str("];\n");
        }
        for r in &self.relations {
            let style = match r.basis {
                Basis::Date => "solid",
                Basis::Signal => "dashed",
                Basis::Phase => "bold",
            };
            let _ = writeln!(
                out,
                "  {} -> {} [label={}, style={style}];",
                quote(&r.from),
                quote(&r.to),
                quote(r.relation.as_str())
            );
        }
        out.push_str("}\n");
        out
    }
}

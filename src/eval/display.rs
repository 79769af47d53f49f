//! Readable tables for [`Report`] and lines for [`ErrorEntry`].

use std::fmt;

use super::{ErrorEntry, Mention, Report, Scores};

fn pct(x: f64) -> String {
    format!("{:.2}", x * 100.0)
}

fn header(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    writeln!(
        f,
        "{:<24} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6}",
        "",
        "gold",
        "system",
        "strict",
        "relax",
        "P",
        "R",
        "F1",
        "P",
        "R",
        "F1",
        "acc",
        "F1",
        "acc",
        "F1"
    )
}

fn row(f: &mut fmt::Formatter<'_>, label: &str, s: &Scores) -> fmt::Result {
    let c = &s.counts;
    let mut label = label.to_string();
    if label.chars().count() > 24 {
        label = label.chars().take(23).collect::<String>() + "…";
    }
    writeln!(
        f,
        "{:<24} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6}",
        label,
        c.gold,
        c.system,
        c.strict,
        c.relaxed,
        pct(s.strict.precision),
        pct(s.strict.recall),
        pct(s.strict.f1),
        pct(s.relaxed.precision),
        pct(s.relaxed.recall),
        pct(s.relaxed.f1),
        pct(s.type_accuracy),
        pct(s.kind.f1),
        pct(s.value_accuracy),
        pct(s.value.f1),
    )
}

impl fmt::Display for Report {
    /// Prints the overall, per-folder and per-type scores as a table:
    /// counts, then strict P/R/F1, relaxed P/R/F1, type accuracy and F1,
    /// value accuracy and F1, in percent.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TempEval-3 Task A, TIMEX3: {} documents, {} errors listed",
            self.documents.len(),
            self.errors.len()
        )?;
        writeln!(
            f,
            "{:<24} {:>27} | {:>20} | {:>20} | {:>13} | {:>13}",
            "", "counts", "strict match", "relaxed match", "type", "value"
        )?;
        header(f)?;
        row(f, "overall", &self.overall)?;
        for (folder, scores) in &self.by_folder {
            row(f, &format!("folder {folder}"), scores)?;
        }
        for (kind, scores) in &self.by_type {
            let kind = if kind.is_empty() { "(none)" } else { kind };
            row(f, &format!("type {kind}"), scores)?;
        }
        Ok(())
    }
}

fn mention(f: &mut fmt::Formatter<'_>, who: &str, m: &Mention) -> fmt::Result {
    let a = &m.annotation;
    write!(f, " {who} {} {:?} {:?}", a.kind, a.value, m.text)?;
    match (m.char_start, m.char_end) {
        (Some(s), Some(e)) => write!(f, " @{s}..{e}"),
        _ => write!(f, " @bytes {}..{}", a.start, a.end),
    }
}

impl fmt::Display for ErrorEntry {
    /// One line: document, kind, the gold and system TIMEX3 (type, value,
    /// covered text, character offsets) and the context.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}:", self.document, self.kind)?;
        if let Some(g) = &self.gold {
            mention(f, "gold", g)?;
        }
        if self.gold.is_some() && self.system.is_some() {
            write!(f, " |")?;
        }
        if let Some(s) = &self.system {
            mention(f, "system", s)?;
        }
        write!(f, " | {}", self.context)
    }
}

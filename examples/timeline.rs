//! Builds the cross-article timeline of a collection of news articles.
//!
//! ```text
//! cargo run --release --example timeline
//! cargo run --release --example timeline -- [--format json|markdown|dot|timelinejs|timeml] \
//!     [--year-hint YYYY] [--published YYYY-MM-DD] [--strict] [--stats] INPUT...
//! ```
//!
//! With no INPUT, builds the bundled Kazakhstan collection
//! (`examples/data/kazakhstan/articles.json`) and prints the Markdown
//! chronology. An INPUT is a manifest (`.json`, the format of
//! `articles.json`), a text file (`.txt`) or a TimeML file (`.tml`); files
//! given one by one get their file name without the extension as id.
//! `--published` gives a publication date to every article that has none;
//! `--year-hint` gives the year of datelines and in-text dates that lack one.
//! `--format timeml` prints one TimeML document per article, each preceded by
//! an XML comment naming the article.
//!
//! Errors: one line on standard error naming the input and the problem, exit
//! code 2.
//!
//! When standard error is a terminal, a progress bar (loading) and the
//! running stage with its elapsed time are shown there; nothing otherwise.
//! `--stats` prints a summary to standard error: articles, expressions,
//! event mentions, merged events, merges (mentions joined to another one),
//! conflicts, wall time and peak memory (`VmHWM`; "unavailable" off Linux).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[path = "support/progress.rs"]
mod progress;

use chrono::NaiveDate;
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::timeline::{Prepared, TimelineOptions};

const USAGE: &str = "usage: timeline [--format json|markdown|dot|timelinejs|timeml] \
                     [--year-hint YYYY] [--published YYYY-MM-DD] [--strict] [--stats] INPUT...";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
    Dot,
    TimelineJs,
    TimeMl,
}

struct Args {
    format: Format,
    year_hint: Option<i32>,
    published: Option<NaiveDate>,
    strict: bool,
    stats: bool,
    inputs: Vec<PathBuf>,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Markdown,
        year_hint: None,
        published: None,
        strict: false,
        stats: false,
        inputs: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => {
                let v = it.next().ok_or("--format needs a value")?;
                args.format = match v.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "dot" => Format::Dot,
                    "timelinejs" => Format::TimelineJs,
                    "timeml" => Format::TimeMl,
                    other => {
                        return Err(format!(
                            "--format {other}: not one of json, markdown, dot, timelinejs, timeml"
                        ));
                    }
                };
            }
            "--year-hint" => {
                let v = it.next().ok_or("--year-hint needs a year")?;
                args.year_hint = Some(
                    v.parse()
                        .map_err(|_| format!("--year-hint {v}: not a year"))?,
                );
            }
            "--published" => {
                let v = it.next().ok_or("--published needs a date YYYY-MM-DD")?;
                args.published = Some(
                    NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|e| format!("--published {v}: not a date YYYY-MM-DD: {e}"))?,
                );
            }
            "--strict" => args.strict = true,
            "--stats" => args.stats = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}; {USAGE}")),
            s => args.inputs.push(PathBuf::from(s)),
        }
    }
    Ok(args)
}

/// The bundled collection, found from the crate root or the current folder.
fn bundled() -> PathBuf {
    let from_crate =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/kazakhstan/articles.json");
    if from_crate.exists() {
        from_crate
    } else {
        PathBuf::from("examples/data/kazakhstan/articles.json")
    }
}

/// Loads every input into one collection; errors name the input.
fn load(inputs: &[PathBuf]) -> Result<Collection, String> {
    let mut all: Vec<Article> = Vec::new();
    let mut year_hint = None;
    let mut bar = progress::Bar::new("loading", inputs.len());
    for input in inputs {
        let is_manifest = input
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let loaded = if is_manifest {
            Collection::from_manifest(input)
        } else {
            Collection::from_files([input])
        }
        .map_err(|e| {
            let msg = e.to_string();
            let name = input.display().to_string();
            if msg.contains(&name) {
                msg
            } else {
                format!("{name}: {msg}")
            }
        })?;
        year_hint = year_hint.or(loaded.year_hint);
        all.extend(loaded.articles);
        bar.inc(1);
    }
    bar.finish();
    let mut collection = Collection::new(all);
    collection.year_hint = year_hint;
    Ok(collection)
}

fn main() -> ExitCode {
    let start = Instant::now();
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => return fail(e),
    };
    let inputs = if args.inputs.is_empty() {
        vec![bundled()]
    } else {
        args.inputs.clone()
    };
    let mut collection = match load(&inputs) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    if let Some(day) = args.published {
        for a in &mut collection.articles {
            if a.published.is_none() {
                a.published = Some(day.into());
            }
        }
    }
    let mut reference = ReferenceOptions::default();
    if let Some(y) = args.year_hint {
        reference = reference.year_hint(y);
    }
    let options = TimelineOptions::builder().strict(args.strict).build();
    let names = inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!(
        "references, tagging, events ({} articles)",
        collection.len()
    );
    let prepared =
        match progress::stage(&label, || Prepared::new(&collection, &reference, &options)) {
            Ok(p) => p,
            Err(e) => return fail(format!("{names}: {e}")),
        };
    let label = format!("merging ({} mentions)", prepared.mentions.len());
    let timeline = match progress::stage(&label, || prepared.build(&options)) {
        Ok(t) => t,
        Err(e) => return fail(format!("{names}: {e}")),
    };
    let out = match args.format {
        Format::Json => timeline.to_json(),
        Format::Markdown => timeline.to_markdown(),
        Format::Dot => timeline.to_dot(),
        Format::TimelineJs => {
            let title = collection.name.as_deref();
            match serde_json::to_string_pretty(&timeline.to_timelinejs(title)) {
                Ok(s) => s,
                Err(e) => return fail(format!("{names}: {e}")),
            }
        }
        Format::TimeMl => match timeline.to_timeml(&prepared.articles) {
            Ok(docs) => docs
                .iter()
                .map(|d| format!("<!-- article: {} -->\n{}", d.article, d.xml))
                .collect::<Vec<_>>()
                .join("\n"),
            Err(e) => return fail(format!("{names}: {e}")),
        },
    };
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).is_err()
        || (!out.ends_with('\n') && stdout.write_all(b"\n").is_err())
    {
        return ExitCode::from(2);
    }
    if args.stats {
        let expressions: usize = prepared.expressions.iter().map(Vec::len).sum();
        let kept: usize = timeline.events.iter().map(|e| e.mentions.len()).sum();
        progress::print_stats(
            &[
                ("articles", collection.len().to_string()),
                ("expressions", expressions.to_string()),
                ("events (mentions)", prepared.mentions.len().to_string()),
                ("merged events", timeline.events.len().to_string()),
                (
                    "merges",
                    kept.saturating_sub(timeline.events.len()).to_string(),
                ),
                ("conflicts", timeline.conflicts.len().to_string()),
            ],
            start,
        );
    }
    ExitCode::SUCCESS
}

//! SemEval-2015 Task 4 "TimeLine: Cross-Document Event Ordering", from raw
//! text: builds the timeline of the task's CAT documents and writes one
//! timeline per target entity in the task's format (see
//! `dateline::timeline::semeval`); with `--gold`, scores them with the
//! task's measure, temporal awareness.
//!
//! ```text
//! cargo run --release --example semeval2015 -- \
//!     --documents ../shared/corpora/semeval2015-task4-trial/documents \
//!     --entities ../shared/corpora/semeval2015-task4-trial/list_target_entities.txt \
//!     --out /tmp/semeval-out \
//!     --gold ../shared/corpora/semeval2015-task4-trial/gold-timelines
//! ```
//!
//! - `--documents DIR`: the task's CAT XML files (`*.xml`). Each becomes
//!   an article: id the `doc_id`, text the tokens (a sentence per line),
//!   published on the date of sentence 1 (the date line) when it reads as
//!   one.
//! - `--entities FILE`: one target entity per line.
//! - `--out DIR`: receives one `<entity>.txt` per entity (lower case,
//!   non-alphanumerics as `_`); created if missing.
//! - `--gold DIR`: also scores them against the gold timelines, printing
//!   precision, recall and F1 per entity and micro-averaged.
//!
//! Scoring two folders of existing timelines (the old `semeval` example):
//!
//! ```text
//! cargo run --release --example semeval2015 -- --score GOLD_DIR SYSTEM_DIR [--json]
//! ```
//!
//! Errors: one line on standard error naming the input and the problem,
//! exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::article::{Collection, ReferenceOptions};
use dateline::timeline::semeval::{
    AwarenessScore, CatDocument, SemevalTimeline, read_documents, read_timelines, score,
    score_dirs, timeline_for_entity,
};
use dateline::timeline::{Timeline, TimelineOptions};

const USAGE: &str = "usage: semeval2015 --documents DIR --entities FILE --out DIR [--gold DIR]\n       semeval2015 --score GOLD_DIR SYSTEM_DIR [--json]";

/// A failure: the input it concerns and what went wrong.
struct Fail(String);

impl<E: std::fmt::Display> From<(&Path, E)> for Fail {
    fn from((path, e): (&Path, E)) -> Fail {
        let e = e.to_string();
        let shown = path.display().to_string();
        if e.contains(&shown) {
            Fail(e)
        } else {
            Fail(format!("{shown}: {e}"))
        }
    }
}

#[derive(Default)]
struct Args {
    documents: Option<PathBuf>,
    entities: Option<PathBuf>,
    out: Option<PathBuf>,
    gold: Option<PathBuf>,
    score: Option<(PathBuf, PathBuf)>,
    json: bool,
}

fn parse_args() -> Result<Option<Args>, Fail> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    let value = |it: &mut dyn Iterator<Item = String>, flag: &str| {
        it.next()
            .map(PathBuf::from)
            .ok_or_else(|| Fail(format!("{flag} needs a value; {USAGE}")))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--documents" => args.documents = Some(value(&mut it, &a)?),
            "--entities" => args.entities = Some(value(&mut it, &a)?),
            "--out" => args.out = Some(value(&mut it, &a)?),
            "--gold" => args.gold = Some(value(&mut it, &a)?),
            "--score" => {
                let gold = value(&mut it, &a)?;
                let system = value(&mut it, &a)?;
                args.score = Some((gold, system));
            }
            "--json" => args.json = true,
            "-h" | "--help" => return Ok(None),
            s => return Err(Fail(format!("unknown argument {s}; {USAGE}"))),
        }
    }
    Ok(Some(args))
}

fn read_entities(path: &Path) -> Result<Vec<String>, Fail> {
    let text = std::fs::read_to_string(path).map_err(|e| Fail::from((path, e)))?;
    let entities: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if entities.is_empty() {
        return Err(Fail(format!("{}: no target entity", path.display())));
    }
    Ok(entities)
}

fn print_report(report: &AwarenessScore, json: bool) -> Result<(), Fail> {
    if json {
        let s = serde_json::to_string_pretty(report).map_err(|e| Fail(e.to_string()))?;
        println!("{s}");
        return Ok(());
    }
    println!(
        "{:<24} {:>6} {:>6} {:>6} {:>9} {:>9}",
        "timeline", "P", "R", "F1", "sys rels", "gold rels"
    );
    for (entity, c) in &report.timelines {
        println!(
            "{:<24} {:>6.3} {:>6.3} {:>6.3} {:>9} {:>9}",
            entity,
            c.precision(),
            c.recall(),
            c.f1(),
            c.system,
            c.gold
        );
    }
    println!(
        "{:<24} {:>6.3} {:>6.3} {:>6.3} {:>9} {:>9}",
        "micro-average",
        report.precision,
        report.recall,
        report.f1,
        report.total.system,
        report.total.gold
    );
    Ok(())
}

fn run() -> Result<(), Fail> {
    let Some(args) = parse_args()? else {
        println!("{USAGE}");
        return Ok(());
    };
    if let Some((gold, system)) = &args.score {
        let report = score_dirs(gold, system).map_err(|e| Fail(e.to_string()))?;
        return print_report(&report, args.json);
    }
    let (Some(documents), Some(entities), Some(out)) = (&args.documents, &args.entities, &args.out)
    else {
        return Err(Fail(format!(
            "--documents, --entities and --out are required; {USAGE}"
        )));
    };
    let entities = read_entities(entities)?;
    let docs = read_documents(documents).map_err(|e| Fail::from((documents.as_path(), e)))?;
    if docs.is_empty() {
        return Err(Fail(format!(
            "{}: no CAT document (*.xml)",
            documents.display()
        )));
    }
    let collection = Collection::new(docs.iter().map(CatDocument::article).collect());
    let timeline = Timeline::from_collection(
        &collection,
        &ReferenceOptions::default(),
        &TimelineOptions::default(),
    )
    .map_err(|e| Fail::from((documents.as_path(), e)))?;
    std::fs::create_dir_all(out).map_err(|e| Fail::from((out.as_path(), e)))?;
    let mut written = Vec::with_capacity(entities.len());
    for entity in &entities {
        let t = timeline_for_entity(&timeline, entity, &docs);
        let path = out.join(SemevalTimeline::file_name(entity));
        std::fs::write(&path, t.to_string()).map_err(|e| Fail::from((path.as_path(), e)))?;
        written.push(t);
    }
    if let Some(gold_dir) = &args.gold {
        let gold = read_timelines(gold_dir).map_err(|e| Fail::from((gold_dir.as_path(), e)))?;
        print_report(&score(&gold, &written), args.json)?;
    } else {
        eprintln!(
            "wrote {} timelines from {} documents to {}",
            written.len(),
            docs.len(),
            out.display()
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("semeval2015: {}", msg.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

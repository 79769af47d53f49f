//! Trains and scores the event extractor on TimeML folders.
//!
//! ```text
//! cargo run --release --example events -- score DIR... [--gold-timex] [--errors] [--json]
//! cargo run --release --example events -- cv DIR... [--folds K] [--gold-timex]
//! cargo run --release --example events -- split TRAIN_DIR TEST_DIR [--gold-timex]
//! cargo run --release --example events -- train DIR... [--out FILE]
//! ```
//!
//! `score` scores the extractor with the bundled model (trained on every
//! document of TimeBank and AQUAINT, so its figures on them are training
//! figures). `cv` is the honest figure: documents (sorted by name across
//! the folders) are dealt into K folds; for each fold a model is trained on
//! the other folds and scored on it; counts are summed. `split` trains on
//! one folder and scores on the other. `train` is the training script of
//! the bundled model: it writes `src/events/data/model.txt` (or FILE).
//!
//! Anchoring uses the tagger's temporal expressions, or with
//! `--gold-timex` the gold TIMEX3s.
//!
//! Errors: one line on standard error, exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::events::eval::{
    EvalDocument, Report, evaluate, gold_events, gold_expressions, system_events,
};
use dateline::events::{Config, Extractor, Model, TrainOptions};
use dateline::tagger::{Tagger, dct_reference};
use dateline::timeml::Document;

const USAGE: &str = "usage: events score DIR... [--gold-timex] [--errors] [--json]\n       events cv DIR... [--folds K] [--gold-timex]\n       events split TRAIN_DIR TEST_DIR [--gold-timex]\n       events train DIR... [--out FILE]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first().cloned() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut gold_timex = false;
    let mut errors = false;
    let mut json = false;
    let mut folds = 5usize;
    let mut out = PathBuf::from("src/events/data/model.txt");
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--gold-timex" => gold_timex = true,
            "--errors" => errors = true,
            "--json" => json = true,
            "--folds" => {
                i += 1;
                match args.get(i).and_then(|s| s.parse().ok()) {
                    Some(k) if k >= 2 => folds = k,
                    _ => {
                        eprintln!("--folds needs a number >= 2");
                        return ExitCode::from(2);
                    }
                }
            }
            "--out" => {
                i += 1;
                let Some(p) = args.get(i) else {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                };
                out = PathBuf::from(p);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            s => dirs.push(PathBuf::from(s)),
        }
        i += 1;
    }
    if dirs.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut corpus: Vec<(String, Document)> = Vec::new();
    for dir in &dirs {
        match read_dir(dir) {
            Ok(docs) => {
                let folder = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| dir.display().to_string());
                corpus.extend(docs.into_iter().map(|d| (folder.clone(), d)));
            }
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    }
    let tagger = Tagger::default();
    let report = match cmd.as_str() {
        "train" => {
            let docs: Vec<Document> = corpus.into_iter().map(|(_, d)| d).collect();
            let model = Model::train(&docs, TrainOptions::default());
            if let Err(e) = std::fs::write(&out, model.to_text()) {
                eprintln!("{}: {e}", out.display());
                return ExitCode::from(2);
            }
            println!(
                "{} features, {} context words -> {}",
                model.weights.len(),
                model.context_vocabulary.len(),
                out.display()
            );
            return ExitCode::SUCCESS;
        }
        "score" => {
            let ex = Extractor::default();
            let all: Vec<&(String, Document)> = corpus.iter().collect();
            evaluate(&score_docs(&tagger, &ex, &all, gold_timex))
        }
        "cv" => {
            let mut sorted: Vec<&(String, Document)> = corpus.iter().collect();
            sorted.sort_by(|a, b| a.1.doc_id.cmp(&b.1.doc_id));
            let mut all = Vec::new();
            for k in 0..folds {
                let train: Vec<Document> = sorted
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds != k)
                    .map(|(_, d)| d.1.clone())
                    .collect();
                let test: Vec<&(String, Document)> = sorted
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds == k)
                    .map(|(_, d)| *d)
                    .collect();
                let model = Model::train(&train, TrainOptions::default());
                let ex = Extractor::new(Config::default().model(model));
                all.extend(score_docs(&tagger, &ex, &test, gold_timex));
            }
            evaluate(&all)
        }
        "split" => {
            if dirs.len() != 2 {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            let train_folder = dirs[0]
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let train: Vec<Document> = corpus
                .iter()
                .filter(|(f, _)| *f == train_folder)
                .map(|(_, d)| d.clone())
                .collect();
            let test: Vec<&(String, Document)> =
                corpus.iter().filter(|(f, _)| *f != train_folder).collect();
            let model = Model::train(&train, TrainOptions::default());
            let ex = Extractor::new(Config::default().model(model));
            evaluate(&score_docs(&tagger, &ex, &test, gold_timex))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    print_report(&report, errors, json)
}

fn score_docs(
    tagger: &Tagger,
    ex: &Extractor,
    docs: &[&(String, Document)],
    gold_timex: bool,
) -> Vec<EvalDocument> {
    docs.iter()
        .map(|(folder, d)| {
            let reference = dct_reference(d);
            let expressions = if gold_timex {
                gold_expressions(d)
            } else {
                tagger.tag(&d.text, reference)
            };
            let mentions = ex.extract(&d.text, &expressions, reference);
            EvalDocument::new(
                d.doc_id.clone().unwrap_or_default(),
                folder.clone(),
                d.text.clone(),
                gold_events(d),
                system_events(&mentions, &expressions),
            )
        })
        .collect()
}

fn print_report(report: &Report, errors: bool, json: bool) -> ExitCode {
    if json {
        match serde_json::to_string_pretty(report) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
        return ExitCode::SUCCESS;
    }
    print!("{report}");
    if errors {
        for e in &report.errors {
            println!("{e}");
        }
    }
    ExitCode::SUCCESS
}

/// Reads every `.tml` file of a folder; an empty folder is an error.
fn read_dir(dir: &Path) -> Result<Vec<Document>, String> {
    let docs = dateline::timeml::read_folder(dir).map_err(|e| e.to_string())?;
    if docs.is_empty() {
        return Err(format!("{}: no .tml files", dir.display()));
    }
    Ok(docs)
}

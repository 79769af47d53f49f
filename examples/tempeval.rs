//! Scores the tagger on TimeML folders with the TempEval-3 Task A measures.
//!
//! ```text
//! cargo run --release --example tempeval -- DIR... [--errors] [--json]
//! ```
//!
//! Prints strict and relaxed span precision/recall/F1 and type and value F1
//! over relaxed matches, per folder, overall and per TIMEX3 type. With
//! `--errors`, lists every miss, spurious expression and wrong value with its
//! context. With `--json`, prints the report as JSON instead.
//!
//! Errors: one line on standard error, exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::eval::{evaluate, tagged_documents};
use dateline::tagger::Tagger;
use dateline::timeml::Document;

fn main() -> ExitCode {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut errors = false;
    let mut json = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--errors" => errors = true,
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: tempeval DIR... [--errors] [--json]");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("unknown option {s}; usage: tempeval DIR... [--errors] [--json]");
                return ExitCode::from(2);
            }
            s => dirs.push(PathBuf::from(s)),
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: tempeval DIR... [--errors] [--json]");
        return ExitCode::from(2);
    }
    let tagger = Tagger::default();
    let mut all = Vec::new();
    for dir in &dirs {
        let docs = match read_dir(dir) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        let folder = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| dir.display().to_string());
        all.extend(tagged_documents(&tagger, &folder, &docs));
    }
    let report = evaluate(&all);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
        return ExitCode::SUCCESS;
    }
    println!("{report}");
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

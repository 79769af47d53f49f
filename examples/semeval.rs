//! Scores SemEval-2015 Task 4 timelines with the task's measure, temporal
//! awareness (see `dateline::timeline::semeval`).
//!
//! ```text
//! cargo run --release --example semeval -- GOLD_DIR SYSTEM_DIR [--json]
//! ```
//!
//! Both folders hold one `*.txt` timeline per target entity. Prints
//! precision, recall and F1 per gold timeline and micro-averaged over all
//! of them; with `--json`, the report as JSON. Scoring the trial gold
//! against itself gives 1.0:
//!
//! ```text
//! cargo run --release --example semeval -- \
//!     ../shared/corpora/semeval2015-task4-trial/gold-timelines \
//!     ../shared/corpora/semeval2015-task4-trial/gold-timelines
//! ```
//!
//! Errors: one line on standard error, exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

use dateline::timeline::semeval::score_dirs;

const USAGE: &str = "usage: semeval GOLD_DIR SYSTEM_DIR [--json]";

fn main() -> ExitCode {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut json = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("unknown option {s}; {USAGE}");
                return ExitCode::from(2);
            }
            s => dirs.push(PathBuf::from(s)),
        }
    }
    let [gold, system] = &dirs[..] else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let report = match score_dirs(gold, system) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
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
    ExitCode::SUCCESS
}

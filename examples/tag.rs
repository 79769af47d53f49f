//! Tags temporal expressions.
//!
//! ```text
//! cargo run --release --example tag -- --dct 2022-01-11 [FILE]   # JSON lines
//! cargo run --release --example tag -- --timeml IN.tml          # TimeML out
//! ```
//!
//! With `--dct`, reads FILE (or standard input) as plain text and prints one
//! JSON object per expression: `start`, `end` (byte offsets), `text`, `type`,
//! `value`, and `mod` where present. With `--timeml`, reads a TimeML
//! document and prints it with the tagger's TIMEX3 tags in place of the gold
//! ones (EVENT, SIGNAL and link tags dropped, DCT kept).
//!
//! With `--events` (and `--dct`), event mentions are printed too, one
//! object each, and every object carries `kind`: `"timex"` or `"event"`.
//! An event has `start`, `end` (byte offsets of the trigger), `text`,
//! `lemma`, `class`, `tense`, `aspect`, `polarity`, `status`, `phase`, and
//! where known `semantic`, `anchor` (the TIMEX3 value it is anchored to),
//! `relation` and `salience`. Lines are in text order.
//!
//! With `--stats`, a summary goes to standard error after the output:
//! articles (1), expressions, event mentions (with `--events`), wall time
//! and peak memory (`VmHWM`; "unavailable" off Linux). While tagging, the
//! elapsed time is shown on standard error when it is a terminal.
//!
//! Errors: one line on standard error, exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Instant;

#[path = "support/progress.rs"]
mod progress;

use chrono::NaiveDate;
use dateline::tagger::{Config, DayMonthOrder, Tagger};
use dateline::timeml;

fn usage() -> ExitCode {
    eprintln!(
        "usage: tag --dct YYYY-MM-DD [--day-first|--month-first] [--events] [--stats] [FILE]\n       tag --timeml IN.tml [--stats]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let start = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dct: Option<NaiveDate> = None;
    let mut timeml_in: Option<String> = None;
    let mut file: Option<String> = None;
    let mut config = Config::default();
    let mut events = false;
    let mut stats = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--dct" => {
                i += 1;
                let Some(s) = args.get(i) else { return usage() };
                match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Ok(d) => dct = Some(d),
                    Err(e) => {
                        eprintln!("--dct {s}: not a date YYYY-MM-DD: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--timeml" => {
                i += 1;
                let Some(s) = args.get(i) else { return usage() };
                timeml_in = Some(s.clone());
            }
            "--events" => events = true,
            "--stats" => stats = true,
            "--day-first" => config = config.day_month_order(DayMonthOrder::DayFirst),
            "--month-first" => config = config.day_month_order(DayMonthOrder::MonthFirst),
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') && s != "-" => {
                eprintln!("unknown option {s}");
                return usage();
            }
            s => file = Some(s.to_string()),
        }
        i += 1;
    }
    let tagger = Tagger::new(config);
    if let Some(path) = timeml_in {
        let doc = match timeml::Document::from_path(std::path::Path::new(&path)) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        let out = match progress::stage("tagging", || dateline::tagger::tag_timeml(&tagger, &doc)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut stdout = std::io::stdout().lock();
        if stdout.write_all(out.as_bytes()).is_err() {
            return ExitCode::from(2);
        }
        if stats {
            let expressions = timeml::Document::parse(&out).map_or(0, |d| d.timexes.len());
            progress::print_stats(
                &[
                    ("articles", "1".to_string()),
                    ("expressions", expressions.to_string()),
                ],
                start,
            );
        }
        return ExitCode::SUCCESS;
    }
    let Some(dct) = dct else { return usage() };
    let text = match &file {
        Some(p) if p != "-" => match std::fs::read(p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "{p}: invalid UTF-8 at byte offset {}",
                        e.utf8_error().valid_up_to()
                    );
                    return ExitCode::from(2);
                }
            },
            Err(e) => {
                eprintln!("{p}: {e}");
                return ExitCode::from(2);
            }
        },
        _ => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("<stdin>: {e}");
                return ExitCode::from(2);
            }
            s
        }
    };
    let mut stdout = std::io::stdout().lock();
    let (expressions, mut lines) = progress::stage("tagging", || {
        let expressions = tagger.tag(&text, Some(dct.into()));
        let mut lines: Vec<(usize, serde_json::Value)> = Vec::new();
        if events {
            lines = event_lines(&text, &expressions, dct);
        }
        (expressions, lines)
    });
    let mut rows = vec![
        ("articles", "1".to_string()),
        ("expressions", expressions.len().to_string()),
    ];
    if events {
        rows.push(("events (mentions)", lines.len().to_string()));
    }
    for e in expressions {
        let mut obj = serde_json::Map::new();
        if events {
            obj.insert("kind".into(), "timex".into());
        }
        obj.insert("start".into(), e.start.into());
        obj.insert("end".into(), e.end.into());
        obj.insert("text".into(), e.text.clone().into());
        obj.insert("type".into(), e.timex.kind.to_string().into());
        obj.insert("value".into(), e.timex.value.to_string().into());
        if let Some(m) = &e.timex.modifier {
            obj.insert("mod".into(), m.to_string().into());
        }
        if let Some(q) = &e.timex.quant {
            obj.insert("quant".into(), q.to_string().into());
        }
        if let Some(f) = &e.timex.freq {
            obj.insert("freq".into(), f.to_string().into());
        }
        if !e.alternatives.is_empty() {
            obj.insert(
                "alternatives".into(),
                e.alternatives
                    .iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .into(),
            );
        }
        if let Some(n) = &e.note {
            obj.insert("note".into(), n.clone().into());
        }
        lines.push((e.start, serde_json::Value::Object(obj)));
    }
    // Stable: at equal offsets, events (pushed first) before timexes.
    lines.sort_by_key(|(start, _)| *start);
    for (_, obj) in lines {
        if writeln!(stdout, "{obj}").is_err() {
            return ExitCode::from(2);
        }
    }
    if stats {
        progress::print_stats(&rows, start);
    }
    ExitCode::SUCCESS
}

/// `--events`: one JSON object per event mention.
fn event_lines(
    text: &str,
    expressions: &[dateline::tagger::Expression],
    dct: NaiveDate,
) -> Vec<(usize, serde_json::Value)> {
    let extractor = dateline::events::Extractor::default();
    let mentions = extractor.extract(text, expressions, Some(dct.into()));
    let json = |v: &dyn erased::Ser| v.to_json();
    mentions
        .iter()
        .map(|m| {
            let mut obj = serde_json::Map::new();
            obj.insert("kind".into(), "event".into());
            obj.insert("start".into(), m.start.into());
            obj.insert("end".into(), m.end.into());
            obj.insert("text".into(), m.text.clone().into());
            obj.insert("lemma".into(), (*m.lemma).into());
            obj.insert("class".into(), m.class.to_string().into());
            obj.insert("tense".into(), json(&m.tense));
            obj.insert("aspect".into(), json(&m.aspect));
            obj.insert("polarity".into(), json(&m.polarity));
            obj.insert("status".into(), json(&m.status));
            obj.insert("phase".into(), json(&m.phase));
            if let Some(c) = &m.semantic_class {
                obj.insert("semantic".into(), json(c));
            }
            if let Some(a) = &m.anchor {
                obj.insert("anchor".into(), a.value.to_string().into());
                obj.insert("relation".into(), json(&a.relation));
            }
            obj.insert("salience".into(), json(&m.salience));
            (m.start, serde_json::Value::Object(obj))
        })
        .collect()
}

/// Serialising any serde value to JSON in one line.
mod erased {
    pub trait Ser {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

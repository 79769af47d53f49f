//! The TempEval-3 scorer on the gold corpora.

use std::path::Path;

use dateline::eval::{ErrorKind, EvalDocument, TimexAnnotation, evaluate};
use dateline::timeml::{Document, Writer};

const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

/// The gold documents of TimeBank and AQUAINT (not the TE3 silver data,
/// which must never be scored against).
fn gold_documents() -> Vec<(String, Document)> {
    let mut docs = Vec::new();
    for folder in ["timebank", "aquaint"] {
        let mut paths: Vec<_> = std::fs::read_dir(Path::new(CORPORA).join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        paths.sort();
        for path in paths {
            docs.push((folder.to_string(), Document::from_path(&path).unwrap()));
        }
    }
    docs
}

#[test]
fn gold_against_itself_scores_one_everywhere() {
    let docs = gold_documents();
    let eval: Vec<EvalDocument> = docs
        .iter()
        .map(|(folder, d)| EvalDocument::from_documents(folder.as_str(), d, d).unwrap())
        .collect();
    let report = evaluate(&eval);
    assert_eq!(report.documents.len(), 256);
    assert_eq!(report.overall.counts.gold, 1426 - 183 + 652 - 73);
    let all = std::iter::once(&report.overall)
        .chain(report.by_folder.values())
        .chain(report.by_type.values())
        .chain(report.documents.iter().map(|d| &d.scores));
    for s in all {
        for prf in [s.strict, s.relaxed, s.kind, s.value] {
            assert_eq!((prf.precision, prf.recall, prf.f1), (1.0, 1.0, 1.0));
        }
        assert_eq!((s.type_accuracy, s.value_accuracy), (1.0, 1.0));
    }
    assert!(report.errors.is_empty());
    let types: Vec<&str> = report.by_type.keys().map(String::as_str).collect();
    assert_eq!(types, ["DATE", "DURATION", "SET", "TIME"]);
    assert!(report.to_string().contains("folder aquaint"));
}

#[test]
fn degraded_system_output_through_timeml() {
    // A "system" that finds every gold TIMEX3 but gets every other value
    // wrong, drops each fifth one and trims the last character off each
    // seventh; written as TimeML and read back, as a tagger's output would
    // be.
    let mut expected_value = 0;
    let mut expected_strict = 0;
    let mut gold_total = 0;
    let mut eval = Vec::new();
    for (folder, gold) in gold_documents() {
        let mut system = Vec::new();
        for (i, t) in gold.timexes.iter().enumerate() {
            gold_total += 1;
            if i % 5 == 4 {
                continue;
            }
            let mut s = t.clone();
            if i % 2 == 1 {
                s.value.push('X');
            } else {
                expected_value += 1;
            }
            if i % 7 == 6 && s.end - s.start > 1 {
                s.end = s
                    .text
                    .char_indices()
                    .last()
                    .map_or(s.end, |(k, _)| s.start + k);
            } else {
                expected_strict += 1;
            }
            system.push(s);
        }
        let written = Writer::new(&gold.text).timexes(&system).write().unwrap();
        assert!(written.problems.is_empty());
        let system_doc = Document::parse(&written.xml).unwrap();
        eval.push(EvalDocument::from_documents(folder, &gold, &system_doc).unwrap());
    }
    let report = evaluate(&eval);
    let c = report.overall.counts;
    assert_eq!(c.gold, gold_total);
    assert_eq!(c.relaxed, c.system);
    assert_eq!(c.value_correct, expected_value);
    assert_eq!(c.strict, expected_strict);
    assert_eq!(report.overall.relaxed.precision, 1.0);
    let missed = report
        .errors
        .iter()
        .filter(|e| e.kind == ErrorKind::Missed)
        .count();
    assert_eq!(missed, c.gold - c.system);
    assert_eq!(
        report
            .errors
            .iter()
            .filter(|e| e.kind == ErrorKind::Value)
            .count(),
        c.relaxed - c.value_correct
    );
    let v = &report.overall.value;
    assert!((v.f1 - report.overall.value_accuracy * report.overall.relaxed.f1).abs() < 1e-12);
    assert!(v.f1 > 0.3 && v.f1 < 0.6, "{v:?}");
    // Deterministic.
    assert_eq!(evaluate(&eval), report);
}

#[test]
fn char_offset_input() {
    let text = "Am 1. März, nicht am 2.";
    let gold = vec![TimexAnnotation::from_char_offsets(text, 3, 10, "DATE", "XXXX-03-01").unwrap()];
    let system =
        vec![TimexAnnotation::from_char_offsets(text, 3, 10, "DATE", "XXXX-03-01").unwrap()];
    let report = evaluate(&[EvalDocument::new("de", "x", text, gold, system)]);
    assert_eq!(report.overall.strict.f1, 1.0);
}

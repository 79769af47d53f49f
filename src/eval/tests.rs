//! Hand-made cases for the TempEval-3 measures.

use super::*;

fn a(start: usize, end: usize, kind: &str, value: &str) -> TimexAnnotation {
    TimexAnnotation::new(start, end, kind, value)
}

fn doc(text: &str, gold: Vec<TimexAnnotation>, system: Vec<TimexAnnotation>) -> EvalDocument {
    EvalDocument::new("d", "f", text, gold, system)
}

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-12
}

const TEXT: &str = "He left on Sunday morning and came back two weeks later, in 1998 or 1999.";
//                  0         1         2         3         4         5         6         7
//                  0123456789012345678901234567890123456789012345678901234567890123456789012345

#[test]
fn perfect_score_is_one_everywhere() {
    let gold = vec![
        a(11, 25, "TIME", "1998-05-10TMO"),
        a(40, 49, "DURATION", "P2W"),
        a(60, 64, "DATE", "1998"),
    ];
    let report = evaluate(&[doc(TEXT, gold.clone(), gold)]);
    for s in [
        &report.overall,
        &report.by_folder["f"],
        &report.documents[0].scores,
    ]
    .into_iter()
    .chain(report.by_type.values())
    {
        for prf in [s.strict, s.relaxed, s.kind, s.value] {
            assert_eq!((prf.precision, prf.recall, prf.f1), (1.0, 1.0, 1.0));
        }
        assert_eq!((s.type_accuracy, s.value_accuracy), (1.0, 1.0));
    }
    assert_eq!(report.overall.counts.gold, 3);
    assert_eq!(report.by_type.len(), 3);
    assert!(report.errors.is_empty());
}

#[test]
fn partial_overlap_is_relaxed_not_strict() {
    let gold = vec![a(11, 25, "TIME", "1998-05-10TMO")];
    let system = vec![a(11, 17, "TIME", "1998-05-10TMO")];
    let report = evaluate(&[doc(TEXT, gold, system)]);
    let s = &report.overall;
    assert_eq!((s.counts.relaxed, s.counts.strict), (1, 0));
    assert_eq!(s.relaxed.f1, 1.0);
    assert_eq!(
        (s.strict.precision, s.strict.recall, s.strict.f1),
        (0.0, 0.0, 0.0)
    );
    // Attributes are scored over relaxed matches.
    assert_eq!((s.kind.f1, s.value.f1), (1.0, 1.0));
    assert_eq!(report.errors.len(), 1);
    let e = &report.errors[0];
    assert_eq!(e.kind, ErrorKind::Extent);
    assert_eq!(e.gold.as_ref().unwrap().text, "Sunday morning");
    assert_eq!(e.system.as_ref().unwrap().text, "Sunday");
    assert_eq!(
        e.context,
        "He left on [Sunday morning] and came back two weeks later…"
    );
}

#[test]
fn wrong_value_lowers_value_f1_only() {
    let gold = vec![a(40, 49, "DURATION", "P2W"), a(60, 64, "DATE", "1998")];
    let system = vec![a(40, 49, "DURATION", "P14D"), a(60, 64, "DATE", "1998")];
    let report = evaluate(&[doc(TEXT, gold, system)]);
    let s = &report.overall;
    assert_eq!(s.strict.f1, 1.0);
    assert_eq!(s.relaxed.f1, 1.0);
    assert_eq!(s.kind.f1, 1.0);
    assert_eq!(s.value_accuracy, 0.5);
    assert_eq!(
        (s.value.precision, s.value.recall, s.value.f1),
        (0.5, 0.5, 0.5)
    );
    assert_eq!(report.errors.len(), 1);
    assert_eq!(report.errors[0].kind, ErrorKind::Value);
    assert_eq!(report.by_type["DURATION"].value.f1, 0.0);
    assert_eq!(report.by_type["DATE"].value.f1, 1.0);
}

#[test]
fn wrong_type_lowers_type_f1_only() {
    let gold = vec![a(60, 64, "DATE", "1998")];
    let system = vec![a(60, 64, "DURATION", "1998")];
    let s = evaluate(&[doc(TEXT, gold, system)]).overall;
    assert_eq!(
        (s.strict.f1, s.relaxed.f1, s.value.f1, s.kind.f1),
        (1.0, 1.0, 1.0, 0.0)
    );
}

#[test]
fn attribute_f1_is_accuracy_times_relaxed_f1() {
    // 3 gold, 4 system, 2 pairs (one partial), 1 right value.
    let gold = vec![
        a(11, 25, "TIME", "1998-05-10TMO"),
        a(40, 49, "DURATION", "P2W"),
        a(60, 64, "DATE", "1998"),
    ];
    let system = vec![
        a(3, 7, "DATE", "PAST_REF"),
        a(11, 17, "DATE", "1998-05-10"),
        a(40, 49, "DURATION", "P2W"),
        a(68, 72, "DATE", "1999"),
    ];
    let report = evaluate(&[doc(TEXT, gold, system)]);
    let s = &report.overall;
    assert_eq!(
        s.counts,
        Counts {
            gold: 3,
            system: 4,
            strict: 1,
            relaxed: 2,
            type_correct: 1,
            value_correct: 1,
        }
    );
    assert!(close(s.relaxed.precision, 0.5));
    assert!(close(s.relaxed.recall, 2.0 / 3.0));
    assert!(close(s.value_accuracy, 0.5));
    assert!(close(s.value.f1, s.value_accuracy * s.relaxed.f1));
    assert!(close(s.kind.f1, s.type_accuracy * s.relaxed.f1));
    assert!(close(s.value.precision, 1.0 / 4.0));
    assert!(close(s.value.recall, 1.0 / 3.0));
    assert!(close(
        s.value.precision,
        s.value_accuracy * s.relaxed.precision
    ));
    // Errors in text order: spurious "left", extent+type+value of the
    // first pair, missed 1998, spurious 1999.
    let kinds: Vec<ErrorKind> = report.errors.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            ErrorKind::Spurious,
            ErrorKind::Extent,
            ErrorKind::Type,
            ErrorKind::Value,
            ErrorKind::Missed,
            ErrorKind::Spurious,
        ]
    );
    // Per type: counts add up to the totals.
    let mut sum = Counts::default();
    for t in report.by_type.values() {
        sum += t.counts;
    }
    assert_eq!(sum, s.counts);
    assert_eq!(report.by_type["TIME"].counts.system, 1); // paired with TIME gold
    assert_eq!(report.by_type["DATE"].counts.system, 2); // the two spurious DATEs
}

#[test]
fn empty_gold_and_system_is_perfect_and_never_nan() {
    let report = evaluate(&[doc(TEXT, vec![], vec![])]);
    let s = &report.overall;
    assert_eq!(
        (s.strict.f1, s.relaxed.f1, s.value.f1, s.kind.f1),
        (1.0, 1.0, 1.0, 1.0)
    );
    assert_eq!(s.relaxed.precision, 1.0);
    // No documents at all: the same.
    assert_eq!(evaluate(&[]).overall.value.f1, 1.0);

    // Gold but no system output: all 0, no NaN.
    let s = evaluate(&[doc(TEXT, vec![a(60, 64, "DATE", "1998")], vec![])]).overall;
    for prf in [s.strict, s.relaxed, s.kind, s.value] {
        assert_eq!((prf.precision, prf.recall, prf.f1), (0.0, 0.0, 0.0));
    }
    assert_eq!((s.type_accuracy, s.value_accuracy), (0.0, 0.0));

    // System output but no gold: all 0.
    let s = evaluate(&[doc(TEXT, vec![], vec![a(60, 64, "DATE", "1998")])]).overall;
    assert_eq!(
        (s.relaxed.precision, s.relaxed.recall, s.relaxed.f1),
        (0.0, 0.0, 0.0)
    );
    assert!(!s.value.f1.is_nan());
}

#[test]
fn matching_is_one_to_one() {
    // One system TIMEX3 over two gold ones: paired with the first only.
    let gold = vec![a(11, 17, "DATE", "x"), a(18, 25, "TIME", "y")];
    let system = vec![a(11, 25, "TIME", "y")];
    let al = align(&gold, &system);
    assert_eq!(al.pairs, [(0, 0)]);
    assert_eq!(al.missed, [1]);
    assert!(al.spurious.is_empty());

    // Two system TIMEX3s in one gold one ("Sunday" + "morning" for
    // "Sunday morning"): the second is spurious.
    let gold = vec![a(11, 25, "TIME", "x")];
    let system = vec![a(11, 17, "DATE", "x"), a(18, 25, "TIME", "x")];
    let al = align(&gold, &system);
    assert_eq!(al.pairs, [(0, 0)]);
    assert_eq!(al.spurious, [1]);

    // Greedy at the later start: gold 5..15 meets system 0..6 first.
    let gold = vec![a(5, 15, "DATE", "x")];
    let system = vec![a(0, 6, "DATE", "x"), a(10, 20, "DATE", "x")];
    let al = align(&gold, &system);
    assert_eq!(al.pairs, [(0, 0)]);
    assert_eq!(al.spurious, [1]);

    // A chain: g0 0..10, s0 5..15, g1 12..20 -> g0-s0 paired, g1 missed
    // (s0 is taken), even though s0 also overlaps g1.
    let gold = vec![a(0, 10, "DATE", "x"), a(12, 20, "DATE", "x")];
    let system = vec![a(5, 15, "DATE", "x")];
    let al = align(&gold, &system);
    assert_eq!(
        (al.pairs.as_slice(), al.missed.as_slice()),
        (&[(0, 0)][..], &[1][..])
    );

    // Same start: paired whichever order they are given in.
    let gold = vec![a(20, 30, "DATE", "x"), a(3, 8, "DATE", "y")];
    let system = vec![a(3, 5, "DATE", "y"), a(20, 22, "DATE", "x")];
    let al = align(&gold, &system);
    assert_eq!(al.pairs, [(0, 1), (1, 0)]);

    // Touching is not overlapping.
    let al = align(&[a(0, 5, "DATE", "x")], &[a(5, 9, "DATE", "x")]);
    assert!(al.pairs.is_empty());
}

#[test]
fn blank_annotations_never_match_but_count() {
    let gold = vec![
        a(60, 64, "DATE", "1998"),
        a(10, 11, "DATE", "x"),
        a(30, 30, "DATE", "y"),
    ];
    let system = vec![
        a(59, 65, "DATE", "1998"),
        a(10, 11, "DATE", "x"),
        a(30, 30, "DATE", "y"),
    ];
    let report = evaluate(&[doc(TEXT, gold, system)]);
    let c = report.overall.counts;
    assert_eq!((c.gold, c.system, c.relaxed, c.strict), (3, 3, 1, 0));
    // Zero-length ones never match in `align` either.
    assert!(
        align(&[a(3, 3, "D", "")], &[a(3, 3, "D", "")])
            .pairs
            .is_empty()
    );
}

#[test]
fn folders_documents_and_display() {
    let d1 = EvalDocument::new(
        "a1",
        "aquaint",
        TEXT,
        vec![a(60, 64, "DATE", "1998")],
        vec![a(60, 64, "DATE", "1998")],
    );
    let d2 = EvalDocument::new(
        "t1",
        "timebank",
        TEXT,
        vec![a(68, 72, "DATE", "1999")],
        vec![],
    );
    let report = evaluate(&[d1, d2]);
    assert_eq!(report.by_folder["aquaint"].value.f1, 1.0);
    assert_eq!(report.by_folder["timebank"].value.f1, 0.0);
    assert!(close(report.overall.relaxed.recall, 0.5));
    assert_eq!(report.overall.relaxed.precision, 1.0);
    assert_eq!(report.documents[1].id, "t1");
    assert_eq!(report.errors.len(), 1);
    assert_eq!(report.errors[0].document, "t1");
    let line = report.errors[0].to_string();
    assert!(
        line.starts_with("t1: missed: gold DATE \"1999\" \"1999\" @68..72 |"),
        "{line}"
    );
    let table = report.to_string();
    assert!(table.contains("overall"));
    assert!(table.contains("folder timebank"));
    assert!(table.contains("type DATE"));
    assert!(table.contains("66.67"), "{table}");
    // Serialisable.
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains("\"value_accuracy\""));
}

#[test]
fn char_offsets_and_context() {
    let text = "Le 14 février 2022, à l’aube.";
    let t = TimexAnnotation::from_char_offsets(text, 3, 18, "DATE", "2022-02-14").unwrap();
    assert_eq!(&text[t.start..t.end], "14 février 2022");
    assert!(TimexAnnotation::from_char_offsets(text, 3, 100, "DATE", "").is_none());
    let report = evaluate(&[doc(text, vec![t], vec![])]);
    let m = report.errors[0].gold.as_ref().unwrap();
    assert_eq!((m.char_start, m.char_end), (Some(3), Some(18)));
    assert_eq!(report.errors[0].context, "Le [14 février 2022], à l’aube.");
    // Offsets that do not fit the text: no panic.
    let report = evaluate(&[doc(
        text,
        vec![a(5, 500, "DATE", "")],
        vec![a(8, 9, "DATE", "")],
    )]);
    assert_eq!(report.overall.counts.relaxed, 1);
    assert!(
        report
            .errors
            .iter()
            .all(|e| e.gold.as_ref().is_none_or(|g| g.char_end.is_none()))
    );
}

#[test]
fn from_documents_requires_equal_texts() {
    let gold = Document::parse(
        "<TimeML><DOCID>x</DOCID><TEXT>in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TIMEX3></TEXT></TimeML>",
    )
    .unwrap();
    let system = Document::parse(
        "<TimeML><TEXT>in <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1999\">1998</TIMEX3></TEXT></TimeML>",
    )
    .unwrap();
    let d = EvalDocument::from_documents("f", &gold, &system).unwrap();
    assert_eq!(d.id, "x");
    assert_eq!(d.gold, [a(3, 7, "DATE", "1998")]);
    assert_eq!(d.system, [a(3, 7, "DATE", "1999")]);
    let other = Document::parse("<TimeML><TEXT>in 1999</TEXT></TimeML>").unwrap();
    assert!(matches!(
        EvalDocument::from_documents("f", &gold, &other),
        Err(Error::TimeMl { offset: 6, .. })
    ));
}

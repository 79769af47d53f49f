//! The TimeML reader and writer on the shared corpora and on hand-made and
//! random input.

use std::path::{Path, PathBuf};

use dateline::Error;
use dateline::timeml::{
    CharIndex, Document, EventTag, ProblemKind, TimexTag, Writer, byte_to_char, write_document,
};
use proptest::prelude::*;

const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

fn tml_files(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(CORPORA).join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    files
}

fn check_corpus(folder: &str, expected_files: usize) {
    let files = tml_files(folder);
    assert_eq!(files.len(), expected_files, "{folder}");
    for path in files {
        let doc = Document::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        let raw = std::fs::read_to_string(&path).unwrap();
        let name = path.display();

        // DOCID is the file name.
        let stem = path.file_stem().unwrap().to_str().unwrap();
        assert_eq!(doc.doc_id.as_deref(), Some(stem), "{name}");

        // A DCT with a value, inside its DCT text.
        let dct = doc.dct.as_ref().unwrap_or_else(|| panic!("{name}: no DCT"));
        let dct_text = doc.dct_text.as_deref().unwrap();
        assert!(!dct.value.is_empty(), "{name}");
        assert_eq!(&dct_text[dct.start..dct.end], dct.text, "{name}");

        // Every TIMEX3 but the DCT's is in the text.
        let timex_tags = raw.matches("<TIMEX3").count();
        assert_eq!(doc.timexes.len(), timex_tags - 1, "{name}");
        // (A few TimeBank files have EVENT tags in EXTRAINFO too, outside
        // TEXT: not events of the text.)
        let in_text = &raw[raw.find("<TEXT>").unwrap()..raw.find("</TEXT>").unwrap()];
        assert_eq!(
            doc.events.len(),
            in_text.matches("<EVENT").count(),
            "{name}"
        );
        assert_eq!(
            doc.signals.len(),
            in_text.matches("<SIGNAL").count(),
            "{name}"
        );
        assert_eq!(
            doc.instances.len(),
            raw.matches("<MAKEINSTANCE").count(),
            "{name}"
        );
        assert_eq!(doc.tlinks.len(), raw.matches("<TLINK").count(), "{name}");
        assert_eq!(doc.slinks.len(), raw.matches("<SLINK").count(), "{name}");
        assert_eq!(doc.alinks.len(), raw.matches("<ALINK").count(), "{name}");

        // Covered texts are the text's, the text has no markup left.
        for t in &doc.timexes {
            assert_eq!(&doc.text[t.start..t.end], t.text, "{name} {}", t.tid);
            assert!(!t.tid.is_empty() && !t.kind.is_empty(), "{name}");
            assert!(t.char_span(&doc.text).is_some());
        }
        for e in &doc.events {
            assert_eq!(&doc.text[e.start..e.end], e.text, "{name} {}", e.eid);
        }
        for s in &doc.signals {
            assert_eq!(&doc.text[s.start..s.end], s.text, "{name} {}", s.sid);
        }
        assert!(!doc.text.contains('<'), "{name}");
        assert!(!doc.text.contains("&amp;"), "{name}");

        // Tags in document order.
        assert!(
            doc.timexes.windows(2).all(|w| w[0].end <= w[1].start),
            "{name}"
        );
        assert!(
            doc.events.windows(2).all(|w| w[0].end <= w[1].start),
            "{name}"
        );
    }
}

#[test]
fn timebank_parses() {
    check_corpus("timebank", 183);
}

#[test]
fn aquaint_parses() {
    check_corpus("aquaint", 73);
}

#[test]
fn te3_silver_parses() {
    check_corpus("te3-silver", 400);
}

#[test]
fn known_documents() {
    let doc = Document::from_path(&Path::new(CORPORA).join("timebank/ABC19980108.1830.0711.tml"))
        .unwrap();
    assert_eq!(doc.dct_text.as_deref(), Some("19980108"));
    let dct = doc.dct.as_ref().unwrap();
    assert_eq!(
        (dct.tid.as_str(), dct.kind.as_str(), dct.value.as_str()),
        ("t0", "DATE", "1998-01-08")
    );
    assert_eq!(dct.function_in_document.as_deref(), Some("CREATION_TIME"));
    assert!(
        doc.text
            .starts_with("\nOn the other hand, it's turning out")
    );
    let t = &doc.timexes[1];
    assert_eq!(t.text, "the last twenty four hours");
    assert_eq!(t.anchor_time_id.as_deref(), Some("t0"));
    assert_eq!(t.temporal_function.as_deref(), Some("true"));
    assert_eq!(doc.events[0].text, "turning");
    assert_eq!(doc.events[0].class, "OCCURRENCE");
    assert_eq!(doc.events[0].char_span(&doc.text), Some((25, 32)));

    // AQUAINT: title, entities in EXTRAINFO skipped, dateline in the text,
    // signals and MAKEINSTANCEs.
    let doc =
        Document::from_path(&Path::new(CORPORA).join("aquaint/APW19981205.0374.tml")).unwrap();
    assert_eq!(
        doc.title.as_deref(),
        Some("Poland to participate in preparations for NATO summit")
    );
    assert!(doc.text.starts_with("\n\nWARSAW, Poland (AP) _\n\n"));
    assert_eq!(doc.signals[0].sid, "s3");
    assert_eq!(doc.signals[0].text, "in");
    let e1 = doc.instances_of("e1").next().unwrap();
    assert!(e1.tense.is_some() && e1.polarity.as_deref() == Some("POS"));
    let eiid = e1.eiid.clone();
    assert_eq!(doc.event_of_instance(&eiid).unwrap().eid, "e1");
    assert!(doc.timex("t0").is_some());

    // TE3 silver: a dateline around the DCT.
    let doc = Document::from_path(&Path::new(CORPORA).join("te3-silver/AFP_ENG_19970401.0006.tml"))
        .unwrap();
    assert_eq!(
        doc.dct_text.as_deref(),
        Some("KUALA LUMPUR, April 1 , 1997 (AFP)")
    );
    assert_eq!(doc.dct.as_ref().unwrap().text, "April 1 , 1997");
    assert_eq!(doc.dct.as_ref().unwrap().start, 14);
    let tl = &doc.tlinks[0];
    assert!(!tl.lid.is_empty() && !tl.rel_type.is_empty());
    assert!(tl.from_id().is_some() && tl.to_id().is_some());
}

#[test]
fn timebank_round_trips_through_the_writer() {
    for path in tml_files("timebank") {
        let doc = Document::from_path(&path).unwrap();
        let name = path.display();

        // Gold TIMEX3 and EVENT tags only.
        let written = Writer::new(&doc.text)
            .doc_id(doc.doc_id.as_deref().unwrap())
            .dct(doc.dct.as_ref(), doc.dct_text.as_deref())
            .timexes(&doc.timexes)
            .events(&doc.events)
            .write()
            .unwrap();
        assert!(
            written.problems.is_empty(),
            "{name}: {:?}",
            written.problems
        );
        let again = Document::parse(&written.xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(again.text, doc.text, "{name}");
        assert_eq!(again.timexes, doc.timexes, "{name}");
        assert_eq!(again.events, doc.events, "{name}");
        assert_eq!(again.dct, doc.dct, "{name}");
        assert_eq!(again.doc_id, doc.doc_id, "{name}");

        // Everything.
        let written = write_document(&doc).unwrap();
        assert!(written.problems.is_empty(), "{name}");
        assert_eq!(Document::parse(&written.xml).unwrap(), doc, "{name}");
    }
}

#[test]
fn aquaint_and_silver_round_trip() {
    for folder in ["aquaint", "te3-silver"] {
        for path in tml_files(folder) {
            let doc = Document::from_path(&path).unwrap();
            let written = doc.to_timeml().unwrap();
            assert!(written.problems.is_empty(), "{}", path.display());
            assert_eq!(
                Document::parse(&written.xml).unwrap(),
                doc,
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn char_offsets() {
    let doc = Document::parse(
        "<TimeML><TEXT>Café &#233;t&#xE9; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">l’année 2020</TIMEX3></TEXT></TimeML>",
    )
    .unwrap();
    assert_eq!(doc.text, "Café été l’année 2020");
    let t = &doc.timexes[0];
    assert_eq!(&doc.text[t.start..t.end], "l’année 2020");
    assert_eq!(t.char_span(&doc.text), Some((9, 21)));
    let index = CharIndex::new(&doc.text);
    assert_eq!(index.to_char(t.start), Some(9));
    assert_eq!(index.to_byte(21), Some(t.end));
    assert_eq!(byte_to_char(&doc.text, t.start + 2), None);
}

#[test]
fn reader_details() {
    let doc = Document::parse(
        "\u{FEFF}<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML>\n<!-- c -->\
         <TimeML><DOCID>  X1 </DOCID><TEXT>a\r\nb<![CDATA[<&>]]>\
         <EVENT eid='e1' class=\"STATE\" tense=\"PAST\"/>\
         <s><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"x\" weird=\"a&#10;b\tc\">d</TIMEX3></s></TEXT>\
         <TLINK lid=\"l1\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t0\" origin=\"me\"/></TimeML>\n<!-- end -->\n",
    )
    .unwrap();
    assert_eq!(doc.doc_id.as_deref(), Some("X1"));
    assert_eq!(doc.text, "a\nb<&>d");
    let e = &doc.events[0];
    assert_eq!((e.start, e.end, e.text.as_str()), (6, 6, ""));
    assert_eq!(e.attrs.get("tense").map(String::as_str), Some("PAST"));
    assert_eq!(
        doc.timexes[0].attrs.get("weird").map(String::as_str),
        Some("a\nb c")
    );
    assert_eq!(
        doc.tlinks[0].attrs.get("origin").map(String::as_str),
        Some("me")
    );
    assert_eq!(doc.tlinks[0].time_id.as_deref(), Some("t1"));
    assert!(doc.dct.is_none() && doc.dct_text.is_none() && doc.title.is_none());

    // Written back and read again: the same (CR, entities, empty tags).
    let written = write_document(&doc).unwrap();
    assert_eq!(Document::parse(&written.xml).unwrap(), doc);

    // Nested annotations come out in start-tag order.
    let doc = Document::parse(
        "<TimeML><TEXT><TIMEX3 tid=\"outer\">a <TIMEX3 tid=\"inner\">b</TIMEX3></TIMEX3></TEXT></TimeML>",
    )
    .unwrap();
    let ids: Vec<&str> = doc.timexes.iter().map(|t| t.tid.as_str()).collect();
    assert_eq!(ids, ["outer", "inner"]);
    assert_eq!((doc.timexes[0].start, doc.timexes[0].end), (0, 3));
}

#[test]
fn malformed_documents_are_errors_with_offsets() {
    let cases: &[(&str, usize)] = &[
        ("", 0),
        ("<TimeML></TimeML>", 17),
        ("<TimeML><TEXT>a</TEXT>", 0),
        ("<TimeML><TEXT>a</TIMEX3></TimeML>", 15),
        ("<TimeML><TEXT><TIMEX3>a</TEXT></TIMEX3></TimeML>", 23),
        ("<TimeML><TEXT>a & b</TEXT></TimeML>", 16),
        ("<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>", 16),
        ("<TimeML><TEXT>a < b</TEXT></TimeML>", 16),
        ("<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", 22),
        ("<TimeML><TEXT>a</TEXT></TimeML><x/>", 31),
        ("junk<TimeML><TEXT>a</TEXT></TimeML>", 0),
        ("<TimeML><TEXT>a\u{1}</TEXT></TimeML>", 15),
        (
            "<TimeML><TEXT><TIMEX3 tid=\"1\" tid=\"2\">a</TIMEX3></TEXT></TimeML>",
            30,
        ),
        ("<TimeML><TEXT>a</TEXT></TimeML", 22),
        ("</TimeML>", 0),
    ];
    for &(xml, offset) in cases {
        match Document::parse(xml) {
            Err(Error::TimeMl {
                path: None,
                offset: got,
                message,
            }) => assert_eq!(got, offset, "{xml:?}: {message}"),
            other => panic!("{xml:?}: {other:?}"),
        }
    }
}

#[test]
fn file_errors() {
    let dir = std::env::temp_dir().join(format!("dateline-timeml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let missing = dir.join("missing.tml");
    assert!(
        matches!(Document::from_path(&missing), Err(Error::Io { path, .. }) if path == missing)
    );
    let latin1 = dir.join("latin1.tml");
    std::fs::write(&latin1, b"<TimeML><TEXT>caf\xe9</TEXT></TimeML>").unwrap();
    assert!(matches!(
        Document::from_path(&latin1),
        Err(Error::InvalidUtf8 { offset: 17, .. })
    ));
    let bad = dir.join("bad.tml");
    std::fs::write(&bad, "<TimeML><TEXT>").unwrap();
    match Document::from_path(&bad) {
        Err(Error::TimeMl { path: Some(p), .. }) => assert_eq!(p, bad),
        other => panic!("{other:?}"),
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn writer_drops_crossing_and_bad_annotations() {
    let text = "on Friday morning ü";
    let timexes = [
        TimexTag::new(3, 9, "t1", "DATE", "2022-01-14"),
        TimexTag::new(3, 17, "t2", "TIME", "2022-01-14TMO"),
        TimexTag::new(10, 30, "t3", "DATE", "x"),
        TimexTag::new(19, 20, "t4", "DATE", "x"),
        TimexTag::new(5, 4, "t5", "DATE", "x"),
    ];
    // e1 crosses t2 (3..17) -- it starts inside and ends after it.
    let events = [
        EventTag::new(0, 2, "e0", "OCCURRENCE"),
        EventTag::new(12, 18, "e1", "OCCURRENCE"),
    ];
    let written = Writer::new(text)
        .timexes(&timexes)
        .events(&events)
        .write()
        .unwrap();
    let kinds: Vec<(ProblemKind, &str)> = written
        .problems
        .iter()
        .map(|p| (p.kind, p.id.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (ProblemKind::OutOfRange, "t3"),
            (ProblemKind::SplitsCharacter, "t4"),
            (ProblemKind::OutOfRange, "t5"),
            (ProblemKind::Crossing, "e1"),
        ]
    );
    let doc = Document::parse(&written.xml).unwrap();
    assert_eq!(doc.text, text);
    let ids: Vec<&str> = doc.timexes.iter().map(|t| t.tid.as_str()).collect();
    assert_eq!(ids, ["t2", "t1"]);
    assert_eq!(doc.events.len(), 1);

    // Escaping and the DCT.
    let mut dct = TimexTag::new(3, 7, "t0", "DATE", "2022-01-14");
    dct.function_in_document = Some("CREATION_TIME".into());
    let mut t = TimexTag::new(0, 5, "t1", "DATE", "a\"b<c>&\td");
    t.attrs.insert("bad name".into(), "x".into());
    t.attrs.insert("tid".into(), "dup".into());
    let text = "<a&b>\r\n";
    let written = Writer::new(text)
        .dct(Some(&dct), Some("X, Jan 14 (Y) & more"))
        .title("T & <U>")
        .timexes(std::slice::from_ref(&t))
        .write()
        .unwrap();
    assert_eq!(written.problems.len(), 2);
    assert!(
        written
            .problems
            .iter()
            .all(|p| p.kind == ProblemKind::BadAttribute)
    );
    let doc = Document::parse(&written.xml).unwrap();
    assert_eq!(doc.text, text);
    assert_eq!(doc.timexes[0].value, t.value);
    assert_eq!(doc.title.as_deref(), Some("T & <U>"));
    assert_eq!(doc.dct_text.as_deref(), Some("X, Jan 14 (Y) & more"));
    assert_eq!(doc.dct.as_ref().unwrap().text, "Jan ");

    // A DCT span that does not fit its text: the TIMEX3 alone.
    let mut dct = TimexTag::new(50, 60, "t0", "DATE", "2022-01-14");
    dct.text = "Jan 14".into();
    let written = Writer::new("x")
        .dct(Some(&dct), Some("short"))
        .write()
        .unwrap();
    assert_eq!(written.problems[0].kind, ProblemKind::DctSpan);
    let doc = Document::parse(&written.xml).unwrap();
    assert_eq!(doc.dct_text.as_deref(), Some("Jan 14"));

    // Characters XML cannot carry: an error, nothing written.
    assert!(matches!(
        Writer::new("a\u{0}b").write(),
        Err(Error::TimeMl { offset: 1, .. })
    ));
    let t = TimexTag::new(0, 1, "t1", "DATE", "\u{7}");
    assert!(
        Writer::new("a")
            .timexes(std::slice::from_ref(&t))
            .write()
            .is_err()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Arbitrary input never panics.
    #[test]
    fn parse_never_panics(s in ".{0,300}") {
        let _ = Document::parse(&s);
    }

    /// Arbitrary markup-ish input never panics.
    #[test]
    fn parse_markup_never_panics(parts in prop::collection::vec(
        prop::sample::select(vec![
            "<TimeML>", "</TimeML>", "<TEXT>", "</TEXT>", "<DCT>", "</DCT>",
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"x\">", "</TIMEX3>", "<EVENT eid='e1'>",
            "</EVENT>", "<TIMEX3/>", "a", " ", "&amp;", "&", "<", ">", "&#x10FFFF;", "&#xD800;",
            "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "é", "\r", "<TITLE>", "</TITLE>",
            "<TLINK lid=\"l\"/>", "\"", "=", "<!DOCTYPE x [", "]>",
        ]),
        0..40,
    )) {
        let s: String = parts.concat();
        if let Ok(doc) = Document::parse(&s) {
            for t in &doc.timexes {
                prop_assert_eq!(doc.text.get(t.start..t.end), Some(t.text.as_str()));
            }
            // Whatever was read can be written and read back.
            if let Ok(w) = write_document(&doc) {
                prop_assert!(w.problems.is_empty());
                prop_assert_eq!(Document::parse(&w.xml).unwrap(), doc);
            }
        }
    }

    /// Whatever annotations are given, the writer's output parses, keeps
    /// the text, and keeps every annotation it does not report.
    #[test]
    fn writer_output_always_parses(
        text in "[a-zé<&> \n\r\"]{0,40}",
        spans in prop::collection::vec((0usize..50, 0usize..50, any::<bool>()), 0..12),
    ) {
        let mut timexes = Vec::new();
        let mut events = Vec::new();
        for (i, &(a, b, is_timex)) in spans.iter().enumerate() {
            if is_timex {
                timexes.push(TimexTag::new(a, b, format!("t{i}"), "DATE", "v&<\"'"));
            } else {
                events.push(EventTag::new(a, b, format!("e{i}"), "OCCURRENCE"));
            }
        }
        let written = Writer::new(&text).timexes(&timexes).events(&events).write().unwrap();
        let doc = Document::parse(&written.xml).unwrap();
        prop_assert_eq!(&doc.text, &text);
        prop_assert_eq!(
            doc.timexes.len() + doc.events.len() + written.problems.len(),
            timexes.len() + events.len()
        );
        for t in &doc.timexes {
            let given = timexes.iter().find(|g| g.tid == t.tid).unwrap();
            prop_assert_eq!((t.start, t.end), (given.start, given.end));
            prop_assert_eq!(&t.value, &given.value);
        }
        for e in &doc.events {
            let given = events.iter().find(|g| g.eid == e.eid).unwrap();
            prop_assert_eq!((e.start, e.end), (given.start, given.end));
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 200_000;
    let mut s = String::from("<TimeML><TEXT>");
    for _ in 0..depth {
        s.push_str("<s>");
    }
    s.push('x');
    for _ in 0..depth {
        s.push_str("</s>");
    }
    s.push_str("</TEXT></TimeML>");
    assert_eq!(Document::parse(&s).unwrap().text, "x");
    // Unbalanced: an error, not a crash.
    s.truncate(s.len() - 30);
    assert!(Document::parse(&s).is_err());

    // Deeply nested annotations, written and read back.
    let text = "y".repeat(20_000);
    let timexes: Vec<TimexTag> = (0..10_000)
        .map(|i| TimexTag::new(i, 20_000 - i, format!("t{i}"), "DATE", "x"))
        .collect();
    let written = Writer::new(&text).timexes(&timexes).write().unwrap();
    assert!(written.problems.is_empty());
    assert_eq!(Document::parse(&written.xml).unwrap().timexes, {
        let mut t = timexes.clone();
        for x in &mut t {
            x.text = text[x.start..x.end].to_string();
        }
        t
    });
}

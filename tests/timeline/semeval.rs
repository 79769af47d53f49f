//! SemEval-2015 Task 4: the CAT reader, the timeline format and the
//! temporal-awareness scorer, on the trial data and hand-made cases.

use super::trial;

use dateline::timeline::semeval::{
    CatDocument, SemevalLine, SemevalTimeline, read_documents, read_timelines, score,
    score_timeline, semeval_date, timeline_for_entity,
};
use dateline::timeline::{
    AnchorInput, ArticleInput, MentionInput, ReferenceSource, Status, Timeline, TimelineOptions,
};

fn tl(s: &str) -> SemevalTimeline {
    SemevalTimeline::parse(s).unwrap_or_default()
}

#[test]
fn reads_every_trial_document() {
    let docs = read_documents(&trial().join("documents")).unwrap_or_default();
    assert_eq!(docs.len(), 30);
    for d in &docs {
        assert!(!d.doc_id.is_empty());
        for t in &d.tokens {
            assert_eq!(&d.text[t.start..t.end], t.text);
        }
    }
    let doc = docs.iter().find(|d| d.doc_id == "16844");
    let Some(doc) = doc else {
        panic!("no document 16844");
    };
    // Entities are decoded, sentences are lines.
    assert!(doc.text.contains("AT&T"));
    assert!(
        doc.sentence_text(0)
            .is_some_and(|s| s.starts_with("Apple unveils iPhone 4 ,"))
    );
    let s2 = doc.sentence_text(2).unwrap_or("");
    let at = s2.find("unveiled").unwrap_or(0) + doc.sentence_span(2).map_or(0, |s| s.0);
    assert_eq!(
        doc.mention_id(at, at + "unveiled".len()).as_deref(),
        Some("16844-2-unveiled")
    );
    // Every gold mention names a real token of its sentence (compared
    // without case: the gold writes "pre-orders" for "Pre-orders"), but
    // for a typo in the trial gold ("9590-10-access" for document 9509).
    let gold = read_timelines(&trial().join("gold-timelines")).unwrap_or_default();
    let mut checked = 0;
    let mut unresolved = Vec::new();
    for t in &gold {
        for l in &t.lines {
            for m in &l.mentions {
                let mut parts = m.splitn(3, '-');
                let (Some(id), Some(s), Some(words)) = (parts.next(), parts.next(), parts.next())
                else {
                    panic!("bad mention {m}");
                };
                let d = docs.iter().find(|d| d.doc_id == id);
                let sentence = d.and_then(|d| d.sentence_text(s.parse().unwrap_or(u32::MAX)));
                let first = words.split('_').next().unwrap_or("");
                if !sentence.is_some_and(|s| s.split(' ').any(|w| w.eq_ignore_ascii_case(first))) {
                    unresolved.push(m.clone());
                }
                checked += 1;
            }
        }
    }
    assert_eq!(unresolved, ["9590-10-access"]);
    assert!(checked > 150);
    assert!(CatDocument::parse("<Document><token/></Document>").is_err());
    assert!(
        CatDocument::parse("<Document doc_id=\"1\"><token t_id=\"x\">a</token></Document>")
            .is_err()
    );
}

#[test]
fn timeline_files_round_trip() {
    let dir = trial().join("gold-timelines");
    for t in read_timelines(&dir).unwrap_or_default() {
        let again = SemevalTimeline::parse(&t.to_string()).unwrap_or_default();
        assert_eq!(again, t);
        assert!(
            dir.join(SemevalTimeline::file_name(&t.entity)).is_file(),
            "{}",
            t.entity
        );
    }
    assert!(SemevalTimeline::parse("").is_err());
    assert!(SemevalTimeline::parse("X\nfirst\t2020\ta-1-b\n").is_err());
    assert!(SemevalTimeline::parse("X\n1\t2020\n").is_err());
}

#[test]
fn gold_against_itself_scores_one() {
    let gold = read_timelines(&trial().join("gold-timelines")).unwrap_or_default();
    assert_eq!(gold.len(), 6);
    let s = score(&gold, &gold);
    assert_eq!((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0));
    assert_eq!(s.timelines.len(), 6);
    assert!(s.total.gold > 100);
    for (_, c) in &s.timelines {
        assert_eq!(c.precision(), 1.0);
        assert_eq!(c.recall(), 1.0);
    }
    // No system timelines at all: nothing confirmed.
    let s = score(&gold, &[]);
    assert_eq!((s.precision, s.recall), (0.0, 0.0));
}

#[test]
fn shuffled_order_scores_lower() {
    let gold = read_timelines(&trial().join("gold-timelines")).unwrap_or_default();
    let shuffled: Vec<SemevalTimeline> = gold
        .iter()
        .map(|t| {
            let mut t = t.clone();
            let placed: Vec<u32> = t.lines.iter().map(|l| l.order).collect();
            let mut orders = placed.clone();
            orders.reverse();
            for (l, o) in t.lines.iter_mut().zip(orders) {
                l.order = o;
            }
            t
        })
        .collect();
    let s = score(&gold, &shuffled);
    assert!(s.f1 < 0.95, "{s:?}");
    assert!(s.f1 > 0.0);
    // Wrong dates lower it too.
    let undated: Vec<SemevalTimeline> = gold
        .iter()
        .map(|t| {
            let mut t = t.clone();
            for l in &mut t.lines {
                l.date = "XXXX-XX-XX".into();
            }
            t
        })
        .collect();
    assert!(score(&gold, &undated).f1 < 1.0);
}

#[test]
fn small_cases_by_hand() {
    // Gold: a (day 1) before b (day 2). Reduced: a=D1, b=D2, a<b.
    let gold = tl("X\n1\t2020-01-01\t1-2-a\n2\t2020-01-02\t1-3-b\n");
    // Same order for both: a=b is wrong, the dates are right.
    let same = tl("X\n1\t2020-01-01\t1-2-a\n1\t2020-01-02\t1-3-b\n");
    let c = score_timeline(&gold, &same);
    assert_eq!(
        (c.system, c.system_confirmed, c.gold, c.gold_confirmed),
        (3, 2, 3, 2)
    );
    // Reversed: b before a; the dates still match.
    let rev = tl("X\n2\t2020-01-01\t1-2-a\n1\t2020-01-02\t1-3-b\n");
    let c = score_timeline(&gold, &rev);
    assert_eq!(
        (c.system, c.system_confirmed, c.gold, c.gold_confirmed),
        (3, 2, 3, 2)
    );
    // Implied relations are left out of the reduced graph: with a < b < c,
    // a < c is never listed; one event of a line of three SIMULTANEOUS
    // mentions: a=D, b=D, c=D, then a=b and b=c are implied.
    let three = tl("X\n1\t2020-01-01\t1-2-a\t1-2-b\t1-2-c\n");
    let c = score_timeline(&three, &three);
    assert_eq!(c.system, 3);
    // A system that orders them confirms the dates only.
    let ordered = tl("X\n1\t2020-01-01\t1-2-a\n2\t2020-01-01\t1-2-b\n3\t2020-01-01\t1-2-c\n");
    let c = score_timeline(&three, &ordered);
    // a=D, b=D, c=D confirmed; a<b, b<c (kept: they contradict a=D=b) not.
    assert_eq!((c.system, c.system_confirmed), (5, 3));
    assert_eq!((c.gold, c.gold_confirmed), (3, 3));
    // Order 0 lines are ignored; unknown mentions never confirmed.
    let with_zero = tl("X\n0\tXXXX-XX-XX\t1-9-z\n1\t2020-01-01\t1-2-a\n2\t2020-01-02\t1-3-b\n");
    let c = score_timeline(&gold, &with_zero);
    assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
    let other = tl("X\n1\t2020-01-01\t1-2-q\n");
    let c = score_timeline(&gold, &other);
    assert_eq!((c.system_confirmed, c.gold_confirmed), (0, 0));
}

#[test]
fn writes_a_timeline_from_a_timeline() {
    let docs = read_documents(&trial().join("documents")).unwrap_or_default();
    let doc = docs
        .iter()
        .find(|d| d.doc_id == "16844")
        .cloned()
        .unwrap_or_default();
    // Two events from the document's own text, dated by hand.
    let find = |sentence: u32, word: &str| -> (usize, usize, String) {
        let (s, _) = doc.sentence_span(sentence).unwrap_or((0, 0));
        let text = doc.sentence_text(sentence).unwrap_or("").to_string();
        let at = s + text.find(word).unwrap_or(0);
        (at, at + word.len(), text)
    };
    let mention = |sentence: u32, word: &str, value: &str| {
        let (start, end, text) = find(sentence, word);
        MentionInput {
            article: "16844".into(),
            start,
            end,
            trigger: word.into(),
            lemma: word.into(),
            status: Status::Happened,
            sentence: text,
            sentence_index: sentence as usize,
            participants: vec!["iphone 4".into()],
            anchor: Some(AnchorInput::new(
                value.parse().unwrap_or(dateline::value::Value::PastRef),
                "",
                0,
                0,
            )),
            salience: 0.5,
            ..MentionInput::default()
        }
    };
    let articles = [ArticleInput::new(
        "16844",
        chrono::NaiveDate::from_ymd_opt(2010, 6, 8),
        ReferenceSource::Published,
    )];
    let ms = [
        mention(2, "unveiled", "2010-06-07"),
        mention(5, "introducing", "2010-06"),
    ];
    let t = Timeline::build(&articles, &ms, &TimelineOptions::default()).unwrap_or_default();
    let out = timeline_for_entity(&t, "iPhone 4", std::slice::from_ref(&doc));
    assert_eq!(out.entity, "iPhone 4");
    assert_eq!(
        out.lines,
        [
            SemevalLine {
                order: 1,
                date: "2010-06-XX".into(),
                mentions: vec!["16844-5-introducing".into()],
            },
            SemevalLine {
                order: 2,
                date: "2010-06-07".into(),
                mentions: vec!["16844-2-unveiled".into()],
            },
        ]
    );
    assert_eq!(semeval_date(&t.events[1].when), "2010-06-07");
    assert_eq!(semeval_date(&Default::default()), "XXXX-XX-XX");
    // Scored against the gold: "unveiled" on its date is confirmed.
    let gold = read_timelines(&trial().join("gold-timelines")).unwrap_or_default();
    let s = score(&gold, &[out]);
    assert!(s.total.system_confirmed >= 1, "{s:?}");
    assert!(s.precision > 0.0 && s.recall > 0.0 && s.recall < 0.2);
}

#[test]
fn an_event_far_from_the_entity_is_not_its_event() {
    // A made-up CAT document: headline, date line, one long sentence.
    let sentences = [
        "Acme news",
        "March 6 , 2023",
        "Acme unveiled the Widget on Monday , while far away in another market across the whole region rivals cut prices .",
    ];
    let mut xml = String::from(r#"<?xml version="1.0" ?><Document doc_id="1">"#);
    let mut n = 0;
    for (s, words) in sentences.iter().enumerate() {
        for w in words.split(' ') {
            xml.push_str(&format!(
                r#"<token number="{n}" sentence="{s}" t_id="{}">{w}</token>"#,
                n + 1
            ));
            n += 1;
        }
    }
    xml.push_str("</Document>");
    let doc = CatDocument::parse(&xml).unwrap_or_default();
    let (s, _) = doc.sentence_span(2).unwrap_or((0, 0));
    let text = doc.sentence_text(2).unwrap_or("").to_string();
    let mention = |word: &str, lemma: &str| {
        let at = s + text.find(word).unwrap_or(0);
        MentionInput {
            article: "1".into(),
            start: at,
            end: at + word.len(),
            trigger: word.into(),
            lemma: lemma.into(),
            status: Status::Happened,
            sentence: text.clone(),
            sentence_index: 2,
            anchor: Some(AnchorInput::new(
                "2023-03-06"
                    .parse()
                    .unwrap_or(dateline::value::Value::PastRef),
                "",
                0,
                0,
            )),
            salience: 0.5,
            ..MentionInput::default()
        }
    };
    let articles = [ArticleInput::new(
        "1",
        chrono::NaiveDate::from_ymd_opt(2023, 3, 6),
        ReferenceSource::Published,
    )];
    let ms = [mention("unveiled", "unveil"), mention("cut", "cut")];
    let t = Timeline::build(&articles, &ms, &TimelineOptions::default()).unwrap_or_default();
    let out = timeline_for_entity(&t, "Widget", std::slice::from_ref(&doc));
    let written: Vec<&str> = out
        .lines
        .iter()
        .flat_map(|l| l.mentions.iter().map(String::as_str))
        .collect();
    assert_eq!(written, ["1-2-unveiled"]);
}

/// A made-up CAT document: headline, date line, then the given sentences.
fn cat_document(id: &str, sentences: &[&str]) -> CatDocument {
    let mut xml = format!(r#"<?xml version="1.0" ?><Document doc_id="{id}">"#);
    let mut n = 0;
    for (s, words) in sentences.iter().enumerate() {
        for w in words.split(' ') {
            xml.push_str(&format!(
                r#"<token number="{n}" sentence="{s}" t_id="{}">{w}</token>"#,
                n + 1
            ));
            n += 1;
        }
    }
    xml.push_str("</Document>");
    CatDocument::parse(&xml).unwrap_or_default()
}

/// The timeline lines of `entity` in one made-up article published on
/// `published`, its mentions given as (sentence, word, anchor value).
fn lines_for(
    published: (i32, u32, u32),
    sentences: &[&str],
    mentions: &[(u32, &str, Option<&str>)],
) -> Vec<SemevalLine> {
    let doc = cat_document("1", sentences);
    let ms: Vec<MentionInput> = mentions
        .iter()
        .map(|&(sentence, word, value)| {
            let (s, _) = doc.sentence_span(sentence).unwrap_or((0, 0));
            let text = doc.sentence_text(sentence).unwrap_or("").to_string();
            let at = s + text.find(word).unwrap_or(0);
            MentionInput {
                article: "1".into(),
                start: at,
                end: at + word.len(),
                trigger: word.into(),
                lemma: word.into(),
                status: Status::Happened,
                sentence: text,
                sentence_index: sentence as usize,
                anchor: value.map(|v| {
                    AnchorInput::new(
                        v.parse().unwrap_or(dateline::value::Value::PastRef),
                        "",
                        0,
                        0,
                    )
                }),
                salience: 0.5,
                ..MentionInput::default()
            }
        })
        .collect();
    let articles = [ArticleInput::new(
        "1",
        chrono::NaiveDate::from_ymd_opt(published.0, published.1, published.2),
        ReferenceSource::Published,
    )];
    let t = Timeline::build(&articles, &ms, &TimelineOptions::default()).unwrap_or_default();
    timeline_for_entity(&t, "Widget", std::slice::from_ref(&doc)).lines
}

#[test]
fn an_undated_past_event_takes_the_lead_day() {
    let sentences = [
        "Acme news",
        "March 8 , 2023",
        "Acme unveiled the Widget on Monday .",
        "The Widget was praised by critics .",
        "The Widget has a new screen .",
    ];
    let lines = lines_for(
        (2023, 3, 8),
        &sentences,
        &[
            (2, "unveiled", Some("2023-03-06")),
            (3, "praised", None),
            (4, "has", Some("2023-03-08")),
        ],
    );
    let dates: Vec<(u32, &str, &str)> = lines
        .iter()
        .flat_map(|l| {
            l.mentions
                .iter()
                .map(move |m| (l.order, l.date.as_str(), m.as_str()))
        })
        .collect();
    // "praised" is told of the occasion the lead dates (Monday), not of
    // the day of writing; the present "has" stays on the day of writing.
    assert_eq!(
        dates,
        [
            (1, "2023-03-06", "1-2-unveiled"),
            (1, "2023-03-06", "1-3-praised"),
            (2, "2023-03-08", "1-4-has"),
        ]
    );
}

#[test]
fn a_lead_day_long_before_the_report_is_no_lead_day() {
    // The lead names a day two months back: background, not the occasion.
    let sentences = [
        "Acme news",
        "March 8 , 2023",
        "Acme unveiled the Widget on January 2 .",
        "The Widget was praised by critics .",
    ];
    let lines = lines_for(
        (2023, 3, 8),
        &sentences,
        &[(2, "unveiled", Some("2023-01-02")), (3, "praised", None)],
    );
    let praised = lines
        .iter()
        .find(|l| l.mentions.iter().any(|m| m == "1-3-praised"));
    assert_eq!(praised.map(|l| l.date.as_str()), Some("2023-03-08"));
    // Nor does a day named only deep in the body make a lead.
    let sentences = [
        "Acme news",
        "March 8 , 2023",
        "Acme makes widgets .",
        "It employs many people .",
        "The Widget was praised by critics .",
        "Acme unveiled the Widget on Monday .",
    ];
    let lines = lines_for(
        (2023, 3, 8),
        &sentences,
        &[(4, "praised", None), (5, "unveiled", Some("2023-03-06"))],
    );
    let praised = lines
        .iter()
        .find(|l| l.mentions.iter().any(|m| m == "1-4-praised"));
    assert_eq!(praised.map(|l| l.date.as_str()), Some("2023-03-08"));
}

//! Conflicts, contradictions, relative placement and scale.

use dateline::timeline::{
    Basis, ConflictKind, PhaseAspect, Placement, SignalInput, SignalKind, SignalTarget, Status,
    TemporalRelation, Timeline, TimelineOptions,
};

use super::{M, article, day};

const TOKAYEV: &[&str] = &["tokayev", "parliament"];

#[test]
fn monday_or_tuesday_is_one_event_with_a_conflict() {
    let arts = [article("a", 1, 12), article("b", 1, 12)];
    let ms = [
        M::new(
            "a",
            1,
            "Tokayev gave a speech to parliament on Monday about the unrest.",
            "speech",
        )
        .lemma("speech", "")
        .who(TOKAYEV)
        .at("2022-01-10", "Monday")
        .build(),
        M::new(
            "b",
            2,
            "In a speech to parliament on Tuesday, Tokayev spoke about the unrest.",
            "speech",
        )
        .lemma("speech", "")
        .who(TOKAYEV)
        .at("2022-01-11", "Tuesday")
        .build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    let e = &t.events[0];
    assert_eq!(e.claims.len(), 2);
    assert_eq!(e.claims.iter().filter(|c| c.primary).count(), 1);
    assert_eq!(t.conflicts.len(), 1);
    let c = &t.conflicts[0];
    assert_eq!(c.kind, ConflictKind::DateDisagreement);
    assert_eq!(c.events, ["e1"]);
    assert_eq!(c.sides.len(), 2);
    let sides: Vec<&Vec<String>> = c.sides.iter().map(|s| &s.mentions).collect();
    assert!(sides.iter().any(|s| s.iter().all(|m| m.starts_with("a:"))));
    assert!(sides.iter().any(|s| s.iter().all(|m| m.starts_with("b:"))));
    assert_eq!(t.conflicts_of("e1").len(), 1);
    // A week apart is too far: two speeches.
    let mut far = ms.clone();
    far[1].anchor = Some(dateline::timeline::AnchorInput::new(
        "2022-01-18"
            .parse()
            .unwrap_or(dateline::value::Value::PastRef),
        "Tuesday",
        0,
        0,
    ));
    let t = Timeline::build(&arts, &far, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2);
    assert!(t.conflicts.is_empty());
}

#[test]
fn two_dates_in_one_article_are_two_events() {
    let arts = [article("a", 1, 12)];
    let ms = [
        M::new("a", 1, "Tokayev gave a speech on Monday.", "speech")
            .lemma("speech", "")
            .who(TOKAYEV)
            .at("2022-01-10", "Monday")
            .build(),
        M::new("a", 3, "He gave another speech on Tuesday.", "speech")
            .lemma("speech", "")
            .who(TOKAYEV)
            .at("2022-01-11", "Tuesday")
            .build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2);
    assert!(t.conflicts.is_empty());
}

#[test]
fn planned_and_actual_dates_differ() {
    let arts = [article("early", 1, 13), article("late", 1, 20)];
    let who: &[&str] = &["russia", "kazakhstan"];
    let ms = [
        M::new(
            "early",
            2,
            "The withdrawal will be completed on January 20, the ministry said.",
            "completed",
        )
        .lemma("complete", "withdrawal")
        .aspect(PhaseAspect::End)
        .status(Status::Planned)
        .who(who)
        .at("2022-01-20", "January 20")
        .build(),
        M::new(
            "late",
            1,
            "Russian troops completed the withdrawal from Kazakhstan on January 19.",
            "completed",
        )
        .lemma("complete", "withdrawal")
        .aspect(PhaseAspect::End)
        .who(who)
        .at("2022-01-19", "January 19")
        .build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1);
    assert_eq!(t.events[0].when.value.as_deref(), Some("2022-01-19"));
    assert_eq!(t.events[0].status, Status::Happened);
    assert_eq!(t.conflicts.len(), 1);
    let c = &t.conflicts[0];
    assert_eq!(c.kind, ConflictKind::PlannedVsActual);
    assert!(c.sides[0].claim.starts_with("2022-01-19"));
    assert_eq!(c.sides[0].mentions.len(), 1);
    assert!(c.sides[0].mentions[0].starts_with("late:"));
    assert!(c.sides[1].mentions[0].starts_with("early:"));
    let md = t.to_markdown();
    assert!(md.contains("planned_vs_actual"));
}

#[test]
fn a_contradicting_signal_is_reported_not_stored() {
    let arts = [article("a", 1, 20)];
    let riots = M::new("a", 1, "Riots broke out in Almaty on January 5.", "broke")
        .lemma("break", "unrest")
        .at("2022-01-05", "January 5");
    let appeal = M::new(
        "a",
        2,
        "Tokayev appealed to Moscow for help on January 10.",
        "appealed",
    )
    .lemma("appeal", "request")
    .at("2022-01-10", "January 10");
    // "The riots broke out after the appeal": contradicts the dates.
    let ms = [
        riots.with_signal(SignalKind::After, "after", &appeal, None),
        appeal.build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2);
    assert!(t.relations.iter().all(|r| r.basis == Basis::Date));
    assert_eq!(t.conflicts.len(), 1, "{:#?}", t.conflicts);
    let c = &t.conflicts[0];
    assert_eq!(c.kind, ConflictKind::ContradictoryRelations);
    assert_eq!(c.events, ["e1", "e2"]);
    assert_eq!(c.sides.len(), 2);
    assert!(c.sides[1].claim.contains("AFTER"));
    assert!(c.sides[0].claim.contains("dated 2022-01-05"));
    assert!(c.sides[0].claim.contains("dated 2022-01-10"));
    // Still a consistent graph: the riots are before the appeal.
    assert_eq!(t.relation("e1", "e2"), Some(TemporalRelation::Before));
}

#[test]
fn relative_events_are_placed_by_their_relations() {
    let arts = [article("a", 1, 20)];
    let deploy = M::new("a", 1, "Troops were deployed on January 6.", "deployed")
        .lemma("deploy", "deployment")
        .at("2022-01-06", "January 6");
    let start = M::new("a", 2, "The withdrawal began on January 13.", "withdrawal")
        .lemma("withdraw", "withdrawal")
        .aspect(PhaseAspect::Start)
        .at("2022-01-13", "January 13");
    let guard = M::new(
        "a",
        3,
        "The troops guarded airports after the deployment and before the withdrawal began.",
        "guarded",
    )
    .lemma("guard", "protection");
    let mut g = guard.with_signal(SignalKind::After, "after", &deploy, None);
    let (s, e) = start.span();
    g.signals.push(SignalInput {
        kind: SignalKind::Before,
        text: "before".into(),
        target: SignalTarget::Mention { start: s, end: e },
        offset: None,
    });
    let lonely = M::new("a", 4, "Officials praised the mission.", "praised")
        .lemma("praise", "")
        .status(Status::Unknown);
    let ms = [deploy.build(), start.build(), g, lonely.build()];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    let labels: Vec<(&str, Placement)> = t
        .events
        .iter()
        .map(|e| (e.lemma.as_str(), e.when.placement))
        .collect();
    assert_eq!(
        labels,
        [
            ("deploy", Placement::Dated),
            ("guard", Placement::Relative),
            ("withdraw", Placement::Dated),
            ("praise", Placement::Undated),
        ]
    );
    let guard = &t.events[1];
    assert_eq!(guard.when.earliest, Some(day(1, 6)));
    assert_eq!(guard.when.latest, Some(day(1, 13)));
    assert_eq!(guard.when.value, None);
    let before: Vec<&str> = t.before("e2").iter().map(|e| e.id.as_str()).collect();
    assert_eq!(before, ["e1"]);
    let after: Vec<&str> = t.after("e2").iter().map(|e| e.id.as_str()).collect();
    assert_eq!(after, ["e3"]);
    assert!(t.conflicts.is_empty());
    // The undated event is in no date range; the relative one in January.
    assert_eq!(t.between(day(1, 1), day(1, 31)).len(), 3);
}

#[test]
fn a_day_earlier_dates_an_event() {
    let arts = [article("a", 1, 20)];
    let leave = M::new("a", 1, "The last troops left on January 19.", "left")
        .lemma("leave", "withdrawal")
        .at("2022-01-19", "January 19");
    let ceremony = M::new(
        "a",
        2,
        "A farewell ceremony was held a day earlier.",
        "ceremony",
    )
    .lemma("ceremony", "");
    let ms = [
        leave.build(),
        ceremony.with_signal(SignalKind::Before, "a day earlier", &leave, Some("P1D")),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2);
    assert_eq!(t.events[0].lemma, "ceremony");
    assert_eq!(t.events[0].when.value.as_deref(), Some("2022-01-18"));
    assert_eq!(
        t.events[0].mentions[0].time_text.as_deref(),
        Some("a day earlier")
    );
    assert_eq!(t.relation("e1", "e2"), Some(TemporalRelation::Before));
}

#[test]
fn an_undated_happened_event_is_bounded_by_its_report() {
    let arts = [article("a", 1, 11)];
    let ms = [M::new("a", 1, "Protesters torched buildings.", "torched")
        .lemma("torch", "")
        .build()];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events[0].when.placement, Placement::Relative);
    assert_eq!(t.events[0].when.latest, Some(day(1, 11)));
    assert_eq!(t.events[0].when.earliest, None);
}

/// Many events over many weeks: blocking keeps merging near-linear. In a
/// release build this takes well under a second; an all-pairs merge of
/// 12,000 mentions would be 72 million comparisons.
#[test]
fn scales_with_blocking() {
    let n_events = 4000usize;
    let arts: Vec<_> = (0..3)
        .map(|a| {
            dateline::timeline::ArticleInput::new(
                format!("src{a}"),
                chrono::NaiveDate::from_ymd_opt(2030, 1, 1),
                dateline::timeline::ReferenceSource::Published,
            )
        })
        .collect();
    let base = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let mut ms = Vec::new();
    for i in 0..n_events {
        let date = base + chrono::Duration::days((i / 4) as i64);
        let lemma = format!("event{}", i % 4);
        for a in 0..3 {
            let sentence = format!("Something {lemma} happened with party{i}.");
            ms.push(dateline::timeline::MentionInput {
                article: format!("src{a}"),
                start: i * 100,
                end: i * 100 + 5,
                trigger: lemma.clone(),
                lemma: lemma.clone(),
                status: Status::Happened,
                sentence,
                sentence_index: i,
                participants: vec![format!("party{i}")],
                anchor: Some(dateline::timeline::AnchorInput::new(
                    dateline::value::Value::date(date),
                    "that day",
                    0,
                    0,
                )),
                salience: 0.5,
                ..Default::default()
            });
        }
    }
    // As many undated events, each bounded by its article's date, and a
    // chain of signals among a few hundred of them.
    for i in 0..n_events {
        let lemma = format!("undated{i}x");
        let mut m = dateline::timeline::MentionInput {
            article: "src0".into(),
            start: 1_000_000 + i * 100,
            end: 1_000_000 + i * 100 + 5,
            trigger: lemma.clone(),
            lemma,
            status: Status::Happened,
            sentence: format!("Undated thing {i}."),
            sentence_index: 100_000 + i,
            salience: 0.5,
            ..Default::default()
        };
        if i % 10 == 1 {
            m.signals.push(SignalInput {
                kind: SignalKind::After,
                text: "after".into(),
                target: SignalTarget::Mention {
                    start: 1_000_000 + (i - 1) * 100,
                    end: 1_000_000 + (i - 1) * 100 + 5,
                },
                offset: None,
            });
        }
        ms.push(m);
    }
    let started = std::time::Instant::now();
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    let took = started.elapsed();
    assert_eq!(t.events.len(), 2 * n_events);
    assert_eq!(
        t.events
            .iter()
            .filter(|e| e.when.placement == Placement::Dated)
            .count(),
        n_events
    );
    assert!(
        t.events
            .iter()
            .filter(|e| e.when.placement == Placement::Dated)
            .all(|e| e.mentions.len() == 3)
    );
    assert_eq!(
        t.relations
            .iter()
            .filter(|r| r.basis == Basis::Signal)
            .count(),
        n_events / 10
    );
    assert!(t.conflicts.is_empty());
    assert!(took.as_secs() < 60, "{took:?}");
}

/// One huge block (the same verb, the same week): narrowed, so the cost
/// stays bounded, and mentions only merge with mentions sharing a
/// participant.
#[test]
fn oversized_blocks_are_narrowed() {
    let arts: Vec<_> = (0..4)
        .map(|a| article(["a", "b", "c", "d"][a], 1, 20))
        .collect();
    let mut ms = Vec::new();
    for i in 0..3000usize {
        let who = format!("speaker{}", i % 300);
        ms.push(dateline::timeline::MentionInput {
            article: ["a", "b", "c", "d"][i % 4].into(),
            start: i * 10,
            end: i * 10 + 4,
            trigger: "said".into(),
            lemma: "say".into(),
            status: Status::Happened,
            sentence: format!("{who} said something on Monday."),
            sentence_index: i,
            participants: vec![who],
            anchor: Some(dateline::timeline::AnchorInput::new(
                "2022-01-17"
                    .parse()
                    .unwrap_or(dateline::value::Value::PastRef),
                "Monday",
                0,
                0,
            )),
            salience: 0.3,
            ..Default::default()
        });
    }
    let options = TimelineOptions::builder().max_bucket(50).build();
    let t = Timeline::build(&arts, &ms, &options).unwrap_or_default();
    assert!(!t.events.is_empty());
    for e in &t.events {
        assert_eq!(e.participants.len(), 1, "{:?}", e.participants);
    }
}

#[test]
fn signals_read_from_text() {
    let read = |t: &str| SignalKind::from_text(t).map(|(k, o)| (k, o.map(|v| v.to_string())));
    assert_eq!(
        read("two weeks later"),
        Some((SignalKind::After, Some("P2W".into())))
    );
    assert_eq!(
        read("3 days before"),
        Some((SignalKind::Before, Some("P3D".into())))
    );
    assert_eq!(read("prior to"), Some((SignalKind::Before, None)));
    assert_eq!(
        read("a day ahead of"),
        Some((SignalKind::Before, Some("P1D".into())))
    );
    assert_eq!(read("during"), Some((SignalKind::During, None)));
    assert_eq!(read("until"), Some((SignalKind::Until, None)));
    assert_eq!(
        read("several days after"),
        Some((SignalKind::After, Some("PXD".into())))
    );
    assert_eq!(read(""), None);
    assert_eq!(read("reportedly"), None);
}

/// A reporting mention (TimeML class REPORTING).
fn report(m: M) -> dateline::timeline::MentionInput {
    let mut built = m.build();
    built.class = Some("REPORTING".into());
    built
}

#[test]
fn one_speaker_saying_different_things_is_not_one_event() {
    let arts = [article("a", 1, 11), article("b", 1, 13)];
    let ms = [
        report(
            M::new(
                "a",
                2,
                "Putin said the alliance had prevented a coup attempt in Kazakhstan.",
                "said",
            )
            .lemma("say", "say")
            .who(&["putin"]),
        ),
        report(
            M::new(
                "b",
                4,
                "Putin said the troops would return to their bases within days.",
                "said",
            )
            .lemma("say", "say")
            .who(&["putin"]),
        ),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    assert!(t.conflicts.is_empty());
}

#[test]
fn one_statement_reported_by_two_outlets_is_one_event() {
    let arts = [article("a", 1, 11), article("b", 1, 11)];
    let ms = [
        report(
            M::new(
                "a",
                2,
                "Putin said on Monday the alliance had prevented a coup attempt in Kazakhstan.",
                "said",
            )
            .lemma("say", "say")
            .who(&["putin"])
            .at("2022-01-10", "Monday"),
        ),
        report(
            M::new(
                "b",
                1,
                "The alliance prevented a coup attempt in Kazakhstan, Putin said on Monday.",
                "said",
            )
            .lemma("say", "say")
            .who(&["putin"])
            .at("2022-01-10", "Monday"),
        ),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    assert_eq!(t.events[0].sources, ["a", "b"]);
}

#[test]
fn one_word_in_two_senses_is_two_events() {
    let arts = [article("a", 1, 11), article("b", 1, 11)];
    let ms = [
        M::new(
            "a",
            2,
            "The last troops left the capital on Monday.",
            "left",
        )
        .lemma("leave", "withdraw")
        .at("2022-01-10", "Monday")
        .build(),
        M::new(
            "b",
            2,
            "The storm left dozens dead in the capital on Monday.",
            "left",
        )
        .lemma("leave", "kill")
        .at("2022-01-10", "Monday")
        .build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
}

#[test]
fn a_plan_reported_after_the_event_happened_is_another_event() {
    let happened = |a: &'static str| {
        M::new(a, 2, "Inspectors left the nuclear plant.", "left")
            .lemma("leave", "withdraw")
            .who(&["inspectors"])
            .build()
    };
    let planned = |a: &'static str| {
        M::new(a, 3, "Inspectors will leave the nuclear plant.", "leave")
            .lemma("leave", "withdraw")
            .who(&["inspectors"])
            .status(Status::Planned)
            .build()
    };
    // Reported as done on the 11th, as still to come on the 13th: two.
    let arts = [article("a", 1, 11), article("b", 1, 13)];
    let ms = [happened("a"), planned("b")];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // Announced on the 11th, done by the 13th: one event.
    let ms = [planned("a"), happened("b")];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
}

#[test]
fn an_approximate_date_stretches_and_gives_way_to_an_exact_one() {
    let arts = [article("a", 1, 12), article("b", 1, 12)];
    let rallies = |a: &'static str, n: usize, sentence: &'static str, value, text| {
        M::new(a, n, sentence, "rallies")
            .lemma("rally", "protest")
            .who(&["almaty"])
            .at(value, text)
            .build()
    };
    let mut ms = [
        rallies(
            "a",
            1,
            "Rallies broke out in Almaty around the New Year.",
            "2022-01-01",
            "around the New Year",
        ),
        rallies(
            "b",
            2,
            "The rallies in Almaty on January 3 drew thousands.",
            "2022-01-03",
            "January 3",
        ),
    ];
    // Exact days two days apart: two events.
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    // "Around" the New Year reaches January 3: one event, no conflict,
    // dated by the exact day.
    if let Some(a) = ms[0].anchor.as_mut() {
        a.modifier = Some(dateline::value::Mod::Approx);
    }
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let w = &t.events[0].when;
    assert_eq!(w.value.as_deref(), Some("2022-01-03"));
    assert!(!w.approximate);
    // Told only approximately: the value stays, its days stretch and
    // the story view says "about".
    let t = Timeline::build(&arts, &ms[..1], &TimelineOptions::default()).unwrap_or_default();
    let w = &t.events[0].when;
    assert_eq!(w.value.as_deref(), Some("2022-01-01"));
    assert!(w.approximate);
    assert_eq!(w.start, chrono::NaiveDate::from_ymd_opt(2021, 12, 29));
    assert_eq!(w.end, Some(day(1, 4)));
    assert!(
        t.to_markdown().contains("| about 2022-01-01 |"),
        "{}",
        t.to_markdown()
    );
}

#[test]
fn the_same_word_in_two_stories_is_two_events() {
    let arts = [article("a", 4, 2), article("b", 4, 2)];
    let attack = |a: &'static str, sentence: &'static str, who: &'static [&'static str]| {
        M::new(a, 2, sentence, "attack")
            .lemma("attack", "clash")
            .who(who)
            .at("2022-04-01", "Friday")
            .build()
    };
    // Two attacks on one day, in two countries: nothing says they are one.
    let ms = [
        attack(
            "a",
            "Rebels claimed an attack on an army post in the north on Friday.",
            &["rebels", "army"],
        ),
        attack(
            "b",
            "Police said a grenade attack hit a market in the capital on Friday.",
            &["police", "market"],
        ),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    // The same two mentions in two reports of one story (the articles
    // name the same people and places elsewhere): one event.
    let context = |a: &'static str, n: usize| {
        M::new(a, n, "Mayor Ortiz met General Ruiz in Valdora.", "met")
            .lemma("meet", "meet")
            .who(&["ortiz", "ruiz", "valdora", "sierra"])
            .build()
    };
    let mut story = ms.to_vec();
    story.push(context("a", 5));
    story.push(context("b", 6));
    let t = Timeline::build(&arts, &story, &TimelineOptions::default()).unwrap_or_default();
    let attacks = t.events.iter().filter(|e| e.lemma == "attack").count();
    assert_eq!(attacks, 1, "{:#?}", t.events);
}

#[test]
fn a_word_stripped_of_its_class_is_another_sense() {
    let arts = [article("a", 1, 12), article("b", 1, 12)];
    let ms = [
        M::new(
            "a",
            2,
            "Moscow is sending troops to Almaty, Tokayev said.",
            "sending",
        )
        .lemma("send", "deploy")
        .who(&["tokayev", "almaty"])
        .build(),
        M::new(
            "b",
            2,
            "Officials in Almaty are sending conflicting reports, Tokayev said.",
            "sending",
        )
        .lemma("send", "")
        .who(&["tokayev", "almaty"])
        .build(),
    ];
    let t = Timeline::build(&arts, &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    // With one class on both sides, the same two mentions are one event.
    let mut same = ms.clone();
    same[1].semantic_class = Some("deploy".to_string());
    let t = Timeline::build(&arts, &same, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
}

//! The Kazakhstan story: deployment on Jan 6 (two articles), the start of
//! the withdrawal on Jan 13 (four articles: one planned "in two days' time"
//! from Jan 11, one "last week" = 2022-W02), its completion on Jan 19
//! (planned and actual).

use dateline::timeline::{
    ArticleInput, Basis, MentionInput, PhaseAspect, Placement, ReferenceSource, SignalKind, Status,
    TemporalRelation, Timeline, TimelineOptions,
};

use super::{M, article, day, shuffle};

const WHO: &[&str] = &["csto", "kazakhstan", "russia"];

pub(crate) fn articles() -> Vec<ArticleInput> {
    let mut st = article("straitstimes-afp", 1, 19);
    st.dateline = Some(dateline::timeline::DatelineInput {
        place: Some("ALMATY".into()),
        region: Some("KAZAKHSTAN".into()),
        agency: Some("AFP".into()),
        date: None,
    });
    let mut reuters = article("reuters", 1, 11);
    reuters.reference_source = ReferenceSource::Dateline;
    vec![
        reuters,
        article("afp", 1, 13),
        article("moscow", 1, 13),
        st,
        article("247news", 1, 19),
    ]
}

fn deploy_afp() -> M {
    M::new(
        "afp",
        3,
        "The decision to dispatch troops on January 6 was a first for the Moscow-led Collective Security Treaty Organisation.",
        "dispatch",
    )
    .lemma("dispatch", "deployment")
    .who(WHO)
    .at("2022-01-06", "January 6")
    .salience(0.6)
}

fn deploy_247() -> M {
    M::new(
        "247news",
        1,
        "More than 2,000 soldiers were sent to the former Soviet republic on Jan 6 at the request of President Kassym Jomart Tokayev.",
        "sent",
    )
    .lemma("send", "deployment")
    .who(WHO)
    .at("2022-01-06", "Jan 6")
    .salience(0.7)
}

fn start_reuters() -> M {
    M::new(
        "reuters",
        2,
        "NUR-SULTAN, Jan 11 (Reuters) — Russian-led forces will begin withdrawing from Kazakhstan in two days’ time after stabilising the Central Asian nation following serious unrest, the president said on Tuesday.",
        "withdrawing",
    )
    .lemma("withdraw", "withdrawal")
    .aspect(PhaseAspect::Start)
    .status(Status::Planned)
    .who(WHO)
    .at("2022-01-13", "in two days’ time")
    .salience(0.9)
}

fn start_afp() -> M {
    M::new(
        "afp",
        0,
        "Russia-led troops begin pullback from Kazakhstan",
        "pullback",
    )
    .lemma("pullback", "withdrawal")
    .aspect(PhaseAspect::Start)
    .who(WHO)
    .at("2022-01-13", "Thursday")
    .salience(0.95)
}

fn start_moscow() -> M {
    M::new(
        "moscow",
        0,
        "Russia-led alliance begins withdrawing troops from Kazakhstan",
        "withdrawing",
    )
    .lemma("withdraw", "withdrawal")
    .aspect(PhaseAspect::Start)
    .who(WHO)
    .at("2022-01-13", "on Thursday")
    .salience(0.9)
}

fn start_straits() -> M {
    M::new(
        "straitstimes-afp",
        4,
        "The Russian-led troops began withdrawing from Kazakhstan last week after the unrest was quelled.",
        "withdrawing",
    )
    .lemma("withdraw", "withdrawal")
    .aspect(PhaseAspect::Start)
    .who(WHO)
    .at("2022-W02", "last week")
    .salience(0.4)
}

fn end_afp() -> M {
    M::new(
        "afp",
        5,
        "Russian Defence Minister Sergei Shoigu told Putin the pullout would be completed by Wednesday next week, several days ahead of a January 22 deadline set by the alliance to complete the withdrawal.",
        "completed",
    )
    .lemma("complete", "withdrawal")
    .aspect(PhaseAspect::End)
    .status(Status::Planned)
    .who(WHO)
    .at("2022-01-19", "Wednesday next week")
    .salience(0.6)
}

fn end_moscow() -> M {
    M::new(
        "moscow",
        4,
        "Russia’s Defense Minister Sergei K. Shoigu said on Thursday with President Vladimir V. Putin that the withdrawal should be completed by next Wednesday.",
        "completed",
    )
    .lemma("complete", "withdrawal")
    .aspect(PhaseAspect::End)
    .status(Status::Planned)
    .who(WHO)
    .at("2022-01-19", "next Wednesday")
    .salience(0.5)
}

fn end_straits() -> M {
    M::new(
        "straitstimes-afp",
        2,
        "Russian soldiers completed their draw down from Kazakhstan, the defence ministry said on Wednesday (Jan 19), as the Central Asian country lifted a state of emergency.",
        "completed",
    )
    .lemma("complete", "withdrawal")
    .aspect(PhaseAspect::End)
    .who(WHO)
    .at("2022-01-19", "Wednesday")
    .salience(0.95)
}

fn end_247() -> M {
    M::new(
        "247news",
        0,
        "The Russian armed forces and their allies concluded their withdrawal from Kazakhstan on Wednesday, after their deployment in support of the government of the Central Asian country.",
        "concluded",
    )
    .lemma("conclude", "withdrawal")
    .aspect(PhaseAspect::End)
    .who(WHO)
    .at("2022-01-19", "Wednesday")
    .salience(0.9)
}

pub(crate) fn mentions() -> Vec<MentionInput> {
    vec![
        deploy_afp().build(),
        deploy_247().build(),
        start_reuters().build(),
        start_afp().build(),
        start_moscow().build(),
        start_straits().build(),
        end_afp().build(),
        end_moscow().build(),
        end_straits().build(),
        // "concluded their withdrawal ... after their deployment"
        end_247().with_signal(SignalKind::After, "after", &deploy_247(), None),
    ]
}

pub(crate) fn timeline() -> Timeline {
    Timeline::build(&articles(), &mentions(), &TimelineOptions::default()).unwrap_or_default()
}

#[test]
fn three_events_in_order() {
    let t = timeline();
    let summary: Vec<(String, Option<String>, Vec<String>)> = t
        .events
        .iter()
        .map(|e| (e.id.clone(), e.when.value.clone(), e.sources.clone()))
        .collect();
    assert_eq!(t.events.len(), 3, "{summary:#?}");
    let [deploy, start, end] = &t.events[..] else {
        return;
    };
    assert_eq!(deploy.when.value.as_deref(), Some("2022-01-06"));
    assert_eq!(deploy.sources, ["247news", "afp"]);
    assert_eq!(start.when.value.as_deref(), Some("2022-01-13"));
    assert_eq!(start.mentions.len(), 4);
    assert_eq!(
        start.sources,
        ["afp", "moscow", "reuters", "straitstimes-afp"]
    );
    assert_eq!(start.aspect, PhaseAspect::Start);
    assert_eq!(start.status, Status::Happened);
    assert_eq!(
        start.label,
        "Russia-led troops begin pullback from Kazakhstan"
    );
    // "last week" (2022-W02) is a compatible claim, not a conflict.
    assert!(start.claims.iter().all(|c| c.primary));
    assert!(start.claims.iter().any(|c| c.value == "2022-W02"));
    assert_eq!(end.when.value.as_deref(), Some("2022-01-19"));
    assert_eq!(end.mentions.len(), 4);
    assert_eq!(end.status, Status::Happened);
    // From the lead of 247news (its first sentence; it has no headline).
    assert_eq!(
        end.label,
        "The Russian armed forces and their allies concluded their withdrawal"
    );
    assert_eq!(
        (deploy.id.as_str(), start.id.as_str(), end.id.as_str()),
        ("e1", "e2", "e3")
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    for e in &t.events {
        assert_eq!(e.when.placement, Placement::Dated);
        assert!(e.salience > 0.0 && e.salience <= 1.0);
        assert_eq!(e.participants, ["csto", "kazakhstan", "russia"]);
    }
}

#[test]
fn start_and_completion_are_linked_as_phases() {
    let t = timeline();
    let phase = t
        .relations
        .iter()
        .find(|r| r.basis == Basis::Phase)
        .cloned();
    let Some(phase) = phase else {
        panic!("no phase relation in {:#?}", t.relations);
    };
    assert_eq!((phase.from.as_str(), phase.to.as_str()), ("e2", "e3"));
    assert_eq!(phase.relation, TemporalRelation::Before);
    assert!(phase.evidence.iter().any(|m| m.starts_with("reuters:")));
    // Dates give the neighbours' relations too.
    let dates: Vec<(&str, &str, TemporalRelation)> = t
        .relations
        .iter()
        .filter(|r| r.basis == Basis::Date)
        .map(|r| (r.from.as_str(), r.to.as_str(), r.relation))
        .collect();
    assert_eq!(
        dates,
        [
            ("e1", "e2", TemporalRelation::Before),
            ("e2", "e3", TemporalRelation::Before)
        ]
    );
    // The signal "after their deployment".
    let signal = t.relations.iter().find(|r| r.basis == Basis::Signal);
    assert_eq!(
        signal.map(|r| (r.from.as_str(), r.to.as_str(), r.relation)),
        Some(("e3", "e1", TemporalRelation::After))
    );
    assert_eq!(signal.and_then(|r| r.signal.as_deref()), Some("after"));
}

#[test]
fn merging_does_not_depend_on_input_order() {
    let json = timeline().to_json();
    for seed in 0..12 {
        let mut a = articles();
        let mut m = mentions();
        shuffle(&mut a, seed);
        shuffle(&mut m, seed * 31 + 7);
        let t = Timeline::build(&a, &m, &TimelineOptions::default()).unwrap_or_default();
        assert_eq!(t.to_json(), json, "seed {seed}");
    }
    // Duplicated input gives the same timeline too.
    let mut m = mentions();
    m.extend(mentions());
    let t = Timeline::build(&articles(), &m, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t.to_json(), json);
}

#[test]
fn json_contract() {
    let t = timeline();
    let v: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap_or_default();
    for key in ["articles", "events", "relations", "conflicts"] {
        assert!(v[key].is_array(), "{key}");
    }
    let arts = v["articles"].as_array().cloned().unwrap_or_default();
    assert_eq!(arts.len(), 5);
    let reuters = arts
        .iter()
        .find(|a| a["id"] == "reuters")
        .cloned()
        .unwrap_or_default();
    assert_eq!(reuters["reference"]["date"], "2022-01-11");
    assert_eq!(reuters["reference"]["source"], "dateline");
    let st = arts
        .iter()
        .find(|a| a["id"] == "straitstimes-afp")
        .cloned()
        .unwrap_or_default();
    assert_eq!(st["dateline"]["place"], "ALMATY");
    assert_eq!(st["reference"]["source"], "published");
    assert!(reuters.get("dateline").is_none());
    let e = &v["events"][1];
    assert_eq!(e["id"], "e2");
    assert!(e["label"].as_str().is_some_and(|l| !l.is_empty()));
    assert_eq!(e["when"]["value"], "2022-01-13");
    assert_eq!(e["when"]["start"], "2022-01-13");
    assert_eq!(e["when"]["end"], "2022-01-13");
    assert_eq!(e["when"]["granularity"], "day");
    assert_eq!(e["status"], "happened");
    assert!(e["participants"].is_array());
    assert!(e["salience"].is_number());
    let mentions = e["mentions"].as_array().cloned().unwrap_or_default();
    assert_eq!(mentions.len(), 4);
    for m in &mentions {
        assert!(m["article"].is_string());
        assert!(m["text"].is_string());
        assert!(m.get("time_text").is_some());
    }
    assert!(
        mentions
            .iter()
            .any(|m| m["article"] == "straitstimes-afp" && m["time_text"] == "last week")
    );
    let r = &v["relations"][0];
    for key in ["from", "to", "relation"] {
        assert!(r[key].is_string(), "{key}");
    }
    assert_eq!(r["relation"], "BEFORE");
    // And back.
    let back = Timeline::from_json(&t.to_json()).unwrap_or_default();
    assert_eq!(back, t);
}

#[test]
fn api_queries() {
    let t = timeline();
    let ids = |v: Vec<&dateline::timeline::Event>| -> Vec<String> {
        v.into_iter().map(|e| e.id.clone()).collect()
    };
    assert_eq!(ids(t.iter().collect()), ["e1", "e2", "e3"]);
    assert_eq!(ids(t.between(day(1, 10), day(1, 16))), ["e2"]);
    assert_eq!(ids(t.between(day(1, 1), day(1, 31))), ["e1", "e2", "e3"]);
    assert_eq!(ids(t.involving("Kazakhstan")), ["e1", "e2", "e3"]);
    assert!(t.involving("nobody").is_empty());
    assert_eq!(ids(t.before("e3")), ["e1", "e2"]);
    assert_eq!(ids(t.after("e1")), ["e2", "e3"]);
    assert!(t.before("e1").is_empty());
    assert!(t.before("nope").is_empty());
    assert_eq!(t.relation("e1", "e3"), Some(TemporalRelation::Before));
    assert_eq!(t.relation("e3", "e2"), Some(TemporalRelation::After));
    assert_eq!(t.mentions_of("e1").len(), 2);
    let sources: Vec<&str> = t.sources_of("e1").iter().map(|a| a.id.as_str()).collect();
    assert_eq!(sources, ["247news", "afp"]);
    let r = t.reference_of("reuters");
    assert_eq!(r.and_then(|r| r.date), Some(day(1, 11)));
    assert_eq!(r.map(|r| r.source), Some(ReferenceSource::Dateline));
    assert!(t.reference_of("nope").is_none());
    assert!(t.conflicts_of("e2").is_empty());
    assert_eq!(t.relations_of("e1").len(), 2);
    let g = t.graph();
    // Three events, three dates.
    assert_eq!(g.graph.node_count(), 6);
    assert!(g.time("2022-01-13").is_some());
    assert!(
        g.outgoing("e2")
            .contains(&("e3".to_string(), TemporalRelation::Before))
    );
}

#[test]
fn salience_threshold_and_strict_mode() {
    let opts = TimelineOptions::builder().salience_threshold(0.95).build();
    let t = Timeline::build(&articles(), &mentions(), &opts).unwrap_or_default();
    // Deployment: 1 - 0.4 * 0.3 = 0.88 < 0.95; start and end pass.
    let ids: Vec<&str> = t
        .events
        .iter()
        .map(|e| e.when.value.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["2022-01-13", "2022-01-19"]);

    let strict = TimelineOptions::builder().strict(true).build();
    assert!(Timeline::build(&articles(), &mentions(), &strict).is_ok());
    let mut arts = articles();
    arts.push(ArticleInput::new("undated", None, ReferenceSource::None));
    assert!(matches!(
        Timeline::build(&arts, &mentions(), &strict),
        Err(dateline::Error::NoReference { .. })
    ));
    // Lenient: processed anyway.
    assert!(Timeline::build(&arts, &mentions(), &TimelineOptions::default()).is_ok());
    let mut ms = mentions();
    ms[0].article = "unknown".into();
    assert!(matches!(
        Timeline::build(&articles(), &ms, &strict),
        Err(dateline::Error::InvalidInput { .. })
    ));
    let lenient = Timeline::build(&articles(), &ms, &TimelineOptions::default());
    assert!(lenient.is_ok_and(|t| {
        t.events
            .iter()
            .any(|e| e.sources.contains(&"unknown".to_string()))
    }));
    let mut arts = articles();
    arts.push(article("afp", 1, 14));
    assert!(Timeline::build(&arts, &mentions(), &strict).is_err());
}

#[test]
fn denied_mentions_are_left_out() {
    let mut ms = mentions();
    let mut denied = start_afp().build();
    denied.start += 5000;
    denied.end += 5000;
    denied.polarity = dateline::timeline::Polarity::Negative;
    ms.push(denied);
    let t = Timeline::build(&articles(), &ms, &TimelineOptions::default()).unwrap_or_default();
    assert_eq!(t, timeline());
}

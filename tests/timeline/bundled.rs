//! The bundled collection (`examples/data/kazakhstan`) through the whole
//! pipeline ([`Timeline::from_collection`]): the story's three key events,
//! each one event with mentions from every article that reports it, in
//! order; no mention from boilerplate; a readable Markdown chronology.

use std::collections::BTreeSet;
use std::path::Path;

use dateline::article::{Collection, ReferenceOptions};
use dateline::timeline::{Event, PhaseAspect, Timeline, TimelineOptions};

fn collection() -> Collection {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/kazakhstan/articles.json");
    Collection::from_manifest(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn timeline() -> Timeline {
    Timeline::from_collection(
        &collection(),
        &ReferenceOptions::default(),
        &TimelineOptions::default(),
    )
    .unwrap_or_else(|e| panic!("bundled collection: {e}"))
}

fn articles(e: &Event) -> BTreeSet<&str> {
    e.mentions.iter().map(|m| m.article.as_str()).collect()
}

/// The event on `day` of semantic class `class` with `aspect` reported by
/// the most articles.
fn find<'a>(t: &'a Timeline, day: &str, class: &str, aspect: PhaseAspect) -> &'a Event {
    t.events
        .iter()
        .filter(|e| {
            e.when.value.as_deref() == Some(day)
                && e.aspect == aspect
                && e.class.as_deref() == Some(class)
        })
        .max_by_key(|e| articles(e).len())
        .unwrap_or_else(|| panic!("no {class} {aspect:?} event on {day}"))
}

#[test]
fn the_three_key_events_each_merged_across_articles() {
    let t = timeline();
    let start = find(&t, "2022-01-13", "withdraw", PhaseAspect::Start);
    let start_articles = articles(start);
    assert!(start_articles.len() >= 4, "start: {start_articles:?}");
    assert!(start.mentions.iter().any(|m| m.article == "straitstimes-afp"
        && m.time_text.as_deref() == Some("last week")));
    assert!(start.mentions.iter().any(|m| {
        m.article == "reuters"
            && m.time_text
                .as_deref()
                .is_some_and(|s| s.contains("two days"))
    }));
    let end = find(&t, "2022-01-19", "withdraw", PhaseAspect::End);
    assert!(articles(end).len() >= 2, "end: {:?}", articles(end));
    let deploy = t
        .events
        .iter()
        .filter(|e| {
            e.when.value.as_deref() == Some("2022-01-06") && e.class.as_deref() == Some("deploy")
        })
        .max_by_key(|e| articles(e).len())
        .unwrap_or_else(|| panic!("no deployment on 2022-01-06"));
    assert!(
        articles(deploy).len() >= 2,
        "deploy: {:?}",
        articles(deploy)
    );
    assert_ne!(start.id, end.id);
    let before = |a: &Event, b: &Event| {
        t.relation(&a.id, &b.id).is_some_and(|r| r.is_before())
            || t.before(&b.id).iter().any(|e| e.id == a.id)
    };
    assert!(before(deploy, start), "deployment before start");
    assert!(before(start, end), "start before completion");
    assert!(before(deploy, end), "deployment before completion");
}

#[test]
fn no_mention_from_boilerplate() {
    let resolved = collection()
        .resolve_references(&ReferenceOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let t = timeline();
    for e in &t.events {
        for m in &e.mentions {
            let Some(r) = resolved.iter().find(|r| r.article.id == m.article) else {
                panic!("unknown article {}", m.article);
            };
            for b in &r.structure.boilerplate {
                assert!(
                    m.end <= b.span.start || m.start >= b.span.end,
                    "{} in boilerplate of {}: {}",
                    m.trigger,
                    m.article,
                    m.text
                );
            }
        }
    }
}

#[test]
fn markdown_reads_as_the_story() {
    let t = timeline();
    let md = t.to_markdown();
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Date"))
        .collect();
    // A chronology, not a dump of every mention.
    assert!(rows.len() <= 60, "{} rows:\n{md}", rows.len());
    let row = |day: &str, words: &[&str]| {
        rows.iter().position(|r| {
            let l = r.to_lowercase();
            r.starts_with(&format!("| {day} |")) && words.iter().any(|w| l.contains(w))
        })
    };
    let deploy = row("2022-01-06", &["deploy", "arriv", "sent"]);
    let start = row("2022-01-13", &["withdraw", "pull"]);
    let end = row(
        "2022-01-19",
        &["withdraw", "draw down", "conclud", "complet"],
    );
    assert!(deploy.is_some() && start.is_some() && end.is_some(), "{md}");
    assert!(deploy < start && start < end, "{md}");
    // No row dated by the time of a comparison ("violence not seen since
    // the country gained independence in 1991").
    assert!(!rows.iter().any(|r| r.starts_with("| 1991 |")), "{md}");
    // No label repeated on another date, none opening with a gerund.
    let labels: Vec<&str> = rows
        .iter()
        .map(|r| r.split('|').nth(2).unwrap_or_default().trim())
        .collect();
    let distinct: BTreeSet<&str> = labels.iter().copied().collect();
    assert_eq!(distinct.len(), labels.len(), "{md}");
    assert!(
        !labels.iter().any(|l| l
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"))),
        "{md}"
    );
    // No reporting verb as an event of its own.
    for r in &rows {
        let event = r
            .split('|')
            .nth(2)
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        assert!(
            !["said", "added", "told", "reported"]
                .iter()
                .any(|w| event.ends_with(w)),
            "reporting row: {r}"
        );
        assert!(!event.contains("(unknown)"), "unknown-status row: {r}");
    }
}

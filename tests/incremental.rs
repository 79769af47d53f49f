//! The incremental API: articles added one at a time give the same timeline
//! as a batch build of the same articles, byte for byte; only the articles
//! whose inputs changed are tagged again; a failed add changes nothing.

use std::path::Path;

use chrono::NaiveDate;
use dateline::Error;
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::timeline::{Incremental, Timeline, TimelineOptions};

fn kazakhstan() -> Collection {
    Collection::from_manifest(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/kazakhstan/articles.json"),
    )
    .unwrap()
}

fn batch(articles: &[Article]) -> String {
    Timeline::from_collection(
        &Collection::new(articles.to_vec()),
        &ReferenceOptions::default(),
        &TimelineOptions::default(),
    )
    .unwrap()
    .to_json()
}

/// Every permutation of `0..n` in lexicographic order.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut p: Vec<usize> = (0..n).collect();
    loop {
        out.push(p.clone());
        let Some(i) = (1..n).rev().find(|&i| p[i - 1] < p[i]) else {
            return out;
        };
        let j = (i..n).rev().find(|&j| p[j] > p[i - 1]).unwrap();
        p.swap(i - 1, j);
        p[i..].reverse();
    }
}

#[test]
fn kazakhstan_one_by_one_equals_batch() {
    let c = kazakhstan();
    assert_eq!(c.len(), 5);
    let whole = batch(&c.articles);
    assert!(whole.contains("2022-01-13"));
    let orders = permutations(c.len());
    // Several orders, spread over all 120.
    for order in orders.iter().step_by(17) {
        let mut live = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
        let mut added = Vec::new();
        for &i in order {
            let a = c.articles[i].clone();
            added.push(a.clone());
            let json = live.add(a).unwrap().to_json();
            // After each add: the batch timeline of the articles so far.
            assert_eq!(
                json,
                batch(&added),
                "order {order:?}, after {}",
                added.len()
            );
            assert_eq!(live.rerun().last(), Some(&c.articles[i].id));
        }
        assert_eq!(live.timeline().to_json(), whole, "order {order:?}");
        assert_eq!(live.len(), 5);
    }
}

#[test]
fn from_collection_and_extend() {
    let c = kazakhstan();
    let live =
        Incremental::from_collection(&c, ReferenceOptions::default(), TimelineOptions::default())
            .unwrap();
    assert_eq!(live.timeline().to_json(), batch(&c.articles));
    let mut two_steps = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
    two_steps.extend(c.articles[..2].iter().cloned()).unwrap();
    assert_eq!(two_steps.rerun().len(), 2);
    two_steps.extend(c.articles[2..].iter().cloned()).unwrap();
    assert_eq!(two_steps.into_timeline().to_json(), batch(&c.articles));
}

/// Articles without a year of their own take the collection's; a new
/// article that moves the collection's year moves their reference, and they
/// are tagged again.
#[test]
fn collection_year_changes_rerun_other_articles() {
    let undated = |id: &str, text: &str| Article::new(id, text);
    let a = undated(
        "a",
        "ALMATY, Jan 13 (Reuters) - Russian-led troops began withdrawing from Kazakhstan on Thursday, the ministry said.",
    );
    let b = undated(
        "b",
        "MOSCOW, Jan 19 (AFP) - The last Russian troops left Kazakhstan on Wednesday, completing the withdrawal.",
    );
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let c1 = Article::builder(
        "c1",
        "NUR-SULTAN (AP) - President Tokayev thanked the CSTO on Tuesday for its help.",
    )
    .published(day(2022, 1, 11))
    .build();
    let c2 = Article::builder(
        "c2",
        "WASHINGTON (AP) - Officials met on Monday to discuss Kazakhstan.",
    )
    .published(day(2021, 1, 11))
    .build();
    let c3 = Article::builder("c3", "PARIS (AFP) - Ministers met on Friday.")
        .published(day(2021, 2, 5))
        .build();

    let c4 = Article::builder("c4", "BERLIN (dpa) - The talks resumed on Thursday.")
        .published(day(2021, 3, 4))
        .build();
    let sorted = |live: &Incremental| {
        let mut v = live.rerun().to_vec();
        v.sort();
        v
    };

    let mut live = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
    live.add(a.clone()).unwrap();
    let t = live.add(b.clone()).unwrap();
    // No year anywhere yet: no reference date.
    assert_eq!(t.reference_of("a").and_then(|r| r.date), None);
    let t = live.add(c1.clone()).unwrap();
    // c1 gives the collection its year: "a" and "b" resolve and are tagged
    // again.
    assert_eq!(
        t.reference_of("a").and_then(|r| r.date),
        Some(day(2022, 1, 13))
    );
    assert_eq!(sorted(&live), ["a", "b", "c1"]);
    // Two articles from 2021: the collection's year becomes 2021.
    let t = live.extend([c2.clone(), c3.clone()]).unwrap();
    assert_eq!(
        t.reference_of("a").and_then(|r| r.date),
        Some(day(2021, 1, 13))
    );
    assert_eq!(sorted(&live), ["a", "b", "c2", "c3"]);
    // Another from 2021 moves no reference: only c4 is tagged.
    live.add(c4.clone()).unwrap();
    assert_eq!(live.rerun(), ["c4"]);
    assert_eq!(
        live.timeline().to_json(),
        batch(&[
            a.clone(),
            b.clone(),
            c1.clone(),
            c2.clone(),
            c3.clone(),
            c4.clone()
        ])
    );
    // And in another order.
    let mut other = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
    for art in [c3, a, c4, c2, b, c1] {
        other.add(art).unwrap();
    }
    assert_eq!(other.timeline().to_json(), live.timeline().to_json());
}

#[test]
fn failed_add_changes_nothing() {
    let c = kazakhstan();
    let strict = TimelineOptions::builder().strict(true).build();
    let mut live = Incremental::new(ReferenceOptions::default(), strict);
    live.add(c.articles[0].clone()).unwrap();
    let before = live.timeline().to_json();
    // No reference at all: an error in strict mode.
    let err = live.add(Article::new("x", "Troops left."));
    assert!(matches!(err, Err(Error::NoReference { .. })), "{err:?}");
    assert_eq!(live.len(), 1);
    assert_eq!(live.timeline().to_json(), before);
    // Over the article limit.
    let small = TimelineOptions::builder().max_articles(2).build();
    let mut live = Incremental::new(ReferenceOptions::default(), small);
    live.add(c.articles[0].clone()).unwrap();
    live.add(c.articles[1].clone()).unwrap();
    let before = live.timeline().to_json();
    assert!(matches!(
        live.add(c.articles[2].clone()),
        Err(Error::CollectionTooLarge {
            size: 3,
            limit: 2,
            ..
        })
    ));
    assert_eq!(live.len(), 2);
    assert_eq!(live.timeline().to_json(), before);
    // It still works after the error.
    assert_eq!(
        live.extend(Vec::new()).unwrap().to_json(),
        batch(&c.articles[..2])
    );
}

#[test]
fn empty() {
    let live = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
    assert!(live.is_empty());
    assert!(live.timeline().events.is_empty());
    assert_eq!(live.timeline().to_json(), batch(&[]));
}

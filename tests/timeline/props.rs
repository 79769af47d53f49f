//! Property tests: any input, in any order, gives the same timeline, and the
//! timeline is well formed (ids resolve, relations consistent with the
//! display order, every mention kept exactly once).

use std::collections::BTreeSet;

use dateline::timeline::{
    AnchorInput, ArticleInput, MentionInput, PhaseAspect, ReferenceSource, SignalInput, SignalKind,
    SignalTarget, Status, Timeline, TimelineOptions,
};
use dateline::value::Value;
use proptest::prelude::*;

use super::shuffle;

const LEMMAS: &[&str] = &["withdraw", "deploy", "speech", "withdrawal", "attack"];
const WHO: &[&str] = &["russia", "kazakhstan", "tokayev", "csto"];
const VALUES: &[&str] = &[
    "2022-01-06",
    "2022-01-10",
    "2022-01-11",
    "2022-01-13",
    "2022-01-19",
    "2022-W02",
    "2022-01",
    "2022-W03",
];

fn mention() -> impl Strategy<Value = MentionInput> {
    (
        0usize..4,
        0usize..6,
        0usize..LEMMAS.len(),
        0usize..4,
        0usize..4,
        prop::collection::btree_set(0usize..WHO.len(), 0..3),
        prop::option::of(0usize..VALUES.len()),
        0u32..100,
        prop::option::of((0usize..6, 0usize..3)),
    )
        .prop_map(
            |(article, sentence, lemma, aspect, status, who, value, salience, signal)| {
                let start = sentence * 100 + lemma;
                let aspect = [
                    PhaseAspect::None,
                    PhaseAspect::Start,
                    PhaseAspect::End,
                    PhaseAspect::None,
                ][aspect];
                let status = [
                    Status::Happened,
                    Status::Planned,
                    Status::Happened,
                    Status::Unknown,
                ][status];
                let signals = signal
                    .map(|(s, k)| SignalInput {
                        kind: [SignalKind::After, SignalKind::Before, SignalKind::During][k],
                        text: "after".into(),
                        target: SignalTarget::Mention {
                            start: s * 100,
                            end: s * 100 + 3,
                        },
                        offset: None,
                    })
                    .into_iter()
                    .collect();
                MentionInput {
                    article: format!("a{article}"),
                    start,
                    end: start + 3,
                    trigger: LEMMAS[lemma].into(),
                    lemma: LEMMAS[lemma].into(),
                    semantic_class: (lemma % 2 == 0).then(|| "c".to_string()),
                    aspect,
                    status,
                    sentence: format!("Someone did {} with {} things.", LEMMAS[lemma], sentence),
                    sentence_index: sentence,
                    participants: who.into_iter().map(|w| WHO[w].to_string()).collect(),
                    anchor: value.map(|v| {
                        AnchorInput::new(VALUES[v].parse().unwrap_or(Value::PastRef), "then", 0, 4)
                    }),
                    salience: salience as f32 / 100.0,
                    signals,
                    ..MentionInput::default()
                }
            },
        )
}

fn articles() -> Vec<ArticleInput> {
    (0..4)
        .map(|i| {
            ArticleInput::new(
                format!("a{i}"),
                chrono::NaiveDate::from_ymd_opt(2022, 1, 11 + 3 * i),
                ReferenceSource::Published,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_order_same_timeline(ms in prop::collection::vec(mention(), 0..40), seed in any::<u64>()) {
        let options = TimelineOptions::default();
        let t = Timeline::build(&articles(), &ms, &options).unwrap_or_default();
        let mut shuffled = ms.clone();
        shuffle(&mut shuffled, seed);
        let mut arts = articles();
        shuffle(&mut arts, seed ^ 0x5555);
        let u = Timeline::build(&arts, &shuffled, &options).unwrap_or_default();
        prop_assert_eq!(t.to_json(), u.to_json());

        // Well formed.
        let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
        for (i, id) in ids.iter().enumerate() {
            prop_assert_eq!(*id, format!("e{}", i + 1));
        }
        let pos = |id: &str| ids.iter().position(|e| *e == id);
        for r in &t.relations {
            prop_assert!(pos(&r.from).is_some() && pos(&r.to).is_some());
            prop_assert!(r.from != r.to);
        }
        for c in &t.conflicts {
            prop_assert!(c.events.iter().all(|e| pos(e).is_some()));
            prop_assert!(c.sides.len() >= 2);
        }
        // Every distinct mention is in exactly one event.
        let keys: BTreeSet<(String, usize, usize)> =
            ms.iter().map(|m| (m.article.clone(), m.start, m.end)).collect();
        let mut seen = BTreeSet::new();
        for e in &t.events {
            for m in &e.mentions {
                prop_assert!(seen.insert((m.article.clone(), m.start, m.end)));
            }
            // One aspect per event.
            prop_assert!(e.mentions.len() <= keys.len());
        }
        prop_assert_eq!(seen, keys);
        // Dated events appear in date order, unless a stored relation
        // puts a later one first.
        let dated: Vec<_> = t.events.iter().filter_map(|e| e.when.start).collect();
        let mut sorted = dated.clone();
        sorted.sort();
        if t.relations.iter().all(|r| r.basis == dateline::timeline::Basis::Date) {
            prop_assert_eq!(dated, sorted);
        }
        // The exports never fail.
        let _ = t.to_markdown();
        let _ = t.to_dot();
        let _ = t.to_timelinejs(None);
        prop_assert!(Timeline::from_json(&t.to_json()).is_ok());
        for e in &t.events {
            let _ = t.before(&e.id);
            let _ = t.after(&e.id);
        }
    }
}

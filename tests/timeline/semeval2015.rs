//! SemEval-2015 Task 4 end to end: the 30 trial documents through the
//! pipeline, one timeline per target entity written, read back and scored
//! against the gold with the task's measure.

use std::path::PathBuf;

use super::trial;

use dateline::article::{Collection, ReferenceOptions};
use dateline::timeline::semeval::{
    CatDocument, SemevalTimeline, read_documents, read_timelines, score, timeline_for_entity,
};
use dateline::timeline::{Timeline, TimelineOptions};

/// A fresh folder under the system's temporary directory.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

#[test]
fn trial_documents_give_scored_timelines() {
    let root = trial();
    let docs = read_documents(&root.join("documents")).unwrap_or_default();
    assert_eq!(docs.len(), 30);
    // Every date line reads as a date.
    for d in &docs {
        assert!(
            d.published().is_some(),
            "{}: {:?}",
            d.doc_id,
            d.sentence_text(1)
        );
    }
    let collection = Collection::new(docs.iter().map(CatDocument::article).collect());
    let timeline = Timeline::from_collection(
        &collection,
        &ReferenceOptions::default(),
        &TimelineOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(timeline.events.len() > 100);

    let entities =
        std::fs::read_to_string(root.join("list_target_entities.txt")).unwrap_or_default();
    let entities: Vec<&str> = entities
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(entities.len(), 6);
    let out = temp_dir("semeval2015");
    for entity in &entities {
        let t = timeline_for_entity(&timeline, entity, &docs);
        assert!(!t.lines.is_empty(), "no event for {entity}");
        std::fs::write(out.join(SemevalTimeline::file_name(entity)), t.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let mut system = Vec::new();
    for entity in &entities {
        let path = out.join(SemevalTimeline::file_name(entity));
        let t = SemevalTimeline::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.entity, *entity);
        for l in &t.lines {
            assert!(
                ["XXXX-XX-XX"].contains(&l.date.as_str())
                    || l.date.len() == 10 && l.date.as_bytes()[4] == b'-',
                "{}",
                l.date
            );
            for m in &l.mentions {
                assert_eq!(m.splitn(3, '-').count(), 3, "{m}");
            }
        }
        system.push(t);
    }
    let _ = std::fs::remove_dir_all(&out);

    let gold = read_timelines(&root.join("gold-timelines")).unwrap_or_default();
    let s = score(&gold, &system);
    // Measured: P 0.261, R 0.343, F1 0.296 (the best raw-text system of
    // the task scored 0.0785 on its test data).
    assert!(s.f1 > 0.0, "{s:?}");
    assert!(
        s.f1 >= 0.29,
        "F1 {:.3} (P {:.3}, R {:.3})",
        s.f1,
        s.precision,
        s.recall
    );
    assert!(s.precision >= 0.25 && s.recall >= 0.33, "{s:?}");
    assert!(s.timelines.iter().all(|(_, c)| c.system > 0), "{s:?}");
}

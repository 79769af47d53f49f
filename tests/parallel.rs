//! The `rayon` feature: the parallel per-article stages give the same
//! result as the sequential path, byte for byte.

use std::path::Path;

use dateline::article::{Collection, ReferenceOptions};
use dateline::timeline::{Prepared, TimelineOptions};

fn same(collection: &Collection) {
    let r = ReferenceOptions::default();
    let o = TimelineOptions::default();
    let parallel = Prepared::new(collection, &r, &o).unwrap();
    let sequential = Prepared::new_sequential(collection, &r, &o).unwrap();
    assert_eq!(
        serde_json::to_string(&parallel).unwrap(),
        serde_json::to_string(&sequential).unwrap()
    );
    let json = parallel.build(&o).unwrap().to_json();
    assert_eq!(json, sequential.build(&o).unwrap().to_json());
    assert!(!parallel.mentions.is_empty());
}

#[test]
fn kazakhstan_parallel_equals_sequential() {
    let c = Collection::from_manifest(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/kazakhstan/articles.json"),
    )
    .unwrap();
    same(&c);
}

#[test]
fn silver_parallel_equals_sequential() {
    let dir = super::article::support::corpora().join("te3-silver");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; set DATELINE_CORPORA", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    files.truncate(150);
    assert_eq!(files.len(), 150);
    same(&Collection::from_files(&files).unwrap());
}

//! The whole pipeline, from raw articles to the ordered event graph, over
//! the 400 TE3 silver wire stories at 1×, 4× and 16× (copies under other
//! ids), in bytes of article text per second on one core; and the merge
//! alone (`Prepared::build`, the stages before it run once outside the
//! timing) at the same sizes.
//!
//! `cargo bench --bench timeline`
#![allow(missing_docs)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::tagger::dct_reference;
use dateline::timeline::{Prepared, Timeline, TimelineOptions};
use dateline::timeml::Document;

/// The silver stories as articles published on their DCT, `copies` times.
fn collection(copies: usize) -> (Collection, usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3-silver");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| Document::from_path(p).ok())
        .collect();
    let mut articles = Vec::new();
    let mut bytes = 0;
    for c in 0..copies {
        for (i, d) in docs.iter().enumerate() {
            let mut b = Article::builder(format!("{c}-{i}"), d.text.clone());
            if let Some(r) = dct_reference(d) {
                b = b.published(r.date);
            }
            bytes += d.text.len();
            articles.push(b.build());
        }
    }
    (Collection::new(articles), bytes)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline");
    group.sample_size(10);
    for copies in [1, 4, 16] {
        let (collection, bytes) = collection(copies);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("te3-silver-x{copies}"), |b| {
            b.iter(|| {
                Timeline::from_collection(
                    &collection,
                    &ReferenceOptions::default(),
                    &TimelineOptions::default(),
                )
                .map(|t| t.events.len())
                .unwrap_or(0)
            })
        });
    }
    group.finish();
}

fn merge(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    let options = TimelineOptions::default();
    for copies in [1, 4, 16] {
        let (collection, bytes) = collection(copies);
        let prepared = Prepared::new(&collection, &ReferenceOptions::default(), &options)
            .unwrap_or_else(|e| panic!("{e}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("te3-silver-x{copies}"), |b| {
            b.iter(|| {
                prepared
                    .build(&options)
                    .map(|t| t.events.len())
                    .unwrap_or(0)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench, merge);
criterion_main!(benches);

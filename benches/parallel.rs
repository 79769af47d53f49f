//! Sequential against parallel (the `rayon` feature) over 4× the 400 TE3
//! silver wire stories (copies under other ids): the per-article stages
//! alone (`Prepared::new_sequential` against `Prepared::new`) and the whole
//! build (the merge stays sequential), in bytes of article text per second.
//!
//! `cargo bench --features rayon --bench parallel`
#![allow(missing_docs)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::tagger::dct_reference;
use dateline::timeline::{Prepared, TimelineOptions};

/// The silver stories as articles published on their DCT, `copies` times.
fn collection(copies: usize) -> (Collection, usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3-silver");
    let docs = dateline::timeml::read_folder(&dir).unwrap_or_else(|e| panic!("{e}"));
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
    let (collection, bytes) = collection(4);
    let r = ReferenceOptions::default();
    let o = TimelineOptions::default();
    let mut group = c.benchmark_group("parallel");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("per-article-x4/sequential", |b| {
        b.iter(|| {
            Prepared::new_sequential(&collection, &r, &o)
                .map(|p| p.mentions.len())
                .unwrap_or(0)
        })
    });
    group.bench_function(
        format!("per-article-x4/rayon-{}", rayon::current_num_threads()),
        |b| {
            b.iter(|| {
                Prepared::new(&collection, &r, &o)
                    .map(|p| p.mentions.len())
                    .unwrap_or(0)
            })
        },
    );
    group.bench_function("build-x4/sequential", |b| {
        b.iter(|| {
            Prepared::new_sequential(&collection, &r, &o)
                .and_then(|p| p.build(&o))
                .map(|t| t.events.len())
                .unwrap_or(0)
        })
    });
    group.bench_function(
        format!("build-x4/rayon-{}", rayon::current_num_threads()),
        |b| {
            b.iter(|| {
                Prepared::new(&collection, &r, &o)
                    .and_then(|p| p.build(&o))
                    .map(|t| t.events.len())
                    .unwrap_or(0)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

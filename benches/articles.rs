//! The article stage alone: structure and reference time of every article
//! ([`Collection::resolve_references`]) over the 400 TE3 silver wire
//! stories at 1×, 4× and 16× (copies under other ids), in bytes of article
//! text per second on one core.
//!
//! `cargo bench --bench articles`
#![allow(missing_docs)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::tagger::dct_reference;
use dateline::timeml::{Document, read_folder};

/// The silver stories as articles published on their DCT, `copies` times.
fn collection(docs: &[Document], copies: usize) -> (Collection, usize) {
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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3-silver");
    let docs = read_folder(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut group = c.benchmark_group("articles");
    group.sample_size(10);
    for copies in [1, 4, 16] {
        let (collection, bytes) = collection(&docs, copies);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("te3-silver-x{copies}"), |b| {
            b.iter(|| {
                collection
                    .resolve_references(&ReferenceOptions::default())
                    .map(|r| r.len())
                    .unwrap_or(0)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

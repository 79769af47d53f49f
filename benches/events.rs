//! Throughput of tagging plus event extraction over the TE3 silver text
//! (`../shared/corpora/te3-silver`) at 1×, 4× and 16× the stories, in bytes
//! of text per second, one core.
//!
//! ```text
//! cargo bench --bench events
//! ```
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::events::Extractor;
use dateline::tagger::{Tagger, dct_reference};
use dateline::timeml::Document;

fn corpus() -> Vec<(String, Option<dateline::tagger::ReferenceTime>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/te3-silver");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| Document::from_path(p).ok())
        .map(|d| {
            let r = dct_reference(&d);
            (d.text, r)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let tagger = Tagger::default();
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("te3-silver");
    group.sample_size(20);
    for copies in [1usize, 4, 16] {
        let suffix = if copies == 1 {
            String::new()
        } else {
            format!("-x{copies}")
        };
        group.throughput(Throughput::Bytes((bytes * copies) as u64));
        group.bench_function(format!("tag{suffix}"), |b| {
            b.iter(|| {
                for _ in 0..copies {
                    for (text, r) in &docs {
                        black_box(tagger.tag(text, *r));
                    }
                }
            })
        });
        group.bench_function(format!("tag+events{suffix}"), |b| {
            b.iter(|| {
                for _ in 0..copies {
                    for (text, r) in &docs {
                        black_box(extractor.run(&tagger, text, *r));
                    }
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Tagging throughput over the raw text of the TE3 silver wire stories
//! (`../shared/corpora/te3-silver`) at 1×, 4× and 16× the stories, in bytes
//! per second on one core.
//!
//! `cargo bench --bench tagger`
#![allow(missing_docs)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::tagger::{ReferenceTime, Tagger, dct_reference};

/// The silver stories' TEXT with their DCTs.
fn corpus() -> Vec<(String, Option<ReferenceTime>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3-silver");
    dateline::timeml::read_folder(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|d| {
            let r = dct_reference(&d);
            (d.text, r)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let tagger = Tagger::default();
    let mut group = c.benchmark_group("tagger");
    group.sample_size(20);
    for copies in [1usize, 4, 16] {
        group.throughput(Throughput::Bytes((bytes * copies) as u64));
        group.bench_function(format!("te3-silver-x{copies}"), |b| {
            b.iter(|| {
                let mut n = 0;
                for _ in 0..copies {
                    for (text, r) in &docs {
                        n += tagger.tag(text, *r).len();
                    }
                }
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

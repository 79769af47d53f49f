//! The article stage alone: structure and reference time of every article
//! ([`Collection::resolve_references`]) over the 400 TE3 silver wire
//! stories at 1×, 4× and 16× (copies under other ids), in bytes of article
//! text per second on one core.
//!
//! `cargo bench --bench articles`
#![allow(missing_docs)]

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::ReferenceOptions;
use support::{collection, silver};

fn bench(c: &mut Criterion) {
    let docs = silver();
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

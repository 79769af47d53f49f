//! The whole pipeline, from raw articles to the ordered event graph, over
//! the 400 TE3 silver wire stories at 1×, 4× and 16× (copies under other
//! ids), in bytes of article text per second on one core; and the merge
//! alone (`Prepared::build`, the stages before it run once outside the
//! timing) at the same sizes.
//!
//! `cargo bench --bench timeline`
#![allow(missing_docs)]

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::ReferenceOptions;
use dateline::timeline::{Prepared, Timeline, TimelineOptions};
use support::{collection, silver};

fn bench(c: &mut Criterion) {
    let docs = silver();
    let mut group = c.benchmark_group("timeline");
    group.sample_size(10);
    for copies in [1, 4, 16] {
        let (collection, bytes) = collection(&docs, copies);
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
    let docs = silver();
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    let options = TimelineOptions::default();
    for copies in [1, 4, 16] {
        let (collection, bytes) = collection(&docs, copies);
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

//! Sequential against parallel (the `rayon` feature) over 4× the 400 TE3
//! silver wire stories (copies under other ids): the per-article stages
//! alone (`Prepared::new_sequential` against `Prepared::new`) and the whole
//! build (the merge stays sequential), in bytes of article text per second.
//!
//! Each routine returns what it built and criterion drops it outside the
//! timed region (`iter_with_large_drop`): the figures are the time to
//! produce the result. Freeing it (tens of thousands of mentions, each
//! with its strings) runs on one thread in both variants, whenever the
//! caller lets go of it, and is timed by no routine here.
//!
//! `cargo bench --features rayon --bench parallel`
#![allow(missing_docs)]

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::ReferenceOptions;
use dateline::timeline::{Prepared, TimelineOptions};
use support::{collection, silver};

fn bench(c: &mut Criterion) {
    let (collection, bytes) = collection(&silver(), 4);
    let r = ReferenceOptions::default();
    let o = TimelineOptions::default();
    let mut group = c.benchmark_group("parallel");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("per-article-x4/sequential", |b| {
        b.iter_with_large_drop(|| Prepared::new_sequential(&collection, &r, &o).ok())
    });
    group.bench_function(
        format!("per-article-x4/rayon-{}", rayon::current_num_threads()),
        |b| b.iter_with_large_drop(|| Prepared::new(&collection, &r, &o).ok()),
    );
    group.bench_function("build-x4/sequential", |b| {
        b.iter_with_large_drop(|| {
            Prepared::new_sequential(&collection, &r, &o)
                .and_then(|p| p.build(&o).map(|t| (p, t)))
                .ok()
        })
    });
    group.bench_function(
        format!("build-x4/rayon-{}", rayon::current_num_threads()),
        |b| {
            b.iter_with_large_drop(|| {
                Prepared::new(&collection, &r, &o)
                    .and_then(|p| p.build(&o).map(|t| (p, t)))
                    .ok()
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

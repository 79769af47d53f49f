//! Manifest loader: a random manifest (and one article file beside it)
//! gives a collection or a typed error, never a panic.
#![no_main]
use dateline::article::{Collection, ReferenceOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("dateline-fuzz-manifest-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (manifest, article) = data.split_at(split);
    if std::fs::write(dir.join("articles.json"), manifest).is_err()
        || std::fs::write(dir.join("a.txt"), article.get(1..).unwrap_or_default()).is_err()
    {
        return;
    }
    if let Ok(c) = Collection::from_manifest(dir.join("articles.json")) {
        let _ = c.resolve_references(&ReferenceOptions::default());
    }
});

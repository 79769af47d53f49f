//! Shared by the benches: the TE3 silver stories as articles.
#![allow(dead_code)]

use std::path::Path;

use dateline::article::{Article, Collection};
use dateline::tagger::dct_reference;
use dateline::timeml::{Document, read_folder};

/// The 400 TE3 silver stories (`../shared/corpora/te3-silver`).
pub fn silver() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3-silver");
    read_folder(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// The stories as articles published on their DCT, `copies` times (ids
/// `{copy}-{index}`), with their total bytes of text.
pub fn collection(docs: &[Document], copies: usize) -> (Collection, usize) {
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

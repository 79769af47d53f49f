//! Dateline parser and article structure: never panic; spans lie inside
//! the text on char boundaries.
#![no_main]
use dateline::article::{Article, ReferenceOptions, Structure, parse_dateline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(d) = parse_dateline(&text) {
        assert!(d.span.end <= text.len());
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
    let s = Structure::parse(&text);
    for seg in s.body_segments() {
        assert!(seg.end <= text.len() && text.is_char_boundary(seg.start) && text.is_char_boundary(seg.end));
    }
    let article = Article::new("fuzz", text.to_string());
    let _ = article.reference(&ReferenceOptions::default().year_hint(2022));
    let _ = article.reference(&ReferenceOptions::default().strict(true));
});

//! TimeML reader: never panics; what parses writes back as TimeML that
//! parses to the same text.
#![no_main]
use dateline::timeml::{Document, write_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = Document::parse(s) {
        for t in &doc.timexes {
            assert!(t.end <= doc.text.len());
        }
        if let Ok(w) = write_document(&doc) {
            let again = Document::parse(&w.xml).expect("written TimeML parses");
            assert_eq!(again.text, doc.text);
        }
    }
});

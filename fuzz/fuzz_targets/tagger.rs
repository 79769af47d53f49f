//! The tagger on random text with random reference times (far past and far
//! future included): never panics; spans are sorted, disjoint, on char
//! boundaries and slice back to the expression's text.
#![no_main]
use chrono::NaiveDate;
use dateline::tagger::Tagger;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static TAGGER: OnceLock<Tagger> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let days = i32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    let reference = NaiveDate::from_num_days_from_ce_opt(days.rem_euclid(3_650_000).max(1))
        .map(Into::into);
    let text = String::from_utf8_lossy(&data[4..]);
    let tagger = TAGGER.get_or_init(Tagger::default);
    for r in [reference, None] {
        let found = tagger.tag(&text, r);
        let mut last = 0;
        for e in &found {
            assert!(e.start >= last && e.start < e.end && e.end <= text.len());
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            assert_eq!(&text[e.start..e.end], e.text);
            if let Some(iv) = e.interval {
                assert!(iv.start <= iv.end);
            }
            last = e.end;
        }
    }
});

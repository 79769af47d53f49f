//! The whole timeline build on random articles: a timeline or a typed
//! error, never a panic; the JSON is deterministic.
#![no_main]
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::timeline::{Timeline, TimelineOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let days = i32::from(u16::from_le_bytes([data[0], data[1]]));
    let published = chrono::NaiveDate::from_num_days_from_ce_opt(700_000 + days);
    let text = String::from_utf8_lossy(&data[2..]);
    // Up to three articles cut from the input at NUL-free boundaries.
    let parts: Vec<&str> = text.splitn(3, '\u{1}').collect();
    let articles: Vec<Article> = parts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut b = Article::builder(format!("a{i}"), t.to_string());
            if i != 1 {
                if let Some(p) = published {
                    b = b.published(p);
                }
            }
            b.build()
        })
        .collect();
    let collection = Collection::new(articles);
    let options = TimelineOptions::default();
    if let Ok(t) = Timeline::from_collection(&collection, &ReferenceOptions::default(), &options) {
        let again = Timeline::from_collection(&collection, &ReferenceOptions::default(), &options)
            .expect("the same input builds again");
        assert_eq!(t.to_json(), again.to_json());
        let _ = t.to_markdown();
        let _ = t.to_dot();
    }
});

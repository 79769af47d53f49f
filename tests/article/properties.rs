//! Invariants on arbitrary input: nothing panics, every span lies on char
//! boundaries inside the text, the parts are ordered and do not overlap.

use dateline::article::{
    Article, BlockPosition, ReferenceOptions, Span, Structure, parse_dateline, parse_dateline_at,
};
use proptest::prelude::*;

/// Pieces of news pages, so that generated texts reach the parsers' deeper
/// paths.
const PIECES: &[&str] = &[
    "NAIROBI",
    "Kenya",
    "NUR-SULTAN",
    "Rio de Janeiro",
    ", ",
    " ",
    "(AP)",
    "(Reuters)",
    "(Xinhua)",
    "(Undated)",
    " _",
    " --",
    " —",
    " –",
    " - ",
    ":",
    "Jan",
    "Jan.",
    "January",
    "Feb 30",
    "11",
    "19",
    ", 2022",
    " , 1997",
    "Wednesday",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "PHOTO: EPA-EFE",
    "Subscribe to our newsletter",
    "Leave a Reply",
    "1 thought on",
    "Original source: https:",
    "Ricardo is a renowned author and journalist.",
    "We will review your details.",
    "Troops left on Wednesday (Jan 19).",
    "The state of emergency ended.",
    "é",
    "日本",
    "\u{a0}",
    "•",
    "timePresident",
    "By JOHN SMITH",
    "Eds: UPDATES",
    "October 13 , 2005",
    "Published: 19 January 2022",
    ".",
    "“",
    "”",
];

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat()),
    ]
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end && span.slice(text).is_some()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn structure_spans_are_sound(text in texts()) {
        let s = Structure::parse(&text);
        prop_assert!(on_boundaries(&text, s.body));
        let mut parts: Vec<Span> = Vec::new();
        parts.extend(s.headline);
        parts.extend(s.summary);
        if let Some(d) = &s.dateline {
            prop_assert!(on_boundaries(&text, d.span));
            for p in [&d.place, &d.region, &d.agency].into_iter().flatten() {
                prop_assert!(on_boundaries(&text, p.span));
                prop_assert!(d.span.contains(p.span));
            }
            if let Some(date) = d.date {
                prop_assert!(d.span.contains(date.span));
                prop_assert!(date.in_year(2000).is_some() || (date.month, date.day) == (2, 29));
            }
            parts.push(d.span);
        }
        for b in &s.boilerplate {
            prop_assert!(on_boundaries(&text, b.span));
            prop_assert!(!b.span.is_empty());
            match b.position {
                BlockPosition::Interior => prop_assert!(s.body.contains(b.span)),
                BlockPosition::Leading => prop_assert!(b.span.end <= s.body.start),
                BlockPosition::Trailing => prop_assert!(b.span.start >= s.body.end),
                _ => {}
            }
            let in_summary = s.summary.is_some_and(|sm| sm.contains(b.span));
            if b.position != BlockPosition::Interior && !in_summary {
                parts.push(b.span);
            }
        }
        for p in &parts {
            prop_assert!(on_boundaries(&text, *p));
        }
        // Headline, summary, dateline and leading/trailing blocks never overlap
        // the body or each other (a leading block may sit inside the summary).
        parts.push(s.body);
        parts.retain(|p| !p.is_empty());
        parts.sort();
        for w in parts.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
        }
        for seg in s.body_segments() {
            prop_assert!(s.body.contains(seg) && !seg.is_empty() && on_boundaries(&text, seg));
        }
        for item in s.summary_items(&text) {
            prop_assert!(on_boundaries(&text, item) && s.summary.is_some_and(|sm| sm.contains(item)));
            prop_assert!(!s.boilerplate.iter().any(|b| b.span.contains(item)));
        }
    }

    #[test]
    fn dateline_parser_never_panics(text in texts(), offset in 0usize..64) {
        if let Some(d) = parse_dateline(&text) {
            prop_assert!(on_boundaries(&text, d.span));
            prop_assert!(d.place.is_some() || d.agency.is_some());
        }
        if let Some(d) = parse_dateline_at(&text, offset) {
            prop_assert!(on_boundaries(&text, d.span) && d.span.start >= offset);
        }
    }

    #[test]
    fn references_never_panic(text in texts(), hint in prop::option::of(prop_oneof![1900i32..2100, any::<i32>()]), window in prop_oneof![0u32..10, any::<u32>()], strict: bool) {
        let a = Article::new("p", text);
        let mut o = ReferenceOptions::default().strict(strict).year_window(window);
        if let Some(h) = hint {
            o = o.year_hint(h);
        }
        match a.reference(&o) {
            Ok(r) => {
                if let Some(sp) = r.span {
                    prop_assert!(on_boundaries(&a.text, sp));
                }
                prop_assert_eq!(r.date.is_some(), matches!(r.source.as_str(), "published" | "dateline" | "in_text"));
                // Lenient mode never fails, and deterministic.
                prop_assert_eq!(a.reference(&o).ok(), Some(r));
            }
            Err(e) => prop_assert!(strict, "lenient mode failed: {}", e),
        }
    }
}

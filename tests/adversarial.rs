//! Adversarial inputs for the tagger: each asserts the result, none measures
//! time.

use chrono::NaiveDate;
use dateline::tagger::{Expression, ReferenceTime, Tagger};

fn dct(y: i32, m: u32, d: u32) -> Option<ReferenceTime> {
    NaiveDate::from_ymd_opt(y, m, d).map(Into::into)
}

/// Spans lie on char boundaries, inside the text, sorted, non-overlapping,
/// and slice back to the expression's text.
fn check_spans(text: &str, found: &[Expression]) {
    let mut last_end = 0;
    for e in found {
        assert!(e.start < e.end && e.end <= text.len(), "{e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert!(e.start >= last_end, "overlap at {}", e.start);
        assert_eq!(&text[e.start..e.end], e.text);
        last_end = e.end;
    }
}

#[test]
fn empty_and_whitespace() {
    let t = Tagger::default();
    assert!(t.tag("", dct(2022, 1, 11)).is_empty());
    assert!(
        t.tag(" \n\t\r\n  \u{a0}\u{2003} ", dct(2022, 1, 11))
            .is_empty()
    );
}

#[test]
fn ten_megabytes_of_digits() {
    let text = "7".repeat(10 * 1024 * 1024);
    let found = Tagger::default().tag(&text, dct(2022, 1, 11));
    assert!(found.is_empty());
}

#[test]
fn a_hundred_thousand_last_weeks() {
    let text = "last week ".repeat(100_000);
    let found = Tagger::default().tag(&text, dct(2022, 1, 13));
    assert_eq!(found.len(), 100_000);
    assert!(
        found
            .iter()
            .all(|e| e.timex.value.to_string() == "2022-W01")
    );
    check_spans(&text, &found);
}

#[test]
fn a_date_on_every_line_of_a_million() {
    let mut text = String::with_capacity(20_000_000);
    for i in 0..1_000_000u32 {
        text.push_str(&format!("Item {i:07} on Jan. {}, 2022\n", i % 28 + 1));
    }
    let found = Tagger::default().tag(&text, dct(2022, 3, 1));
    assert_eq!(found.len(), 1_000_000);
    assert_eq!(found[27].timex.value.to_string(), "2022-01-28");
    check_spans(&text, &found);
}

#[test]
fn unbalanced_brackets_quotes_and_controls() {
    let text = "((( \"He said on Wednesday (Jan 19 that ''troops'' left\u{201d} [[ last week \
                \r\nCRLF line on\u{a0}Tuesday\u{200b} and \u{202e}Monday\u{202c}, \u{2018}curly' \"straight\u{201c}";
    let found = Tagger::default().tag(text, dct(2022, 1, 20));
    check_spans(text, &found);
    let values: Vec<String> = found.iter().map(|e| e.timex.value.to_string()).collect();
    assert!(values.contains(&"2022-01-19".to_string()), "{values:?}");
    assert!(values.contains(&"2022-W02".to_string()), "{values:?}");
    assert!(values.contains(&"2022-01-18".to_string()), "{values:?}");
}

#[test]
fn other_scripts_around_english_dates() {
    let text = "Москва, 11 января. The talks ended on Jan. 11, 2022. القاهرة ١١ يناير \
                and resumed on March 3, 2022 — 東京";
    let found = Tagger::default().tag(text, dct(2022, 3, 5));
    check_spans(text, &found);
    let values: Vec<String> = found.iter().map(|e| e.timex.value.to_string()).collect();
    assert_eq!(values, ["2022-01-11", "2022-03-03"]);
}

#[test]
fn extreme_years_and_references() {
    let t = Tagger::default();
    for text in [
        "In year 0 and 9999 and 10000.",
        "On Jan. 1, 9999 and Dec. 31, 0001.",
    ] {
        for r in [
            dct(1850, 6, 1),
            dct(2300, 6, 1),
            dct(1, 1, 1),
            dct(9999, 12, 31),
            None,
        ] {
            let found = t.tag(text, r);
            check_spans(text, &found);
        }
    }
    // A reference in 1850 or 2300 resolves relative expressions normally.
    let found = t.tag(
        "It happened last week and will recur next year.",
        dct(1850, 6, 5),
    );
    let values: Vec<String> = found.iter().map(|e| e.timex.value.to_string()).collect();
    assert_eq!(values, ["1850-W22", "1851"]);
    let found = t.tag("It happened yesterday.", dct(2300, 1, 1));
    assert_eq!(found[0].timex.value.to_string(), "2299-12-31");
    // At the edge of the calendar, arithmetic that would leave it is dropped,
    // never a panic.
    let edge = NaiveDate::MAX.into();
    let found = t.tag(
        "tomorrow, next year, in two days' time, a day later",
        Some(edge),
    );
    check_spans(
        "tomorrow, next year, in two days' time, a day later",
        &found,
    );
}

#[test]
fn binary_junk_as_text() {
    let bytes: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let found = Tagger::default().tag(&text, dct(2022, 1, 11));
    check_spans(&text, &found);
}

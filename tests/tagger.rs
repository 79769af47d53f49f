//! Tagger tests: the data-driven cases of `tests/data/tagger_cases.json`
//! and the bundled Kazakhstan articles.

use chrono::NaiveDate;
use dateline::tagger::{Config, DayMonthOrder, Expression, Tagger};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    cases: Vec<Case>,
    negative: Vec<Negative>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    reference: NaiveDate,
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct Negative {
    text: String,
    reference: NaiveDate,
}

#[derive(Deserialize, Debug)]
struct Expect {
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    #[serde(rename = "mod")]
    modifier: Option<String>,
}

fn cases() -> Cases {
    let raw = include_str!("data/tagger_cases.json");
    serde_json::from_str(raw).expect("tests/data/tagger_cases.json parses")
}

fn show(found: &[Expression]) -> String {
    found
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn data_driven_cases() {
    let tagger = Tagger::default();
    let mut failures = Vec::new();
    for case in cases().cases {
        let found = tagger.tag(&case.text, Some(case.reference.into()));
        let ok = found.len() == case.expect.len()
            && found.iter().zip(&case.expect).all(|(f, e)| {
                f.text == e.text
                    && f.timex.kind.to_string() == e.kind
                    && f.timex.value.to_string() == e.value
                    && f.timex.modifier.as_ref().map(|m| m.to_string()) == e.modifier
            });
        if !ok {
            failures.push(format!(
                "{:?} @ {}\n   want {:?}\n   got  {}",
                case.text,
                case.reference,
                case.expect,
                show(&found)
            ));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_cases() {
    let tagger = Tagger::default();
    let mut failures = Vec::new();
    for case in cases().negative {
        let found = tagger.tag(&case.text, Some(case.reference.into()));
        if !found.is_empty() {
            failures.push(format!("{:?}: {}", case.text, show(&found)));
        }
    }
    assert!(failures.is_empty(), "tagged non-times:\n{}", failures.join("\n"));
}

#[test]
fn ambiguous_numeric_dates_are_surfaced() {
    let dct = NaiveDate::from_ymd_opt(2022, 3, 10).map(Into::into);
    let found = Tagger::default().tag("The accord was signed on 02/03/2022.", dct);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].timex.value.to_string(), "2022-02-03");
    assert_eq!(found[0].alternatives.len(), 1);
    assert_eq!(found[0].alternatives[0].to_string(), "2022-03-02");
    assert!(found[0].note.is_some());

    let day_first = Tagger::new(Config::default().day_month_order(DayMonthOrder::DayFirst));
    let found = day_first.tag("The accord was signed on 02/03/2022.", dct);
    assert_eq!(found[0].timex.value.to_string(), "2022-03-02");
    assert!(found[0].alternatives.is_empty());

    // The document's unambiguous date settles the order of the others.
    let found =
        Tagger::default().tag("Talks began on 25/02/2022 and ended on 02/03/2022.", dct);
    assert_eq!(found[1].timex.value.to_string(), "2022-03-02");
    assert!(found[1].alternatives.is_empty());
}

#[test]
fn no_reference_keeps_x_parts() {
    let found = Tagger::default().tag(
        "Troops left last week, on Jan. 13, 2022, and again on Wednesday.",
        None,
    );
    let values: Vec<String> = found.iter().map(|e| e.timex.value.to_string()).collect();
    assert_eq!(values, ["XXXX-WXX", "2022-01-13", "XXXX-WXX-3"]);
    assert_eq!(found[0].against, dateline::tagger::Against::Unresolved);
}

#[test]
fn same_input_same_output() {
    let tagger = Tagger::default();
    let text = include_str!("../examples/data/kazakhstan/reuters-2022-01-11.txt");
    let dct = NaiveDate::from_ymd_opt(2022, 1, 11).map(Into::into);
    let a = serde_json::to_string(&tagger.tag(text, dct)).unwrap();
    let b = serde_json::to_string(&tagger.tag(text, dct)).unwrap();
    assert_eq!(a, b);
}

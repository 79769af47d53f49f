//! Round-trips every TIMEX3 value in the TimeBank and AQUAINT corpora.

use std::collections::BTreeSet;
use std::path::PathBuf;

use dateline::value::Value;

/// Corpus values that are not legal TimeML, each with why. The test fails
/// if one of these starts parsing strictly (keeping the list honest).
const ILLEGAL: &[(&str, &str)] = &[
    // A fuzzy duration needs a unit: "a fairly lengthy period" (wsj).
    ("PXX", "no unit"),
    // AQUAINT writes some ISO weeks with one digit; weeks are two digits
    // (`2000-W07`). `Value::parse_lenient` accepts and normalises them.
    ("2000-W2", "single-digit week"),
    ("2000-W6", "single-digit week"),
    ("2000-W7", "single-digit week"),
    ("2000-W8", "single-digit week"),
];

fn corpus_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    let dirs = vec![root.join("timebank"), root.join("aquaint")];
    for d in &dirs {
        assert!(
            d.is_dir(),
            "corpus folder {} is missing: the corpus round-trip test needs ../shared/corpora (TimeBank and AQUAINT) next to the crate",
            d.display()
        );
    }
    dirs
}

/// Every `value="..."` inside a `<TIMEX3 ...>` tag, with the file and
/// whether it is the document creation time.
fn timex_values() -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    for dir in corpus_dirs() {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "tml"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no .tml files in {}", dir.display());
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let mut rest = text.as_str();
            while let Some(i) = rest.find("<TIMEX3") {
                let tag_and_more = &rest[i..];
                let end = tag_and_more.find('>').unwrap();
                let tag = &tag_and_more[..end];
                let is_dct = tag.contains("CREATION_TIME") || tag.contains("PUBLICATION_TIME");
                if let Some(j) = tag.find(" value=\"") {
                    let v = &tag[j + 8..];
                    let v = &v[..v.find('"').unwrap()];
                    out.push((name.clone(), v.to_string(), is_dct));
                }
                rest = &tag_and_more[end..];
            }
        }
    }
    out
}

#[test]
fn corpus_values_round_trip() {
    let values = timex_values();
    assert!(
        values.len() > 2000,
        "only {} TIMEX3 values found",
        values.len()
    );
    let illegal: BTreeSet<&str> = ILLEGAL.iter().map(|(v, _)| *v).collect();
    let mut failures = Vec::new();
    let mut seen_illegal = BTreeSet::new();
    let mut dcts = 0;
    for (file, v, is_dct) in &values {
        if illegal.contains(v.as_str()) {
            seen_illegal.insert(v.as_str());
            if let Ok(p) = v.parse::<Value>() {
                failures.push(format!(
                    "{file}: {v:?} is listed as illegal but parses as {p:?}"
                ));
            }
            continue;
        }
        match v.parse::<Value>() {
            Ok(p) if p.to_string() == *v => {
                if *is_dct {
                    dcts += 1;
                    assert!(p.as_date().is_some_and(|d| d.day().is_some()), "DCT {v}");
                }
            }
            Ok(p) => failures.push(format!("{file}: {v:?} formats back as {:?}", p.to_string())),
            Err(e) => failures.push(format!("{file}: {v:?}: {e}")),
        }
    }
    for v in &illegal {
        if !seen_illegal.contains(v) {
            failures.push(format!("{v:?} is listed as illegal but no longer occurs"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(dcts > 250, "only {dcts} DCTs");
}

#[test]
fn lenient_parse_normalises_listed_weeks() {
    for (v, why) in ILLEGAL {
        if *why == "single-digit week" {
            let p = Value::parse_lenient(v).unwrap();
            assert_eq!(p.to_string(), v.replace("-W", "-W0"));
        }
    }
    assert!(Value::parse_lenient("PXX").is_err());
}

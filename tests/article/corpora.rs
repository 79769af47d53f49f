//! Datelines on real wire copy: every AQUAINT and TimeBank document whose
//! TEXT opens with a dateline gets it parsed, none of the others gets one,
//! and on the TE3 silver stories the date read from the DCT's original
//! dateline equals the DCT's value.
//!
//! The expected table was decided by reading the opening of every TEXT
//! element: AP (`NAIROBI, Kenya (AP) _`, `WASHINGTON (AP) --`,
//! `CANBERRA, Australia (AP)_`), Xinhua (`JOHANNESBURG, August 7 (Xinhua)
//! --`) and New York Times (`WASHINGTON _`, `NEWARK, N.J. _`) datelines.
//! Not datelines: `(Undated)`, the NYT editorials ("The New York Times said
//! in an editorial on Monday, Oct. 26:"), `MALAYSIA's aggressive move`,
//! `UNIFIRST Corp. declared`, and the broadcast transcripts and WSJ copy
//! that open with prose.

use std::collections::BTreeMap;

use dateline::article::{Structure, parse_dateline};

use super::support::{element_text, element_timex_value, tml_files};

/// (document, place, region, agency) for every document that opens with a
/// dateline.
const EXPECTED: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    ("APW19980807.0261", "NAIROBI", Some("Kenya"), Some("AP")),
    ("APW19980808.0022", "NAIROBI", Some("Kenya"), Some("AP")),
    (
        "APW19980809.0700",
        "DAR ES SALAAM",
        Some("Tanzania"),
        Some("AP"),
    ),
    ("APW19980810.0907", "NAIROBI", Some("Kenya"), Some("AP")),
    (
        "APW19980811.0474",
        "MANILA",
        Some("Philippines"),
        Some("AP"),
    ),
    ("APW19980813.1117", "UNITED NATIONS", None, Some("AP")),
    ("APW19980818.0515", "NAIROBI", Some("Kenya"), Some("AP")),
    (
        "APW19980820.1428",
        "WELLINGTON",
        Some("New Zealand"),
        Some("AP"),
    ),
    ("APW19980826.0389", "NAIROBI", Some("Kenya"), Some("AP")),
    (
        "APW19980911.0475",
        "DAR ES SALAAM",
        Some("Tanzania"),
        Some("AP"),
    ),
    ("APW19980930.0425", "NAIROBI", Some("Kenya"), Some("AP")),
    ("APW19981205.0374", "WARSAW", Some("Poland"), Some("AP")),
    ("APW19990122.0193", "WASHINGTON", None, Some("AP")),
    ("APW19990206.0090", "ATLANTA", None, Some("AP")),
    ("APW19990216.0198", "WASHINGTON", None, Some("AP")),
    ("APW19990312.0251", "INDEPENDENCE", Some("MO."), Some("AP")),
    ("APW19990410.0123", "AMHERST", Some("N.Y."), Some("AP")),
    ("APW19990506.0155", "BUFFALO", Some("N.Y."), Some("AP")),
    ("APW19990507.0207", "BUFFALO", Some("N.Y."), Some("AP")),
    ("APW19990607.0041", "WASHINGTON", None, Some("AP")),
    ("APW19991008.0151", "NEW YORK", None, Some("AP")),
    (
        "APW19991008.0265",
        "CAPE TOWN",
        Some("South Africa"),
        Some("AP"),
    ),
    ("APW19991024.0075", "BUFFALO", Some("N.Y."), Some("AP")),
    (
        "APW199980817.1193",
        "DAR ES SALAAM",
        Some("Tanzania"),
        Some("AP"),
    ),
    ("APW20000106.0064", "HAVANA", None, Some("AP")),
    ("APW20000107.0088", "HAVANA", None, Some("AP")),
    ("APW20000107.0318", "MIAMI", None, Some("AP")),
    ("APW20000115.0031", "HAVANA", None, Some("AP")),
    ("APW20000115.0209", "HAVANA", None, Some("AP")),
    ("APW20000124.0182", "HAMILTON", None, Some("AP")),
    ("APW20000128.0316", "HAVANA", None, Some("AP")),
    ("APW20000210.0328", "WASHINGTON", None, Some("AP")),
    ("APW20000216.0193", "HAVANA", None, Some("AP")),
    ("APW20000216.0272", "HAVANA", None, Some("AP")),
    ("APW20000328.0257", "HAVANA", None, Some("AP")),
    ("APW20000401.0150", "HAVANA", None, Some("AP")),
    ("APW20000403.0057", "HAVANA", None, Some("AP")),
    ("APW20000405.0276", "HAVANA", None, Some("AP")),
    ("APW20000417.0031", "MIAMI", None, Some("AP")),
    ("NYT19980907.0112", "WASHINGTON", None, None),
    ("NYT19990312.0271", "INDEPENDENCE", Some("Mo."), None),
    ("NYT20000105.0325", "WASHINGTON", None, None),
    ("NYT20000113.0267", "ATLANTA", None, None),
    ("NYT20000224.0173", "MIAMI", None, None),
    ("NYT20000329.0359", "MIAMI", None, None),
    ("NYT20000330.0406", "MIAMI", None, None),
    ("NYT20000403.0463", "MIAMI", None, None),
    ("NYT20000414.0296", "MIAMI", None, None),
    ("XIE19980808.0031", "JOHANNESBURG", None, Some("Xinhua")),
    ("XIE19980808.0049", "WASHINGTON", None, Some("Xinhua")),
    ("XIE19980808.0060", "NICOSIA", None, Some("Xinhua")),
    ("XIE19980808.0188", "HAVANA", None, Some("Xinhua")),
    ("XIE19980809.0010", "TEHRAN", None, Some("Xinhua")),
    ("XIE19980812.0062", "WASHINGTON", None, Some("Xinhua")),
    ("XIE19980814.0294", "WASHINGTON", None, Some("Xinhua")),
    ("XIE19980821.0077", "NAIROBI", None, Some("Xinhua")),
    ("XIE19981203.0008", "BRUSSELS", None, Some("Xinhua")),
    ("XIE19990210.0079", "BRUSSELS", None, Some("Xinhua")),
    ("XIE19990227.0171", "WARSAW", None, Some("Xinhua")),
    ("XIE19990313.0031", "WASHINGTON", None, Some("Xinhua")),
    ("XIE19990313.0173", "BUDAPEST", None, Some("Xinhua")),
    ("XIE19990313.0229", "WASHINGTON", None, Some("Xinhua")),
    (
        "APW19980213.1310",
        "CANBERRA",
        Some("Australia"),
        Some("AP"),
    ),
    (
        "APW19980213.1320",
        "CANBERRA",
        Some("Australia"),
        Some("AP"),
    ),
    (
        "APW19980213.1380",
        "CAGUAS",
        Some("Puerto Rico"),
        Some("AP"),
    ),
    ("APW19980219.0476", "O'SMACH", Some("Cambodia"), Some("AP")),
    ("APW19980227.0468", "MOSCOW", None, Some("AP")),
    (
        "APW19980227.0476",
        "THE HAGUE",
        Some("Netherlands"),
        Some("AP"),
    ),
    ("APW19980227.0487", "JERUSALEM", None, Some("AP")),
    (
        "APW19980227.0489",
        "ADDIS ABABA",
        Some("Ethiopia"),
        Some("AP"),
    ),
    ("APW19980227.0494", "MOSCOW", None, Some("AP")),
    ("APW19980301.0720", "JERUSALEM", None, Some("AP")),
    ("APW19980306.1001", "BAGHDAD", Some("Iraq"), Some("AP")),
    ("APW19980308.0201", "ISTANBUL", Some("Turkey"), Some("AP")),
    (
        "APW19980322.0749",
        "BELFAST",
        Some("Northern Ireland"),
        Some("AP"),
    ),
    ("APW19980418.0210", "BUDAPEST", Some("Hungary"), Some("AP")),
    ("APW19980626.0364", "BONN", Some("Germany"), Some("AP")),
    ("NYT19980206.0460", "WASHINGTON", None, None),
    ("NYT19980206.0466", "WASHINGTON", None, None),
    ("NYT19980212.0019", "NEW YORK", None, None),
    ("NYT19980402.0453", "NEWARK", Some("N.J."), None),
];

#[test]
#[allow(clippy::print_stdout)]
fn timebank_and_aquaint_datelines() {
    let expected: BTreeMap<&str, _> = EXPECTED
        .iter()
        .map(|(d, p, r, a)| (*d, (*p, *r, *a)))
        .collect();
    let mut found = 0usize;
    let mut without = 0usize;
    let mut per_folder = Vec::new();
    for folder in ["aquaint", "timebank"] {
        let (mut with_dl, mut docs) = (0usize, 0usize);
        for f in tml_files(folder) {
            let xml = std::fs::read_to_string(&f).unwrap();
            let text = element_text(&xml, "TEXT").unwrap();
            let stem = f.file_stem().unwrap().to_string_lossy().to_string();
            let s = Structure::parse(&text);
            docs += 1;
            match (expected.get(stem.as_str()), &s.dateline) {
                (Some((place, region, agency)), Some(d)) => {
                    assert_eq!(
                        d.place.as_ref().map(|p| p.text.as_str()),
                        Some(*place),
                        "{stem}"
                    );
                    assert_eq!(
                        d.region.as_ref().map(|p| p.text.as_str()),
                        *region,
                        "{stem}"
                    );
                    assert_eq!(
                        d.agency.as_ref().map(|p| p.text.as_str()),
                        *agency,
                        "{stem}"
                    );
                    // The body starts after the dateline, with the story.
                    let body = &text[s.body.start..s.body.end];
                    assert!(
                        body.starts_with(|c: char| c.is_alphanumeric() || c == '`' || c == '"'),
                        "{stem}: {body:.40}"
                    );
                    with_dl += 1;
                    found += 1;
                }
                (None, None) => without += 1,
                (Some(_), None) => panic!(
                    "{stem}: dateline missed in {:?}",
                    text.trim_start().chars().take(60).collect::<String>()
                ),
                (None, Some(d)) => panic!(
                    "{stem}: false dateline {:?}",
                    &text[d.span.start..d.span.end]
                ),
            }
        }
        per_folder.push((folder, with_dl, docs));
    }
    println!("datelines: {per_folder:?}; {found} found, {without} documents correctly without");
    assert_eq!(per_folder, vec![("aquaint", 62, 73), ("timebank", 19, 183)]);
    assert_eq!((found, without), (81, 175));
}

#[test]
#[allow(clippy::print_stdout)]
fn te3_silver_dct_dates() {
    let files = tml_files("te3-silver");
    assert!(files.len() >= 400, "{} silver files", files.len());
    let (mut total, mut right) = (0usize, 0usize);
    let mut wrong = Vec::new();
    for f in &files {
        let xml = std::fs::read_to_string(f).unwrap();
        let (Some(dct), Some(value)) =
            (element_text(&xml, "DCT"), element_timex_value(&xml, "DCT"))
        else {
            continue;
        };
        total += 1;
        let got = parse_dateline(dct.trim())
            .and_then(|d| d.date)
            .and_then(|d| d.to_date())
            .map(|d| d.format("%Y-%m-%d").to_string());
        if got.as_deref() == Some(value.as_str()) {
            right += 1;
        } else {
            wrong.push((dct, value, got));
        }
    }
    let share = right as f64 / total as f64;
    println!(
        "silver DCT datelines: {right}/{total} = {:.2}%; wrong: {wrong:?}",
        share * 100.0
    );
    assert_eq!(total, files.len());
    assert!(share >= 0.99, "{right}/{total}: {wrong:?}");
}

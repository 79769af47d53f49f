//! Loading collections: manifests, files, and every error naming what is
//! wrong and where.

use std::path::{Path, PathBuf};

use dateline::Error;
use dateline::article::{
    Article, Collection, CollectionOptions, Published, ReferenceOptions, ReferenceSource,
};

use super::support::kazakhstan;

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-article-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The manifest error's (article, field, message), checking it names the
/// manifest.
fn manifest_error(
    result: dateline::Result<Collection>,
    manifest: &Path,
) -> (Option<String>, Option<String>, String) {
    match result {
        Err(Error::Manifest {
            path,
            article,
            field,
            message,
        }) => {
            assert_eq!(path, manifest);
            (article, field, message)
        }
        other => panic!("expected a manifest error, got {other:?}"),
    }
}

#[test]
fn the_bundled_manifest() {
    let c = Collection::from_manifest(kazakhstan().join("articles.json")).unwrap();
    assert_eq!(
        c.name.as_deref(),
        Some("Withdrawal of the CSTO force from Kazakhstan, January 2022")
    );
    let ids: Vec<&str> = c.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["straitstimes-afp", "moscow", "247news", "afp", "reuters"]
    );
    let reuters = c.get("reuters").unwrap();
    assert_eq!(reuters.source.as_deref(), Some("Reuters"));
    assert_eq!(
        reuters.published,
        Some("2022-01-11".parse::<Published>().unwrap())
    );
    assert!(
        reuters
            .text
            .starts_with("Russian Troops To Quit Kazakhstan")
    );
    assert!(
        reuters
            .path
            .as_ref()
            .unwrap()
            .ends_with("reuters-2022-01-11.txt")
    );
}

#[test]
fn relative_paths_inline_text_and_hints() {
    let dir = scratch("relative");
    std::fs::create_dir_all(dir.join("texts")).unwrap();
    write(
        &dir,
        "texts/a.txt",
        "\u{feff}NUR-SULTAN, Jan 11 (Reuters) - Troops will leave.".as_bytes(),
    );
    let m = write(
        &dir,
        "m.json",
        br#"{"name": "test", "year_hint": 2022, "articles": [
            {"id": "a", "file": "texts/a.txt", "title": "T", "url": "https://x"},
            {"id": "b", "text": "MOSCOW - Troops left on Thursday.", "published": "2022-01-13T18:00:00+03:00"}
        ]}"#,
    );
    let c = Collection::from_manifest(&m).unwrap();
    assert_eq!(c.year_hint, Some(2022));
    let a = c.get("a").unwrap();
    assert!(
        a.text.starts_with("NUR-SULTAN"),
        "the byte-order mark is dropped"
    );
    assert_eq!(a.title.as_deref(), Some("T"));
    let r = c.resolve_references(&ReferenceOptions::default()).unwrap();
    assert_eq!(r[0].reference.source, ReferenceSource::Dateline);
    assert_eq!(
        r[0].reference.date.map(|d| d.to_string()).as_deref(),
        Some("2022-01-11")
    );
    assert_eq!(r[1].reference.source, ReferenceSource::Published);
    assert!(r[1].reference.datetime.is_some());
    // A bare array works too.
    let m2 = write(&dir, "m2.json", br#"[{"id": "x", "text": "Hello."}]"#);
    assert_eq!(Collection::from_manifest(&m2).unwrap().len(), 1);
}

#[test]
fn not_json() {
    let dir = scratch("notjson");
    let m = write(&dir, "m.json", b"{\"articles\": [ {\"id\": \"a\", ");
    let (article, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!((article, field), (None, None));
    assert!(message.contains("not valid JSON"), "{message}");
    let m = write(&dir, "m2.json", b"42");
    manifest_error(Collection::from_manifest(&m), &m);
    let m = write(&dir, "m3.json", b"{}");
    let (_, field, _) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(field.as_deref(), Some("articles"));
}

#[test]
fn missing_fields() {
    let dir = scratch("fields");
    write(&dir, "a.txt", b"Text.");
    let m = write(
        &dir,
        "m.json",
        br#"{"articles": [{"id": "a", "published": "2022-01-11"}]}"#,
    );
    let (article, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref()),
        (Some("a"), Some("file"))
    );
    assert!(message.contains("missing"));
    let m = write(
        &dir,
        "m2.json",
        br#"{"articles": [{"id": "a", "file": "a.txt"}, {"file": "a.txt"}]}"#,
    );
    let (article, field, _) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref()),
        (Some("#1"), Some("id"))
    );
    // A misspelt field is an error, not silently ignored.
    let m = write(
        &dir,
        "m3.json",
        br#"{"articles": [{"id": "a", "file": "a.txt", "publshed": "2022-01-11"}]}"#,
    );
    let (article, field, _) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref()),
        (Some("a"), Some("publshed"))
    );
    let m = write(
        &dir,
        "m4.json",
        br#"{"articles": [{"id": "a", "file": 7}]}"#,
    );
    let (_, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(field.as_deref(), Some("file"));
    assert!(message.contains("string"));
    let m = write(
        &dir,
        "m5.json",
        br#"{"articles": [{"id": "a", "file": "a.txt"}, {"id": "a", "file": "a.txt"}]}"#,
    );
    let (article, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref(), message.as_str()),
        (Some("a"), Some("id"), "duplicate id")
    );
}

#[test]
fn missing_file() {
    let dir = scratch("missing");
    let m = write(
        &dir,
        "m.json",
        br#"{"articles": [{"id": "gone", "file": "nowhere/gone.txt"}]}"#,
    );
    let (article, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref()),
        (Some("gone"), Some("file"))
    );
    assert!(message.contains("gone.txt"), "{message}");
    let err = Collection::from_manifest(&m).unwrap_err().to_string();
    assert!(
        err.contains("m.json") && err.contains("\"gone\"") && err.contains("\"file\""),
        "{err}"
    );
}

#[test]
fn impossible_date() {
    let dir = scratch("date");
    write(&dir, "a.txt", b"Text.");
    let m = write(
        &dir,
        "m.json",
        br#"{"articles": [{"id": "a", "file": "a.txt", "published": "2022-02-30"}]}"#,
    );
    let (article, field, message) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(
        (article.as_deref(), field.as_deref()),
        (Some("a"), Some("published"))
    );
    assert!(
        message.contains("impossible date") && message.contains("2022-02-30"),
        "{message}"
    );
    let m = write(
        &dir,
        "m2.json",
        br#"{"articles": [{"id": "a", "file": "a.txt", "published": "Jan 11"}]}"#,
    );
    let (_, field, _) = manifest_error(Collection::from_manifest(&m), &m);
    assert_eq!(field.as_deref(), Some("published"));
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let dir = scratch("utf8");
    let bad = write(&dir, "bad.txt", b"MOSCOW \xe2\x80\x93 Troops \xff left.");
    match Article::from_file(&bad) {
        Err(Error::InvalidUtf8 { path, offset }) => {
            assert_eq!(path, bad);
            assert_eq!(offset, 18); // "MOSCOW " (7) + "–" (3) + " Troops " (8)
        }
        other => panic!("{other:?}"),
    }
    let m = write(
        &dir,
        "m.json",
        br#"{"articles": [{"id": "bad", "file": "bad.txt"}]}"#,
    );
    assert!(matches!(
        Collection::from_manifest(&m),
        Err(Error::InvalidUtf8 { offset: 18, .. })
    ));
    let m = write(&dir, "m2.json", b"{\"articles\": [\xff]}");
    assert!(matches!(
        Collection::from_manifest(&m),
        Err(Error::InvalidUtf8 { offset: 14, .. })
    ));
}

#[test]
fn files_one_by_one() {
    let dir = scratch("files");
    let a = write(&dir, "first.txt", b"WASHINGTON (AP) -- Text.");
    let b = write(&dir, "second", b"Other text.");
    let c = Collection::from_files([&a, &b]).unwrap();
    let ids: Vec<&str> = c.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["first", "second"]);
    assert!(c.iter().all(|a| a.published.is_none()));
    // A TimeML file loads with its DCT as the publication date; one that
    // is not TimeML is an error naming the file.
    let tml = write(
        &dir,
        "doc.tml",
        br#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT><TITLE>Blasts</TITLE><TEXT>NAIROBI, Kenya (AP) _ Bombs exploded &amp; killed dozens.</TEXT></TimeML>"#,
    );
    let c = Collection::from_files([&tml]).unwrap();
    let article = c.iter().next().unwrap();
    assert_eq!(article.id, "doc");
    assert_eq!(
        article.text,
        "NAIROBI, Kenya (AP) _ Bombs exploded & killed dozens."
    );
    assert_eq!(article.title.as_deref(), Some("Blasts"));
    assert_eq!(
        article.published.as_ref().map(|p| p.date().to_string()),
        Some("1998-08-07".into())
    );
    let bad = write(&dir, "bad.tml", b"<TimeML><TEXT>unclosed");
    match Collection::from_files([&bad]) {
        Err(Error::TimeMl { path: Some(p), .. }) => assert_eq!(p, bad),
        other => panic!("expected a TimeML error naming the file, got {other:?}"),
    }
    let json = write(&dir, "m.json", b"[]");
    assert!(matches!(
        Collection::from_files([&json]),
        Err(Error::UnsupportedFile { .. })
    ));
    assert!(matches!(
        Collection::from_files([dir.join("none.txt")]),
        Err(Error::Io { .. })
    ));
}

#[test]
fn size_limit() {
    let dir = scratch("size");
    let big = write(&dir, "big.txt", &[b'a'; 100]);
    let o = CollectionOptions::default().max_article_bytes(99);
    match Collection::from_files_with([&big], &o) {
        Err(Error::TooLarge { size, limit, .. }) => assert_eq!((size, limit), (100, 99)),
        other => panic!("{other:?}"),
    }
    assert!(
        Collection::from_files_with([&big], &CollectionOptions::default().max_article_bytes(100))
            .is_ok()
    );
}

#[test]
fn strict_mode_errors() {
    let none = Article::new("x", "Troops left on Thursday.");
    let lenient = none.reference(&ReferenceOptions::default()).unwrap();
    assert!(lenient.is_none());
    assert!(matches!(
        none.reference(&ReferenceOptions::default().strict(true)),
        Err(Error::NoReference { article }) if article == "x"
    ));
    // A collection hint is a reference (a year) even in strict mode.
    assert_eq!(
        none.reference(&ReferenceOptions::default().strict(true).year_hint(2022))
            .unwrap()
            .year,
        Some(2022)
    );
    // An impossible dateline date: dropped with a note, or an error in strict mode.
    let feb30 = Article::new("y", "MOSCOW, Feb 30 (Reuters) - Troops left.");
    let s = feb30.structure();
    let d = s.dateline.as_ref().unwrap();
    assert_eq!(d.place.as_ref().unwrap().text, "MOSCOW");
    assert!(d.date.is_none());
    let r = feb30
        .reference(&ReferenceOptions::default().year_hint(2022))
        .unwrap();
    assert_eq!(r.source, ReferenceSource::Collection);
    assert!(r.notes.iter().any(|n| n.contains("Feb 30")));
    assert!(matches!(
        feb30.reference(&ReferenceOptions::default().strict(true)),
        Err(Error::ImpossibleDate { text, .. }) if text == "Feb 30"
    ));
}

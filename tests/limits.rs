//! Collection-size limits: the number of articles and their total text, for
//! loading (manifest, files, in-memory) and for the timeline build entry
//! points; each a typed error naming the limit and the setting that raises
//! it.

use std::path::{Path, PathBuf};

use dateline::Error;
use dateline::article::{Article, Collection, CollectionOptions, ReferenceOptions};
use dateline::timeline::{ArticleInput, Prepared, ReferenceSource, Timeline, TimelineOptions};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-limits-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// `(size, limit, unit, how)` of a `CollectionTooLarge` error, and its
/// message.
fn too_large<T: std::fmt::Debug>(
    r: dateline::Result<T>,
) -> (usize, usize, &'static str, &'static str, String) {
    match r {
        Err(e @ Error::CollectionTooLarge { .. }) => {
            let message = e.to_string();
            match e {
                Error::CollectionTooLarge {
                    size,
                    limit,
                    unit,
                    how,
                } => (size, limit, unit, how, message),
                _ => unreachable!(),
            }
        }
        other => panic!("expected CollectionTooLarge, got {other:?}"),
    }
}

#[test]
fn defaults_are_sensible() {
    let o = CollectionOptions::default();
    assert_eq!(o.max_articles, 100_000);
    assert_eq!(o.max_collection_bytes, 1 << 30);
    let t = TimelineOptions::default();
    assert_eq!(t.max_articles, o.max_articles);
    assert_eq!(t.max_collection_bytes, o.max_collection_bytes);
    // Options serialised before the limits existed still load, with the
    // defaults.
    let mut v = serde_json::to_value(&t).unwrap();
    let obj = v.as_object_mut().unwrap();
    obj.remove("max_articles");
    obj.remove("max_collection_bytes");
    let back: TimelineOptions = serde_json::from_value(v).unwrap();
    assert_eq!(back, t);
}

#[test]
fn manifest_article_count() {
    let dir = scratch("manifest-count");
    let manifest = write(
        &dir,
        "articles.json",
        r#"{"articles": [
            {"id": "a", "text": "Troops left on Thursday."},
            {"id": "b", "text": "Troops arrived on Monday."},
            {"id": "c", "file": "missing.txt"}
        ]}"#,
    );
    // The count is checked before any file is read: the missing file is
    // not reported.
    let (size, limit, unit, how, message) = too_large(Collection::from_manifest_with(
        &manifest,
        &CollectionOptions::default().max_articles(2),
    ));
    assert_eq!((size, limit, unit), (3, 2, "articles"));
    assert_eq!(how, "CollectionOptions::max_articles");
    assert_eq!(
        message,
        "collection too large: 3 articles is over the limit of 2 articles; raise it with CollectionOptions::max_articles"
    );
    // At the limit, loading proceeds (and finds the missing file).
    assert!(matches!(
        Collection::from_manifest_with(&manifest, &CollectionOptions::default().max_articles(3)),
        Err(Error::Manifest { .. })
    ));
}

#[test]
fn manifest_total_bytes() {
    let dir = scratch("manifest-bytes");
    write(&dir, "a.txt", &"x".repeat(60));
    write(&dir, "b.txt", &"y".repeat(50));
    let manifest = write(
        &dir,
        "articles.json",
        r#"[{"id": "a", "file": "a.txt"}, {"id": "b", "file": "b.txt"}]"#,
    );
    let (size, limit, unit, how, message) = too_large(Collection::from_manifest_with(
        &manifest,
        &CollectionOptions::default().max_collection_bytes(100),
    ));
    assert_eq!((size, limit, unit), (110, 100, "bytes"));
    assert_eq!(how, "CollectionOptions::max_collection_bytes");
    assert!(message.contains("limit of 100 bytes"), "{message}");
    assert!(message.contains("CollectionOptions::max_collection_bytes"));
    let c = Collection::from_manifest_with(
        &manifest,
        &CollectionOptions::default().max_collection_bytes(110),
    )
    .unwrap();
    assert_eq!(c.len(), 2);
}

#[test]
fn files_count_and_bytes() {
    let dir = scratch("files");
    let paths: Vec<PathBuf> = (0..4)
        .map(|i| write(&dir, &format!("{i}.txt"), "Troops left on Thursday."))
        .collect();
    let (size, limit, unit, _, _) = too_large(Collection::from_files_with(
        &paths,
        &CollectionOptions::default().max_articles(3),
    ));
    assert_eq!((size, limit, unit), (4, 3, "articles"));
    let (size, limit, unit, _, _) = too_large(Collection::from_files_with(
        &paths,
        &CollectionOptions::default().max_collection_bytes(50),
    ));
    assert_eq!((size, limit, unit), (72, 50, "bytes"));
    let c = Collection::from_files_with(
        &paths,
        &CollectionOptions::default()
            .max_articles(4)
            .max_collection_bytes(96),
    )
    .unwrap();
    assert_eq!(c.len(), 4);
}

#[test]
fn in_memory_check() {
    let c = Collection::new(vec![
        Article::new("a", "Troops left on Thursday."),
        Article::new("b", "Troops arrived on Monday, a week earlier."),
    ]);
    assert!(c.check_limits(&CollectionOptions::default()).is_ok());
    let (size, limit, unit, _, _) =
        too_large(c.check_limits(&CollectionOptions::default().max_collection_bytes(30)));
    assert_eq!((size, limit, unit), (65, 30, "bytes"));
    match c.check_limits(&CollectionOptions::default().max_article_bytes(30)) {
        Err(Error::TooLarge {
            what, size, limit, ..
        }) => {
            assert_eq!(what, "article \"b\"");
            assert_eq!((size, limit), (41, 30));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn timeline_entry_points() {
    let c = Collection::new(vec![
        Article::new("a", "Troops left on Thursday."),
        Article::new("b", "Troops arrived on Monday."),
        Article::new("c", "Troops rested on Sunday."),
    ]);
    let r = ReferenceOptions::default();
    let small = TimelineOptions::builder().max_articles(2).build();
    let (size, limit, unit, how, message) = too_large(Timeline::from_collection(&c, &r, &small));
    assert_eq!((size, limit, unit), (3, 2, "articles"));
    assert_eq!(how, "TimelineOptions::max_articles");
    assert!(message.ends_with("raise it with TimelineOptions::max_articles"));
    too_large(Prepared::new(&c, &r, &small));
    let few_bytes = TimelineOptions::builder().max_collection_bytes(60).build();
    let (size, _, unit, how, _) = too_large(Timeline::from_collection(&c, &r, &few_bytes));
    assert_eq!(
        (size, unit, how),
        (73, "bytes", "TimelineOptions::max_collection_bytes")
    );
    assert!(Timeline::from_collection(&c, &r, &TimelineOptions::default()).is_ok());
    // The low-level build checks its articles too.
    let inputs: Vec<ArticleInput> = ["a", "b", "c"]
        .iter()
        .map(|id| ArticleInput::new(*id, None, ReferenceSource::None))
        .collect();
    let (size, limit, _, _, _) = too_large(Timeline::build(&inputs, &[], &small));
    assert_eq!((size, limit), (3, 2));
    assert!(Timeline::build(&inputs, &[], &TimelineOptions::default()).is_ok());
}

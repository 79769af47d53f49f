//! Helpers: the corpus folder and a minimal TimeML reader (tags stripped,
//! entities decoded) for the tests.

use std::path::{Path, PathBuf};

/// The shared corpora (`../shared/corpora` next to the repository, or
/// `$DATELINE_CORPORA`).
pub fn corpora() -> PathBuf {
    if let Some(p) = std::env::var_os("DATELINE_CORPORA") {
        return PathBuf::from(p);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora")
}

/// The bundled Kazakhstan articles.
pub fn kazakhstan() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/kazakhstan")
}

/// The `.tml` files of a corpus folder, sorted by name. Fails the test when
/// the folder is missing: these tests must not pass vacuously.
pub fn tml_files(folder: &str) -> Vec<PathBuf> {
    let dir = corpora().join(folder);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "corpus folder {} not found ({e}); set DATELINE_CORPORA",
            dir.display()
        )
    });
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    files
}

/// The content of the first `<NAME>...</NAME>` element, tags stripped and
/// entities decoded.
pub fn element_text(xml: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml[start..].find(&close)?;
    Some(decode(&strip_tags(&xml[start..end])))
}

/// The `value` attribute of the first TIMEX3 inside the element.
pub fn element_timex_value(xml: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let start = xml.find(&open)? + open.len();
    let rest = &xml[start..];
    let v = rest.find("value=\"")? + "value=\"".len();
    let end = v + rest[v..].find('"')?;
    Some(rest[v..end].to_string())
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

//! Collections of articles: loading from a manifest or from files, and
//! resolving every article's structure and reference time.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::Read;
use std::path::Path;

use chrono::Datelike;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::reference::{Hint, resolve_with};
use super::{
    Article, Published, Reference, ReferenceOptions, ReferenceSource, Structure, YearSource,
};
use crate::{Error, Result};

/// Options for loading articles: a `Clone + Default` value with chained
/// setters.
///
/// ```
/// use dateline::article::CollectionOptions;
/// let o = CollectionOptions::default()
///     .max_article_bytes(1 << 20)
///     .max_articles(500)
///     .max_collection_bytes(64 << 20);
/// assert_eq!(o.max_article_bytes, 1 << 20);
/// assert_eq!(o.max_articles, 500);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CollectionOptions {
    /// The largest article (or manifest) file read, in bytes; larger ones
    /// give [`Error::TooLarge`]. Default 64 MiB.
    pub max_article_bytes: usize,
    /// The most articles a collection may have; more give
    /// [`Error::CollectionTooLarge`]. Default 100,000.
    pub max_articles: usize,
    /// The most text, in bytes, all of a collection's articles may have
    /// together; more give [`Error::CollectionTooLarge`]. Default 1 GiB.
    pub max_collection_bytes: usize,
}

impl Default for CollectionOptions {
    fn default() -> CollectionOptions {
        CollectionOptions {
            max_article_bytes: 64 << 20,
            max_articles: CollectionOptions::DEFAULT_MAX_ARTICLES,
            max_collection_bytes: CollectionOptions::DEFAULT_MAX_COLLECTION_BYTES,
        }
    }
}

impl CollectionOptions {
    /// The default of [`CollectionOptions::max_articles`] and
    /// [`TimelineOptions::max_articles`](crate::timeline::TimelineOptions::max_articles).
    pub const DEFAULT_MAX_ARTICLES: usize = 100_000;

    /// The default of [`CollectionOptions::max_collection_bytes`] and
    /// [`TimelineOptions::max_collection_bytes`](crate::timeline::TimelineOptions::max_collection_bytes):
    /// 1 GiB.
    pub const DEFAULT_MAX_COLLECTION_BYTES: usize = 1 << 30;

    /// Sets the file size limit.
    pub fn max_article_bytes(mut self, bytes: usize) -> Self {
        self.max_article_bytes = bytes;
        self
    }

    /// Sets the limit on the number of articles.
    pub fn max_articles(mut self, count: usize) -> Self {
        self.max_articles = count;
        self
    }

    /// Sets the limit on the collection's total text, in bytes.
    pub fn max_collection_bytes(mut self, bytes: usize) -> Self {
        self.max_collection_bytes = bytes;
        self
    }
}

/// A set of articles, loaded together and resolved together: one article's
/// reference may use the collection's year (see
/// [`Collection::resolve_references`]).
///
/// ```no_run
/// use dateline::article::{Collection, ReferenceOptions};
/// let c = Collection::from_manifest("examples/data/kazakhstan/articles.json")?;
/// for r in c.resolve_references(&ReferenceOptions::default())? {
///     println!("{} {:?} from {}", r.article.id, r.reference.date, r.reference.source);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Collection {
    /// The collection's name, from the manifest.
    pub name: Option<String>,
    /// A year hint from the manifest; [`ReferenceOptions::year_hint`]
    /// overrides it.
    pub year_hint: Option<i32>,
    /// The articles, in manifest or argument order.
    pub articles: Vec<Article>,
}

/// An article with its structure and reference time: what
/// [`Collection::resolve_references`] returns, and what the JSON output
/// carries (`reference.source` is `published`, `dateline`, `in_text`,
/// `collection` or `none`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResolvedArticle {
    /// The article.
    pub article: Article,
    /// Its structure.
    pub structure: Structure,
    /// Its reference time.
    pub reference: Reference,
}

impl Collection {
    /// A collection of these articles.
    pub fn new(articles: Vec<Article>) -> Collection {
        Collection {
            name: None,
            year_hint: None,
            articles,
        }
    }

    /// Loads a manifest; file paths resolve against the manifest's folder.
    ///
    /// # The manifest
    ///
    /// A JSON object (the format of `examples/data/kazakhstan/articles.json`):
    ///
    /// ```json
    /// {
    ///   "collection": "Withdrawal of the CSTO force from Kazakhstan, January 2022",
    ///   "year_hint": 2022,
    ///   "articles": [
    ///     { "id": "reuters", "file": "reuters-2022-01-11.txt", "source": "Reuters",
    ///       "published": "2022-01-11", "title": "...", "notes": "..." }
    ///   ]
    /// }
    /// ```
    ///
    /// Top level: `articles` (required), `collection` or `name` (the
    /// collection's name), `year_hint` (an integer). Each article: `id`
    /// (required, unique), `file` (a path, relative to the manifest's folder)
    /// or `text` (the text inline), and optionally `title`, `source`,
    /// `published` (`YYYY-MM-DD` or an RFC 3339 date-time with zone), `url`
    /// and `notes` (free text, not used). Any other field is an error, so that
    /// a misspelt `published` is not silently ignored. A bare array of article
    /// objects is accepted too.
    ///
    /// # Errors
    ///
    /// [`Error::Manifest`] naming the manifest, the article and the field
    /// for a manifest that is not JSON, lacks a field, has an unknown or
    /// mistyped field, repeats an id, names a file that cannot be read or
    /// gives a date that does not exist; [`Error::Io`] when the manifest
    /// cannot be read; [`Error::InvalidUtf8`] naming the file and byte
    /// offset for a file that is not UTF-8; [`Error::TooLarge`] for a file
    /// over [`CollectionOptions::max_article_bytes`];
    /// [`Error::CollectionTooLarge`] for more articles than
    /// [`CollectionOptions::max_articles`] (checked before any article file
    /// is read) or more text than
    /// [`CollectionOptions::max_collection_bytes`];
    /// [`Error::TimeMl`] for a `.tml` article file that is not TimeML.
    pub fn from_manifest(path: impl AsRef<Path>) -> Result<Collection> {
        Collection::from_manifest_with(path, &CollectionOptions::default())
    }

    /// [`Collection::from_manifest`] with options.
    pub fn from_manifest_with(
        path: impl AsRef<Path>,
        options: &CollectionOptions,
    ) -> Result<Collection> {
        let path = path.as_ref();
        let text = read_text(path, options)?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| manifest_error(path, None, None, format!("not valid JSON: {e}")))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let (top, entries) = match &value {
            Value::Array(a) => (None, a),
            Value::Object(o) => match o.get("articles") {
                Some(Value::Array(a)) => (Some(o), a),
                Some(_) => {
                    return Err(manifest_error(
                        path,
                        None,
                        Some("articles"),
                        "expected an array of article objects".into(),
                    ));
                }
                None => {
                    return Err(manifest_error(
                        path,
                        None,
                        Some("articles"),
                        "missing field".into(),
                    ));
                }
            },
            _ => {
                return Err(manifest_error(
                    path,
                    None,
                    None,
                    "expected a JSON object with an \"articles\" array".into(),
                ));
            }
        };
        let mut collection = Collection::default();
        if let Some(top) = top {
            for key in top.keys() {
                if !matches!(
                    key.as_str(),
                    "articles" | "collection" | "name" | "year_hint"
                ) {
                    return Err(manifest_error(
                        path,
                        None,
                        Some(key),
                        "unknown field (expected articles, collection, name, year_hint)".into(),
                    ));
                }
            }
            for key in ["collection", "name"] {
                if let Some(v) = top.get(key) {
                    let s = v.as_str().ok_or_else(|| {
                        manifest_error(path, None, Some(key), "expected a string".into())
                    })?;
                    collection.name = Some(s.to_string());
                }
            }
            if let Some(v) = top.get("year_hint") {
                let y = v
                    .as_i64()
                    .and_then(|y| i32::try_from(y).ok())
                    .filter(|y| (1..=9999).contains(y))
                    .ok_or_else(|| {
                        manifest_error(
                            path,
                            None,
                            Some("year_hint"),
                            "expected a year (an integer from 1 to 9999)".into(),
                        )
                    })?;
                collection.year_hint = Some(y);
            }
        }
        let mut limits = Limits::new(
            options.max_articles,
            options.max_collection_bytes,
            COLLECTION_HOW,
        );
        limits.count(entries.len())?;
        let mut seen = BTreeSet::new();
        for (i, entry) in entries.iter().enumerate() {
            let article = manifest_article(path, &base, i, entry, options)?;
            limits.add_bytes(article.text.len())?;
            if !seen.insert(article.id.clone()) {
                return Err(manifest_error(
                    path,
                    Some(&article.id),
                    Some("id"),
                    "duplicate id".into(),
                ));
            }
            collection.articles.push(article);
        }
        Ok(collection)
    }

    /// Loads articles from files, one article per file: plain text (any
    /// extension but `.tml`, `.timeml` and `.json`), id = file stem, no
    /// publication date. Ids are not made unique.
    ///
    /// TimeML (`.tml`, `.timeml`) files load as articles whose text is their
    /// TEXT, title their TITLE and publication date the day of their DCT.
    ///
    /// # Errors
    ///
    /// As [`Collection::from_manifest`] for each file (without the
    /// manifest context), including [`Error::CollectionTooLarge`].
    pub fn from_files<I, P>(paths: I) -> Result<Collection>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        Collection::from_files_with(paths, &CollectionOptions::default())
    }

    /// [`Collection::from_files`] with options.
    pub fn from_files_with<I, P>(paths: I, options: &CollectionOptions) -> Result<Collection>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let paths: Vec<P> = paths.into_iter().collect();
        let mut limits = Limits::new(
            options.max_articles,
            options.max_collection_bytes,
            COLLECTION_HOW,
        );
        limits.count(paths.len())?;
        let mut c = Collection::default();
        for p in paths {
            let article = load_article_file(p.as_ref(), options)?;
            limits.add_bytes(article.text.len())?;
            c.articles.push(article);
        }
        Ok(c)
    }

    /// Checks an in-memory collection (built with [`Collection::new`] or
    /// [`Collection::push`]) against the limits of `options`: the number of
    /// articles, their total text, and each article's text against
    /// [`CollectionOptions::max_article_bytes`].
    ///
    /// ```
    /// use dateline::article::{Article, Collection, CollectionOptions};
    /// let c = Collection::new(vec![Article::new("a", "x"), Article::new("b", "y")]);
    /// assert!(c.check_limits(&CollectionOptions::default()).is_ok());
    /// let err = c.check_limits(&CollectionOptions::default().max_articles(1));
    /// assert!(matches!(err, Err(dateline::Error::CollectionTooLarge { size: 2, limit: 1, .. })));
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::CollectionTooLarge`] or [`Error::TooLarge`].
    pub fn check_limits(&self, options: &CollectionOptions) -> Result<()> {
        check_limits(
            &self.articles,
            options.max_articles,
            options.max_collection_bytes,
            COLLECTION_HOW,
        )?;
        if let Some(a) = self
            .articles
            .iter()
            .find(|a| a.text.len() > options.max_article_bytes)
        {
            return Err(Error::TooLarge {
                what: format!("article {:?}", a.id),
                size: a.text.len(),
                limit: options.max_article_bytes,
                how: "CollectionOptions::max_article_bytes",
            });
        }
        Ok(())
    }

    /// Adds an article.
    pub fn push(&mut self, article: Article) {
        self.articles.push(article);
    }

    /// The number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether there are no articles.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The articles in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Article> {
        self.articles.iter()
    }

    /// The first article with this id.
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Every article's structure and reference time, in order.
    ///
    /// The year hint is [`ReferenceOptions::year_hint`], else the
    /// manifest's `year_hint`. With neither, a first pass resolves each
    /// article on its own; the dates that carry their own year (publication
    /// dates, datelines with a year, in-text dates with a year) then give
    /// the collection's year (the most common one) and anchor (their
    /// median), and a second pass completes the other articles' partial
    /// dates with them ([`YearSource::Collection`]).
    ///
    /// # Errors
    ///
    /// Strict mode only: [`Error::NoReference`] or [`Error::ImpossibleDate`]
    /// for the first article that has no reference or an impossible
    /// dateline date.
    pub fn resolve_references(&self, options: &ReferenceOptions) -> Result<Vec<ResolvedArticle>> {
        let structures: Vec<Structure> = self.articles.iter().map(Article::structure).collect();
        let references = self.references_with(&structures, options, false)?;
        Ok(self
            .articles
            .iter()
            .zip(structures)
            .zip(references)
            .map(|((a, structure), reference)| ResolvedArticle {
                article: a.clone(),
                structure,
                reference,
            })
            .collect())
    }

    /// [`Collection::resolve_references`] given every article's structure
    /// (in order), returning the references only: for callers that compute
    /// or cache the structures themselves (the parallel and incremental
    /// timeline builds). With `parallel` (and the `rayon` feature) each
    /// pass runs on all cores; the result is the same.
    pub(crate) fn references_with<S: std::borrow::Borrow<Structure> + Sync>(
        &self,
        structures: &[S],
        options: &ReferenceOptions,
        parallel: bool,
    ) -> Result<Vec<Reference>> {
        let mut options = options.clone();
        if options.year_hint.is_none() {
            options.year_hint = self.year_hint;
        }
        let hint = if options.year_hint.is_some() {
            None
        } else {
            let lenient = options.clone().strict(false);
            let mut dates = Vec::new();
            for r in pairs(self, structures, parallel, |a, s| {
                resolve_with(a, s, &lenient, None)
            }) {
                let r = r?;
                if let Some(d) = r.date
                    && r.year_source == Some(YearSource::Stated)
                    && r.source != ReferenceSource::None
                {
                    dates.push(d);
                }
            }
            collection_hint(dates)
        };
        pairs(self, structures, parallel, |a, s| {
            resolve_with(a, s, &options, hint.as_ref())
        })
        .into_iter()
        .collect()
    }
}

impl<'a> IntoIterator for &'a Collection {
    type Item = &'a Article;
    type IntoIter = std::slice::Iter<'a, Article>;
    fn into_iter(self) -> Self::IntoIter {
        self.articles.iter()
    }
}

/// `f` over each article and its structure, in order (on all cores when
/// `parallel`).
fn pairs<S, U, F>(c: &Collection, structures: &[S], parallel: bool, f: F) -> Vec<U>
where
    S: std::borrow::Borrow<Structure> + Sync,
    U: Send,
    F: Fn(&Article, &Structure) -> U + Sync + Send,
{
    let items: Vec<(&Article, &S)> = c.articles.iter().zip(structures).collect();
    crate::par::map(&items, parallel, |(a, s)| f(a, (*s).borrow()))
}

/// The settings that raise the article-count and total-byte limits, for the
/// error message.
type LimitSettings = (&'static str, &'static str);

const COLLECTION_HOW: LimitSettings = (
    "CollectionOptions::max_articles",
    "CollectionOptions::max_collection_bytes",
);

/// Counts articles and bytes against a collection's limits.
struct Limits {
    max_articles: usize,
    max_bytes: usize,
    how: LimitSettings,
    bytes: usize,
}

impl Limits {
    fn new(max_articles: usize, max_bytes: usize, how: LimitSettings) -> Limits {
        Limits {
            max_articles,
            max_bytes,
            how,
            bytes: 0,
        }
    }

    /// Checks the number of articles.
    fn count(&self, count: usize) -> Result<()> {
        if count > self.max_articles {
            return Err(Error::CollectionTooLarge {
                size: count,
                limit: self.max_articles,
                unit: "articles",
                how: self.how.0,
            });
        }
        Ok(())
    }

    /// Adds an article's bytes to the total and checks it.
    fn add_bytes(&mut self, bytes: usize) -> Result<()> {
        self.bytes = self.bytes.saturating_add(bytes);
        if self.bytes > self.max_bytes {
            return Err(Error::CollectionTooLarge {
                size: self.bytes,
                limit: self.max_bytes,
                unit: "bytes",
                how: self.how.1,
            });
        }
        Ok(())
    }
}

/// Checks a list of articles against a count and a total-bytes limit.
fn check_limits(
    articles: &[Article],
    max_articles: usize,
    max_bytes: usize,
    how: LimitSettings,
) -> Result<()> {
    let mut limits = Limits::new(max_articles, max_bytes, how);
    limits.count(articles.len())?;
    limits.add_bytes(
        articles
            .iter()
            .fold(0usize, |n, a| n.saturating_add(a.text.len())),
    )
}

/// The most common year of `dates` (ties: the median date's year), anchored
/// at their median.
fn collection_hint(mut dates: Vec<chrono::NaiveDate>) -> Option<Hint> {
    dates.sort_unstable();
    let median = *dates.get(dates.len().checked_sub(1)? / 2)?;
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for d in &dates {
        *counts.entry(d.year()).or_default() += 1;
    }
    let top = counts.values().copied().max()?;
    let leaders: Vec<i32> = counts
        .iter()
        .filter(|(_, c)| **c == top)
        .map(|(y, _)| *y)
        .collect();
    let year = match leaders.as_slice() {
        [y] => *y,
        _ => median.year(),
    };
    let anchor = if median.year() == year {
        Some(median)
    } else {
        None
    };
    Some(Hint {
        year,
        anchor,
        source: YearSource::Collection,
    })
}

fn manifest_error(
    path: &Path,
    article: Option<&str>,
    field: Option<&str>,
    message: String,
) -> Error {
    Error::Manifest {
        path: path.to_path_buf(),
        article: article.map(str::to_string),
        field: field.map(str::to_string),
        message,
    }
}

fn optional_string<'v>(
    path: &Path,
    label: &str,
    obj: &'v Map<String, Value>,
    field: &str,
) -> Result<Option<&'v str>> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(manifest_error(
            path,
            Some(label),
            Some(field),
            "expected a string".into(),
        )),
    }
}

fn manifest_article(
    path: &Path,
    base: &Path,
    index: usize,
    entry: &Value,
    options: &CollectionOptions,
) -> Result<Article> {
    let index_label = format!("#{index}");
    let Value::Object(obj) = entry else {
        return Err(manifest_error(
            path,
            Some(&index_label),
            None,
            "expected an article object".into(),
        ));
    };
    // The label names the article by id when it has one.
    let label = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => index_label.clone(),
    };
    for key in obj.keys() {
        if !matches!(
            key.as_str(),
            "id" | "file" | "text" | "title" | "source" | "published" | "url" | "notes"
        ) {
            return Err(manifest_error(
                path,
                Some(&label),
                Some(key),
                "unknown field (expected id, file, text, title, source, published, url, notes)"
                    .into(),
            ));
        }
    }
    let id = match optional_string(path, &label, obj, "id")? {
        Some(s) if !s.trim().is_empty() => s.to_string(),
        Some(_) => {
            return Err(manifest_error(
                path,
                Some(&label),
                Some("id"),
                "empty id".into(),
            ));
        }
        None => {
            return Err(manifest_error(
                path,
                Some(&label),
                Some("id"),
                "missing field".into(),
            ));
        }
    };
    let title = optional_string(path, &label, obj, "title")?;
    let source = optional_string(path, &label, obj, "source")?;
    optional_string(path, &label, obj, "url")?;
    optional_string(path, &label, obj, "notes")?;
    let published = match optional_string(path, &label, obj, "published")? {
        None => None,
        Some(s) => Some(Published::parse(s).map_err(|e| {
            let message = match e {
                Error::ImpossibleDate { text, .. } => format!("impossible date {text:?}"),
                other => other.to_string(),
            };
            manifest_error(path, Some(&label), Some("published"), message)
        })?),
    };
    let file = optional_string(path, &label, obj, "file")?;
    let inline = optional_string(path, &label, obj, "text")?;
    let mut article = match (file, inline) {
        (Some(_), Some(_)) => {
            return Err(manifest_error(
                path,
                Some(&label),
                Some("text"),
                "give either \"file\" or \"text\", not both".into(),
            ));
        }
        (None, None) => {
            return Err(manifest_error(
                path,
                Some(&label),
                Some("file"),
                "missing field".into(),
            ));
        }
        (None, Some(text)) => Article::new(id.clone(), text),
        (Some(f), None) => {
            let fp = base.join(f);
            let mut a = match load_article_file(&fp, options) {
                Ok(a) => a,
                Err(Error::Io { source, .. }) => {
                    return Err(manifest_error(
                        path,
                        Some(&label),
                        Some("file"),
                        format!("cannot read {}: {source}", fp.display()),
                    ));
                }
                Err(e) => return Err(e),
            };
            a.id = id.clone();
            a
        }
    };
    if let Some(t) = title {
        article.title = Some(t.to_string());
    }
    if let Some(s) = source {
        article.source = Some(s.to_string());
    }
    if published.is_some() {
        article.published = published;
    }
    Ok(article)
}

/// Loads one article file: the extension point for other formats.
pub(crate) fn load_article_file(path: &Path, options: &CollectionOptions) -> Result<Article> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        // TimeML documents load as articles whose text is their TEXT and
        // whose publication date is their DCT (the day: TimeML DCTs carry
        // no zone).
        "tml" | "timeml" => {
            let raw = read_text(path, options)?;
            let doc = crate::timeml::Document::parse(&raw).map_err(|e| match e {
                Error::TimeMl {
                    offset, message, ..
                } => Error::TimeMl {
                    path: Some(path.to_path_buf()),
                    offset,
                    message,
                },
                other => other,
            })?;
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            let mut builder = Article::builder(id, doc.text.clone()).path(path);
            if let Some(title) = &doc.title {
                builder = builder.title(title.clone());
            }
            if let Some(r) = crate::tagger::dct_reference(&doc) {
                builder = builder.published(r.date);
            }
            Ok(builder.build())
        }
        "json" => Err(Error::UnsupportedFile {
            path: path.to_path_buf(),
            reason:
                "a JSON file given as an article; load manifests with Collection::from_manifest"
                    .into(),
        }),
        _ => {
            let text = read_text(path, options)?;
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            Ok(Article::builder(id, text).path(path).build())
        }
    }
}

/// Reads a UTF-8 file of at most `max_article_bytes`, dropping a byte-order
/// mark.
fn read_text(path: &Path, options: &CollectionOptions) -> Result<String> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io)?;
    let limit = options.max_article_bytes;
    let mut bytes = Vec::new();
    file.take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > limit {
        let size = std::fs::metadata(path)
            .ok()
            .and_then(|m| usize::try_from(m.len()).ok())
            .unwrap_or(bytes.len());
        return Err(Error::TooLarge {
            what: format!("file {}", path.display()),
            size,
            limit,
            how: "CollectionOptions::max_article_bytes",
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

//! Articles, their structure (headline, dateline, body, boilerplate),
//! datelines and reference times: the pipeline's first stage.
//!
//! # Overview
//!
//! | step | item |
//! |---|---|
//! | an article and its metadata | [`Article`], [`ArticleBuilder`], [`Published`] |
//! | a set of articles from a manifest or files | [`Collection`], [`CollectionOptions`] |
//! | headline, summary, dateline, body, boilerplate | [`Structure`], [`BoilerplateBlock`] |
//! | the dateline itself | [`parse_dateline`], [`Dateline`], [`PartialDate`] |
//! | the reference time relative dates resolve against | [`Reference`], [`ReferenceSource`], [`ReferenceOptions`] |
//!
//! ```
//! use dateline::article::{Article, ReferenceOptions, ReferenceSource};
//! let article = Article::builder("reuters", "Russian Troops To Quit Kazakhstan\n\nNUR-SULTAN, Jan 11 (Reuters) — Russian-led forces will begin withdrawing, the president said on Tuesday.")
//!     .source("Reuters")
//!     .build();
//! let reference = article.reference(&ReferenceOptions::default().year_hint(2022))?;
//! assert_eq!(reference.source, ReferenceSource::Dateline);
//! assert_eq!(reference.date.map(|d| d.to_string()), Some("2022-01-11".to_string()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The reference time
//!
//! Every relative date ("on Tuesday", "last week") is only as right as the
//! reference it is resolved against. [`Reference::resolve`] takes the
//! first of these that the article offers, and records which one in
//! [`Reference::source`]:
//!
//! 1. **`published`**: the article's publication date (or date-time with
//!    zone); without one in the metadata, a date line at the top of the
//!    page ("October 13, 2005", "Published: 19 January 2022"; not
//!    "Updated ...") counts as the publication date. A dateline date or an in-text date that disagrees with it is
//!    kept in [`Reference::alternatives`] with a note (a story filed before
//!    midnight, or in another time zone); [`ReferenceOptions::prefer_dateline`]
//!    uses the dateline's date instead.
//! 2. **`dateline`**: the dateline's date (`NUR-SULTAN, Jan 11 (Reuters)`).
//!    A missing year comes from the publication date, else from the year
//!    hint ([`ReferenceOptions::year_hint`], or the manifest's `year_hint`),
//!    else from the other articles of the collection.
//! 3. **`in_text`**: a weekday with an explicit date in the lead (the first
//!    two paragraphs of the body): "on Wednesday (Jan 19)", "Wednesday,
//!    Jan. 19", "Wednesday (January 19)". The weekday fixes the year: of
//!    the years within [`ReferenceOptions::year_window`] of the hint, only
//!    those in which that date falls on that weekday survive, and the
//!    nearest one is taken (two equally near ones: no date, both noted).
//! 4. **`collection`**: no date of its own, but a year: the hint, or the
//!    year most of the collection's other dated articles share. Absolute
//!    dates without a year can resolve against it; relative ones cannot.
//! 5. **`none`**: nothing. In lenient mode (the default) the article is
//!    still processed: absolute dates resolve, relative ones stay
//!    unresolved. In strict mode ([`ReferenceOptions::strict`]) this is
//!    [`Error::NoReference`](crate::Error::NoReference).
//!
//! No year is ever invented: a month and day with no year and no hint is
//! reported as [`Reference::partial`], not as a date. Nothing reads the
//! system clock.

mod collection;
mod dateline;
mod published;
mod reference;
pub(crate) mod scan;
mod structure;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use collection::{Collection, CollectionOptions, ResolvedArticle};
pub use dateline::{
    Dateline, PartialDate, Spanned, WIRE_AGENCIES, is_wire_agency, parse_dateline,
    parse_dateline_at,
};
pub use published::Published;
pub use reference::{
    Alternative, Reference, ReferenceOptions, ReferenceSource, YearSource, in_text_date,
};
pub use structure::{BlockPosition, BoilerplateBlock, BoilerplateKind, Structure};

use crate::Result;

/// A byte range `start..end` into an article's text. Spans produced by this
/// crate always lie on `char` boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Its length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text it covers, or `None` when it is out of bounds or off a
    /// `char` boundary of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies within this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One news article: its text and what is known about it.
///
/// Build one with [`Article::builder`], load one with
/// [`Article::from_file`], or load many with [`Collection`].
///
/// ```
/// use dateline::article::{Article, Published};
/// let a = Article::builder("st", "Russian troops leave Kazakhstan\n\nALMATY, KAZAKHSTAN (AFP) - Russian soldiers left.")
///     .title("Russian troops leave Kazakhstan")
///     .published("2022-01-19".parse::<Published>()?)
///     .source("AFP, republished by The Straits Times")
///     .build();
/// assert_eq!(a.id, "st");
/// assert_eq!(a.published.map(|p| p.to_string()), Some("2022-01-19".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The article's id, unique within its collection.
    pub id: String,
    /// The full text as given, headline and boilerplate included. All spans
    /// are byte offsets into it.
    pub text: String,
    /// The title, when known from metadata.
    #[serde(default)]
    pub title: Option<String>,
    /// The publication date or date-time, when known from metadata.
    #[serde(default)]
    pub published: Option<Published>,
    /// The publisher or agency, when known.
    #[serde(default)]
    pub source: Option<String>,
    /// The file it was loaded from, if any.
    #[serde(default)]
    pub path: Option<PathBuf>,
}

impl Article {
    /// An article with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article::builder(id, text).build()
    }

    /// A builder for an article with this id and text.
    pub fn builder(id: impl Into<String>, text: impl Into<String>) -> ArticleBuilder {
        ArticleBuilder {
            article: Article {
                id: id.into(),
                text: text.into(),
                title: None,
                published: None,
                source: None,
                path: None,
            },
        }
    }

    /// Loads a plain-text article file (UTF-8; a byte-order mark is
    /// dropped); its id is the file stem. See [`Collection::from_files`].
    pub fn from_file(path: impl AsRef<Path>) -> Result<Article> {
        collection::load_article_file(path.as_ref(), &CollectionOptions::default())
    }

    /// The article's structure (see [`Structure`]); a first line equal to
    /// the title is taken as the headline.
    pub fn structure(&self) -> Structure {
        Structure::parse_with_title(&self.text, self.title.as_deref())
    }

    /// The article's reference time on its own (no collection): see
    /// [`Reference::resolve`].
    pub fn reference(&self, options: &ReferenceOptions) -> Result<Reference> {
        Reference::resolve(self, &self.structure(), options)
    }
}

/// Builds an [`Article`]; from [`Article::builder`].
#[derive(Clone, Debug)]
pub struct ArticleBuilder {
    article: Article,
}

impl ArticleBuilder {
    /// Sets the title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.article.title = Some(title.into());
        self
    }

    /// Sets the publication date or date-time (a [`Published`], a
    /// `NaiveDate` or a `DateTime<FixedOffset>`).
    pub fn published(mut self, published: impl Into<Published>) -> Self {
        self.article.published = Some(published.into());
        self
    }

    /// Sets the publisher or agency.
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.article.source = Some(source.into());
        self
    }

    /// Records the file the article came from.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.article.path = Some(path.into());
        self
    }

    /// The article.
    pub fn build(self) -> Article {
        self.article
    }
}

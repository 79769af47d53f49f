//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in `dateline`, with enough context to say
/// what went wrong and where: the offending value, the file, the article id,
/// the byte offset.
///
/// The enum is `#[non_exhaustive]`: new failure modes will be added as the
/// pipeline grows, so match with a wildcard arm.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string that is not a legal TIMEX3 `value` (TimeML 1.2.1 /
    /// ISO-TimeML). The caller can only fix the input.
    #[error("invalid TIMEX3 value {value:?}: {reason}")]
    InvalidValue {
        /// The string as given.
        value: String,
        /// Why it is not legal.
        reason: String,
    },

    /// A TIMEX3 attribute other than `value` (`type`, `mod`, `quant`,
    /// `freq`) that is not one of the legal spellings.
    #[error("invalid TIMEX3 {attribute} {value:?}")]
    InvalidAttribute {
        /// The attribute name, e.g. `mod`.
        attribute: &'static str,
        /// The string as given.
        value: String,
    },

    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// A text file is not valid UTF-8.
    #[error("{}: invalid UTF-8 at byte offset {offset}", path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },

    /// A collection manifest (`articles.json`) is malformed: not JSON, a
    /// missing or mistyped field, a missing file, an impossible date.
    #[error("{}{}{}: {message}", path.display(),
        article.as_ref().map(|a| format!(": article {a:?}")).unwrap_or_default(),
        field.as_ref().map(|f| format!(": field {f:?}")).unwrap_or_default())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// The article's id (or its index, when it has no id), if the
        /// problem is in one article.
        article: Option<String>,
        /// The field at fault, if one is.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },

    /// A TimeML document could not be read.
    #[error("{}: TimeML at byte offset {offset}: {message}",
        path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "<input>".into()))]
    TimeMl {
        /// The file, when the document came from one.
        path: Option<PathBuf>,
        /// Byte offset into the document where the problem was found.
        offset: usize,
        /// What is wrong.
        message: String,
    },

    /// A date that does not exist (`2022-02-30`, `Jan 32`) where a real one
    /// was required.
    #[error("impossible date {text:?}{}", context.as_ref().map(|c| format!(" in {c}")).unwrap_or_default())]
    ImpossibleDate {
        /// The date as written.
        text: String,
        /// Where it was found (article id, manifest field), if known.
        context: Option<String>,
    },

    /// A date or date-time string that is not in an accepted form (a
    /// publication date must be `YYYY-MM-DD` or an RFC 3339 date-time with
    /// a zone offset). Fix the string; a form that parses but names a day
    /// that does not exist is [`Error::ImpossibleDate`] instead.
    #[error("invalid date {text:?}: {reason}")]
    InvalidDate {
        /// The string as given.
        text: String,
        /// What was expected.
        reason: String,
    },

    /// A file of a kind this function cannot load (a `.tml` file before
    /// TimeML loading is wired in, a manifest passed as an article). Pass
    /// it to the function the message names.
    #[error("{}: {reason}", path.display())]
    UnsupportedFile {
        /// The file.
        path: PathBuf,
        /// Why it cannot be loaded here, and what to use instead.
        reason: String,
    },

    /// Strict mode: an article has no usable reference time (no publication
    /// date, no dated dateline, no date in the text, no collection hint).
    /// In lenient mode (the default) the article is processed anyway.
    #[error(
        "article {article:?} has no reference time (no publication date, dated dateline, in-text date or collection hint)"
    )]
    NoReference {
        /// The article's id.
        article: String,
    },

    /// An input exceeded a configured limit.
    #[error("{what} is {size} bytes, over the limit of {limit} bytes; raise it with {how}")]
    TooLarge {
        /// What was too large (e.g. `article "x"`).
        what: String,
        /// Its size.
        size: usize,
        /// The configured limit.
        limit: usize,
        /// The setting that raises the limit.
        how: &'static str,
    },

    /// A collection has more articles, or more text in all, than a
    /// configured limit allows. Raise the limit with the setting named
    /// (`CollectionOptions::max_articles`, `max_collection_bytes`, or the
    /// [`TimelineOptions`](crate::timeline::TimelineOptions) fields of the
    /// same names), or split the collection.
    #[error(
        "collection too large: {size} {unit} is over the limit of {limit} {unit}; raise it with {how}"
    )]
    CollectionTooLarge {
        /// The size found when the limit was crossed: the number of
        /// articles, or (for bytes) the total read so far, which is then a
        /// lower bound.
        size: usize,
        /// The configured limit.
        limit: usize,
        /// `articles` or `bytes`.
        unit: &'static str,
        /// The setting that raises the limit.
        how: &'static str,
    },

    /// Input given to a stage that it cannot use (strict mode): a mention
    /// of an unknown article, a duplicate id, reversed offsets.
    #[error("invalid input: {what}: {message}")]
    InvalidInput {
        /// What was given (e.g. `mention "afp:10-4"`).
        what: String,
        /// What is wrong.
        message: String,
    },

    /// A file in a line- or XML-based format other than TimeML (a
    /// SemEval-2015 Task 4 CAT document or timeline) could not be read.
    #[error("{}: {format} at line {line}: {message}",
        path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "<input>".into()))]
    Format {
        /// The file, when the input came from one.
        path: Option<PathBuf>,
        /// The format (`CAT`, `timeline`).
        format: &'static str,
        /// The 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

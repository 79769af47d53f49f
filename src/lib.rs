//! # dateline
//!
//! `dateline` turns a pile of news articles into a timeline you can trust.
//! It reads each article's dateline and metadata to fix its reference time,
//! finds the temporal expressions in the text and resolves them to TIMEX3
//! values (TimeML 1.2.1 / ISO-TimeML), and, as the crate grows, extracts the
//! events those expressions anchor and merges them across articles into an
//! ordered event graph.
//!
//! The pipeline, one module per stage:
//!
//! | stage | module |
//! |---|---|
//! | TIMEX3 values, calendar intervals, arithmetic | [`value`] |
//! | articles, structure, datelines, reference times | [`article`] |
//! | temporal expressions | [`tagger`] |
//! | TimeML reading and writing | [`timeml`] |
//! | TempEval-3 scoring | [`eval`] |
//! | cross-article event merging, the event graph, exports | [`timeline`] |
//!
//! Nothing in the crate reads the system clock: every relative expression
//! is resolved against a reference time the caller gives (or the crate
//! derives from the article), so the same input gives the same output on
//! any day.
//!
//! ## Errors
//!
//! One error type, [`Error`], for the whole crate. Its variants carry the
//! offending value, file, article id or byte offset.
//!
//! ## Untrusted input
//!
//! No function in this crate panics on input. Malformed values, files and
//! manifests give an [`Error`].

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

pub mod article;
mod error;
pub mod eval;
pub mod tagger;
pub mod timeline;
pub mod timeml;
pub mod value;

pub use error::{Error, Result};

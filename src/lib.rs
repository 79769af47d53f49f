//! # dateline
//!
//! `dateline` turns a pile of news articles into a timeline you can trust.
//! It reads each article's dateline and metadata to fix its reference time,
//! finds the temporal expressions in the text and resolves them to TIMEX3
//! values (TimeML 1.2.1 / ISO-TimeML) and calendar intervals, extracts the
//! events those expressions anchor, and merges them across articles into an
//! ordered event graph with the conflicts between sources.
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline::tagger::Tagger;
//!
//! // Build once (the lexicon is compiled here), tag many texts.
//! let tagger = Tagger::default();
//! let published = NaiveDate::from_ymd_opt(2022, 1, 11).ok_or("date")?;
//! let text = "NUR-SULTAN, Jan 11 (Reuters) - Russian-led forces will begin \
//!             withdrawing from Kazakhstan in two days' time, the president \
//!             said on Tuesday. Troops arrived last week.";
//! let found = tagger.tag(text, Some(published.into()));
//! let summary: Vec<String> = found
//!     .iter()
//!     .map(|e| format!("{} = {}", e.text, e.timex.value))
//!     .collect();
//! assert_eq!(
//!     summary,
//!     [
//!         "Jan 11 = 2022-01-11",
//!         "two days' time = 2022-01-13",
//!         "Tuesday = 2022-01-11",
//!         "last week = 2022-W01",
//!     ]
//! );
//! // Every anchored value has a calendar interval (ends inclusive).
//! let week = found[3].interval.ok_or("interval")?;
//! assert_eq!((week.start.to_string(), week.end.to_string()), ("2022-01-03".into(), "2022-01-09".into()));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Overview
//!
//! The pipeline, one module per stage:
//!
//! | stage | module |
//! |---|---|
//! | TIMEX3 values, calendar intervals, arithmetic | [`value`] |
//! | articles, structure, datelines, reference times | [`article`] |
//! | temporal expressions | [`tagger`] |
//! | event mentions, their anchors, participants and salience | [`events`] |
//! | TimeML reading and writing | [`timeml`] |
//! | TempEval-3 scoring | [`eval`] |
//! | cross-article event merging, the event graph, exports | [`timeline`] |
//!
//! ## Usage
//!
//! - [`value::Value`] parses and formats every TIMEX3 value form with an
//!   exact round trip, maps anchored values to [`value::Interval`]s and does
//!   the calendar arithmetic relative expressions need.
//! - [`article::Collection`] loads articles from a manifest or files;
//!   [`article::Structure`] separates headline, summary, dateline, body and
//!   boilerplate; [`article::Reference`] is the reference time each article
//!   gets, with where it came from.
//! - [`tagger::Tagger::tag`] finds and resolves expressions in a text against
//!   a [`tagger::ReferenceTime`] (the article's document creation time).
//! - [`events::Extractor`] finds the event mentions of an article's body,
//!   anchored to those expressions.
//! - [`timeline::Timeline::from_collection`] runs every stage and merges the
//!   mentions across articles into a [`timeline::Timeline`]: events in
//!   chronological order, typed relations, conflicts, and exports (JSON,
//!   Markdown, DOT, TimelineJS3, TimeML).
//! - [`timeml::Document`] reads TimeML; [`tagger::tag_timeml`] writes the
//!   tagger's TIMEX3s into a TimeML document; [`eval`] scores them with the
//!   TempEval-3 measures.
//!
//! Nothing in the crate reads the system clock: every relative expression
//! is resolved against a reference time the caller gives (or the crate
//! derives from the article), so the same input gives the same output on
//! any day.
//!
//! ## Examples
//!
//! `cargo run --release --example timeline` prints the Markdown chronology of
//! the bundled Kazakhstan collection; `-- --format json INPUT...` the JSON of
//! any collection.
//! `cargo run --release --example tag -- --dct 2022-01-11 FILE` prints one
//! JSON object per expression; `--timeml IN.tml` rewrites a TimeML document
//! with the tagger's tags. `cargo run --release --example tempeval -- DIR...`
//! scores the tagger on TimeML folders.
//!
//! ## Accuracy
//!
//! On the gold TIMEX3s of TimeBank + AQUAINT (TempEval-3 measures): strict
//! F1 87.75, relaxed F1 93.86, type accuracy 95.10, value F1 81.58. The
//! README has the table and the command.
//!
//! ## Performance
//!
//! One pass over the text with a lexicon compiled once; no allocation per
//! token; time linear in the text. About 100 MB/s per core (97–102 MiB/s)
//! on the TE3 silver wire stories (`cargo bench --bench tagger`).
//!
//! ## Errors
//!
//! One error type, [`Error`], for the whole crate. Its variants carry the
//! offending value, file, article id or byte offset.
//!
//! ## Untrusted input
//!
//! No function in this crate panics on input. Malformed values, files and
//! manifests give an [`Error`]; a TIMEX3 value longer than 256 bytes is
//! rejected before parsing; the TimeML reader does not recurse on nesting.
//!
//! ## Crate features
//!
//! None yet: everything is in the default build.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod article;
mod error;
pub mod eval;
pub mod events;
mod hash;
mod par;
pub mod tagger;
pub mod timeline;
pub mod timeml;
pub mod value;

pub use error::{Error, Result};

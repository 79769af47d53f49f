//! SemEval-2015 Task 4 "TimeLine: Cross-Document Event Ordering": the CAT
//! document reader, the timeline format (reader and writer) and the task's
//! measure, temporal awareness (UzZaman and Allen 2011).
//!
//! # CAT documents
//!
//! [`CatDocument::parse`] reads a tokenised document
//! (`<Document doc_id=...><token t_id number sentence>word</token>...`)
//! and lays its tokens out as plain text: tokens of a sentence joined by
//! one space, sentences by a newline, each token with its byte offsets, so
//! mentions found in the text map back to `DOCID-SENTENCE-WORD`
//! ([`CatDocument::mention_id`]).
//!
//! # Timelines
//!
//! [`SemevalTimeline`] reads and writes the task's format: the entity on
//! the first line, then `ORDER<TAB>DATE<TAB>MENTION[<TAB>MENTION...]`.
//! [`timeline_for_entity`] writes a [`Timeline`]'s events involving an
//! entity in that format, dates as `YYYY-MM-DD`, `YYYY-MM-XX`,
//! `YYYY-XX-XX` or `XXXX-XX-XX`.
//!
//! # The measure
//!
//! Per timeline ([`score_timeline`]): lines with ORDER 0 are dropped; each
//! mention is an event node, each distinct DATE string a time node. The
//! relations are, in this order, each event SIMULTANEOUS its line's DATE
//! (lines sorted by ORDER, stably), then, walking the events in that
//! order, each event BEFORE the next when the ORDER rises, else
//! SIMULTANEOUS. Each graph is **reduced** by inserting its relations in
//! that order into a point-algebra closure (every node a point; BEFORE is
//! `<`, SIMULTANEOUS `=`): a relation the closure already implies is left
//! out; one it contradicts is kept in the reduced graph but not inserted.
//! A relation is **implied by** a graph when the graph's closure entails
//! it or the graph kept it as stated (a contradicted relation is still a
//! relation the annotation asserts: so a timeline scores 1.0 against
//! itself even when its dates and orders disagree). Precision is the
//! share of the system's reduced relations implied by the gold graph,
//! recall the share of the gold's reduced relations implied by the system
//! graph; [`score`] micro-averages by summing the counts over the gold
//! timelines (a gold timeline without a system one counts zero). An
//! unknown mention or a date string spelt differently can never be
//! confirmed.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::relation::{PointGraph, PointRel};
use super::{Placement, Status, Timeline, When};
use crate::timeml::scan::{Scanner, Token, decode};
use crate::value::Granularity;
use crate::{Error, Result};

// ---- CAT documents ------------------------------------------------------

/// A token of a CAT document, with its place in [`CatDocument::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatToken {
    /// `t_id`.
    pub t_id: u32,
    /// `sentence` (0 is the headline, 1 the date line).
    pub sentence: u32,
    /// `number`: the token's position in the document.
    pub number: u32,
    /// The token as written.
    pub text: String,
    /// Byte offset in [`CatDocument::text`].
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// A tokenised SemEval-2015 Task 4 document (CAT format).
///
/// ```
/// use dateline::timeline::semeval::CatDocument;
/// let doc = CatDocument::parse(r#"<?xml version="1.0" ?><Document doc_id="10718">
/// <token number="0" sentence="0" t_id="1">Apple</token>
/// <token number="1" sentence="0" t_id="2">cuts</token>
/// <token number="2" sentence="1" t_id="3">AT&amp;T</token>
/// <token number="3" sentence="1" t_id="4">court</token>
/// <token number="4" sentence="1" t_id="5">case</token>
/// <Markables/></Document>"#)?;
/// assert_eq!(doc.text, "Apple cuts\nAT&T court case");
/// let start = doc.text.find("court").unwrap();
/// assert_eq!(doc.mention_id(start, start + "court case".len()).as_deref(), Some("10718-1-court_case"));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatDocument {
    /// `doc_id` (the number the file name starts with).
    pub doc_id: String,
    /// `doc_name`, if given.
    pub doc_name: Option<String>,
    /// `src_url`, if given.
    pub src_url: Option<String>,
    /// The tokens in document order.
    pub tokens: Vec<CatToken>,
    /// The plain text: a sentence per line, tokens separated by spaces.
    pub text: String,
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()
        .iter()
        .take(offset.min(src.len()))
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl CatDocument {
    /// Parses a CAT document.
    ///
    /// # Errors
    ///
    /// [`Error::Format`] (format `CAT`) for malformed XML, a missing
    /// `doc_id`, or a token without numeric `t_id`, `sentence` and
    /// `number`.
    pub fn parse(xml: &str) -> Result<CatDocument> {
        Self::parse_inner(xml, None)
    }

    /// Reads a CAT document from a file.
    ///
    /// # Errors
    ///
    /// [`Error::Io`], [`Error::InvalidUtf8`], or as [`CatDocument::parse`].
    pub fn from_path(path: &Path) -> Result<CatDocument> {
        let text = read_text(path)?;
        Self::parse_inner(&text, Some(path))
    }

    fn parse_inner(xml: &str, path: Option<&Path>) -> Result<CatDocument> {
        let err = |offset: usize, message: String| Error::Format {
            path: path.map(Path::to_path_buf),
            format: "CAT",
            line: line_of(xml, offset),
            message,
        };
        let mut doc = CatDocument::default();
        let mut raw: Vec<(u32, u32, u32, String)> = Vec::new();
        let mut in_token: Option<(u32, u32, u32, String)> = None;
        let mut saw_root = false;
        for tok in Scanner::new(xml) {
            match tok.map_err(|(o, m)| err(o, m))? {
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                    offset,
                } => {
                    let mut get = BTreeMap::new();
                    for a in &attrs {
                        let mut v = String::new();
                        decode(a.value, a.value_offset, true, &mut v)
                            .map_err(|(o, m)| err(o, m))?;
                        get.insert(a.name, v);
                    }
                    match name {
                        "Document" => {
                            saw_root = true;
                            doc.doc_id = get
                                .get("doc_id")
                                .cloned()
                                .ok_or_else(|| err(offset, "Document without doc_id".into()))?;
                            doc.doc_name = get.get("doc_name").cloned();
                            doc.src_url = get.get("src_url").cloned();
                        }
                        "token" => {
                            let num =
                                |k: &str| -> Result<u32> {
                                    get.get(k).and_then(|v| v.trim().parse().ok()).ok_or_else(
                                        || err(offset, format!("token without a numeric {k}")),
                                    )
                                };
                            let t = (
                                num("t_id")?,
                                num("sentence")?,
                                num("number")?,
                                String::new(),
                            );
                            if self_closing {
                                raw.push(t);
                            } else {
                                in_token = Some(t);
                            }
                        }
                        _ => {}
                    }
                }
                Token::Text { raw: text, offset } => {
                    if let Some(t) = in_token.as_mut() {
                        decode(text, offset, false, &mut t.3).map_err(|(o, m)| err(o, m))?;
                    }
                }
                Token::CData { raw: text, .. } => {
                    if let Some(t) = in_token.as_mut() {
                        t.3.push_str(text);
                    }
                }
                Token::End { name, .. } => {
                    if name == "token"
                        && let Some(t) = in_token.take()
                    {
                        raw.push(t);
                    }
                }
                Token::Doctype { .. } => {}
            }
        }
        if !saw_root {
            return Err(err(0, "no Document element".into()));
        }
        raw.sort_by_key(|t| (t.2, t.0));
        let mut prev_sentence = None;
        for (t_id, sentence, number, text) in raw {
            let text = text.trim().to_string();
            match prev_sentence {
                None => {}
                Some(s) if s == sentence => doc.text.push(' '),
                Some(_) => doc.text.push('\n'),
            }
            prev_sentence = Some(sentence);
            let start = doc.text.len();
            doc.text.push_str(&text);
            doc.tokens.push(CatToken {
                t_id,
                sentence,
                number,
                text,
                start,
                end: doc.text.len(),
            });
        }
        Ok(doc)
    }

    /// The date sentence 1 (the date line, `January 09 , 2008`) gives:
    /// a month name (or its abbreviation), a day and a four-digit year.
    ///
    /// ```
    /// use dateline::timeline::semeval::CatDocument;
    /// let doc = CatDocument::parse(r#"<Document doc_id="1">
    /// <token number="0" sentence="0" t_id="1">Title</token>
    /// <token number="1" sentence="1" t_id="2">January</token>
    /// <token number="2" sentence="1" t_id="3">09</token>
    /// <token number="3" sentence="1" t_id="4">,</token>
    /// <token number="4" sentence="1" t_id="5">2008</token></Document>"#)?;
    /// assert_eq!(doc.published(), chrono::NaiveDate::from_ymd_opt(2008, 1, 9));
    /// # Ok::<(), dateline::Error>(())
    /// ```
    pub fn published(&self) -> Option<chrono::NaiveDate> {
        const MONTHS: [&str; 12] = crate::value::MONTH_NAMES;
        let words: Vec<String> = self
            .sentence_text(1)?
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let month = words.iter().find_map(|w| {
            MONTHS
                .iter()
                .position(|m| m == w || (w.len() >= 3 && m.starts_with(w.as_str())))
        })?;
        let numbers: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
        let year = numbers.iter().find(|&&n| (1000..=9999).contains(&n))?;
        let day = numbers.iter().find(|&&n| (1..=31).contains(&n))?;
        chrono::NaiveDate::from_ymd_opt(i32::try_from(*year).ok()?, month as u32 + 1, *day)
    }

    /// The document as an article for the pipeline: id the `doc_id`, text
    /// [`CatDocument::text`], published on [`CatDocument::published`] when
    /// the date line gives a date.
    pub fn article(&self) -> crate::article::Article {
        let b = crate::article::Article::builder(self.doc_id.clone(), self.text.clone());
        match self.published() {
            Some(p) => b.published(p).build(),
            None => b.build(),
        }
    }

    /// The tokens that overlap the byte span `start..end`.
    pub fn tokens_in(&self, start: usize, end: usize) -> &[CatToken] {
        let lo = self.tokens.partition_point(|t| t.end <= start);
        let hi = self
            .tokens
            .partition_point(|t| t.start < end.max(start + 1));
        &self.tokens[lo..hi.max(lo)]
    }

    /// The byte span of a sentence in [`CatDocument::text`].
    pub fn sentence_span(&self, sentence: u32) -> Option<(usize, usize)> {
        let mut toks = self.tokens.iter().filter(|t| t.sentence == sentence);
        let first = toks.next()?;
        let last = toks.next_back().unwrap_or(first);
        Some((first.start, last.end))
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: u32) -> Option<&str> {
        let (s, e) = self.sentence_span(sentence)?;
        self.text.get(s..e)
    }

    /// The task's id of the mention at `start..end`: `DOCID-SENTENCE-WORD`,
    /// the tokens joined with `_`; `None` when the span covers no token.
    /// A span across sentences keeps the first sentence's tokens.
    pub fn mention_id(&self, start: usize, end: usize) -> Option<String> {
        let toks = self.tokens_in(start, end);
        let first = toks.first()?;
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.sentence == first.sentence)
            .map(|t| t.text.as_str())
            .collect();
        Some(format!(
            "{}-{}-{}",
            self.doc_id,
            first.sentence,
            words.join("_")
        ))
    }
}

/// Reads every `*.xml` CAT document in a folder, sorted by file name.
///
/// # Errors
///
/// [`Error::Io`] if the folder cannot be read, or as
/// [`CatDocument::from_path`].
pub fn read_documents(dir: &Path) -> Result<Vec<CatDocument>> {
    let mut paths = list(dir, "xml")?;
    paths.sort();
    paths.iter().map(|p| CatDocument::from_path(p)).collect()
}

fn list(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let p = entry.map_err(io)?.path();
        if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
    Ok(out)
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

// ---- timelines ------------------------------------------------------------

/// One line of a timeline: an event's position, date and mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SemevalLine {
    /// The position (equal = simultaneous; 0 = not placed).
    pub order: u32,
    /// `YYYY-MM-DD`, `YYYY-MM-XX`, `YYYY-XX-XX` or `XXXX-XX-XX` (read as
    /// written, compared as strings).
    pub date: String,
    /// `DOCID-SENTENCE-WORD` mentions of the event.
    pub mentions: Vec<String>,
}

/// A timeline in the task's format.
///
/// ```
/// use dateline::timeline::semeval::SemevalTimeline;
/// let t = SemevalTimeline::parse("iPhone 4\n1\t2010-06-07\t16844-2-unveiled\n2\t2010-06-24\t16900-12-release\t16900-12-starting\n")?;
/// assert_eq!(t.entity, "iPhone 4");
/// assert_eq!(t.lines[1].mentions.len(), 2);
/// assert_eq!(t.to_string(), "iPhone 4\n1\t2010-06-07\t16844-2-unveiled\n2\t2010-06-24\t16900-12-release\t16900-12-starting\n");
/// assert_eq!(SemevalTimeline::file_name("iPhone 4"), "iphone_4.txt");
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SemevalTimeline {
    /// The target entity (first line).
    pub entity: String,
    /// The event lines.
    pub lines: Vec<SemevalLine>,
}

impl SemevalTimeline {
    /// Parses a timeline file's content.
    ///
    /// # Errors
    ///
    /// [`Error::Format`] (format `timeline`) for an empty file, a line
    /// without a date or mention, or an ORDER that is not a number.
    pub fn parse(s: &str) -> Result<SemevalTimeline> {
        Self::parse_inner(s, None)
    }

    /// Reads a timeline file.
    ///
    /// # Errors
    ///
    /// As [`SemevalTimeline::parse`], and [`Error::Io`] /
    /// [`Error::InvalidUtf8`].
    pub fn from_path(path: &Path) -> Result<SemevalTimeline> {
        Self::parse_inner(&read_text(path)?, Some(path))
    }

    fn parse_inner(s: &str, path: Option<&Path>) -> Result<SemevalTimeline> {
        let err = |line: usize, message: String| Error::Format {
            path: path.map(Path::to_path_buf),
            format: "timeline",
            line,
            message,
        };
        let mut t = SemevalTimeline::default();
        let mut entity_seen = false;
        for (i, line) in s.lines().enumerate() {
            let line = line.trim_end_matches(['\r', ' ']);
            if line.trim().is_empty() {
                continue;
            }
            if !entity_seen {
                t.entity = line.trim().to_string();
                entity_seen = true;
                continue;
            }
            let mut fields = line.split('\t').map(str::trim).filter(|f| !f.is_empty());
            let order = fields
                .next()
                .and_then(|o| o.parse::<u32>().ok())
                .ok_or_else(|| err(i + 1, format!("ORDER is not a number in {line:?}")))?;
            let date = fields
                .next()
                .ok_or_else(|| err(i + 1, "no DATE".into()))?
                .to_string();
            let mentions: Vec<String> = fields.map(str::to_string).collect();
            if mentions.is_empty() {
                return Err(err(i + 1, "no MENTION".into()));
            }
            t.lines.push(SemevalLine {
                order,
                date,
                mentions,
            });
        }
        if !entity_seen {
            return Err(err(1, "empty timeline file".into()));
        }
        Ok(t)
    }

    /// The file name the task uses for an entity: lower case,
    /// non-alphanumerics as `_`, `.txt`.
    pub fn file_name(entity: &str) -> String {
        let stem: String = entity
            .trim()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        format!("{stem}.txt")
    }
}

impl fmt::Display for SemevalTimeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.entity)?;
        for l in &self.lines {
            write!(f, "{}\t{}", l.order, l.date)?;
            for m in &l.mentions {
                write!(f, "\t{m}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// Reads every `*.txt` timeline in a folder, sorted by file name.
///
/// # Errors
///
/// As [`read_documents`].
pub fn read_timelines(dir: &Path) -> Result<Vec<SemevalTimeline>> {
    let mut paths = list(dir, "txt")?;
    paths.sort();
    paths
        .iter()
        .map(|p| SemevalTimeline::from_path(p))
        .collect()
}

/// An event's date in the task's format: `YYYY-MM-DD` for a day,
/// `YYYY-MM-XX` for anything within one month, `YYYY-XX-XX` within one
/// year, else (and for undated events) `XXXX-XX-XX`.
pub fn semeval_date(when: &When) -> String {
    use chrono::Datelike;
    let unknown = "XXXX-XX-XX".to_string();
    if when.placement != Placement::Dated {
        return unknown;
    }
    let (Some(s), Some(e)) = (when.start, when.end) else {
        return unknown;
    };
    if s == e && when.granularity.is_none_or(|g| g >= Granularity::Day) {
        format!("{:04}-{:02}-{:02}", s.year(), s.month(), s.day())
    } else if (s.year(), s.month()) == (e.year(), e.month()) {
        format!("{:04}-{:02}-XX", s.year(), s.month())
    } else if s.year() == e.year() {
        format!("{:04}-XX-XX", s.year())
    } else {
        unknown
    }
}

/// Whether a token is a word of an entity's name: equal without case, or
/// its plural (`iPods` for `iPod`).
fn word_matches(token: &str, word: &str) -> bool {
    token.eq_ignore_ascii_case(word)
        || token
            .strip_suffix(['s', 'S'])
            .is_some_and(|t| !t.is_empty() && t.eq_ignore_ascii_case(word))
}

/// Whether a sentence's tokens name an entity: the whole name (a word of
/// it may take a plural `s`), the name with one capitalised word inserted
/// (`iTunes Music Store` names `iTunes store`), or, for a name of two or
/// more capitalised words (a person, an organisation: `Steve Jobs`,
/// `Beatles Apple Corps`), its last word as written (`Jobs`, `Corps`).
///
/// ```
/// use dateline::timeline::semeval::names_entity;
/// let s = |t: &str| t.split(' ').map(str::to_string).collect::<Vec<_>>();
/// let names = |t: &str, e: &str| names_entity(&s(t).iter().map(String::as_str).collect::<Vec<_>>(), e);
/// assert!(names("sales at the iTunes store rose", "iTunes store"));
/// assert!(names("Apple launched the iTunes Music Store", "iTunes store"));
/// assert!(!names("the iTunes music store", "iTunes store")); // not part of the name
/// assert!(!names("iTunes sold songs in a store", "iTunes store"));
/// assert!(names("Steve P. Jobs spoke", "Steve Jobs"));
/// assert!(names("Jobs spoke", "Steve Jobs"));
/// ```
pub fn names_entity(tokens: &[&str], entity: &str) -> bool {
    let words: Vec<&str> = entity.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    if tokens
        .windows(words.len())
        .any(|w| w.iter().zip(&words).all(|(t, e)| word_matches(t, e)))
        || name_with_inserted_words(tokens, &words)
    {
        return true;
    }
    let proper = words.len() >= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && w.chars().all(char::is_alphabetic)
        });
    proper && words.last().is_some_and(|head| tokens.contains(head))
}

/// Whether the words of a name of two or more words stand in order with
/// one capitalised word inserted between two of them, as a longer form of
/// the same name (`iTunes Music Store` for `iTunes Store`, `Steve P. Jobs`
/// for `Steve Jobs`).
fn name_with_inserted_words(tokens: &[&str], words: &[&str]) -> bool {
    if words.len() < 2 {
        return false;
    }
    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    (0..tokens.len()).any(|start| {
        let mut at = start;
        let mut inserted = 0;
        for (k, w) in words.iter().enumerate() {
            match tokens.get(at) {
                Some(t) if word_matches(t, w) => at += 1,
                Some(t) if k > 0 && inserted == 0 && capitalised(t) => {
                    if !tokens.get(at + 1).is_some_and(|t| word_matches(t, w)) {
                        return false;
                    }
                    inserted += 1;
                    at += 2;
                }
                _ => return false,
            }
        }
        inserted == 1
    })
}

/// Whether an entity's name looks like a person's: two capitalised
/// words, a first name and a surname (`Steve Jobs`).
fn person_name(entity: &str) -> Option<(&str, &str)> {
    let words: Vec<&str> = entity.split_whitespace().collect();
    let cap = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
    };
    match words[..] {
        [first, last] if cap(first) && cap(last) => Some((first, last)),
        _ => None,
    }
}

/// The sentences of a document about an entity: those that name it
/// ([`names_entity`]; for a person, the first name alone too), and those
/// right after one that refer back to it with a pronoun (`he`, `his`,
/// `him` for a person; a leading `It` for anything else).
pub fn entity_sentences(doc: &CatDocument, entity: &str) -> std::collections::BTreeSet<u32> {
    entity_tokens(doc, entity).into_keys().collect()
}

/// The tokens of a document that stand for an entity, by sentence (the
/// sentences of [`entity_sentences`]): the words of its name, the first
/// name of a person, the pronoun that refers back to it.
fn entity_tokens(doc: &CatDocument, entity: &str) -> BTreeMap<u32, Vec<u32>> {
    let mut by_sentence: BTreeMap<u32, Vec<&CatToken>> = BTreeMap::new();
    for t in &doc.tokens {
        by_sentence.entry(t.sentence).or_default().push(t);
    }
    let person = person_name(entity);
    let words: Vec<&str> = entity.split_whitespace().collect();
    let mut out = BTreeMap::new();
    let mut previous = false;
    for (s, toks) in by_sentence {
        let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        let named =
            names_entity(&texts, entity) || person.is_some_and(|(first, _)| texts.contains(&first));
        let refers = previous
            && match person {
                Some(_) => texts.iter().any(|t| {
                    ["he", "his", "him"]
                        .iter()
                        .any(|p| t.eq_ignore_ascii_case(p))
                }),
                None => texts.first().is_some_and(|t| *t == "It"),
            };
        previous = named || refers;
        if !previous {
            continue;
        }
        let stands_for = |t: &str| {
            words.iter().any(|w| word_matches(t, w))
                || person.is_some_and(|(first, _)| t == first)
                || (person.is_some()
                    && ["he", "his", "him"]
                        .iter()
                        .any(|p| t.eq_ignore_ascii_case(p)))
                || (person.is_none() && t == "It")
        };
        let mut at: Vec<u32> = toks
            .iter()
            .filter(|t| stands_for(&t.text))
            .map(|t| t.number)
            .collect();

        at.sort_unstable();
        out.insert(s, at);
    }
    out
}

/// How many tokens from a mention the entity may stand and still be one
/// of its participants: an event's arguments stand near its trigger; a
/// mention further off in a long sentence tells of something else.
pub const ARGUMENT_REACH: u32 = 8;

/// How many body sentences (after the headline and the date line) may
/// give an article its lead day ([`lead_days`]).
const LEAD_SENTENCES: u32 = 2;

/// How many days before its reference date an article's lead day may lie.
const LEAD_REACH_DAYS: i64 = 7;

/// Each article's lead day: the single day that a mention in one of its
/// first [`LEAD_SENTENCES`] body sentences is anchored to, when it lies in
/// the [`LEAD_REACH_DAYS`] days up to the article's reference date (the
/// earliest such sentence wins). A news report opens with its occasion and
/// its day ("Yesterday, at this year's conference, Jobs unveiled..."); the
/// past-tense sentences that follow without a time of their own tell of
/// that occasion, not of the day the report was written.
fn lead_days<'a>(
    timeline: &'a Timeline,
    docs: &BTreeMap<&str, &CatDocument>,
    reference: &BTreeMap<&str, chrono::NaiveDate>,
) -> BTreeMap<&'a str, chrono::NaiveDate> {
    // article -> (CAT sentence, day)
    let mut best: BTreeMap<&str, (u32, chrono::NaiveDate)> = BTreeMap::new();
    for m in timeline.events.iter().flat_map(|e| &e.mentions) {
        let (Some(doc), Some(dct)) = (
            docs.get(m.article.as_str()),
            reference.get(m.article.as_str()),
        ) else {
            continue;
        };
        let Some(first) = doc.tokens_in(m.start, m.end).first() else {
            continue;
        };
        if !(2..2 + LEAD_SENTENCES).contains(&first.sentence) {
            continue;
        }
        let Some(day) = m
            .value
            .as_deref()
            .and_then(|v| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
        else {
            continue;
        };
        if day > *dct || (*dct - day).num_days() > LEAD_REACH_DAYS {
            continue;
        }
        let entry = best
            .entry(m.article.as_str())
            .or_insert((first.sentence, day));
        if first.sentence < entry.0 {
            *entry = (first.sentence, day);
        }
    }
    best.into_iter().map(|(a, (_, d))| (a, d)).collect()
}

/// A [`Timeline`]'s events involving `entity` as a task timeline.
///
/// An event belongs to the entity when one of its mentions lies in a
/// sentence naming it ([`names_entity`]: `Steve Jobs` or `Jobs`, `iPod` or
/// `iPods`; see [`entity_sentences`]) within [`ARGUMENT_REACH`] tokens of
/// the name (or of the pronoun that refers back to it), or when
/// [`Timeline::involving`] lists it; only those mentions are written (the others are the same
/// event told without the entity), mapped to `DOCID-SENTENCE-WORD` through
/// the CAT document whose `doc_id` is the mention's article id (mentions
/// that map to no token, that are the entity's own name, or that lie in
/// sentence 0 or 1, the headline and the date line, are left out, and
/// events left without mentions too). Only events that happened or are
/// going on are written: a timeline is not for planned, possible or
/// denied ones.
///
/// DATE is the event's date ([`semeval_date`]); an event the timeline
/// places only relatively (no date of its own, but bounds or relations)
/// takes a day from its first written mention's article when its bounds
/// allow it: the article's lead day for an event that happened (the day
/// a mention in one of its first two body sentences is anchored to, when
/// that day lies in the week up to the article's reference date), as the
/// body of a report tells of the occasion its lead dates, else the article's reference date, as news reports what
/// happened around the time of writing. ORDER follows the
/// chronological order of those dates (the timeline's order among equal
/// ones); consecutive lines with the same date and no stored relation
/// ordering them share an ORDER; undated events get 0 (the measure
/// ignores them).
pub fn timeline_for_entity(
    timeline: &Timeline,
    entity: &str,
    documents: &[CatDocument],
) -> SemevalTimeline {
    let docs: BTreeMap<&str, &CatDocument> =
        documents.iter().map(|d| (d.doc_id.as_str(), d)).collect();
    let positions: BTreeMap<&str, BTreeMap<u32, Vec<u32>>> = documents
        .iter()
        .map(|d| (d.doc_id.as_str(), entity_tokens(d, entity)))
        .collect();
    let involving: std::collections::BTreeSet<&str> = timeline
        .involving(entity)
        .into_iter()
        .map(|e| e.id.as_str())
        .collect();
    let mut out = SemevalTimeline {
        entity: entity.to_string(),
        lines: Vec::new(),
    };
    let entity_words: Vec<&str> = entity.split_whitespace().collect();
    let reference: BTreeMap<&str, chrono::NaiveDate> = timeline
        .articles
        .iter()
        .filter_map(|a| Some((a.id.as_str(), a.reference.date?)))
        .collect();
    let lead = lead_days(timeline, &docs, &reference);
    // (start, date, event id, mentions), `start` None for unplaced.
    let mut lines: Vec<(Option<chrono::NaiveDate>, String, &str, Vec<String>)> = Vec::new();
    for e in &timeline.events {
        let listed = involving.contains(e.id.as_str());
        let mut mentions: Vec<String> = Vec::new();
        let mut first_article: Option<&str> = None;
        for m in &e.mentions {
            let Some(doc) = docs.get(m.article.as_str()) else {
                continue;
            };
            let Some(first) = doc.tokens_in(m.start, m.end).first() else {
                continue;
            };
            let named = positions
                .get(m.article.as_str())
                .and_then(|p| p.get(&first.sentence))
                .is_some_and(|at| {
                    // `at` is in token order: the nearest either side.
                    let k = at.partition_point(|&p| p < first.number);
                    [k.checked_sub(1), Some(k)]
                        .into_iter()
                        .flatten()
                        .filter_map(|k| at.get(k))
                        .any(|&p| p.abs_diff(first.number) <= ARGUMENT_REACH)
                });
            // The entity's own name is no event of it ("iPhone", "iPods").
            let own_name = doc
                .tokens_in(m.start, m.end)
                .iter()
                .all(|t| entity_words.iter().any(|w| word_matches(&t.text, w)));
            if first.sentence < 2 || !(named || listed) || own_name {
                continue;
            }
            if let Some(id) = doc.mention_id(m.start, m.end)
                && !mentions.contains(&id)
            {
                first_article.get_or_insert(m.article.as_str());
                mentions.push(id);
            }
        }
        if mentions.is_empty() {
            continue;
        }
        // A timeline is what happened: planned, possible and denied events
        // are left out.
        if !matches!(e.status, Status::Happened | Status::Ongoing) {
            continue;
        }
        if e.when.placement == Placement::Dated {
            lines.push((e.when.start, semeval_date(&e.when), e.id.as_str(), mentions));
            continue;
        }
        let fits = |d: chrono::NaiveDate| {
            e.when.placement == Placement::Relative
                && e.when.latest.is_none_or(|l| l >= d)
                && e.when.earliest.is_none_or(|l| l <= d)
        };
        // An event that happened, told with no time of its own, is placed
        // at its article's lead day when the article has one (the body
        // tells the occasion its lead sentence dates), else at the day of
        // writing.
        let dct = first_article.and_then(|a| reference.get(a)).copied();
        let lead_day = first_article
            .and_then(|a| lead.get(a))
            .copied()
            .filter(|&d| e.status == Status::Happened && fits(d));
        match lead_day.or(dct) {
            Some(d) if fits(d) => {
                let w = When {
                    start: Some(d),
                    end: Some(d),
                    placement: Placement::Dated,
                    ..When::default()
                };
                lines.push((Some(d), semeval_date(&w), e.id.as_str(), mentions));
            }
            _ => lines.push((None, semeval_date(&e.when), e.id.as_str(), mentions)),
        }
    }
    lines.sort_by_key(|l| l.0.is_none());
    let mut dated: Vec<_> = lines.iter().filter(|l| l.0.is_some()).cloned().collect();
    dated.sort_by_key(|l| l.0);
    let undated = lines.into_iter().filter(|l| l.0.is_none());
    let mut order = 0u32;
    let mut prev: Option<(&str, String)> = None;
    for (start, date, id, mentions) in dated.into_iter().chain(undated) {
        let this_order = if start.is_none() {
            0
        } else {
            let same = prev.as_ref().is_some_and(|(pid, pdate)| {
                *pdate == date
                    && !timeline.relations.iter().any(|r| {
                        r.basis != super::Basis::Date
                            && ((r.from == *pid && r.to == id) || (r.to == *pid && r.from == id))
                    })
            });
            if !same {
                order += 1;
            }
            prev = Some((id, date.clone()));
            order
        };
        out.lines.push(SemevalLine {
            order: this_order,
            date,
            mentions,
        });
    }
    out
}

// ---- the measure -----------------------------------------------------------

/// The counts behind temporal awareness for one timeline (or summed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwarenessCounts {
    /// Relations in the system's reduced graph.
    pub system: usize,
    /// Of those, implied by the gold graph.
    pub system_confirmed: usize,
    /// Relations in the gold's reduced graph.
    pub gold: usize,
    /// Of those, implied by the system graph.
    pub gold_confirmed: usize,
}

impl AwarenessCounts {
    /// Precision (1.0 when the system has no relations and gold none
    /// either; 0.0 when the system has none).
    pub fn precision(&self) -> f64 {
        ratio(self.system_confirmed, self.system, self.gold == 0)
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.gold_confirmed, self.gold, self.system == 0)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: AwarenessCounts) {
        self.system += o.system;
        self.system_confirmed += o.system_confirmed;
        self.gold += o.gold;
        self.gold_confirmed += o.gold_confirmed;
    }
}

fn ratio(num: usize, den: usize, both_empty: bool) -> f64 {
    if den == 0 {
        if both_empty { 1.0 } else { 0.0 }
    } else {
        num as f64 / den as f64
    }
}

/// Temporal awareness over a set of timelines, micro-averaged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AwarenessScore {
    /// The summed counts.
    pub total: AwarenessCounts,
    /// Micro-averaged precision.
    pub precision: f64,
    /// Micro-averaged recall.
    pub recall: f64,
    /// F1 of those.
    pub f1: f64,
    /// Per gold timeline: its entity and counts.
    pub timelines: Vec<(String, AwarenessCounts)>,
}

/// A relation of the measure: node, `Lt` or `Eq`, node.
type TaRelation = (String, PointRel, String);

/// The reduced graph of one timeline.
#[derive(Debug, Clone, Default)]
struct TaGraph {
    ids: BTreeMap<String, usize>,
    g: PointGraph,
    /// The reduced relations, in insertion order.
    reduced: Vec<TaRelation>,
    /// The contradicted ones (kept, not inserted), normalised.
    kept: Vec<(usize, PointRel, usize)>,
}

impl TaGraph {
    fn node(&mut self, name: &str) -> usize {
        if let Some(&i) = self.ids.get(name) {
            return i;
        }
        let i = self.g.add_point();
        self.ids.insert(name.to_string(), i);
        i
    }

    fn entails(&self, a: usize, rel: PointRel, b: usize) -> bool {
        match rel {
            PointRel::Lt => self.g.reach(a, b).is_some_and(|p| p.strict),
            PointRel::Eq => {
                a == b
                    || (self.g.reach(a, b).is_some_and(|p| !p.strict)
                        && self.g.reach(b, a).is_some_and(|p| !p.strict))
            }
            _ => false,
        }
    }

    /// Whether the graph implies `a rel b`: entailed by the closure, or kept
    /// as stated.
    fn implies(&self, r: &TaRelation) -> bool {
        let (Some(&a), Some(&b)) = (self.ids.get(&r.0), self.ids.get(&r.2)) else {
            return false;
        };
        self.entails(a, r.1, b)
            || self
                .kept
                .iter()
                .any(|&k| k == (a, r.1, b) || (r.1 == PointRel::Eq && k == (b, r.1, a)))
    }

    fn build(t: &SemevalTimeline) -> TaGraph {
        let mut lines: Vec<&SemevalLine> = t.lines.iter().filter(|l| l.order != 0).collect();
        lines.sort_by_key(|l| l.order);
        let mut rels: Vec<TaRelation> = Vec::new();
        for l in &lines {
            for m in &l.mentions {
                rels.push((format!("E:{m}"), PointRel::Eq, format!("T:{}", l.date)));
            }
        }
        let flat: Vec<(&str, u32)> = lines
            .iter()
            .flat_map(|l| l.mentions.iter().map(move |m| (m.as_str(), l.order)))
            .collect();
        for w in flat.windows(2) {
            let rel = if w[1].1 > w[0].1 {
                PointRel::Lt
            } else {
                PointRel::Eq
            };
            rels.push((format!("E:{}", w[0].0), rel, format!("E:{}", w[1].0)));
        }
        let mut g = TaGraph::default();
        for r in rels {
            let (a, b) = (g.node(&r.0), g.node(&r.2));
            if g.entails(a, r.1, b) {
                continue;
            }
            if g.g.contradiction(a, r.1, b).is_some() {
                g.kept.push((a, r.1, b));
            } else {
                g.g.add(a, r.1, b, 0);
            }
            g.reduced.push(r);
        }
        g
    }
}

/// The temporal-awareness counts of a system timeline against a gold one.
///
/// ```
/// use dateline::timeline::semeval::{SemevalTimeline, score_timeline};
/// let gold = SemevalTimeline::parse("X\n1\t2020-01-01\t1-2-a\n2\t2020-01-02\t1-3-b\n")?;
/// let sys = SemevalTimeline::parse("X\n1\t2020-01-01\t1-2-a\n1\t2020-01-02\t1-3-b\n")?;
/// let c = score_timeline(&gold, &gold);
/// assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
/// let c = score_timeline(&gold, &sys);
/// // a = 2020-01-01 and b = 2020-01-02 are confirmed, a = b is not.
/// assert_eq!((c.system, c.system_confirmed, c.gold, c.gold_confirmed), (3, 2, 3, 2));
/// # Ok::<(), dateline::Error>(())
/// ```
pub fn score_timeline(gold: &SemevalTimeline, system: &SemevalTimeline) -> AwarenessCounts {
    let g = TaGraph::build(gold);
    let s = TaGraph::build(system);
    AwarenessCounts {
        system: s.reduced.len(),
        system_confirmed: s.reduced.iter().filter(|r| g.implies(r)).count(),
        gold: g.reduced.len(),
        gold_confirmed: g.reduced.iter().filter(|r| s.implies(r)).count(),
    }
}

fn entity_key(e: &str) -> String {
    SemevalTimeline::file_name(e)
}

/// Temporal awareness of system timelines against gold ones, matched by
/// entity (compared as [`SemevalTimeline::file_name`]s), micro-averaged
/// over the gold timelines. System timelines for entities not in the gold
/// are ignored.
pub fn score(gold: &[SemevalTimeline], system: &[SemevalTimeline]) -> AwarenessScore {
    let by_entity: BTreeMap<String, &SemevalTimeline> =
        system.iter().map(|t| (entity_key(&t.entity), t)).collect();
    let empty = SemevalTimeline::default();
    let mut out = AwarenessScore::default();
    let mut golds: Vec<&SemevalTimeline> = gold.iter().collect();
    golds.sort_by_key(|t| entity_key(&t.entity));
    for g in golds {
        let s = by_entity
            .get(&entity_key(&g.entity))
            .copied()
            .unwrap_or(&empty);
        let c = score_timeline(g, s);
        out.total.add(c);
        out.timelines.push((g.entity.clone(), c));
    }
    out.precision = out.total.precision();
    out.recall = out.total.recall();
    out.f1 = out.total.f1();
    out
}

/// [`score`] on two folders of `*.txt` timelines.
///
/// # Errors
///
/// As [`read_timelines`].
pub fn score_dirs(gold_dir: &Path, system_dir: &Path) -> Result<AwarenessScore> {
    Ok(score(
        &read_timelines(gold_dir)?,
        &read_timelines(system_dir)?,
    ))
}

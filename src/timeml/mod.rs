//! Reading and writing TimeML documents.
//!
//! [`Document::parse`] and [`Document::from_path`] read a TimeML file as
//! released for TempEval-3 (TimeBank and AQUAINT "TBAQ-cleaned", the TE3
//! silver and platinum data): the `DOCID`, the `DCT` with its TIMEX3, the
//! `TITLE`, the `TEXT` with its inline `TIMEX3`, `EVENT` and `SIGNAL` tags,
//! and the `MAKEINSTANCE`, `TLINK`, `SLINK` and `ALINK` elements after it.
//! [`Writer`] (and [`write_document`]) writes one back.
//!
//! # Text and offsets
//!
//! [`Document::text`] is the content of the `TEXT` element with every tag
//! removed and every entity and character reference decoded, exactly as an
//! XML parser reports it (so `\r\n` becomes `\n`); it is the string a tagger
//! runs on. Every tag in `TEXT` carries `start`/`end` **byte** offsets into
//! that string (`text[start..end]` is the tag's covered text). TempEval-3
//! counts **characters**; convert with [`byte_to_char`], [`char_to_byte`],
//! a [`CharIndex`] (many conversions) or [`TimexTag::char_span`].
//!
//! The DCT's TIMEX3 ([`Document::dct`]) has offsets into
//! [`Document::dct_text`], the plain text of the whole `DCT` element, which
//! in the TE3 silver data includes the dateline around the date:
//!
//! ```
//! use dateline::timeml::Document;
//!
//! let doc = Document::parse(
//!     r#"<?xml version="1.0" ?>
//! <TimeML>
//! <DOCID>AFP_ENG_19970401.0006</DOCID>
//! <DCT>KUALA LUMPUR, <TIMEX3 tid="t0" type="TIME" value="1997-04-01" functionInDocument="CREATION_TIME">April 1 , 1997</TIMEX3> (AFP)</DCT>
//! <TEXT>Shares fell 1.1 percent &amp; more by midday <TIMEX3 tid="t1" type="DATE" value="1997-04-01">Tuesday</TIMEX3>.</TEXT>
//! </TimeML>"#,
//! )?;
//! assert_eq!(doc.doc_id.as_deref(), Some("AFP_ENG_19970401.0006"));
//! assert_eq!(doc.dct_text.as_deref(), Some("KUALA LUMPUR, April 1 , 1997 (AFP)"));
//! let dct = doc.dct.as_ref().unwrap();
//! assert_eq!(dct.value, "1997-04-01");
//! assert_eq!(doc.text, "Shares fell 1.1 percent & more by midday Tuesday.");
//! let t1 = &doc.timexes[0];
//! assert_eq!((t1.kind.as_str(), t1.value.as_str()), ("DATE", "1997-04-01"));
//! assert_eq!(&doc.text[t1.start..t1.end], "Tuesday");
//! assert_eq!(t1.text, "Tuesday");
//!
//! // And back: the same document, written out and read again.
//! let written = dateline::timeml::write_document(&doc)?;
//! assert!(written.problems.is_empty());
//! assert_eq!(Document::parse(&written.xml)?, doc);
//! # Ok::<(), dateline::Error>(())
//! ```
//!
//! # What the reader accepts
//!
//! The reader is a small hand-written scanner, linear in the input and
//! without recursion, so deep nesting costs only memory. It checks what an
//! XML parser checks where it matters for offsets: tags balanced and
//! properly nested, one root element, quoted and unique attributes, only
//! the five predefined entities and well-formed character references, only
//! characters XML 1.0 allows. Anything else is an [`Error::TimeMl`] with
//! the byte offset of the problem; the reader never panics and never
//! guesses. It does not read external DTDs or entities declared in one.
//!
//! Elements are recognised by name (case-sensitive, as XML is):
//!
//! - `DOCID`, `DCT`, `TITLE`, `TEXT` anywhere outside `TEXT` (each at most
//!   once; a second one is an error). `TEXT` is required.
//! - `TIMEX3`, `EVENT` and `SIGNAL` inside `TEXT` become tags of the
//!   document, in document order of their start tags; the first `TIMEX3`
//!   inside `DCT` becomes [`Document::dct`]. Elsewhere (in `TITLE`, or the
//!   stray `EVENT`s in some TimeBank `EXTRAINFO`s) they are ignored. Other elements inside `TEXT` are removed, their text
//!   kept.
//! - `MAKEINSTANCE`, `TLINK`, `SLINK` and `ALINK` anywhere.
//! - Everything else (`EXTRAINFO`, ...) is skipped.
//!
//! In the TBAQ-cleaned release an event's `tense`, `aspect`, `polarity` and
//! `pos` are on its `MAKEINSTANCE` ([`Document::instances`]); two TimeBank
//! `EVENT`s also carry them directly, and those end up in
//! [`EventTag::attrs`]. [`Document::instances_of`] and
//! [`Document::event_of_instance`] connect the two.
//!
//! # Writing
//!
//! See [`Writer`]: annotations are inserted into the text at their byte
//! offsets, text is escaped, and an annotation that cannot be written
//! properly nested (it crosses an earlier one, lies outside the text, or
//! splits a character) is left out and reported in
//! [`Written::problems`], never written as broken XML.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

mod offsets;
mod read;
pub(crate) mod scan;
mod write;

pub use offsets::{CharIndex, byte_to_char, char_to_byte};
pub use write::{Problem, ProblemKind, Writer, Written, write_document};

/// A TimeML document: its metadata, its text and the annotations on it.
///
/// See the [module documentation](self) for what is read from where and
/// how offsets work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The content of the `DOCID` element, trimmed.
    pub doc_id: Option<String>,
    /// The document creation time: the first `TIMEX3` inside `DCT`. Its
    /// `start`/`end` are byte offsets into [`Document::dct_text`].
    pub dct: Option<TimexTag>,
    /// The plain text of the `DCT` element, tags removed and entities
    /// decoded, verbatim (e.g. `KUALA LUMPUR, April 1 , 1997 (AFP)`, or
    /// just `19980108`).
    pub dct_text: Option<String>,
    /// The plain text of the `TITLE` element, verbatim.
    pub title: Option<String>,
    /// The content of the `TEXT` element, tags removed and entities
    /// decoded, verbatim (including any leading and trailing newlines).
    pub text: String,
    /// The `TIMEX3` tags in `TEXT`, in document order.
    pub timexes: Vec<TimexTag>,
    /// The `EVENT` tags in `TEXT`, in document order.
    pub events: Vec<EventTag>,
    /// The `SIGNAL` tags in `TEXT`, in document order.
    pub signals: Vec<SignalTag>,
    /// The `MAKEINSTANCE` elements, in document order.
    pub instances: Vec<MakeInstance>,
    /// The `TLINK` elements, in document order.
    pub tlinks: Vec<LinkTag>,
    /// The `SLINK` elements, in document order.
    pub slinks: Vec<LinkTag>,
    /// The `ALINK` elements, in document order.
    pub alinks: Vec<LinkTag>,
}

impl Document {
    /// Reads a TimeML document from a string.
    ///
    /// # Errors
    ///
    /// [`Error::TimeMl`] (with `path: None`) when the document is not
    /// well-formed in the ways listed in the [module documentation](self),
    /// or has no `TEXT` element.
    pub fn parse(xml: &str) -> Result<Document> {
        read::parse(xml).map_err(|(offset, message)| Error::TimeMl {
            path: None,
            offset,
            message,
        })
    }

    /// Reads a TimeML file.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be read, [`Error::InvalidUtf8`]
    /// when it is not UTF-8, [`Error::TimeMl`] (with the path) as for
    /// [`Document::parse`].
    pub fn from_path(path: &Path) -> Result<Document> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let xml = std::str::from_utf8(&bytes).map_err(|e| Error::InvalidUtf8 {
            path: path.to_path_buf(),
            offset: e.valid_up_to(),
        })?;
        read::parse(xml).map_err(|(offset, message)| Error::TimeMl {
            path: Some(path.to_path_buf()),
            offset,
            message,
        })
    }

    /// The `MAKEINSTANCE`s of the event with id `eid`, in document order.
    pub fn instances_of<'a>(&'a self, eid: &'a str) -> impl Iterator<Item = &'a MakeInstance> {
        self.instances.iter().filter(move |m| m.event_id == eid)
    }

    /// The event an event instance id (`eiid`, as used in links) refers to.
    pub fn event_of_instance(&self, eiid: &str) -> Option<&EventTag> {
        let instance = self.instances.iter().find(|m| m.eiid == eiid)?;
        self.events.iter().find(|e| e.eid == instance.event_id)
    }

    /// The `TIMEX3` with id `tid`: the DCT's or one in the text.
    pub fn timex(&self, tid: &str) -> Option<&TimexTag> {
        self.dct
            .iter()
            .chain(self.timexes.iter())
            .find(|t| t.tid == tid)
    }

    /// Writes the whole document back as TimeML; see [`write_document`].
    ///
    /// # Errors
    ///
    /// As [`Writer::write`].
    pub fn to_timeml(&self) -> Result<Written> {
        write_document(self)
    }
}

/// A `TIMEX3` tag. Attribute values are kept as raw strings, exactly as
/// written (after entity decoding); absent optional attributes are `None`.
///
/// The writer writes `tid`, `type` and `value` always and the optional
/// attributes when they are `Some`, then [`TimexTag::attrs`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimexTag {
    /// Byte offset of the first covered byte, in [`Document::text`] (or in
    /// [`Document::dct_text`] for the DCT).
    pub start: usize,
    /// Byte offset just past the last covered byte.
    pub end: usize,
    /// The covered text, `text[start..end]`. Informational: the writer
    /// takes the covered text from the text it writes, not from here.
    pub text: String,
    /// `tid` (empty if absent).
    pub tid: String,
    /// `type`: `DATE`, `TIME`, `DURATION` or `SET` (empty if absent).
    #[serde(rename = "type")]
    pub kind: String,
    /// `value`, e.g. `1998-08-07`, `P3D`, `PRESENT_REF` (empty if absent).
    pub value: String,
    /// `mod`, e.g. `APPROX`.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// `anchorTimeID`.
    pub anchor_time_id: Option<String>,
    /// `beginPoint`.
    pub begin_point: Option<String>,
    /// `endPoint`.
    pub end_point: Option<String>,
    /// `quant`, e.g. `EVERY`.
    pub quant: Option<String>,
    /// `freq`, e.g. `1X`.
    pub freq: Option<String>,
    /// `temporalFunction` (`true`/`false`).
    pub temporal_function: Option<String>,
    /// `functionInDocument`, e.g. `CREATION_TIME`.
    pub function_in_document: Option<String>,
    /// Every other attribute, by name.
    pub attrs: BTreeMap<String, String>,
}

impl TimexTag {
    /// A TIMEX3 over `start..end` with the given `tid`, `type` and `value`
    /// and no other attributes.
    pub fn new(
        start: usize,
        end: usize,
        tid: impl Into<String>,
        kind: impl Into<String>,
        value: impl Into<String>,
    ) -> TimexTag {
        TimexTag {
            start,
            end,
            tid: tid.into(),
            kind: kind.into(),
            value: value.into(),
            ..TimexTag::default()
        }
    }

    /// The tag's span in characters instead of bytes, given the text its
    /// offsets refer to; `None` if they are not character boundaries of it.
    pub fn char_span(&self, text: &str) -> Option<(usize, usize)> {
        char_span(text, self.start, self.end)
    }
}

/// An `EVENT` tag.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTag {
    /// Byte offset of the first covered byte in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the last covered byte.
    pub end: usize,
    /// The covered text (informational, as for [`TimexTag::text`]).
    pub text: String,
    /// `eid` (empty if absent).
    pub eid: String,
    /// `class`, e.g. `OCCURRENCE`, `REPORTING` (empty if absent).
    pub class: String,
    /// Every other attribute of the `EVENT` element (in TimeML 1.1 style
    /// files `tense`, `aspect`, `polarity`, `pos`, ...), by name.
    pub attrs: BTreeMap<String, String>,
}

impl EventTag {
    /// An EVENT over `start..end` with the given `eid` and `class`.
    pub fn new(
        start: usize,
        end: usize,
        eid: impl Into<String>,
        class: impl Into<String>,
    ) -> EventTag {
        EventTag {
            start,
            end,
            eid: eid.into(),
            class: class.into(),
            ..EventTag::default()
        }
    }

    /// The tag's span in characters; see [`TimexTag::char_span`].
    pub fn char_span(&self, text: &str) -> Option<(usize, usize)> {
        char_span(text, self.start, self.end)
    }
}

/// A `SIGNAL` tag.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalTag {
    /// Byte offset of the first covered byte in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the last covered byte.
    pub end: usize,
    /// The covered text (informational, as for [`TimexTag::text`]).
    pub text: String,
    /// `sid` (empty if absent).
    pub sid: String,
    /// Every other attribute, by name.
    pub attrs: BTreeMap<String, String>,
}

impl SignalTag {
    /// The tag's span in characters; see [`TimexTag::char_span`].
    pub fn char_span(&self, text: &str) -> Option<(usize, usize)> {
        char_span(text, self.start, self.end)
    }
}

/// A `MAKEINSTANCE` element: one instance of an event, which is what links
/// refer to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MakeInstance {
    /// `eiid` (empty if absent).
    pub eiid: String,
    /// `eventID`: the `eid` of the event (empty if absent).
    pub event_id: String,
    /// `tense`, e.g. `PAST`, `PRESPART`.
    pub tense: Option<String>,
    /// `aspect`, e.g. `NONE`, `PERFECTIVE`.
    pub aspect: Option<String>,
    /// `polarity`: `POS` or `NEG`.
    pub polarity: Option<String>,
    /// `pos`, e.g. `VERB`, `NOUN`.
    pub pos: Option<String>,
    /// `modality`, e.g. `would`.
    pub modality: Option<String>,
    /// Every other attribute (`cardinality`, `signalID`, ...), by name.
    pub attrs: BTreeMap<String, String>,
}

/// A `TLINK`, `SLINK` or `ALINK` element (which one is given by the list
/// it is in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkTag {
    /// `lid` (empty if absent).
    pub lid: String,
    /// `relType`, e.g. `BEFORE`, `IS_INCLUDED`, `MODAL` (empty if absent).
    pub rel_type: String,
    /// `eventInstanceID`: the source event instance.
    pub event_instance_id: Option<String>,
    /// `timeID`: the source timex.
    pub time_id: Option<String>,
    /// `relatedToEventInstance`: the target event instance.
    pub related_to_event_instance: Option<String>,
    /// `relatedToTime`: the target timex.
    pub related_to_time: Option<String>,
    /// `subordinatedEventInstance` (SLINK): the target event instance.
    pub subordinated_event_instance: Option<String>,
    /// `signalID`.
    pub signal_id: Option<String>,
    /// Every other attribute (`origin`, `syntax`, ...), by name.
    pub attrs: BTreeMap<String, String>,
}

impl LinkTag {
    /// The link's source id: `eventInstanceID` or else `timeID`.
    pub fn from_id(&self) -> Option<&str> {
        self.event_instance_id
            .as_deref()
            .or(self.time_id.as_deref())
    }

    /// The link's target id: `relatedToEventInstance`, else
    /// `relatedToTime`, else `subordinatedEventInstance`.
    pub fn to_id(&self) -> Option<&str> {
        self.related_to_event_instance
            .as_deref()
            .or(self.related_to_time.as_deref())
            .or(self.subordinated_event_instance.as_deref())
    }
}

fn char_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    Some((byte_to_char(text, start)?, byte_to_char(text, end)?))
}

/// Reads every `.tml` file of a folder, sorted by file name: the corpora's
/// layout. A folder that cannot be read gives [`Error::Io`];
/// the first file that is not TimeML gives its error.
///
/// ```no_run
/// let docs = dateline::timeml::read_folder("../shared/corpora/timebank")?;
/// assert!(!docs.is_empty());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_folder(dir: impl AsRef<std::path::Path>) -> crate::Result<Vec<Document>> {
    let dir = dir.as_ref();
    let entries = std::fs::read_dir(dir).map_err(|source| crate::Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| Document::from_path(p)).collect()
}

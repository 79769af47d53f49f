//! Writing TimeML.

use std::cmp::Reverse;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::scan::{first_invalid_char, is_name};
use super::{Document, EventTag, LinkTag, MakeInstance, SignalTag, TimexTag};
use crate::{Error, Result};

/// Writes a TimeML document: an XML declaration, the `<TimeML>` root,
/// `DOCID`, `DCT`, `TITLE` (each if given), `TEXT` with the annotations
/// inserted as inline tags, then the `MAKEINSTANCE`, `TLINK`, `SLINK` and
/// `ALINK` elements.
///
/// Every annotation is written at its byte offsets into the text; the
/// text between tags is written escaped (`&`, `<`, `>`; `\r` as `&#13;` so
/// that it survives XML line-end normalisation), attribute values likewise
/// (and `"`, tab and newline). Reading the output with
/// [`Document::parse`] gives back the same text and the same tags.
///
/// # Nesting, and what is left out
///
/// Inline tags must nest. The writer sorts the `TEXT` annotations by start
/// offset (then longer first, then TIMEX3 before EVENT before SIGNAL, then
/// the order given) and takes them in that order; an annotation that would
/// cross one already taken (it starts inside it and ends after it) is left
/// out, so of two crossing annotations the one that starts later is
/// dropped. Annotations with equal extents nest (the first in that order
/// outside). Annotations that end before they start, reach past the text
/// or split a UTF-8 character are left out too. Each one left out is
/// reported in [`Written::problems`]; what is written is always
/// well-formed.
///
/// The covered texts stored in the tags (`TimexTag::text`, ...) are not
/// used: the covered text is the text's own.
///
/// ```
/// use dateline::timeml::{Document, EventTag, TimexTag, Writer};
///
/// let text = "Talks resume on Friday.";
/// let timexes = [TimexTag::new(16, 22, "t1", "DATE", "2022-01-14")];
/// let events = [EventTag::new(6, 12, "e1", "OCCURRENCE")];
/// let written = Writer::new(text)
///     .doc_id("example")
///     .timexes(&timexes)
///     .events(&events)
///     .write()?;
/// assert!(written.xml.contains(
///     r#"<TEXT>Talks <EVENT eid="e1" class="OCCURRENCE">resume</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-01-14">Friday</TIMEX3>.</TEXT>"#
/// ));
/// let doc = Document::parse(&written.xml)?;
/// assert_eq!(doc.text, text);
/// assert_eq!((doc.timexes[0].start, doc.timexes[0].end), (16, 22));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Writer<'a> {
    text: &'a str,
    doc_id: Option<&'a str>,
    dct: Option<&'a TimexTag>,
    dct_text: Option<&'a str>,
    title: Option<&'a str>,
    timexes: &'a [TimexTag],
    events: &'a [EventTag],
    signals: &'a [SignalTag],
    instances: &'a [MakeInstance],
    tlinks: &'a [LinkTag],
    slinks: &'a [LinkTag],
    alinks: &'a [LinkTag],
}

/// A written document and what had to be left out of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Written {
    /// The TimeML document.
    pub xml: String,
    /// Annotations and attributes left out, in the order found. Empty when
    /// everything was written.
    pub problems: Vec<Problem>,
}

/// Something the [`Writer`] left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// What went wrong.
    pub kind: ProblemKind,
    /// The element: `TIMEX3`, `EVENT`, `SIGNAL`, `MAKEINSTANCE`, `TLINK`,
    /// `SLINK`, `ALINK` or `DCT`.
    pub element: String,
    /// The element's id (`tid`, `eid`, `sid`, `eiid`, `lid`), possibly
    /// empty.
    pub id: String,
    /// The annotation's start byte offset as given (0 for elements without
    /// offsets).
    pub start: usize,
    /// The annotation's end byte offset as given.
    pub end: usize,
    /// A readable explanation.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {:?} at {}..{}: {}",
            self.element, self.id, self.start, self.end, self.message
        )
    }
}

/// The kinds of [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The annotation ends before it starts or reaches past the end of the
    /// text; it was left out.
    OutOfRange,
    /// An offset falls inside a multi-byte character; the annotation was
    /// left out.
    SplitsCharacter,
    /// The annotation crosses one written before it; it was left out.
    Crossing,
    /// An attribute in an `attrs` map has a name that is not a legal XML
    /// name, or one the tag already writes from a field (`tid` in a
    /// TIMEX3's `attrs`, say); the attribute was left out.
    BadAttribute,
    /// The DCT's TIMEX3 span does not fit the DCT text; the DCT text was
    /// left out and the TIMEX3 written alone with its own covered text.
    DctSpan,
}

/// Writes a whole [`Document`]: its metadata, text, TIMEX3, EVENT and
/// SIGNAL tags, MAKEINSTANCEs and links. `Document::parse` of the result
/// gives the same document back (when no problem is reported).
///
/// # Errors
///
/// As [`Writer::write`].
pub fn write_document(doc: &Document) -> Result<Written> {
    Writer::from_document(doc).write()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ann {
    Timex,
    Event,
    Signal,
}

impl<'a> Writer<'a> {
    /// A writer for `text` with no metadata and no annotations yet.
    pub fn new(text: &'a str) -> Writer<'a> {
        Writer {
            text,
            ..Writer::default()
        }
    }

    /// A writer for everything in `doc`.
    pub fn from_document(doc: &'a Document) -> Writer<'a> {
        Writer {
            text: &doc.text,
            doc_id: doc.doc_id.as_deref(),
            dct: doc.dct.as_ref(),
            dct_text: doc.dct_text.as_deref(),
            title: doc.title.as_deref(),
            timexes: &doc.timexes,
            events: &doc.events,
            signals: &doc.signals,
            instances: &doc.instances,
            tlinks: &doc.tlinks,
            slinks: &doc.slinks,
            alinks: &doc.alinks,
        }
    }

    /// Sets the `DOCID`.
    pub fn doc_id(mut self, doc_id: &'a str) -> Self {
        self.doc_id = Some(doc_id);
        self
    }

    /// Sets the DCT: its TIMEX3 (offsets into `dct_text`) and the `DCT`
    /// element's whole text (e.g. a dateline around the date). With no
    /// `dct_text` the DCT element holds just the TIMEX3 with its
    /// [`TimexTag::text`].
    pub fn dct(mut self, dct: Option<&'a TimexTag>, dct_text: Option<&'a str>) -> Self {
        self.dct = dct;
        self.dct_text = dct_text;
        self
    }

    /// Sets the `TITLE`.
    pub fn title(mut self, title: &'a str) -> Self {
        self.title = Some(title);
        self
    }

    /// Sets the TIMEX3 annotations to insert into the text.
    pub fn timexes(mut self, timexes: &'a [TimexTag]) -> Self {
        self.timexes = timexes;
        self
    }

    /// Sets the EVENT annotations to insert into the text.
    pub fn events(mut self, events: &'a [EventTag]) -> Self {
        self.events = events;
        self
    }

    /// Sets the SIGNAL annotations to insert into the text.
    pub fn signals(mut self, signals: &'a [SignalTag]) -> Self {
        self.signals = signals;
        self
    }

    /// Sets the MAKEINSTANCE elements written after the text.
    pub fn instances(mut self, instances: &'a [MakeInstance]) -> Self {
        self.instances = instances;
        self
    }

    /// Sets the TLINK elements written after the text.
    pub fn tlinks(mut self, tlinks: &'a [LinkTag]) -> Self {
        self.tlinks = tlinks;
        self
    }

    /// Sets the SLINK elements written after the text.
    pub fn slinks(mut self, slinks: &'a [LinkTag]) -> Self {
        self.slinks = slinks;
        self
    }

    /// Sets the ALINK elements written after the text.
    pub fn alinks(mut self, alinks: &'a [LinkTag]) -> Self {
        self.alinks = alinks;
        self
    }

    /// Writes the document.
    ///
    /// # Errors
    ///
    /// [`Error::TimeMl`] (with `path: None`) when the text, the DCT text,
    /// the title, the document id or an attribute value contains a
    /// character XML 1.0 cannot represent (a control character other than
    /// tab, newline and carriage return, or U+FFFE/U+FFFF); `offset` is its
    /// byte offset in that string. Such a document cannot be written
    /// without changing the text, so nothing is written.
    pub fn write(&self) -> Result<Written> {
        self.check_chars()?;
        let mut out = Out {
            xml: String::with_capacity(self.text.len() * 2 + 1024),
            problems: Vec::new(),
        };
        out.xml.push_str("<?xml version=\"1.0\" ?>\n");
        out.xml.push_str(
            "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n",
        );
        if let Some(id) = self.doc_id {
            out.xml.push_str("<DOCID>");
            escape_text(id, &mut out.xml);
            out.xml.push_str("</DOCID>\n\n");
        }
        self.write_dct(&mut out);
        if let Some(title) = self.title {
            out.xml.push_str("<TITLE>");
            escape_text(title, &mut out.xml);
            out.xml.push_str("</TITLE>\n\n");
        }
        out.xml.push_str("<TEXT>");
        self.write_text(&mut out);
        out.xml.push_str("</TEXT>\n\n");

        for m in self.instances {
            out.xml.push_str("<MAKEINSTANCE");
            instance_attrs(m).finish(&mut out);
            out.xml.push_str(" />\n");
        }
        for (name, links) in [
            ("TLINK", self.tlinks),
            ("SLINK", self.slinks),
            ("ALINK", self.alinks),
        ] {
            for l in links {
                out.xml.push('<');
                out.xml.push_str(name);
                link_attrs(name, l).finish(&mut out);
                out.xml.push_str(" />\n");
            }
        }
        if !self.instances.is_empty()
            || !self.tlinks.is_empty()
            || !self.slinks.is_empty()
            || !self.alinks.is_empty()
        {
            out.xml.push('\n');
        }
        out.xml.push_str("</TimeML>\n");
        Ok(Written {
            xml: out.xml,
            problems: out.problems,
        })
    }

    fn check_chars(&self) -> Result<()> {
        let bad = |what: &str, s: &str| -> Result<()> {
            match first_invalid_char(s) {
                Some((offset, c)) => Err(Error::TimeMl {
                    path: None,
                    offset,
                    message: format!(
                        "cannot write {what}: character U+{:04X} at byte {offset} is not allowed in XML",
                        c as u32
                    ),
                }),
                None => Ok(()),
            }
        };
        bad("the text", self.text)?;
        if let Some(s) = self.dct_text {
            bad("the DCT text", s)?;
        }
        if let Some(s) = self.title {
            bad("the title", s)?;
        }
        if let Some(s) = self.doc_id {
            bad("the document id", s)?;
        }
        let check = |attrs: Attrs<'_>| -> Result<()> {
            for (_, value) in &attrs.list {
                bad(
                    &format!("an attribute of {} {:?}", attrs.element, attrs.id),
                    value,
                )?;
            }
            Ok(())
        };
        for t in self.dct.into_iter().chain(self.timexes) {
            check(timex_attrs(t))?;
        }
        for e in self.events {
            check(event_attrs(e))?;
        }
        for s in self.signals {
            check(signal_attrs(s))?;
        }
        for m in self.instances {
            check(instance_attrs(m))?;
        }
        for (name, links) in [
            ("TLINK", self.tlinks),
            ("SLINK", self.slinks),
            ("ALINK", self.alinks),
        ] {
            for l in links {
                check(link_attrs(name, l))?;
            }
        }
        Ok(())
    }

    fn write_dct(&self, out: &mut Out) {
        match (self.dct, self.dct_text) {
            (None, None) => return,
            (None, Some(text)) => {
                out.xml.push_str("<DCT>");
                escape_text(text, &mut out.xml);
            }
            (Some(dct), text) => {
                out.xml.push_str("<DCT>");
                let fits = text.is_some_and(|text| {
                    dct.start <= dct.end && text.get(dct.start..dct.end).is_some()
                });
                match text {
                    Some(text) if fits => {
                        escape_text(&text[..dct.start], &mut out.xml);
                        start_tag("TIMEX3", timex_attrs(dct), out);
                        escape_text(&text[dct.start..dct.end], &mut out.xml);
                        out.xml.push_str("</TIMEX3>");
                        escape_text(&text[dct.end..], &mut out.xml);
                    }
                    _ => {
                        if text.is_some() {
                            out.problems.push(Problem {
                                kind: ProblemKind::DctSpan,
                                element: "DCT".into(),
                                id: dct.tid.clone(),
                                start: dct.start,
                                end: dct.end,
                                message: "the DCT TIMEX3 span does not fit the DCT text; \
                                          the DCT text was left out"
                                    .into(),
                            });
                        }
                        start_tag("TIMEX3", timex_attrs(dct), out);
                        escape_text(&dct.text, &mut out.xml);
                        out.xml.push_str("</TIMEX3>");
                    }
                }
            }
        }
        out.xml.push_str("</DCT>\n\n");
    }

    fn write_text(&self, out: &mut Out) {
        let text = self.text;
        // (start, end, kind, index)
        let mut items: Vec<(usize, usize, Ann, usize)> = Vec::new();
        let spans = self
            .timexes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.start, t.end, Ann::Timex, i, t.tid.as_str()))
            .chain(
                self.events
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.start, e.end, Ann::Event, i, e.eid.as_str())),
            )
            .chain(
                self.signals
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.start, s.end, Ann::Signal, i, s.sid.as_str())),
            );
        for (start, end, kind, index, id) in spans {
            let problem = if start > end || end > text.len() {
                Some((
                    ProblemKind::OutOfRange,
                    format!(
                        "span {start}..{end} is not within the text (0..{})",
                        text.len()
                    ),
                ))
            } else if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                Some((
                    ProblemKind::SplitsCharacter,
                    format!("span {start}..{end} splits a UTF-8 character"),
                ))
            } else {
                None
            };
            match problem {
                Some((kind_, message)) => out.problems.push(Problem {
                    kind: kind_,
                    element: element_name(kind).into(),
                    id: id.to_string(),
                    start,
                    end,
                    message,
                }),
                None => items.push((start, end, kind, index)),
            }
        }
        items.sort_by_key(|&(start, end, kind, index)| (start, Reverse(end), kind, index));

        // Open tags: (end, kind, index, start).
        let mut stack: Vec<(usize, Ann, usize, usize)> = Vec::new();
        let mut pos = 0;
        for (start, end, kind, index) in items {
            while let Some(&(top_end, top_kind, _, _)) = stack.last() {
                if top_end > start {
                    break;
                }
                escape_text(text.get(pos..top_end).unwrap_or(""), &mut out.xml);
                pos = top_end;
                end_tag(top_kind, &mut out.xml);
                stack.pop();
            }
            if let Some(&(top_end, top_kind, top_index, top_start)) = stack.last()
                && end > top_end
            {
                out.problems.push(Problem {
                    kind: ProblemKind::Crossing,
                    element: element_name(kind).into(),
                    id: self.id_of(kind, index).to_string(),
                    start,
                    end,
                    message: format!(
                        "crosses {} {:?} at {top_start}..{top_end}; left out",
                        element_name(top_kind),
                        self.id_of(top_kind, top_index)
                    ),
                });
                continue;
            }
            escape_text(text.get(pos..start).unwrap_or(""), &mut out.xml);
            pos = start;
            let attrs = match kind {
                Ann::Timex => self.timexes.get(index).map(timex_attrs),
                Ann::Event => self.events.get(index).map(event_attrs),
                Ann::Signal => self.signals.get(index).map(signal_attrs),
            };
            if let Some(attrs) = attrs {
                start_tag(element_name(kind), attrs, out);
                stack.push((end, kind, index, start));
            }
        }
        while let Some((top_end, top_kind, _, _)) = stack.pop() {
            escape_text(text.get(pos..top_end).unwrap_or(""), &mut out.xml);
            pos = top_end;
            end_tag(top_kind, &mut out.xml);
        }
        escape_text(text.get(pos..).unwrap_or(""), &mut out.xml);
    }

    fn id_of(&self, kind: Ann, index: usize) -> &'a str {
        match kind {
            Ann::Timex => self.timexes.get(index).map(|t| t.tid.as_str()),
            Ann::Event => self.events.get(index).map(|e| e.eid.as_str()),
            Ann::Signal => self.signals.get(index).map(|s| s.sid.as_str()),
        }
        .unwrap_or("")
    }
}

struct Out {
    xml: String,
    problems: Vec<Problem>,
}

fn element_name(kind: Ann) -> &'static str {
    match kind {
        Ann::Timex => "TIMEX3",
        Ann::Event => "EVENT",
        Ann::Signal => "SIGNAL",
    }
}

fn end_tag(kind: Ann, xml: &mut String) {
    xml.push_str("</");
    xml.push_str(element_name(kind));
    xml.push('>');
}

fn start_tag(name: &str, attrs: Attrs<'_>, out: &mut Out) {
    out.xml.push('<');
    out.xml.push_str(name);
    attrs.finish(out);
    out.xml.push('>');
}

/// An element's attributes in writing order, with the problems found.
struct Attrs<'a> {
    element: &'static str,
    id: &'a str,
    list: Vec<(&'a str, &'a str)>,
    bad: Vec<(&'a str, &'static str)>,
}

impl<'a> Attrs<'a> {
    fn new(element: &'static str, id: &'a str) -> Self {
        Attrs {
            element,
            id,
            list: Vec::new(),
            bad: Vec::new(),
        }
    }

    fn req(&mut self, name: &'a str, value: &'a str) {
        self.list.push((name, value));
    }

    fn opt(&mut self, name: &'a str, value: &'a Option<String>) {
        if let Some(v) = value {
            self.list.push((name, v));
        }
    }

    fn extra(&mut self, attrs: &'a std::collections::BTreeMap<String, String>) {
        for (name, value) in attrs {
            if !is_name(name) {
                self.bad.push((name, "is not a legal XML attribute name"));
            } else if self.list.iter().any(|&(n, _)| n == name) {
                self.bad.push((name, "is already written from a field"));
            } else {
                self.list.push((name, value));
            }
        }
    }

    fn finish(self, out: &mut Out) {
        for (name, value) in &self.list {
            out.xml.push(' ');
            out.xml.push_str(name);
            out.xml.push_str("=\"");
            escape_attr(value, &mut out.xml);
            out.xml.push('"');
        }
        for (name, why) in self.bad {
            out.problems.push(Problem {
                kind: ProblemKind::BadAttribute,
                element: self.element.into(),
                id: self.id.to_string(),
                start: 0,
                end: 0,
                message: format!("attribute {name:?} {why}; left out"),
            });
        }
    }
}

fn timex_attrs(t: &TimexTag) -> Attrs<'_> {
    let mut a = Attrs::new("TIMEX3", &t.tid);
    a.req("tid", &t.tid);
    a.req("type", &t.kind);
    a.req("value", &t.value);
    a.opt("mod", &t.modifier);
    a.opt("anchorTimeID", &t.anchor_time_id);
    a.opt("beginPoint", &t.begin_point);
    a.opt("endPoint", &t.end_point);
    a.opt("quant", &t.quant);
    a.opt("freq", &t.freq);
    a.opt("temporalFunction", &t.temporal_function);
    a.opt("functionInDocument", &t.function_in_document);
    a.extra(&t.attrs);
    a
}

fn event_attrs(e: &EventTag) -> Attrs<'_> {
    let mut a = Attrs::new("EVENT", &e.eid);
    a.req("eid", &e.eid);
    a.req("class", &e.class);
    a.extra(&e.attrs);
    a
}

fn signal_attrs(s: &SignalTag) -> Attrs<'_> {
    let mut a = Attrs::new("SIGNAL", &s.sid);
    a.req("sid", &s.sid);
    a.extra(&s.attrs);
    a
}

fn instance_attrs(m: &MakeInstance) -> Attrs<'_> {
    let mut a = Attrs::new("MAKEINSTANCE", &m.eiid);
    a.req("eventID", &m.event_id);
    a.req("eiid", &m.eiid);
    a.opt("tense", &m.tense);
    a.opt("aspect", &m.aspect);
    a.opt("polarity", &m.polarity);
    a.opt("pos", &m.pos);
    a.opt("modality", &m.modality);
    a.extra(&m.attrs);
    a
}

fn link_attrs<'a>(element: &'static str, l: &'a LinkTag) -> Attrs<'a> {
    let mut a = Attrs::new(element, &l.lid);
    a.req("lid", &l.lid);
    a.req("relType", &l.rel_type);
    a.opt("eventInstanceID", &l.event_instance_id);
    a.opt("timeID", &l.time_id);
    a.opt("relatedToEventInstance", &l.related_to_event_instance);
    a.opt("relatedToTime", &l.related_to_time);
    a.opt("subordinatedEventInstance", &l.subordinated_event_instance);
    a.opt("signalID", &l.signal_id);
    a.extra(&l.attrs);
    a
}

/// Escapes character data: `&`, `<`, `>`, and `\r` (which XML would
/// otherwise turn into `\n`).
fn escape_text(s: &str, out: &mut String) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(rep);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// Escapes an attribute value for double quotes; tab and line ends as
/// character references so attribute-value normalisation keeps them.
fn escape_attr(s: &str, out: &mut String) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\t' => "&#9;",
            b'\n' => "&#10;",
            b'\r' => "&#13;",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(rep);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

//! Building a [`Document`] from the scanner's tokens: one pass, an explicit
//! stack of open elements, no recursion.

use super::scan::{RawAttr, ScanError, Scanner, Token, decode, first_invalid_char};
use super::{Document, EventTag, LinkTag, MakeInstance, SignalTag, TimexTag};

/// Where character data goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    /// Nowhere (outside the elements we read, e.g. `EXTRAINFO`).
    None,
    Text,
    Dct,
    DocId,
    Title,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnnKind {
    Timex,
    Event,
    Signal,
}

/// An annotation element whose end tag has not been seen yet: its tag is
/// already in the document (so tags stay in start-tag order even when
/// nested), at `index` of the list for `kind` (for the DCT, `doc.dct`).
#[derive(Debug)]
struct Pending {
    kind: AnnKind,
    index: usize,
}

#[derive(Debug)]
struct Open<'a> {
    name: &'a str,
    offset: usize,
    region: Region,
    pending: Option<Pending>,
}

#[derive(Debug, Default)]
struct Buffers {
    text: String,
    dct: String,
    doc_id: String,
    title: String,
    scratch: String,
}

impl Buffers {
    fn get(&mut self, region: Region) -> &mut String {
        match region {
            Region::Text => &mut self.text,
            Region::Dct => &mut self.dct,
            Region::DocId => &mut self.doc_id,
            Region::Title => &mut self.title,
            Region::None => {
                self.scratch.clear();
                &mut self.scratch
            }
        }
    }
}

/// Parses a TimeML document; errors are (byte offset, message).
pub(super) fn parse(xml: &str) -> Result<Document, ScanError> {
    if let Some((offset, c)) = first_invalid_char(xml) {
        return Err((
            offset,
            format!("character U+{:04X} is not allowed in XML", c as u32),
        ));
    }
    // A byte-order mark is not part of the document.
    let (xml, bom) = match xml.strip_prefix('\u{FEFF}') {
        Some(rest) => (rest, 3),
        None => (xml, 0),
    };
    parse_inner(xml).map_err(|(offset, message)| (offset + bom, message))
}

fn parse_inner(xml: &str) -> Result<Document, ScanError> {
    let mut doc = Document::default();
    let mut buf = Buffers::default();
    let mut stack: Vec<Open<'_>> = Vec::new();
    let mut root_done = false;
    let mut root_seen = false;
    let (mut seen_text, mut seen_dct, mut seen_docid, mut seen_title) =
        (false, false, false, false);

    for token in Scanner::new(xml) {
        match token? {
            Token::Doctype { offset } => {
                if root_seen {
                    return Err((offset, "DOCTYPE declaration after the root element".into()));
                }
            }
            Token::Text { raw, offset } => {
                let Some(top) = stack.last() else {
                    if let Some(i) = raw.find(|c: char| !c.is_ascii_whitespace()) {
                        return Err((offset + i, "text outside the root element".into()));
                    }
                    continue;
                };
                decode(raw, offset, false, buf.get(top.region))?;
            }
            Token::CData { raw, offset } => {
                let Some(top) = stack.last() else {
                    return Err((offset, "CDATA section outside the root element".into()));
                };
                // CDATA content is literal, but line ends are still
                // normalised (that happens before parsing in XML).
                let out = buf.get(top.region);
                let mut rest = raw;
                while let Some(i) = rest.find('\r') {
                    out.push_str(&rest[..i]);
                    out.push('\n');
                    rest = rest[i + 1..].strip_prefix('\n').unwrap_or(&rest[i + 1..]);
                }
                out.push_str(rest);
            }
            Token::Start {
                name,
                attrs,
                self_closing,
                offset,
            } => {
                if stack.is_empty() {
                    if root_done {
                        return Err((offset, format!("second root element <{name}>")));
                    }
                    root_seen = true;
                }
                let parent = stack.last().map_or(Region::None, |o| o.region);
                let region = if parent == Region::None {
                    let (seen, region) = match name {
                        "TEXT" => (&mut seen_text, Region::Text),
                        "DCT" => (&mut seen_dct, Region::Dct),
                        "DOCID" => (&mut seen_docid, Region::DocId),
                        "TITLE" => (&mut seen_title, Region::Title),
                        _ => (&mut false, Region::None),
                    };
                    if region != Region::None {
                        if *seen {
                            return Err((offset, format!("more than one <{name}> element")));
                        }
                        *seen = true;
                    }
                    region
                } else {
                    parent
                };
                let kind = match (region, name) {
                    (Region::Text, "TIMEX3") => Some(AnnKind::Timex),
                    (Region::Text, "EVENT") => Some(AnnKind::Event),
                    (Region::Text, "SIGNAL") => Some(AnnKind::Signal),
                    (Region::Dct, "TIMEX3") if doc.dct.is_none() => Some(AnnKind::Timex),
                    _ => None,
                };
                let pending = match kind {
                    Some(kind) => {
                        let decoded = decode_attrs(&attrs)?;
                        let start = match region {
                            Region::Dct => buf.dct.len(),
                            _ => buf.text.len(),
                        };
                        Some(open_annotation(&mut doc, kind, region, decoded, start))
                    }
                    None => {
                        match name {
                            "MAKEINSTANCE" => {
                                doc.instances.push(make_instance(decode_attrs(&attrs)?))
                            }
                            "TLINK" => doc.tlinks.push(link(decode_attrs(&attrs)?)),
                            "SLINK" => doc.slinks.push(link(decode_attrs(&attrs)?)),
                            "ALINK" => doc.alinks.push(link(decode_attrs(&attrs)?)),
                            _ => {
                                // Still check the attribute values are
                                // well-formed.
                                decode_attrs(&attrs)?;
                            }
                        }
                        None
                    }
                };
                let open = Open {
                    name,
                    offset,
                    region,
                    pending,
                };
                if self_closing {
                    close(open, &mut doc, &buf);
                    if stack.is_empty() {
                        root_done = true;
                    }
                } else {
                    stack.push(open);
                }
            }
            Token::End { name, offset } => {
                let Some(open) = stack.pop() else {
                    return Err((offset, format!("end tag </{name}> without a start tag")));
                };
                if open.name != name {
                    return Err((
                        offset,
                        format!(
                            "end tag </{name}> does not match <{}> (opened at byte {})",
                            open.name, open.offset
                        ),
                    ));
                }
                close(open, &mut doc, &buf);
                if stack.is_empty() {
                    root_done = true;
                }
            }
        }
    }

    if let Some(open) = stack.last() {
        return Err((open.offset, format!("<{}> is never closed", open.name)));
    }
    if !root_seen {
        return Err((xml.len(), "no root element".into()));
    }
    if !seen_text {
        return Err((xml.len(), "no <TEXT> element".into()));
    }
    doc.text = buf.text;
    if seen_dct {
        doc.dct_text = Some(buf.dct);
    }
    if seen_docid {
        doc.doc_id = Some(buf.doc_id.trim().to_string());
    }
    if seen_title {
        doc.title = Some(buf.title);
    }
    Ok(doc)
}

/// Starts an annotation: its tag goes into the document now, with its
/// start offset; `close` sets its end and covered text.
fn open_annotation(
    doc: &mut Document,
    kind: AnnKind,
    region: Region,
    attrs: Vec<(String, String)>,
    start: usize,
) -> Pending {
    let index = match kind {
        AnnKind::Timex if region == Region::Dct => {
            doc.dct = Some(timex(attrs, start));
            0
        }
        AnnKind::Timex => {
            doc.timexes.push(timex(attrs, start));
            doc.timexes.len() - 1
        }
        AnnKind::Event => {
            doc.events.push(event(attrs, start));
            doc.events.len() - 1
        }
        AnnKind::Signal => {
            doc.signals.push(signal(attrs, start));
            doc.signals.len() - 1
        }
    };
    Pending { kind, index }
}

/// Finishes an element: an annotation gets its end offset and text.
fn close(open: Open<'_>, doc: &mut Document, buf: &Buffers) {
    let Some(p) = open.pending else {
        return;
    };
    let source = match open.region {
        Region::Dct => &buf.dct,
        _ => &buf.text,
    };
    let end = source.len();
    let (start, end_slot, text_slot) = match (p.kind, open.region) {
        (AnnKind::Timex, Region::Dct) => match doc.dct.as_mut() {
            Some(t) => (t.start, &mut t.end, &mut t.text),
            None => return,
        },
        (AnnKind::Timex, _) => match doc.timexes.get_mut(p.index) {
            Some(t) => (t.start, &mut t.end, &mut t.text),
            None => return,
        },
        (AnnKind::Event, _) => match doc.events.get_mut(p.index) {
            Some(t) => (t.start, &mut t.end, &mut t.text),
            None => return,
        },
        (AnnKind::Signal, _) => match doc.signals.get_mut(p.index) {
            Some(t) => (t.start, &mut t.end, &mut t.text),
            None => return,
        },
    };
    *end_slot = end;
    *text_slot = source.get(start..end).unwrap_or_default().to_string();
}

fn decode_attrs(attrs: &[RawAttr<'_>]) -> Result<Vec<(String, String)>, ScanError> {
    attrs
        .iter()
        .map(|a| {
            let mut value = String::new();
            decode(a.value, a.value_offset, true, &mut value)?;
            Ok((a.name.to_string(), value))
        })
        .collect()
}

fn timex(attrs: Vec<(String, String)>, start: usize) -> TimexTag {
    let mut t = TimexTag {
        start,
        end: start,
        ..TimexTag::default()
    };
    for (name, value) in attrs {
        match name.as_str() {
            "tid" => t.tid = value,
            "type" => t.kind = value,
            "value" => t.value = value,
            "mod" => t.modifier = Some(value),
            "anchorTimeID" => t.anchor_time_id = Some(value),
            "beginPoint" => t.begin_point = Some(value),
            "endPoint" => t.end_point = Some(value),
            "quant" => t.quant = Some(value),
            "freq" => t.freq = Some(value),
            "temporalFunction" => t.temporal_function = Some(value),
            "functionInDocument" => t.function_in_document = Some(value),
            _ => {
                t.attrs.insert(name, value);
            }
        }
    }
    t
}

fn event(attrs: Vec<(String, String)>, start: usize) -> EventTag {
    let mut e = EventTag {
        start,
        end: start,
        ..EventTag::default()
    };
    for (name, value) in attrs {
        match name.as_str() {
            "eid" => e.eid = value,
            "class" => e.class = value,
            _ => {
                e.attrs.insert(name, value);
            }
        }
    }
    e
}

fn signal(attrs: Vec<(String, String)>, start: usize) -> SignalTag {
    let mut s = SignalTag {
        start,
        end: start,
        ..SignalTag::default()
    };
    for (name, value) in attrs {
        if name == "sid" {
            s.sid = value;
        } else {
            s.attrs.insert(name, value);
        }
    }
    s
}

fn make_instance(attrs: Vec<(String, String)>) -> MakeInstance {
    let mut m = MakeInstance::default();
    for (name, value) in attrs {
        match name.as_str() {
            "eiid" => m.eiid = value,
            "eventID" => m.event_id = value,
            "tense" => m.tense = Some(value),
            "aspect" => m.aspect = Some(value),
            "polarity" => m.polarity = Some(value),
            "pos" => m.pos = Some(value),
            "modality" => m.modality = Some(value),
            _ => {
                m.attrs.insert(name, value);
            }
        }
    }
    m
}

fn link(attrs: Vec<(String, String)>) -> LinkTag {
    let mut l = LinkTag::default();
    for (name, value) in attrs {
        match name.as_str() {
            "lid" => l.lid = value,
            "relType" => l.rel_type = value,
            "eventInstanceID" => l.event_instance_id = Some(value),
            "timeID" => l.time_id = Some(value),
            "relatedToEventInstance" => l.related_to_event_instance = Some(value),
            "relatedToTime" => l.related_to_time = Some(value),
            "subordinatedEventInstance" => l.subordinated_event_instance = Some(value),
            "signalID" => l.signal_id = Some(value),
            _ => {
                l.attrs.insert(name, value);
            }
        }
    }
    l
}

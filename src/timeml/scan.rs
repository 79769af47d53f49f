//! A small, linear-time XML tag scanner: just enough XML for TimeML.
//!
//! The scanner splits a document into text runs, CDATA sections, start tags
//! (with their attributes, values still raw) and end tags; comments,
//! processing instructions and the document type declaration are skipped.
//! It never recurses, never panics and looks at every byte a bounded number
//! of times, so it is linear in the input whatever the nesting depth.
//! Well-formedness beyond a single tag (balanced tags, one root) is the
//! reader's job.

use std::collections::BTreeSet;

/// A scanning or decoding error: byte offset into the document and message.
pub(crate) type ScanError = (usize, String);

/// One attribute of a start tag, value not yet decoded.
#[derive(Debug)]
pub(crate) struct RawAttr<'a> {
    pub(crate) name: &'a str,
    pub(crate) value: &'a str,
    /// Byte offset of the value (after the opening quote).
    pub(crate) value_offset: usize,
}

/// One piece of a document.
#[derive(Debug)]
pub(crate) enum Token<'a> {
    /// Character data with entity references still in it.
    Text { raw: &'a str, offset: usize },
    /// The content of a CDATA section (no entity references).
    CData { raw: &'a str, offset: usize },
    /// A start tag or an empty-element tag.
    Start {
        name: &'a str,
        attrs: Vec<RawAttr<'a>>,
        self_closing: bool,
        offset: usize,
    },
    /// An end tag.
    End { name: &'a str, offset: usize },
    /// A `<!DOCTYPE ...>` declaration (skipped, but reported so the reader
    /// can insist it comes before the root element).
    Doctype { offset: usize },
}

/// The scanner: an iterator of tokens. After the first error it stops.
#[derive(Debug)]
pub(crate) struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Scanner {
            src,
            pos: 0,
            failed: false,
        }
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    fn peek_byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) -> bool {
        let start = self.pos;
        while let Some(b) = self.peek_byte() {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                self.pos += 1;
            } else {
                break;
            }
        }
        self.pos > start
    }

    /// Reads an XML name at the current position; `None` when there is none.
    fn name(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            let ok = if i == 0 {
                is_name_start(c)
            } else {
                is_name_char(c)
            };
            if !ok {
                break;
            }
            end = i + c.len_utf8();
        }
        if end == 0 {
            return None;
        }
        let name = &rest[..end];
        self.pos += end;
        Some(name)
    }

    /// Skips past `terminator`, which must occur; returns the text before it.
    fn until(&mut self, terminator: &str, what: &str, start: usize) -> Result<&'a str, ScanError> {
        let rest = self.rest();
        match rest.find(terminator) {
            Some(i) => {
                self.pos += i + terminator.len();
                Ok(&rest[..i])
            }
            None => Err((start, format!("unterminated {what}"))),
        }
    }

    fn doctype(&mut self, start: usize) -> Result<Token<'a>, ScanError> {
        // `<!DOCTYPE` already consumed. Skip to the closing `>`, stepping
        // over quoted strings and the internal subset in brackets.
        let bytes = self.src.as_bytes();
        let mut quote: Option<u8> = None;
        let mut in_subset = false;
        while let Some(&b) = bytes.get(self.pos) {
            self.pos += 1;
            match quote {
                Some(q) => {
                    if b == q {
                        quote = None;
                    }
                }
                None => match b {
                    b'"' | b'\'' => quote = Some(b),
                    b'[' => in_subset = true,
                    b']' => in_subset = false,
                    b'>' if !in_subset => return Ok(Token::Doctype { offset: start }),
                    _ => {}
                },
            }
        }
        Err((start, "unterminated DOCTYPE declaration".into()))
    }

    fn start_tag(&mut self, start: usize) -> Result<Token<'a>, ScanError> {
        // `<` already consumed.
        let Some(name) = self.name() else {
            return Err((start, "'<' not followed by a tag name (write &lt;)".into()));
        };
        let mut attrs = Vec::new();
        let mut seen: BTreeSet<&'a str> = BTreeSet::new();
        loop {
            let had_ws = self.skip_ws();
            let rest = self.rest();
            if rest.starts_with("/>") {
                self.pos += 2;
                return Ok(Token::Start {
                    name,
                    attrs,
                    self_closing: true,
                    offset: start,
                });
            }
            if rest.starts_with('>') {
                self.pos += 1;
                return Ok(Token::Start {
                    name,
                    attrs,
                    self_closing: false,
                    offset: start,
                });
            }
            if rest.is_empty() {
                return Err((start, format!("unterminated <{name}> tag")));
            }
            let attr_start = self.pos;
            if !had_ws {
                return Err((
                    attr_start,
                    format!("expected whitespace, '>' or '/>' in <{name}> tag"),
                ));
            }
            let Some(attr) = self.name() else {
                let c = rest.chars().next().unwrap_or('?');
                return Err((attr_start, format!("unexpected {c:?} in <{name}> tag")));
            };
            self.skip_ws();
            if self.peek_byte() != Some(b'=') {
                return Err((
                    self.pos,
                    format!("attribute {attr:?} of <{name}> has no '=' and value"),
                ));
            }
            self.pos += 1;
            self.skip_ws();
            let quote = match self.peek_byte() {
                Some(q @ (b'"' | b'\'')) => q,
                _ => {
                    return Err((
                        self.pos,
                        format!("value of attribute {attr:?} of <{name}> is not quoted"),
                    ));
                }
            };
            self.pos += 1;
            let value_offset = self.pos;
            let rest = self.rest();
            let Some(len) = rest.find(quote as char) else {
                return Err((
                    value_offset,
                    format!("unterminated value of attribute {attr:?} of <{name}>"),
                ));
            };
            let value = &rest[..len];
            if let Some(i) = value.find('<') {
                return Err((
                    value_offset + i,
                    format!("'<' in the value of attribute {attr:?} of <{name}>"),
                ));
            }
            self.pos += len + 1;
            if !seen.insert(attr) {
                return Err((
                    attr_start,
                    format!("duplicate attribute {attr:?} in <{name}>"),
                ));
            }
            attrs.push(RawAttr {
                name: attr,
                value,
                value_offset,
            });
        }
    }

    fn end_tag(&mut self, start: usize) -> Result<Token<'a>, ScanError> {
        // `</` already consumed.
        let Some(name) = self.name() else {
            return Err((start, "'</' not followed by a tag name".into()));
        };
        self.skip_ws();
        if self.peek_byte() != Some(b'>') {
            return Err((start, format!("malformed end tag </{name}")));
        }
        self.pos += 1;
        Ok(Token::End {
            name,
            offset: start,
        })
    }

    fn next_token(&mut self) -> Option<Result<Token<'a>, ScanError>> {
        // Comments and processing instructions are skipped in this loop
        // (never by recursion).
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            let start = self.pos;
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Some(Ok(Token::Text {
                    raw: &rest[..len],
                    offset: start,
                }));
            }
            let result = if rest.starts_with("<!--") {
                self.pos += 4;
                match self.until("-->", "comment", start) {
                    Ok(_) => continue,
                    Err(e) => Err(e),
                }
            } else if rest.starts_with("<?") {
                self.pos += 2;
                match self.until("?>", "processing instruction", start) {
                    Ok(_) => continue,
                    Err(e) => Err(e),
                }
            } else if rest.starts_with("<![CDATA[") {
                self.pos += 9;
                let offset = self.pos;
                self.until("]]>", "CDATA section", start)
                    .map(|raw| Token::CData { raw, offset })
            } else if rest.starts_with("<!DOCTYPE") {
                self.pos += 9;
                self.doctype(start)
            } else if rest.starts_with("</") {
                self.pos += 2;
                self.end_tag(start)
            } else if rest.starts_with("<!") {
                Err((start, "unsupported markup declaration '<!'".into()))
            } else {
                self.pos += 1;
                self.start_tag(start)
            };
            return Some(result);
        }
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Result<Token<'a>, ScanError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = self.next_token();
        if matches!(item, Some(Err(_))) {
            self.failed = true;
        }
        item
    }
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == ':' || (c as u32) >= 0xC0
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || c == '-' || c == '.' || c == '\u{B7}'
}

/// Whether `s` is a legal XML name (as this scanner reads names).
pub(crate) fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_name_start(c) => chars.all(is_name_char),
        _ => false,
    }
}

/// Whether `c` is a character XML 1.0 allows in a document.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || (c as u32) >= 0x10000
}

/// The first character XML 1.0 does not allow, with its byte offset.
pub(crate) fn first_invalid_char(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| !is_xml_char(c))
}

/// Decodes character data: entity and character references are replaced
/// and line ends normalised (`\r\n` and lone `\r` become `\n`) as XML
/// requires. When `attribute` is set, literal tabs and line ends become
/// spaces (XML attribute-value normalisation for CDATA attributes).
/// `offset` is the byte offset of `raw` in the document, for errors.
pub(crate) fn decode(
    raw: &str,
    offset: usize,
    attribute: bool,
    out: &mut String,
) -> Result<(), ScanError> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                out.push_str(&raw[run_start..i]);
                let (c, len) = entity(raw, i, offset)?;
                out.push(c);
                i += len;
                run_start = i;
            }
            b'\r' => {
                out.push_str(&raw[run_start..i]);
                out.push(if attribute { ' ' } else { '\n' });
                i += 1;
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                run_start = i;
            }
            b'\n' | b'\t' if attribute => {
                out.push_str(&raw[run_start..i]);
                out.push(' ');
                i += 1;
                run_start = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&raw[run_start..]);
    Ok(())
}

/// Decodes the reference starting at `raw[i]` (an `&`): the character and
/// the reference's length in bytes.
fn entity(raw: &str, i: usize, offset: usize) -> Result<(char, usize), ScanError> {
    const MAX: usize = 32;
    let at = offset + i;
    let tail = &raw.as_bytes()[i + 1..];
    let limit = tail.len().min(MAX);
    let Some(semi) = tail[..limit].iter().position(|&b| b == b';') else {
        return Err((
            at,
            "'&' that does not start an entity reference (write &amp;)".into(),
        ));
    };
    // The bytes between '&' and ';' may hold non-ASCII text; slice on char
    // boundaries only.
    let body = raw.get(i + 1..i + 1 + semi).unwrap_or("");
    let c = match body {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = if let Some(hex) = body.strip_prefix("#x") {
                parse_code(hex, 16)
            } else if let Some(dec) = body.strip_prefix('#') {
                parse_code(dec, 10)
            } else {
                return Err((at, format!("unknown entity &{body};")));
            };
            match code.and_then(char::from_u32).filter(|&c| is_xml_char(c)) {
                Some(c) => c,
                None => return Err((at, format!("invalid character reference &{body};"))),
            }
        }
    };
    Ok((c, semi + 2))
}

fn parse_code(digits: &str, radix: u32) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for c in digits.chars() {
        let d = c.to_digit(radix)?;
        n = n.checked_mul(radix)?.checked_add(d)?;
        if n > 0x10FFFF {
            return None;
        }
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        Scanner::new(s)
            .map(|t| match t {
                Ok(Token::Text { raw, .. }) => format!("T({raw})"),
                Ok(Token::CData { raw, .. }) => format!("C({raw})"),
                Ok(Token::Start {
                    name,
                    attrs,
                    self_closing,
                    ..
                }) => {
                    let a: Vec<String> = attrs
                        .iter()
                        .map(|a| format!("{}={}", a.name, a.value))
                        .collect();
                    format!(
                        "S({name} {}{})",
                        a.join(" "),
                        if self_closing { "/" } else { "" }
                    )
                }
                Ok(Token::End { name, .. }) => format!("E({name})"),
                Ok(Token::Doctype { .. }) => "D".into(),
                Err((o, m)) => format!("ERR@{o}: {m}"),
            })
            .collect()
    }

    #[test]
    fn scans_tags_text_and_skips_comments() {
        let t = tokens(
            "<?xml version=\"1.0\" ?><!-- c --><!DOCTYPE x [<!ENTITY a \">\">]><a x='1' y = \"2\">hi<![CDATA[<b>]]><b/></a>",
        );
        assert_eq!(
            t,
            ["D", "S(a x=1 y=2)", "T(hi)", "C(<b>)", "S(b /)", "E(a)"]
        );
    }

    #[test]
    fn reports_errors() {
        for bad in [
            "<a",
            "<a x=1>",
            "<a x>",
            "<a x=\"1\"y=\"2\">",
            "<a x=\"1\" x=\"2\">",
            "< a>",
            "</a",
            "<!-- x",
            "<a x=\"<\">",
            "<!FOO>",
        ] {
            let t = tokens(bad);
            assert!(
                t.last().is_some_and(|l| l.starts_with("ERR")),
                "{bad}: {t:?}"
            );
        }
    }

    #[test]
    fn decodes_references() {
        let mut out = String::new();
        decode(
            "a&amp;b&lt;&gt;&quot;&apos;&#65;&#x42;\r\nz\r",
            0,
            false,
            &mut out,
        )
        .unwrap();
        assert_eq!(out, "a&b<>\"'AB\nz\n");
        out.clear();
        decode("a\tb\nc&#10;", 0, true, &mut out).unwrap();
        assert_eq!(out, "a b c\n");
        for bad in [
            "&",
            "&foo;",
            "&#;",
            "&#x110000;",
            "&#0;",
            "&#1;",
            "& amp;",
            "&#xZZ;",
        ] {
            assert!(decode(bad, 0, false, &mut String::new()).is_err(), "{bad}");
        }
    }
}

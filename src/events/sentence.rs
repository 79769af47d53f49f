//! Tokens and sentences that survive news prose.
//!
//! One pass over the text gives tokens (words, numbers, punctuation) with
//! byte offsets into the original text; a second pass over the tokens finds
//! sentence boundaries. Both are linear and never panic.
//!
//! What is handled:
//!
//! - **Abbreviations** keep their full stop and do not end a sentence:
//!   titles (`Mr.`, `Gen.`, `Sen.`), months (`Jan.`, `Sept.`), `No.`,
//!   `Nos.`, `Inc.`, and initialisms (`U.S.`, `a.m.`). A few of these
//!   (`U.S.`, `Inc.`, `a.m.`, `etc.`) end a sentence when a typical
//!   sentence opener (`The`, `He`, ...) follows.
//! - **Initials**: a single capital and a full stop (`Vladimir V. Putin`)
//!   never end a sentence.
//! - **Quotes and brackets** after the full stop belong to the sentence
//!   they close (`... over." He said`); a lower-case word after `?"` or
//!   `!"` continues it (`"Why?" he asked`).
//! - **Line breaks** end a sentence (headlines, bullet lists, datelines,
//!   subheads such as `– Return to normal –`) unless the next line starts
//!   in lower case (a hard-wrapped line). CRLF and CR count as line breaks.
//! - **Missing spaces**: a full stop glued to the next sentence
//!   (`unrest.The`) and run-together bullet lines (`in two days'
//!   timePresident appoints`: a lower-case word running into a capitalised
//!   one) are split. Words simply glued together (`airplanestransport`)
//!   cannot be told from real words without a dictionary and stay one
//!   token.
//! - **Whitespace** is any Unicode white space, including non-breaking and
//!   narrow spaces, and the zero-width space and byte-order mark.
//! - **Clitics** are split off as TimeML corpora do: `didn't` is `did` +
//!   `n't`, `it's` is `it` + `'s`, with straight or curly apostrophes.
//!   Hyphenated words (`Russian-led`, `ex-Soviet`) are one token.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::lexicon::FxMap;
use super::table::swar;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes, digits or dots
    /// (`Russian-led`, `U.S.`, `n't`).
    Word,
    /// Digits, possibly with inner separators (`2,030`, `1.8`, `2-3`).
    Number,
    /// One punctuation or symbol character (`,`, `“`, `–`, `$`).
    Punct,
}

/// A token: a byte span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text (empty if the offsets do not fit `text`).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A sentence: a byte span and the tokens in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first token.
    pub start: usize,
    /// Byte offset one past its last token.
    pub end: usize,
    /// Its tokens, as indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// The paragraph it is in, counting from 0; a paragraph ends at a line
    /// break.
    pub paragraph: usize,
}

/// A text cut into tokens and sentences.
///
/// ```
/// use dateline::events::segment;
///
/// let text = "Mr. Putin met Gen. Andrei V. Serdyukov in the U.S. capital. \
///             “It is over.” Troops left.\r\nThey flew home.";
/// let seg = segment(text);
/// let sentences: Vec<&str> = seg.sentences.iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(
///     sentences,
///     [
///         "Mr. Putin met Gen. Andrei V. Serdyukov in the U.S. capital.",
///         "“It is over.”",
///         "Troops left.",
///         "They flew home.",
///     ]
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    /// The tokens, in text order.
    pub tokens: Vec<Token>,
    /// The sentences, in text order; every token is in exactly one.
    pub sentences: Vec<Sentence>,
}

/// Token flags used by the sentence splitter and the extractor.
pub(crate) mod flag {
    /// A line break stands between this token and the one before.
    pub const NEWLINE: u8 = 1;
    /// A blank line stands before this token.
    pub const BLANK: u8 = 2;
    /// Whitespace stands before this token.
    pub const SPACE: u8 = 4;
    /// A sentence must start here (run-together words).
    pub const SPLIT: u8 = 8;
    /// The word is an abbreviation that keeps its full stop.
    pub const ABBREV: u8 = 16;
    /// The abbreviation can also end a sentence (`U.S.`, `Inc.`).
    pub const ABBREV_FINAL: u8 = 32;
}

/// Cuts `text` into tokens and sentences. Linear in the text; never panics.
pub fn segment(text: &str) -> Segmentation {
    let mut toks = Vec::new();
    let mut flags = Vec::new();
    tokenize_into(text, &mut toks, &mut flags);
    let mut sentences = Vec::new();
    split_sentences(text, &toks, &flags, &mut sentences);
    Segmentation {
        tokens: toks,
        sentences,
    }
}

/// Cuts `text` into tokens only.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    let mut flags = Vec::new();
    tokenize_into(text, &mut toks, &mut flags);
    toks
}

#[inline]
fn is_space_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Abbreviations (lower case, without the full stop) that keep their full
/// stop and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "maj", "capt", "cmdr",
    "adm", "brig", "cpl", "pvt", "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "st",
    "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos",
    "vol", "vols", "vs", "v", "etc", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros",
    "dept", "univ", "approx", "est", "fig", "figs", "pp", "ave", "blvd", "rd", "cf", "ca", "gov't",
    "sq", "mln", "bln", "pct", "dlrs", "yr", "yrs", "min", "max", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.n", "u.k", "e.u", "d.c", "l.a", "n.y", "ph.d",
];

/// Abbreviations that can also end a sentence.
const FINAL_ABBREVIATIONS: &[&str] = &[
    "etc", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros", "a.m", "p.m", "u.s",
    "u.n", "u.k", "e.u", "d.c", "dlrs", "pct", "yrs",
];

/// Capitalised words that typically open a sentence (after a final
/// abbreviation such as `U.S.`).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "mr",
    "mrs",
    "ms",
    "if",
    "when",
    "while",
    "as",
    "after",
    "before",
    "some",
    "many",
    "most",
    "officials",
    "police",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "for",
    "also",
    "one",
    "two",
    "no",
];

fn lower_eq_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Whether `w` (without its full stop) is one of [`ABBREVIATIONS`]
/// (ignoring ASCII case), and whether it is one of
/// [`FINAL_ABBREVIATIONS`] too.
fn abbreviation(w: &str) -> Option<bool> {
    static TABLE: std::sync::OnceLock<FxMap<&'static str, bool>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        ABBREVIATIONS
            .iter()
            .map(|a| (*a, FINAL_ABBREVIATIONS.contains(a)))
            .collect()
    });
    // Every abbreviation is ASCII and at most eight bytes long.
    let mut buf = [0u8; 8];
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..b.len()]).ok()?;
    table.get(lower).copied()
}

/// ASCII letters and digits, by byte.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// ASCII letters and digits.
#[inline]
fn is_ascii_word_byte(c: u8) -> bool {
    WORD_BYTES[usize::from(c)]
}

/// The character at byte `p` (`None` past the end or off a boundary).
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        Some(&c) if c < 0x80 => Some(char::from(c)),
        Some(_) => text.get(p..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// Tokenizes into `toks`, with one flag byte per token in `flags`.
pub(crate) fn tokenize_into(text: &str, toks_out: &mut Vec<Token>, flags_out: &mut Vec<u8>) {
    // Local vectors (moved back at the end) let the pushes below keep
    // their lengths in registers.
    let mut toks = std::mem::take(toks_out);
    let mut flags = std::mem::take(flags_out);
    toks.clear();
    flags.clear();
    // News prose has a token every five or six bytes.
    toks.reserve(text.len() / 4 + 1);
    flags.reserve(text.len() / 4 + 1);
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut pending: u8 = 0; // whitespace flags for the next token
    let mut newlines = 0u32;
    while i < n {
        let c = b[i];
        // ASCII letters: a word (the common case).
        if c.is_ascii_alphabetic() {
            let fl = pending;
            pending = 0;
            newlines = 0;
            i = word(text, i, fl, &mut toks, &mut flags);
            // One space and another word (most of news prose): straight on,
            // with the flags the loop would give it.
            while b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                i = word(text, i + 1, flag::SPACE, &mut toks, &mut flags);
            }
            continue;
        }
        // Whitespace (ASCII fast path).
        if c == b' ' || c == b'\t' {
            pending |= flag::SPACE;
            i += 1;
            continue;
        }
        if c == b'\n' || c == b'\r' {
            // CRLF counts once.
            if c == b'\n' || b.get(i + 1) != Some(&b'\n') {
                newlines += 1;
            }
            pending |= flag::SPACE | flag::NEWLINE;
            if newlines >= 2 {
                pending |= flag::BLANK;
            }
            i += 1;
            continue;
        }
        if c == 0x0b || c == 0x0c {
            pending |= flag::SPACE | flag::NEWLINE;
            i += 1;
            continue;
        }
        let Some(ch) = char_at(text, i) else {
            i += 1;
            continue;
        };
        let clen = ch.len_utf8();
        if c >= 0x80 && is_space_char(ch) {
            if matches!(ch, '\u{2028}' | '\u{2029}' | '\u{85}') {
                newlines += 1;
                pending |= flag::NEWLINE;
            }
            pending |= flag::SPACE;
            i += clen;
            continue;
        }
        let fl = pending;
        pending = 0;
        newlines = 0;
        if ch.is_ascii_digit() {
            // Number: digits with inner separators followed by a digit.
            let mut j = i + 1;
            while j < n {
                let d = b[j];
                if d.is_ascii_digit() {
                    j += 1;
                } else if matches!(d, b',' | b'.' | b':' | b'/' | b'-')
                    && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // `1990s`, `5th`, `10am`: trailing letters stay with the number.
            while j < n && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            toks.push(Token {
                start: i,
                end: j,
                kind: TokenKind::Number,
            });
            flags.push(fl);
            i = j;
            continue;
        }
        if is_word_char(ch) {
            i = word(text, i, fl, &mut toks, &mut flags);
            continue;
        }
        // `’s`, `'re`: a clitic after a word without space is its own token.
        if is_apostrophe(ch)
            && fl & flag::SPACE == 0
            && toks.last().is_some_and(|t| t.kind == TokenKind::Word)
        {
            let rest = &text[i + clen..];
            let mut k = 0;
            for (o, rc) in rest.char_indices() {
                if rc.is_alphabetic() {
                    k = o + rc.len_utf8();
                } else {
                    break;
                }
            }
            let cl = &rest[..k];
            if k > 0
                && k <= 2
                && lower_eq_any(cl, &["s", "re", "ve", "ll", "d", "m"])
                && !rest[k..].chars().next().is_some_and(is_word_char)
            {
                toks.push(Token {
                    start: i,
                    end: i + clen + k,
                    kind: TokenKind::Word,
                });
                flags.push(fl);
                i += clen + k;
                continue;
            }
        }
        // Ellipsis `...` as one token.
        if c == b'.' && b.get(i + 1) == Some(&b'.') {
            let mut j = i;
            while j < n && b[j] == b'.' {
                j += 1;
            }
            toks.push(Token {
                start: i,
                end: j,
                kind: TokenKind::Punct,
            });
            flags.push(fl);
            i = j;
            continue;
        }
        toks.push(Token {
            start: i,
            end: i + clen,
            kind: TokenKind::Punct,
        });
        flags.push(fl);
        i += clen;
    }
    *toks_out = toks;
    *flags_out = flags;
}

/// Reads a word starting at `i`; pushes one or more tokens; returns the end.
#[inline]
fn word(text: &str, i: usize, fl: u8, toks: &mut Vec<Token>, flags: &mut Vec<u8>) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    // Letters and digits, with inner `-`, `'`, `’`, `.`, `&` joining two
    // word characters.
    let mut dots = 0usize;
    let mut apos_at: Option<usize> = None;
    // Whether the word has none of the ASCII joiners `-`, `.`, `'`, `&`.
    let mut plain = true;
    // Whether an ASCII capital may be in the word (for run-together words
    // below; exact where the word was read eight bytes at a time).
    let mut capitals = false;
    loop {
        // ASCII letters and digits: the common case.
        loop {
            match b.get(j..j + 8) {
                Some(b8) => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(b8);
                    let x = u64::from_le_bytes(a);
                    let run = swar::alphanumeric_run(x);
                    let in_run = if run == 8 {
                        u64::MAX
                    } else {
                        (1u64 << (8 * run)) - 1
                    };
                    capitals |= swar::in_range(x, b'A', b'Z') & in_run != 0;
                    j += run;
                    if run < 8 {
                        break;
                    }
                }
                None => {
                    capitals = true;
                    j += b.get(j..).map_or(0, |r| {
                        r.iter().take_while(|&&c| is_ascii_word_byte(c)).count()
                    });
                    break;
                }
            }
        }
        let Some(c) = char_at(text, j) else { break };
        if c.is_ascii() {
            if !matches!(c, '-' | '.' | '&' | '\'') {
                break;
            }
        } else if is_word_char(c) {
            j += c.len_utf8();
            continue;
        } else if !matches!(c, '\u{2010}' | '\u{2011}') && !is_apostrophe(c) {
            break;
        }
        // A joiner: only between two word characters.
        let after = j + c.len_utf8();
        let Some(d) = char_at(text, after).filter(|&d| is_word_char(d)) else {
            break;
        };
        if c == '.' {
            // `U.S`, `a.m`, `Ph.D`: only short letter groups join;
            // `end.The` is two sentences.
            let seg_len = text[i..j]
                .rsplit(['.'])
                .next()
                .map_or(0, |s| s.chars().count());
            if seg_len > 2 || !d.is_alphabetic() {
                break;
            }
            dots += 1;
        } else if is_apostrophe(c) {
            apos_at = Some(j);
        }
        if c.is_ascii() {
            plain = false;
        }
        j = after;
    }
    // Trailing full stop of an abbreviation or initialism.
    let mut abbrev = 0u8;
    if b.get(j) == Some(&b'.') && b.get(j + 1) != Some(&b'.') {
        let w = &text[i..j];
        let single_cap = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        let listed = abbreviation(w);
        if dots > 0 || single_cap || listed.is_some() {
            abbrev = flag::ABBREV;
            if dots > 0 || listed == Some(true) {
                abbrev |= flag::ABBREV_FINAL;
            }
            j += 1;
        }
    }
    // Clitics: `didn't` -> `did` + `n't`; `it's` -> `it` + `'s`.
    if let Some(a) = apos_at {
        let tail = text.get(a..j).unwrap_or("");
        let tail_len = tail.chars().count();
        // After the apostrophe (one character, `'` or `’`).
        let rest = tail
            .char_indices()
            .nth(1)
            .map_or("", |(o, _)| tail.get(o..).unwrap_or(""));
        let before = a.saturating_sub(1);
        if tail_len == 2
            && matches!(tail.chars().last(), Some('t' | 'T'))
            && text
                .get(before..a)
                .is_some_and(|x| x.eq_ignore_ascii_case("n"))
            && a - i > 1
        {
            // `n't` starts one byte before the apostrophe.
            push_split(toks, flags, i, before, j, fl);
            return j;
        }
        if lower_eq_any(rest, &["s", "re", "ve", "ll", "d", "m"]) && a > i {
            push_split(toks, flags, i, a, j, fl);
            return j;
        }
    }
    // Run-together words: `timePresident`, `apparatusSpeaks` (at least
    // three lower-case letters, a capital and a lower-case letter, no
    // joiner).
    if abbrev == 0 && plain && capitals && j - i >= 6 && b[i].is_ascii_lowercase() {
        let wb = &b[i..j];
        let mut k = 0;
        while k < wb.len() && wb[k].is_ascii_lowercase() {
            k += 1;
        }
        if k >= 3
            && k + 2 < wb.len()
            && wb[k].is_ascii_uppercase()
            && wb[k + 1].is_ascii_lowercase()
        {
            toks.push(Token {
                start: i,
                end: i + k,
                kind: TokenKind::Word,
            });
            flags.push(fl);
            toks.push(Token {
                start: i + k,
                end: j,
                kind: TokenKind::Word,
            });
            flags.push(flag::SPLIT);
            return j;
        }
    }
    toks.push(Token {
        start: i,
        end: j,
        kind: TokenKind::Word,
    });
    flags.push(fl | abbrev);
    j
}

fn push_split(toks: &mut Vec<Token>, flags: &mut Vec<u8>, i: usize, m: usize, j: usize, fl: u8) {
    toks.push(Token {
        start: i,
        end: m,
        kind: TokenKind::Word,
    });
    flags.push(fl);
    toks.push(Token {
        start: m,
        end: j,
        kind: TokenKind::Word,
    });
    flags.push(0);
}

#[inline]
fn first_char(text: &str, t: &Token) -> char {
    match text.as_bytes().get(t.start) {
        Some(&c) if c < 0x80 && t.start < t.end => char::from(c),
        _ => text
            .get(t.start..t.end)
            .and_then(|s| s.chars().next())
            .unwrap_or(' '),
    }
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '}' | '\u{00BB}' | '\u{203A}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}' | '\u{2039}'
    )
}

/// Whether token `k` can start a new sentence after a full stop.
fn starts_sentence(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return true };
    let c = first_char(text, t);
    if c.is_uppercase() || c.is_ascii_digit() {
        return true;
    }
    if is_opener(c) || matches!(c, '\u{2013}' | '\u{2014}' | '\u{2022}' | '-' | '*') {
        // An opening quote or bullet followed by a capital.
        return toks
            .get(k + 1)
            .is_none_or(|n| first_char(text, n).is_uppercase() || first_char(text, n) == '.');
    }
    false
}

/// Finds sentence boundaries over the tokens.
pub(crate) fn split_sentences(text: &str, toks: &[Token], flags: &[u8], out: &mut Vec<Sentence>) {
    out.clear();
    let n = toks.len();
    let mut start = 0usize;
    let mut paragraph = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize, para: usize| {
        if s < e {
            out.push(Sentence {
                start: toks[s].start,
                end: toks[e - 1].end,
                tokens: s..e,
                paragraph: para,
            });
        }
    };
    let mut k = 0;
    while k < n {
        let f = flags.get(k).copied().unwrap_or(0);
        // A boundary before token k?
        if k > start {
            let newline = f & flag::NEWLINE != 0;
            if newline {
                let c = first_char(text, &toks[k]);
                let continuation = c.is_lowercase() && f & flag::BLANK == 0;
                if !continuation {
                    push(out, start, k, paragraph);
                    start = k;
                    paragraph += 1;
                }
            } else if f & flag::SPLIT != 0 {
                push(out, start, k, paragraph);
                start = k;
            }
        } else if k == start && k > 0 && f & flag::NEWLINE != 0 && out.last().is_some() {
            // Already split before a newline token: count the paragraph.
        }
        let t = &toks[k];
        // (Words are most tokens: their first character is not read.)
        let terminal = t.kind == TokenKind::Punct
            && matches!(first_char(text, t), '.' | '!' | '?' | '\u{2026}');
        let abbrev_final = f & flag::ABBREV_FINAL != 0;
        if terminal || abbrev_final {
            // Swallow closing quotes and brackets.
            let mut e = k + 1;
            while e < n
                && toks[e].kind == TokenKind::Punct
                && (is_closer(first_char(text, &toks[e]))
                    || matches!(first_char(text, &toks[e]), '.' | '!' | '?'))
                && flags.get(e).is_some_and(|g| g & flag::NEWLINE == 0)
                // A straight quote after a space opens the next sentence.
                && !(matches!(first_char(text, &toks[e]), '"' | '\'')
                    && flags.get(e).is_some_and(|g| g & flag::SPACE != 0))
            {
                e += 1;
            }
            let next_newline = flags.get(e).is_none_or(|g| g & flag::NEWLINE != 0);
            let boundary = if abbrev_final && !terminal {
                next_newline
                    || toks.get(e).is_some_and(|nt| {
                        lower_eq_any(nt.text(text), OPENERS) && first_char(text, nt).is_uppercase()
                    })
            } else {
                next_newline || starts_sentence(text, toks, e)
            };
            if boundary {
                push(out, start, e, paragraph);
                start = e;
                if e < n && flags.get(e).is_some_and(|g| g & flag::NEWLINE != 0) {
                    paragraph += 1;
                }
                k = e;
                continue;
            }
            k = e.max(k + 1);
            continue;
        }
        k += 1;
    }
    push(out, start, n, paragraph);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met Sen. Jones on Jan. 5 in the U.S. The talks failed."),
            [
                "Mr. Smith met Sen. Jones on Jan. 5 in the U.S.",
                "The talks failed."
            ]
        );
        assert_eq!(
            sents("Vladimir V. Putin spoke. Nos. 3 and 4 won."),
            ["Vladimir V. Putin spoke.", "Nos. 3 and 4 won."]
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            sents(
                "“We must come home. We’ve completed our mission,” Putin told Shoigu. Then he left."
            ),
            [
                "“We must come home.",
                "We’ve completed our mission,” Putin told Shoigu.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("\"Why?\" he asked. \"Because.\" She left."),
            ["\"Why?\" he asked.", "\"Because.\"", "She left."]
        );
    }

    #[test]
    fn lines_and_glue() {
        assert_eq!(
            sents("Headline here\r\n\r\nBody starts. It goes on\nacross a wrapped line."),
            [
                "Headline here",
                "Body starts.",
                "It goes on\nacross a wrapped line."
            ]
        );
        assert_eq!(
            sents("exit in two days’ timePresident appoints new PM"),
            ["exit in two days’ time", "President appoints new PM"]
        );
        assert_eq!(sents("It ended.The next"), ["It ended.", "The next"]);
        assert_eq!(
            words("don't it’s Russian-led"),
            ["do", "n't", "it", "’s", "Russian-led"]
        );
        assert_eq!(words("a\u{a0}b 2,030 1.8"), ["a", "b", "2,030", "1.8"]);
    }
}

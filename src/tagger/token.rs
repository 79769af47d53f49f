//! One pass over the text: words, numbers and punctuation with byte offsets,
//! each word looked up in the lexicon once.

use super::lexicon::{Lex, Lexicon};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (ASCII or not).
    Word,
    /// ASCII digits, possibly with thousands separators or a decimal part.
    Num,
    /// One punctuation character (ASCII or not).
    Punct,
}

/// Bit flags on a token.
pub(crate) mod flag {
    /// Whitespace stands between this token and the one before.
    pub const SPACE: u8 = 1;
    /// A line break stands between this token and the one before.
    pub const NEWLINE: u8 = 2;
    /// A blank line (paragraph break) stands before this token.
    pub const PARA: u8 = 4;
    /// A word whose first letter is upper case.
    pub const CAP: u8 = 8;
    /// A word written all in capitals (two letters or more).
    pub const ALLCAPS: u8 = 16;
    /// A number with thousands separators (`2,030`) or a decimal point.
    pub const GROUPED: u8 = 32;
    /// A number with a decimal point.
    pub const DECIMAL: u8 = 64;
}

/// A token. Offsets are bytes into the tagged text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub flags: u8,
    /// Number of digits for numbers, of bytes for words.
    pub len: u8,
    /// The punctuation character, for `Punct`.
    pub ch: char,
    /// The numeric value, for integer `Num` tokens (saturating).
    pub num: u32,
    pub lex: Lex,
}

impl Tok {
    #[inline]
    pub fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }
}

#[inline]
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}'
    )
}

/// Returns whether `c` is a hyphen or dash of any kind.
#[inline]
pub(crate) fn dash(t: &Tok) -> bool {
    t.kind == Kind::Punct && is_dash(t.ch)
}

const C_LOWER: u8 = 1;
const C_UPPER: u8 = 2;
const C_DIGIT: u8 = 4;
const C_SPACE: u8 = 8;
const C_ALPHA: u8 = C_LOWER | C_UPPER;

/// Byte classes, one load per byte in the hot loops.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            C_LOWER
        } else if b.is_ascii_uppercase() {
            C_UPPER
        } else if b.is_ascii_digit() {
            C_DIGIT
        } else if b == b' ' || b == b'\t' || b == b'\r' {
            C_SPACE
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Bit 5 of every byte of a `u128`: OR-ed into ASCII letters, lower case.
const LOWER_BITS: u128 = u128::from_le_bytes([0x20; 16]);
/// `KEEP[n]`: the low `n` bytes of a `u128` set, for `n` in 0..=16.
static KEEP: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n < 17 {
        t[n] = (t[n - 1] << 8) | 0xFF;
        n += 1;
    }
    t
};
/// The high bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// `k` in every byte of a `u64`.
const fn bytes(k: u8) -> u64 {
    (k as u64) * 0x0101_0101_0101_0101
}

/// The high bit of each byte of `w` (little-endian) that is an ASCII
/// letter. Bytes are folded to lower case and their high bit cleared
/// before the range test, so no addition carries into the next byte.
#[inline]
fn letter_bytes(w: u64) -> u64 {
    let y = (w | bytes(0x20)) & bytes(0x7F);
    let ge_a = y.wrapping_add(bytes(0x80 - b'a'));
    let gt_z = y.wrapping_add(bytes(0x80 - b'z' - 1));
    ge_a & !gt_z & !w & HIGH
}

/// The word `b[start..end]` (ASCII letters, 1 to 16 bytes) lower-cased
/// and packed into a zero-padded `u128`, first byte lowest.
#[inline]
fn packed_lower(b: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    if let Some(chunk) = b
        .get(start..start + 16)
        .and_then(|c| <[u8; 16]>::try_from(c).ok())
        && (1..=16).contains(&len)
    {
        // Letters only: setting bit 5 lower-cases each of them.
        return (u128::from_le_bytes(chunk) | LOWER_BITS) & KEEP[len];
    }
    let mut buf = [0u8; 16];
    for (d, &ch) in buf.iter_mut().zip(&b[start..end]) {
        *d = ch.to_ascii_lowercase();
    }
    u128::from_le_bytes(buf)
}

/// Tokenizes `text` into `out` (cleared first).
pub(crate) fn tokenize(text: &str, lex: &Lexicon, out: &mut Vec<Tok>) {
    out.clear();
    // About one token per four bytes of news text.
    out.reserve(text.len() / 4 + 16);
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut pending: u8 = 0;
    let mut newlines = 0u32;
    while i < n {
        let c = b[i];
        let cl = class(c);
        if cl == C_SPACE {
            pending |= flag::SPACE;
            i += 1;
            continue;
        }
        if c == b'\n' {
            pending |= flag::SPACE | flag::NEWLINE;
            newlines += 1;
            if newlines >= 2 {
                pending |= flag::PARA;
            }
            i += 1;
            continue;
        }
        if cl & C_ALPHA != 0 {
            let start = i;
            let mut upper = 0usize;
            // Eight bytes at a time while eight remain: the run of ASCII
            // letters and, for capitalised words, how many are capitals.
            loop {
                let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) else {
                    while i < n {
                        let k = class(b[i]);
                        if k & C_ALPHA == 0 {
                            break;
                        }
                        upper += usize::from(k >> 1);
                        i += 1;
                    }
                    break;
                };
                let w = u64::from_le_bytes(chunk);
                let letters = letter_bytes(w);
                // High bits of the bytes that are not letters; the lowest
                // one ends the word.
                let stop = !letters & HIGH;
                let prefix = (stop & stop.wrapping_neg()).wrapping_sub(1);
                if cl != C_LOWER {
                    upper += (letters & !(w << 2) & prefix).count_ones() as usize;
                }
                let run = (stop.trailing_zeros() / 8) as usize;
                i += run;
                if run < 8 {
                    break;
                }
            }
            // Letters outside ASCII continue the word (names, accents).
            let mut plain = true;
            while i < n && b[i] >= 0x80 {
                match text[i..].chars().next() {
                    Some(ch) if ch.is_alphabetic() => {
                        plain = false;
                        i += ch.len_utf8();
                        while i < n && b[i].is_ascii_alphabetic() {
                            i += 1;
                        }
                    }
                    _ => break,
                }
            }
            let len = i - start;
            let mut flags = pending;
            if b[start].is_ascii_uppercase() {
                flags |= flag::CAP;
                if upper == len && len >= 2 {
                    flags |= flag::ALLCAPS;
                }
            }
            let lexv = if plain && lex.may_contain(len, b[start], b[i - 1]) {
                lex.get_packed(packed_lower(b, start, i))
            } else {
                Lex::None
            };
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                flags,
                len: len.min(255) as u8,
                ch: ' ',
                num: 0,
                lex: lexv,
            });
        } else if cl == C_DIGIT {
            let start = i;
            let mut value: u64 = 0;
            while i < n && b[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u64::from(b[i] - b'0'));
                i += 1;
            }
            let mut digits = i - start;
            let mut flags = pending;
            // Thousands groups: `2,030`, `1,000,000`.
            while i + 3 < n
                && b[i] == b','
                && b[i + 1].is_ascii_digit()
                && b[i + 2].is_ascii_digit()
                && b[i + 3].is_ascii_digit()
                && (i + 4 >= n || !b[i + 4].is_ascii_digit())
            {
                for k in 1..4 {
                    value = value
                        .saturating_mul(10)
                        .saturating_add(u64::from(b[i + k] - b'0'));
                }
                digits += 3;
                i += 4;
                flags |= flag::GROUPED;
            }
            // Decimal part: `1.5`, `13.68`.
            if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                i += 1;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
                flags |= flag::GROUPED | flag::DECIMAL;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                flags,
                len: digits.min(255) as u8,
                ch: ' ',
                num: value.min(u64::from(u32::MAX)) as u32,
                lex: Lex::None,
            });
        } else if c < 0x80 {
            // ASCII punctuation and control characters: none is a letter
            // or invisible, and the byte is the character.
            let ch = char::from(c);
            if ch.is_whitespace() {
                pending |= flag::SPACE;
                i += 1;
                continue;
            }
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
                flags: pending,
                len: 1,
                ch,
                num: 0,
                lex: Lex::None,
            });
            i += 1;
        } else {
            // Punctuation, symbols or non-ASCII characters.
            let ch = text[i..].chars().next().unwrap_or(' ');
            let w = ch.len_utf8().max(1);
            if ch.is_alphabetic() {
                // A word in another script: one token per run of letters.
                let start = i;
                i += w;
                while i < n {
                    match text[i..].chars().next() {
                        Some(c2) if c2.is_alphabetic() => i += c2.len_utf8(),
                        _ => break,
                    }
                }
                out.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Word,
                    flags: pending,
                    len: (i - start).min(255) as u8,
                    ch: ' ',
                    num: 0,
                    lex: Lex::None,
                });
            } else if ch.is_whitespace() || is_invisible(ch) {
                // NBSP and other spaces count as space; zero-width and bidi
                // controls are skipped without breaking adjacency.
                if ch.is_whitespace() {
                    pending |= flag::SPACE;
                }
                i += w;
                continue;
            } else {
                out.push(Tok {
                    start: i,
                    end: i + w,
                    kind: Kind::Punct,
                    flags: pending,
                    len: 1,
                    ch,
                    num: 0,
                    lex: Lex::None,
                });
                i += w;
            }
        }
        newlines = 0;
        // One space after a token is the common case: take it here.
        if b.get(i) == Some(&b' ') {
            pending = flag::SPACE;
            i += 1;
        } else {
            pending = 0;
        }
    }
}

/// Zero-width and bidirectional control characters.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        let lex = Lexicon::new();
        let mut v = Vec::new();
        tokenize(s, &lex, &mut v);
        v
    }

    #[test]
    fn numbers_and_words() {
        let t = toks("2,030 troops on Jan. 11, 2022 at 3:30 p.m.");
        assert_eq!(t[0].kind, Kind::Num);
        assert!(t[0].has(flag::GROUPED));
        assert_eq!(t[0].num, 2030);
        assert_eq!(
            t[3].lex,
            Lex::Month {
                month: 1,
                abbr: true
            }
        );
        assert_eq!(t[4].ch, '.');
        assert_eq!(t[5].num, 11);
    }

    #[test]
    fn letter_bytes_matches_byte_test() {
        // Every byte value at every position, among letters and others.
        for v in 0..=255u8 {
            for pos in 0..8 {
                let mut w = *b"aZ9 \xffq@[";
                w[pos] = v;
                let got = letter_bytes(u64::from_le_bytes(w));
                for (k, &c) in w.iter().enumerate() {
                    let bit = got >> (8 * k + 7) & 1 == 1;
                    assert_eq!(bit, c.is_ascii_alphabetic(), "byte {c:#x} at {k}");
                }
            }
        }
    }

    #[test]
    fn packed_lower_matches_bytewise() {
        let text = b"Kazakhstan JANUARY Tuesday a";
        for (s, e) in [(0, 10), (11, 18), (19, 26), (27, 28)] {
            let mut buf = [0u8; 16];
            for (d, c) in buf.iter_mut().zip(&text[s..e]) {
                *d = c.to_ascii_lowercase();
            }
            assert_eq!(packed_lower(text, s, e), u128::from_le_bytes(buf));
        }
    }

    #[test]
    fn long_and_capitalised_words() {
        let t = toks("UNITED Nations Thanksgiving NATO's extraordinarily");
        assert!(t[0].has(flag::ALLCAPS));
        assert!(t[1].has(flag::CAP) && !t[1].has(flag::ALLCAPS));
        assert_eq!(t[2].len, 12);
        assert!(t[3].has(flag::ALLCAPS));
        assert_eq!(t[6].end - t[6].start, 15);
    }

    #[test]
    fn token_fits_in_32_bytes() {
        // The tokenizer writes one per word: keep it at half a cache line.
        assert!(std::mem::size_of::<Tok>() <= 32);
    }

    #[test]
    fn spans_are_char_boundaries() {
        let s = "Tokayev\u{a0}on 11\u{200b} January — «Привет» 2022";
        for t in toks(s) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
    }
}

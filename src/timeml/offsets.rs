//! Byte and character offsets.

use serde::{Deserialize, Serialize};

/// The character offset of byte offset `byte` in `text`: how many
/// characters come before it. `None` when `byte` is past the end or inside
/// a multi-byte character. `byte == text.len()` gives the character count.
///
/// Linear in `byte`; for many conversions on one text use [`CharIndex`].
///
/// ```
/// use dateline::timeml::byte_to_char;
/// assert_eq!(byte_to_char("née 1990", 4), Some(3));
/// assert_eq!(byte_to_char("née 1990", 2), None);
/// ```
pub fn byte_to_char(text: &str, byte: usize) -> Option<usize> {
    if !text.is_char_boundary(byte) {
        return None;
    }
    Some(text.get(..byte)?.chars().count())
}

/// The byte offset of character offset `ch` in `text`; `None` past the
/// end. `ch` equal to the character count gives `text.len()`.
///
/// ```
/// use dateline::timeml::char_to_byte;
/// assert_eq!(char_to_byte("née 1990", 3), Some(4));
/// assert_eq!(char_to_byte("née", 3), Some(4));
/// assert_eq!(char_to_byte("née", 4), None);
/// ```
pub fn char_to_byte(text: &str, ch: usize) -> Option<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .nth(ch)
}

/// Fast byte ↔ character offset conversion for one text: built in one pass,
/// then each conversion is a binary search.
///
/// ```
/// use dateline::timeml::CharIndex;
/// let index = CharIndex::new("é1é2");
/// assert_eq!(index.to_char(3), Some(2));
/// assert_eq!(index.to_byte(2), Some(3));
/// assert_eq!(index.to_char(1), None);
/// assert_eq!(index.len_chars(), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CharIndex {
    /// Byte offset, character offset and width in bytes of every non-ASCII
    /// character, in order.
    wide: Vec<(usize, usize, usize)>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut chars = 0;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                wide.push((i, chars, c.len_utf8()));
            }
            chars += 1;
        }
        CharIndex {
            wide,
            len_bytes: text.len(),
            len_chars: chars,
        }
    }

    /// The text's length in characters.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// The text's length in bytes.
    pub fn len_bytes(&self) -> usize {
        self.len_bytes
    }

    /// The character offset of byte offset `byte`; `None` past the end or
    /// inside a multi-byte character.
    pub fn to_char(&self, byte: usize) -> Option<usize> {
        if byte > self.len_bytes {
            return None;
        }
        // The last non-ASCII character starting at or before `byte`; all
        // characters between it and `byte` are ASCII.
        let i = self.wide.partition_point(|&(b, _, _)| b <= byte);
        match i.checked_sub(1).and_then(|j| self.wide.get(j)) {
            None => Some(byte),
            Some(&(b, c, _)) if b == byte => Some(c),
            Some(&(b, _, w)) if byte < b + w => None,
            Some(&(b, c, w)) => Some(c + 1 + (byte - b - w)),
        }
    }

    /// The byte offset of character offset `ch`; `None` past the end.
    pub fn to_byte(&self, ch: usize) -> Option<usize> {
        if ch > self.len_chars {
            return None;
        }
        let i = self.wide.partition_point(|&(_, c, _)| c <= ch);
        match i.checked_sub(1).and_then(|j| self.wide.get(j)) {
            None => Some(ch),
            Some(&(b, c, _)) if c == ch => Some(b),
            Some(&(b, c, w)) => Some(b + w + (ch - c - 1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_agrees_with_linear_functions() {
        for text in ["", "abc", "é", "aé", "éa", "a€b𝄞c", "𝄞𝄞x€€", "x y z ü"] {
            let index = CharIndex::new(text);
            for byte in 0..=text.len() + 2 {
                assert_eq!(
                    index.to_char(byte),
                    byte_to_char(text, byte),
                    "{text:?} {byte}"
                );
            }
            for ch in 0..=text.chars().count() + 2 {
                assert_eq!(index.to_byte(ch), char_to_byte(text, ch), "{text:?} {ch}");
            }
        }
    }
}

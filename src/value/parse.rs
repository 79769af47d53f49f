//! A tiny byte cursor for the value grammar. Every read is bounds-checked;
//! nothing here can panic on any input.

/// A parse failure's reason; the caller wraps it into
/// [`Error::InvalidValue`](crate::Error::InvalidValue) with the input.
#[derive(Debug)]
pub(crate) struct ParseError(pub(crate) String);

impl From<&str> for ParseError {
    fn from(s: &str) -> ParseError {
        ParseError(s.to_string())
    }
}

impl From<String> for ParseError {
    fn from(s: String) -> ParseError {
        ParseError(s)
    }
}

/// The longest input quoted in full in an error message.
const MAX_QUOTED: usize = 80;

/// The [`Error::InvalidValue`](crate::Error::InvalidValue) for `input`;
/// very long inputs are quoted truncated (on a char boundary) with `…`.
pub(crate) fn invalid(input: &str, reason: impl Into<String>) -> crate::Error {
    let value = if input.len() <= MAX_QUOTED {
        input.to_string()
    } else {
        let mut end = MAX_QUOTED;
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", input.get(..end).unwrap_or(""))
    };
    crate::Error::InvalidValue {
        value,
        reason: reason.into(),
    }
}

#[derive(Debug)]
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(s: &'a str) -> Cursor<'a> {
        Cursor {
            bytes: s.as_bytes(),
            pos: 0,
        }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn peek_at(&self, k: usize) -> Option<u8> {
        self.bytes.get(self.pos.saturating_add(k)).copied()
    }

    pub(crate) fn bump(&mut self) {
        if self.pos < self.bytes.len() {
            self.pos += 1;
        }
    }

    pub(crate) fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub(crate) fn eat_str(&mut self, s: &str) -> bool {
        let s = s.as_bytes();
        if self.bytes.get(self.pos..).is_some_and(|r| r.starts_with(s)) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Up to `n` bytes, consumed.
    pub(crate) fn take(&mut self, n: usize) -> &'a [u8] {
        let end = self.pos.saturating_add(n).min(self.bytes.len());
        let out = self.bytes.get(self.pos..end).unwrap_or(&[]);
        self.pos = end;
        out
    }

    /// Exactly `n` (≤ 9) ASCII digits as a number, consumed only on success.
    pub(crate) fn digits_fixed(&mut self, n: usize) -> Option<u32> {
        let slice = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        let mut v = 0u32;
        for &b in slice {
            if !b.is_ascii_digit() {
                return None;
            }
            v = v.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
        }
        self.pos += n;
        Some(v)
    }

    /// The rest of the input, for messages.
    pub(crate) fn rest_lossy(&self) -> String {
        let rest = self.bytes.get(self.pos..).unwrap_or(&[]);
        String::from_utf8_lossy(rest.get(..rest.len().min(20)).unwrap_or(&[])).into_owned()
    }
}

//! Small, panic-free text helpers shared by the structure, dateline and
//! reference code: lines with byte spans, month and weekday names, and a
//! month-day date reader.
//!
//! Every position handed out here is a byte offset on a `char` boundary of
//! the string it was computed from; every slice goes through [`sub`], which
//! returns `""` rather than panicking on a bad range.

use chrono::{NaiveDate, Weekday};

use super::Span;

/// `s[start..end]`, or `""` when the range is not on char boundaries or out
/// of bounds.
pub(crate) fn sub(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end).unwrap_or("")
}

/// The first index at or after `from` whose byte satisfies `pred`. Blocks
/// of 16 bytes are tested with a branch-free fold first (vector code), so
/// that rare bytes are found fast.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, pred: impl Fn(u8) -> bool) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(16);
    let mut base = from;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |acc, &b| acc | pred(b)) {
            return chunk.iter().position(|&b| pred(b)).map(|k| base + k);
        }
        base += 16;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| pred(b))
        .map(|k| base + k)
}

/// Horizontal white space inside a line (not line breaks).
pub(crate) fn is_hspace(c: char) -> bool {
    c != '\n' && c != '\r' && c.is_whitespace()
}

/// One non-blank line of a text: its trimmed span and how many blank lines
/// stand between it and the previous non-blank line (or the start).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub blank_before: usize,
}

impl Line {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        sub(text, self.start, self.end)
    }
}

/// The non-blank lines of `text`, trimmed of surrounding white space.
/// `\n`, `\r\n` and lone `\r` all end a line.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    Lines::new(text).collect()
}

/// The lines of [`lines`], one at a time: readers that need only the first
/// few do not scan the rest of the text.
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    text: &'a str,
    pos: usize,
    blank: usize,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            pos: 0,
            blank: 0,
        }
    }

    /// Where the line at `pos` ends: the next `\n` or `\r` (each search
    /// stops at the line's end).
    fn line_end(&self) -> Option<usize> {
        let rest = sub(self.text, self.pos, self.text.len());
        let lf = rest.find('\n').unwrap_or(rest.len());
        match sub(rest, 0, lf).find('\r') {
            Some(cr) => Some(self.pos + cr),
            None if lf < rest.len() => Some(self.pos + lf),
            None => None,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            let (end, next) = match self.line_end() {
                Some(e) => {
                    let crlf = bytes.get(e) == Some(&b'\r') && bytes.get(e + 1) == Some(&b'\n');
                    (e, e + if crlf { 2 } else { 1 })
                }
                None => (bytes.len(), bytes.len()),
            };
            self.pos = next;
            let raw = sub(self.text, start, end);
            let trimmed = raw.trim_start();
            let lead = raw.len() - trimmed.len();
            let trimmed = trimmed.trim_end();
            if trimmed.is_empty() {
                self.blank += 1;
            } else {
                let line = Line {
                    start: start + lead,
                    end: start + lead + trimmed.len(),
                    blank_before: self.blank,
                };
                self.blank = 0;
                return Some(line);
            }
        }
        None
    }
}

/// Number of white-space separated words (as `split_whitespace` counts
/// them).
pub(crate) fn word_count(s: &str) -> usize {
    let mut n = 0usize;
    let mut in_word = false;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let space = is_ascii_space(b);
            n += usize::from(!space && !in_word);
            in_word = !space;
        }
        return n;
    }
    for c in s.chars() {
        let space = c.is_whitespace();
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// The ASCII bytes `char::is_whitespace` accepts (vertical tab included).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Lower-cased copy with typographic quotes and dashes folded to ASCII and
/// runs of white space collapsed to one space: used only for matching cue
/// phrases, never for offsets.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// [`normalise`] into a reused buffer; returns the number of words.
pub(crate) fn normalise_into(s: &str, out: &mut String) -> usize {
    out.clear();
    out.reserve(s.len());
    // The common case: ASCII words separated by single spaces, nothing to
    // fold: a lower-cased copy.
    let bytes = s.as_bytes();
    // Branch-free folds, which the compiler turns into vector code.
    let odd_byte = bytes.iter().fold(false, |acc, &b| {
        acc | (b >= 0x80) | (b == b'`') | (b.wrapping_sub(b'\t') < 5)
    });
    let double_space = bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .fold(false, |acc, (&a, &b)| acc | ((a == b' ') & (b == b' ')));
    let odd =
        odd_byte || double_space || bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ');
    if !odd {
        let spaces = bytes
            .iter()
            .fold(0usize, |n, &b| n + usize::from(b == b' '));
        // A branch-free lower-casing map (vector code), into the buffer's
        // own allocation.
        let mut v = std::mem::take(out).into_bytes();
        v.extend(
            bytes
                .iter()
                .map(|&b| b | (u8::from(b.wrapping_sub(b'A') < 26) << 5)),
        );
        *out = String::from_utf8(v).unwrap_or_default();
        return if s.is_empty() { 0 } else { spaces + 1 };
    }
    // Whether the last thing seen was white space (or nothing yet).
    let mut space = true;
    let mut words = 0usize;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        // A run of ASCII bytes that are kept as they are (lower-cased at
        // the end): copied at once.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii() || b == b'`' || is_ascii_space(b))
            .unwrap_or(rest.len());
        if run > 0 {
            if space {
                if !out.is_empty() {
                    out.push(' ');
                }
                words += 1;
            }
            space = false;
            out.push_str(sub(rest, 0, run));
            rest = sub(rest, run, rest.len());
            continue;
        }
        let c = if b.is_ascii() {
            rest = sub(rest, 1, rest.len());
            char::from(b)
        } else {
            let mut chars = rest.chars();
            let Some(c) = chars.next() else { break };
            rest = chars.as_str();
            c
        };
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2015}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            if !out.is_empty() {
                out.push(' ');
            }
            words += 1;
        }
        space = false;
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    // Lower-cased characters are never ASCII capitals: this lowers only
    // the copied runs.
    out.make_ascii_lowercase();
    words
}

/// The month a word names: full English names and the usual abbreviations
/// (`Jan`, `Sept`), any case, without a trailing period.
pub(crate) fn month_from_word(word: &str) -> Option<u32> {
    const NAMES: [(&str, u32); 25] = [
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("febr", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ];
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(word))
        .map(|(_, m)| *m)
}

/// The weekday a word names. Full names in any case; with `abbreviations`,
/// also `Mon`, `Tue`, `Tues`, `Wed`, `Thu`, `Thur`, `Thurs`, `Fri`, `Sat`,
/// `Sun`.
pub(crate) fn weekday_from_word(word: &str, abbreviations: bool) -> Option<Weekday> {
    const FULL: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    const SHORT: [(&str, Weekday); 10] = [
        ("mon", Weekday::Mon),
        ("tue", Weekday::Tue),
        ("tues", Weekday::Tue),
        ("wed", Weekday::Wed),
        ("thu", Weekday::Thu),
        ("thur", Weekday::Thu),
        ("thurs", Weekday::Thu),
        ("fri", Weekday::Fri),
        ("sat", Weekday::Sat),
        ("sun", Weekday::Sun),
    ];
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    let find = |names: &[(&str, Weekday)]| {
        names
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(word))
            .map(|(_, w)| *w)
    };
    match find(&FULL) {
        Some(w) => Some(w),
        None if abbreviations => find(&SHORT),
        None => None,
    }
}

/// Days in `month` of `year`; with no year, February has 29 (the date may
/// still exist in a leap year).
pub(crate) fn days_in_month(month: u32, year: Option<i32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if NaiveDate::from_ymd_opt(y, 2, 29).is_none() => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// A cursor over one string that never slices off a char boundary.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'a> {
    pub s: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(s: &'a str, pos: usize) -> Self {
        Cursor { s, pos }
    }
    pub fn rest(&self) -> &'a str {
        sub(self.s, self.pos, self.s.len())
    }
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    pub fn peek2(&self) -> Option<char> {
        self.rest().chars().nth(1)
    }
    pub fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    pub fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }
    /// Skips horizontal white space; returns how much was skipped.
    pub fn skip_hspace(&mut self) -> usize {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if is_hspace(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        self.pos - start
    }
    pub fn at_line_end(&self) -> bool {
        matches!(self.peek(), None | Some('\n') | Some('\r'))
    }
    /// Reads a run of alphabetic characters (a word), returning its span.
    pub fn word(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_alphabetic() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        (self.pos > start).then_some((start, self.pos))
    }
    /// Reads up to `max` ASCII digits; none if there are more than `max` or
    /// the run is followed by another digit.
    pub fn digits(&mut self, max: usize) -> Option<(u32, usize)> {
        let start = self.pos;
        let mut value: u32 = 0;
        let mut n = 0usize;
        while let Some(c) = self.peek() {
            let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                break;
            };
            n += 1;
            if n > max {
                self.pos = start;
                return None;
            }
            value = value * 10 + d;
            self.pos += 1;
        }
        if n == 0 {
            return None;
        }
        Some((value, n))
    }
}

/// A month and day read from text, maybe with a year and a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub weekday: Option<(Weekday, Span)>,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// From the first character of the weekday or month to the end of the
    /// year (or day).
    pub span: Span,
    /// Whether this month-day(-year) exists in the calendar.
    pub valid: bool,
}

/// Reads `Month D[, YYYY]` or `D Month[, YYYY]` at the cursor (no weekday).
/// Accepts `Jan`, `Jan.`, `January`, `JANUARY`, `Sept.`, ordinal suffixes
/// (`19th`) and the `April 1 , 1997` spacing of some wire feeds. On success
/// the cursor stands after the date; on failure it is unchanged.
pub(crate) fn read_month_day(cur: &mut Cursor<'_>) -> Option<RawDate> {
    let save = *cur;
    let start = cur.pos;
    let r = read_month_first(cur).or_else(|| {
        *cur = save;
        read_day_first(cur)
    });
    match r {
        Some((month, day)) => {
            let mut end = cur.pos;
            let year = read_year(cur);
            if year.is_some() {
                end = cur.pos;
            }
            cur.pos = end;
            let valid = (1..=12).contains(&month)
                && day >= 1
                && day <= days_in_month(month, year)
                && year.is_none_or(|y| NaiveDate::from_ymd_opt(y, month, day).is_some());
            Some(RawDate {
                weekday: None,
                year,
                month,
                day,
                span: Span::new(start, end),
                valid,
            })
        }
        None => {
            *cur = save;
            None
        }
    }
}

fn read_month_name(cur: &mut Cursor<'_>) -> Option<u32> {
    let save = *cur;
    let (s, e) = cur.word()?;
    let word = sub(cur.s, s, e);
    let Some(m) = month_from_word(word) else {
        *cur = save;
        return None;
    };
    // An abbreviation may carry a period ("Jan.", "Sept."); a full name
    // ("May", "June") may not: "in June. 19 people" is no date.
    const FULL: [&str; 12] = crate::value::MONTH_NAMES;
    if !FULL.iter().any(|f| word.eq_ignore_ascii_case(f)) {
        cur.eat('.');
    }
    Some(m)
}

fn read_day(cur: &mut Cursor<'_>) -> Option<u32> {
    let save = *cur;
    let (d, _) = cur.digits(2)?;
    // Ordinal suffix.
    let s2 = *cur;
    if let Some((a, b)) = cur.word() {
        let suf = sub(cur.s, a, b);
        if !["st", "nd", "rd", "th"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(suf))
        {
            *cur = s2;
        }
    }
    // The day must end the token: "11,000" or "11.5" are numbers, not days.
    match cur.peek() {
        Some(c) if c.is_alphanumeric() => {
            *cur = save;
            None
        }
        Some(',') | Some('.') if cur.peek2().is_some_and(|c| c.is_ascii_digit()) => {
            *cur = save;
            None
        }
        _ => Some(d),
    }
}

fn read_month_first(cur: &mut Cursor<'_>) -> Option<(u32, u32)> {
    let m = read_month_name(cur)?;
    if cur.skip_hspace() == 0 && cur.peek().is_some_and(|c| c.is_ascii_digit()) {
        // "Jan.11" is fine after a period, "Jan11" is not a date.
        if !cur.s.get(..cur.pos).is_some_and(|p| p.ends_with('.')) {
            return None;
        }
    }
    let d = read_day(cur)?;
    Some((m, d))
}

fn read_day_first(cur: &mut Cursor<'_>) -> Option<(u32, u32)> {
    let d = read_day(cur)?;
    if cur.skip_hspace() == 0 {
        return None;
    }
    let m = read_month_name(cur)?;
    Some((m, d))
}

/// `[ ][,][ ]YYYY` after a month-day; the cursor moves only on success.
fn read_year(cur: &mut Cursor<'_>) -> Option<i32> {
    let save = *cur;
    let before = cur.skip_hspace();
    let comma = cur.eat(',');
    let after = cur.skip_hspace();
    if !comma && before + after == 0 {
        *cur = save;
        return None;
    }
    match cur.digits(4) {
        Some((y, 4)) if (1000..=2999).contains(&y) => {
            if cur.peek().is_some_and(|c| c.is_alphanumeric()) {
                *cur = save;
                return None;
            }
            i32::try_from(y).ok()
        }
        _ => {
            *cur = save;
            None
        }
    }
}

/// Reads `Weekday[,] [(]Month D[, YYYY][)]` and the other orders at the
/// cursor. With `abbreviations`, weekday abbreviations count too.
pub(crate) fn read_weekday_date(cur: &mut Cursor<'_>, abbreviations: bool) -> Option<RawDate> {
    let save = *cur;
    let start = cur.pos;
    let (ws, we) = cur.word()?;
    let Some(wd) = weekday_from_word(sub(cur.s, ws, we), abbreviations) else {
        *cur = save;
        return None;
    };
    if we - ws <= 4 {
        cur.eat('.');
    }
    let after_weekday = *cur;
    cur.skip_hspace();
    let paren = cur.eat('(');
    if !paren {
        cur.eat(',');
    }
    cur.skip_hspace();
    if cur.pos == after_weekday.pos {
        *cur = save;
        return None;
    }
    let Some(mut d) = read_month_day(cur) else {
        *cur = save;
        return None;
    };
    if paren {
        cur.skip_hspace();
        if !cur.eat(')') {
            *cur = save;
            return None;
        }
    }
    d.weekday = Some((wd, Span::new(ws, we)));
    d.span = Span::new(start, cur.pos);
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(s: &str) -> Option<(Option<i32>, u32, u32, bool, usize)> {
        let mut c = Cursor::new(s, 0);
        read_month_day(&mut c).map(|d| (d.year, d.month, d.day, d.valid, c.pos))
    }

    #[test]
    fn month_day_forms() {
        assert_eq!(md("Jan 11 (Reuters)"), Some((None, 1, 11, true, 6)));
        assert_eq!(md("Jan. 19"), Some((None, 1, 19, true, 7)));
        assert_eq!(
            md("April 1 , 1997 (AFP)"),
            Some((Some(1997), 4, 1, true, 14))
        );
        assert_eq!(md("APRIL 7 , 1997"), Some((Some(1997), 4, 7, true, 14)));
        assert_eq!(md("11 January 2022"), Some((Some(2022), 1, 11, true, 15)));
        assert_eq!(md("Feb 30"), Some((None, 2, 30, false, 6)));
        assert_eq!(md("Feb 29"), Some((None, 2, 29, true, 6)));
        assert_eq!(md("Feb 29, 2021"), Some((Some(2021), 2, 29, false, 12)));
        assert_eq!(md("Jan 11,000 people"), None);
        assert_eq!(md("May be"), None);
        assert_eq!(md("Jan 112"), None);
        assert_eq!(md("January 19th"), Some((None, 1, 19, true, 12)));
    }

    #[test]
    fn weekday_dates() {
        let s = "Wednesday (Jan 19), as";
        let mut c = Cursor::new(s, 0);
        let d = read_weekday_date(&mut c, false).unwrap();
        assert_eq!(
            (d.month, d.day, d.weekday.map(|w| w.0)),
            (1, 19, Some(Weekday::Wed))
        );
        assert_eq!(sub(s, d.span.start, d.span.end), "Wednesday (Jan 19)");
        let s = "Wednesday, Jan. 19, 2022 the";
        let mut c = Cursor::new(s, 0);
        let d = read_weekday_date(&mut c, false).unwrap();
        assert_eq!(d.year, Some(2022));
        assert_eq!(sub(s, d.span.start, d.span.end), "Wednesday, Jan. 19, 2022");
        let mut c = Cursor::new("Wednesday the", 0);
        assert!(read_weekday_date(&mut c, false).is_none());
        assert_eq!(c.pos, 0);
    }

    /// `normalise` as it was written first, char by char.
    fn normalise_plain(s: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in s.chars() {
            let c = match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
                '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2015}' => '-',
                c => c,
            };
            if c.is_whitespace() {
                if !space && !out.is_empty() {
                    out.push(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.extend(c.to_lowercase());
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn normalise_agrees_with_the_plain_version() {
        let mut buf = String::new();
        for s in [
            "",
            " ",
            "Plain ASCII Words",
            "  Lead and  double\tspaces \u{b}vt ",
            "Typographic \u{201C}quotes\u{201D} \u{2014} and `ticks` \u{2019}",
            "\u{130}stanbul \u{212a}elvin \u{c9}COLE\u{a0}nbsp\u{2003}em",
            "ALL CAPS 123 [x] @home",
            "\u{1c}ctrl\u{1f}",
        ] {
            let words = normalise_into(s, &mut buf);
            assert_eq!(buf, normalise_plain(s), "{s:?}");
            assert_eq!(words, s.split_whitespace().count(), "{s:?}");
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    #[test]
    fn line_iterator_and_byte_search() {
        let t = "a\r\n\r\n  b  \rc\n\n\r\nd";
        let spans: Vec<(usize, usize, usize)> = lines(t)
            .iter()
            .map(|l| (l.start, l.end, l.blank_before))
            .collect();
        assert_eq!(spans, vec![(0, 1, 0), (7, 8, 1), (11, 12, 0), (16, 17, 2)]);
        let b = b"0123456789abcdefghijklmnopqrstuvwxyzM";
        assert_eq!(find_byte(b, 0, |x| x == b'M'), Some(36));
        assert_eq!(find_byte(b, 0, |x| x == b'g'), Some(16));
        assert_eq!(find_byte(b, 17, |x| x == b'g'), None);
        assert_eq!(find_byte(b, 99, |x| x == b'g'), None);
    }

    #[test]
    fn lines_and_blanks() {
        let t = "a\r\n\r\n  b  \n\n\nc";
        let ls = lines(t);
        assert_eq!(ls.len(), 3);
        assert_eq!(ls[1].text(t), "b");
        assert_eq!(ls[1].blank_before, 1);
        assert_eq!(ls[2].blank_before, 2);
    }
}

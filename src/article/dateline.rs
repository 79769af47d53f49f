//! The dateline parser: `PLACE[, REGION][, DATE] [(AGENCY)] SEPARATOR`.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::Span;
use super::scan::{Cursor, RawDate, read_month_day, read_weekday_date, sub};

/// A piece of text with its byte span in the article text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Spanned {
    /// The text as written (trimmed).
    pub text: String,
    /// Where it stands in the article text.
    pub span: Span,
}

impl Spanned {
    fn from_span(text: &str, span: Span) -> Spanned {
        Spanned {
            text: sub(text, span.start, span.end).trim().to_string(),
            span,
        }
    }
}

/// A calendar date that may lack its year: what datelines and sentences such
/// as "on Wednesday (Jan 19)" give.
///
/// `month` and `day` always form a date that exists in some year (`Feb 29`
/// is kept: it exists in leap years); when `year` is present the full date
/// exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PartialDate {
    /// The year, when the text gives one.
    pub year: Option<i32>,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// The weekday the text names with the date ("Wednesday (Jan 19)").
    pub weekday: Option<Weekday>,
    /// Where the date (with its weekday, if any) stands in the text.
    pub span: Span,
}

impl PartialDate {
    /// A partial date with no year and no weekday; `None` if the month and
    /// day exist in no year.
    ///
    /// ```
    /// use dateline::article::PartialDate;
    /// let d = PartialDate::new(1, 11).ok_or("no such date")?;
    /// assert_eq!(d.in_year(2022).map(|d| d.to_string()), Some("2022-01-11".to_string()));
    /// assert!(PartialDate::new(2, 30).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(month: u32, day: u32) -> Option<PartialDate> {
        (day >= 1 && day <= super::scan::days_in_month(month, None)).then_some(PartialDate {
            year: None,
            month,
            day,
            weekday: None,
            span: Span::default(),
        })
    }

    /// The same date with its year set (no check).
    pub fn with_year(mut self, year: i32) -> PartialDate {
        self.year = Some(year);
        self
    }

    /// The same date with a weekday.
    pub fn with_weekday(mut self, weekday: Weekday) -> PartialDate {
        self.weekday = Some(weekday);
        self
    }

    /// This month and day in `year`, if that date exists.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }

    /// The full date, when the year is known and the date exists.
    pub fn to_date(&self) -> Option<NaiveDate> {
        self.year.and_then(|y| self.in_year(y))
    }

    pub(crate) fn from_raw(raw: &RawDate) -> PartialDate {
        PartialDate {
            year: raw.year,
            month: raw.month,
            day: raw.day,
            weekday: raw.weekday.map(|w| w.0),
            span: raw.span,
        }
    }
}

/// A parsed dateline.
///
/// ```
/// use dateline::article::parse_dateline;
/// let text = "NUR-SULTAN, Jan 11 (Reuters) — Russian-led forces will begin withdrawing";
/// let d = parse_dateline(text).ok_or("no dateline")?;
/// assert_eq!(d.place.as_ref().map(|p| p.text.as_str()), Some("NUR-SULTAN"));
/// assert_eq!(d.agency.as_ref().map(|a| a.text.as_str()), Some("Reuters"));
/// let date = d.date.ok_or("no date")?;
/// assert_eq!((date.year, date.month, date.day), (None, 1, 11));
/// assert_eq!(&text[d.span.start..d.span.end], "NUR-SULTAN, Jan 11 (Reuters) —");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place (`NUR-SULTAN`, `DAR ES SALAAM`); absent in `(AP) --`.
    pub place: Option<Spanned>,
    /// The region or country after the place (`Kenya`, `N.J.`, `West Bank`).
    pub region: Option<Spanned>,
    /// The wire agency as written (`Reuters`, `AP`, `AFP`).
    pub agency: Option<Spanned>,
    /// Whether the agency is one of the known wire agencies
    /// ([`is_wire_agency`]); an unknown name in parentheses is accepted
    /// only when a separator follows.
    pub agency_known: bool,
    /// The date the dateline gives, if it gives one that exists.
    pub date: Option<PartialDate>,
    /// A date the dateline gives that does not exist (`Feb 30`): dropped
    /// from `date`, kept here.
    pub rejected_date: Option<Spanned>,
    /// What the parser noticed (a rejected date, for one).
    pub notes: Vec<String>,
}

/// The wire agencies the parser knows, compared without regard to case.
/// Unknown names are still accepted in `PLACE (NAME) —` when a separator
/// follows.
pub const WIRE_AGENCIES: &[&str] = &[
    "Reuters",
    "Thomson Reuters",
    "AP",
    "Associated Press",
    "The Associated Press",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "Bloomberg",
    "Bloomberg News",
    "UPI",
    "United Press International",
    "Xinhua",
    "Xinhua News Agency",
    "dpa",
    "Deutsche Presse-Agentur",
    "ANSA",
    "Kyodo",
    "Kyodo News",
    "Jiji",
    "Jiji Press",
    "Yonhap",
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "TASS",
    "ITAR-TASS",
    "Interfax",
    "RIA Novosti",
    "RIA",
    "Sputnik",
    "EFE",
    "Agencia EFE",
    "Europa Press",
    "CNN",
    "BBC",
    "AAP",
    "Australian Associated Press",
    "CP",
    "Canadian Press",
    "The Canadian Press",
    "PA",
    "Press Association",
    "NZPA",
    "Bernama",
    "Antara",
    "Anadolu",
    "Anadolu Agency",
    "AA",
    "KUNA",
    "WAM",
    "SPA",
    "MENA",
    "IRNA",
    "ISNA",
    "WAFA",
    "KCNA",
    "VNA",
    "PNA",
    "APA",
    "CNA",
    "Central News Agency",
    "Lusa",
    "ANP",
    "Belga",
    "BTA",
    "CTK",
    "PAP",
    "MTI",
    "Tanjug",
    "HINA",
    "ATS",
    "SDA",
    "AGI",
    "Ukrinform",
    "UNIAN",
    "Kazinform",
    "AKIpress",
    "Notimex",
    "Prensa Latina",
    "Dow Jones",
    "AP-Dow Jones",
    "NHK",
    "CNBC",
    "NPR",
    "HealthDay",
];

/// Whether `name` is a known wire agency ([`WIRE_AGENCIES`]); combined
/// credits such as `AFP/Jiji` count when one part is known.
///
/// ```
/// use dateline::article::is_wire_agency;
/// assert!(is_wire_agency("Reuters"));
/// assert!(is_wire_agency("afp/jiji"));
/// assert!(!is_wire_agency("Undated"));
/// ```
pub fn is_wire_agency(name: &str) -> bool {
    name.split(['/', ',', '&'])
        .map(str::trim)
        .any(|part| WIRE_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(part)))
}

/// Words that start sentences and headings, never a dateline's place.
const NOT_PLACES: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "COMMENTARY",
    "COMMENT",
    "WATCH",
    "LIVE",
    "VIDEO",
    "PHOTO",
    "PHOTOS",
    "FILE",
    "NEWS",
    "REVIEW",
    "CORRECTION",
    "CLARIFICATION",
    "NOTE",
    "EDS",
    "URGENT",
    "FLASH",
    "BULLETIN",
    "ADVISORY",
    "FEATURE",
    "INTERVIEW",
    "PROFILE",
    "OBITUARY",
    "ADVERTISEMENT",
    "SPONSORED",
    "BY",
    "AND",
    "BUT",
    "OR",
    "SO",
    "THE",
    "A",
    "AN",
    "IN",
    "ON",
    "AT",
    "IT",
    "HE",
    "SHE",
    "THEY",
    "WE",
    "I",
    "YOU",
    "THIS",
    "THAT",
    "THESE",
    "THOSE",
    "THERE",
    "HERE",
    "HOWEVER",
    "MEANWHILE",
    "YESTERDAY",
    "TODAY",
    "TOMORROW",
    "NOW",
    "THEN",
    "STILL",
    "ALSO",
    "EARLIER",
    "LATER",
    "FINALLY",
    "FIRST",
    "SECOND",
    "THIRD",
    "LAST",
    "NEXT",
    "MORE",
    "MOST",
    "SOME",
    "MANY",
    "ALL",
    "NO",
    "YES",
    "NOT",
    "WHAT",
    "WHY",
    "WHO",
    "HOW",
    "WHEN",
    "WHERE",
    "IF",
    "AS",
    "FOR",
    "WITH",
    "FROM",
    "TO",
    "OF",
    "AFTER",
    "BEFORE",
    "WHILE",
    "SINCE",
    "UNTIL",
    "END",
    "ENDS",
    "MORE",
    "Q",
    "SUMMARY",
    "TOPLINE",
    "HIGHLIGHTS",
    "EXTRA",
    "SPECIAL",
];

/// Lower-case words allowed inside mixed-case place names.
const CONNECTORS: &[&str] = &[
    "de", "del", "della", "da", "do", "dos", "das", "du", "des", "di", "es", "el", "al", "la",
    "le", "les", "of", "upon", "on", "am", "an", "der", "den", "van", "von", "y", "sur", "en",
    "sous", "bin", "ibn", "ad", "as",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Caps,
    Title,
    Lower,
}

/// Reads one word of a place or region name: letters with internal `-`,
/// `'`, `’` and `.`, and a final `.` on short or dotted words (`ST.`,
/// `N.Y.`, `Mo.`). Returns its span and case.
fn place_word(cur: &mut Cursor<'_>) -> Option<(usize, usize, Case)> {
    let save = *cur;
    let start = cur.pos;
    if !cur.peek().is_some_and(char::is_alphabetic) {
        return None;
    }
    let mut letters = 0usize;
    let mut dotted = false;
    loop {
        match cur.peek() {
            Some(c) if c.is_alphabetic() => {
                letters += 1;
                cur.bump();
            }
            Some('-' | '\'' | '\u{2019}' | '.') if cur.peek2().is_some_and(char::is_alphabetic) => {
                if cur.peek() == Some('.') {
                    dotted = true;
                }
                cur.bump();
            }
            Some('.') if letters <= 3 || dotted => {
                cur.bump();
                break;
            }
            _ => break,
        }
    }
    let word = sub(cur.s, start, cur.pos);
    let mut upper = 0usize;
    let mut lower = 0usize;
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    let case = if lower == 0 && upper > 0 {
        Case::Caps
    } else if first_upper {
        Case::Title
    } else {
        Case::Lower
    };
    if letters == 0 {
        *cur = save;
        return None;
    }
    Some((start, cur.pos, case))
}

/// A run of words separated by single horizontal spaces, accepted word by
/// word by `accept(index, word, case)`. Returns the span and the cases seen.
fn word_run(
    cur: &mut Cursor<'_>,
    max_words: usize,
    mut accept: impl FnMut(usize, &str, Case) -> bool,
) -> Option<(Span, Vec<Case>, Vec<Span>)> {
    let start = cur.pos;
    let mut end = cur.pos;
    let mut cases = Vec::new();
    let mut words = Vec::new();
    loop {
        let before = *cur;
        if !cases.is_empty() {
            let n = cur.skip_hspace();
            if n == 0 || n > 2 {
                *cur = before;
                break;
            }
        }
        let Some((s, e, case)) = place_word(cur) else {
            *cur = before;
            break;
        };
        if cases.len() >= max_words || !accept(cases.len(), sub(cur.s, s, e), case) {
            *cur = before;
            break;
        }
        cases.push(case);
        words.push(Span::new(s, e));
        end = e;
    }
    cur.pos = end;
    (!cases.is_empty()).then_some((Span::new(start, end), cases, words))
}

/// Parses a dateline at the start of `text` (after leading horizontal white
/// space), on its first line. Spans are byte offsets into `text`.
///
/// A dateline is the line (or line opening) of a news story that says where,
/// and sometimes when and through which wire agency, it was filed:
///
/// | form | example |
/// |---|---|
/// | place, region, agency | `NAIROBI, Kenya (AP) _`, `ALMATY, KAZAKHSTAN (AFP) -` |
/// | place, date, agency | `NUR-SULTAN, Jan 11 (Reuters) —`, `JOHANNESBURG, August 7 (Xinhua) --` |
/// | place, date with year | `KUALA LUMPUR, April 1 , 1997 (AFP)`, `PARIS, Jan. 5, 2022 —` |
/// | place only | `MOSCOW –`, `WASHINGTON _`, `NEWARK, N.J. _` |
/// | agency only | `(AP) --` |
///
/// Places are read in capitals (`DAR ES SALAAM`, `O'SMACH`, `ST. LOUIS`) or
/// in mixed case (`Nur-Sultan`, `Rio de Janeiro`). Separators are `-`, `–`,
/// `—`, `_`, `--`, `---` and, after an agency or a date, `:`. A dateline must carry at least one of an agency,
/// a date or a separator; a dateline with neither agency nor date must be
/// followed by the start of a sentence (a capital, digit or quote) or the
/// end of its line, and a mixed-case place with neither takes only a long
/// dash, so that prose such as `Kazakhstan — a country of 19 million —` is
/// not read as one.
///
/// An impossible date (`Feb 30`) does not fail the parse: the dateline is
/// returned with its place and agency, the date is dropped, and the
/// rejected text is kept in [`Dateline::rejected_date`] with a note.
pub fn parse_dateline(text: &str) -> Option<Dateline> {
    parse_dateline_at(text, 0)
}

/// Parses a dateline starting at byte `offset` of `text` (after horizontal
/// white space), within that line. Spans are byte offsets into `text`.
/// Returns `None` when `offset` is not on a char boundary.
pub fn parse_dateline_at(text: &str, offset: usize) -> Option<Dateline> {
    let rest = text.get(offset..)?;
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let line_len = sub(rest, 0, line_len).find('\r').unwrap_or(line_len);
    let line = text.get(..offset + line_len)?;
    let mut cur = Cursor::new(line, offset);
    cur.skip_hspace();
    let start = cur.pos;

    let mut place = None;
    let mut region = None;
    let mut date: Option<RawDate> = None;
    let mut caps_place = false;
    let mut place_words = 0usize;
    let mut first_word = String::new();

    if cur.peek() != Some('(') {
        let mut mode: Option<Case> = None;
        let (span, cases, words) = word_run(&mut cur, 6, |i, w, case| {
            if i == 0 {
                if case == Case::Lower {
                    return false;
                }
                mode = Some(case);
                return true;
            }
            match mode {
                Some(Case::Caps) => case == Case::Caps,
                _ => {
                    case == Case::Title
                        || (case == Case::Caps && w.chars().count() <= 3)
                        || (case == Case::Lower && CONNECTORS.contains(&w))
                }
            }
        })?;
        // Do not end on a connector ("Rio de").
        let mut span = span;
        let mut n = cases.len();
        while n > 1 && cases.get(n - 1) == Some(&Case::Lower) {
            n -= 1;
        }
        if n < cases.len()
            && let Some(w) = words.get(n - 1)
        {
            span.end = w.end;
            cur.pos = w.end;
        }
        if span.end - span.start > 60 {
            return None;
        }
        caps_place = mode == Some(Case::Caps);
        place_words = n;
        first_word = words
            .first()
            .map(|w| {
                sub(line, w.start, w.end)
                    .trim_end_matches('.')
                    .to_uppercase()
            })
            .unwrap_or_default();
        let letters = sub(line, span.start, span.end)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        if letters < 2 {
            return None;
        }
        place = Some(span);

        // `, REGION` and `, DATE` parts, in either order, at most one each.
        // A date may also follow with a missing comma or a stray period
        // ("SARAJEVO April 13", "SEOUL. April 11"), as typed on the wire.
        loop {
            let save = cur;
            let spaced = cur.skip_hspace() > 0;
            let comma = cur.eat(',');
            let period = !comma && cur.eat('.');
            if !comma && !period && !spaced {
                cur = save;
                break;
            }
            cur.skip_hspace();
            if !comma && (date.is_some() || !cur.peek().is_some_and(char::is_alphabetic)) {
                cur = save;
                break;
            }
            if date.is_none() {
                let mut c2 = cur;
                let d = read_weekday_date(&mut c2, true).or_else(|| {
                    c2 = cur;
                    read_month_day(&mut c2)
                });
                if let Some(d) = d {
                    date = Some(d);
                    cur = c2;
                    continue;
                }
            }
            if !comma {
                cur = save;
                break;
            }
            if region.is_none() && date.is_none() {
                let mut c2 = cur;
                if let Some((span, _, _)) =
                    word_run(&mut c2, 4, |i, _, case| i > 0 || case != Case::Lower)
                {
                    region = Some(span);
                    cur = c2;
                    continue;
                }
            }
            cur = save;
            break;
        }
        // "April 4 , 1997, (AFP)".
        if date.is_some() {
            let save = cur;
            cur.skip_hspace();
            if !cur.eat(',') {
                cur = save;
            }
        }
    }

    // (AGENCY)
    let mut agency = None;
    let mut agency_known = false;
    {
        let save = cur;
        cur.skip_hspace();
        if cur.eat('(') {
            let inner_start = cur.pos;
            let rest = cur.rest();
            match rest.find(')') {
                Some(close) if close <= 48 && close > 0 => {
                    let inner = sub(line, inner_start, inner_start + close);
                    let trimmed = inner.trim();
                    let lead = inner.len() - inner.trim_start().len();
                    let span = Span::new(inner_start + lead, inner_start + lead + trimmed.len());
                    cur.pos = inner_start + close + 1;
                    agency_known = is_wire_agency(trimmed);
                    let agency_like = trimmed.chars().next().is_some_and(char::is_uppercase)
                        && !trimmed.chars().any(|c| c.is_ascii_digit())
                        && trimmed.split_whitespace().count() <= 4;
                    if agency_known || agency_like {
                        agency = Some(span);
                    } else {
                        cur = save;
                    }
                }
                _ => cur = save,
            }
        } else {
            cur = save;
        }
    }
    if place.is_none() && !agency_known {
        return None;
    }

    // Separator.
    let before_sep = cur;
    cur.skip_hspace();
    let sep = read_separator(&mut cur);
    if sep.is_none() {
        cur = before_sep;
    }
    let after = {
        let mut c = cur;
        c.skip_hspace();
        c
    };
    let next_starts_sentence = after.at_line_end()
        || after.peek().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '`')
        });

    match (sep, agency.is_some(), date.is_some()) {
        // Agency or date present.
        (Some(_), true, _) | (Some(_), _, true) => {}
        // No separator: a known agency must close the line or be followed by
        // the first sentence.
        (None, true, _) => {
            if !agency_known || !next_starts_sentence {
                return None;
            }
        }
        (None, false, _) => return None,
        // Place and separator only.
        (Some(s), false, false) => {
            if !next_starts_sentence || NOT_PLACES.contains(&first_word.as_str()) {
                return None;
            }
            if !caps_place && (place_words > 3 || !matches!(s, Sep::LongDash | Sep::DoubleHyphen)) {
                return None;
            }
        }
    }
    if sep.is_some() && agency.is_some() && !agency_known && !next_starts_sentence {
        return None;
    }
    if caps_place && NOT_PLACES.contains(&first_word.as_str()) && agency.is_none() && date.is_none()
    {
        return None;
    }
    // "G.K. MOOPANAR:" and "PUTIN:" open lists and transcripts: a colon
    // ends a dateline only after an agency or a date.
    if matches!(sep, Some(Sep::Colon)) && agency.is_none() && date.is_none() {
        return None;
    }

    let end = cur.pos;
    let mut notes = Vec::new();
    let mut rejected_date = None;
    let date = match date {
        Some(d) if d.valid => Some(PartialDate::from_raw(&d)),
        Some(d) => {
            let s = Spanned::from_span(line, d.span);
            notes.push(format!(
                "impossible date {:?} in the dateline dropped",
                s.text
            ));
            rejected_date = Some(s);
            None
        }
        None => None,
    };
    Some(Dateline {
        span: Span::new(start, end),
        place: place.map(|s| Spanned::from_span(line, s)),
        region: region.map(|s| Spanned::from_span(line, s)),
        agency: agency.map(|s| Spanned::from_span(line, s)),
        agency_known,
        date,
        rejected_date,
        notes,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    LongDash,
    DoubleHyphen,
    Hyphen,
    Underscore,
    Colon,
}

fn read_separator(cur: &mut Cursor<'_>) -> Option<Sep> {
    let save = *cur;
    let sep = match cur.bump()? {
        '\u{2014}' | '\u{2013}' | '\u{2012}' | '\u{2015}' => {
            // "——" or "—-" count as one.
            while matches!(cur.peek(), Some('\u{2014}' | '\u{2013}' | '-')) {
                cur.bump();
            }
            Sep::LongDash
        }
        '-' => {
            if cur.eat('-') {
                while cur.eat('-') {}
                Sep::DoubleHyphen
            } else {
                Sep::Hyphen
            }
        }
        '_' => {
            while cur.eat('_') {}
            Sep::Underscore
        }
        ':' => Sep::Colon,
        _ => {
            *cur = save;
            return None;
        }
    };
    // A single hyphen, an underscore or a colon must stand apart from the
    // next word; long dashes and `--` may touch it.
    if matches!(sep, Sep::Hyphen | Sep::Underscore | Sep::Colon)
        && !(cur.at_line_end() || cur.peek().is_some_and(char::is_whitespace))
    {
        *cur = save;
        return None;
    }
    Some(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (place, region, agency, (year, month, day), whole dateline).
    type Parsed = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<(Option<i32>, u32, u32)>,
        String,
    );

    fn p(s: &str) -> Option<Parsed> {
        parse_dateline(s).map(|d| {
            (
                d.place.map(|x| x.text),
                d.region.map(|x| x.text),
                d.agency.map(|x| x.text),
                d.date.map(|x| (x.year, x.month, x.day)),
                s.get(d.span.start..d.span.end).unwrap_or("").to_string(),
            )
        })
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn place_region_agency() {
        assert_eq!(
            p("NAIROBI, Kenya (AP) _\n\nSuspected bombs"),
            Some((
                some("NAIROBI"),
                some("Kenya"),
                some("AP"),
                None,
                "NAIROBI, Kenya (AP) _".into()
            ))
        );
        assert_eq!(
            p("ALMATY, KAZAKHSTAN (AFP) - Russian soldiers"),
            Some((
                some("ALMATY"),
                some("KAZAKHSTAN"),
                some("AFP"),
                None,
                "ALMATY, KAZAKHSTAN (AFP) -".into()
            ))
        );
        assert_eq!(
            p("CANBERRA, Australia (AP)_ Turning its back"),
            Some((
                some("CANBERRA"),
                some("Australia"),
                some("AP"),
                None,
                "CANBERRA, Australia (AP)_".into()
            ))
        );
        assert_eq!(p("HAVANA (AP ) --\n").map(|x| x.2), Some(some("AP")));
        assert_eq!(
            p("INDEPENDENCE, MO. (AP)--\n").map(|x| x.1),
            Some(some("MO."))
        );
        assert_eq!(
            p("KIPUSHI, Zaire-Zambia border, April 14 , 1997 (AFP)").map(|x| x.1),
            Some(some("Zaire-Zambia border"))
        );
        assert_eq!(
            p("O'SMACH, Cambodia (AP)_ The top").map(|x| x.0),
            Some(some("O'SMACH"))
        );
        assert_eq!(
            p("THE HAGUE, Netherlands (AP)_ The World Court").map(|x| x.0),
            Some(some("THE HAGUE"))
        );
        assert_eq!(
            p("Kyiv, Ukraine (AP) — Russian forces").map(|x| x.0),
            Some(some("Kyiv"))
        );
        assert_eq!(
            p("Rio de Janeiro (Reuters) - Brazil").map(|x| x.0),
            Some(some("Rio de Janeiro"))
        );
        assert_eq!(p("LONDON (CNBC) — Stocks").map(|x| x.2), Some(some("CNBC")));
    }

    #[test]
    fn dates() {
        assert_eq!(
            p("NUR-SULTAN, Jan 11 (Reuters) — Russian-led"),
            Some((
                some("NUR-SULTAN"),
                None,
                some("Reuters"),
                Some((None, 1, 11)),
                "NUR-SULTAN, Jan 11 (Reuters) —".into()
            ))
        );
        assert_eq!(
            p("JOHANNESBURG, August 7 (Xinhua) --\n").map(|x| x.3),
            Some(Some((None, 8, 7)))
        );
        assert_eq!(
            p("KUALA LUMPUR, April 1 , 1997 (AFP)").map(|x| x.3),
            Some(Some((Some(1997), 4, 1)))
        );
        assert_eq!(
            p("GENEVA, April 4 , 1997, (AFP)").map(|x| x.3),
            Some(Some((Some(1997), 4, 4)))
        );
        assert_eq!(
            p("GUATEMALA CITY, APRIL 7 , 1997 (AFP)").map(|x| x.3),
            Some(Some((Some(1997), 4, 7)))
        );
        assert_eq!(
            p("GAO, Mali, April 7 , 1997 (AFP)").map(|x| (x.1, x.3)),
            Some((some("Mali"), Some((Some(1997), 4, 7))))
        );
        assert_eq!(
            p("PARIS, Jan. 5, 2022 — The").map(|x| x.3),
            Some(Some((Some(2022), 1, 5)))
        );
        assert_eq!(
            p("LONDON, 11 January (Reuters) - UK").map(|x| x.3),
            Some(Some((None, 1, 11)))
        );
        assert_eq!(
            p("WASHINGTON, Wednesday, Jan. 19 (AP) — The").map(|x| x.3),
            Some(Some((None, 1, 19)))
        );
        assert_eq!(
            p("SARAJEVO April 13 , 1997 (AFP)").map(|x| x.3),
            Some(Some((Some(1997), 4, 13)))
        );
        assert_eq!(
            p("SEOUL. April 11 , 1997 (AFP)").map(|x| (x.0, x.3)),
            Some((some("SEOUL"), Some((Some(1997), 4, 11))))
        );
    }

    #[test]
    fn impossible_date_keeps_place() {
        let d = parse_dateline("MOSCOW, Feb 30 (Reuters) - Text").unwrap();
        assert_eq!(d.place.unwrap().text, "MOSCOW");
        assert_eq!(d.agency.unwrap().text, "Reuters");
        assert!(d.date.is_none());
        assert_eq!(d.rejected_date.unwrap().text, "Feb 30");
        assert_eq!(d.notes.len(), 1);
    }

    #[test]
    fn bare_forms() {
        assert_eq!(
            p("MOSCOW – A Russian-led").map(|x| x.4),
            Some("MOSCOW –".into())
        );
        assert_eq!(
            p("WASHINGTON _\n\nThe bombings").map(|x| x.0),
            Some(some("WASHINGTON"))
        );
        assert_eq!(p("NEWARK, N.J. _ A new").map(|x| x.1), Some(some("N.J.")));
        assert_eq!(
            p("(AP) -- The").map(|x| (x.0, x.2)),
            Some((None, some("AP")))
        );
        assert_eq!(
            p("Moscow — A Russian-led").map(|x| x.0),
            Some(some("Moscow"))
        );
        assert_eq!(
            p("NEW DELHI, Jan 11 (PTI): The government").map(|x| x.0),
            Some(some("NEW DELHI"))
        );
        assert_eq!(p("G.K. MOOPANAR: Leader of the party"), None);
    }

    #[test]
    fn not_datelines() {
        for s in [
            "(Undated)\n\nElian",
            "MALAYSIA's aggressive move into the information age",
            "UNIFIRST Corp. declared a 2-for-1 stock split.",
            "PROGRAM TRADING is being curbed",
            "The New York Times said in an editorial on Monday, Oct. 26:",
            "On the other hand, it's turning out",
            "Kazakhstan — a country of 19 million — said",
            "Live from Atalanta, good evening Lynne Russell, CNN headline news.",
            "BREAKING — Troops leave",
            "Power fight?",
            "Russian Troops To Quit Kazakhstan Says President",
            "The Hague - the court said",
            "Hippo Sighting Report",
            "UPDATE: Troops",
            "",
            "(",
            "A — b",
        ] {
            assert_eq!(p(s), None, "{s}");
        }
    }

    #[test]
    fn offsets_are_into_the_text() {
        let t = "Headline\n\nNAIROBI, Kenya (AP) _ Text";
        let d = parse_dateline_at(t, 10).unwrap();
        assert_eq!(&t[d.span.start..d.span.end], "NAIROBI, Kenya (AP) _");
        assert_eq!(&t[d.place.unwrap().span.start..][..7], "NAIROBI");
        assert!(parse_dateline_at("é", 1).is_none());
    }
}

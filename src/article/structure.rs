//! Article structure: headline, summary, dateline, body and page
//! boilerplate, each as byte spans into the article text.

use serde::{Deserialize, Serialize};

use super::Span;
use super::dateline::{Dateline, parse_dateline, parse_dateline_at};
use std::sync::OnceLock;

use super::scan::{
    Cursor, Line, find_byte, lines, normalise, normalise_into, read_month_day, read_weekday_date,
    sub, word_count,
};

/// What a block of non-story text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// A photo caption or credit ("... PHOTO: EPA-EFE", "(AP Photo/...)").
    PhotoCaption,
    /// A byline or credit line ("By CHEGE MBITIRU", "Associated Press
    /// Writer", "Reporting by ...; Editing by ...").
    Byline,
    /// An editors' note ("Eds: UPDATES with ...").
    EditorsNote,
    /// A call to subscribe, sign up, follow, join a channel or donate.
    Subscription,
    /// A comment section: "1 thought on ...", "Leave a Reply", "Your email
    /// address will not be published".
    CommentForm,
    /// An author biography ("Ricardo is a renowned author and journalist").
    AuthorBio,
    /// A source line or link ("Original source of article: https:").
    SourceLink,
    /// "Read more", "Related", "You may also like" and similar links.
    Related,
    /// A copyright or rights notice.
    Copyright,
    /// An advertisement marker ("Advertisement", "Sponsored").
    Advertisement,
    /// Other page text that is not the story: navigation, share buttons,
    /// tags, forms and unrelated site blocks.
    SiteText,
    /// A date line at the top of the page ("October 13, 2005",
    /// "Published: 19 January 2022 10:05 GMT", "Updated ...", "3 min read").
    Timestamp,
}

/// Where a block stands relative to the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockPosition {
    /// Before the body (between headline and dateline, or before the first
    /// paragraph).
    Leading,
    /// Inside the body's span; excluded by [`Structure::body_segments`].
    Interior,
    /// After the body.
    Trailing,
}

/// A block of non-story text with its span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BoilerplateBlock {
    /// The block's text, from its first to its last character.
    pub span: Span,
    /// What it is.
    pub kind: BoilerplateKind,
    /// Where it stands.
    pub position: BlockPosition,
}

/// The parts of an article text, as byte spans into it.
///
/// # How the text is segmented
///
/// The text is read as non-blank lines (paragraphs, in most news copy).
///
/// 1. **Headline**: the first line, when it equals the article's title or
///    looks like one (at most 25 words; not ending like a sentence with `.`,
///    nor with `,`, `;` or `:`; a question or exclamation only up to 12
///    words; not a dateline, caption or byline) and is followed by a blank
///    line or by the dateline.
/// 2. **Dateline**: the first of the next few lines (at most eight, within
///    the first 3,000 bytes) that opens with a dateline ([`parse_dateline`]).
///    The body starts right after its separator.
/// 3. **Leading blocks and summary**: before the body, photo captions,
///    bylines ("By ..."), editors' notes ("Eds: ..."), page date lines
///    ("October 13, 2005", "Published: ...", "3 min read") and short calls
///    to action are blocks. With a dateline, the other lines between the
///    headline and the dateline are the summary (a standfirst, or bullets
///    a web page glued together). Without a dateline, only bullet lines,
///    glued bullets, or one short unpunctuated line straight after the
///    headline count as a summary; anything else is the body's first
///    paragraph.
/// 4. **Trailing boilerplate**: scanning back from the end, each line is a
///    *cue* line (a call to action such as subscribe, sign up, newsletter,
///    donate, join our channel, follow us; a comment form; an author
///    biography; "Original source" or a bare URL; read more / related; a
///    copyright line; a credit line; a photo caption), a line in the
///    *site's voice* (addressing the reader as "you" with "we", "our" or an
///    imperative), a *neutral* line (short, title-like, punctuation only) or
///    *prose* (a sentence of four or more words, or any line of 25 or more).
///    The boilerplate is the longest tail that starts on a non-prose line
///    with at most two neutral lines before its first cue or site-voice
///    line, contains a cue line before any prose line, and scores above zero
///    (cue +3, site voice +1, neutral 0, prose −3); three prose lines in a
///    row end the search. The tail is cut into blocks where the kind of
///    line changes.
/// 5. **Interior blocks**: inside the body, photo captions, "Read more"
///    lines, advertisement markers and short calls to action are blocks of
///    their own; [`Structure::body_segments`] gives the body without them.
///
/// All cues are general news-page conventions, matched on whole phrases
/// at the start of a line (or, for captions, a credit near its end).
///
/// ```
/// use dateline::article::{BoilerplateKind, Structure};
/// let text = "Troops leave Kazakhstan\n\nALMATY, KAZAKHSTAN (AFP) - Russian soldiers left on Wednesday.\n\nThe state of emergency ended.\n\nJoin our Telegram channel and get the latest news delivered to you.";
/// let s = Structure::parse(text);
/// assert_eq!(s.headline.map(|h| &text[h.start..h.end]), Some("Troops leave Kazakhstan"));
/// assert_eq!(s.dateline.as_ref().and_then(|d| d.agency.as_ref()).map(|a| a.text.as_str()), Some("AFP"));
/// assert!(text[s.body.start..s.body.end].starts_with("Russian soldiers"));
/// assert!(text[s.body.start..s.body.end].ends_with("ended."));
/// assert_eq!(s.boilerplate[0].kind, BoilerplateKind::Subscription);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Structure {
    /// The headline line, if the text opens with one.
    pub headline: Option<Span>,
    /// A standfirst or bullet summary between headline and dateline/body,
    /// from its first to its last line; a leading block that stands
    /// between two of its lines (a caption) lies inside it.
    pub summary: Option<Span>,
    /// The dateline, if one opens the story.
    pub dateline: Option<Dateline>,
    /// The story, from the first character after the dateline (or the
    /// first body line) to the end of its last paragraph. May contain
    /// [`BlockPosition::Interior`] blocks: use [`Structure::body_segments`]
    /// for the prose alone. Empty (start == end) when there is no body.
    pub body: Span,
    /// Non-story blocks, in text order: leading, interior and trailing.
    pub boilerplate: Vec<BoilerplateBlock>,
}

impl Structure {
    /// Segments `text` (see [`Structure`] for how).
    pub fn parse(text: &str) -> Structure {
        Structure::parse_with_title(text, None)
    }

    /// Segments `text`, knowing the article's title: a first line equal to
    /// it (ignoring case, quotes and spacing) is the headline.
    pub fn parse_with_title(text: &str, title: Option<&str>) -> Structure {
        segment(text, title)
    }

    /// The body's prose: the body span minus its interior blocks (photo
    /// captions and the like), as non-empty spans in text order.
    pub fn body_segments(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut pos = self.body.start;
        for b in &self.boilerplate {
            if b.position != BlockPosition::Interior
                || b.span.end <= pos
                || b.span.start >= self.body.end
            {
                continue;
            }
            if b.span.start > pos {
                out.push(Span::new(pos, b.span.start));
            }
            pos = pos.max(b.span.end);
        }
        if self.body.end > pos {
            out.push(Span::new(pos, self.body.end));
        }
        out
    }

    /// The trailing blocks (after the body), in text order.
    pub fn trailing(&self) -> impl Iterator<Item = &BoilerplateBlock> {
        self.boilerplate
            .iter()
            .filter(|b| b.position == BlockPosition::Trailing)
    }

    /// The summary split into its items: one per line, per bullet, and per
    /// sentence fragment where a web page glued bullets together without a
    /// space ("... in two days' timePresident appoints new PM"). Spans are
    /// trimmed and into `text`, which must be the text this structure was
    /// parsed from.
    pub fn summary_items(&self, text: &str) -> Vec<Span> {
        let Some(summary) = self.summary else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let s = sub(text, summary.start, summary.end);
        // Blocks are in text order: one merge pass skips the lines inside them.
        let mut blocks = self.boilerplate.iter().peekable();
        for l in lines(s) {
            let base = summary.start + l.start;
            let line = l.text(s);
            let line_span = Span::new(base, base + line.len());
            while blocks.next_if(|b| b.span.end < line_span.start).is_some() {}
            if blocks.peek().is_some_and(|b| b.span.contains(line_span)) {
                continue;
            }
            let mut cuts = vec![0usize];
            cuts.extend(glue_points(line));
            for (i, c) in line.char_indices() {
                if is_bullet_char(c) {
                    cuts.push(i);
                }
            }
            cuts.push(line.len());
            cuts.sort_unstable();
            cuts.dedup();
            for w in cuts.windows(2) {
                let (a, b) = match w {
                    [a, b] => (*a, *b),
                    _ => continue,
                };
                let piece = sub(line, a, b);
                let t = piece.trim_start_matches(|c: char| is_bullet_char(c) || c.is_whitespace());
                let lead = piece.len() - t.len();
                let t = t.trim_end();
                if !t.is_empty() {
                    out.push(Span::new(base + a + lead, base + a + lead + t.len()));
                }
            }
        }
        out
    }
}

fn is_bullet_char(c: char) -> bool {
    matches!(c, '•' | '·' | '▪' | '●' | '◦' | '■' | '►' | '▶' | '‣')
}

/// Positions where a lower-case word of three or more letters runs straight
/// into a capitalised word: "timePresident", "apparatusSpeaks".
fn glue_points(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut lower_run = 0usize;
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_uppercase() && lower_run >= 3 && it.peek().is_some_and(|(_, n)| n.is_lowercase()) {
            out.push(i);
        }
        if c.is_lowercase() {
            lower_run += 1;
        } else {
            lower_run = 0;
        }
    }
    out
}

/// How a line counts in the search for trailing boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A boilerplate cue of this kind.
    Cue(BoilerplateKind),
    /// Text in the site's voice, addressed to the reader.
    Voice,
    /// Short, title-like or punctuation-only.
    Neutral,
    /// A sentence of the story.
    Prose,
}

fn segment(text: &str, title: Option<&str>) -> Structure {
    let ls = lines(text);
    let n = ls.len();
    let mut blocks: Vec<BoilerplateBlock> = Vec::new();
    // The normalised line, reused from line to line.
    let mut buf = String::new();
    let Some(first) = ls.first() else {
        return Structure {
            headline: None,
            summary: None,
            dateline: None,
            body: Span::new(text.len(), text.len()),
            boilerplate: blocks,
        };
    };

    // 1. Headline.
    let headline = is_headline(text, &ls, title).then(|| first.span());
    let front_start = usize::from(headline.is_some());

    // 2. Dateline within the first lines.
    let mut dateline = None;
    let mut dateline_line = None;
    let limit = first.start.saturating_add(3000);
    for (k, l) in ls.iter().enumerate().skip(front_start).take(8) {
        if l.start > limit {
            break;
        }
        if let Some(d) = parse_dateline_at(text, l.start) {
            dateline = Some(d);
            dateline_line = Some(k);
            break;
        }
    }

    // 3. Front matter and summary.
    let mut summary_lines: Vec<Span> = Vec::new();
    let body_first: usize;
    let mut body_start: usize;
    match (dateline_line, dateline.as_ref()) {
        (Some(k), Some(d)) => {
            let mut after_label = false;
            for l in ls.iter().take(k).skip(front_start) {
                let v = View::new(l.text(text), &mut buf);
                let kind = if after_label {
                    Some(BoilerplateKind::PhotoCaption)
                } else {
                    leading_cue_v(&v)
                };
                match kind {
                    Some(kind) => push_block(
                        text,
                        &mut blocks,
                        l.span(),
                        kind,
                        BlockPosition::Leading,
                        after_label,
                    ),
                    None => summary_lines.push(l.span()),
                }
                after_label = is_caption_label_norm(v.norm);
            }
            let line_end = ls.get(k).map_or(d.span.end, |l| l.end);
            let after = sub(text, d.span.end, line_end);
            let rest = after.trim_start();
            if rest.is_empty() {
                body_first = k + 1;
                body_start = ls.get(k + 1).map_or(text.len(), |l| l.start);
            } else {
                body_first = k;
                body_start = d.span.end + (after.len() - rest.len());
            }
        }
        _ => {
            // Front matter: leading blocks (Some) and summary lines (None).
            let mut front: Vec<(Span, Option<BoilerplateKind>, bool)> = Vec::new();
            let mut j = front_start;
            let mut after_label = false;
            while let Some(l) = ls.get(j) {
                let t = l.text(text);
                let v = View::new(t, &mut buf);
                let kind = if after_label {
                    Some(BoilerplateKind::PhotoCaption)
                } else {
                    leading_cue_v(&v)
                };
                let label = is_caption_label_norm(v.norm);
                if let Some(kind) = kind {
                    front.push((l.span(), Some(kind), after_label));
                } else if is_bullet_line(t)
                    || (headline.is_some() && j == front_start && is_dek(t, ls.get(j + 1)))
                    || (headline.is_some() && j <= front_start + 1 && before_byline(text, &ls, j))
                {
                    front.push((l.span(), None, false));
                } else {
                    break;
                }
                after_label = label;
                j += 1;
            }
            // A text that is all front matter keeps its last line as body.
            if j >= n && n > front_start {
                j = n - 1;
                front.pop();
            }
            for (span, kind, merge) in front {
                match kind {
                    Some(kind) => {
                        push_block(text, &mut blocks, span, kind, BlockPosition::Leading, merge)
                    }
                    None => summary_lines.push(span),
                }
            }
            body_first = j.min(n);
            body_start = ls.get(body_first).map_or(text.len(), |l| l.start);
        }
    }
    let summary = match (summary_lines.first(), summary_lines.last()) {
        (Some(a), Some(b)) => Some(Span::new(a.start, b.end)),
        _ => None,
    };

    // 4. Trailing boilerplate.
    let tail_start = trailing_start(text, &ls, body_first + 1);
    let mut tail_blocks = Vec::new();
    if tail_start < n {
        let mut current: Option<(Span, Option<BoilerplateKind>)> = None;
        for l in ls.iter().skip(tail_start) {
            let kind = match classify(&View::new(l.text(text), &mut buf)) {
                Class::Cue(k) => Some(k),
                Class::Voice => Some(BoilerplateKind::SiteText),
                Class::Neutral | Class::Prose => None,
            };
            current = match current {
                None => Some((l.span(), kind)),
                Some((span, ck)) => match (ck, kind) {
                    (Some(a), Some(b)) if a != b => {
                        tail_blocks.push((span, ck));
                        Some((l.span(), kind))
                    }
                    _ => Some((Span::new(span.start, l.end), ck.or(kind))),
                },
            };
        }
        if let Some(c) = current {
            tail_blocks.push(c);
        }
    }

    // 5. Body and interior blocks.
    let body_end = if tail_start > body_first {
        ls.get(tail_start - 1).map_or(body_start, |l| l.end)
    } else {
        body_start
    };
    if body_end < body_start {
        body_start = body_end;
    }
    let mut after_label = false;
    for (k, l) in ls.iter().enumerate().take(tail_start).skip(body_first) {
        if l.start < body_start || (k == body_first && l.start != body_start) {
            continue;
        }
        let v = View::new(l.text(text), &mut buf);
        let kind = if after_label {
            Some(BoilerplateKind::PhotoCaption)
        } else {
            interior_cue(&v)
        };
        if let Some(kind) = kind {
            push_block(
                text,
                &mut blocks,
                l.span(),
                kind,
                BlockPosition::Interior,
                after_label,
            );
        }
        after_label = is_caption_label_norm(v.norm);
    }
    for (span, kind) in tail_blocks {
        blocks.push(BoilerplateBlock {
            span,
            kind: kind.unwrap_or(BoilerplateKind::SiteText),
            position: BlockPosition::Trailing,
        });
    }

    Structure {
        headline,
        summary,
        dateline,
        body: Span::new(body_start, body_end),
        boilerplate: blocks,
    }
}

/// Appends a one-line block, merging it into the previous block when that
/// one has the same kind and position and only blank space stands between.
/// `caption_of_label` merges a caption into its label line ("Image
/// caption,").
fn push_block(
    text: &str,
    blocks: &mut Vec<BoilerplateBlock>,
    span: Span,
    kind: BoilerplateKind,
    position: BlockPosition,
    caption_of_label: bool,
) {
    if let Some(last) = blocks.last_mut()
        && last.kind == kind
        && last.position == position
        && (kind != BoilerplateKind::PhotoCaption || caption_of_label)
        && last.span.end <= span.start
        && sub(text, last.span.end, span.start).trim().is_empty()
    {
        last.span.end = span.end;
        return;
    }
    blocks.push(BoilerplateBlock {
        span,
        kind,
        position,
    });
}

fn is_headline(text: &str, ls: &[Line], title: Option<&str>) -> bool {
    let (Some(l0), Some(l1)) = (ls.first(), ls.get(1)) else {
        return false;
    };
    let t = l0.text(text);
    if let Some(title) = title
        && !title.trim().is_empty()
        && normalise(t) == normalise(title)
    {
        return true;
    }
    let wc = word_count(t);
    if wc == 0 || wc > 25 || t.len() > 250 {
        return false;
    }
    if t.ends_with([',', ';', ':']) || (ends_sentence(t) && !t.ends_with(['?', '!'])) {
        return false;
    }
    // "Power fight?" is a headline; a 20-word question is a sentence.
    if t.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}'])
        .ends_with(['?', '!'])
        && (wc > 12 || t.ends_with(['"', '\u{201D}']))
    {
        return false;
    }
    if !t.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "\"'\u{201C}\u{2018}".contains(c)
    }) {
        return false;
    }
    if parse_dateline(t).is_some() || leading_cue(t).is_some() || is_bullet_line(t) {
        return false;
    }
    l1.blank_before >= 1 || parse_dateline_at(text, l1.start).is_some()
}

/// A bullet line, or bullet points glued into one line.
fn is_bullet_line(t: &str) -> bool {
    let mut chars = t.chars();
    let first = chars.next();
    let second = chars.next();
    let bullet = match (first, second) {
        (Some(c), _) if is_bullet_char(c) => true,
        (Some('-' | '*' | '\u{2013}' | '\u{2014}'), Some(s)) if s.is_whitespace() => {
            // "– Return to normal –" is a crosshead, not a bullet.
            !t.trim_end().ends_with(['-', '\u{2013}', '\u{2014}'])
        }
        _ => false,
    };
    bullet || (!glue_points(t).is_empty() && !ends_sentence(t) && word_count(t) >= 6)
}

/// A short unpunctuated line right after the headline and before a blank
/// line: a dek (sub-headline).
fn is_dek(t: &str, next: Option<&Line>) -> bool {
    let wc = word_count(t);
    (4..=30).contains(&wc)
        && !ends_sentence(t)
        && next.is_some_and(|n| n.blank_before >= 1)
        && !t.ends_with(['?', '!'])
}

/// The line is followed, within two lines, by a "By ..." line or a page
/// date line: it is a standfirst (web pages put the byline between
/// standfirst and story).
fn before_byline(text: &str, ls: &[Line], j: usize) -> bool {
    ls.iter().skip(j + 1).take(2).any(|l| {
        let t = l.text(text);
        is_by_line(t) || leading_cue(t) == Some(BoilerplateKind::Timestamp)
    })
}

/// Whether the line ends like a sentence (`.`, `!`, `?`, `…`, possibly
/// followed by closing quotes or brackets).
fn ends_sentence(t: &str) -> bool {
    let trimmed = t.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']', '*', ' ']);
    trimmed.ends_with(['.', '!', '?', '\u{2026}'])
}

/// Class of a line for the trailing search.
fn classify(v: &View<'_>) -> Class {
    if let Some(kind) = cue_v(v) {
        return Class::Cue(kind);
    }
    if site_voice_v(v) {
        return Class::Voice;
    }
    let wc = v.wc;
    let t = v.t;
    if wc >= 25 || (wc >= 4 && ends_sentence(t)) {
        Class::Prose
    } else {
        Class::Neutral
    }
}

/// Starts with `prefix` as whole words.
fn starts(norm: &str, prefix: &str) -> bool {
    norm.strip_prefix(prefix).is_some_and(|rest| {
        rest.is_empty()
            || !prefix.ends_with(|c: char| c.is_alphanumeric())
            || !rest.starts_with(|c: char| c.is_alphanumeric())
    })
}

fn starts_any(norm: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| starts(norm, p))
}

/// Phrases sorted by their first byte, with where each first byte's run
/// starts: a lookup tests only the phrases that can match there. Each
/// phrase carries its first eight bytes and their mask ([`word8`]), for a
/// quick test before the full comparison.
#[derive(Debug)]
struct ByFirst {
    phrases: Vec<(&'static str, u64, u64)>,
    start: [u16; 257],
}

impl ByFirst {
    fn new(list: &[&'static str]) -> ByFirst {
        let mut phrases: Vec<(&'static str, u64, u64)> = list
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| {
                let head = p.len().min(8);
                let mask = if head == 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * head)) - 1
                };
                (*p, word8(p.as_bytes()), mask)
            })
            .collect();
        phrases.sort_by_key(|(p, _, _)| p.as_bytes().first().copied());
        let mut start = [0u16; 257];
        for (b, slot) in start.iter_mut().enumerate() {
            let n = phrases
                .iter()
                .filter(|(p, _, _)| p.as_bytes().first().is_some_and(|f| usize::from(*f) < b))
                .count();
            *slot = u16::try_from(n).unwrap_or(u16::MAX);
        }
        ByFirst { phrases, start }
    }

    /// The phrases whose first byte is `b`.
    #[inline]
    fn bucket(&self, b: u8) -> &[(&'static str, u64, u64)] {
        let i = usize::from(b);
        let (Some(&lo), Some(&hi)) = (self.start.get(i), self.start.get(i + 1)) else {
            return &[];
        };
        self.phrases
            .get(usize::from(lo)..usize::from(hi))
            .unwrap_or_default()
    }

    /// Whether some phrase opens with byte `b`.
    #[inline]
    fn has_first(&self, b: u8) -> bool {
        let i = usize::from(b);
        self.start.get(i) != self.start.get(i + 1)
    }
}

/// Up to eight bytes from the start of `b`, little-endian, zero-padded.
#[inline]
fn word8(b: &[u8]) -> u64 {
    match b.first_chunk::<8>() {
        Some(c) => u64::from_le_bytes(*c),
        None => {
            let mut w = [0u8; 8];
            for (d, s) in w.iter_mut().zip(b) {
                *d = *s;
            }
            u64::from_le_bytes(w)
        }
    }
}

/// A list of line-opening phrases ([`starts`]), bucketed by first byte.
#[derive(Debug)]
struct Prefixes(ByFirst);

impl Prefixes {
    fn new(list: &[&'static str]) -> Prefixes {
        Prefixes(ByFirst::new(list))
    }

    /// `starts_any(norm, list)` (phrases hold no NUL byte, so the zero
    /// padding of a short line never matches).
    #[inline]
    fn any(&self, norm: &str) -> bool {
        let Some(&b) = norm.as_bytes().first() else {
            return false;
        };
        let head = word8(norm.as_bytes());
        self.0
            .bucket(b)
            .iter()
            .any(|(p, h, m)| head & m == *h && starts(norm, p))
    }
}

/// The phrases looked for anywhere in a normalised line, each with a bit,
/// found in one pass that skips ahead (Wu–Manber): the last three bytes
/// of a window as long as the shortest phrase tell how far the window can
/// move before a phrase could end in it; where none can move it, the
/// phrases whose opening ends with those bytes are compared.
#[derive(Debug)]
struct Needles {
    /// The shortest phrase's length (at least three).
    m: usize,
    /// Per hash of three bytes, how far the window moves.
    shift: Vec<u8>,
    /// Per hash of three bytes, the phrases whose first `m` bytes end with
    /// them, with their bits.
    cands: Vec<Vec<(&'static [u8], u8)>>,
}

/// Bits of the three-byte hash.
const HASH_BITS: u32 = 12;

#[inline]
fn hash3(a: u8, b: u8, c: u8) -> usize {
    let k = u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16;
    usize::try_from(k.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)).unwrap_or(0)
}

impl Needles {
    fn new(list: &[(&'static str, u8)]) -> Needles {
        let m = list.iter().map(|(p, _)| p.len()).min().unwrap_or(3).max(3);
        let size = 1usize << HASH_BITS;
        let default = u8::try_from(m - 2).unwrap_or(u8::MAX);
        let mut shift = vec![default; size];
        let mut cands = vec![Vec::new(); size];
        for (p, bit) in list {
            let Some(head) = p.as_bytes().get(..m) else {
                continue;
            };
            for (j, w) in head.windows(3).enumerate() {
                let [a, b, c] = w else { continue };
                let h = hash3(*a, *b, *c);
                let d = u8::try_from(m - 3 - j).unwrap_or(u8::MAX);
                if let Some(x) = shift.get_mut(h) {
                    *x = (*x).min(d);
                }
                if d == 0
                    && let Some(v) = cands.get_mut(h)
                {
                    v.push((p.as_bytes(), *bit));
                }
            }
        }
        Needles { m, shift, cands }
    }

    /// The bits of the phrases that occur in `norm`.
    fn scan(&self, norm: &str) -> u128 {
        let bytes = norm.as_bytes();
        let m = self.m;
        let mut found = 0u128;
        let mut i = 0usize;
        while let Some(w) = bytes.get(i + m - 3..i + m) {
            let [a, b, c] = w else { break };
            let h = hash3(*a, *b, *c);
            let d = self.shift.get(h).copied().unwrap_or(0);
            if d > 0 {
                i += usize::from(d);
                continue;
            }
            let rest = bytes.get(i..).unwrap_or_default();
            for (p, bit) in self.cands.get(h).into_iter().flatten() {
                if rest.starts_with(p) {
                    found |= 1u128 << bit;
                }
            }
            i += 1;
        }
        found
    }
}

/// Whether a normalised line carries a link: "http://", "https:" or
/// "www." in it (found from its colons and periods).
fn has_url(norm: &str) -> bool {
    let b = norm.as_bytes();
    let mut from = 0;
    while let Some(k) = find_byte(b, from, |x| x == b':' || x == b'.') {
        from = k + 1;
        let before = b.get(..k).unwrap_or_default();
        let found = if b.get(k) == Some(&b':') {
            before.ends_with(b"https")
                || (before.ends_with(b"http")
                    && b.get(k + 1..).is_some_and(|r| r.starts_with(b"//")))
        } else {
            before.ends_with(b"www")
        };
        if found {
            return true;
        }
    }
    false
}

/// The phrase tables, built once.
#[derive(Debug)]
struct Tables {
    comment: Prefixes,
    editors: Prefixes,
    credit: Prefixes,
    leading_credit: Prefixes,
    source: Prefixes,
    related: Prefixes,
    subscribe: Prefixes,
    site: Prefixes,
    captions: ByFirst,
    /// All the needles: for lines of at most 40 words.
    needles: Needles,
    /// The needles that count in lines of any length (comment forms,
    /// copyright notices).
    long_needles: Needles,
    /// The copyright phrases alone.
    copyright_needles: Needles,
    comment_contains: u128,
    credit_contains: u128,
    copyright_contains: u128,
    subscribe_contains: u128,
}

/// Phrases that follow "join" in a call to join a channel.
const JOIN_OBJECTS: &[&str] = &[
    "channel",
    "newsletter",
    "community",
    "mailing list",
    "group",
];

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut needles: Vec<(&'static str, u8)> = Vec::new();
        let mut group = |list: &[&'static str]| -> u128 {
            let mut mask = 0u128;
            for p in list {
                let bit = u8::try_from(needles.len()).unwrap_or(u8::MAX).min(127);
                needles.push((p, bit));
                mask |= 1u128 << bit;
            }
            mask
        };
        let comment_contains = group(COMMENT_CONTAINS);
        let credit_contains = group(CREDIT_CONTAINS);
        let copyright_contains = group(COPYRIGHT_CONTAINS);
        let subscribe_contains = group(SUBSCRIBE_CONTAINS);
        let copyright: Vec<(&'static str, u8)> = needles
            .iter()
            .copied()
            .filter(|(_, bit)| copyright_contains >> bit & 1 == 1)
            .collect();
        let long: Vec<(&'static str, u8)> = needles
            .iter()
            .copied()
            .filter(|(_, bit)| (comment_contains | copyright_contains) >> bit & 1 == 1)
            .collect();
        Tables {
            comment: Prefixes::new(COMMENT_PREFIXES),
            editors: Prefixes::new(EDITORS_PREFIXES),
            credit: Prefixes::new(CREDIT_PREFIXES),
            leading_credit: Prefixes::new(LEADING_CREDIT_PREFIXES),
            source: Prefixes::new(SOURCE_PREFIXES),
            related: Prefixes::new(RELATED_PREFIXES),
            subscribe: Prefixes::new(SUBSCRIBE_PREFIXES),
            site: Prefixes::new(SITE_PREFIXES),
            captions: ByFirst::new(CAPTION_CUES),
            needles: Needles::new(&needles),
            long_needles: Needles::new(&long),
            copyright_needles: Needles::new(&copyright),
            comment_contains,
            credit_contains,
            copyright_contains,
            subscribe_contains,
        }
    })
}

/// A line and what the cue tests read from it, computed once: its
/// normalised text ([`normalise`]), word count, whether it is a photo
/// caption, and (when first asked) which contained phrases it has: of a
/// line of more than 40 words, only the comment-form and copyright
/// phrases, the only ones the tests read for such a line; the author-bio
/// markers are looked up when needed.
struct View<'a> {
    t: &'a str,
    norm: &'a str,
    wc: usize,
    caption: bool,
    found: std::cell::Cell<Option<u128>>,
    /// Whether it carries a link ([`has_url`]); only looked for in lines
    /// of at most 30 words, the only ones whose tests read it.
    url: bool,
}

impl<'a> View<'a> {
    /// The view of `t`, normalised into `buf`.
    fn new(t: &'a str, buf: &'a mut String) -> View<'a> {
        let wc = normalise_into(t, buf);
        let norm = buf.as_str();
        View {
            t,
            norm,
            wc,
            caption: is_caption_wc(t, wc),
            found: std::cell::Cell::new(None),
            url: wc <= 30 && has_url(norm),
        }
    }

    /// Whether one of the needles in `mask` occurs in the line.
    #[inline]
    fn has(&self, mask: u128) -> bool {
        let found = match self.found.get() {
            Some(f) => f,
            None => {
                let tb = tables();
                let f = if self.wc <= 40 {
                    tb.needles.scan(self.norm)
                } else {
                    tb.long_needles.scan(self.norm)
                };
                self.found.set(Some(f));
                f
            }
        };
        found & mask != 0
    }
}

const COMMENT_PREFIXES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "add comment",
    "cancel reply",
    "comments are closed",
    "comments closed",
    "join the conversation",
    "join the discussion",
    "show comments",
    "view comments",
    "load comments",
    "no comments yet",
    "one thought on",
    "one response to",
    "one comment on",
    "comment policy",
    "you must be logged in to post",
];
const COMMENT_CONTAINS: &[&str] = &[
    "email address will not be published",
    "required fields are marked",
    "save my name, email",
    "notify me of follow-up comments",
    "notify me of new posts",
    "logged in to post a comment",
    "this site uses akismet",
];
const EDITORS_PREFIXES: &[&str] = &[
    "eds:",
    "eds.",
    "ed's note",
    "editor's note",
    "editors' note",
    "editors note",
    "note to editors",
    "editors:",
    "editor's notes",
    "editor note",
];
const CREDIT_PREFIXES: &[&str] = &[
    "associated press writer",
    "ap writer",
    "ap business writer",
    "ap science writer",
    "ap sports writer",
    "ap national writer",
    "ap diplomatic writer",
    "ap military writer",
    "staff writer",
    "staff reporter",
    "special correspondent",
    "reuters staff",
    "afp staff",
    "written by",
    "reporting by",
    "(reporting by",
    "additional reporting by",
    "(additional reporting by",
    "editing by",
    "(editing by",
    "writing by",
    "(writing by",
    "compiled by",
    "(compiled by",
    "reported by",
    "edited by",
    "with reporting by",
    "- associated press",
    "-- associated press",
    "(associated press)",
    "with assistance from",
    "- with assistance from",
    "to contact the reporter",
    "to contact the reporters",
    "to contact the editor",
    "to contact the editors",
    "to contact the author",
    "contributing:",
    "contributed reporting",
    "reporting and writing by",
    "written and reported by",
];
/// Whole lines that credit an agency or staff ("Associated Press", "AFP").
/// Credit lines that stand under a headline.
const LEADING_CREDIT_PREFIXES: &[&str] = &[
    "associated press writer",
    "ap writer",
    "ap business writer",
    "ap science writer",
    "ap sports writer",
    "ap national writer",
    "ap diplomatic writer",
    "ap military writer",
    "staff writer",
    "staff reporter",
    "special correspondent",
    "reuters staff",
    "afp staff",
    "written by",
    "reported by",
];
const CREDIT_LINES: &[&str] = &[
    "associated press",
    "the associated press",
    "ap",
    "afp",
    "reuters",
    "agence france-presse",
    "bloomberg",
    "bloomberg news",
    "dpa",
    "xinhua",
    "staff and agencies",
    "agencies",
    "news agencies",
    "staff reports",
];
const CREDIT_CONTAINS: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
];
const SOURCE_PREFIXES: &[&str] = &[
    "original source",
    "source link",
    "source url",
    "originally published",
    "this article was originally published",
    "this article originally appeared",
    "this story originally appeared",
    "this article first appeared",
    "this story first appeared",
    "this story was first published",
    "this article was first published",
    "first published",
    "read the original",
    "read the full story",
    "read the full article",
    "view original",
    "permalink",
    "republished from",
    "this article is republished",
    "this story has been published from",
    "source url",
];
const RELATED_PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "related news",
    "related coverage",
    "related posts",
    "related content",
    "related topics",
    "recommended",
    "more from",
    "more stories",
    "more news",
    "you may also like",
    "you might also like",
    "you may be interested",
    "you might be interested",
    "most read",
    "most popular",
    "popular stories",
    "top stories",
    "click here",
    "watch:",
    "listen:",
    "next article",
    "previous article",
    "next post",
    "previous post",
    "continue reading",
    "keep reading",
    "what to read next",
    "further reading",
    "explore more",
    "more on this story",
    "more on this topic",
    "read next",
    "up next",
    "more coverage",
];
const SUBSCRIBE_PREFIXES: &[&str] = &[
    "subscribe",
    "sign up",
    "signup",
    "join our",
    "follow us",
    "follow our",
    "stay informed",
    "stay up to date",
    "stay up-to-date",
    "stay updated",
    "stay connected",
    "stay in the know",
    "get notified",
    "get our",
    "get the latest",
    "get breaking",
    "don't miss",
    "never miss",
    "download the app",
    "download our",
    "get the app",
    "make a donation",
    "donate",
    "support our",
    "support us",
    "support independent",
    "support quality",
    "become a member",
    "become a subscriber",
    "become a patron",
    "already a subscriber",
    "already have an account",
    "log in to",
    "login to",
    "sign in to",
    "register for",
    "register now",
    "create an account",
    "create a free account",
    "thank you for subscribing",
    "thanks for subscribing",
    "thank you for signing up",
    "thanks for signing up",
    "enter your email",
    "unlock",
    "get unlimited",
    "for unlimited access",
    "we need your support",
    "please support",
    "receive our",
    "want more",
    "like what you read",
];
const SUBSCRIBE_CONTAINS: &[&str] = &[
    "our newsletter",
    "our newsletters",
    "your inbox",
    "delivered to you",
    "mailing list",
    "telegram channel",
    "whatsapp channel",
    "unsubscribe at any time",
    "subscribers only",
    "subscriber-only",
    "for subscribers",
    "subscribe now",
    "sign up now",
    "sign up for free",
    "subscribe for free",
];
/// Openings of a copyright line.
const COPYRIGHT_PREFIXES: &[&str] = &["\u{a9}", "copyright", "(c) "];
const COPYRIGHT_CONTAINS: &[&str] = &[
    "all rights reserved",
    "may not be published, broadcast",
    "may not be reproduced",
    "without prior written permission",
];
const ADVERT_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "story continues below",
    "scroll to continue",
    "scroll to continue with content",
    "continue reading below",
    "skip advertisement",
    "ad feedback",
];
const SITE_PREFIXES: &[&str] = &[
    "share this",
    "share on",
    "share:",
    "share via",
    "share article",
    "share the article",
    "tweet this",
    "click to share",
    "click to email",
    "click to print",
    "like this:",
    "print this",
    "email this",
    "tags:",
    "tagged:",
    "tagged with",
    "filed under",
    "categories:",
    "category:",
    "posted in",
    "topics:",
    "keywords:",
    "disclaimer",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "we use cookies",
    "this website uses cookies",
    "accept cookies",
    "report an error",
    "report a correction",
    "found an error",
    "send us your feedback",
    "contact us",
    "advertise with us",
    "about us",
    "our standards",
    "reuse this content",
    "order reprints",
    "today's paper",
    "a version of this article appears",
    "get alerts",
    "sign up for alerts",
];
const SITE_LINES: &[&str] = &[
    "(end)", "end", "ends", "-30-", "###", "(more)", "more", "- ends -", "-ends-", "(ends)",
];
const BIO_VERBS: &[&str] = &[
    "is", "was", "has", "works", "writes", "covers", "reports", "joined",
];
const OCCUPATIONS: &[&str] = &[
    "journalist",
    "author",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "blogger",
    "freelancer",
    "freelance",
    "producer",
    "photographer",
    "photojournalist",
    "commentator",
    "novelist",
    "broadcaster",
    "presenter",
    "critic",
    "intern",
    "journalism",
];
const BIO_MARKERS: &[&str] = &[
    "renowned",
    "award-winning",
    "currently",
    "works as",
    "works at",
    "works for",
    "writes for",
    "writes about",
    "covers",
    "has written",
    "based in",
    "is the author of",
    "author of",
    "his work",
    "her work",
    "their work",
    "years of experience",
    "specializes",
    "specialises",
    "passion",
    "graduate",
    "known for",
    "contributes",
    "follow him",
    "follow her",
    "reach him",
    "reach her",
    "can be reached",
    "joined",
];
const CAPTION_CUES: &[&str] = &[
    "PHOTO:",
    "PHOTOS:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "PHOTOGRAPH:",
    "Picture:",
    "PICTURE:",
    "Image:",
    "IMAGE:",
    "Photo credit",
    "Image credit",
    "Credit:",
    "CREDIT:",
    "(Photo by",
    "Photo by ",
    "(AP Photo",
    "AP Photo/",
    "REUTERS/",
    "AFP PHOTO",
    "Getty Images",
    "Shutterstock",
    "EPA-EFE",
    "FILE PHOTO",
    "File photo",
    "(Photo:",
    "(Image:",
    "Photo/",
    "/AFP",
    "Image source",
    "Image caption",
    "Media caption",
    "Photo caption",
    "Picture caption",
    "Video caption",
    "Caption:",
    "CAPTION:",
];
/// A caption label alone on its line ("Image caption,"): the next line is
/// the caption.
/// Takes the normalised line.
fn is_caption_label_norm(norm: &str) -> bool {
    matches!(
        strip_punct(norm),
        "image caption"
            | "media caption"
            | "photo caption"
            | "picture caption"
            | "video caption"
            | "caption"
    )
}

/// A bracketed credit closing the line: "[File: Reuters]", "[AFP]",
/// "[Photo: Jane Doe/Al Jazeera]".
fn bracket_credit(t: &str) -> bool {
    let Some(inner) = t
        .trim_end()
        .strip_suffix(']')
        .and_then(|x| x.rsplit_once('['))
        .map(|(_, i)| i.trim())
    else {
        return false;
    };
    let lower = inner.to_lowercase();
    [
        "file", "photo", "image", "picture", "video", "getty", "courtesy",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || super::dateline::is_wire_agency(inner)
}

/// A photo caption (the line has `wc` words): a picture credit near the
/// end of the line (or at its start).
fn is_caption_wc(t: &str, wc: usize) -> bool {
    if wc > 80 {
        return false;
    }
    bracket_credit(t) || caption_cue(t)
}

/// A [`CAPTION_CUES`] entry at most two bytes into the line, or ending at
/// most 80 bytes before its end, where `str::match_indices` finds it.
///
/// Only the first three and the last `80 + longest cue` positions can
/// qualify, so only those are looked at. A cue that cannot overlap itself
/// is found there by `match_indices` whenever it occurs; one that can
/// ("EPA-EFE") is confirmed with `match_indices`, which skips overlapping
/// occurrences.
fn caption_cue(t: &str) -> bool {
    let by_first = &tables().captions;
    let bytes = t.as_bytes();
    let n = bytes.len();
    let head = n.min(3);
    let tail = n.saturating_sub(80 + CAPTION_CUE_MAX).max(head);
    let qualifies = |i: usize, c: &str| i <= 2 || i + c.len() + 80 >= n;
    let at = |i: usize, b: u8| {
        let rest = bytes.get(i..).unwrap_or_default();
        by_first.bucket(b).iter().any(|(c, _, _)| {
            rest.starts_with(c.as_bytes())
                && qualifies(i, c)
                && (!self_overlapping(c) || t.match_indices(c).any(|(j, _)| qualifies(j, c)))
        })
    };
    let window = |from: usize, to: usize| {
        bytes
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .any(|(k, &b)| by_first.has_first(b) && at(from + k, b))
    };
    window(0, head) || window(tail, n)
}

/// The length of the longest [`CAPTION_CUES`] entry.
const CAPTION_CUE_MAX: usize = 15;

/// Whether a proper prefix of `p` is also its suffix (two occurrences can
/// overlap).
fn self_overlapping(p: &str) -> bool {
    let b = p.as_bytes();
    (1..b.len()).any(|k| b.get(..k) == b.get(b.len() - k..))
}

/// "By CHEGE MBITIRU", "By Olzhas Auyezov and Tamara Vaal".
fn is_by_line(t: &str) -> bool {
    let mut words = t.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= 10
        && rest
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !ends_sentence(t)
}

/// "Ricardo is a renowned author and journalist, ..." and the like.
fn is_bio(v: &View<'_>) -> bool {
    let (t, norm) = (v.t, v.norm);
    if starts_any(
        norm,
        &[
            "about the author",
            "author bio",
            "about the writer",
            "more from this author",
            "view all posts by",
            "all posts by",
        ],
    ) {
        return true;
    }
    if t.starts_with(['"', '\u{201C}', '\'', '\u{2018}']) {
        return false;
    }
    let words = || t.split_whitespace().take(24);
    let verb = words()
        .take(5)
        .position(|w| BIO_VERBS.contains(&w.trim_end_matches(',')));
    let Some(v_at) = verb.filter(|&v| v >= 1) else {
        return false;
    };
    let named = words()
        .take(v_at)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // The occupations are ASCII without a `k`: comparing without regard to
    // ASCII case is comparing the lower-cased word.
    named
        && words().skip(v_at + 1).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (6..=15).contains(&w.len()) && OCCUPATIONS.iter().any(|o| o.eq_ignore_ascii_case(w))
        })
        && BIO_MARKERS.iter().any(|m| norm.contains(m))
}

/// "1 thought on ...", "12 comments", "3 responses to ...".
fn is_comment_count(norm: &str) -> bool {
    let digits = norm.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let rest = norm.get(digits..).unwrap_or("").trim_start();
    [
        "thought",
        "thoughts",
        "comment",
        "comments",
        "response",
        "responses",
        "replies",
        "reply",
    ]
    .iter()
    .any(|w| starts(rest, w))
}

fn is_url_line(v: &View<'_>) -> bool {
    v.wc <= 8 && v.url
}

fn strip_punct(norm: &str) -> &str {
    norm.trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '(' && c != ')')
}

/// The boilerplate kind a line's cues name, if any.
#[cfg(test)]
fn cue(t: &str) -> Option<BoilerplateKind> {
    let mut buf = String::new();
    cue_v(&View::new(t, &mut buf))
}

/// The boilerplate kind a line's cues name, if any.
fn cue_v(v: &View<'_>) -> Option<BoilerplateKind> {
    use BoilerplateKind as K;
    let tb = tables();
    let (t, norm, wc) = (v.t, v.norm, v.wc);
    if v.caption {
        return Some(K::PhotoCaption);
    }
    if tb.comment.any(norm)
        || v.has(tb.comment_contains)
        || is_comment_count(norm)
        || norm == "reply"
    {
        return Some(K::CommentForm);
    }
    if tb.editors.any(norm) {
        return Some(K::EditorsNote);
    }
    if (tb.credit.any(norm) && wc <= 30)
        || is_by_line(t)
        || CREDIT_LINES.contains(&strip_punct(norm))
        || (wc <= 30 && v.has(tb.credit_contains))
    {
        return Some(K::Byline);
    }
    if tb.source.any(norm)
        || is_url_line(v)
        || (starts_any(norm, &["source:", "sources:"]) && wc <= 12)
    {
        return Some(K::SourceLink);
    }
    // A line carrying a link ("Follow our coverage at https://...").
    if wc <= 30 && v.url {
        return Some(K::Related);
    }
    if (tb.related.any(norm) && wc <= 30) || strip_punct(norm) == "related" {
        return Some(K::Related);
    }
    if starts_any(norm, COPYRIGHT_PREFIXES) || v.has(tb.copyright_contains) {
        return Some(K::Copyright);
    }
    if ADVERT_LINES.contains(&strip_punct(norm)) {
        return Some(K::Advertisement);
    }
    if is_bio(v) {
        return Some(K::AuthorBio);
    }
    let join_channel = || starts(norm, "join") && JOIN_OBJECTS.iter().any(|o| norm.contains(o));
    if wc <= 40 && (tb.subscribe.any(norm) || join_channel() || v.has(tb.subscribe_contains)) {
        return Some(K::Subscription);
    }
    if (tb.site.any(norm) && wc <= 30) || SITE_LINES.contains(&norm) {
        return Some(K::SiteText);
    }
    None
}

/// The site speaking to the reader: second person together with "we",
/// "our", "us" or an imperative, outside quotation marks.
#[cfg(test)]
fn site_voice(t: &str) -> bool {
    let mut buf = String::new();
    site_voice_v(&View::new(t, &mut buf))
}

/// Whether "you" occurs in `norm`.
fn has_you(norm: &str) -> bool {
    let b = norm.as_bytes();
    let mut from = 0;
    while let Some(k) = find_byte(b, from, |x| x == b'y') {
        if b.get(k..).is_some_and(|r| r.starts_with(b"you")) {
            return true;
        }
        from = k + 1;
    }
    false
}

/// `site_voice` of a line's view: the site speaking to the reader.
fn site_voice_v(v: &View<'_>) -> bool {
    // Every second-person word below holds "you": without it, only the
    // openings without "you" can make the line the site's voice.
    if !has_you(v.norm) {
        return !v
            .t
            .contains(['"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{00BB}'])
            && v.wc <= 60
            && starts_any(
                v.norm,
                &[
                    "help us",
                    "thanks for",
                    "let us know",
                    "please let us",
                    "tell us",
                ],
            );
    }
    if v.t
        .contains(['"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{00BB}'])
    {
        return false;
    }
    let norm = v.norm;
    if v.wc > 60 {
        return false;
    }
    if starts_any(
        norm,
        &[
            "help us",
            "thank you",
            "thanks for",
            "let us know",
            "please let us",
            "tell us",
        ],
    ) {
        return true;
    }
    let words = || {
        norm.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
    };
    let second = words().any(|w| matches!(w, "you" | "your" | "you're" | "you've" | "yourself"));
    if !second {
        return false;
    }
    let first_plural =
        words().any(|w| matches!(w, "we" | "our" | "us" | "we'll" | "we're" | "we've"));
    let imperative = words().next().is_some_and(|w| {
        matches!(
            w,
            "help"
                | "let"
                | "please"
                | "click"
                | "tap"
                | "get"
                | "make"
                | "send"
                | "tell"
                | "contact"
                | "find"
                | "check"
                | "visit"
                | "enter"
                | "submit"
                | "share"
        )
    });
    first_plural || imperative
}

/// Cues that mark a line before the body as non-story text.
fn leading_cue(t: &str) -> Option<BoilerplateKind> {
    let mut buf = String::new();
    leading_cue_v(&View::new(t, &mut buf))
}

/// [`leading_cue`] of a line's view.
fn leading_cue_v(v: &View<'_>) -> Option<BoilerplateKind> {
    use BoilerplateKind as K;
    let tb = tables();
    let (t, norm, wc) = (v.t, v.norm, v.wc);
    if v.caption {
        return Some(K::PhotoCaption);
    }
    if tb.editors.any(norm) {
        return Some(K::EditorsNote);
    }
    // Bylines as they open a story; credits that close one ("Reporting
    // by", "With assistance from") are not looked for here.
    if is_by_line(t)
        || CREDIT_LINES.contains(&strip_punct(norm))
        || (tb.leading_credit.any(norm) && wc <= 12)
    {
        return Some(K::Byline);
    }
    if wc <= 12
        && (is_timestamp_line(t, norm)
            || norm.ends_with("min read")
            || norm.ends_with("minute read"))
    {
        return Some(K::Timestamp);
    }
    match cue_v(v) {
        Some(
            k @ (K::Advertisement
            | K::Related
            | K::Subscription
            | K::SiteText
            | K::SourceLink
            | K::Copyright),
        ) if wc <= 25 => Some(k),
        _ => None,
    }
}

/// "Published: 19 January 2022", "Updated Jan 11, 2022 10:05 AM", or a
/// line that is only a date ("October 13 , 2005", "Wednesday, 19 January
/// 2022 | 10:05 GMT").
fn is_timestamp_line(t: &str, norm: &str) -> bool {
    (starts_any(
        norm,
        &[
            "published",
            "updated",
            "last updated",
            "posted",
            "first published on",
            "date:",
        ],
    ) && norm.chars().any(|c| c.is_ascii_digit()))
        || matches!(
            strip_punct(norm),
            "published"
                | "updated"
                | "last updated"
                | "posted"
                | "first published"
                | "published on"
                | "posted on"
        )
        || bare_date(t).is_some()
}

/// The publication date a leading [`BoilerplateKind::Timestamp`] line
/// gives: a bare date line, or `Published`/`Posted`/`Date:` followed by
/// one. `Updated ...` lines give none (an update is not the publication).
pub(crate) fn timestamp_date(t: &str) -> Option<chrono::NaiveDate> {
    if let Some(d) = bare_date(t) {
        return Some(d);
    }
    let norm = normalise(t);
    if !starts_any(&norm, &["published", "posted", "first published", "date:"])
        || starts_any(&norm, &["updated", "last updated"])
    {
        return None;
    }
    // Skip the label and the words up to the first digit or capital.
    let start = t
        .char_indices()
        .skip_while(|(_, c)| c.is_alphabetic())
        .find(|(_, c)| c.is_ascii_digit() || c.is_uppercase())
        .map(|(i, _)| i)?;
    bare_date(sub(t, start, t.len()))
}

/// The date of a line that is only a date with its year (and maybe a time).
pub(crate) fn bare_date(t: &str) -> Option<chrono::NaiveDate> {
    let mut cur = Cursor::new(t, 0);
    let date = match read_weekday_date(&mut cur, true).or_else(|| {
        cur = Cursor::new(t, 0);
        read_month_day(&mut cur)
    }) {
        Some(d) if d.valid => chrono::NaiveDate::from_ymd_opt(d.year?, d.month, d.day)?,
        Some(_) => return None,
        None => {
            cur = Cursor::new(t, 0);
            let (y, _) = cur.digits(4).filter(|(_, n)| *n == 4)?;
            cur.eat('-').then_some(())?;
            let (m, _) = cur.digits(2).filter(|(_, n)| *n == 2)?;
            cur.eat('-').then_some(())?;
            let (d, _) = cur.digits(2).filter(|(_, n)| *n == 2)?;
            chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?
        }
    };
    let rest = cur.rest().trim();
    let timeish = rest.is_empty()
        || (rest.starts_with(|c: char| c.is_ascii_digit() || "|-\u{2013}\u{2014},/(T".contains(c))
            && word_count(rest) <= 6
            && rest
                .split(|c: char| !c.is_alphabetic())
                .all(|w| w.chars().count() <= 4));
    timeish.then_some(date)
}

/// Cues that mark a line inside the body as non-story text; stricter than
/// at the end, since a false hit removes a paragraph of the story.
fn interior_cue(v: &View<'_>) -> Option<BoilerplateKind> {
    use BoilerplateKind as K;
    if v.caption {
        return Some(K::PhotoCaption);
    }
    // A line of more than 20 words can only be an editors' note, a
    // copyright notice or an advertisement marker here: without their
    // cues, none of the other tests matters.
    if v.wc > 20 {
        let tb = tables();
        let norm = v.norm;
        let maybe = tb.editors.any(norm)
            || starts_any(norm, COPYRIGHT_PREFIXES)
            || tb.copyright_needles.scan(norm) != 0
            || ADVERT_LINES.contains(&strip_punct(norm));
        if !maybe {
            return None;
        }
    }
    match cue_v(v) {
        Some(k @ (K::Advertisement | K::EditorsNote | K::Copyright)) => Some(k),
        Some(k @ (K::Related | K::Subscription | K::SiteText))
            if v.wc <= 20 && !v.t.contains(['"', '\u{201C}']) =>
        {
            Some(k)
        }
        Some(K::SourceLink) if is_url_line(v) => Some(K::SourceLink),
        _ => None,
    }
}

/// The index of the first line of trailing boilerplate (`ls.len()` when
/// there is none); never below `min_start`.
fn trailing_start(text: &str, ls: &[Line], min_start: usize) -> usize {
    let n = ls.len();
    let mut best = n;
    let mut score: i64 = 0;
    let mut seen_cue = false;
    let mut pending_prose = false;
    let mut prose_run = 0usize;
    // Neutral lines between `j` and the next cue or site-voice line: a
    // tail opens with at most two (a heading), not with a whole table.
    let mut neutral_run = 0usize;
    // Up to two short sentences after the last cue ("Our Standards: ...")
    // may close the page.
    let mut closing = 0usize;
    let mut buf = String::new();
    for j in (min_start..n).rev() {
        let Some(l) = ls.get(j) else { break };
        let t = l.text(text);
        let v = View::new(t, &mut buf);
        let mut class = classify(&v);
        if class == Class::Prose && !seen_cue && closing < 2 && v.wc <= 15 {
            closing += 1;
            class = Class::Neutral;
        } else if class == Class::Neutral && t.bytes().any(|c| c.is_ascii_digit()) && v.wc >= 3 {
            // A table row or data line belongs to the story.
            class = Class::Prose;
        }
        match class {
            Class::Cue(_) => {
                score += 3;
                seen_cue = true;
                pending_prose = false;
                prose_run = 0;
                neutral_run = 0;
            }
            Class::Voice => {
                score += 1;
                prose_run = 0;
                neutral_run = 0;
            }
            Class::Neutral => {
                prose_run = 0;
                neutral_run += 1;
            }
            Class::Prose => {
                score -= 3;
                pending_prose = true;
                prose_run += 1;
                if prose_run >= 3 {
                    break;
                }
            }
        }
        if class != Class::Prose && seen_cue && !pending_prose && score > 0 && neutral_run <= 2 {
            best = j;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &Structure) -> Vec<(BoilerplateKind, BlockPosition)> {
        s.boilerplate.iter().map(|b| (b.kind, b.position)).collect()
    }

    #[test]
    fn cues() {
        use BoilerplateKind as K;
        assert_eq!(cue("Leave a Reply"), Some(K::CommentForm));
        assert_eq!(
            cue("1 thought on \u{201C}Russia-led alliance"),
            Some(K::CommentForm)
        );
        assert_eq!(
            cue("Your email address will not be published. Required fields are marked *"),
            Some(K::CommentForm)
        );
        assert_eq!(
            cue("Original source of article: https:"),
            Some(K::SourceLink)
        );
        assert_eq!(
            cue("Join ST's Telegram channel and get the latest breaking news delivered to you."),
            Some(K::Subscription)
        );
        assert_eq!(
            cue("Sign up for our daily newsletter"),
            Some(K::Subscription)
        );
        assert_eq!(cue("READ MORE: Troops leave"), Some(K::Related));
        assert_eq!(
            cue("\u{a9} 2022 Reuters. All rights reserved."),
            Some(K::Copyright)
        );
        assert_eq!(
            cue("(Reporting by Olzhas Auyezov; Editing by Peter Graff)"),
            Some(K::Byline)
        );
        assert_eq!(
            cue(
                "Jane Doe is an award-winning journalist who covers Central Asia for the Daily Planet."
            ),
            Some(K::AuthorBio)
        );
        assert_eq!(
            cue("Baimuldin is a journalist who criticised the decision to invite Russian troops."),
            None
        );
        assert_eq!(
            cue("Protesters in Almaty on Jan 5, 2022. PHOTO: EPA-EFE"),
            Some(K::PhotoCaption)
        );
        assert_eq!(
            cue("Tokayev said the subscription to the bond issue was strong."),
            None
        );
        assert_eq!(cue("The newsletter said the deal would close."), None);
        assert_eq!(cue("Supporters of the government rallied."), None);
        assert_eq!(
            cue("Source: Teikoku Databank/Tokyo Shoko Research"),
            Some(K::SourceLink)
        );
        assert_eq!(
            cue("Source: https://example.com/story"),
            Some(K::SourceLink)
        );
    }

    #[test]
    fn timestamps_and_headlines() {
        assert!(bare_date("October 13 , 2005").is_some());
        assert!(bare_date("Wednesday, 19 January 2022 | 10:05 GMT").is_some());
        assert!(bare_date("2022-01-19T10:05").is_some());
        assert!(bare_date("October 13, 2005 Apple introduced a new iPod").is_none());
        assert!(bare_date("Jan 19").is_none());
        assert_eq!(
            timestamp_date("Published: 19 January 2022 10:05 GMT").map(|d| d.to_string()),
            Some("2022-01-19".into())
        );
        assert_eq!(
            timestamp_date("Posted on Wednesday, Jan 19, 2022"),
            bare_date("Wednesday, Jan 19, 2022")
        );
        assert!(timestamp_date("Updated: 19 January 2022").is_none());
        let t = "October 13 , 2005\n\nThe new iPod arrived on Wednesday.";
        let s = Structure::parse(t);
        assert!(s.headline.is_none());
        assert_eq!(s.boilerplate[0].kind, BoilerplateKind::Timestamp);
        for first in [
            "Reuters Holdings PLC said Michael Reupke resigned, a move it termed an \"amicable separation.\"",
            "The Pentagon said today it will re-examine the question are the remains inside the Tomb of the Unknown, in fact, known?",
        ] {
            let t = format!("{first}\n\nSecond paragraph of the story.");
            assert!(Structure::parse(&t).headline.is_none(), "{first}");
        }
        assert!(
            Structure::parse("Power fight?\n\nThe story.")
                .headline
                .is_some()
        );
    }

    /// The caption test as it was written first: every `match_indices` hit
    /// of every cue.
    fn caption_cue_naive(t: &str) -> bool {
        CAPTION_CUES.iter().any(|c| {
            t.match_indices(c)
                .any(|(i, _)| i <= 2 || i + c.len() + 80 >= t.len())
        })
    }

    #[test]
    fn fast_tests_agree_with_the_plain_ones() {
        let filler = "the minister said on Tuesday that talks would go on ";
        let mut lines: Vec<String> = Vec::new();
        for cue in CAPTION_CUES
            .iter()
            .chain(COMMENT_CONTAINS)
            .chain(COPYRIGHT_CONTAINS)
            .chain(SUBSCRIBE_CONTAINS)
            .chain(CREDIT_CONTAINS)
            .chain(&["EPA-EFEPA-EFE", "www.x", "http://", "https:", "http:x"])
        {
            for k in 0..4 {
                let pad = filler.repeat(k);
                lines.push(format!("{cue} {pad}"));
                lines.push(format!("{pad}{cue}"));
                lines.push(format!("{pad}{cue} {pad}"));
                lines.push(format!("{pad}{cue}{}", "x".repeat(70 + k * 5)));
                lines.push(format!("{}{cue}{pad}", &filler[..k + 1]));
            }
        }
        for t in &lines {
            assert_eq!(caption_cue(t), caption_cue_naive(t), "{t}");
            let norm = normalise(t);
            let tb = tables();
            let found = tb.needles.scan(&norm);
            let mut bit = 0;
            for list in [
                COMMENT_CONTAINS,
                CREDIT_CONTAINS,
                COPYRIGHT_CONTAINS,
                SUBSCRIBE_CONTAINS,
            ] {
                for p in list {
                    assert_eq!(found >> bit & 1 == 1, norm.contains(p), "{p} in {norm}");
                    bit += 1;
                }
            }
            assert_eq!(
                tb.long_needles.scan(&norm),
                found & (tb.comment_contains | tb.copyright_contains),
                "{norm}"
            );
            assert_eq!(
                has_url(&norm),
                ["http://", "https:", "www."]
                    .iter()
                    .any(|u| norm.contains(u)),
                "{norm}"
            );
            for list in [SOURCE_PREFIXES, RELATED_PREFIXES, SUBSCRIBE_PREFIXES] {
                let table = Prefixes::new(list);
                for p in list {
                    let l = format!("{p} {norm}");
                    assert_eq!(table.any(&l), starts_any(&l, list), "{l}");
                }
                assert_eq!(table.any(&norm), starts_any(&norm, list), "{norm}");
            }
        }
    }

    #[test]
    fn voice() {
        assert!(site_voice(
            "We will review your information, and publish it once we validate the details."
        ));
        assert!(site_voice("Help us out, we really appreciate it."));
        assert!(!site_voice("We believe the court got it right."));
        assert!(!site_voice("\u{201C}We will find you,\u{201D} he said."));
    }

    #[test]
    fn empty_and_tiny() {
        let s = Structure::parse("");
        assert_eq!(s.body, Span::new(0, 0));
        let s = Structure::parse("One line only.");
        assert_eq!(s.body, Span::new(0, 14));
        assert!(s.headline.is_none());
        let s = Structure::parse("   \n\n ");
        assert!(s.body.is_empty());
    }

    #[test]
    fn glued_bullets() {
        let text = "Headline Here\n\nPeacekeepers to leave in two days\u{2019}\u{a0}timePresident appoints new PM, criticises apparatusSpeaks of need to narrow wealth gap\n\nNUR-SULTAN, Jan 11 (Reuters) \u{2014} Body text here.";
        let s = Structure::parse(text);
        let items: Vec<&str> = s
            .summary_items(text)
            .iter()
            .map(|sp| &text[sp.start..sp.end])
            .collect();
        assert_eq!(
            items,
            vec![
                "Peacekeepers to leave in two days\u{2019}\u{a0}time",
                "President appoints new PM, criticises apparatus",
                "Speaks of need to narrow wealth gap"
            ]
        );
    }

    #[test]
    fn leading_caption_and_byline() {
        let text = "Big News Today\n\nSoldiers at a ceremony. PHOTO: REUTERS\n\nBy JOHN SMITH\n\nWASHINGTON (AP) \u{2014} The story begins here and goes on.\n\nIt continues.";
        let s = Structure::parse(text);
        assert_eq!(
            kinds(&s),
            vec![
                (BoilerplateKind::PhotoCaption, BlockPosition::Leading),
                (BoilerplateKind::Byline, BlockPosition::Leading)
            ]
        );
        assert!(s.summary.is_none());
        assert!(text[s.body.start..s.body.end].starts_with("The story"));
    }

    #[test]
    fn a_table_before_its_source_line_stays_in_the_body() {
        let text = "A list of the largest collapses, with combined debt of 1,800 billion yen.\n\nDate    Company    Liabilities\n\n1. April 1997 Crown Leasing   1,060.00   finance\n\n2. Oct 1996  Nichiei Finance   1,000.00   credit\n\nSource: Teikoku Databank";
        let s = Structure::parse(text);
        assert!(text[s.body.start..s.body.end].ends_with("credit"));
        assert_eq!(s.trailing().count(), 1);
    }

    #[test]
    fn prose_before_cue_is_kept() {
        let text = "First paragraph of the story, long enough to be prose.\n\nA crosshead\n\nThe last paragraph of the story is here and it is prose.\n\nSubscribe to our newsletter";
        let s = Structure::parse(text);
        assert!(text[s.body.start..s.body.end].ends_with("it is prose."));
        assert_eq!(s.trailing().count(), 1);
    }
}

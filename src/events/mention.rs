//! Finding triggers and reading their grammatical attributes, phases and
//! reported speech off the tokens around them.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use super::lexicon::{Fc, FxMap, PHRASAL, aspectual_phase, is_event_noun, semantic_class, wf};
use super::model::{CLASSES, Compiled, Entry, Tk, WordInfo, WordMeta, argmax, token_class};
use super::sentence::{Sentence, Token, TokenKind, split_sentences, tokenize_into};
use super::table::{Key, WordIds, swar, word_hash};
use super::{
    Aspect, EventClass, EventMention, Extractor, PartOfSpeech, Phase, Polarity, SemanticClass,
    Status, Tense, anchor, participants, salience,
};
use crate::tagger::{Expression, ReferenceTime};

/// "Not a word": the word index of punctuation and numbers.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// One analysed text: tokens, their classes and sentences.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub sents: Vec<Sentence>,
    /// What the rules know about each token.
    pub tk: Vec<Tk>,
    /// The model's vocabulary.
    known: &'a [WordInfo],
    /// The vocabulary's lower-cased forms and lemmas.
    known_arena: &'a str,
    /// The text's words the model does not know.
    unknown: Vec<WordInfo>,
    /// Their lower-cased forms and lemmas.
    unknown_arena: String,
}

impl<'a> Doc<'a> {
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    /// The byte length of token `i`'s span (0 past the end): a word of
    /// another length cannot be it, so most comparisons stop here without
    /// slicing the text.
    #[inline]
    fn span_len(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .map_or(0, |t| t.end.saturating_sub(t.start))
    }
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        // (A span that does not slice reads as "", which only "" equals.)
        if !w.is_empty() && w.len() != self.span_len(i) {
            return false;
        }
        self.word(i).eq_ignore_ascii_case(w)
    }
    /// Whether token `i` is one of `ws`, ignoring ASCII case (inlined
    /// always: the lists are literals, so the test of the lengths folds to
    /// a few comparisons with constants).
    #[inline(always)]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let n = self.span_len(i);
        if ws.iter().all(|w| !w.is_empty() && w.len() != n) {
            return false;
        }
        let x = self.word(i);
        for w in ws {
            if (w.is_empty() || w.len() == n) && x.eq_ignore_ascii_case(w) {
                return true;
            }
        }
        false
    }
    #[inline]
    pub fn class(&self, i: usize) -> Fc {
        self.tk.get(i).map_or(Fc::Edge, |t| t.class)
    }
    /// The clause of token `i`.
    #[inline]
    pub fn clause(&self, i: usize) -> Option<u32> {
        self.tk.get(i).map(|t| t.clause)
    }
    /// The sentence of token `i`.
    #[inline]
    pub fn sent(&self, i: usize) -> Option<u32> {
        self.tk.get(i).map(|t| t.sent)
    }
    pub fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.sents.get(s).map_or(0..0, |s| s.tokens.clone())
    }
    /// The word type of word token `i`.
    #[inline]
    pub fn info(&self, i: usize) -> Option<&WordInfo> {
        let id = self.tk.get(i)?.word as usize;
        match self.known.get(id) {
            Some(w) => Some(w),
            None => self.unknown.get(id.wrapping_sub(self.known.len())),
        }
    }
    /// The lower-cased form of word token `i` (empty for others).
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.info_and_arena(i).map_or("", |(w, a)| w.lower(a))
    }

    /// The lemma of word token `i` (empty for others).
    #[inline]
    pub fn lemma(&self, i: usize) -> &str {
        self.info_and_arena(i).map_or("", |(w, a)| w.lemma(a))
    }

    #[inline]
    fn info_and_arena(&self, i: usize) -> Option<(&WordInfo, &str)> {
        let id = self.tk.get(i)?.word as usize;
        match self.known.get(id) {
            Some(w) => Some((w, self.known_arena)),
            None => self
                .unknown
                .get(id.wrapping_sub(self.known.len()))
                .map(|w| (w, self.unknown_arena.as_str())),
        }
    }

    /// Token `i`'s text with ASCII capitals lower-cased, borrowed when it
    /// has none (a word of up to eight bytes is tested eight bytes at
    /// once).
    #[inline]
    pub fn ascii_lower_word(&self, i: usize) -> Cow<'a, str> {
        let w = self.word(i);
        let upper = match self.toks.get(i) {
            Some(t) if (1..=8).contains(&w.len()) => {
                match self.text.as_bytes().get(t.start..t.start + 8) {
                    Some(b8) => {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(b8);
                        let x = u64::from_le_bytes(a) & (u64::MAX >> (64 - 8 * w.len()));
                        swar::in_range(x, b'A', b'Z') != 0
                    }
                    None => w.bytes().any(|b| b.is_ascii_uppercase()),
                }
            }
            _ => w.bytes().any(|b| b.is_ascii_uppercase()),
        };
        if upper {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }

    /// Whether token `i` has the [`wf`] flag `f`.
    #[inline]
    pub fn has(&self, i: usize, f: u16) -> bool {
        self.tk.get(i).is_some_and(|t| t.flags & f != 0)
    }
}

/// The buffers of one extraction, kept between extractions (see [`Pool`])
/// so that a text costs no large allocation.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    toks: Vec<Token>,
    tok_flags: Vec<u8>,
    sents: Vec<Sentence>,
    tk: Vec<Tk>,
    /// The words the model does not know, met in the texts read so far
    /// (see [`Scratch::unknown_ids`]).
    unknown: Vec<WordInfo>,
    unknown_entries: Vec<Entry>,
    /// The index in `unknown` of each of them, by lower-cased form: a word
    /// type is computed once for many texts, not once a text (a word
    /// type's facts depend on its form alone). Emptied when it grows past
    /// [`KEEP_UNKNOWN`] words.
    unknown_ids: WordIds,
    drafts: Vec<Draft>,
    /// The thread that used these buffers last (see [`Pool::take`]).
    owner: Option<std::thread::ThreadId>,
    lower: Vec<u8>,
    arena: String,
    participants: participants::Scratch,
    anchors: anchor::Scratch,
    /// The lemmas of the word types met as triggers, by word index: the
    /// mentions of one word type share one string. Emptied with
    /// `unknown`, whose word indices it uses.
    lemmas: FxMap<u32, Arc<str>>,
    /// The participants and anchors of the drafts, by draft (emptied into
    /// the mentions).
    parts: Vec<Vec<super::Participant>>,
    anchored: Vec<Option<super::Anchor>>,
}

impl Scratch {
    /// Takes back the buffers of a finished extraction.
    fn keep(&mut self, doc: Doc<'_>, unknown_entries: Vec<Entry>, drafts: Vec<Draft>) {
        self.toks = doc.toks;
        self.sents = doc.sents;
        self.tk = doc.tk;
        self.unknown = doc.unknown;
        self.arena = doc.unknown_arena;
        self.unknown_entries = unknown_entries;
        self.drafts = drafts;
        self.drafts.clear();
    }
}

/// A few [`Scratch`]es for the extractions of an [`Extractor`] (one a
/// thread that extracts at the same time).
#[derive(Default)]
pub(crate) struct Pool(std::sync::Mutex<Vec<Scratch>>);

/// Buffers are kept for texts of up to this many tokens (about ten
/// megabytes of text); larger ones are freed.
const KEEP_TOKENS: usize = 1 << 21;

/// Things sent that are messages, not forces: "send" with one of them as
/// its object is no deployment ("sending conflicting reports").
const MESSAGES: &[&str] = &[
    "report",
    "reports",
    "message",
    "messages",
    "letter",
    "letters",
    "signal",
    "signals",
    "email",
    "emails",
    "e-mail",
    "note",
    "notes",
    "invitation",
    "invitations",
    "condolences",
    "greetings",
    "congratulations",
    "warning",
    "warnings",
    "memo",
    "request",
    "requests",
    "text",
    "texts",
    "telegram",
    "cable",
    "statement",
    "proposal",
    "bill",
    "invoice",
    "copy",
    "copies",
    "documents",
    "document",
    "data",
    "information",
    "money",
    "funds",
    "shockwaves",
];

/// The words unknown to the model are kept from one text to the next up to
/// this many (about 1.5 MB a buffer; the 400 silver wire stories bring
/// about 7,100 such words).
const KEEP_UNKNOWN: usize = 1 << 13;

impl Pool {
    /// A free scratch, the one this thread used last when there is one:
    /// a thread keeps to its own buffers, which are warm in its core's
    /// cache and were allocated from its own allocator arena.
    fn take(&self) -> Scratch {
        let me = std::thread::current().id();
        let mut free = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match free.iter().rposition(|s| s.owner == Some(me)) {
            Some(i) => free.swap_remove(i),
            None => free.pop().unwrap_or_default(),
        }
    }

    fn give(&self, mut scratch: Scratch) {
        scratch.owner = Some(std::thread::current().id());
        if scratch.toks.capacity() > KEEP_TOKENS {
            return;
        }
        let mut free = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if free.len() < 8 {
            free.push(scratch);
        }
    }
}

impl Clone for Pool {
    /// A new, empty pool.
    fn clone(&self) -> Self {
        Pool::default()
    }
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pool")
    }
}

/// A mention being built.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub head: usize,
    pub last: usize,
    pub class: EventClass,
    pub pos: PartOfSpeech,
    pub lemma: Arc<str>,
    /// The phase the lemma gives its process ([`aspectual_phase`]).
    pub aspectual: Option<Phase>,
    pub semantic: Option<SemanticClass>,
    pub tense: Tense,
    pub aspect: Aspect,
    pub polarity: Polarity,
    pub modality: Option<String>,
    pub status: Status,
    pub passive: bool,
    pub reported_by: Option<usize>,
    pub phase: Phase,
    pub phase_of: Option<usize>,
    pub sentence: usize,
}

/// [`shape_of`] an ASCII word of `n <= 8` bytes given as eight bytes
/// (zero-padded).
#[inline]
fn short_shape(w8: u64, n: usize) -> u8 {
    let c0 = (w8 & 0xff) as u8;
    if c0.is_ascii_lowercase() {
        0
    } else if c0.is_ascii_uppercase() {
        if n > 1 && swar::in_range(w8, b'a', b'z') == 0 {
            2
        } else {
            1
        }
    } else {
        3
    }
}

fn shape_of(b: &[u8]) -> u8 {
    match b.first() {
        Some(c) if c.is_ascii_lowercase() => 0,
        Some(c) if c.is_ascii_uppercase() => {
            if b.len() > 1 && b.iter().all(|c| !c.is_ascii_lowercase()) {
                2
            } else {
                1
            }
        }
        Some(c) if *c >= 0x80 => {
            let ch = std::str::from_utf8(b)
                .ok()
                .and_then(|w| w.chars().next())
                .unwrap_or(' ');
            if ch.is_lowercase() {
                0
            } else if ch.is_uppercase() {
                1
            } else {
                3
            }
        }
        _ => 3,
    }
}

pub(crate) fn extract(
    ex: &Extractor,
    text: &str,
    expressions: &[Expression],
    reference: Option<ReferenceTime>,
    allowed: Option<&[Range<usize>]>,
) -> Vec<super::EventMention> {
    let mut scratch = ex.pool.take();
    let (doc, unknown_entries) = analyse(&ex.compiled, text, expressions, &mut scratch);
    let mut drafts = triggers(
        ex,
        &doc,
        &unknown_entries,
        std::mem::take(&mut scratch.drafts),
        &mut scratch.lemmas,
    );
    let mut out = mentions(&doc, &mut drafts, expressions, reference, &mut scratch);
    salience::score(&doc, &mut out);
    if let Some(allowed) = allowed {
        filter_allowed(&mut out, allowed);
    }
    scratch.keep(doc, unknown_entries, drafts);
    ex.pool.give(scratch);
    out
}

/// Tokens, sentences, word types, classes and clauses of `text`; the
/// tokens as the scorer sees them; the own-feature sums of the text's
/// words the model does not know.
fn analyse<'a>(
    c: &'a Compiled,
    text: &'a str,
    expressions: &[Expression],
    scratch: &mut Scratch,
) -> (Doc<'a>, Vec<Entry>) {
    let mut toks = std::mem::take(&mut scratch.toks);
    let flags = &mut scratch.tok_flags;
    tokenize_into(text, &mut toks, flags);
    let mut sents = std::mem::take(&mut scratch.sents);
    split_sentences(text, &toks, flags, &mut sents);
    let n = toks.len();
    let mut tk = std::mem::take(&mut scratch.tk);
    tk.clear();
    tk.reserve(n);

    // Word types: the model's vocabulary, or computed once for the texts
    // this scratch reads (about one word type in ten is new to the model).
    let known = c.info.len();
    let mut unknown = std::mem::take(&mut scratch.unknown);
    let mut unknown_entries = std::mem::take(&mut scratch.unknown_entries);
    let mut arena = std::mem::take(&mut scratch.arena);
    let unknown_ids = &mut scratch.unknown_ids;
    if unknown.len() > KEEP_UNKNOWN
        || unknown_entries.len() != unknown.len()
        || unknown_ids.len() != unknown.len()
    {
        unknown.clear();
        unknown_entries.clear();
        arena.clear();
        unknown_ids.clear();
        scratch.lemmas.clear();
    }
    let bytes = text.as_bytes();
    let lower_buf = &mut scratch.lower;
    for (si, sentence) in sents.iter().enumerate() {
        let opens = sentence.tokens.start;
        // After an opening quote the next word opens too.
        let opens_too = if sentence.tokens.len() > 1
            && toks.get(opens).is_some_and(|t| t.kind == TokenKind::Punct)
        {
            opens + 1
        } else {
            opens
        };
        for i in sentence.tokens.clone() {
            let t = toks[i];
            let first = i == opens || i == opens_too;
            let mut x = Tk {
                class: Fc::Edge,
                shape: 3,
                flags: 0,
                first,
                in_timex: false,
                sent: si as u32,
                clause: 0,
                word: NO_WORD,
                ctx: [0; 4],
            };
            if t.kind != TokenKind::Word {
                let w = t.text(text);
                x.class = token_class(t.kind, w, w, 3, first);
                x.ctx = c.ctx_rows_of(None, x.class);
                tk.push(x);
                continue;
            }
            let wb = bytes.get(t.start..t.end).unwrap_or_default();
            let n = wb.len();
            // A short ASCII word (most of them) is read eight bytes at once.
            let short = match bytes.get(t.start..t.start + 8) {
                Some(b8) if n <= 8 => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(b8);
                    let w8 = u64::from_le_bytes(a) & (u64::MAX >> (64 - 8 * n));
                    swar::is_ascii(w8).then_some(w8)
                }
                _ => None,
            };
            let ascii = short.is_some() || wb.is_ascii();
            let owned;
            let (lower, found): (&[u8], Option<u32>) = match short {
                Some(w8) => {
                    x.shape = short_shape(w8, n);
                    let l8 = swar::to_lower(w8);
                    match c.lookup_short(l8, n) {
                        Some(id) => (&[], Some(id)),
                        None => {
                            lower_buf.clear();
                            lower_buf.extend_from_slice(&l8.to_le_bytes()[..n]);
                            (&lower_buf[..], None)
                        }
                    }
                }
                None if ascii => {
                    x.shape = shape_of(wb);
                    // (Eight bytes at a time, then the rest.)
                    lower_buf.clear();
                    let mut chunks = wb.chunks_exact(8);
                    for c8 in &mut chunks {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(c8);
                        lower_buf.extend_from_slice(
                            &swar::to_lower(u64::from_le_bytes(a)).to_le_bytes(),
                        );
                    }
                    lower_buf.extend(chunks.remainder().iter().map(u8::to_ascii_lowercase));
                    (&lower_buf[..], c.lookup(lower_buf))
                }
                None => {
                    x.shape = shape_of(wb);
                    owned = t.text(text).to_lowercase();
                    (owned.as_bytes(), c.lookup(owned.as_bytes()))
                }
            };
            let id = match found {
                Some(id) => id,
                None => match unknown_ids.find(lower, word_hash(lower)) {
                    Some(k) => known as u32 + k,
                    None => {
                        let u = (known + unknown.len()) as u32;
                        let form = std::str::from_utf8(lower).unwrap_or_default();
                        let (own, info) = c.word(form, false, &mut arena);
                        unknown_entries.push(Entry {
                            key: Key::default(),
                            meta: WordMeta::of(&info),
                            own,
                        });
                        unknown.push(info);
                        unknown_ids.insert(lower, word_hash(lower));
                        u
                    }
                },
            };
            x.word = id;
            let meta = match c.entries().get(id as usize) {
                Some(e) => &e.meta,
                None => &unknown_entries[id as usize - known].meta,
            };
            // The group nouns and the words of [`wf::IF`] and
            // [`wf::STATE`] are matched ignoring ASCII case only.
            x.flags = meta.flags;
            if !ascii {
                x.flags &= !(wf::GROUP | wf::IF | wf::STATE);
            }
            x.class = match meta.closed {
                Some(fc) => fc,
                None if x.shape >= 1 && !first => Fc::Name,
                None => meta.morph,
            };
            x.ctx = c.ctx_rows_of(Some(meta), x.class);
            tk.push(x);
        }
    }
    // Temporal expressions: which tokens they cover.
    for e in expressions {
        let mut k = toks.partition_point(|t| t.end <= e.start);
        while k < n && toks[k].start < e.end {
            if let Some(x) = tk.get_mut(k) {
                x.in_timex = true;
            }
            k += 1;
        }
    }

    let mut doc = Doc {
        text,
        toks,
        sents,
        tk,
        known: &c.info,
        known_arena: &c.arena,
        unknown,
        unknown_arena: arena,
    };
    clauses(&mut doc);
    (doc, unknown_entries)
}

/// The triggers the model (and the rules of [`forced`]) find, as drafts.
fn triggers(
    ex: &Extractor,
    doc: &Doc<'_>,
    unknown_entries: &[Entry],
    mut drafts: Vec<Draft>,
    lemmas: &mut FxMap<u32, Arc<str>>,
) -> Vec<Draft> {
    let c = &ex.compiled;
    let n = doc.toks.len();
    let known = c.info.len();
    // Triggers.
    let bias = ex.config.bias;
    drafts.clear();
    // (About one token in ten is a trigger.)
    drafts.reserve(n / 8 + 4);
    let mut i = 0;
    while i < n {
        let t = doc.tk[i];
        let id = t.word;
        if id == NO_WORD || t.in_timex {
            i += 1;
            continue;
        }
        let e = match c.entries().get(id as usize) {
            Some(e) => e,
            None => &unknown_entries[id as usize - known],
        };
        let mut sc = c.score(i, &e.own, &doc.tk);
        sc[0] -= bias;
        let mut label = argmax(&sc);
        // (Only `state` and the phase verbs can be forced.)
        if label == 0 && t.flags & (wf::STATE | wf::PHASE_VERB) != 0 {
            label = forced(doc, i, e.meta.flags & wf::PHASE_VERB != 0, t.shape);
        }
        if label == 0 {
            i += 1;
            continue;
        }
        let Some(info) = doc.info(i) else {
            i += 1;
            continue;
        };
        let class = CLASSES[label - 1];
        let d = draft(doc, i, class, info, lemmas);
        i = d.last + 1;
        drafts.push(d);
    }
    drafts
}

/// Attributes, phases, reported speech, participants and anchors: the
/// mentions (without salience).
fn mentions(
    doc: &Doc<'_>,
    drafts: &mut Vec<Draft>,
    expressions: &[Expression],
    reference: Option<ReferenceTime>,
    scratch: &mut Scratch,
) -> Vec<EventMention> {
    let text = doc.text;
    // Attributes, phases, reported speech.
    for d in drafts.iter_mut() {
        attributes(doc, d);
    }
    link_phases(doc, drafts);
    link_reported(doc, drafts);
    statuses(doc, drafts);

    // Participants, anchors, salience.
    let parts = &mut scratch.parts;
    participants::participants(doc, drafts, &mut scratch.participants, parts);
    let anchors = &mut scratch.anchored;
    anchor::anchors(
        doc,
        drafts,
        expressions,
        reference,
        &mut scratch.anchors,
        anchors,
    );

    let mut out: Vec<EventMention> = Vec::with_capacity(drafts.len());
    for ((d, p), a) in drafts.drain(..).zip(parts.drain(..)).zip(anchors.drain(..)) {
        let start = doc.toks[d.head].start;
        let end = doc.toks[d.last].end;
        let span = doc
            .sents
            .get(d.sentence)
            .map_or(start..end, |s| s.start..s.end);
        out.push(EventMention {
            start,
            end,
            text: text.get(start..end).unwrap_or("").to_string(),
            lemma: d.lemma,
            pos: d.pos,
            semantic_class: d.semantic,
            class: d.class,
            tense: d.tense,
            aspect: d.aspect,
            polarity: d.polarity,
            modality: d.modality,
            status: d.status,
            reported_by: d.reported_by,
            phase: d.phase,
            phase_of: d.phase_of,
            sentence: d.sentence,
            sentence_span: span,
            participants: p,
            anchor: a,
            salience: 0.0,
        });
    }
    // Statuses that depend on the anchor (a date after the reference time
    // is planned).
    if let Some(r) = reference {
        for m in out.iter_mut() {
            if let Some(a) = &m.anchor
                && matches!(m.status, Status::Happened | Status::Unknown)
                && a.expression.is_some()
                && let Some(iv) = a.value.interval()
                && iv.start > r.date
            {
                m.status = Status::Planned;
            }
            if m.status == Status::Unknown
                && let Some(a) = &m.anchor
                && let Some(iv) = a.value.interval()
                && iv.end <= r.date
            {
                m.status = Status::Happened;
            }
        }
    }
    out
}

/// Keeps the mentions inside `allowed`, renumbering the index fields.
fn filter_allowed(out: &mut Vec<EventMention>, allowed: &[Range<usize>]) {
    // The ranges by start, with the furthest end of each prefix: a mention
    // lies in one of the ranges that start at or before it iff the
    // furthest end among them reaches its end.
    let mut ranges: Vec<(usize, usize)> = allowed.iter().map(|r| (r.start, r.end)).collect();
    ranges.sort_unstable();
    let mut furthest = 0;
    for r in ranges.iter_mut() {
        furthest = furthest.max(r.1);
        r.1 = furthest;
    }
    let inside = |start: usize, end: usize| {
        let k = ranges.partition_point(|r| r.0 <= start);
        k > 0 && end <= ranges[k - 1].1
    };
    let keep: Vec<bool> = out.iter().map(|m| inside(m.start, m.end)).collect();
    let mut new_index = vec![None; out.len()];
    let mut k = 0;
    for (i, &kp) in keep.iter().enumerate() {
        if kp {
            new_index[i] = Some(k);
            k += 1;
        }
    }
    let mut i = 0;
    out.retain(|_| {
        let r = keep[i];
        i += 1;
        r
    });
    for m in out.iter_mut() {
        m.reported_by = m
            .reported_by
            .and_then(|r| new_index.get(r).copied().flatten());
        m.phase_of = m.phase_of.and_then(|r| new_index.get(r).copied().flatten());
    }
}

/// Clause numbers: a new clause starts after `;`, `:`, dashes, quotes,
/// and commas before a conjunction, relative or subordinator.
fn clauses(doc: &mut Doc<'_>) {
    let n = doc.toks.len();
    let mut c = 0u32;
    let mut prev_sent = u32::MAX;
    for i in 0..n {
        let t = doc.tk[i];
        if t.sent != prev_sent {
            c += 1;
            prev_sent = t.sent;
        }
        let boundary_here = match t.class {
            Fc::Stop => doc.word(i) != ".",
            Fc::Quote => true,
            Fc::Punct => matches!(doc.word(i), "\u{2013}" | "\u{2014}" | "(" | ")" | "-"),
            Fc::Comma => {
                let nx = i + 1;
                matches!(doc.class(nx), Fc::Conj | Fc::Wh | Fc::Sub | Fc::Quote)
                    || doc.is_any(
                        nx,
                        &[
                            "after",
                            "before",
                            "since",
                            "until",
                            "following",
                            "saying",
                            "said",
                            "according",
                            "amid",
                            "despite",
                            "including",
                            "prompting",
                            "accusing",
                            "citing",
                            "adding",
                            "claiming",
                            "stressing",
                            "denouncing",
                            "referring",
                        ],
                    )
                    || (doc.class(nx) == Fc::Pron && !doc.is(nx, "it"))
            }
            Fc::Sub | Fc::Wh if i > 0 && doc.class(i - 1) != Fc::Comma => true,
            _ => false,
        };
        if boundary_here {
            c += 1;
        }
        doc.tk[i].clause = c;
    }
}

/// Triggers the rules add where the model sees none: `state of
/// emergency`, and the aspectual verbs that give a process its phases.
///
/// `phase_verb`: the lemma is one of [`is_phase_verb`].
fn forced(doc: &Doc<'_>, i: usize, phase_verb: bool, shape: u8) -> usize {
    if doc.is(i, "state") && doc.is(i + 1, "of") && doc.is(i + 2, "emergency") {
        return 4; // STATE
    }
    if shape > 1 || !phase_verb {
        return 0;
    }
    let w = doc.word(i);
    let lemma = doc.lemma(i);
    let verbal = w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with('s')
        || !w.eq_ignore_ascii_case(lemma)
        || matches!(doc.class(i + 1), Fc::Ing | Fc::To | Fc::Det | Fc::Poss)
        || (matches!(doc.class(i.wrapping_sub(1)), Fc::S | Fc::Name | Fc::Pron)
            && !matches!(doc.class(i + 1), Fc::Prep | Fc::Stop | Fc::Comma))
        || matches!(
            doc.class(i.wrapping_sub(1)),
            Fc::To | Fc::Modal | Fc::Be | Fc::Have
        );
    if verbal {
        return 6; // ASPECTUAL
    }
    0
}

fn is_intention(lemma: &str) -> bool {
    matches!(
        lemma,
        "plan"
            | "intend"
            | "expect"
            | "want"
            | "hope"
            | "promise"
            | "aim"
            | "seek"
            | "agree"
            | "decide"
            | "vow"
            | "pledge"
            | "threaten"
            | "prepare"
            | "schedule"
            | "set"
            | "due"
            | "likely"
            | "propose"
            | "offer"
            | "ask"
            | "urge"
            | "order"
            | "call"
            | "demand"
            | "request"
            | "wish"
            | "try"
            | "attempt"
            | "need"
            | "going"
            | "decision"
            | "plans"
            | "intention"
            | "aims"
    )
}

/// `s.split_once(b as char)` for an ASCII byte `b`, by a byte search (the
/// words here are short; a char search costs more than the whole word).
#[inline]
fn split_at_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    let at = s.bytes().position(|c| c == b)?;
    Some((s.get(..at)?, s.get(at + 1..)?))
}

/// The first draft of a mention at token `i`, a word of type `info`
/// (whose lemma is shared through `lemmas`).
fn draft(
    doc: &Doc<'_>,
    i: usize,
    class: EventClass,
    info: &WordInfo,
    lemmas: &mut FxMap<u32, Arc<str>>,
) -> Draft {
    let mut last = i;
    // Whether `lemma` is still the word's (whose facts `info` holds).
    let mut own_lemma = true;
    let mut lemma: Cow<'_, str> = Cow::Borrowed(doc.lemma(i));
    let head = doc.word(i);
    let lower_head = doc.ascii_lower_word(i);
    // `state of emergency`.
    if (lower_head == "state" || lower_head == "states")
        && doc.is(i + 1, "of")
        && doc.is(i + 2, "emergency")
    {
        last = i + 2;
        lemma = Cow::Borrowed("state of emergency");
        own_lemma = false;
    }
    // `taking-off`: a hyphenated phrasal verb.
    if let Some((h, p)) = split_at_byte(&lower_head, b'-')
        && let Some((l, _)) = PHRASAL.iter().find(|(l, pp)| {
            *pp == p
                && (h == *l
                    || h.strip_suffix("ing").is_some_and(|s| l.starts_with(s))
                    || h.strip_suffix("ed").is_some_and(|s| l.starts_with(s)))
        })
    {
        lemma = Cow::Owned(format!("{l} {p}"));
        own_lemma = false;
    }
    // Phrasal verbs: `pull out`, `draw down`, `hand over` (the word's own
    // lemma: the lemmas above have a space, which no phrasal verb's verb
    // has).
    if last == i
        && own_lemma
        && doc.has(i, wf::PHRASAL_HEAD)
        && let Some((_, p)) = PHRASAL
            .iter()
            .find(|(l, p)| *l == lemma && doc.is(i + 1, p))
    {
        // Not when the particle opens a phrase of its own (`took off from`
        // is still phrasal; `take over the city` too).
        last = i + 1;
        lemma = Cow::Owned(format!("{lemma} {p}"));
        own_lemma = false;
    }
    let sentence = doc.sent(i).unwrap_or(0) as usize;
    // The lower-cased form `info` describes is the ASCII lower case of an
    // ASCII word.
    let lower_semantic = if head.is_ascii() {
        info.lower_semantic
    } else {
        semantic_class(&lower_head)
    };
    let mut semantic = if own_lemma {
        info.semantic
    } else {
        semantic_class(&lemma)
    }
    .or(lower_semantic)
    .or_else(|| {
        split_at_byte(&lemma, b' ')
            .and_then(|(h, _)| semantic_class(h))
            .filter(|_| !lemma.starts_with("take"))
    });
    // `departure from the presidency`, `leaving his post`: a resignation.
    if semantic == Some(SemanticClass::Withdraw)
        && (last + 1..(last + 5).min(doc.toks.len())).any(|k| {
            doc.is_any(
                k,
                &[
                    "presidency",
                    "post",
                    "office",
                    "power",
                    "position",
                    "job",
                    "government",
                ],
            )
        })
    {
        semantic = Some(SemanticClass::Resign);
    }
    // `left dozens dead`, `left thousands homeless`: a toll, not a
    // departure.
    if semantic == Some(SemanticClass::Withdraw)
        && lemma == "leave"
        && (last + 1..(last + 5).min(doc.toks.len())).any(|k| {
            doc.is_any(
                k,
                &["dead", "injured", "wounded", "homeless", "stranded", "hurt"],
            )
        })
    {
        semantic = Some(SemanticClass::Kill);
    }
    // `sending conflicting reports`, `sent a letter`: a message, not a
    // deployment. The object is read within the next four words.
    if semantic == Some(SemanticClass::Deploy)
        && matches!(lemma.as_ref(), "send" | "dispatch" | "despatch")
        && (last + 1..(last + 5).min(doc.toks.len())).any(|k| doc.is_any(k, MESSAGES))
    {
        semantic = None;
    }
    let mut class = class;
    if lemma == "state of emergency" {
        class = EventClass::State;
        semantic = Some(SemanticClass::Emergency);
    }
    let aspectual = if own_lemma {
        info.aspectual
    } else {
        aspectual_phase(&lemma)
    };
    Draft {
        head: i,
        last,
        class,
        pos: PartOfSpeech::Other,
        lemma: match doc.tk.get(i) {
            Some(t) if own_lemma => lemmas
                .entry(t.word)
                .or_insert_with(|| Arc::from(lemma.as_ref()))
                .clone(),
            _ => Arc::from(lemma.as_ref()),
        },
        aspectual,
        semantic,
        tense: Tense::None,
        aspect: Aspect::None,
        polarity: Polarity::Positive,
        modality: None,
        status: Status::Unknown,
        passive: false,
        reported_by: None,
        phase: Phase::Whole,
        phase_of: None,
        sentence,
    }
}

/// Whether one of the tokens `aux` is one of `ws` (inlined always, like
/// [`Doc::is_any`], for the literal lists).
#[inline(always)]
fn word_in(doc: &Doc<'_>, aux: &[(usize, Fc)], ws: &[&str]) -> bool {
    for (k, _) in aux {
        if doc.is_any(*k, ws) {
            return true;
        }
    }
    false
}

/// Whether a word, lower-cased (ASCII), is a past form: `-ed` or an
/// irregular past.
fn past_form(l: &str, lemma: &str) -> bool {
    (l.ends_with("ed") && l.len() > 3) || (l != lemma && !l.ends_with('s') && !l.ends_with("ing"))
}

/// Part of speech, tense, aspect, polarity, modality from the auxiliary
/// chain before the trigger.
fn attributes(doc: &Doc<'_>, d: &mut Draft) {
    let i = d.head;
    let word = doc.word(i);
    let w = doc.ascii_lower_word(i);
    let ing = w.ends_with("ing") && w.len() > 4;
    let past = past_form(&w, &d.lemma);
    let cl = doc.class(i);
    // Walk left over the auxiliary chain.
    // (At most six auxiliaries, right to left.)
    let mut chain = [(0usize, Fc::Open); 6];
    let mut len = 0;
    let mut j = i;
    let start = doc.sentence_tokens(d.sentence).start;
    let mut prev_content: Option<usize> = None;
    while j > start {
        j -= 1;
        let c = doc.class(j);
        let link = match c {
            Fc::Be | Fc::Have | Fc::Do | Fc::Modal | Fc::Neg | Fc::To => Some(c),
            Fc::Adv | Fc::Ly => None,
            _ if len > 0 && doc.is_any(j, &["going", "about", "able", "set", "due"]) => {
                Some(Fc::Adv)
            }
            _ => {
                prev_content = Some(j);
                break;
            }
        };
        if let Some(c) = link {
            chain[len] = (j, c);
            len += 1;
            if len == chain.len() {
                break;
            }
        }
    }
    let aux = &chain[..len];
    let has = |f: Fc| aux.iter().any(|(_, c)| *c == f);
    let word_in_aux = |ws: &[&str]| word_in(doc, aux, ws);
    // Part of speech.
    let pc = prev_content.map(|k| doc.class(k));
    let nominal_ending = matches!(cl, Fc::Nom)
        || w.ends_with("tion")
        || w.ends_with("ment")
        || w.ends_with("al")
        || match doc.info(i) {
            // `info` describes the ASCII lower case of an ASCII word.
            Some(info) if word.is_ascii() => info.event_noun,
            _ => is_event_noun(&w),
        };
    d.pos = if &*d.lemma == "state of emergency" {
        PartOfSpeech::Noun
    } else if !aux.is_empty() {
        if has(Fc::Be) && !ing && !past && d.class == EventClass::State {
            PartOfSpeech::Adjective
        } else if (aux.iter().all(|(_, c)| *c == Fc::Neg) && nominal_ending)
            || (has(Fc::To) && nominal_ending && !ing)
        {
            PartOfSpeech::Noun
        } else {
            PartOfSpeech::Verb
        }
    } else {
        match pc {
            Some(Fc::Det | Fc::Poss | Fc::Number) => {
                if doc.is_any(prev_content.unwrap_or(0), &["that", "which"]) {
                    PartOfSpeech::Verb
                } else {
                    PartOfSpeech::Noun
                }
            }
            Some(Fc::Prep) => {
                if ing {
                    PartOfSpeech::Verb
                } else {
                    PartOfSpeech::Noun
                }
            }
            Some(Fc::Pron | Fc::Wh) => PartOfSpeech::Verb,
            _ => {
                if d.class == EventClass::Aspectual
                    && !nominal_ending
                    && !matches!(
                        w.as_ref(),
                        "beginning" | "end" | "start" | "outset" | "onset"
                    )
                {
                    PartOfSpeech::Verb
                } else if nominal_ending && !past && !ing {
                    PartOfSpeech::Noun
                } else if past || ing || w.ends_with('s') && d.class != EventClass::Occurrence {
                    PartOfSpeech::Verb
                } else if matches!(
                    pc,
                    Some(Fc::Name | Fc::Open | Fc::S | Fc::Ed | Fc::Ing | Fc::Nom)
                ) && d.class != EventClass::State
                    && !w.ends_with('s')
                {
                    PartOfSpeech::Noun
                } else if matches!(pc, Some(Fc::Name)) {
                    PartOfSpeech::Verb
                } else {
                    PartOfSpeech::Noun
                }
            }
        }
    };
    // Polarity.
    let neg = has(Fc::Neg)
        || (d.pos == PartOfSpeech::Noun
            && prev_content.is_some_and(|k| doc.is(k, "no") || doc.is(k, "without")))
        || (d.pos != PartOfSpeech::Noun && i > 1 && doc.is(i - 1, "never"));
    d.polarity = if neg {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    if d.pos == PartOfSpeech::Noun {
        d.tense = Tense::None;
        d.aspect = Aspect::None;
        return;
    }
    // Modality and tense.
    let modal = aux.iter().find(|(_, c)| *c == Fc::Modal).map(|(k, _)| *k);
    let future = word_in_aux(&["will", "shall", "'ll", "\u{2019}ll", "wo"])
        || (word_in_aux(&["going", "about"]) && has(Fc::To) && has(Fc::Be));
    if let Some(k) = modal
        && !future
    {
        d.modality = Some(doc.word(k).to_ascii_lowercase().replace('\u{2019}', "'"));
    }
    let have = aux.iter().find(|(_, c)| *c == Fc::Have).map(|(k, _)| *k);
    let be = aux.iter().find(|(_, c)| *c == Fc::Be).map(|(k, _)| *k);
    let perfect =
        have.is_some() && (past || (be.is_some() && doc.is_any(be.unwrap_or(0), &["been"])));
    let progressive = be.is_some() && ing;
    d.passive = be.is_some() && past && !ing;
    d.aspect = match (perfect, progressive) {
        (true, true) => Aspect::PerfectiveProgressive,
        (true, false) => Aspect::Perfective,
        (false, true) => Aspect::Progressive,
        _ => Aspect::None,
    };
    // The finite auxiliary: the leftmost of the chain (chain is stored
    // right to left).
    let finite = aux
        .iter()
        .rev()
        .find(|(_, c)| matches!(c, Fc::Be | Fc::Have | Fc::Do | Fc::Modal))
        .map(|(k, _)| *k);
    let to_directly = aux.first().is_some_and(|(_, c)| *c == Fc::To)
        || (aux.len() >= 2 && aux.iter().take(2).any(|(_, c)| *c == Fc::To) && has(Fc::Neg));
    d.tense = if future {
        Tense::Future
    } else if has(Fc::To)
        && (to_directly || aux.iter().rev().position(|(_, c)| *c == Fc::To) == Some(0))
    {
        Tense::Infinitive
    } else if modal.is_some() {
        Tense::None
    } else if let Some(k) = finite {
        let f = doc.ascii_lower_word(k);
        match f.as_ref() {
            "was" | "were" | "had" | "did" => Tense::Past,
            "is" | "are" | "am" | "has" | "have" | "do" | "does" | "'s" | "\u{2019}s" | "'re"
            | "'ve" => Tense::Present,
            "been" | "be" | "being" | "having" => {
                if ing {
                    Tense::PresPart
                } else {
                    Tense::PastPart
                }
            }
            _ => Tense::None,
        }
    } else if ing {
        Tense::PresPart
    } else if past {
        // A participle after a noun and before a preposition: `the
        // contingent, deployed on January 6`, `an emergency imposed after`.
        let next_prep = matches!(doc.class(d.last + 1), Fc::Prep);
        if next_prep && matches!(pc, Some(Fc::Comma)) {
            Tense::PastPart
        } else {
            Tense::Past
        }
    } else if d.pos == PartOfSpeech::Adjective {
        Tense::None
    } else {
        Tense::Present
    };
}

/// Aspectual mentions and the process they give a phase of.
fn link_phases(doc: &Doc<'_>, drafts: &mut [Draft]) {
    for a in 0..drafts.len() {
        let Some(phase) = drafts[a].aspectual else {
            continue;
        };
        // `lift` and `end` as aspectual only with a measure or process.
        let head = drafts[a].head;
        let last = drafts[a].last;
        let clause = doc.clause(head);
        // Forward: the next mention in the clause within a few tokens,
        // skipping determiners, `to`, `of`, adjectives.
        let mut target = None;
        for (b, d) in drafts.iter().enumerate().skip(a + 1) {
            if d.head > last + 6 || doc.clause(d.head) != clause {
                break;
            }
            let gap_ok = (last + 1..d.head).all(|k| {
                matches!(
                    doc.class(k),
                    Fc::Det
                        | Fc::Poss
                        | Fc::To
                        | Fc::Adv
                        | Fc::Ly
                        | Fc::Open
                        | Fc::Number
                        | Fc::Name
                ) || doc.is_any(k, &["of", "a", "process", "their", "its", "phased", "-"])
            });
            if !gap_ok {
                break;
            }
            // `a process of withdrawing`: the process is the last of a chain.
            if matches!(&*d.lemma, "process" | "operation" | "work") && doc.is(d.last + 1, "of") {
                continue;
            }
            target = Some(b);
            break;
        }
        // Backward: `His withdrawal began`, `the operation concluded`.
        if target.is_none() && drafts[a].pos == PartOfSpeech::Verb {
            for b in (0..a).rev() {
                let d = &drafts[b];
                if doc.clause(d.head) != clause || d.last + 15 < head {
                    break;
                }
                if d.pos == PartOfSpeech::Noun {
                    // The leftmost noun: the subject's head.
                    target = Some(b);
                }
            }
        }
        // `the end of a two-week state of emergency` lies beyond a timex.
        if target.is_none()
            && drafts[a].pos == PartOfSpeech::Noun
            && doc.is(last + 1, "of")
            && drafts.get(a + 1).is_some_and(|d| d.head <= last + 8)
        {
            target = Some(a + 1);
        }
        if let Some(b) = target
            && b != a
        {
            drafts[a].phase_of = Some(b);
            drafts[b].phase = phase;
            if drafts[a].class != EventClass::Aspectual
                && !matches!(&*drafts[a].lemma, "lift" | "end" | "remain")
            {
                drafts[a].class = EventClass::Aspectual;
            }
        }
    }
}

/// Reported speech: events in a sentence with a reporting event, or in
/// quotation marks.
fn link_reported(doc: &Doc<'_>, drafts: &mut [Draft]) {
    let n = drafts.len();
    let reporting = |d: &Draft| d.class == EventClass::Reporting;
    let mut s0 = 0;
    while s0 < n {
        let sent = drafts[s0].sentence;
        let mut s1 = s0;
        while s1 < n && drafts[s1].sentence == sent {
            s1 += 1;
        }
        // The last reporting event before each mention and the first after
        // it (heads grow with the index, so the nearest reporting event is
        // one of the two; on a tie, the one before).
        let mut before: Option<usize> = None;
        let mut after = s0;
        for k in s0..s1 {
            if reporting(&drafts[k]) {
                before = Some(k);
                continue;
            }
            after = after.max(k + 1);
            while after < s1 && !reporting(&drafts[after]) {
                after += 1;
            }
            let head = drafts[k].head;
            // The nearest reporting event; a reporting verb governs what
            // follows it (`said that X`) or what precedes it (`X, he
            // said`).
            let r = match (before, (after < s1).then_some(after)) {
                (Some(b), Some(a)) => {
                    if drafts[a].head - head < head - drafts[b].head {
                        Some(a)
                    } else {
                        Some(b)
                    }
                }
                (b, a) => b.or(a),
            };
            if let Some(r) = r {
                // Not the reporting clause's own subject noun (`the
                // ministry's statement said`).
                if doc.clause(head) == doc.clause(drafts[r].head)
                    && head < drafts[r].head
                    && drafts[k].pos == PartOfSpeech::Noun
                    && drafts[r].head - head <= 2
                {
                    continue;
                }
                drafts[k].reported_by = Some(r);
            }
        }
        s0 = s1;
    }
}

/// Status from tense, modality, polarity, governing verbs.
fn statuses(doc: &Doc<'_>, drafts: &mut [Draft]) {
    // (`if`, `unless`, `whether`, ignoring ASCII case: a flag of the
    // word type.)
    let is_if = |k: usize| doc.has(k, wf::IF);
    // The tokens before the current trigger, read once: the last `if`
    // among them and where the clause of the last one starts.
    let mut scanned = 0;
    let mut last_if: Option<usize> = None;
    let mut clause_start = 0;
    for k in 0..drafts.len() {
        let d = &drafts[k];
        let mut status = match (d.tense, d.aspect) {
            (Tense::Future, _) => Status::Planned,
            (Tense::Present, Aspect::Progressive) => Status::Ongoing,
            (Tense::Present, Aspect::Perfective | Aspect::PerfectiveProgressive) => {
                Status::Happened
            }
            (Tense::Present, _) if matches!(d.class, EventClass::State | EventClass::IState) => {
                Status::Ongoing
            }
            (Tense::Present, _) => Status::Happened,
            (Tense::Past | Tense::PastPart, _) => Status::Happened,
            _ => Status::Unknown,
        };
        if let Some(m) = &d.modality {
            status = match m.as_str() {
                "would" | "should" | "must" | "'d" | "ought" => Status::Planned,
                _ => Status::Hypothetical,
            };
        }
        // Governed events inherit from the governing verb: infinitives,
        // participles and nouns right after a verb of the same clause.
        if matches!(status, Status::Unknown)
            || matches!(d.tense, Tense::Infinitive | Tense::PresPart)
        {
            let clause = doc.clause(d.head);
            let gov = (0..k)
                .rev()
                .take_while(|&g| drafts[g].last + 6 >= d.head)
                .find(|&g| {
                    let x = &drafts[g];
                    x.pos == PartOfSpeech::Verb && doc.clause(x.head) == clause
                });
            let infinitive = d.tense == Tense::Infinitive;
            if let Some(g) = gov {
                let gv = &drafts[g];
                let finite = matches!(gv.tense, Tense::Past | Tense::Present | Tense::Future)
                    || gv.class == EventClass::Aspectual;
                status =
                    if infinitive && is_intention(&gv.lemma) && gv.polarity == Polarity::Positive {
                        Status::Planned
                    } else if infinitive
                        && (matches!(&*gv.lemma, "fail" | "refuse" | "decline" | "avoid")
                            || gv.polarity == Polarity::Negative)
                    {
                        Status::Negated
                    } else if finite || infinitive {
                        gv.status
                    } else {
                        status
                    };
            } else if d.tense == Tense::Infinitive {
                status = Status::Planned;
            }
        }
        // `if`, `unless` before the trigger in its clause, or right before
        // the clause.
        let h = d.head;
        while scanned < h {
            if scanned == 0 || doc.clause(scanned) != doc.clause(scanned - 1) {
                clause_start = scanned;
            }
            if is_if(scanned) {
                last_if = Some(scanned);
            }
            scanned += 1;
        }
        // (Clauses never span sentences.)
        let opens = if h > 0 && doc.clause(h - 1) == doc.clause(h) {
            clause_start
        } else {
            h
        };
        let start = doc.sentence_tokens(d.sentence).start;
        if last_if.is_some_and(|x| x >= opens) || (opens > start && is_if(opens - 1)) {
            status = Status::Hypothetical;
        }
        if d.polarity == Polarity::Negative {
            status = Status::Negated;
        }
        drafts[k].status = status;
    }
    // A participle adjunct left without a status ("While introducing the
    // phone, Jobs started...", "..., saying the cases were free") tells of
    // what the sentence's main verb tells: it takes the status of the
    // nearest finite verb of its sentence, the one before it (the adjunct
    // trails its clause) or else the one after it (the adjunct opens the
    // sentence).
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if d.status != Status::Unknown || d.tense != Tense::PresPart || d.pos != PartOfSpeech::Verb
        {
            continue;
        }
        let sentence = d.sentence;
        let finite = |x: &Draft| {
            x.sentence == sentence
                && x.pos == PartOfSpeech::Verb
                && matches!(x.tense, Tense::Past | Tense::Present | Tense::Future)
                && x.status != Status::Unknown
        };
        let before = drafts[..k]
            .iter()
            .rev()
            .take_while(|x| x.sentence == sentence)
            .find(|x| finite(x));
        let after = || {
            drafts[k + 1..]
                .iter()
                .take_while(|x| x.sentence == sentence)
                .find(|x| finite(x))
        };
        if let Some(status) = before.or_else(after).map(|x| x.status) {
            drafts[k].status = status;
        }
    }
    // A process without a status of its own takes its aspectual's.
    for a in 0..drafts.len() {
        if let Some(p) = drafts[a].phase_of
            && p < drafts.len()
            && drafts[p].status == Status::Unknown
        {
            drafts[p].status = drafts[a].status;
        }
    }
}

//! Finding triggers and reading their grammatical attributes, phases and
//! reported speech off the tokens around them.

use std::ops::Range;

use super::lexicon::{Fc, FxMap, PHRASAL, aspectual_phase, is_event_noun, semantic_class};
use super::model::{CLASSES, Entry, ScoreTok, argmax, token_class};
use super::sentence::{Sentence, Token, TokenKind, split_sentences, tokenize_into};
use super::{
    Aspect, EventClass, EventMention, Extractor, PartOfSpeech, Phase, Polarity, SemanticClass,
    Status, Tense, anchor, participants, salience,
};
use crate::tagger::{Expression, ReferenceTime};

/// Longest word looked up in the vocabulary.
const MAX_WORD: usize = 40;

/// One analysed text: tokens, their classes and sentences.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub sents: Vec<Sentence>,
    pub class: Vec<Fc>,
    /// Sentence index of each token.
    pub sent_of: Vec<u32>,
    /// Clause number of each token (counted over the whole text).
    pub clause: Vec<u32>,
    /// Whether the token is inside a temporal expression.
    pub in_timex: Vec<bool>,
}

impl<'a> Doc<'a> {
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let x = self.word(i);
        ws.iter().any(|w| x.eq_ignore_ascii_case(w))
    }
    #[inline]
    pub fn class(&self, i: usize) -> Fc {
        self.class.get(i).copied().unwrap_or(Fc::Edge)
    }
    pub fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.sents.get(s).map_or(0..0, |s| s.tokens.clone())
    }
}

/// A mention being built.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub head: usize,
    pub last: usize,
    pub class: EventClass,
    pub pos: PartOfSpeech,
    pub lemma: String,
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

fn lower_into<'b>(w: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > MAX_WORD || !w.is_ascii() {
        return None;
    }
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

fn shape_of(w: &str) -> u8 {
    let b = w.as_bytes();
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
            let ch = w.chars().next().unwrap_or(' ');
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
    let mut toks = Vec::new();
    let mut flags = Vec::new();
    tokenize_into(text, &mut toks, &mut flags);
    let mut sents = Vec::new();
    split_sentences(text, &toks, &flags, &mut sents);
    let n = toks.len();
    let c = &ex.compiled;

    // Sentence of each token, first-in-sentence flags.
    let mut sent_of = vec![0u32; n];
    let mut first = vec![false; n];
    for (si, s) in sents.iter().enumerate() {
        for k in s.tokens.clone() {
            if let Some(x) = sent_of.get_mut(k) {
                *x = si as u32;
            }
        }
        if let Some(f) = first.get_mut(s.tokens.start) {
            *f = true;
        }
        if s.tokens.len() > 1
            && toks[s.tokens.start].kind == TokenKind::Punct
            && let Some(f) = first.get_mut(s.tokens.start + 1)
        {
            *f = true;
        }
    }
    // Temporal expressions: which tokens they cover.
    let mut in_timex = vec![false; n];
    for e in expressions {
        let k0 = toks.partition_point(|t| t.end <= e.start);
        let mut k = k0;
        while k < n && toks[k].start < e.end {
            in_timex[k] = true;
            k += 1;
        }
    }

    // Vocabulary lookups.
    enum Ref {
        None,
        Known(u32),
        Unknown(u32),
    }
    let mut refs: Vec<Ref> = Vec::with_capacity(n);
    let mut unknown: Vec<Entry> = Vec::new();
    let mut class = Vec::with_capacity(n);
    let mut shapes = Vec::with_capacity(n);
    let mut buf = [0u8; MAX_WORD];
    let mut seen: FxMap<String, u32> = FxMap::default();
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let shape = if t.kind == TokenKind::Word {
            shape_of(w)
        } else {
            3
        };
        shapes.push(shape);
        if t.kind != TokenKind::Word {
            refs.push(Ref::None);
            class.push(token_class(t.kind, w, w, shape, first[i]));
            continue;
        }
        let owned;
        let lower: &str = match lower_into(w, &mut buf) {
            Some(l) => l,
            None => {
                owned = w.to_lowercase();
                &owned
            }
        };
        let (r, e) = match c.words.get(lower) {
            Some(&id) => (Ref::Known(id), c.entries.get(id as usize)),
            None => match seen.get(lower) {
                Some(&u) => (Ref::Unknown(u), unknown.get(u as usize)),
                None => {
                    unknown.push(c.entry_for(lower, false));
                    let u = unknown.len() as u32 - 1;
                    seen.insert(lower.to_string(), u);
                    (Ref::Unknown(u), unknown.last())
                }
            },
        };
        class.push(match e {
            Some(e) => match e.closed {
                Some(fc) => fc,
                None if shape >= 1 && !first[i] => Fc::Name,
                None => e.morph,
            },
            None => token_class(t.kind, w, lower, shape, first[i]),
        });
        refs.push(r);
    }
    let entry = |r: &Ref| -> Option<&Entry> {
        match r {
            Ref::None => None,
            Ref::Known(id) => c.entries.get(*id as usize),
            Ref::Unknown(id) => unknown.get(*id as usize),
        }
    };
    let stoks: Vec<ScoreTok<'_>> = (0..n)
        .map(|i| ScoreTok {
            kind: toks[i].kind,
            class: class[i],
            shape: shapes[i],
            first: first[i],
            entry: entry(&refs[i]),
        })
        .collect();

    let doc = Doc {
        text,
        toks,
        sents,
        class,
        sent_of,
        clause: Vec::new(),
        in_timex,
    };
    let mut doc = doc;
    doc.clause = clauses(&doc);

    // Triggers.
    let bias = ex.config.bias;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &stoks[i];
        if t.kind != TokenKind::Word || doc.in_timex[i] {
            i += 1;
            continue;
        }
        let Some(e) = t.entry else {
            i += 1;
            continue;
        };
        let mut sc = c.score(i, &e.own, &stoks);
        sc[0] -= bias;
        let mut label = argmax(&sc);
        if label == 0 {
            label = forced(&doc, i, &e.lemma, t.shape);
        }
        if label == 0 {
            i += 1;
            continue;
        }
        let class = CLASSES[label - 1];
        let d = draft(&doc, i, class, &e.lemma);
        i = d.last + 1;
        drafts.push(d);
    }

    // Attributes, phases, reported speech.
    for d in drafts.iter_mut() {
        attributes(&doc, d);
    }
    link_phases(&doc, &mut drafts);
    link_reported(&doc, &mut drafts);
    statuses(&doc, &mut drafts);

    // Participants, anchors, salience.
    let parts = participants::participants(&doc, &drafts, &stoks);
    let anchors = anchor::anchors(&doc, &mut drafts, expressions, reference);

    let mut out: Vec<EventMention> = Vec::with_capacity(drafts.len());
    for ((d, p), a) in drafts.iter().zip(parts).zip(anchors) {
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
            lemma: d.lemma.clone(),
            pos: d.pos,
            semantic_class: d.semantic,
            class: d.class,
            tense: d.tense,
            aspect: d.aspect,
            polarity: d.polarity,
            modality: d.modality.clone(),
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
    salience::score(&doc, &mut out);
    if let Some(allowed) = allowed {
        filter_allowed(&mut out, allowed);
    }
    out
}

/// Keeps the mentions inside `allowed`, renumbering the index fields.
fn filter_allowed(out: &mut Vec<EventMention>, allowed: &[Range<usize>]) {
    let keep: Vec<bool> = out
        .iter()
        .map(|m| allowed.iter().any(|r| r.start <= m.start && m.end <= r.end))
        .collect();
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
fn clauses(doc: &Doc<'_>) -> Vec<u32> {
    let n = doc.toks.len();
    let mut out = vec![0u32; n];
    let mut c = 0u32;
    let mut prev_sent = u32::MAX;
    #[allow(clippy::needless_range_loop)]
    for i in 0..n {
        if doc.sent_of[i] != prev_sent {
            c += 1;
            prev_sent = doc.sent_of[i];
        }
        let w = doc.word(i);
        let boundary_here = match doc.class[i] {
            Fc::Stop => w != ".",
            Fc::Quote => true,
            Fc::Punct => matches!(w, "\u{2013}" | "\u{2014}" | "(" | ")" | "-"),
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
        out[i] = c;
    }
    out
}

/// Triggers the rules add where the model sees none: `state of
/// emergency`, and the aspectual verbs that give a process its phases.
fn forced(doc: &Doc<'_>, i: usize, lemma: &str, shape: u8) -> usize {
    let w = doc.word(i);
    if w.len() == 5 && doc.is(i, "state") && doc.is(i + 1, "of") && doc.is(i + 2, "emergency") {
        return 4; // STATE
    }
    if shape > 1
        || !matches!(
            lemma,
            "begin" | "start" | "complete" | "conclude" | "finish" | "commence"
        )
    {
        return 0;
    }
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

/// The first draft of a mention at token `i`.
fn draft(doc: &Doc<'_>, i: usize, class: EventClass, lemma: &str) -> Draft {
    let mut last = i;
    let mut lemma = lemma.to_string();
    let lower_head = doc.word(i).to_ascii_lowercase();
    // `state of emergency`.
    if (lower_head == "state" || lower_head == "states")
        && doc.is(i + 1, "of")
        && doc.is(i + 2, "emergency")
    {
        last = i + 2;
        lemma = "state of emergency".into();
    }
    // `taking-off`: a hyphenated phrasal verb.
    if let Some((h, p)) = lower_head.split_once('-')
        && let Some((l, _)) = PHRASAL.iter().find(|(l, pp)| {
            *pp == p
                && (h == *l
                    || h.strip_suffix("ing").is_some_and(|s| l.starts_with(s))
                    || h.strip_suffix("ed").is_some_and(|s| l.starts_with(s)))
        })
    {
        lemma = format!("{l} {p}");
    }
    // Phrasal verbs: `pull out`, `draw down`, `hand over`.
    if last == i
        && let Some((_, p)) = PHRASAL
            .iter()
            .find(|(l, p)| *l == lemma && doc.is(i + 1, p))
    {
        // Not when the particle opens a phrase of its own (`took off from`
        // is still phrasal; `take over the city` too).
        last = i + 1;
        lemma = format!("{lemma} {p}");
    }
    let sentence = doc.sent_of.get(i).copied().unwrap_or(0) as usize;
    let mut semantic = semantic_class(&lemma)
        .or_else(|| semantic_class(&lower_head))
        .or_else(|| {
            lemma
                .split_once(' ')
                .and_then(|(h, _)| semantic_class(h))
                .filter(|_| !lemma.starts_with("take"))
        });
    // `departure from the presidency`, `leaving his post`: a resignation.
    if matches!(
        semantic,
        Some(SemanticClass::Withdraw | SemanticClass::Dismiss) | None
    ) {
        let office = (last + 1..(last + 5).min(doc.toks.len())).any(|k| {
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
        });
        if office && matches!(semantic, Some(SemanticClass::Withdraw)) {
            semantic = Some(SemanticClass::Resign);
        }
    }
    // `left dozens dead`, `left thousands homeless`: a toll, not a
    // departure.
    if lemma == "leave" && matches!(semantic, Some(SemanticClass::Withdraw)) {
        let toll = (last + 1..(last + 5).min(doc.toks.len())).any(|k| {
            doc.is_any(
                k,
                &["dead", "injured", "wounded", "homeless", "stranded", "hurt"],
            )
        });
        if toll {
            semantic = Some(SemanticClass::Kill);
        }
    }
    let mut class = class;
    if lemma == "state of emergency" {
        class = EventClass::State;
        semantic = Some(SemanticClass::Emergency);
    }
    Draft {
        head: i,
        last,
        class,
        pos: PartOfSpeech::Other,
        lemma,
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

/// Whether a word is a past form: `-ed` or an irregular past.
fn past_form(word: &str, lemma: &str) -> bool {
    let l = word.to_ascii_lowercase();
    (l.ends_with("ed") && l.len() > 3) || (l != lemma && !l.ends_with('s') && !l.ends_with("ing"))
}

/// Part of speech, tense, aspect, polarity, modality from the auxiliary
/// chain before the trigger.
fn attributes(doc: &Doc<'_>, d: &mut Draft) {
    let i = d.head;
    let w = doc.word(i).to_ascii_lowercase();
    let ing = w.ends_with("ing") && w.len() > 4;
    let past = past_form(&w, &d.lemma);
    let cl = doc.class(i);
    // Walk left over the auxiliary chain.
    let mut aux: Vec<(usize, Fc)> = Vec::new();
    let mut j = i;
    let start = doc.sentence_tokens(d.sentence).start;
    let mut prev_content: Option<usize> = None;
    while j > start {
        j -= 1;
        let c = doc.class(j);
        match c {
            Fc::Be | Fc::Have | Fc::Do | Fc::Modal | Fc::Neg | Fc::To => aux.push((j, c)),
            Fc::Adv | Fc::Ly => {}
            _ if doc.is_any(j, &["going", "about", "able", "set", "due"]) && !aux.is_empty() => {
                aux.push((j, Fc::Adv))
            }
            _ => {
                prev_content = Some(j);
                break;
            }
        }
        if aux.len() > 5 {
            break;
        }
    }
    let has = |f: Fc| aux.iter().any(|(_, c)| *c == f);
    let word_in_aux = |ws: &[&str]| aux.iter().any(|(k, _)| doc.is_any(*k, ws));
    // Part of speech.
    let pc = prev_content.map(|k| doc.class(k));
    let nominal_ending = matches!(cl, Fc::Nom)
        || w.ends_with("tion")
        || w.ends_with("ment")
        || w.ends_with("al")
        || is_event_noun(&w);
    d.pos = if d.lemma == "state of emergency" {
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
                        w.as_str(),
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
        let f = doc.word(k).to_ascii_lowercase();
        match f.as_str() {
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
        let Some(phase) = aspectual_phase(&drafts[a].lemma) else {
            continue;
        };
        // `lift` and `end` as aspectual only with a measure or process.
        let head = drafts[a].head;
        let last = drafts[a].last;
        let clause = doc.clause.get(head).copied();
        // Forward: the next mention in the clause within a few tokens,
        // skipping determiners, `to`, `of`, adjectives.
        let mut target = None;
        for (b, d) in drafts.iter().enumerate().skip(a + 1) {
            if d.head > last + 6 || doc.clause.get(d.head).copied() != clause {
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
            if matches!(d.lemma.as_str(), "process" | "operation" | "work")
                && doc.is(d.last + 1, "of")
            {
                continue;
            }
            target = Some(b);
            break;
        }
        // Backward: `His withdrawal began`, `the operation concluded`.
        if target.is_none() && drafts[a].pos == PartOfSpeech::Verb {
            for b in (0..a).rev() {
                let d = &drafts[b];
                if doc.clause.get(d.head).copied() != clause || d.last + 15 < head {
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
                && !matches!(drafts[a].lemma.as_str(), "lift" | "end" | "remain")
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
    let mut s0 = 0;
    while s0 < n {
        let sent = drafts[s0].sentence;
        let mut s1 = s0;
        while s1 < n && drafts[s1].sentence == sent {
            s1 += 1;
        }
        let reporters: Vec<usize> = (s0..s1)
            .filter(|&k| drafts[k].class == EventClass::Reporting)
            .collect();
        if !reporters.is_empty() {
            for k in s0..s1 {
                if drafts[k].class == EventClass::Reporting {
                    continue;
                }
                // The nearest reporting event; a reporting verb governs
                // what follows it (`said that X`) or what precedes it
                // (`X, he said`).
                let r = reporters
                    .iter()
                    .min_by_key(|&&r| drafts[r].head.abs_diff(drafts[k].head))
                    .copied();
                if let Some(r) = r {
                    // Not the reporting clause's own subject noun (`the
                    // ministry's statement said`).
                    if doc.clause.get(drafts[k].head) == doc.clause.get(drafts[r].head)
                        && drafts[k].head < drafts[r].head
                        && drafts[k].pos == PartOfSpeech::Noun
                        && drafts[r].head - drafts[k].head <= 2
                    {
                        continue;
                    }
                    drafts[k].reported_by = Some(r);
                }
            }
        }
        s0 = s1;
    }
}

/// Status from tense, modality, polarity, governing verbs.
fn statuses(doc: &Doc<'_>, drafts: &mut [Draft]) {
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
            let clause = doc.clause.get(d.head).copied();
            let gov = (0..k)
                .rev()
                .take_while(|&g| drafts[g].last + 6 >= d.head)
                .find(|&g| {
                    let x = &drafts[g];
                    x.pos == PartOfSpeech::Verb && doc.clause.get(x.head).copied() == clause
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
                        && (matches!(gv.lemma.as_str(), "fail" | "refuse" | "decline" | "avoid")
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
        // `if`, `unless` before the trigger in the clause.
        let clause = doc.clause.get(d.head).copied();
        let mut j = d.head;
        let start = doc.sentence_tokens(d.sentence).start;
        while j > start && doc.clause.get(j - 1).copied() == clause {
            j -= 1;
            if doc.is_any(j, &["if", "unless", "whether"]) {
                status = Status::Hypothetical;
                break;
            }
        }
        if j > start && doc.is_any(j.saturating_sub(1), &["if", "unless", "whether"]) {
            status = Status::Hypothetical;
        }
        if d.polarity == Polarity::Negative {
            status = Status::Negated;
        }
        drafts[k].status = status;
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

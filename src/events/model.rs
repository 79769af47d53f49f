//! The event-trigger model: an averaged perceptron over words, their
//! endings and their neighbours, trained here on the TimeBank and AQUAINT
//! gold EVENTs and shipped in the crate as text
//! (`src/events/data/model.txt`).
//!
//! Each word token is scored for eight labels (no event, and the seven
//! TimeML classes); the best label wins. Features:
//!
//! - the word itself: its lower-cased form, lemma, last 2, 3 and 4
//!   letters, ending class (`-ing`, `-ed`, `-tion`...), whether it is in the
//!   hand-written lists of event nouns, semantic classes and aspectual
//!   verbs;
//! - its shape (capitalised, all capitals, lower case) and whether it opens
//!   the sentence;
//! - the words one and two to the left and right (rare words by their
//!   class);
//! - the classes of the neighbours combined with its own (`to` + `-ing`,
//!   `has` + `-ed`, determiner + noun ending).
//!
//! Everything that depends on a word alone is summed once per vocabulary
//! word when the [`super::Extractor`] is built, so scoring a token costs
//! one hash lookup and a few vector additions.
//!
//! [`Model::train`] is the training script: `cargo run --release --example
//! events -- train DIR...` calls it and writes the model file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::lexicon::{
    FC_COUNT, Fc, FxMap, GROUP_NOUNS, Morphology, PHRASAL, aspectual_phase, closed_class, has_byte,
    has_curly_apostrophe, is_common_opener, is_event_noun, is_phase_verb, lex, morph_class,
    semantic_class, wf,
};
use super::sentence::{Token, TokenKind, split_sentences, tokenize_into};
use super::table::{HasKey, Key, WordMap, WordTable};
use super::{EventClass, Phase, SemanticClass};
use crate::timeml::Document;
use crate::{Error, Result};

/// Number of labels: no event and the seven classes.
pub(crate) const LABELS: usize = 8;

/// A weight vector, one weight per label.
pub(crate) type Vector = [f32; LABELS];

const ZERO: Vector = [0.0; LABELS];

/// The classes in label order (label 0 is "no event").
pub(crate) const CLASSES: [EventClass; 7] = [
    EventClass::Occurrence,
    EventClass::Reporting,
    EventClass::IAction,
    EventClass::State,
    EventClass::IState,
    EventClass::Aspectual,
    EventClass::Perception,
];

fn label_of(class: EventClass) -> usize {
    CLASSES
        .iter()
        .position(|c| *c == class)
        .map_or(1, |p| p + 1)
}

/// A trained event-trigger model: feature weights and the vocabulary of
/// words used as context.
///
/// [`Model::bundled`] is the model shipped in the crate;
/// [`Model::train`] trains a new one (for cross-validation, or on other
/// corpora); [`Model::to_text`] and [`Model::from_text`] write and read
/// the shipped format.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Feature name to weights (one per label: none, then the TimeML
    /// classes in the order OCCURRENCE, REPORTING, I_ACTION, STATE,
    /// I_STATE, ASPECTUAL, PERCEPTION).
    pub weights: BTreeMap<String, Vec<f32>>,
    /// Words frequent enough in training to be context features by
    /// themselves (rarer ones count by their class).
    pub context_vocabulary: Vec<String>,
}

/// Training settings for [`Model::train`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Minimum count for a word to be a context feature by itself.
    pub min_count: usize,
    /// Weights smaller than this (in absolute value) are dropped from the
    /// saved model.
    pub prune: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            min_count: 2,
            prune: 0.05,
        }
    }
}

impl Model {
    /// The model shipped in the crate (trained on all of TimeBank and
    /// AQUAINT; see the README for held-out figures).
    pub fn bundled() -> Model {
        Model::from_text(include_str!("data/model.txt")).unwrap_or_default()
    }

    /// Reads a model written by [`Model::to_text`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidValue`] on a malformed line.
    pub fn from_text(text: &str) -> Result<Model> {
        let mut m = Model::default();
        for (no, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix("@vocab\t") {
                m.context_vocabulary
                    .extend(rest.split(' ').filter(|w| !w.is_empty()).map(String::from));
                continue;
            }
            let Some((name, ws)) = line.split_once('\t') else {
                return Err(parse_error(no, "no tab"));
            };
            let mut v = vec![0.0f32; LABELS];
            for part in ws.split(' ').filter(|p| !p.is_empty()) {
                let (l, w) = part
                    .split_once(':')
                    .ok_or_else(|| parse_error(no, "weight without label"))?;
                let l: usize = l.parse().map_err(|_| parse_error(no, "bad label"))?;
                let w: f32 = w.parse().map_err(|_| parse_error(no, "bad weight"))?;
                if l >= LABELS || !w.is_finite() {
                    return Err(parse_error(no, "label or weight out of range"));
                }
                v[l] = w;
            }
            m.weights.insert(name.to_string(), v);
        }
        Ok(m)
    }

    /// Writes the model as text: one feature a line (`name<TAB>label:weight
    /// ...`, zero weights left out) and the context vocabulary on `@vocab`
    /// lines.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        s.push_str(
            "# dateline event-trigger model (averaged perceptron); written by\n\
             # `cargo run --release --example events -- train`. Labels: 0 none, 1 OCCURRENCE,\n\
             # 2 REPORTING, 3 I_ACTION, 4 STATE, 5 I_STATE, 6 ASPECTUAL, 7 PERCEPTION.\n",
        );
        for chunk in self.context_vocabulary.chunks(20) {
            let _ = writeln!(s, "@vocab\t{}", chunk.join(" "));
        }
        for (name, w) in &self.weights {
            let _ = write!(s, "{name}\t");
            let mut first = true;
            for (l, x) in w.iter().enumerate() {
                if *x != 0.0 {
                    if !first {
                        s.push(' ');
                    }
                    first = false;
                    let _ = write!(s, "{l}:{}", round3(*x));
                }
            }
            s.push('\n');
        }
        s
    }

    /// Trains a model on the gold EVENTs of TimeML documents (each event's
    /// extent must be one token, as in TimeBank and AQUAINT; other events
    /// are skipped).
    pub fn train(docs: &[Document], options: TrainOptions) -> Model {
        let morph = Morphology::new(std::iter::empty());
        // Pass 1: tokens, labels and counts.
        let mut counts: FxMap<String, usize> = FxMap::default();
        let mut prepared: Vec<(Vec<TokInfo>, Vec<usize>)> = Vec::new();
        let mut toks = Vec::new();
        let mut flags = Vec::new();
        let mut sents = Vec::new();
        for doc in docs {
            tokenize_into(&doc.text, &mut toks, &mut flags);
            split_sentences(&doc.text, &toks, &flags, &mut sents);
            let infos = token_infos(&doc.text, &toks, &flags, &sents);
            let mut labels = vec![0usize; toks.len()];
            for e in &doc.events {
                if let Ok(k) = toks.binary_search_by_key(&e.start, |t| t.start)
                    && toks[k].end == e.end
                {
                    let class = e
                        .class
                        .parse::<EventClass>()
                        .unwrap_or(EventClass::Occurrence);
                    labels[k] = label_of(class);
                }
            }
            for t in &infos {
                if t.kind == TokenKind::Word {
                    *counts.entry(t.lower.clone()).or_insert(0) += 1;
                }
            }
            prepared.push((infos, labels));
        }
        let vocab: FxMap<String, ()> = counts
            .iter()
            .filter(|(_, c)| **c >= options.min_count)
            .map(|(w, _)| (w.clone(), ()))
            .collect();
        // Feature lists.
        let mut ids: FxMap<String, usize> = FxMap::default();
        let mut examples: Vec<(Vec<usize>, usize)> = Vec::new();
        let mut buf = Vec::new();
        for (infos, labels) in &prepared {
            for (i, t) in infos.iter().enumerate() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                buf.clear();
                features(infos, i, &morph, |w| vocab.contains_key(w), &mut buf);
                let fs = buf
                    .iter()
                    .map(|f| {
                        let n = ids.len();
                        *ids.entry(f.clone()).or_insert(n)
                    })
                    .collect();
                examples.push((fs, labels[i]));
            }
        }
        // Averaged perceptron with lazy averaging.
        let nf = ids.len();
        let mut w = vec![ZERO; nf];
        let mut acc = vec![ZERO; nf];
        let mut stamp = vec![[0u64; LABELS]; nf];
        let mut c: u64 = 1;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..options.epochs {
            // Fisher-Yates with a fixed xorshift: reproducible.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let j = (rng % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            for &k in &order {
                let (fs, y) = &examples[k];
                let mut sc = ZERO;
                for &f in fs {
                    add(&mut sc, &w[f]);
                }
                let p = argmax(&sc);
                if p != *y {
                    for &f in fs {
                        for (l, delta) in [(*y, 1.0f32), (p, -1.0)] {
                            acc[f][l] += (c - stamp[f][l]) as f32 * w[f][l];
                            stamp[f][l] = c;
                            w[f][l] += delta;
                        }
                    }
                }
                c += 1;
            }
        }
        let mut weights = BTreeMap::new();
        for (name, &f) in &ids {
            let mut v = vec![0.0f32; LABELS];
            let mut keep = false;
            for l in 0..LABELS {
                let total = acc[f][l] + (c - stamp[f][l]) as f32 * w[f][l];
                let avg = total / c as f32 * 10.0;
                if avg.abs() >= options.prune {
                    v[l] = avg;
                    keep = true;
                }
            }
            if keep {
                weights.insert(name.clone(), v);
            }
        }
        let mut context_vocabulary: Vec<String> = vocab.into_keys().collect();
        context_vocabulary.sort();
        Model {
            weights,
            context_vocabulary,
        }
    }
}

fn parse_error(line: usize, what: &str) -> Error {
    Error::InvalidValue {
        value: format!("event model, line {}", line + 1),
        reason: what.to_string(),
    }
}

fn round3(x: f32) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[inline]
pub(crate) fn add(a: &mut Vector, b: &Vector) {
    for l in 0..LABELS {
        a[l] += b[l];
    }
}

/// The first label with the highest score (scores are finite). Most
/// tokens are no event: the best of the event labels, a tree of maxima
/// without a branch per label, is compared with label 0 first.
#[inline]
pub(crate) fn argmax(v: &Vector) -> usize {
    // Label 0 unless an event label beats it: seven comparisons without a
    // branch (scores are finite, so this is `v[0] >= best` below).
    let z = v[0];
    if (z >= v[1])
        & (z >= v[2])
        & (z >= v[3])
        & (z >= v[4])
        & (z >= v[5])
        & (z >= v[6])
        & (z >= v[7])
    {
        return 0;
    }
    let best = (v[1].max(v[2]).max(v[3].max(v[4]))).max(v[5].max(v[6]).max(v[7]));
    if z >= best {
        return 0;
    }
    (1..LABELS).find(|&l| v[l] == best).unwrap_or(0)
}

/// What the feature functions need to know about a token.
#[derive(Debug, Clone)]
pub(crate) struct TokInfo {
    pub kind: TokenKind,
    pub lower: String,
    pub class: Fc,
    pub shape: u8,
    pub first: bool,
}

/// Shape codes: 0 lower case, 1 capitalised, 2 all capitals, 3 other.
fn shape_of(word: &str) -> u8 {
    let mut chars = word.chars();
    let Some(c0) = chars.next() else { return 3 };
    if c0.is_lowercase() {
        0
    } else if c0.is_uppercase() {
        if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
            2
        } else {
            1
        }
    } else {
        3
    }
}

/// The class of a token: punctuation, number, closed-class word, name, or
/// ending.
pub(crate) fn token_class(kind: TokenKind, text: &str, lower: &str, shape: u8, first: bool) -> Fc {
    match kind {
        TokenKind::Punct => match text {
            "," => Fc::Comma,
            "." | "!" | "?" | ";" | ":" => Fc::Stop,
            "\"" | "'" | "\u{201C}" | "\u{201D}" | "\u{2018}" | "\u{2019}" => Fc::Quote,
            _ => Fc::Punct,
        },
        TokenKind::Number => Fc::Number,
        TokenKind::Word => {
            if let Some(c) = closed_class(lower) {
                c
            } else if shape >= 1 && !first {
                Fc::Name
            } else {
                morph_class(lower)
            }
        }
    }
}

pub(crate) fn token_infos(
    text: &str,
    toks: &[Token],
    _flags: &[u8],
    sents: &[super::sentence::Sentence],
) -> Vec<TokInfo> {
    let mut out = Vec::with_capacity(toks.len());
    let mut firsts = vec![false; toks.len()];
    for s in sents {
        if let Some(f) = firsts.get_mut(s.tokens.start) {
            *f = true;
        }
        // After an opening quote the next word opens too.
        if s.tokens.len() > 1
            && toks[s.tokens.start].kind == TokenKind::Punct
            && let Some(f) = firsts.get_mut(s.tokens.start + 1)
        {
            *f = true;
        }
    }
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let lower = w.to_lowercase();
        let shape = if t.kind == TokenKind::Word {
            shape_of(w)
        } else {
            3
        };
        out.push(TokInfo {
            kind: t.kind,
            class: token_class(t.kind, w, &lower, shape, firsts[i]),
            lower,
            shape,
            first: firsts[i],
        });
    }
    out
}

/// Names of the classes, for feature strings.
pub(crate) const FC_NAMES: [&str; FC_COUNT] = [
    "open", "det", "poss", "pron", "prep", "to", "be", "have", "do", "modal", "neg", "conj", "sub",
    "wh", "comma", "quote", "stop", "punct", "num", "adv", "name", "ing", "ed", "s", "nom", "ly",
    "edge",
];

/// The features of the word itself (independent of case and context).
pub(crate) fn word_features(lower: &str, morph: &Morphology, out: &mut Vec<String>) {
    out.push(format!("w:{lower}"));
    let lemma = morph.lemma(lower);
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    for k in [2usize, 3, 4] {
        if n > k {
            let s: String = chars[n - k..].iter().collect();
            out.push(format!("s{k}:{s}"));
        }
    }
    let fc = closed_class(lower).unwrap_or_else(|| morph_class(lower));
    out.push(format!("m:{}", FC_NAMES[fc as usize]));
    if is_event_noun(lower) {
        out.push("n:event".into());
    }
    if semantic_class(&lemma).is_some() || semantic_class(lower).is_some() {
        out.push("n:sem".into());
    }
    if aspectual_phase(&lemma).is_some() && !lemma.contains(' ') {
        out.push("n:asp".into());
    }
    out.push(format!("l:{lemma}"));
}

/// The context form of a neighbour: the word if frequent, else its class.
fn ctx_form(t: &TokInfo, in_vocab: &impl Fn(&str) -> bool) -> String {
    if t.kind == TokenKind::Word && in_vocab(&t.lower) {
        t.lower.clone()
    } else {
        format!("?{}", FC_NAMES[t.class as usize])
    }
}

pub(crate) const POSITIONS: [(&str, isize); 4] = [("L1", -1), ("L2", -2), ("R1", 1), ("R2", 2)];

/// Every feature of token `i` (training and reference implementation).
pub(crate) fn features(
    infos: &[TokInfo],
    i: usize,
    morph: &Morphology,
    in_vocab: impl Fn(&str) -> bool,
    out: &mut Vec<String>,
) {
    let t = &infos[i];
    word_features(&t.lower, morph, out);
    out.push(format!("sh:{}{}", t.shape, u8::from(t.first)));
    let class_at = |o: isize| -> Fc {
        let j = i as isize + o;
        if j < 0 {
            return Fc::Edge;
        }
        infos.get(j as usize).map_or(Fc::Edge, |x| x.class)
    };
    for (name, o) in POSITIONS {
        let j = i as isize + o;
        let form = if j < 0 {
            "?edge".to_string()
        } else {
            infos
                .get(j as usize)
                .map_or("?edge".to_string(), |x| ctx_form(x, &in_vocab))
        };
        out.push(format!("{name}:{form}"));
    }
    let (l2, l1, c, r1) = (
        class_at(-2) as usize,
        class_at(-1) as usize,
        t.class as usize,
        class_at(1) as usize,
    );
    out.push(format!("x:{}|{}", FC_NAMES[l1], FC_NAMES[c]));
    out.push(format!(
        "y:{}|{}|{}",
        FC_NAMES[l2], FC_NAMES[l1], FC_NAMES[c]
    ));
    out.push(format!("z:{}|{}", FC_NAMES[c], FC_NAMES[r1]));
}

/// A weight vector on its own 32 bytes of a cache line: the tables of
/// rows are read at random, and a row split across two lines costs two
/// misses.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
pub(crate) struct Row(pub Vector);

/// "No context entry": the token's context weights are those of its class.
pub(crate) const NO_CTX: u32 = u32::MAX;

/// The zero row of the context-weight tables (after the class rows).
const ZERO_ROW: u32 = FC_COUNT as u32;

/// What the rules need to know about a word type (a lower-cased form),
/// computed once per vocabulary word when the model is compiled, once per
/// text for other words.
#[derive(Debug, Clone)]
pub(crate) struct WordInfo {
    /// Where the lower-cased form and the lemma are in their arena (the
    /// compiled model's for vocabulary words, the text's for others):
    /// `at..split` and `split..end`.
    at: usize,
    split: usize,
    end: usize,
    /// The semantic class of the lemma.
    pub semantic: Option<SemanticClass>,
    /// The semantic class of the lower-cased form.
    pub lower_semantic: Option<SemanticClass>,
    /// The phase the lemma gives its process ([`aspectual_phase`]).
    pub aspectual: Option<Phase>,
    /// Whether the lower-cased form is an event noun.
    pub event_noun: bool,
    /// Its closed class, if any.
    pub closed: Option<Fc>,
    /// Its closed class or ending class.
    pub morph: Fc,
    /// Its row of [`Compiled`]'s context weights when the word is in the
    /// context vocabulary, else [`NO_CTX`].
    pub ctx: u32,
    /// [`wf`] flags.
    pub flags: u16,
    /// The country or group it stands for, for a demonym.
    pub demonym: Option<&'static str>,
}

/// What scoring a token needs of its word type, in one cache line with
/// the word's key.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct Entry {
    /// The word's key in the vocabulary table.
    pub key: Key,
    /// Its packed facts.
    pub meta: WordMeta,
    /// The sum of the word's own features.
    pub own: Vector,
}

impl HasKey for Entry {
    fn key(&self) -> &Key {
        &self.key
    }
}

/// What every token needs of its word type, packed in sixteen bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordMeta {
    /// [`WordInfo::closed`].
    pub closed: Option<Fc>,
    /// [`WordInfo::morph`].
    pub morph: Fc,
    /// [`WordInfo::flags`].
    pub flags: u16,
    /// [`WordInfo::ctx`].
    pub ctx: u32,
    /// The word's rows in the context-weight tables when they all fit in
    /// sixteen bits (see [`Compiled::ctx_rows_of`]).
    pub rows: [u16; 4],
}

impl WordMeta {
    pub(crate) fn of(w: &WordInfo) -> WordMeta {
        WordMeta {
            closed: w.closed,
            morph: w.morph,
            flags: w.flags,
            ctx: w.ctx,
            rows: [0; 4],
        }
    }
}

impl WordInfo {
    /// The lower-cased form, in `arena`.
    pub(crate) fn lower<'a>(&self, arena: &'a str) -> &'a str {
        arena.get(self.at..self.split).unwrap_or("")
    }

    /// The lemma, in `arena`.
    pub(crate) fn lemma<'a>(&self, arena: &'a str) -> &'a str {
        arena.get(self.split..self.end).unwrap_or("")
    }
}

/// The model compiled for fast scoring: every feature that depends on a
/// word alone summed once per vocabulary word, context weights by word or
/// class, class-pair and class-triple weights in flat tables. Feature
/// names are hashed ([`feature_key`]) only here and for words a text
/// brings that the model does not know.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    /// The vocabulary: each word's own-feature sum and packed facts, by
    /// index (the index of its [`WordInfo`] in `info` too).
    words: WordTable<Entry>,
    /// Each vocabulary word's rule information.
    pub info: Vec<WordInfo>,
    /// The vocabulary words' lower-cased forms and lemmas.
    pub arena: String,
    /// Context weights at L1, L2, R1, R2 (one table per position): first
    /// those of an out-of-vocabulary neighbour by its class, then a zero
    /// row, then those of the context-vocabulary words that have any.
    ctx_rows: [Vec<Row>; 4],
    /// The rows of each context-vocabulary word (by [`WordInfo::ctx`]).
    ctx_of: Vec<[u32; 4]>,
    /// Whether every row index fits in sixteen bits, so that the entries
    /// carry them ([`WordMeta::rows`]; always, but for huge models).
    rows16: bool,
    /// The weights of the features of a word itself.
    weights: OwnWeights,
    shape: [Row; 8],
    x: Vec<Row>,
    /// Class triples: an index into `y_rows` (0 is the zero row; most
    /// triples have no weight, so the table stays small).
    y: Vec<u16>,
    y_rows: Vec<Row>,
    z: Vec<Row>,
    pub morph: Morphology,
}

/// The weights of the features of a word itself (the `w:`, `s2:`, `s3:`,
/// `s4:`, `l:`, `m:` and `n:` features), by kind.
#[derive(Debug, Clone, Default)]
struct OwnWeights {
    word: WordMap<Vector>,
    suffix: [WordMap<Vector>; 3],
    lemma: WordMap<Vector>,
    morph: [Option<Vector>; FC_COUNT],
    event: Option<Vector>,
    sem: Option<Vector>,
    asp: Option<Vector>,
}

fn to_vector(v: &[f32]) -> Vector {
    let mut out = ZERO;
    for (o, x) in out.iter_mut().zip(v) {
        *o = *x;
    }
    out
}

impl Compiled {
    pub(crate) fn new(model: &Model) -> Compiled {
        let weights: FxMap<&str, Vector> = model
            .weights
            .iter()
            .map(|(k, v)| (k.as_str(), to_vector(v)))
            .collect();
        // The features of the word itself, by kind.
        let mut own = OwnWeights::default();
        let mut word: FxMap<&str, Vector> = FxMap::default();
        let mut suffix: [FxMap<&str, Vector>; 3] = Default::default();
        let mut lemma: FxMap<&str, Vector> = FxMap::default();
        for (k, v) in &weights {
            if let Some(w) = k.strip_prefix("w:") {
                word.insert(w, *v);
            } else if let Some(w) = k.strip_prefix("s2:") {
                suffix[0].insert(w, *v);
            } else if let Some(w) = k.strip_prefix("s3:") {
                suffix[1].insert(w, *v);
            } else if let Some(w) = k.strip_prefix("s4:") {
                suffix[2].insert(w, *v);
            } else if let Some(w) = k.strip_prefix("l:") {
                lemma.insert(w, *v);
            } else if let Some(w) = k.strip_prefix("m:") {
                if let Some(c) = FC_NAMES.iter().position(|n| *n == w) {
                    own.morph[c] = Some(*v);
                }
            } else if *k == "n:event" {
                own.event = Some(*v);
            } else if *k == "n:sem" {
                own.sem = Some(*v);
            } else if *k == "n:asp" {
                own.asp = Some(*v);
            }
        }
        own.word = WordMap::new(word);
        own.suffix = suffix.map(WordMap::new);
        own.lemma = WordMap::new(lemma);
        let vocab: FxMap<&str, ()> = model
            .context_vocabulary
            .iter()
            .map(|w| (w.as_str(), ()))
            .collect();
        // Known base forms for the lemmatizer: every word the model knows.
        let known = model
            .weights
            .keys()
            .filter_map(|k| k.strip_prefix("w:"))
            .chain(model.context_vocabulary.iter().map(String::as_str));
        let morph = Morphology::new(known);
        let get = |k: &str| weights.get(k).copied().unwrap_or(ZERO);
        let mut ctx_rows: [Vec<Row>; 4] = Default::default();
        for (p, (name, _)) in POSITIONS.iter().enumerate() {
            for cname in FC_NAMES {
                ctx_rows[p].push(Row(get(&format!("{name}:?{cname}"))));
            }
            ctx_rows[p].push(Row(ZERO));
        }
        let mut shape = [Row(ZERO); 8];
        for s in 0..4u8 {
            for f in 0..2u8 {
                shape[usize::from(s * 2 + f)] = Row(get(&format!("sh:{s}{f}")));
            }
        }
        let mut x = vec![Row(ZERO); FC_COUNT * FC_COUNT];
        let mut z = vec![Row(ZERO); FC_COUNT * FC_COUNT];
        let mut y = vec![0u16; FC_COUNT * FC_COUNT * FC_COUNT];
        let mut y_rows = vec![Row(ZERO)];
        for a in 0..FC_COUNT {
            for b in 0..FC_COUNT {
                x[a * FC_COUNT + b] = Row(get(&format!("x:{}|{}", FC_NAMES[a], FC_NAMES[b])));
                z[a * FC_COUNT + b] = Row(get(&format!("z:{}|{}", FC_NAMES[a], FC_NAMES[b])));
                for c in 0..FC_COUNT {
                    let k = format!("y:{}|{}|{}", FC_NAMES[a], FC_NAMES[b], FC_NAMES[c]);
                    if let Some(v) = weights.get(k.as_str()) {
                        // At most FC_COUNT^3 < 2^16 rows.
                        y[(a * FC_COUNT + b) * FC_COUNT + c] = y_rows.len() as u16;
                        y_rows.push(Row(*v));
                    }
                }
            }
        }
        let mut compiled = Compiled {
            words: WordTable::default(),
            info: Vec::new(),
            arena: String::new(),
            ctx_rows,
            ctx_of: Vec::new(),
            rows16: false,
            weights: own,
            shape,
            x,
            y,
            y_rows,
            z,
            morph,
        };
        // The vocabulary: every word with a word or context feature.
        let mut forms: Vec<String> = model
            .weights
            .keys()
            .filter_map(|k| {
                k.strip_prefix("w:").or_else(|| {
                    POSITIONS
                        .iter()
                        .find_map(|(n, _)| k.strip_prefix(n)?.strip_prefix(':'))
                })
            })
            .filter(|w| !w.starts_with('?'))
            .map(String::from)
            .chain(model.context_vocabulary.iter().cloned())
            .collect();
        // Shortest first: the short words are the frequent ones, so the
        // entries most texts read lie together (fewer cache misses).
        forms.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        forms.dedup();
        let mut entries: Vec<Entry> = Vec::with_capacity(forms.len());
        let mut arena = String::new();
        for f in forms {
            let (own, mut info) = compiled.word(&f, true, &mut arena);
            if vocab.contains_key(f.as_str()) {
                let mut rows = [ZERO_ROW; 4];
                for (p, (name, _)) in POSITIONS.iter().enumerate() {
                    if let Some(v) = weights.get(format!("{name}:{f}").as_str()) {
                        rows[p] = compiled.ctx_rows[p].len() as u32;
                        compiled.ctx_rows[p].push(Row(*v));
                    }
                }
                info.ctx = compiled.ctx_of.len() as u32;
                compiled.ctx_of.push(rows);
                if info
                    .lemma(&arena)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                    && own[0] < 0.0
                {
                    info.flags |= wf::COMMON_WORD;
                }
            }
            entries.push(Entry {
                key: Key::default(),
                meta: WordMeta::of(&info),
                own,
            });
            compiled.info.push(info);
        }
        compiled.rows16 = compiled
            .ctx_rows
            .iter()
            .all(|rows| rows.len() <= usize::from(u16::MAX));
        if compiled.rows16 {
            for e in entries.iter_mut() {
                if let Some(rows) = compiled.ctx_of.get(e.meta.ctx as usize) {
                    e.meta.rows = rows.map(|r| r as u16);
                }
            }
        }
        compiled.words = WordTable::new(
            compiled
                .info
                .iter()
                .map(|w| w.lower(&arena).as_bytes())
                .zip(entries),
            |key, e| Entry { key, ..e },
        );
        compiled.arena = arena;
        compiled
    }

    /// The vocabulary entries, by index.
    #[inline]
    pub(crate) fn entries(&self) -> &[Entry] {
        self.words.items()
    }

    /// The index of a vocabulary word of `n <= 8` bytes, given lower-cased
    /// as eight zero-padded bytes.
    #[inline]
    pub(crate) fn lookup_short(&self, head: u64, n: usize) -> Option<u32> {
        self.words.find_short(head, n)
    }

    /// The index of a vocabulary word, given lower-cased.
    #[inline]
    pub(crate) fn lookup(&self, lower: &[u8]) -> Option<u32> {
        self.words.find(lower)
    }

    /// The sum of a word's own features and its rule information (not in
    /// the context vocabulary: the caller sets `ctx` for those). For
    /// vocabulary words once, when the model is compiled; for other words
    /// once per text.
    pub(crate) fn word(&self, lower: &str, known: bool, arena: &mut String) -> (Vector, WordInfo) {
        // The lower-cased form and the lemma, one after the other.
        let at = arena.len();
        arena.push_str(lower);
        let split = arena.len();
        self.morph.lemma_into(lower, arena);
        let end = arena.len();
        let lemma = &arena[split..end];
        let lx = lex(lower);
        let ll = if lemma == lower { lx } else { lex(lemma) };
        let ws = &self.weights;
        let mut own = ZERO;
        let mut add_some = |v: Option<&Vector>| {
            if let Some(v) = v {
                add(&mut own, v);
            }
        };
        // (Every word with a `w:` feature is in the vocabulary.)
        if known {
            add_some(ws.word.get(lower.as_bytes()));
        }
        let n = lower.chars().count();
        for (k, table) in [2usize, 3, 4].into_iter().zip(&ws.suffix) {
            if n > k
                && let Some((at, _)) = lower.char_indices().rev().nth(k - 1)
            {
                add_some(table.get(&lower.as_bytes()[at..]));
            }
        }
        let closed = if has_curly_apostrophe(lower) {
            closed_class(lower)
        } else {
            lx.closed
        };
        let morph = closed.unwrap_or_else(|| morph_class(lower));
        add_some(ws.morph[morph as usize].as_ref());
        if lx.event_noun {
            add_some(ws.event.as_ref());
        }
        if ll.semantic.is_some() || lx.semantic.is_some() {
            add_some(ws.sem.as_ref());
        }
        // A single-word lemma is its own head.
        let aspectual = if has_byte(lemma, b' ') {
            aspectual_phase(lemma)
        } else {
            ll.aspectual
        };
        if aspectual.is_some() && !has_byte(lemma, b' ') {
            add_some(ws.asp.as_ref());
        }
        add_some(ws.lemma.get(lemma.as_bytes()));
        let mut flags = 0;
        if lx.title {
            flags |= wf::TITLE;
        }
        if lx.org {
            flags |= wf::ORG;
        }
        if closed.is_some() || is_common_opener(lower) {
            flags |= wf::COMMON_CAP;
        }
        if GROUP_NOUNS.contains(&lower) {
            flags |= wf::GROUP;
        }
        if matches!(lower, "if" | "unless" | "whether") {
            flags |= wf::IF;
        }
        if lower == "state" {
            flags |= wf::STATE;
        }
        if is_phase_verb(lemma) {
            flags |= wf::PHASE_VERB;
        }
        if PHRASAL.iter().any(|(verb, _)| *verb == lemma) {
            flags |= wf::PHRASAL_HEAD;
        }
        if lx.demonym.is_some() {
            flags |= wf::DEMONYM;
        }
        if lower.ends_with("-led") {
            flags |= wf::LED;
        }
        if lower.ends_with("stan") {
            flags |= wf::STAN;
        }
        let info = WordInfo {
            at,
            split,
            end,
            semantic: ll.semantic,
            lower_semantic: lx.semantic,
            aspectual,
            event_noun: lx.event_noun,
            closed,
            morph,
            ctx: NO_CTX,
            flags,
            demonym: lx.demonym,
        };
        (own, info)
    }

    /// The context-weight rows of a token (see [`Tk::ctx`]) whose word type
    /// is `meta` (`None` for punctuation and numbers) and whose class is
    /// `class`.
    #[inline]
    pub(crate) fn ctx_rows_of(&self, meta: Option<&WordMeta>, class: Fc) -> [u32; 4] {
        match meta {
            Some(m) if m.ctx != NO_CTX => {
                if self.rows16 {
                    m.rows.map(u32::from)
                } else {
                    self.ctx_of
                        .get(m.ctx as usize)
                        .copied()
                        .unwrap_or([class as u32; 4])
                }
            }
            _ => [class as u32; 4],
        }
    }

    /// Scores token `i` (whose own features sum to `own`) in its context.
    #[inline]
    pub(crate) fn score(&self, i: usize, own: &Vector, toks: &[Tk]) -> Vector {
        // A token with two neighbours on each side (most of them): the
        // five tokens read at once, without a test per neighbour; the same
        // sums in the same order as below.
        if let Some(w) = i
            .checked_sub(2)
            .and_then(|a| toks.get(a..a + 5))
            .and_then(|w| <&[Tk; 5]>::try_from(w).ok())
        {
            let t = &w[2];
            let mut sc = *own;
            add(
                &mut sc,
                &self.shape[usize::from(t.shape.min(3) * 2 + u8::from(t.first))].0,
            );
            for (p, k) in [1usize, 0, 3, 4].into_iter().enumerate() {
                if let Some(v) = self.ctx_rows[p].get(w[k].ctx[p] as usize) {
                    add(&mut sc, &v.0);
                }
            }
            let (l2, l1, c, r1) = (
                w[0].class as usize,
                w[1].class as usize,
                t.class as usize,
                w[3].class as usize,
            );
            add(&mut sc, &self.x[l1 * FC_COUNT + c].0);
            let y = self.y[(l2 * FC_COUNT + l1) * FC_COUNT + c];
            add(&mut sc, &self.y_rows[usize::from(y)].0);
            add(&mut sc, &self.z[c * FC_COUNT + r1].0);
            return sc;
        }
        let mut sc = *own;
        let t = &toks[i];
        add(
            &mut sc,
            &self.shape[usize::from(t.shape.min(3) * 2 + u8::from(t.first))].0,
        );
        let class_at = |o: isize| -> usize {
            let j = i as isize + o;
            if j < 0 {
                return Fc::Edge as usize;
            }
            toks.get(j as usize)
                .map_or(Fc::Edge as usize, |x| x.class as usize)
        };
        for (p, (_, o)) in POSITIONS.iter().enumerate() {
            let j = i as isize + o;
            let row = if j < 0 {
                Fc::Edge as u32
            } else {
                toks.get(j as usize).map_or(Fc::Edge as u32, |x| x.ctx[p])
            };
            if let Some(v) = self.ctx_rows[p].get(row as usize) {
                add(&mut sc, &v.0);
            }
        }
        let (l2, l1, c, r1) = (class_at(-2), class_at(-1), t.class as usize, class_at(1));
        add(&mut sc, &self.x[l1 * FC_COUNT + c].0);
        let y = self.y[(l2 * FC_COUNT + l1) * FC_COUNT + c];
        add(&mut sc, &self.y_rows[usize::from(y)].0);
        add(&mut sc, &self.z[c * FC_COUNT + r1].0);
        sc
    }
}

/// What the rules know about a token (besides its text and span): one
/// record a token, read by the scorer and the rules alike.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tk {
    /// Its class.
    pub class: Fc,
    /// Its shape code (0 lower case, 1 capitalised, 2 all capitals, 3
    /// other).
    pub shape: u8,
    /// Its [`wf`] flags.
    pub flags: u16,
    /// Whether it opens its sentence.
    pub first: bool,
    /// Whether it is inside a temporal expression.
    pub in_timex: bool,
    /// Its sentence.
    pub sent: u32,
    /// Its clause (counted over the whole text).
    pub clause: u32,
    /// Its word type (see [`super::mention::Doc::info`]), or
    /// [`super::mention::NO_WORD`].
    pub word: u32,
    /// Its rows in the context-weight tables, one a position (L1, L2, R1,
    /// R2): a word's of the context vocabulary, else its class's.
    pub ctx: [u32; 4],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argmax_is_the_first_best() {
        let mut seed: u64 = 7;
        for _ in 0..10_000 {
            let mut v = ZERO;
            for x in v.iter_mut() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Few values, so that ties are common.
                *x = (seed % 5) as f32 - 2.0;
            }
            let mut first = 0;
            for l in 1..LABELS {
                if v[l] > v[first] {
                    first = l;
                }
            }
            assert_eq!(argmax(&v), first, "{v:?}");
        }
    }

    #[test]
    fn an_entry_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Entry>(), 64);
    }
}

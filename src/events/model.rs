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

use super::EventClass;
use super::lexicon::{
    FC_COUNT, Fc, FxMap, Morphology, aspectual_phase, closed_class, is_event_noun, morph_class,
    semantic_class,
};
use super::sentence::{Token, TokenKind, flag, split_sentences, tokenize_into};
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

#[inline]
pub(crate) fn argmax(v: &Vector) -> usize {
    let mut best = 0;
    for l in 1..LABELS {
        if v[l] > v[best] {
            best = l;
        }
    }
    best
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

/// A vocabulary word with its precomputed weights.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Sum of the word's own features.
    pub own: Vector,
    /// Its weights as context at L1, L2, R1, R2.
    pub ctx: [Vector; 4],
    /// Whether the word is in the context vocabulary.
    pub in_vocab: bool,
    /// Its closed class, if any.
    pub closed: Option<Fc>,
    /// Its closed class or ending class.
    pub morph: Fc,
    /// The lemma.
    pub lemma: Box<str>,
}

/// The model compiled for fast scoring.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub words: FxMap<Box<str>, u32>,
    pub entries: Vec<Entry>,
    /// Weights by the hash of the feature name ([`feature_key`]).
    weights: FxMap<u64, Vector>,
    /// Context weights of out-of-vocabulary neighbours by class, per
    /// position.
    unk_ctx: [[Vector; FC_COUNT]; 4],
    shape: [Vector; 8],
    x: Vec<Vector>,
    y: Vec<Vector>,
    z: Vec<Vector>,
    pub morph: Morphology,
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
        let mut weights: FxMap<u64, Vector> = FxMap::default();
        for (k, v) in &model.weights {
            weights.insert(feature_key(&[k.as_str()]), to_vector(v));
        }
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
        let get = |k: &str| weights.get(&feature_key(&[k])).copied().unwrap_or(ZERO);
        let mut unk_ctx = [[ZERO; FC_COUNT]; 4];
        for (p, (name, _)) in POSITIONS.iter().enumerate() {
            for (c, cname) in FC_NAMES.iter().enumerate() {
                unk_ctx[p][c] = get(&format!("{name}:?{cname}"));
            }
        }
        let mut shape = [ZERO; 8];
        for s in 0..4u8 {
            for f in 0..2u8 {
                shape[usize::from(s * 2 + f)] = get(&format!("sh:{s}{f}"));
            }
        }
        let mut x = vec![ZERO; FC_COUNT * FC_COUNT];
        let mut z = vec![ZERO; FC_COUNT * FC_COUNT];
        let mut y = vec![ZERO; FC_COUNT * FC_COUNT * FC_COUNT];
        for a in 0..FC_COUNT {
            for b in 0..FC_COUNT {
                x[a * FC_COUNT + b] = get(&format!("x:{}|{}", FC_NAMES[a], FC_NAMES[b]));
                z[a * FC_COUNT + b] = get(&format!("z:{}|{}", FC_NAMES[a], FC_NAMES[b]));
                for c in 0..FC_COUNT {
                    let k = format!("y:{}|{}|{}", FC_NAMES[a], FC_NAMES[b], FC_NAMES[c]);
                    if let Some(v) = weights.get(&feature_key(&[k.as_str()])) {
                        y[(a * FC_COUNT + b) * FC_COUNT + c] = *v;
                    }
                }
            }
        }
        let mut compiled = Compiled {
            words: FxMap::default(),
            entries: Vec::new(),
            weights,
            unk_ctx,
            shape,
            x,
            y,
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
        forms.sort();
        forms.dedup();
        for f in forms {
            let in_vocab = vocab.contains_key(f.as_str());
            let e = compiled.entry_for(&f, in_vocab);
            let id = compiled.entries.len() as u32;
            compiled.entries.push(e);
            compiled.words.insert(f.into_boxed_str(), id);
        }
        compiled
    }

    /// Computes the entry of a word (for vocabulary words once, at build
    /// time; for unknown words at each occurrence).
    pub(crate) fn entry_for(&self, lower: &str, in_vocab: bool) -> Entry {
        let lemma = self.morph.lemma(lower);
        let mut own = ZERO;
        let mut add_key = |parts: &[&str]| {
            if let Some(v) = self.weights.get(&feature_key(parts)) {
                add(&mut own, v);
            }
        };
        add_key(&["w:", lower]);
        let n = lower.chars().count();
        for (k, name) in [(2usize, "s2:"), (3, "s3:"), (4, "s4:")] {
            if n > k
                && let Some((at, _)) = lower.char_indices().rev().nth(k - 1)
            {
                add_key(&[name, &lower[at..]]);
            }
        }
        let closed = closed_class(lower);
        let morph = closed.unwrap_or_else(|| morph_class(lower));
        add_key(&["m:", FC_NAMES[morph as usize]]);
        if is_event_noun(lower) {
            add_key(&["n:event"]);
        }
        if semantic_class(&lemma).is_some() || semantic_class(lower).is_some() {
            add_key(&["n:sem"]);
        }
        if aspectual_phase(&lemma).is_some() && !lemma.contains(' ') {
            add_key(&["n:asp"]);
        }
        add_key(&["l:", &lemma]);
        let mut ctx = [ZERO; 4];
        if in_vocab {
            for (p, (name, _)) in POSITIONS.iter().enumerate() {
                if let Some(v) = self.weights.get(&feature_key(&[name, ":", lower])) {
                    ctx[p] = *v;
                }
            }
        }
        Entry {
            own,
            ctx,
            in_vocab,
            closed,
            morph,
            lemma: lemma.into(),
        }
    }

    /// Scores token `i` given each token's entry index (or `None` for
    /// non-words and unknown words, whose `unknown` entry is given),
    /// classes, shapes and first flags.
    #[inline]
    pub(crate) fn score(&self, i: usize, own: &Vector, toks: &[ScoreTok<'_>]) -> Vector {
        let mut sc = *own;
        let t = &toks[i];
        add(
            &mut sc,
            &self.shape[usize::from(t.shape.min(3) * 2 + u8::from(t.first))],
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
            let v = if j < 0 {
                &self.unk_ctx[p][Fc::Edge as usize]
            } else {
                match toks.get(j as usize) {
                    None => &self.unk_ctx[p][Fc::Edge as usize],
                    Some(x) => match x.entry {
                        Some(e) if e.in_vocab && x.kind == TokenKind::Word => &e.ctx[p],
                        _ => &self.unk_ctx[p][x.class as usize],
                    },
                }
            };
            add(&mut sc, v);
        }
        let (l2, l1, c, r1) = (class_at(-2), class_at(-1), t.class as usize, class_at(1));
        add(&mut sc, &self.x[l1 * FC_COUNT + c]);
        add(&mut sc, &self.y[(l2 * FC_COUNT + l1) * FC_COUNT + c]);
        add(&mut sc, &self.z[c * FC_COUNT + r1]);
        sc
    }
}

/// The hash of a feature name given in parts (FNV-1a over the bytes, so
/// the parts' boundaries do not matter).
pub(crate) fn feature_key(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A token as the scorer sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScoreTok<'a> {
    pub kind: TokenKind,
    pub class: Fc,
    pub shape: u8,
    pub first: bool,
    pub entry: Option<&'a Entry>,
}

#[allow(dead_code)]
pub(crate) fn unused_flag() -> u8 {
    flag::SPACE
}

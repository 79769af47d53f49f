//! Short human-readable labels for events, cut from a mention's sentence:
//! the clause around the trigger (subject, trigger phrase, object or
//! place), without the time expression, at most [`MAX_LABEL`] bytes.

/// The longest label, in bytes (cut at a word boundary).
pub(crate) const MAX_LABEL: usize = 80;

/// Bytes either side of the trigger that the label can draw from: more
/// than the widest clause it keeps (8 words left, an aside, 9 right).
const WINDOW: usize = 400;

/// Words the clause does not run past, on either side.
const BOUNDARY: Words = Words::new(&[
    "after",
    "before",
    "when",
    "while",
    "as",
    "because",
    "since",
    "following",
    "amid",
    "said",
    "says",
    "told",
    "which",
    "who",
    "whom",
    "where",
    "but",
    "although",
    "though",
    "if",
    "unless",
    "until",
    "according",
    "that",
    "despite",
    "saying",
    "adding",
]);

/// Subject pronouns: one right before the trigger after a noun opens a
/// relative clause without "that" ("the man he chose").
const SUBJECT_PRONOUNS: Words = Words::new(&["he", "she", "they", "we", "i"]);

/// Nouns of time, manner or place that a "that"-less clause follows
/// without being its object ("the day he died", "the way they voted").
const NOT_OBJECTS: Words = Words::new(&[
    "time", "times", "day", "days", "way", "moment", "year", "years", "week", "month", "night",
    "morning", "place", "reason", "first", "last", "since",
]);

/// Prepositions after which "<determiner> <noun> <participle>" is a noun
/// with a reduced relative clause ("a funeral for a soldier killed in
/// the clashes").
const NP_PREPOSITIONS: Words = Words::new(&[
    "for",
    "of",
    "with",
    "to",
    "from",
    "on",
    "at",
    "in",
    "by",
    "among",
    "including",
    "against",
]);

/// Auxiliaries and common irregular past forms: a subject ends before
/// one of them.
pub(crate) const FINITE: &[&str] = &[
    "is", "was", "were", "are", "am", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "said", "says", "spoke", "met", "took", "gave",
    "went", "left", "began", "came", "made", "told", "saw", "held", "won", "lost", "fled",
    "struck", "sent", "led", "fell", "rose", "broke", "drew", "ran", "got", "put", "set", "shot",
    "hit", "cut", "quit", "fought", "sought", "brought", "kept", "paid", "became", "ate", "flew",
    "found", "heard", "felt", "knew", "thought", "wrote", "chose", "spent", "built", "sold",
];

/// Verbs whose object can stand before the reported clause ("told Putin
/// the pullout would ...").
const TOLD: Words = Words::new(&["told", "informed", "assured", "warned", "promised"]);

/// Words that take a "that" clause as their object ("says that", "so
/// that"): the "that" after them does not open a relative clause.
const THAT_VERBS: Words = Words::new(&[
    "say", "says", "tell", "tells", "think", "thinks", "believe", "believes", "know", "knows",
    "hope", "hopes", "fear", "fears", "expect", "expects", "show", "shows", "mean", "means",
    "suggest", "suggests", "ensure", "ensures", "claim", "claims", "warn", "warns", "argue",
    "argues", "insist", "insists", "deny", "denies", "admit", "admits", "so", "such", "now",
    "given", "fact", "than", "all", "is", "was", "are", "were", "be", "been",
]);

/// Determiners that can open a subject.
const DETERMINERS: Words = Words::new(&["the", "a", "an", "its", "their", "his", "her", "our"]);

/// Words a label does not end with.
const DANGLING: Words = Words::new(&[
    "saying", "adding", "on", "in", "at", "by", "from", "to", "of", "for", "with", "the", "a",
    "an", "and", "or", "this", "that", "last", "next", "its", "their", "his", "her", "during",
    "since", "until", "within", "over", "into", "onto", "about", "than",
]);

/// Prepositions dropped together with the time expression they govern.
const TIME_PREPOSITIONS: Words = Words::new(&[
    "on", "in", "at", "by", "during", "since", "until", "from", "this", "before", "after",
]);

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

/// The tokens of `s` into `out` (cleared first).
fn tokenize_into(s: &str, out: &mut Vec<Tok>) {
    out.clear();
    if s.is_ascii() {
        tokenize_ascii_into(s, out);
    } else {
        tokenize_chars_into(s, out);
    }
}

/// Buffers that labelling reuses from one label to the next: the tokens
/// of the sentence and which of them the label keeps.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    toks: Vec<Tok>,
    keep: Vec<bool>,
}

/// [`tokenize_into`] of ASCII text, by bytes (the same tokens as
/// [`tokenize_chars`]: for ASCII, `char::is_alphanumeric` and
/// `char::is_whitespace` are the byte tests below).
#[cfg(test)]
fn tokenize_ascii(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_ascii_into(s, &mut out);
    out
}

/// [`tokenize_ascii`], appending to `out`.
fn tokenize_ascii_into(s: &str, out: &mut Vec<Tok>) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() / 4);
    // A comma between digits is part of a number (`2,000`).
    let numeric_comma = |i: usize| {
        bytes.get(i) == Some(&b',')
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = ASCII_CLASS[usize::from(b & 0x7f)];
        if class == WORD || numeric_comma(i) {
            // A run of word bytes (and numeric commas): one word.
            let start = i;
            i += 1;
            while i < bytes.len()
                && (ASCII_CLASS[usize::from(bytes[i] & 0x7f)] == WORD || numeric_comma(i))
            {
                i += 1;
            }
            push_word(s, start, i, out);
            continue;
        }
        if class == PUNCTUATION {
            out.push(Tok {
                start: i,
                end: i + 1,
                word: false,
            });
        }
        i += 1;
    }
}

/// [`ASCII_CLASS`] of a byte that makes words.
const WORD: u8 = 0;
/// [`ASCII_CLASS`] of white space.
const SPACE: u8 = 1;
/// [`ASCII_CLASS`] of any other byte: a token of its own.
const PUNCTUATION: u8 = 2;

/// The class of each ASCII byte: letters, digits and `-'.&/` make words;
/// space, tab, line feed, vertical tab, form feed and carriage return
/// separate them; any other byte is a token of its own.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [PUNCTUATION; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.' | b'&' | b'/') {
            t[b] = WORD;
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            t[b] = SPACE;
        }
        b += 1;
    }
    t
};

/// [`tokenize_into`] of any text, by characters.
#[cfg(test)]
fn tokenize_chars(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_chars_into(s, &mut out);
    out
}

/// [`tokenize_chars`], appending to `out`.
fn tokenize_chars_into(s: &str, out: &mut Vec<Tok>) {
    let mut cur: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '&' | '/');
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        // A comma between digits is part of a number (`2,000`).
        let numeric_comma = c == ','
            && prev.is_some_and(|p| p.is_ascii_digit())
            && it.peek().is_some_and(|n| n.1.is_ascii_digit());
        prev = Some(c);
        if is_word(c) || numeric_comma {
            if cur.is_none() {
                cur = Some(i);
            }
        } else {
            if let Some(st) = cur.take() {
                push_word(s, st, i, out);
            }
            if !c.is_whitespace() {
                out.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    word: false,
                });
            }
        }
    }
    if let Some(st) = cur {
        push_word(s, st, s.len(), out);
    }
}

/// Pushes a word, splitting off a sentence-final period (`Kazakhstan.`)
/// but keeping abbreviations' inner periods (`U.S.`).
fn push_word(s: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let w = &s[start..end];
    // (Byte tests: in UTF-8 the bytes `-` and `.` are those characters.)
    if w.bytes().all(|b| b == b'-') {
        // A spaced hyphen used as a dash.
        out.push(Tok {
            start,
            end,
            word: false,
        });
    } else if w.len() > 1 && w.ends_with('.') && !w.as_bytes()[..w.len() - 1].contains(&b'.') {
        out.push(Tok {
            start,
            end: end - 1,
            word: true,
        });
        out.push(Tok {
            start: end - 1,
            end,
            word: false,
        });
    } else {
        out.push(Tok {
            start,
            end,
            word: true,
        });
    }
}

/// Whether `word` is one of `list` (lower-case ASCII words), ignoring
/// ASCII case.
fn is_in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` is one of `words`, ignoring ASCII case.
fn is_in(words: &Words, word: &str) -> bool {
    words.has(word)
}

/// [`FINITE`] as a [`Words`].
const FINITE_WORDS: Words = Words::new(FINITE);

/// A list of lower-case ASCII words, with a filter that turns away most
/// other words before the list is scanned: for each first letter, the
/// lengths of its words. (Labels look up a dozen lists for each word near
/// the trigger; nearly every word is in none of them.)
#[derive(Debug)]
struct Words {
    list: &'static [&'static str],
    /// Bit `n` of `lengths[k]`: a word of `n` bytes starts with the `k`-th
    /// letter.
    lengths: [u32; 26],
    /// Every word starts with a lower-case ASCII letter and is shorter than
    /// 32 bytes, so that `lengths` holds them all.
    filtered: bool,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let mut lengths = [0u32; 26];
        let mut filtered = true;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if w.is_empty() || w.len() >= 32 || !w[0].is_ascii_lowercase() {
                filtered = false;
            } else {
                lengths[(w[0] - b'a') as usize] |= 1 << w.len();
            }
            i += 1;
        }
        Words {
            list,
            lengths,
            filtered,
        }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    fn has(&self, word: &str) -> bool {
        if self.filtered {
            // ASCII case folding leaves every other byte alone: a word
            // whose first byte is no ASCII letter matches none of the list.
            let b = word.as_bytes();
            let Some(first) = b.first().map(u8::to_ascii_lowercase) else {
                return false;
            };
            if !first.is_ascii_lowercase() || b.len() >= 32 {
                return false;
            }
            let lengths = self.lengths.get(usize::from(first - b'a')).copied();
            if lengths.is_none_or(|l| l >> b.len() & 1 == 0) {
                return false;
            }
        }
        is_in_list(self.list, word)
    }
}

/// The label for a mention: `sentence` with the trigger at byte offset
/// `trigger_at` (if known) or found by its text, `time_text` removed.
#[cfg(test)]
pub(crate) fn label(
    sentence: &str,
    trigger: &str,
    trigger_at: Option<usize>,
    time_text: Option<&str>,
) -> String {
    label_in(
        &mut Scratch::default(),
        sentence,
        trigger,
        trigger_at,
        time_text,
    )
}

/// [`label`] with buffers reused across calls.
pub(crate) fn label_in(
    scratch: &mut Scratch,
    sentence: &str,
    trigger: &str,
    trigger_at: Option<usize>,
    time_text: Option<&str>,
) -> String {
    let Scratch { toks, keep } = scratch;
    let at = trigger_at
        .filter(|&o| o < sentence.len())
        .or_else(|| find_word(sentence, trigger));
    // Only the words near the trigger can be part of the label: a long
    // sentence is cut to a window around it (at char boundaries).
    let (sentence, at) = match at {
        Some(at) if sentence.len() > 2 * WINDOW => {
            let mut from = at.saturating_sub(WINDOW);
            while !sentence.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (at + WINDOW).min(sentence.len());
            while !sentence.is_char_boundary(to) {
                to += 1;
            }
            (&sentence[from..to], Some(at - from))
        }
        _ => (sentence, at),
    };
    tokenize_into(sentence, toks);
    let toks: &[Tok] = toks;
    let Some(at) = at else {
        return capitalise(trigger.trim());
    };
    let Some(i) = toks
        .iter()
        .position(|t| t.start <= at && at < t.end.max(t.start + 1))
    else {
        return capitalise(trigger.trim());
    };
    keep.clear();
    keep.resize(toks.len(), true);
    let text = |t: Tok| &sentence[t.start..t.end];
    // Left: up to 8 words, stopping at punctuation or a boundary word; an
    // aside between dashes or brackets ("225 people - including 19
    // servicemen - died") is stepped over and left out.
    let mut lo = i;
    let mut count = 0;
    while lo > 0 && count < 8 {
        let t = toks[lo - 1];
        if !t.word
            && let Some(open) = aside_opening(toks, sentence, lo - 1)
        {
            for k in keep.iter_mut().take(lo).skip(open) {
                *k = false;
            }
            lo = open;
            continue;
        }
        // An age or figure in apposition ("Tokayev, 68, last week asked")
        // is stepped over and left out.
        if text(t) == ","
            && lo >= 3
            && toks[lo - 2].word
            && text(toks[lo - 2]).bytes().all(|b| b.is_ascii_digit())
            && text(toks[lo - 3]) == ","
        {
            for k in keep.iter_mut().take(lo).skip(lo - 3) {
                *k = false;
            }
            lo -= 3;
            continue;
        }
        if !t.word || is_in(&BOUNDARY, text(t)) {
            break;
        }
        lo -= 1;
        count += 1;
    }
    let capitalised = |t: Tok| t.word && text(t).starts_with(char::is_uppercase);
    let finite = |t: Tok| {
        let w = text(t);
        t.word && (is_in(&FINITE_WORDS, w) || (w.len() > 3 && w.ends_with("ed")))
    };
    let trigger_verb = finite(toks[i]);
    // Cut mid-phrase by the word limit ("Military alliance began ..."):
    // back to the phrase's determiner ("A Russian-led military alliance").
    if count == 8
        && !is_in(&DETERMINERS, text(toks[lo]))
        && !capitalised(toks[lo])
        && let Some(d) = (lo.saturating_sub(4)..lo)
            .rev()
            .take_while(|&k| toks[k].word && !is_in(&BOUNDARY, text(toks[k])))
            .find(|&k| is_in(&DETERMINERS, text(toks[k])))
    {
        lo = d;
    }
    // A second predicate ("Police arrived on Monday and arrested 20
    // people"; "Nazarbayev, who spoke ... and denied any conflict") takes
    // the first one's subject, without the first predicate.
    // So does one after "but", and one with auxiliaries of its own ("Wei
    // was put under watch, but was left alone").
    let mut first_conjunct: Option<usize> = None;
    let mut c = i.saturating_sub(1);
    while c > 0 && i - c <= 3 && is_in(&AUXILIARIES, text(toks[c])) {
        c -= 1;
    }
    let but = c > 0 && text(toks[c]).eq_ignore_ascii_case("but");
    // The first conjunct ends before the coordinator (and before a comma
    // ahead of "but").
    let end = if but && c > 1 && text(toks[c - 1]) == "," {
        c - 1
    } else {
        c
    };
    if trigger_verb
        && c > 0
        && end > 0
        && (is_in_list(&["and", "or"], text(toks[c])) || but)
        && toks[end - 1].word
    {
        let mut j = end;
        while j > 0
            && c - j < 25
            && toks[j - 1].word
            && !is_in_list(&["who", "which"], text(toks[j - 1]))
        {
            j -= 1;
        }
        if j > 0 && is_in_list(&["who", "which"], text(toks[j - 1])) {
            // The relative pronoun's antecedent is the subject (below).
            lo = j;
            first_conjunct = Some(j);
        } else if c - j < 25
            && let Some(v) = (j..end).find(|&k| finite(toks[k]))
            && v > j
            && v - j <= 6
        {
            for k in keep.iter_mut().take(c + 1).skip(v) {
                *k = false;
            }
            lo = j;
        }
    }
    // A participle after "<preposition> <determiner> <noun>", following a
    // verb ("witnessed a funeral for a soldier killed in the clashes"):
    // the noun is what the participle tells of ("A soldier killed in the
    // clashes").
    if trigger_verb
        && i >= 3
        && toks[i - 1].word
        && let Some(d) = (i.saturating_sub(4)..i - 1)
            .rev()
            .take_while(|&k| toks[k].word && !is_in(&BOUNDARY, text(toks[k])))
            .find(|&k| is_in(&DETERMINERS, text(toks[k])))
        && d > lo
        && is_in(&NP_PREPOSITIONS, text(toks[d - 1]))
        && (lo..d - 1).any(|k| finite(toks[k]))
    {
        // The noun nearest the participle: after an inner preposition
        // ("the deaths of people killed": "People killed").
        lo = (d + 1..i)
            .rev()
            .find(|&k| is_in(&NP_PREPOSITIONS, text(toks[k])))
            .map_or(d, |k| k + 1);
    }
    // A relative clause without "that" ("the man he chose to lead"): its
    // subject, the verb, then the noun ("He chose the man to lead").
    let mut fronted: Option<usize> = None;
    if trigger_verb
        && i >= 3
        && is_in(&SUBJECT_PRONOUNS, text(toks[i - 1]))
        && toks[i - 2].word
        && !finite(toks[i - 2])
        && !is_in(&NOT_OBJECTS, text(toks[i - 2]))
        && !is_in(&BOUNDARY, text(toks[i - 2]))
        && !is_in(&DETERMINERS, text(toks[i - 2]))
        && let Some(d) = (i.saturating_sub(6)..i - 1)
            .rev()
            .take_while(|&k| toks[k].word && !is_in(&BOUNDARY, text(toks[k])))
            .find(|&k| is_in(&DETERMINERS, text(toks[k])))
    {
        fronted = Some(d);
    }
    // A relative clause ("the unrest, which left dozens dead") takes its
    // antecedent as subject, without the pronoun and comma.
    // So does a participle clause opening right after a comma ("the
    // contingent, deployed on January 6 in ..."): "the contingent deployed
    // in ...".
    let pronoun = lo > 0
        && (is_in_list(&["which", "who"], text(toks[lo - 1]))
            || (lo > 1 && text(toks[lo - 1]).eq_ignore_ascii_case("that") && {
                // "that" after a noun ("unrest that left"), not after a
                // verb of saying or thinking ("said that", "warned that").
                let before = toks[lo - 2];
                let w = text(before);
                before.word
                    && !w.ends_with("ed")
                    && !is_in(&THAT_VERBS, w)
                    && !is_in(&BOUNDARY, w)
                    && !is_in(&DETERMINERS, w)
                    && !w.starts_with(char::is_uppercase)
            }));
    let participle = lo == i
        && lo > 1
        && text(toks[lo - 1]) == ","
        && toks[lo - 2].word
        && text(toks[i]).len() > 4
        && text(toks[i]).ends_with("ed");
    // "a conservative who observers expect will be replaced", "a man who
    // police say was armed": the words of saying or thinking inside the
    // relative clause are left out.
    if pronoun
        && let Some(v) = (lo..i.min(lo + 4)).find(|&k| is_in(&OPINION_VERBS, text(toks[k])))
        && v + 1 < i
        && (is_in(&AUXILIARIES, text(toks[v + 1])) || is_in(&FINITE_WORDS, text(toks[v + 1])))
        && (lo..v).all(|k| toks[k].word)
    {
        for k in keep.iter_mut().take(v + 1).skip(lo) {
            *k = false;
        }
    }
    if pronoun || participle {
        let mut k = lo - 1;
        if pronoun && k > 0 && text(toks[k - 1]) == "," {
            k -= 1;
        }
        // An age or figure in apposition ("Nazarbayev, 81, who") is not
        // the antecedent: the name before it is.
        if k >= 2
            && text(toks[k - 1]).bytes().all(|b| b.is_ascii_digit())
            && text(toks[k - 2]) == ","
        {
            k -= 2;
        }
        // The antecedent: back to its determiner ("the rallies"), else
        // a run of capitalised words (a name), else the one word.
        let mut reach = k;
        while reach > 0 && k - reach < 5 {
            let t = toks[reach - 1];
            if !t.word || is_in(&BOUNDARY, text(t)) {
                break;
            }
            reach -= 1;
        }
        let a = (reach..k)
            .rev()
            .find(|&x| is_in(&DETERMINERS, text(toks[x])))
            .unwrap_or_else(|| {
                let mut x = k;
                while x > reach && capitalised(toks[x - 1]) {
                    x -= 1;
                }
                if x == k {
                    k.saturating_sub(1).max(reach)
                } else {
                    x
                }
            });
        if a < k {
            for kk in keep.iter_mut().take(lo).skip(k) {
                *kk = false;
            }
            lo = a;
            // An apposition ("Karim Masimov, his former boss, who"): the
            // name before it.
            if is_in(&DETERMINERS, text(toks[a])) && a >= 2 && text(toks[a - 1]) == "," {
                let mut x = a - 1;
                while x > 0 && a - 1 - x < 4 && capitalised(toks[x - 1]) {
                    x -= 1;
                }
                if x < a - 1 {
                    for kk in keep.iter_mut().take(k).skip(a - 1) {
                        *kk = false;
                    }
                    lo = x;
                }
            }
        }
        // The second predicate's subject: without the first predicate.
        if let Some(j) = first_conjunct {
            for kk in keep.iter_mut().take(i).skip(j) {
                *kk = false;
            }
        }
    }
    // The time expression's bytes in the sentence, when it is there.
    let time_span = time_text
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .and_then(|t| find_phrase(sentence, t).map(|at| (at, at + t.len())));
    let in_time = |t: Tok| time_span.is_some_and(|(s, e)| t.start >= s && t.end <= e);
    // "France said Tuesday it was sending 1,000": the pronoun stands for
    // the speaker, when the speaker is a name or a short noun phrase that
    // opens its clause ("France was sending 1,000").
    if let Some(p) = (lo..i).find(|&k| keep[k] && !in_time(toks[k]))
        && is_in(&SPEAKER_PRONOUNS, text(toks[p]))
        && let Some((from, to)) = speaker_of(toks, sentence, p, time_span)
    {
        for k in keep.iter_mut().take(p + 1).skip(to) {
            *k = false;
        }
        for k in keep.iter_mut().take(to).skip(from) {
            *k = true;
        }
        lo = from;
    }
    // "told Putin the pullout would be completed": skip the object.
    if lo > 0
        && is_in(&TOLD, &sentence[toks[lo - 1].start..toks[lo - 1].end])
        && let Some(d) =
            (lo..i).find(|&k| is_in(&DETERMINERS, &sentence[toks[k].start..toks[k].end]))
        && (lo..d).all(|k| sentence[toks[k].start..].starts_with(char::is_uppercase))
    {
        lo = d;
    }
    // Right: up to 9 words.
    let mut hi = i + 1;
    let mut count: usize = 0;
    // A name followed by its acronym ("the Collective Security Treaty
    // Organisation (CSTO)"): where the name starts and where the bracket
    // opens.
    let mut acronym: Option<(usize, usize)> = None;
    let mut abbreviated = false;
    loop {
        while hi < toks.len() && count < 9 {
            let t = toks[hi];
            // An aside in brackets ("the Treaty Organisation (CSTO) to send")
            // is stepped over and left out.
            if text(t) == "("
                && let Some(c) = (hi + 1..(hi + 10).min(toks.len())).find(|&k| text(toks[k]) == ")")
                && (hi + 1..c)
                    .all(|k| toks[k].word && text(toks[k]).chars().all(char::is_alphabetic))
            {
                for k in keep.iter_mut().take(c + 1).skip(hi) {
                    *k = false;
                }
                if c == hi + 2
                    && let Some(from) = spelled_out(toks, sentence, hi, text(toks[hi + 1]))
                    && from > i
                {
                    acronym = Some((from, hi));
                }
                hi = c + 1;
                continue;
            }
            if !t.word || is_in(&BOUNDARY, &sentence[t.start..t.end]) {
                break;
            }
            // A clause of its own with a new subject ("and Levy would be
            // in Ankara") is not part of this one.
            if is_in_list(&["and", "but"], text(t))
                && hi + 2 < toks.len()
                && (text(toks[hi + 1]).starts_with(char::is_uppercase)
                    || is_in(&SPEAKER_PRONOUNS, text(toks[hi + 1])))
                && (is_in(&AUXILIARIES, text(toks[hi + 2]))
                    || is_in(&FINITE_WORDS, text(toks[hi + 2])))
            {
                break;
            }
            hi += 1;
            count += 1;
        }
        // Cut by the word limit, or too long: the acronym stands for the
        // name, which leaves room for the rest of the clause.
        let cut =
            count >= 9 && hi < toks.len() && toks[hi].word && !is_in(&BOUNDARY, text(toks[hi]));
        let long = (lo..hi)
            .filter(|&k| keep[k])
            .map(|k| toks[k].end - toks[k].start + 1)
            .sum::<usize>()
            > MAX_LABEL + 1;
        match acronym {
            Some((from, open)) if !abbreviated && (cut || long) => {
                for k in keep.iter_mut().take(open).skip(from) {
                    *k = false;
                }
                keep[open + 1] = true;
                count = count.saturating_sub(open - from).saturating_add(1);
                abbreviated = true;
            }
            _ => break,
        }
    }
    // A participle cut off from its own clause by a boundary word ("lifted
    // a state of emergency imposed | after the unrest") is left out.
    if hi > i + 2
        && hi < toks.len()
        && toks[hi].word
        && is_in(&BOUNDARY, text(toks[hi]))
        && text(toks[hi - 1]).len() > 4
        && text(toks[hi - 1]).ends_with("ed")
        // After a noun, not after a verb ("looked tired as").
        && !finite(toks[hi - 2])
    {
        hi -= 1;
    }
    // Drop the time expression (and the preposition governing it).
    if let Some((ts, te)) = time_span {
        let mut first = None;
        let mut last = None;
        for (k, t) in toks.iter().enumerate() {
            if t.start >= ts && t.end <= te {
                keep[k] = false;
                first.get_or_insert(k);
                last = Some(k);
            }
        }
        if let Some(f) = first
            && f > 0
            && (is_in(&TIME_PREPOSITIONS, text(toks[f - 1]))
                || is_in_list(&["between"], text(toks[f - 1])))
            && f - 1 != i
        {
            keep[f - 1] = false;
            // The other end of a range ("between April 7 and 9", "from
            // Monday to Wednesday") goes with it.
            if let Some(l) = last
                && is_in_list(&["between", "from"], text(toks[f - 1]))
                && l + 2 < toks.len()
                && is_in_list(&["and", "to", "until", "through"], text(toks[l + 1]))
                && toks[l + 2].word
                && l + 2 != i
                && (text(toks[l + 2]).starts_with(|c: char| c.is_ascii_digit())
                    || is_time_word(text(toks[l + 2])))
            {
                keep[l + 1] = false;
                keep[l + 2] = false;
            }
        }
    }
    keep[i] = true;
    let order: Vec<usize> = match fronted {
        Some(d) => [i - 1, i]
            .into_iter()
            .chain(d..i - 1)
            .chain(i + 1..hi)
            .collect(),
        None => (lo..hi).collect(),
    };
    let mut words: Vec<&str> = order
        .into_iter()
        .filter(|&k| keep[k])
        .map(|k| &sentence[toks[k].start..toks[k].end])
        .collect();
    // At most MAX_LABEL bytes, whole words.
    let mut len = 0;
    let mut fit = 0;
    for w in &words {
        let add = w.len() + usize::from(fit > 0);
        if len + add > MAX_LABEL && fit > 0 {
            break;
        }
        len += add;
        fit += 1;
    }
    words.truncate(fit);
    // No dangling function words at the end (keep the trigger), no
    // punctuation at the start (a dateline's dash, an opening bracket).
    while words.len() > 1 && is_in(&DANGLING, words[words.len() - 1]) {
        words.pop();
    }
    while words.len() > 1 && !words[0].chars().any(char::is_alphanumeric) {
        words.remove(0);
    }
    let mut out = words.join(" ");
    if out.is_empty() {
        out = trigger.trim().to_string();
    }
    capitalise(&out)
}

/// Where the name that `acronym` abbreviates starts, when the tokens just
/// before `open` (the acronym's opening bracket) spell it: one capitalised
/// word per letter, read backwards, "of", "and", "for" and "the" stepped
/// over inside ("Organization of the Petroleum Exporting Countries (OPEC)").
fn spelled_out(toks: &[Tok], sentence: &str, open: usize, acronym: &str) -> Option<usize> {
    let letters = acronym.as_bytes();
    if !(2..=8).contains(&letters.len()) || !letters.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let text = |k: usize| &sentence[toks[k].start..toks[k].end];
    let mut left = letters.len();
    let mut k = open;
    while left > 0 && k > 0 {
        k -= 1;
        let w = text(k);
        if !toks[k].word {
            return None;
        }
        let first = w.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_uppercase() {
            if first != letters[left - 1] {
                return None;
            }
            left -= 1;
        } else if !is_in_list(&["of", "and", "for", "the"], w) || left == letters.len() {
            return None;
        }
    }
    (left == 0).then_some(k)
}

/// A weekday or month name: the other end of a range whose first end is
/// the time expression ("from Monday to Wednesday").
fn is_time_word(w: &str) -> bool {
    is_in_list(&crate::value::MONTH_NAMES, w) || is_in_list(&crate::value::WEEKDAY_NAMES, w)
}

/// Verbs of saying or thinking that can stand inside a relative clause
/// before its verb ("who observers expect will be replaced").
const OPINION_VERBS: Words = Words::new(&[
    "say",
    "says",
    "said",
    "expect",
    "expects",
    "expected",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "fear",
    "fears",
    "feared",
    "hope",
    "hopes",
    "predict",
    "predicts",
    "allege",
    "alleges",
    "alleged",
    "suspect",
    "suspects",
    "suspected",
]);

/// Auxiliaries that stand between a coordinator and its verb ("but was
/// left", "and had been arrested").
const AUXILIARIES: Words = Words::new(&[
    "was", "were", "is", "are", "had", "has", "have", "been", "be", "will", "would", "could",
    "should", "may", "might", "must", "did", "not",
]);

/// Pronouns that can stand for the speaker of a verb of saying.
const SPEAKER_PRONOUNS: Words = Words::new(&["he", "she", "it", "they", "we"]);

/// Verbs of saying after which a subject pronoun stands for the speaker
/// ("France said it was sending").
const SAID: Words = Words::new(&["said", "says", "announced", "stated", "added", "insisted"]);

/// The speaker's tokens (`from..to`) when the pronoun at `p` follows a
/// verb of saying ([`SAID`]; "that" and the time expression, at byte span
/// `time`, may stand between) whose subject is a name or a determiner and
/// at most three words, opening the sentence or following punctuation.
fn speaker_of(
    toks: &[Tok],
    sentence: &str,
    p: usize,
    time: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let text = |k: usize| &sentence[toks[k].start..toks[k].end];
    let in_time = |k: usize| time.is_some_and(|(s, e)| toks[k].start >= s && toks[k].end <= e);
    let mut r = p.checked_sub(1)?;
    while r > 0 && toks[r].word && (text(r).eq_ignore_ascii_case("that") || in_time(r)) {
        r -= 1;
    }
    if !is_in(&SAID, text(r)) {
        return None;
    }
    let to = r;
    // Back over the subject: a run of capitalised words, or a determiner
    // and up to three words.
    let mut from = to;
    while from > 0 && to - from < 4 && toks[from - 1].word && !in_time(from - 1) {
        from -= 1;
    }
    let capitalised = |k: usize| text(k).starts_with(char::is_uppercase);
    let start = (from..to)
        .find(|&k| is_in(&DETERMINERS, text(k)))
        .or_else(|| (from..to).rev().take_while(|&k| capitalised(k)).last())?;
    let opens = start == 0 || !toks[start - 1].word || is_in(&BOUNDARY, text(start - 1));
    (start < to && opens && (start..to).all(|k| !is_in(&SPEAKER_PRONOUNS, text(k))))
        .then_some((start, to))
}

/// For a closing dash or bracket at token `close`, the token index of its
/// opening partner, when one stands a few words to the left.
fn aside_opening(toks: &[Tok], sentence: &str, close: usize) -> Option<usize> {
    let c = &sentence[toks[close].start..toks[close].end];
    let dash = |x: &str| matches!(x, "-" | "--" | "\u{2013}" | "\u{2014}");
    let opens = |x: &str| if c == ")" { x == "(" } else { dash(x) };
    if c != ")" && !dash(c) {
        return None;
    }
    (close.saturating_sub(12)..close)
        .rev()
        .find(|&k| opens(&sentence[toks[k].start..toks[k].end]))
}

/// Byte offset of `word` in `s` as a whole word (case-insensitive, ASCII
/// case only), else as any substring.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let word = word.trim();
    if word.is_empty() {
        return None;
    }
    let ls = s.to_ascii_lowercase();
    let lw = word.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = ls.get(from..).and_then(|r| r.find(&lw)) {
        let p = from + p;
        let before = ls[..p].chars().next_back();
        let after = ls[p + lw.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(p);
        }
        from = p + lw.len().max(1);
    }
    ls.find(&lw)
}

fn find_phrase(s: &str, phrase: &str) -> Option<usize> {
    s.find(phrase).or_else(|| find_word(s, phrase))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::with_capacity(s.len() + 2);
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_filters_agree_with_the_lists() {
        use super::*;
        let sets = [
            &BOUNDARY,
            &SUBJECT_PRONOUNS,
            &NOT_OBJECTS,
            &NP_PREPOSITIONS,
            &FINITE_WORDS,
            &TOLD,
            &THAT_VERBS,
            &DETERMINERS,
            &DANGLING,
            &TIME_PREPOSITIONS,
            &OPINION_VERBS,
            &AUXILIARIES,
            &SPEAKER_PRONOUNS,
            &SAID,
        ];
        let mut probes: Vec<String> = vec![
            String::new(),
            "-".into(),
            "Ünderway".into(),
            "éte".into(),
            "a".repeat(40),
            "Kazakhstan".into(),
            "THE".into(),
            "Said".into(),
            "1,000".into(),
            "@he".into(),
            "[he".into(),
        ];
        for set in sets {
            assert!(set.filtered);
            for w in set.list {
                probes.push((*w).to_string());
                probes.push(w.to_ascii_uppercase());
                probes.push(format!("{w}s"));
                probes.push(w[1..].to_string());
            }
        }
        for set in sets {
            for p in &probes {
                assert_eq!(set.has(p), is_in_list(set.list, p), "{p:?}");
            }
        }
        // A list the filter cannot hold is scanned whole.
        const ODD: Words = Words::new(&["U.S.", "x"]);
        const { assert!(!ODD.filtered) };
        assert!(ODD.has("u.s."));
    }

    #[test]
    fn ascii_tokens_are_the_character_tokens() {
        let texts = [
            "Russian-led troops began withdrawing on Jan. 13, 2022, the U.S. said.",
            "About 2,000 troops -- and 250 pieces of equipment -- left; 3,5 is not a number, 1,000,000 is.",
            "Tabs\there,\x0bvertical\x0cfeed\r\nline 'quoted' & slashed/words.",
            "",
            "...",
            "a",
            "- - -",
            "Mr. O'Neil's A&P store (in N.Y.) closed.",
        ];
        for t in texts {
            let a: Vec<_> = super::tokenize_ascii(t)
                .iter()
                .map(|k| (k.start, k.end, k.word))
                .collect();
            let c: Vec<_> = super::tokenize_chars(t)
                .iter()
                .map(|k| (k.start, k.end, k.word))
                .collect();
            assert_eq!(a, c, "{t:?}");
        }
    }

    use super::label;

    #[test]
    fn clause_around_the_trigger() {
        let s = "NUR-SULTAN, Jan 11 (Reuters) — Russian-led forces will begin withdrawing from Kazakhstan in two days’ time after stabilising the Central Asian nation";
        let at = s.find("withdrawing");
        assert_eq!(
            label(s, "withdrawing", at, Some("in two days’ time")),
            "Russian-led forces will begin withdrawing from Kazakhstan"
        );
    }

    #[test]
    fn stops_at_reporting_verbs_and_drops_time() {
        let s = "Russian Defence Minister Sergei Shoigu told Putin the pullout would be completed by Wednesday next week, several days ahead of a January 22 deadline.";
        assert_eq!(
            label(s, "completed", None, Some("Wednesday next week")),
            "The pullout would be completed"
        );
        let s = "Russian soldiers completed their draw down from Kazakhstan, the defence ministry said on Wednesday (Jan 19).";
        assert_eq!(
            label(s, "completed", None, Some("Wednesday")),
            "Russian soldiers completed their draw down from Kazakhstan"
        );
    }

    #[test]
    fn an_acronym_stands_for_its_name() {
        let s = "Tokayev, 68, last week asked the Moscow-led Collective Security Treaty Organisation (CSTO) to send in troops at the peak of the unrest.";
        assert_eq!(
            label(s, "asked", s.find("asked"), Some("last week")),
            "Tokayev asked the Moscow-led CSTO to send in troops"
        );
        let s = "Ministers from Iraq met the Organization of the Petroleum Exporting Countries (OPEC) to discuss output cuts in Vienna.";
        assert_eq!(
            label(s, "met", s.find("met"), None),
            "Ministers from Iraq met the OPEC to discuss output cuts in Vienna"
        );
        // When the whole clause fits, the name stays.
        let s =
            "Ministers met the Organization of the Petroleum Exporting Countries (OPEC) in Vienna.";
        assert_eq!(
            label(s, "met", s.find("met"), None),
            "Ministers met the Organization of the Petroleum Exporting Countries in Vienna"
        );
        // Not the initials: the bracket is left out, the name stays.
        let s = "Police arrested the Islamic State leader (Baghdadi) in Syria.";
        assert_eq!(
            label(s, "arrested", s.find("arrested"), None),
            "Police arrested the Islamic State leader in Syria"
        );
    }

    #[test]
    fn a_pronoun_after_said_is_the_speaker() {
        let s = "Italy is expected to provide 2,000 soldiers; France said Tuesday it was sending 1,000; Greece has promised up to 700 troops.";
        assert_eq!(
            label(s, "sending", s.find("sending"), Some("Tuesday")),
            "France was sending 1,000"
        );
        let s = "The defence ministry said that they had completed the withdrawal.";
        assert_eq!(
            label(s, "completed", s.find("completed"), None),
            "The defence ministry had completed the withdrawal"
        );
        // Not after a verb of saying: the pronoun stays.
        let s = "Officials believe it was sending arms to the rebels.";
        assert_eq!(
            label(s, "sending", s.find("sending"), None),
            "Officials believe it was sending arms to the rebels"
        );
    }

    #[test]
    fn a_second_predicate_after_but_takes_the_subject() {
        let s = "Once in Beijing, Wei was put under close watch at his home by a relative, but was left briefly alone over the weekend.";
        assert_eq!(
            label(s, "left", s.find("left"), Some("the weekend")),
            "Wei was left briefly alone"
        );
    }

    #[test]
    fn a_range_goes_with_its_time() {
        let s = "According to a schedule announced last month, Tayan would visit Israel between April 7 and 9 and Levy would be in Ankara.";
        assert_eq!(
            label(s, "visit", s.find("visit"), Some("April 7")),
            "Tayan would visit Israel"
        );
        let s = "The talks will run from Monday to Wednesday in Geneva.";
        assert_eq!(
            label(s, "talks", s.find("talks"), Some("Monday")),
            "The talks will run in Geneva"
        );
    }

    #[test]
    fn words_of_saying_inside_a_relative_clause_are_left_out() {
        let s = "\"Individualism reduces confidence,\" said Anh, a conservative who observers expect will be replaced in September.";
        assert_eq!(
            label(s, "replaced", s.find("replaced"), Some("September")),
            "Anh will be replaced"
        );
        let s = "Police shot a man who witnesses say was armed with a knife.";
        assert_eq!(
            label(s, "armed", s.find("armed"), None),
            "A man was armed with a knife"
        );
    }

    #[test]
    fn headline_and_cap() {
        assert_eq!(
            label(
                "Russia-led troops begin pullback from Kazakhstan",
                "pullback",
                None,
                None
            ),
            "Russia-led troops begin pullback from Kazakhstan"
        );
        let long = "word ".repeat(40);
        let l = label(&long, "word", Some(100), None);
        assert!(l.len() <= super::MAX_LABEL);
        assert_eq!(label("", "Speech", None, None), "Speech");
        assert_eq!(label("no trigger here", "xyz", None, None), "Xyz");
    }

    #[test]
    fn numbers_keep_their_commas() {
        assert_eq!(
            label(
                "More than 2,000 soldiers were sent to the former Soviet republic on Jan 6, officials said.",
                "sent",
                None,
                Some("Jan 6")
            ),
            "More than 2,000 soldiers were sent to the former Soviet republic"
        );
    }

    #[test]
    fn sentence_final_period_is_punctuation() {
        assert_eq!(
            label("Troops left Kazakhstan.", "left", None, None),
            "Troops left Kazakhstan"
        );
    }

    #[test]
    fn asides_are_stepped_over() {
        assert_eq!(
            label(
                "At least 40 people - including six police officers - died in the fighting.",
                "died",
                None,
                None
            ),
            "At least 40 people died in the fighting"
        );
        assert_eq!(
            label(
                "The ministry (citing local officials) confirmed the figure on Monday.",
                "confirmed",
                None,
                Some("Monday")
            ),
            "The ministry confirmed the figure"
        );
    }

    #[test]
    fn relative_clauses_take_their_antecedent() {
        assert_eq!(
            label(
                "Police broke up the rallies, which left dozens injured.",
                "left",
                None,
                None
            ),
            "The rallies left dozens injured"
        );
        assert_eq!(
            label(
                "The new premier, who took office in March, resigned.",
                "took",
                None,
                Some("March")
            ),
            "The new premier took office"
        );
        assert_eq!(
            label(
                "The talks were led by Ana Pereira, 64, who arrived on Sunday.",
                "arrived",
                None,
                Some("Sunday")
            ),
            "Ana Pereira arrived"
        );
        assert_eq!(
            label(
                "Pereira, 64, on Sunday asked the council to meet.",
                "asked",
                None,
                Some("on Sunday")
            ),
            "Pereira asked the council to meet"
        );
        assert_eq!(
            label(
                "The convoy, stationed on Friday near the border, was withdrawn.",
                "stationed",
                None,
                Some("on Friday")
            ),
            "The convoy stationed near the border"
        );
        assert_eq!(
            label(
                "Floods swept a region of farmland that lost most of its harvest.",
                "lost",
                None,
                None
            ),
            "A region of farmland lost most of its harvest"
        );
        assert_eq!(
            label(
                "Officials said that the talks collapsed.",
                "collapsed",
                None,
                None
            ),
            "The talks collapsed"
        );
    }

    #[test]
    fn a_clipped_subject_goes_back_to_its_determiner() {
        let s = "PARIS - A French-led naval task force on Monday began a slow operation of clearing mines from the strait.";
        assert_eq!(
            label(s, "clearing", None, Some("Monday")),
            "A French-led naval task force began a slow operation of clearing mines"
        );
    }

    #[test]
    fn a_second_predicate_takes_the_first_ones_subject() {
        assert_eq!(
            label(
                "Police arrived at the square on Monday and arrested 20 people.",
                "arrested",
                None,
                Some("Monday")
            ),
            "Police arrested 20 people"
        );
        assert_eq!(
            label(
                "The talks stalled over a rift with the governor, who spoke for the first time since the floods and denied any wrongdoing.",
                "denied",
                None,
                None
            ),
            "The governor denied any wrongdoing"
        );
        // Nouns joined by "and" are no second predicate.
        assert_eq!(
            label(
                "Strikes and protests spread across the country.",
                "protests",
                None,
                None
            ),
            "Strikes and protests spread across the country"
        );
    }

    #[test]
    fn an_apposition_gives_way_to_the_name() {
        assert_eq!(
            label(
                "Prosecutors charged Anna Berg, the former mayor, who had been detained in March.",
                "detained",
                None,
                Some("March")
            ),
            "Anna Berg had been detained"
        );
    }

    #[test]
    fn a_relative_clause_without_that_is_put_in_order() {
        assert_eq!(
            label(
                "The senator denied any rift with the aide she appointed to run the campaign.",
                "appointed",
                None,
                None
            ),
            "She appointed the aide to run the campaign"
        );
        // Not after a noun of time: no "He resigned the day".
        assert_eq!(
            label("Markets fell the day he resigned.", "resigned", None, None),
            "Markets fell the day he resigned"
        );
    }

    #[test]
    fn a_participle_after_a_preposition_tells_of_its_noun() {
        assert_eq!(
            label(
                "Villagers held a vigil for a teenager killed in the floods.",
                "killed",
                None,
                None
            ),
            "A teenager killed in the floods"
        );
        assert_eq!(
            label(
                "Police were blamed for the deaths of people killed in the crush.",
                "killed",
                None,
                None
            ),
            "People killed in the crush"
        );
        // A subject's prepositional phrase: the verb is the main one.
        assert_eq!(
            label("The head of the agency resigned.", "resigned", None, None),
            "The head of the agency resigned"
        );
    }

    #[test]
    fn brackets_and_saying_on_the_right() {
        assert_eq!(
            label(
                "The minister asked the World Health Organization (WHO) for help.",
                "asked",
                None,
                None
            ),
            "The minister asked the World Health Organization for help"
        );
        // Not an aside of figures (a time, a score).
        assert_eq!(
            label(
                "Police detained the leader around noon (1000 GMT) near the border.",
                "detained",
                None,
                Some("around noon")
            ),
            "Police detained the leader"
        );
        assert_eq!(
            label(
                "The coach resigned on Friday, saying the team needed a change.",
                "resigned",
                None,
                Some("Friday")
            ),
            "The coach resigned"
        );
        assert_eq!(
            label(
                "The club sacked its coach saying results were poor.",
                "sacked",
                None,
                None
            ),
            "The club sacked its coach"
        );
    }

    #[test]
    fn a_participle_cut_from_its_clause_is_left_out() {
        assert_eq!(
            label(
                "The government lifted the curfew imposed after the riots.",
                "lifted",
                None,
                None
            ),
            "The government lifted the curfew"
        );
        // Not an adjective after a verb.
        assert_eq!(
            label(
                "The rebels arrived on foot and looked tired as they entered.",
                "arrived",
                None,
                None
            ),
            "The rebels arrived on foot and looked tired"
        );
        // The trigger itself stays.
        assert_eq!(
            label(
                "Troops were deployed after the riots.",
                "deployed",
                None,
                None
            ),
            "Troops were deployed"
        );
    }
}

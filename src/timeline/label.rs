//! Short human-readable labels for events, cut from a mention's sentence:
//! the clause around the trigger (subject, trigger phrase, object or
//! place), without the time expression, at most [`MAX_LABEL`] bytes.

/// The longest label, in bytes (cut at a word boundary).
pub(crate) const MAX_LABEL: usize = 80;

/// Bytes either side of the trigger that the label can draw from: more
/// than the widest clause it keeps (8 words left, an aside, 9 right).
const WINDOW: usize = 400;

/// Words the clause does not run past, on either side.
const BOUNDARY: &[&str] = &[
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
];

/// Verbs whose object can stand before the reported clause ("told Putin
/// the pullout would ...").
const TOLD: &[&str] = &["told", "informed", "assured", "warned", "promised"];

/// Words that take a "that" clause as their object ("says that", "so
/// that"): the "that" after them does not open a relative clause.
const THAT_VERBS: &[&str] = &[
    "say", "says", "tell", "tells", "think", "thinks", "believe", "believes", "know", "knows",
    "hope", "hopes", "fear", "fears", "expect", "expects", "show", "shows", "mean", "means",
    "suggest", "suggests", "ensure", "ensures", "claim", "claims", "warn", "warns", "argue",
    "argues", "insist", "insists", "deny", "denies", "admit", "admits", "so", "such", "now",
    "given", "fact", "than", "all", "is", "was", "are", "were", "be", "been",
];

/// Determiners that can open a subject.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];

/// Words a label does not end with.
const DANGLING: &[&str] = &[
    "on", "in", "at", "by", "from", "to", "of", "for", "with", "the", "a", "an", "and", "or",
    "this", "that", "last", "next", "its", "their", "his", "her", "during", "since", "until",
    "within", "over", "into", "onto", "about", "than",
];

/// Prepositions dropped together with the time expression they govern.
const TIME_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "by", "during", "since", "until", "from", "this", "before", "after",
];

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

fn tokenize(s: &str) -> Vec<Tok> {
    if s.is_ascii() {
        return tokenize_ascii(s);
    }
    tokenize_chars(s)
}

/// [`tokenize`] of ASCII text, by bytes (the same tokens as
/// [`tokenize_chars`]: for ASCII, `char::is_alphanumeric` and
/// `char::is_whitespace` are the byte tests below).
fn tokenize_ascii(s: &str) -> Vec<Tok> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 4);
    let is_word =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.' | b'&' | b'/');
    let mut cur: Option<usize> = None;
    for (i, &b) in bytes.iter().enumerate() {
        // A comma between digits is part of a number (`2,000`).
        let numeric_comma = b == b','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if is_word(b) || numeric_comma {
            if cur.is_none() {
                cur = Some(i);
            }
        } else {
            if let Some(st) = cur.take() {
                push_word(s, st, i, &mut out);
            }
            if !matches!(b, b' ' | b'\t'..=b'\r') {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    word: false,
                });
            }
        }
    }
    if let Some(st) = cur {
        push_word(s, st, s.len(), &mut out);
    }
    out
}

/// [`tokenize`] of any text, by characters.
fn tokenize_chars(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
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
                push_word(s, st, i, &mut out);
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
        push_word(s, st, s.len(), &mut out);
    }
    out
}

/// Pushes a word, splitting off a sentence-final period (`Kazakhstan.`)
/// but keeping abbreviations' inner periods (`U.S.`).
fn push_word(s: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let w = &s[start..end];
    if w.chars().all(|c| c == '-') {
        // A spaced hyphen used as a dash.
        out.push(Tok {
            start,
            end,
            word: false,
        });
    } else if w.len() > 1 && w.ends_with('.') && !w[..w.len() - 1].contains('.') {
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
fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The label for a mention: `sentence` with the trigger at byte offset
/// `trigger_at` (if known) or found by its text, `time_text` removed.
pub(crate) fn label(
    sentence: &str,
    trigger: &str,
    trigger_at: Option<usize>,
    time_text: Option<&str>,
) -> String {
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
    let toks = tokenize(sentence);
    let Some(at) = at else {
        return capitalise(trigger.trim());
    };
    let Some(i) = toks
        .iter()
        .position(|t| t.start <= at && at < t.end.max(t.start + 1))
    else {
        return capitalise(trigger.trim());
    };
    let mut keep: Vec<bool> = vec![true; toks.len()];
    let text = |t: Tok| &sentence[t.start..t.end];
    // Left: up to 8 words, stopping at punctuation or a boundary word; an
    // aside between dashes or brackets ("225 people - including 19
    // servicemen - died") is stepped over and left out.
    let mut lo = i;
    let mut count = 0;
    while lo > 0 && count < 8 {
        let t = toks[lo - 1];
        if !t.word
            && let Some(open) = aside_opening(&toks, sentence, lo - 1)
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
        if !t.word || is_in(BOUNDARY, text(t)) {
            break;
        }
        lo -= 1;
        count += 1;
    }
    // A relative clause ("the unrest, which left dozens dead") takes its
    // antecedent as subject, without the pronoun and comma.
    // So does a participle clause opening right after a comma ("the
    // contingent, deployed on January 6 in ..."): "the contingent deployed
    // in ...".
    let pronoun = lo > 0
        && (is_in(&["which", "who"], text(toks[lo - 1]))
            || (lo > 1 && text(toks[lo - 1]).eq_ignore_ascii_case("that") && {
                // "that" after a noun ("unrest that left"), not after a
                // verb of saying or thinking ("said that", "warned that").
                let before = toks[lo - 2];
                let w = text(before);
                before.word
                    && !w.ends_with("ed")
                    && !is_in(THAT_VERBS, w)
                    && !is_in(BOUNDARY, w)
                    && !is_in(DETERMINERS, w)
                    && !w.starts_with(char::is_uppercase)
            }));
    let participle = lo == i
        && lo > 1
        && text(toks[lo - 1]) == ","
        && toks[lo - 2].word
        && text(toks[i]).len() > 4
        && text(toks[i]).ends_with("ed");
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
            if !t.word || is_in(BOUNDARY, text(t)) {
                break;
            }
            reach -= 1;
        }
        let capitalised = |t: Tok| text(t).starts_with(char::is_uppercase);
        let a = (reach..k)
            .rev()
            .find(|&x| is_in(DETERMINERS, text(toks[x])))
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
        }
    }
    // "told Putin the pullout would be completed": skip the object.
    if lo > 0
        && is_in(TOLD, &sentence[toks[lo - 1].start..toks[lo - 1].end])
        && let Some(d) =
            (lo..i).find(|&k| is_in(DETERMINERS, &sentence[toks[k].start..toks[k].end]))
        && (lo..d).all(|k| sentence[toks[k].start..].starts_with(char::is_uppercase))
    {
        lo = d;
    }
    // Right: up to 9 words.
    let mut hi = i + 1;
    let mut count = 0;
    while hi < toks.len() && count < 9 {
        let t = toks[hi];
        if !t.word || is_in(BOUNDARY, &sentence[t.start..t.end]) {
            break;
        }
        hi += 1;
        count += 1;
    }
    // Drop the time expression (and the preposition governing it).
    if let Some(tt) = time_text.map(str::trim).filter(|t| !t.is_empty())
        && let Some(pos) = find_phrase(sentence, tt)
    {
        let (ts, te) = (pos, pos + tt.len());
        let mut first = None;
        for (k, t) in toks.iter().enumerate() {
            if t.start >= ts && t.end <= te {
                keep[k] = false;
                first.get_or_insert(k);
            }
        }
        if let Some(f) = first
            && f > 0
            && is_in(
                TIME_PREPOSITIONS,
                &sentence[toks[f - 1].start..toks[f - 1].end],
            )
            && f - 1 != i
        {
            keep[f - 1] = false;
        }
    }
    keep[i] = true;
    let mut words: Vec<&str> = (lo..hi)
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
    while words.len() > 1 && is_in(DANGLING, words[words.len() - 1]) {
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
}

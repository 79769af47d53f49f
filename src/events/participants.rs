//! Participants: named entities and armed groups of the sentence, with a
//! key that is the same for the spellings of one participant.
//!
//! - A **name** is a run of capitalised words (with `of`, `the`, `for`
//!   inside: `Organisation of Turkic States`), without sentence-initial
//!   function words, demonyms (`Russian`) or titles (`President`, `Mr`,
//!   `Colonel General`), which are stripped. A parenthesised acronym after
//!   a name (`Collective Security Treaty Organisation (CSTO)`) makes the
//!   acronym the key of both for the rest of the text.
//! - **Keys**: a person's folded surname (`tokaev` for `Mr Tokayev`,
//!   `Kassym Jomart Tokayev`, `Tokaev`, `Tokajev`); an organisation's
//!   acronym, spelled or computed from its initials when the text uses
//!   that acronym; otherwise the folded name.
//! - **Groups**: `troops`, `forces`, `peacekeepers`, `the contingent`...
//!   qualified by a demonym or an organisation before them (`Russian
//!   troops`, `Russian-led forces`, `CSTO troops`) have the key
//!   `forces:russia`; an unqualified one (`the peacekeepers`, `the
//!   contingent`, `these troops`) is the last qualified group mentioned
//!   before it in the text.
//! - **Roles**: the nearest participant before the trigger in its clause is
//!   the agent (the patient of a passive), the nearest after it the
//!   patient (the agent after `by`); one after `in`, `at`, `from`, `to`
//!   that is a place is the place.

use super::lexicon::{
    Fc, GROUP_NOUNS, SemanticClassExt, demonym, fold_name, is_common_capitalised, is_org_word,
    is_title,
};
use super::mention::{Doc, Draft};
use super::model::ScoreTok;
use super::sentence::TokenKind;
use super::{EntityKind, PartOfSpeech, Participant, Role};
use std::collections::HashMap;

/// An entity found in the text.
#[derive(Debug, Clone)]
struct Entity {
    first: usize,
    last: usize,
    text_start: usize,
    text_end: usize,
    key: String,
    kind: EntityKind,
}

fn lower(doc: &Doc<'_>, k: usize) -> String {
    doc.word(k).to_lowercase()
}

fn is_cap(doc: &Doc<'_>, toks: &[ScoreTok<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && (t.shape == 1 || t.shape == 2))
        && !doc.in_timex.get(k).copied().unwrap_or(true)
}

/// Finds the entities of the whole text, in order.
fn entities(doc: &Doc<'_>, toks: &[ScoreTok<'_>]) -> Vec<Entity> {
    let n = doc.toks.len();
    let mut out = Vec::new();
    let mut aliases: HashMap<String, String> = HashMap::new();
    let mut persons: HashMap<String, ()> = HashMap::new();
    let mut group_last: Option<String> = None;
    let mut folded: HashMap<&str, String> = HashMap::new();
    let mut k = 0;
    while k < n {
        // Groups.
        let word = doc.word(k);
        let group = doc.class(k) != Fc::Name
            && word.len() <= 12
            && GROUP_NOUNS.iter().any(|g| g.eq_ignore_ascii_case(word));
        if group && !is_cap(doc, toks, k) {
            let lw = word.to_ascii_lowercase();
            let mut qual: Option<String> = None;
            let mut j = k;
            // Look back over adjectives for a qualifier.
            let mut steps = 0;
            while j > 0 && steps < 3 {
                j -= 1;
                steps += 1;
                let w = lower(doc, j);
                if let Some(c) = demonym(&w) {
                    qual = Some(c.to_string());
                    break;
                }
                if let Some(stem) = w
                    .strip_suffix("-led")
                    .or_else(|| w.strip_suffix("-backed"))
                    .or_else(|| w.strip_suffix("-based"))
                {
                    let stem_key = demonym(stem).map(str::to_string).unwrap_or_else(|| {
                        let f = fold_name(stem);
                        if f == "moscow" { "russia".into() } else { f }
                    });
                    qual = Some(stem_key);
                    break;
                }
                if toks.get(j).is_some_and(|t| t.shape == 2) {
                    qual = Some(aliases.get(&w).cloned().unwrap_or(w));
                    break;
                }
                if !matches!(doc.class(j), Fc::Open | Fc::Ed | Fc::Ing | Fc::Ly | Fc::Nom) {
                    break;
                }
            }
            let key = match qual {
                Some(q) => {
                    let key = format!("forces:{q}");
                    group_last = Some(key.clone());
                    key
                }
                None => group_last.clone().unwrap_or_else(|| "forces".into()),
            };
            // Skip `peacekeeping operation` (not a group).
            if lw == "peacekeeping"
                && !doc.is_any(k + 1, &["troops", "forces", "contingent", "mission"])
            {
                k += 1;
                continue;
            }
            out.push(Entity {
                first: k,
                last: k,
                text_start: doc.toks[k].start,
                text_end: doc.toks[k].end,
                key,
                kind: EntityKind::Group,
            });
            k += 1;
            continue;
        }
        if !is_cap(doc, toks, k) {
            k += 1;
            continue;
        }
        // A run of capitalised words.
        let mut e = k;
        while e + 1 < n {
            if is_cap(doc, toks, e + 1) && doc.sent_of[e + 1] == doc.sent_of[k] {
                e += 1;
            } else if doc.is_any(e + 1, &["of", "for", "de", "al", "the"])
                && is_cap(doc, toks, e + 2)
                && doc.sent_of[e + 2] == doc.sent_of[k]
                && e > k
            {
                e += 2;
            } else {
                break;
            }
        }
        let run_end = e;
        // Strip sentence-initial common words, demonyms and titles.
        let mut s = k;
        let mut titled = false;
        while s <= e {
            let w = lower(doc, s);
            let first = doc
                .sents
                .get(doc.sent_of[s] as usize)
                .is_some_and(|x| x.tokens.start == s || x.tokens.start + 1 == s);
            if is_title(&w) {
                titled = true;
                s += 1;
            } else if demonym(&w).is_some()
                || w.ends_with("-led")
                || (first && is_common_capitalised(&w))
                || (first
                    && s == k
                    && toks.get(s).is_some_and(|t| t.class != Fc::Name)
                    && w.len() > 1
                    && common_word(doc, toks, s))
            {
                s += 1;
            } else {
                break;
            }
        }
        // Trailing `of the`.
        while e > s && doc.is_any(e, &["of", "the", "for"]) {
            e -= 1;
        }
        if s > e {
            k = run_end + 1;
            continue;
        }
        let words: Vec<String> = (s..=e).map(|j| doc.word(j).to_string()).collect();
        let lower_words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let is_org = lower_words.iter().any(|w| is_org_word(w));
        let all_caps = s == e && toks.get(s).is_some_and(|t| t.shape == 2);
        // A parenthesised acronym after the name.
        let mut acronym: Option<String> = None;
        if doc.is(run_end + 1, "(")
            && toks.get(run_end + 2).is_some_and(|t| t.shape == 2)
            && doc.is(run_end + 3, ")")
        {
            acronym = Some(lower(doc, run_end + 2));
        }
        let initials: String = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        let (key, kind) = if let Some(a) = acronym {
            aliases.insert(a.clone(), a.clone());
            aliases.insert(initials.clone(), a.clone());
            (a, EntityKind::Organization)
        } else if all_caps {
            let w = lower_words[0].clone();
            (
                aliases.get(&w).cloned().unwrap_or(w),
                EntityKind::Organization,
            )
        } else if is_org {
            let folded = fold_name(&lower_words.join(" "))
                .replace("organisation", "organization")
                .replace("defence", "defense");
            match aliases.get(&initials) {
                Some(a) if words.len() > 1 => (a.clone(), EntityKind::Organization),
                _ => (folded, EntityKind::Organization),
            }
        } else {
            let last_word = doc.word(e);
            let surname = folded
                .entry(last_word)
                .or_insert_with(|| fold_name(last_word))
                .clone();
            let kind = if titled || words.len() >= 2 || persons.contains_key(&surname) {
                persons.insert(surname.clone(), ());
                EntityKind::Person
            } else if (s > 0
                && doc.is_any(s - 1, &["in", "from", "to", "into", "at", "across", "of"]))
                || lower_words[0].ends_with("stan")
            {
                EntityKind::Place
            } else {
                EntityKind::Other
            };
            (surname, kind)
        };
        out.push(Entity {
            first: s,
            last: e,
            text_start: doc.toks[s].start,
            text_end: doc.toks[e].end,
            key,
            kind,
        });
        k = run_end + 1;
    }
    out
}

/// A capitalised sentence-initial word that is a common word elsewhere
/// (the model knows it, and it is not a name there).
fn common_word(_doc: &Doc<'_>, toks: &[ScoreTok<'_>], k: usize) -> bool {
    toks.get(k).and_then(|t| t.entry).is_some_and(|e| {
        e.in_vocab && e.lemma.chars().next().is_some_and(char::is_lowercase) && e.own[0] < 0.0
    })
}

pub(crate) fn participants(
    doc: &Doc<'_>,
    drafts: &[Draft],
    toks: &[ScoreTok<'_>],
) -> Vec<Vec<Participant>> {
    let ents = entities(doc, toks);
    let mut out = Vec::with_capacity(drafts.len());
    let mut lo = 0usize;
    for d in drafts {
        let s = doc.sent_of.get(d.head).copied().unwrap_or(0);
        while lo < ents.len() && doc.sent_of[ents[lo].first] < s {
            lo += 1;
        }
        let mut hi = lo;
        while hi < ents.len() && doc.sent_of[ents[hi].first] == s {
            hi += 1;
        }
        let sentence = &ents[lo..hi];
        let clause = doc.clause.get(d.head).copied();
        let mut parts: Vec<Participant> = Vec::new();
        let mk = |e: &Entity, role: Role| Participant {
            start: e.text_start,
            end: e.text_end,
            text: doc
                .text
                .get(e.text_start..e.text_end)
                .unwrap_or("")
                .to_string(),
            key: e.key.clone(),
            kind: e.kind,
            role,
        };
        // Before: the nearest in the clause (or the sentence's first
        // participant for a verb whose clause has none: `X, who ...,
        // sacked`).
        let before = sentence
            .iter()
            .rev()
            .find(|e| e.last < d.head && doc.clause.get(e.first).copied() == clause)
            .or_else(|| {
                if d.pos == PartOfSpeech::Verb {
                    sentence
                        .iter()
                        .find(|e| e.last < d.head && e.kind != EntityKind::Place)
                } else {
                    None
                }
            });
        let after = sentence
            .iter()
            .find(|e| e.first > d.last && doc.clause.get(e.first).copied() == clause);
        let patient_noun = d.semantic.is_some_and(|c| c.takes_patient_as_of());
        if let Some(e) = before {
            let role = if d.passive {
                Role::Patient
            } else {
                Role::Agent
            };
            if !(e.kind == EntityKind::Place
                && d.pos == PartOfSpeech::Verb
                && e.first + 1 < d.head
                && doc.is_any(e.first.saturating_sub(1), &["in", "at"]))
            {
                parts.push(mk(e, role));
            }
        }
        if let Some(e) = after {
            let prev = e.first.saturating_sub(1);
            let role = if doc.is_any(prev, &["in", "at", "from", "into", "to", "across"])
                && matches!(e.kind, EntityKind::Place | EntityKind::Other)
            {
                Role::Place
            } else if (d.passive && doc.is(prev, "by"))
                || (d.pos == PartOfSpeech::Noun && doc.is(prev, "of") && !patient_noun)
            {
                Role::Agent
            } else {
                Role::Patient
            };
            if parts.iter().all(|p| p.key != e.key) {
                parts.push(mk(e, role));
            }
            // A place after the patient.
            if role != Role::Place
                && let Some(pl) = sentence.iter().find(|x| {
                    x.first > e.last
                        && doc.clause.get(x.first).copied() == clause
                        && doc.is_any(
                            x.first.saturating_sub(1),
                            &["in", "at", "from", "into", "to"],
                        )
                        && matches!(x.kind, EntityKind::Place | EntityKind::Other)
                })
                && parts.iter().all(|p| p.key != pl.key)
            {
                parts.push(mk(pl, Role::Place));
            }
        }
        out.push(parts);
    }
    out
}

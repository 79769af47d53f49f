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

use super::lexicon::{Fc, FxMap, SemanticClassExt, fold_name, fold_name_rc, wf};
use super::mention::{Doc, Draft};
use super::model::Tk;
use super::table::{WordIds, word_hash};
use super::{EntityKind, PartOfSpeech, Participant, Role};
use std::sync::Arc;

/// An entity found in the text.
#[derive(Debug, Clone)]
struct Entity {
    first: usize,
    last: usize,
    text_start: usize,
    text_end: usize,
    key: Arc<str>,
    kind: EntityKind,
}

/// The lower-cased form of token `k` (empty for punctuation and numbers,
/// which no rule here looks up).
fn lower<'d>(doc: &'d Doc<'_>, k: usize) -> &'d str {
    doc.lower(k)
}

/// Whether token `k` is a capitalised word outside temporal expressions
/// (only words have shapes 1 and 2: other tokens have shape 3).
#[inline]
fn is_cap(doc: &Doc<'_>, k: usize) -> bool {
    doc.tk.get(k).is_some_and(cap_tk)
}

/// [`is_cap`] of a token's facts.
#[inline]
fn cap_tk(t: &Tk) -> bool {
    (t.shape == 1 || t.shape == 2) && !t.in_timex
}

/// Whether token `k` opens its sentence or follows a dash, colon, bracket
/// or quote (a dateline's "MOSCOW (Reuters) - Troops began ..."): a
/// capital there is no sign of a name.
fn opens_clause(doc: &Doc<'_>, k: usize) -> bool {
    let first = doc
        .sent(k)
        .is_some_and(|s| doc.sentence_tokens(s as usize).start == k);
    first
        || (k > 0
            && doc.is_any(
                k - 1,
                &[
                    "-", "--", "\u{2013}", "\u{2014}", ":", "(", "\"", "\u{201c}", "'", "\u{2018}",
                ],
            ))
}

fn all_caps(doc: &Doc<'_>, k: usize) -> bool {
    doc.tk.get(k).is_some_and(|t| t.shape == 2)
}

/// Buffers of [`participants`], kept between texts.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    ents: Vec<Entity>,
    next_place: Vec<usize>,
    caches: Caches,
}

/// Keys computed from a name alone, kept from one text to the next, up to
/// [`KEEP_FOLDED`] names each.
#[derive(Debug, Default)]
struct Caches {
    /// The words as written whose folded surnames ([`fold_name_rc`]) are
    /// in `folded`, numbered as they are there.
    folded_ids: WordIds,
    folded: Vec<Arc<str>>,
    /// Organisations' keys by their lower-cased names.
    orgs: FxMap<Box<str>, Arc<str>>,
    /// The persons' keys of the text being read (emptied for each text).
    persons: WordIds,
}

/// How many names each of [`Caches`]' maps keeps.
const KEEP_FOLDED: usize = 1 << 14;

/// Finds the entities of the whole text, in order, into `out`.
fn entities(doc: &Doc<'_>, out: &mut Vec<Entity>, caches: &mut Caches) {
    let Caches {
        folded_ids,
        folded,
        orgs,
        persons,
    } = caches;
    let n = doc.toks.len();
    out.clear();
    // Keys are shared between the entities and these tables.
    let mut aliases: FxMap<Arc<str>, Arc<str>> = FxMap::default();
    let mut group_last: Option<Arc<str>> = None;
    persons.clear();
    if folded.len() > KEEP_FOLDED || folded_ids.len() != folded.len() {
        folded_ids.clear();
        folded.clear();
    }
    if orgs.len() > KEEP_FOLDED {
        orgs.clear();
    }
    let forces: Arc<str> = Arc::from("forces");
    let mut joined = String::new();
    let mut k = 0;
    while k < n {
        // Most tokens are neither capitalised nor group nouns: nothing
        // below reads them.
        if doc
            .tk
            .get(k)
            .is_some_and(|t| t.flags & wf::GROUP == 0 && !cap_tk(t))
        {
            k += 1;
            continue;
        }
        // Groups.
        // A capital that opens a clause is no sign of a name ("MOSCOW
        // (Reuters) - Troops began ...").
        let opens = is_cap(doc, k) && opens_clause(doc, k);
        let group = (doc.class(k) != Fc::Name || opens) && doc.has(k, wf::GROUP);
        if group && (!is_cap(doc, k) || opens) {
            let mut qual: Option<Arc<str>> = None;
            let mut j = k;
            // Look back over adjectives for a qualifier.
            let mut steps = 0;
            while j > 0 && steps < 3 {
                j -= 1;
                steps += 1;
                let info = doc.info(j);
                if let Some(c) = info.and_then(|w| w.demonym) {
                    qual = Some(Arc::from(c));
                    break;
                }
                let w = lower(doc, j);
                if let Some(stem) = w
                    .strip_suffix("-led")
                    .or_else(|| w.strip_suffix("-backed"))
                    .or_else(|| w.strip_suffix("-based"))
                {
                    let stem_key = super::lexicon::demonym(stem)
                        .map(str::to_string)
                        .unwrap_or_else(|| {
                            let f = fold_name(stem);
                            if f == "moscow" { "russia".into() } else { f }
                        });
                    qual = Some(Arc::from(stem_key));
                    break;
                }
                if all_caps(doc, j) {
                    qual = Some(aliases.get(w).cloned().unwrap_or_else(|| Arc::from(w)));
                    break;
                }
                if !matches!(doc.class(j), Fc::Open | Fc::Ed | Fc::Ing | Fc::Ly | Fc::Nom) {
                    break;
                }
            }
            let key = match qual {
                Some(q) => {
                    let key: Arc<str> = Arc::from(format!("forces:{q}"));
                    group_last = Some(key.clone());
                    key
                }
                None => group_last.clone().unwrap_or_else(|| forces.clone()),
            };
            // Skip `peacekeeping operation` (not a group).
            if lower(doc, k) == "peacekeeping"
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
        if !is_cap(doc, k) {
            k += 1;
            continue;
        }
        // A run of capitalised words.
        let mut e = k;
        while e + 1 < n {
            if is_cap(doc, e + 1) && doc.tk[e + 1].sent == doc.tk[k].sent {
                e += 1;
            } else if doc.is_any(e + 1, &["of", "for", "de", "al", "the"])
                && is_cap(doc, e + 2)
                && doc.tk[e + 2].sent == doc.tk[k].sent
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
            let first = doc
                .sents
                .get(doc.tk[s].sent as usize)
                .is_some_and(|x| x.tokens.start == s || x.tokens.start + 1 == s);
            if doc.has(s, wf::TITLE) {
                titled = true;
                s += 1;
            } else if doc.has(s, wf::DEMONYM | wf::LED)
                || (first && doc.has(s, wf::COMMON_CAP))
                || (first
                    && s == k
                    && doc.class(s) != Fc::Name
                    && doc.has(s, wf::COMMON_WORD)
                    && lower(doc, s).len() > 1)
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
        let is_org = (s..=e).any(|j| doc.has(j, wf::ORG));
        let single_caps = s == e && all_caps(doc, s);
        // A parenthesised acronym after the name.
        let mut acronym: Option<Arc<str>> = None;
        if doc.is(run_end + 1, "(") && all_caps(doc, run_end + 2) && doc.is(run_end + 3, ")") {
            acronym = Some(Arc::from(lower(doc, run_end + 2)));
        }
        let initials = || -> String {
            (s..=e)
                .filter_map(|j| doc.word(j).chars().next())
                .filter(|c| c.is_uppercase())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let (key, kind) = if let Some(a) = acronym {
            aliases.insert(a.clone(), a.clone());
            aliases.insert(Arc::from(initials()), a.clone());
            (a, EntityKind::Organization)
        } else if single_caps {
            let w = lower(doc, s);
            (
                aliases.get(w).cloned().unwrap_or_else(|| Arc::from(w)),
                EntityKind::Organization,
            )
        } else if is_org {
            joined.clear();
            for j in s..=e {
                if j > s {
                    joined.push(' ');
                }
                joined.push_str(lower(doc, j));
            }
            // (The initials only for a name of several words.)
            match (e > s).then(|| aliases.get(initials().as_str())).flatten() {
                Some(a) => (a.clone(), EntityKind::Organization),
                None => {
                    let key = match orgs.get(joined.as_str()) {
                        Some(k) => k.clone(),
                        None => {
                            let mut f = fold_name(&joined);
                            if f.contains("organisation") {
                                f = f.replace("organisation", "organization");
                            }
                            if f.contains("defence") {
                                f = f.replace("defence", "defense");
                            }
                            let k: Arc<str> = Arc::from(f);
                            orgs.insert(Box::from(joined.as_str()), k.clone());
                            k
                        }
                    };
                    (key, EntityKind::Organization)
                }
            }
        } else {
            let last_word = doc.word(e);
            let lw = last_word.as_bytes();
            let h = word_hash(lw);
            let surname = match folded_ids.find(lw, h).and_then(|k| folded.get(k as usize)) {
                Some(f) => f.clone(),
                None => {
                    let f = fold_name_rc(last_word);
                    folded_ids.insert(lw, h);
                    folded.push(f.clone());
                    f
                }
            };
            let sb = surname.as_bytes();
            let sh = word_hash(sb);
            let known_person = persons.find(sb, sh).is_some();
            let kind = if titled || e > s || known_person {
                if !known_person {
                    persons.insert(sb, sh);
                }
                EntityKind::Person
            } else if (s > 0
                && doc.is_any(s - 1, &["in", "from", "to", "into", "at", "across", "of"]))
                || doc.has(s, wf::STAN)
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
}

/// Whether the word before token `k` is one of the place prepositions.
fn after_place_prep(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_any(k.saturating_sub(1), &["in", "at", "from", "into", "to"])
}

pub(crate) fn participants(
    doc: &Doc<'_>,
    drafts: &[Draft],
    scratch: &mut Scratch,
    out: &mut Vec<Vec<Participant>>,
) {
    entities(doc, &mut scratch.ents, &mut scratch.caches);
    let ents = &scratch.ents;
    // For each entity, the first entity at or after it that can be the
    // place of an event (after `in`, `at`, `from`, `into`, `to`; a place or
    // a name of unknown kind): one pass from the right, so that finding
    // the place after a patient costs nothing.
    let next_place = &mut scratch.next_place;
    next_place.clear();
    next_place.resize(ents.len() + 1, usize::MAX);
    for (x, e) in ents.iter().enumerate().rev() {
        next_place[x] = if after_place_prep(doc, e.first)
            && matches!(e.kind, EntityKind::Place | EntityKind::Other)
        {
            x
        } else {
            next_place[x + 1]
        };
    }
    let clause_of = |e: &Entity| doc.clause(e.first);
    out.clear();
    out.reserve(drafts.len());
    // The entities of the current sentence are `ents[lo..hi]`.
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut current = None;
    // The sentence's first entity that is not a place (an index into its
    // entities), found at most once per sentence.
    let mut first_not_place: Option<Option<usize>> = None;
    for d in drafts {
        let s = doc.sent(d.head).unwrap_or(0);
        if current != Some(s) {
            current = Some(s);
            first_not_place = None;
            lo = hi;
            while lo < ents.len() && doc.tk[ents[lo].first].sent < s {
                lo += 1;
            }
            hi = lo;
            while hi < ents.len() && doc.tk[ents[hi].first].sent == s {
                hi += 1;
            }
        }
        let sentence = &ents[lo..hi];
        let clause = doc.clause(d.head);
        // At most three: the one before, the one after and a place.
        let mut chosen: [Option<(&Entity, Role)>; 3] = [None; 3];
        let mut count = 0;
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
        // Entities are in text order and do not overlap, and clause numbers
        // grow along the text, so the entities before the trigger are a
        // prefix of the sentence's, and those of the trigger's clause end
        // it; those after are a suffix, those of its clause start it.
        let before_end = sentence.partition_point(|e| e.last < d.head);
        let after_start = sentence.partition_point(|e| e.first <= d.last);
        // Before: the nearest in the clause (or the sentence's first
        // participant for a verb whose clause has none: `X, who ...,
        // sacked`).
        let before = before_end
            .checked_sub(1)
            .map(|x| &sentence[x])
            .filter(|e| clause_of(e) == clause)
            .or_else(|| {
                if d.pos == PartOfSpeech::Verb {
                    let fnp = *first_not_place.get_or_insert_with(|| {
                        sentence.iter().position(|e| e.kind != EntityKind::Place)
                    });
                    fnp.filter(|&x| x < before_end).map(|x| &sentence[x])
                } else {
                    None
                }
            });
        let after = sentence.get(after_start).filter(|e| clause_of(e) == clause);
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
                choose(&mut chosen, &mut count, e, role);
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
            if chosen.iter().flatten().all(|(p, _)| *p.key != *e.key) {
                choose(&mut chosen, &mut count, e, role);
            }
            // A place after the patient, in the clause.
            if role != Role::Place
                && let Some(pl) = next_place
                    .get(lo + after_start + 1)
                    .and_then(|&x| ents.get(x))
                    .filter(|x| doc.tk[x.first].sent == s && clause_of(x) == clause)
                && chosen.iter().flatten().all(|(p, _)| *p.key != *pl.key)
            {
                choose(&mut chosen, &mut count, pl, Role::Place);
            }
        }
        // Allocated once, to size.
        let mut parts = Vec::with_capacity(count);
        for (e, role) in chosen.iter().flatten() {
            parts.push(mk(e, *role));
        }
        out.push(parts);
    }
}

/// Adds `(e, role)` to the `count` chosen so far.
fn choose<'e>(
    chosen: &mut [Option<(&'e Entity, Role)>; 3],
    count: &mut usize,
    e: &'e Entity,
    role: Role,
) {
    if let Some(slot) = chosen.get_mut(*count) {
        *slot = Some((e, role));
        *count += 1;
    }
}

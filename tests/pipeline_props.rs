//! Property tests over the whole pipeline, on news-like text built from
//! wire-story sentence templates with random dates and temporal
//! expressions: expression spans, resolved intervals, the TimeML round
//! trip, order independence of a collection's timeline, and that adding an
//! unrelated article never removes an event.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use dateline::article::{Article, Collection, ReferenceOptions};
use dateline::tagger::{Expression, Tagger, dct_reference, tag_timeml, timex_tags};
use dateline::timeline::{Timeline, TimelineOptions};
use dateline::timeml::{Document, TimexTag, Writer};
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ABBR: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const PLACES: [&str; 6] = [
    "MOSCOW",
    "ALMATY",
    "WASHINGTON",
    "PARIS",
    "NUR-SULTAN",
    "BEIJING",
];
const AGENCIES: [&str; 4] = ["Reuters", "AFP", "AP", "TASS"];
const SUBJECTS: [&str; 8] = [
    "Russian troops",
    "The CSTO force",
    "President Kassym-Jomart Tokayev",
    "Protesters",
    "The government",
    "Peacekeepers from Armenia",
    "The central bank",
    "Officials",
];
/// Clauses of the "security" story: the articles of one collection.
const CLAUSES: [&str; 10] = [
    "began withdrawing from the country",
    "completed the withdrawal",
    "arrived in Almaty",
    "were deployed to guard strategic sites",
    "said the mission had been accomplished",
    "declared a state of emergency",
    "seized the airport",
    "raised interest rates",
    "announced the resignation of the cabinet",
    "will leave within ten days",
];
/// Clauses of a story that shares nothing with the one above: no lemma, no
/// semantic class, no participant.
const UNRELATED: [&str; 4] = [
    "The museum unveiled a painting by Vermeer",
    "A rare orchid bloomed in the botanical garden",
    "The orchestra rehearsed a symphony by Brahms",
    "Gardeners planted tulips along the riverbank",
];

/// A date in a small window of years, as (y, m, d).
fn date() -> impl Strategy<Value = NaiveDate> {
    (1995i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN))
}

/// A temporal expression as a news story writes it, with a random date.
fn expression() -> impl Strategy<Value = String> {
    (date(), 0usize..24, 0usize..7, 1u32..12).prop_map(|(d, form, wd, n)| {
        use chrono::Datelike;
        let (y, m, day) = (d.year(), d.month0() as usize, d.day());
        let words = ["one", "two", "three", "four", "five", "six", "seven", "ten"];
        let w = words[(n as usize) % words.len()];
        match form {
            0 => format!("on {}", WEEKDAYS[wd]),
            1 => format!("on {} {day}", MONTHS[m]),
            2 => format!("on {} {day}, {y}", MONTHS[m]),
            3 => format!("on {day} {} {y}", MONTHS[m]),
            4 => format!("on {} {day}", ABBR[m]),
            5 => "last week".to_string(),
            6 => format!("in {w} days' time"),
            7 => "yesterday".to_string(),
            8 => format!("{w} days later"),
            9 => format!("in {} {y}", MONTHS[m]),
            10 => "earlier this month".to_string(),
            11 => format!("on {}", d.format("%Y-%m-%d")),
            12 => format!("at {n} a.m. on {}", WEEKDAYS[wd]),
            13 => format!("{w} hours ago"),
            14 => "next year".to_string(),
            15 => format!("in {y}"),
            16 => format!("in the {}s", (y / 10) * 10),
            17 => "the previous day".to_string(),
            18 => format!("on {}/{}/{y}", m + 1, day),
            19 => format!("for {w} weeks"),
            20 => "this week".to_string(),
            21 => format!("last {}", WEEKDAYS[wd]),
            22 => format!("by the end of {}", MONTHS[m]),
            _ => "tomorrow".to_string(),
        }
    })
}

/// A sentence: subject, clause, optionally a time expression and a
/// reporting tail.
fn sentence(clauses: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        0usize..SUBJECTS.len(),
        0usize..clauses.len(),
        prop::option::of(expression()),
        0usize..4,
    )
        .prop_map(move |(s, c, when, tail)| {
            let mut out = if clauses.len() == UNRELATED.len() {
                clauses[c].to_string()
            } else {
                format!("{} {}", SUBJECTS[s], clauses[c])
            };
            if let Some(w) = when {
                out.push(' ');
                out.push_str(&w);
            }
            match tail {
                0 if clauses.len() != UNRELATED.len() => out.push_str(", officials said."),
                // Not in the unrelated story: "quoted" is an event of its
                // own, which the two stories would then share.
                1 if clauses.len() != UNRELATED.len() => out.push_str(" (\u{201c}quoted\u{201d})."),
                _ => out.push('.'),
            }
            out
        })
}

/// An article's text: an optional dateline with a date, then sentences in
/// one or two paragraphs.
fn story(clauses: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        prop::option::of((
            0usize..PLACES.len(),
            0usize..AGENCIES.len(),
            date(),
            any::<bool>(),
        )),
        prop::collection::vec(sentence(clauses), 1..6),
        0usize..3,
    )
        .prop_map(|(dateline, sentences, split)| {
            let mut text = String::new();
            if let Some((p, a, d, with_date)) = dateline {
                use chrono::Datelike;
                if with_date {
                    text.push_str(&format!(
                        "{}, {} {} ({}) - ",
                        PLACES[p],
                        ABBR[d.month0() as usize],
                        d.day(),
                        AGENCIES[a]
                    ));
                } else {
                    text.push_str(&format!("{} ({}) - ", PLACES[p], AGENCIES[a]));
                }
            }
            for (i, s) in sentences.iter().enumerate() {
                if i > 0 {
                    text.push_str(if i == split { "\n\n" } else { " " });
                }
                text.push_str(s);
            }
            text.push('\n');
            text
        })
}

/// An article with an id and, half the time, a publication date.
fn article(id: String, published: bool) -> impl Strategy<Value = Article> {
    (story(&CLAUSES), date(), any::<bool>()).prop_map(move |(text, d, coin)| {
        let b = Article::builder(id.clone(), text);
        if published || coin {
            b.published(d).build()
        } else {
            b.build()
        }
    })
}

/// Two to five articles with ids `a0`, `a1`, ...
fn articles(published: bool) -> impl Strategy<Value = Vec<Article>> {
    (2usize..6).prop_flat_map(move |n| {
        (0..n)
            .map(|i| article(format!("a{i}"), published))
            .collect::<Vec<_>>()
    })
}

fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

fn check_spans(text: &str, found: &[Expression]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for e in found {
        prop_assert!(e.start < e.end, "empty span {e}");
        prop_assert!(e.end <= text.len(), "span past the text: {e}");
        prop_assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "span off char boundaries: {e}"
        );
        prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
        prop_assert!(e.start >= prev_end, "unsorted or overlapping at {e}");
        prev_end = e.end;
        if let Some(i) = &e.interval {
            prop_assert!(i.start <= i.end, "reversed interval {i:?} for {e}");
            if let Some(t) = &i.time {
                prop_assert!(t.start <= t.end, "reversed time span {t:?} for {e}");
            }
        }
    }
    Ok(())
}

/// What a TIMEX3 tag says about an expression.
fn tag_key(t: &TimexTag) -> (usize, usize, String, String, String) {
    (
        t.start,
        t.end,
        t.text.clone(),
        t.kind.clone(),
        t.value.clone(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn expression_spans_and_intervals(text in story(&CLAUSES), reference in prop::option::of(date())) {
        let tagger = Tagger::default();
        let found = tagger.tag(&text, reference.map(Into::into));
        check_spans(&text, &found)?;
        // Anchors point at earlier expressions.
        for (i, e) in found.iter().enumerate() {
            if let Some(a) = e.anchor {
                prop_assert!(a < i, "anchor {a} of expression {i}");
            }
        }
    }

    #[test]
    fn spans_survive_unicode_around_the_text(text in story(&CLAUSES), pad in "[\u{a0}\u{200b}\u{202e}\u{fffd}é漢 \r\n]{0,6}", reference in date()) {
        let padded = format!("{pad}{text}{pad}");
        check_spans(&padded, &Tagger::default().tag(&padded, Some(reference.into())))?;
    }

    #[test]
    fn timeml_round_trip(text in story(&CLAUSES), dct in date()) {
        let tagger = Tagger::default();
        let day = dct.format("%Y-%m-%d").to_string();
        let dct_tag = TimexTag::new(0, day.len(), "t0", "DATE", day.clone());
        let xml = Writer::new(&text).dct(Some(&dct_tag), Some(&day)).write()?.xml;
        let doc = Document::parse(&xml)?;
        prop_assert_eq!(&doc.text, &text);
        let found = tagger.tag(&doc.text, dct_reference(&doc));
        // Written by the tagger, read back by the reader.
        let tagged = Document::parse(&tag_timeml(&tagger, &doc)?)?;
        prop_assert_eq!(&tagged.text, &text);
        let read: Vec<_> = tagged.timexes.iter().map(tag_key).collect();
        let expected: Vec<_> = timex_tags(&found).iter().map(tag_key).collect();
        prop_assert_eq!(&read, &expected);
        let direct: Vec<_> = found
            .iter()
            .map(|e| (e.start, e.end, e.text.clone(), e.timex.kind.to_string(), e.timex.value.to_string()))
            .collect();
        prop_assert_eq!(read, direct);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn collection_order_does_not_matter(arts in articles(false), seed in any::<u64>()) {
        let r = ReferenceOptions::default();
        let o = TimelineOptions::default();
        let json = Timeline::from_collection(&Collection::new(arts.clone()), &r, &o)?.to_json();
        let mut shuffled = arts;
        shuffle(&mut shuffled, seed);
        let again = Timeline::from_collection(&Collection::new(shuffled), &r, &o)?.to_json();
        prop_assert_eq!(json, again);
    }

    /// Adding an unrelated article never removes an event. Precisely: let
    /// `A` be articles that each have a publication date (so no reference
    /// depends on the rest of the collection), and `u` a published article
    /// about something else (no shared lemma, semantic class or
    /// participant). Then every event of the timeline of `A` has a
    /// counterpart in the timeline of `A + u`: an event whose mentions in
    /// `A`'s articles are exactly its mentions (same ids), with the same
    /// date.
    #[test]
    fn unrelated_article_never_removes_an_event(arts in articles(true), extra in story(&UNRELATED), day in date()) {
        let r = ReferenceOptions::default();
        let o = TimelineOptions::default();
        let before = Timeline::from_collection(&Collection::new(arts.clone()), &r, &o)?;
        let mut more = arts;
        more.push(Article::builder("u", extra).published(day).build());
        let after = Timeline::from_collection(&Collection::new(more), &r, &o)?;
        let mut index: BTreeMap<BTreeSet<&str>, &dateline::timeline::Event> = BTreeMap::new();
        for e in &after.events {
            let ids: BTreeSet<&str> = e
                .mentions
                .iter()
                .filter(|m| m.article != "u")
                .map(|m| m.id.as_str())
                .collect();
            index.insert(ids, e);
        }
        for e in &before.events {
            let ids: BTreeSet<&str> = e.mentions.iter().map(|m| m.id.as_str()).collect();
            let counterpart = index.get(&ids);
            prop_assert!(counterpart.is_some(), "event {} ({}) lost: {:?}", e.id, e.label, ids);
            if let Some(c) = counterpart {
                prop_assert_eq!(&c.when.value, &e.when.value, "event {} redated", e.label);
            }
        }
    }
}

/// The generators exercise the real paths: their stories have resolved
/// dates, relative expressions, events that merge across articles.
#[test]
fn generators_reach_the_pipeline() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let tagger = Tagger::default();
    let (mut resolved, mut relative, mut events, mut merged) = (0, 0, 0, 0);
    for _ in 0..40 {
        let Ok(tree) = articles(false).new_tree(&mut runner) else {
            continue;
        };
        let arts = tree.current();
        for a in &arts {
            for e in tagger.tag(&a.text, a.published.map(|p| p.date().into())) {
                resolved += usize::from(e.interval.is_some());
                relative += usize::from(e.against == dateline::tagger::Against::Reference);
            }
        }
        let t = Timeline::from_collection(
            &Collection::new(arts),
            &ReferenceOptions::default(),
            &TimelineOptions::default(),
        )
        .unwrap_or_default();
        events += t.events.len();
        merged += t.events.iter().filter(|e| e.sources.len() > 1).count();
    }
    assert!(resolved > 40, "{resolved} resolved expressions");
    assert!(relative > 20, "{relative} relative expressions");
    assert!(events > 40, "{events} events");
    assert!(merged > 0, "no event merged across articles");
}

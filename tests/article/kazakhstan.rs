//! The five bundled Kazakhstan articles: structure, boilerplate and
//! reference times, with and without the manifest's publication dates.

use chrono::NaiveDate;
use dateline::Error;
use dateline::article::{
    Article, BlockPosition, BoilerplateKind, Collection, Published, ReferenceOptions,
    ReferenceSource, ResolvedArticle, Structure, YearSource,
};

use super::support::kazakhstan;

const FILES: [&str; 5] = [
    "reuters-2022-01-11.txt",
    "straitstimes-afp-2022-01-19.txt",
    "afp-2022-01-13.txt",
    "moscow-2022-01-13.txt",
    "247news-2022-01-19.txt",
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The five articles from their files alone: no publication dates.
fn bare() -> Collection {
    Collection::from_files(FILES.iter().map(|f| kazakhstan().join(f))).unwrap()
}

fn by_stem<'a>(resolved: &'a [ResolvedArticle], stem: &str) -> &'a ResolvedArticle {
    resolved
        .iter()
        .find(|r| r.article.id.starts_with(stem))
        .unwrap()
}

fn article(stem: &str) -> (Article, Structure) {
    let f = FILES.iter().find(|f| f.starts_with(stem)).unwrap();
    let a = Article::from_file(kazakhstan().join(f)).unwrap();
    let s = a.structure();
    (a, s)
}

#[test]
fn without_publication_dates_and_a_2022_hint() {
    let c = bare();
    assert!(c.iter().all(|a| a.published.is_none()));
    let resolved = c
        .resolve_references(&ReferenceOptions::default().year_hint(2022))
        .unwrap();

    let reuters = &by_stem(&resolved, "reuters").reference;
    assert_eq!(reuters.source, ReferenceSource::Dateline);
    assert_eq!(reuters.date, Some(date("2022-01-11")));
    assert_eq!(reuters.year_source, Some(YearSource::Hint));

    let st = by_stem(&resolved, "straitstimes");
    assert_eq!(st.reference.source, ReferenceSource::InText);
    assert_eq!(st.reference.date, Some(date("2022-01-19")));
    let span = st.reference.span.unwrap();
    assert_eq!(&st.article.text[span.start..span.end], "Wednesday (Jan 19)");

    for stem in ["afp", "moscow", "247news"] {
        let r = &by_stem(&resolved, stem).reference;
        assert_eq!(r.source, ReferenceSource::Collection, "{stem}");
        assert_eq!(r.date, None, "{stem}: no date may be invented");
        assert_eq!(r.year, Some(2022), "{stem}");
    }
}

#[test]
fn without_any_hint_no_year_is_invented() {
    let resolved = bare()
        .resolve_references(&ReferenceOptions::default())
        .unwrap();
    for r in &resolved {
        assert_eq!(r.reference.date, None, "{}", r.article.id);
        assert_eq!(
            r.reference.source,
            ReferenceSource::None,
            "{}",
            r.article.id
        );
    }
    let partial = |stem| {
        by_stem(&resolved, stem)
            .reference
            .partial
            .map(|p| (p.month, p.day))
    };
    assert_eq!(partial("reuters"), Some((1, 11)));
    assert_eq!(partial("straitstimes"), Some((1, 19)));
    assert_eq!(partial("afp"), None);
    // Strict mode refuses the first article with nothing at all.
    let err = bare()
        .resolve_references(&ReferenceOptions::default().strict(true))
        .unwrap_err();
    assert!(
        matches!(err, Error::NoReference { ref article } if article.starts_with("reuters")),
        "{err}"
    );
}

#[test]
fn with_the_manifest_every_article_is_published() {
    let c = Collection::from_manifest(kazakhstan().join("articles.json")).unwrap();
    assert_eq!(c.len(), 5);
    let resolved = c.resolve_references(&ReferenceOptions::default()).unwrap();
    let expected = [
        ("straitstimes-afp", "2022-01-19"),
        ("moscow", "2022-01-13"),
        ("247news", "2022-01-19"),
        ("afp", "2022-01-13"),
        ("reuters", "2022-01-11"),
    ];
    for (r, (id, d)) in resolved.iter().zip(expected) {
        assert_eq!(r.article.id, id);
        assert_eq!(r.reference.source, ReferenceSource::Published, "{id}");
        assert_eq!(r.reference.date, Some(date(d)), "{id}");
        // The dateline's and the lead's dates agree with publication.
        assert!(
            r.reference.alternatives.is_empty(),
            "{id}: {:?}",
            r.reference.alternatives
        );
    }
    assert!(
        resolved[4]
            .reference
            .notes
            .iter()
            .any(|n| n.contains("dateline") && n.contains("agrees"))
    );
    assert!(
        resolved[0]
            .reference
            .notes
            .iter()
            .any(|n| n.contains("lead") && n.contains("agrees"))
    );
    // Ignoring the metadata gives back the text's own evidence.
    let text_only = c
        .resolve_references(
            &ReferenceOptions::default()
                .ignore_published(true)
                .year_hint(2022),
        )
        .unwrap();
    let sources: Vec<ReferenceSource> = text_only.iter().map(|r| r.reference.source).collect();
    use ReferenceSource as S;
    assert_eq!(
        sources,
        vec![
            S::InText,
            S::Collection,
            S::Collection,
            S::Collection,
            S::Dateline
        ]
    );
}

#[test]
fn the_collection_supplies_the_year() {
    // Only the AFP article carries a publication date; the others take
    // their year from it.
    let mut c = bare();
    for a in &mut c.articles {
        if a.id.starts_with("afp") {
            a.published = Some(Published::Date(date("2022-01-13")));
        }
    }
    let resolved = c.resolve_references(&ReferenceOptions::default()).unwrap();
    let reuters = &by_stem(&resolved, "reuters").reference;
    assert_eq!(
        (reuters.source, reuters.date),
        (ReferenceSource::Dateline, Some(date("2022-01-11")))
    );
    assert_eq!(reuters.year_source, Some(YearSource::Collection));
    let st = &by_stem(&resolved, "straitstimes").reference;
    assert_eq!(
        (st.source, st.date),
        (ReferenceSource::InText, Some(date("2022-01-19")))
    );
    let moscow = &by_stem(&resolved, "moscow").reference;
    assert_eq!(
        (moscow.source, moscow.date, moscow.year),
        (ReferenceSource::Collection, None, Some(2022))
    );
    assert_eq!(moscow.year_source, Some(YearSource::Collection));
}

#[test]
fn publication_and_dateline_disagree() {
    // Filed on Jan 11 in Nur-Sultan, published on Jan 12 elsewhere.
    let (a, s) = article("reuters");
    let a = Article::builder(a.id, a.text)
        .published(date("2022-01-12"))
        .build();
    let r = dateline::article::Reference::resolve(&a, &s, &ReferenceOptions::default()).unwrap();
    assert_eq!(
        (r.source, r.date),
        (ReferenceSource::Published, Some(date("2022-01-12")))
    );
    assert_eq!(r.alternatives.len(), 1);
    assert_eq!(
        (r.alternatives[0].source, r.alternatives[0].date),
        (ReferenceSource::Dateline, date("2022-01-11"))
    );
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("publication date is used"))
    );

    let r = dateline::article::Reference::resolve(
        &a,
        &s,
        &ReferenceOptions::default().prefer_dateline(true),
    )
    .unwrap();
    assert_eq!(
        (r.source, r.date),
        (ReferenceSource::Dateline, Some(date("2022-01-11")))
    );
    assert_eq!(
        (r.alternatives[0].source, r.alternatives[0].date),
        (ReferenceSource::Published, date("2022-01-12"))
    );
}

#[test]
fn weekday_decides_the_year() {
    let (a, s) = article("straitstimes");
    let resolve = |o: ReferenceOptions| dateline::article::Reference::resolve(&a, &s, &o).unwrap();
    // Jan 19 is a Wednesday in 2022, not in 2021 or 2023.
    let r = resolve(ReferenceOptions::default().year_hint(2021));
    assert_eq!(
        (r.date, r.year_source),
        (Some(date("2022-01-19")), Some(YearSource::Weekday))
    );
    let r = resolve(ReferenceOptions::default().year_hint(2023));
    assert_eq!(r.date, Some(date("2022-01-19")));
    // Around 2008, both 2005 and 2011 fit equally: no year is chosen.
    let r = resolve(ReferenceOptions::default().year_hint(2008));
    assert_eq!((r.source, r.date), (ReferenceSource::Collection, None));
    assert!(
        r.notes.iter().any(|n| n.contains("2005 and 2011")),
        "{:?}",
        r.notes
    );
    // Outside the window nothing fits.
    let r = resolve(ReferenceOptions::default().year_hint(2017).year_window(2));
    assert_eq!(r.date, None);
}

/// Each article's trailing blocks, named by kind and opening words.
#[test]
fn trailing_boilerplate_is_named() {
    use BoilerplateKind as K;
    let expected: [(&str, &[(K, &str)]); 5] = [
        (
            "reuters",
            &[(K::SourceLink, "Original source of article: https:")],
        ),
        (
            "straitstimes",
            &[(K::Subscription, "Join ST's Telegram channel")],
        ),
        (
            "afp",
            &[
                (K::SiteText, "Hippo Sighting Report"),
                (K::Subscription, "stay informed"),
                (K::SiteText, "We will send you an email"),
            ],
        ),
        (
            "moscow",
            &[(K::CommentForm, "1 thought on \u{201C}Russia-led alliance")],
        ),
        (
            "247news",
            &[(
                K::AuthorBio,
                ".\n\nRicardo is a renowned author and journalist",
            )],
        ),
    ];
    for (stem, blocks) in expected {
        let (a, s) = article(stem);
        let got: Vec<(K, &str)> = s
            .trailing()
            .map(|b| (b.kind, &a.text[b.span.start..b.span.end]))
            .collect();
        assert_eq!(got.len(), blocks.len(), "{stem}: {got:?}");
        for ((kind, text), (want_kind, want_start)) in got.iter().zip(blocks.iter()) {
            assert_eq!(kind, want_kind, "{stem}: {text:.60}");
            assert!(text.starts_with(want_start), "{stem}: {text:.60}");
        }
        // The trailing blocks run to the end of the text.
        assert_eq!(
            s.trailing().last().map(|b| b.span.end),
            Some(a.text.trim_end().len()),
            "{stem}"
        );
    }
    // The AFP block runs from "Hippo Sighting Report" to the last line.
    let (a, s) = article("afp");
    let start = s.trailing().next().unwrap().span.start;
    assert!(a.text[..start].trim_end().ends_with("during the crisis."));
}

#[test]
fn captions_headlines_summaries_and_datelines() {
    let (a, s) = article("straitstimes");
    let captions: Vec<(BlockPosition, &str)> = s
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::PhotoCaption)
        .map(|b| (b.position, &a.text[b.span.start..b.span.end]))
        .collect();
    assert_eq!(captions.len(), 2);
    assert_eq!(captions[0].0, BlockPosition::Leading);
    assert!(
        captions[0]
            .1
            .starts_with("Russian servicemen at a ceremony")
            && captions[0].1.ends_with("PHOTO: EPA-EFE")
    );
    assert_eq!(captions[1].0, BlockPosition::Interior);
    assert!(
        captions[1]
            .1
            .starts_with("Protesters clash with Kazakh policemen")
    );
    let d = s.dateline.as_ref().unwrap();
    assert_eq!(
        &a.text[d.span.start..d.span.end],
        "ALMATY, KAZAKHSTAN (AFP) -"
    );
    assert!(d.date.is_none());

    let (a, s) = article("reuters");
    assert_eq!(
        s.headline.and_then(|h| h.slice(&a.text)),
        Some("Russian Troops To Quit Kazakhstan Says President")
    );
    let items: Vec<&str> = s
        .summary_items(&a.text)
        .iter()
        .filter_map(|i| i.slice(&a.text))
        .collect();
    assert_eq!(items.len(), 4, "{items:?}");
    assert!(items[1].starts_with("President appoints new PM"));
    let d = s.dateline.as_ref().unwrap();
    assert_eq!(
        d.span.slice(&a.text).unwrap(),
        "NUR-SULTAN, Jan 11 (Reuters) \u{2014}"
    );

    let (a, s) = article("moscow");
    assert_eq!(
        s.dateline.as_ref().and_then(|d| d.span.slice(&a.text)),
        Some("MOSCOW \u{2013}")
    );
    assert_eq!(s.dateline.as_ref().and_then(|d| d.agency.as_ref()), None);

    let (_, s) = article("247news");
    assert!(s.headline.is_none() && s.dateline.is_none() && s.summary.is_none());
    assert_eq!(s.body.start, 0);

    let (a, s) = article("afp");
    assert_eq!(
        s.headline.and_then(|h| h.slice(&a.text)),
        Some("Russia-led troops begin pullback from Kazakhstan")
    );
    assert!(s.dateline.is_none());
}

/// Nothing but story prose reaches the body.
#[test]
fn no_headline_or_boilerplate_in_the_body() {
    for f in FILES {
        let a = Article::from_file(kazakhstan().join(f)).unwrap();
        let s = a.structure();
        let body: String = s
            .body_segments()
            .iter()
            .filter_map(|sp| sp.slice(&a.text))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!body.is_empty(), "{f}");
        for part in s
            .headline
            .iter()
            .chain(s.summary.iter())
            .chain(s.boilerplate.iter().map(|b| &b.span))
        {
            let t = part.slice(&a.text).unwrap();
            assert!(!body.contains(t), "{f}: {t:.60} reached the body");
        }
        if let Some(d) = &s.dateline {
            assert!(
                !body.contains(d.span.slice(&a.text).unwrap()),
                "{f}: dateline in the body"
            );
        }
        for marker in [
            "Hippo",
            "Leave a Reply",
            "email address",
            "Ricardo",
            "Original source",
            "Telegram",
            "PHOTO:",
            "Subscribe",
            "apparatusSpeaks",
        ] {
            assert!(!body.contains(marker), "{f}: {marker:?} reached the body");
        }
        // Every body segment is covered by the body, and no two parts overlap.
        for seg in s.body_segments() {
            assert!(s.body.contains(seg));
        }
    }
}

#[test]
fn json_output_names_the_source() {
    let resolved = bare()
        .resolve_references(&ReferenceOptions::default().year_hint(2022))
        .unwrap();
    let json = serde_json::to_value(&resolved).unwrap();
    let sources: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reference"]["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        vec![
            "dateline",
            "in_text",
            "collection",
            "collection",
            "collection"
        ]
    );
    assert_eq!(json[0]["reference"]["date"], "2022-01-11");
    assert_eq!(json[0]["reference"]["year_source"], "hint");
    assert_eq!(
        json[0]["structure"]["dateline"]["agency"]["text"],
        "Reuters"
    );
    assert_eq!(json[2]["structure"]["boilerplate"][0]["kind"], "site_text");
    // And back.
    let back: Vec<ResolvedArticle> = serde_json::from_value(json).unwrap();
    assert_eq!(back, resolved);
}

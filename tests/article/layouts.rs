//! Page layouts of other outlets, written from their usual conventions
//! (not copies of real pages): the segmentation must hold beyond the
//! bundled articles.

use dateline::article::{BlockPosition, BoilerplateKind as K, Structure};

/// (kind, position, opening of the block) for each block, and the body's
/// first and last words.
fn check(text: &str, blocks: &[(K, BlockPosition, &str)], body_start: &str, body_end: &str) {
    let s = Structure::parse(text);
    let got: Vec<(K, BlockPosition, &str)> = s
        .boilerplate
        .iter()
        .map(|b| (b.kind, b.position, b.span.slice(text).unwrap_or("")))
        .collect();
    assert_eq!(got.len(), blocks.len(), "{got:#?}");
    for ((k, p, t), (wk, wp, wt)) in got.iter().zip(blocks) {
        assert_eq!((k, p), (wk, wp), "{t}");
        assert!(t.starts_with(wt), "{t:?} does not start with {wt:?}");
    }
    let body = s.body.slice(text).unwrap_or("");
    assert!(body.starts_with(body_start), "body starts {body:.60}");
    assert!(body.trim_end().ends_with(body_end), "body ends {body}");
}

use BlockPosition::{Interior, Leading, Trailing};

#[test]
fn ap() {
    let text = r#"Ukraine says it repelled attacks near Bakhmut

By HANNA ARHIROVA and SUSIE BLANN
Associated Press

KYIV, Ukraine (AP) — Ukrainian forces repelled a series of Russian attacks near the eastern city of Bakhmut on Tuesday, officials said.

The fighting has lasted for months and both sides have suffered heavy losses, according to military analysts.

“We are holding the line,” a commander said.

___

Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine
"#;
    check(
        text,
        &[
            (K::Byline, Leading, "By HANNA ARHIROVA"),
            (K::Related, Trailing, "___"),
        ],
        "Ukrainian forces",
        "a commander said.",
    );
}

#[test]
fn reuters() {
    let text = r#"Oil prices rise on supply worries

By Jane Doe
3 min read

LONDON, Jan 11 (Reuters) - Oil prices rose on Tuesday as supply disruptions in Kazakhstan and Libya offset concerns about demand.

Brent crude futures rose 1.2% to $82.85 a barrel by 1200 GMT.

Analysts said the market remained tight.

Reporting by Jane Doe in London; Additional reporting by John Roe in Singapore; Editing by Susan Fenton

Our Standards: The Thomson Reuters Trust Principles.
"#;
    check(
        text,
        &[
            (K::Byline, Leading, "By Jane Doe"),
            (K::Timestamp, Leading, "3 min read"),
            (K::Byline, Trailing, "Reporting by"),
            (K::SiteText, Trailing, "Our Standards"),
        ],
        "Oil prices rose",
        "remained tight.",
    );
}

#[test]
fn bbc() {
    let text = r#"Kazakhstan unrest: Russia-led troops to withdraw

Published
11 January 2022

Image source, Getty Images
Image caption,
Protesters clashed with police in Almaty last week

Russian-led troops will begin withdrawing from Kazakhstan in two days, President Kassym-Jomart Tokayev has said.

He told parliament that the mission had been successfully completed.

Related Topics
Kazakhstan
Russia

More on this story
Why is Kazakhstan in turmoil?
"#;
    check(
        text,
        &[
            (K::Timestamp, Leading, "Published\n11 January 2022"),
            (K::PhotoCaption, Leading, "Image source"),
            (K::PhotoCaption, Leading, "Image caption,\nProtesters"),
            (K::Related, Trailing, "Related Topics"),
        ],
        "Russian-led troops",
        "successfully completed.",
    );
}

#[test]
fn guardian() {
    let text = r#"Russian-led troops to leave Kazakhstan, says president

Kassym-Jomart Tokayev says deployment of CSTO forces will end in two days

Russian-led troops will start leaving Kazakhstan in two days, the country's president has said.

The deployment of the troops was a first for the alliance.

Explore more on these topics
Kazakhstan
Russia
news
Reuse this content
"#;
    check(
        text,
        &[
            (K::Related, Trailing, "Explore more"),
            (K::SiteText, Trailing, "Reuse this content"),
        ],
        "Russian-led troops",
        "for the alliance.",
    );
}

#[test]
fn cnn() {
    let text = r#"Russian-led troops begin leaving Kazakhstan

(CNN) — Russian-led troops began leaving Kazakhstan on Thursday, the country's defense ministry said.

The troops were deployed last week after violent protests.

CNN's Anna Chernova contributed to this report.
"#;
    check(
        text,
        &[(K::Byline, Trailing, "CNN's Anna Chernova")],
        "Russian-led troops",
        "violent protests.",
    );
}

#[test]
fn aljazeera() {
    let text = r#"Russia-led troops begin withdrawal from Kazakhstan

Troops from the CSTO started leaving after the president said their mission was complete.

Russian troops at a ceremony in Almaty [File: Reuters]

Russia-led troops have begun withdrawing from Kazakhstan, the defence ministry said.

The alliance sent more than 2,000 troops last week.

Source: Al Jazeera and news agencies
"#;
    check(
        text,
        &[
            (K::PhotoCaption, Interior, "Russian troops at a ceremony"),
            (K::SourceLink, Trailing, "Source: Al Jazeera"),
        ],
        "Troops from the CSTO",
        "last week.",
    );
}

#[test]
fn nyt() {
    let text = r#"Russia-Led Troops Start Leaving Kazakhstan

MOSCOW — A Russian-led military alliance on Thursday began withdrawing troops from Kazakhstan.

The withdrawal should be completed by next Wednesday, officials said.

A version of this article appears in print on Jan. 14, 2022, Section A, Page 9 of the New York edition with the headline: Russia Begins Pulling Troops From Kazakhstan.
Order Reprints | Today’s Paper | Subscribe
"#;
    check(
        text,
        &[(K::SiteText, Trailing, "A version of this article")],
        "A Russian-led",
        "officials said.",
    );
}

#[test]
fn bloomberg() {
    let text = r#"Kazakh Bonds Rally as Troops Leave

Kazakhstan's dollar bonds rallied on Wednesday as Russian-led troops completed their withdrawal.

The yield on the 2045 notes fell 10 basis points.

— With assistance from Nariman Gizitdinov

To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net
"#;
    check(
        text,
        &[(K::Byline, Trailing, "— With assistance")],
        "Kazakhstan's dollar bonds",
        "basis points.",
    );
}

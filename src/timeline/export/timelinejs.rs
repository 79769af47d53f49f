//! TimelineJS3 JSON (Knight Lab), the format newsrooms publish interactive
//! timelines with: an object with `events` (slides) and an optional
//! `title` slide; a slide has `start_date` (`year`, `month`, `day`),
//! optional `end_date`, `text` (`headline`, `text`), `group`,
//! `display_date` and `unique_id`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::timeline::{Event, Placement, Timeline};
use crate::value::Granularity;

use super::display_date;

/// A TimelineJS3 document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineJs {
    /// The title slide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<TjsSlide>,
    /// The event slides.
    pub events: Vec<TjsSlide>,
}

/// A slide.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TjsSlide {
    /// When it starts (required for events, absent for the title).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TjsDate>,
    /// When it ends, for events longer than a day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TjsDate>,
    /// Headline and body (HTML; ours is escaped text).
    pub text: TjsText,
    /// A row label: events of one group share a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The date as shown, overriding the dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    /// A unique id (the event id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

/// A TimelineJS date: year required, month and day optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TjsDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// The day, 1–31.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

/// A slide's text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TjsText {
    /// The headline.
    pub headline: String,
    /// The body (HTML).
    pub text: String,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn date(d: NaiveDate, g: Granularity) -> TjsDate {
    let coarse_year = matches!(
        g,
        Granularity::Year | Granularity::Decade | Granularity::Century | Granularity::Millennium
    );
    let coarse_month = coarse_year
        || matches!(
            g,
            Granularity::Month | Granularity::Quarter | Granularity::Half | Granularity::Season
        );
    TjsDate {
        year: d.year(),
        month: (!coarse_year).then(|| d.month()),
        day: (!coarse_month).then(|| d.day()),
    }
}

fn slide(e: &Event) -> Option<TjsSlide> {
    let (start, end, g) = match e.when.placement {
        Placement::Dated => (
            e.when.start?,
            e.when.end?,
            e.when.granularity.unwrap_or(Granularity::Day),
        ),
        Placement::Relative => {
            let d = e.when.earliest.or(e.when.latest)?;
            (d, d, Granularity::Day)
        }
        Placement::Undated => return None,
    };
    let single = start == end
        || matches!(
            g,
            Granularity::Year | Granularity::Month | Granularity::Decade | Granularity::Century
        );
    let mut body = format!("Sources: {}.", escape(&e.sources.join(", ")));
    if !e.status.is_actual() {
        body.push_str(&format!(" Status: {}.", e.status.as_str()));
    }
    if let Some(m) = e.mentions.first() {
        body.push_str(&format!(" <blockquote>{}</blockquote>", escape(&m.text)));
    }
    Some(TjsSlide {
        start_date: Some(date(start, g)),
        end_date: (!single).then(|| date(end, g)),
        text: TjsText {
            headline: escape(&e.label),
            text: body,
        },
        group: e.class.clone().or_else(|| Some(e.lemma.clone())),
        display_date: (e.when.placement != Placement::Dated || e.when.approximate)
            .then(|| display_date(e)),
        unique_id: Some(e.id.clone()),
    })
}

impl Timeline {
    /// The timeline as a TimelineJS3 document: one slide per event of the
    /// story view ([`Timeline::story`]), with a title slide when
    /// `title` is given. Serialize it with `serde_json`.
    ///
    /// ```
    /// use dateline::timeline::Timeline;
    /// let tjs = Timeline::default().to_timelinejs(Some("Kazakhstan"));
    /// let json = serde_json::to_value(&tjs)?;
    /// assert_eq!(json["title"]["text"]["headline"], "Kazakhstan");
    /// assert!(json["events"].as_array().is_some());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_timelinejs(&self, title: Option<&str>) -> TimelineJs {
        let story = self.story();
        TimelineJs {
            title: title.map(|t| TjsSlide {
                text: TjsText {
                    headline: escape(t),
                    text: format!(
                        "{} events from {} articles.",
                        story.len(),
                        self.articles.len()
                    ),
                },
                ..TjsSlide::default()
            }),
            events: story.into_iter().filter_map(slide).collect(),
        }
    }
}

//! TimeML per article, written with [`crate::timeml::Writer`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Result;
use crate::timeline::{AnchorRelation, ArticleInput, Timeline};
use crate::timeml::{EventTag, LinkTag, MakeInstance, Problem, TimexTag, Writer};
use crate::value::Value;

/// The TimeML document of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleTimeMl {
    /// The article's id.
    pub article: String,
    /// The document.
    pub xml: String,
    /// What the writer had to leave out (annotations whose offsets do not
    /// fit the text).
    pub problems: Vec<Problem>,
}

impl Timeline {
    /// One TimeML document per article (sorted by id) with an `EVENT` and
    /// `MAKEINSTANCE` for each mention, a `TIMEX3` for each anchoring
    /// expression and the reference time as the DCT (`t0`), and `TLINK`s:
    /// each mention to its expression (`IS_INCLUDED` for "on Thursday",
    /// `BEFORE`/`AFTER`/`BEGUN_BY`/`ENDED_BY` for "before", "after",
    /// "since", "by"), and the timeline's relations between events that
    /// both have a mention in the article (between their first mentions
    /// there). The texts come from `articles` (matched by id); articles not
    /// in the timeline are left out.
    ///
    /// # Errors
    ///
    /// As [`Writer::write`]: a text with a character XML cannot represent.
    pub fn to_timeml(&self, articles: &[ArticleInput]) -> Result<Vec<ArticleTimeMl>> {
        let texts: BTreeMap<&str, &ArticleInput> =
            articles.iter().map(|a| (a.id.as_str(), a)).collect();
        let mut out = Vec::new();
        for entry in &self.articles {
            let Some(article) = texts.get(entry.id.as_str()) else {
                continue;
            };
            // Mentions of this article, in event order.
            let mut timexes: Vec<TimexTag> = Vec::new();
            let mut tid_of: BTreeMap<(usize, usize), String> = BTreeMap::new();
            let mut events: Vec<EventTag> = Vec::new();
            let mut instances: Vec<MakeInstance> = Vec::new();
            let mut tlinks: Vec<LinkTag> = Vec::new();
            let mut first_instance: BTreeMap<&str, String> = BTreeMap::new();
            for e in &self.events {
                for m in e.mentions.iter().filter(|m| m.article == entry.id) {
                    let k = events.len() + 1;
                    let (eid, eiid) = (format!("e{k}"), format!("ei{k}"));
                    let class = m
                        .timeml_class
                        .clone()
                        .unwrap_or_else(|| "OCCURRENCE".into());
                    events.push(EventTag::new(m.start, m.end, eid.clone(), class));
                    instances.push(MakeInstance {
                        eiid: eiid.clone(),
                        event_id: eid,
                        ..MakeInstance::default()
                    });
                    first_instance.entry(e.id.as_str()).or_insert(eiid.clone());
                    if let (Some(span), Some(value)) = (m.time_span, &m.value) {
                        let tid = match tid_of.get(&span) {
                            Some(t) => t.clone(),
                            None => {
                                let tid = format!("t{}", timexes.len() + 1);
                                let kind = value
                                    .parse::<Value>()
                                    .map(|v| v.default_type().as_str().to_string())
                                    .unwrap_or_else(|_| "DATE".into());
                                timexes.push(TimexTag::new(
                                    span.0,
                                    span.1,
                                    tid.clone(),
                                    kind,
                                    value.clone(),
                                ));
                                tid_of.insert(span, tid.clone());
                                tid
                            }
                        };
                        let rel = match m.anchor_relation.unwrap_or_default() {
                            AnchorRelation::At => "IS_INCLUDED",
                            AnchorRelation::Before => "BEFORE",
                            AnchorRelation::After => "AFTER",
                            AnchorRelation::Since => "BEGUN_BY",
                            AnchorRelation::Until => "ENDED_BY",
                        };
                        tlinks.push(LinkTag {
                            lid: format!("l{}", tlinks.len() + 1),
                            rel_type: rel.into(),
                            event_instance_id: Some(eiid),
                            related_to_time: Some(tid),
                            ..LinkTag::default()
                        });
                    }
                }
            }
            for r in &self.relations {
                if let (Some(a), Some(b)) = (
                    first_instance.get(r.from.as_str()),
                    first_instance.get(r.to.as_str()),
                ) {
                    tlinks.push(LinkTag {
                        lid: format!("l{}", tlinks.len() + 1),
                        rel_type: r.relation.as_str().into(),
                        event_instance_id: Some(a.clone()),
                        related_to_event_instance: Some(b.clone()),
                        ..LinkTag::default()
                    });
                }
            }
            let dct = entry.reference.date.map(|d| {
                let v = d.to_string();
                let mut t = TimexTag::new(0, v.len(), "t0", "DATE", v.clone());
                t.text = v;
                t.function_in_document = Some("CREATION_TIME".into());
                t
            });
            let mut writer = Writer::new(&article.text)
                .doc_id(&entry.id)
                .dct(dct.as_ref(), None)
                .timexes(&timexes)
                .events(&events)
                .instances(&instances)
                .tlinks(&tlinks);
            if let Some(t) = &article.title {
                writer = writer.title(t);
            }
            let written = writer.write()?;
            out.push(ArticleTimeMl {
                article: entry.id.clone(),
                xml: written.xml,
                problems: written.problems,
            });
        }
        Ok(out)
    }
}

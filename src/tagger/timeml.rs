//! The tagger's expressions in TimeML: TIMEX3 tags, and tagging a TimeML
//! document in place of its gold annotations.

use chrono::NaiveDate;

use super::{Against, Expression, ReferenceTime, Tagger};
use crate::Result;
use crate::timeml::{Document, TimexTag, Writer};
use crate::value::Value;

/// The TimeML `tid` of the document creation time.
pub const DCT_TID: &str = "t0";

/// Turns expressions into TIMEX3 tags with `tid`s `t1`, `t2`, ... in order,
/// `anchorTimeID` pointing at the DCT (`t0`) for values resolved against the
/// reference time and at the earlier expression for narrative ones, and
/// `temporalFunction="true"` for both.
pub fn timex_tags(expressions: &[Expression]) -> Vec<TimexTag> {
    expressions
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut tag = TimexTag::new(
                e.start,
                e.end,
                format!("t{}", i + 1),
                e.timex.kind.to_string(),
                e.timex.value.to_string(),
            );
            tag.text = e.text.clone();
            tag.modifier = e.timex.modifier.as_ref().map(ToString::to_string);
            tag.quant = e.timex.quant.as_ref().map(ToString::to_string);
            tag.freq = e.timex.freq.as_ref().map(ToString::to_string);
            let (function, anchor) = match e.against {
                Against::Reference => (true, Some(DCT_TID.to_string())),
                Against::Narrative => (true, e.anchor.map(|a| format!("t{}", a + 1))),
                _ => (false, None),
            };
            tag.temporal_function = Some(function.to_string());
            tag.anchor_time_id = anchor;
            tag.function_in_document = Some("NONE".to_string());
            tag
        })
        .collect()
}

/// The reference time a TimeML document's DCT gives, if its value is a
/// day or a time of a day.
pub fn dct_reference(doc: &Document) -> Option<ReferenceTime> {
    let dct = doc.dct.as_ref()?;
    let value: Value = dct.value.parse().ok()?;
    let date = value.as_date()?;
    let day = NaiveDate::from_ymd_opt(date.year()?, date.month()?, date.day()?)?;
    let time = date
        .hour()
        .and_then(|h| chrono::NaiveTime::from_hms_opt(h.min(23), date.minute().unwrap_or(0), 0));
    Some(ReferenceTime { date: day, time })
}

/// Tags a TimeML document's TEXT against its DCT and writes the document
/// back with the tagger's TIMEX3 tags in place of the gold ones. EVENT,
/// SIGNAL and link tags are dropped; DOCID, DCT and TITLE are kept.
///
/// ```
/// use dateline::tagger::{Tagger, tag_timeml};
/// use dateline::timeml::Document;
///
/// let doc = Document::parse(
///     r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">1998-02-13</TIMEX3></DCT><TEXT>The vote came <TIMEX3 tid="t9" type="DATE" value="1998-02-13">Friday</TIMEX3>.</TEXT></TimeML>"#,
/// )?;
/// let xml = tag_timeml(&Tagger::default(), &doc)?;
/// assert!(xml.contains(r#"value="1998-02-13""#));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn tag_timeml(tagger: &Tagger, doc: &Document) -> Result<String> {
    let found = tagger.tag(&doc.text, dct_reference(doc));
    let tags = timex_tags(&found);
    let mut writer = Writer::new(&doc.text)
        .dct(doc.dct.as_ref(), doc.dct_text.as_deref())
        .timexes(&tags);
    if let Some(id) = &doc.doc_id {
        writer = writer.doc_id(id);
    }
    if let Some(title) = &doc.title {
        writer = writer.title(title);
    }
    Ok(writer.write()?.xml)
}

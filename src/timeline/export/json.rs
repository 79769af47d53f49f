//! JSON.

use crate::timeline::Timeline;
use crate::{Error, Result};

impl Timeline {
    /// The timeline as pretty-printed JSON (two-space indent, fields in
    /// declaration order, events in chronological order): the stable
    /// contract described at [`Timeline`]. Byte-identical for the same
    /// input in any order.
    pub fn to_json(&self) -> String {
        // Serializing plain structs, vectors and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The same JSON on one line.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a timeline written by [`Timeline::to_json`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `json` is not a timeline.
    pub fn from_json(json: &str) -> Result<Timeline> {
        serde_json::from_str(json).map_err(|e| Error::InvalidInput {
            what: "timeline JSON".into(),
            message: e.to_string(),
        })
    }
}

//! The integration tests, one binary with a module per area.

mod adversarial;
mod article;
mod eval;
mod events;
mod incremental;
mod limits;
#[cfg(feature = "rayon")]
mod parallel;
mod pipeline_props;
mod tagger;
mod timeline;
mod timeml;
mod value;

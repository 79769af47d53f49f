//! The integration tests, one binary with a module per area.

mod eval;
mod tagger;
mod timeline;
mod timeml;
mod value;

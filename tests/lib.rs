//! The integration tests, one binary with a module per area.

mod article;
mod eval;
mod tagger;
mod timeml;
mod value;

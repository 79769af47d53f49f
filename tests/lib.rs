//! The integration tests, one binary with a module per area.

mod eval;
mod events;
mod tagger;
mod timeml;
mod value;

//! Tests of the `article` stage: structure, datelines, reference times,
//! collections and manifests.

mod corpora;
mod kazakhstan;
mod layouts;
mod manifest;
mod properties;
pub(crate) mod support;

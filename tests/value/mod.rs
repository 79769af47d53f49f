//! Tests of `dateline::value`.

mod corpus;

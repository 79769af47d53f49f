//! Tests of `dateline::value`.

mod arith;
mod corpus;
mod forms;
mod props;

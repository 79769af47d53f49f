//! Scoring against gold annotations with the TempEval-3 measures.

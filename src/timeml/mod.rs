//! Reading and writing TimeML documents.

//! The temporal expression tagger: finds TIMEX3 expressions in English news
//! text and resolves them against a reference time.

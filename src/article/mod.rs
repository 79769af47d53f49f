//! Articles, their structure (headline, dateline, body, boilerplate),
//! datelines and reference times.

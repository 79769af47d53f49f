//! TIMEX3 values (TimeML 1.2.1 / ISO-TimeML): parsing, formatting, calendar
//! intervals and arithmetic.

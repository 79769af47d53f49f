//! Pure proleptic-Gregorian helpers on `i64` years, used to validate values
//! whose years lie outside chrono's range (they still parse and format).

/// Whether `year` (astronomical numbering) is a Gregorian leap year.
pub(crate) fn is_leap(year: i64) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

/// Days in `month` (1–12) of `year`; with an unknown year, the most any
/// year has (29 for February).
pub(crate) fn days_in_month(year: Option<i64>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// The number of ISO 8601 weeks (52 or 53) in ISO week-year `year`.
pub(crate) fn iso_weeks_in_year(year: i64) -> u8 {
    // p(y) is the weekday (0 = Sunday) of 31 December of year y.
    fn p(y: i64) -> i64 {
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7)
    }
    if p(year) == 4 || p(year - 1) == 3 {
        53
    } else {
        52
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_in_year_matches_chrono() {
        use chrono::{Datelike, NaiveDate};
        for y in 1890..2110 {
            let dec28 = NaiveDate::from_ymd_opt(y, 12, 28).map(|d| d.iso_week().week());
            assert_eq!(
                dec28,
                Some(u32::from(iso_weeks_in_year(i64::from(y)))),
                "{y}"
            );
        }
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2000));
        assert!(is_leap(2024));
        assert!(!is_leap(1900));
        assert!(!is_leap(2023));
        assert!(is_leap(0));
        assert!(is_leap(-4));
        assert_eq!(days_in_month(Some(2023), 2), 28);
        assert_eq!(days_in_month(None, 2), 29);
    }
}

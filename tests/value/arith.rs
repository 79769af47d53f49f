//! Shifting, coarsening, refining, weekday/month/season moves, comparison
//! and mods.

use chrono::{NaiveDate, Weekday};
use dateline::value::{
    BoundsKind, Granularity as G, IntervalRelation as R, Mod, Season, Value, compare,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn v(s: &str) -> Value {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn shift(s: &str, n: i64, unit: G) -> Option<String> {
    v(s).shift(n, unit).map(|x| x.to_string())
}

#[test]
fn shifting_weeks_across_years() {
    assert_eq!(shift("2022-W01", -1, G::Week).as_deref(), Some("2021-W52"));
    assert_eq!(shift("2021-W01", -1, G::Week).as_deref(), Some("2020-W53"));
    assert_eq!(shift("2020-W53", 1, G::Week).as_deref(), Some("2021-W01"));
    assert_eq!(shift("2022-W52", 1, G::Week).as_deref(), Some("2023-W01"));
    assert_eq!(
        shift("2022-W02-WE", -1, G::Week).as_deref(),
        Some("2022-W01-WE")
    );
    assert_eq!(
        shift("2022-W02", 2, G::Weekend).as_deref(),
        Some("2022-W04")
    );
    assert_eq!(shift("2022-W02", 14, G::Day).as_deref(), Some("2022-W04"));
    assert_eq!(shift("2022-W02", 3, G::Day), None);
    assert_eq!(shift("2020-W53", 1, G::Year).as_deref(), Some("2021-W52"));
    assert_eq!(shift("2020-W10", -1, G::Year).as_deref(), Some("2019-W10"));
    assert_eq!(shift("2020-W10", 1, G::Month), None);
}

#[test]
fn shifting_days() {
    assert_eq!(
        shift("2022-01-13", 2, G::Day).as_deref(),
        Some("2022-01-15")
    );
    assert_eq!(
        shift("2022-12-31", 1, G::Day).as_deref(),
        Some("2023-01-01")
    );
    assert_eq!(
        shift("2022-01-13", -1, G::Week).as_deref(),
        Some("2022-01-06")
    );
    assert_eq!(
        shift("2022-01-31", 1, G::Month).as_deref(),
        Some("2022-02-28")
    );
    assert_eq!(
        shift("2024-01-31", 1, G::Month).as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(
        shift("2022-03-31", -1, G::Month).as_deref(),
        Some("2022-02-28")
    );
    assert_eq!(
        shift("2022-01-31", 1, G::Quarter).as_deref(),
        Some("2022-04-30")
    );
    assert_eq!(
        shift("2024-02-29", 1, G::Year).as_deref(),
        Some("2025-02-28")
    );
    assert_eq!(
        shift("2022-01-13", -2, G::Decade).as_deref(),
        Some("2002-01-13")
    );
    assert_eq!(
        shift("2022-W02-3", 1, G::Day).as_deref(),
        Some("2022-W02-4")
    );
    assert_eq!(
        shift("2022-W02-7", 1, G::Day).as_deref(),
        Some("2022-W03-1")
    );
    assert_eq!(shift("2022-01-13", 1, G::Hour), None);
    assert_eq!(shift("2022-01-13", 1, G::PartOfDay), None);
    assert_eq!(
        shift("0001-01-01", -1, G::Day).as_deref(),
        Some("0000-12-31")
    );
    assert_eq!(
        shift("0000-01-01", -1, G::Day).as_deref(),
        Some("-0001-12-31")
    );
    assert_eq!(
        shift("9999-12-31", 1, G::Day).as_deref(),
        Some("+10000-01-01")
    );
    assert_eq!(v("2022-01-13").shift(i64::MAX, G::Day), None);
    assert_eq!(v("2022-01-13").shift(i64::MIN, G::Century), None);
}

#[test]
fn shifting_month_based_values() {
    assert_eq!(shift("2022", -2, G::Year).as_deref(), Some("2020"));
    assert_eq!(shift("2022", 1, G::Decade).as_deref(), Some("2032"));
    assert_eq!(shift("2022", 4, G::Quarter).as_deref(), Some("2023"));
    assert_eq!(shift("2022", 1, G::Quarter), None);
    assert_eq!(shift("2022", 1, G::Month), None);
    assert_eq!(shift("2022", 1, G::Day), None);
    assert_eq!(shift("2022-01", -1, G::Month).as_deref(), Some("2021-12"));
    assert_eq!(shift("2022-01", 1, G::Year).as_deref(), Some("2023-01"));
    assert_eq!(shift("2022-01", 1, G::Week), None);
    assert_eq!(shift("2022-Q4", 1, G::Quarter).as_deref(), Some("2023-Q1"));
    assert_eq!(shift("2022-Q1", -1, G::Quarter).as_deref(), Some("2021-Q4"));
    assert_eq!(shift("2022-Q1", 1, G::Half).as_deref(), Some("2022-Q3"));
    assert_eq!(shift("2022-Q1", 1, G::Month), None);
    assert_eq!(shift("2022-H2", 1, G::Half).as_deref(), Some("2023-H1"));
    assert_eq!(shift("2022-H2", -1, G::Year).as_deref(), Some("2021-H2"));
    assert_eq!(shift("2022-WI", 1, G::Season).as_deref(), Some("2023-SP"));
    assert_eq!(shift("2022-SP", -1, G::Season).as_deref(), Some("2021-WI"));
    assert_eq!(shift("2022-SU", 1, G::Quarter).as_deref(), Some("2022-FA"));
    assert_eq!(shift("2022-SU", -1, G::Year).as_deref(), Some("2021-SU"));
    assert_eq!(shift("2022-SU", 1, G::Month), None);
    assert_eq!(shift("199", -1, G::Decade).as_deref(), Some("198"));
    assert_eq!(shift("199", 1, G::Century).as_deref(), Some("209"));
    assert_eq!(shift("199", 1, G::Year), None);
    assert_eq!(shift("999", 1, G::Decade), None);
    assert_eq!(shift("19", 1, G::Century).as_deref(), Some("20"));
    assert_eq!(shift("19", 1, G::Millennium).as_deref(), Some("29"));
    assert_eq!(shift("00", -1, G::Century), None);
    assert_eq!(shift("0005", -10, G::Year).as_deref(), Some("-0005"));
    assert_eq!(shift("BC0044", 1, G::Year).as_deref(), Some("-0042"));
}

#[test]
fn shifting_times() {
    assert_eq!(
        shift("2022-01-13T14:30", 1, G::Day).as_deref(),
        Some("2022-01-14T14:30")
    );
    assert_eq!(
        shift("2022-01-13T23:30", 1, G::Hour).as_deref(),
        Some("2022-01-14T00:30")
    );
    assert_eq!(
        shift("2022-01-13T14:30", 45, G::Minute).as_deref(),
        Some("2022-01-13T15:15")
    );
    assert_eq!(shift("2022-01-13T14", 1, G::Minute), None);
    assert_eq!(
        shift("2022-01-13T14", 60, G::Minute).as_deref(),
        Some("2022-01-13T15")
    );
    assert_eq!(
        shift("2022-01-13T14:30:05.25Z", 10, G::Second).as_deref(),
        Some("2022-01-13T14:30:15.25Z")
    );
    assert_eq!(
        shift("1989-10-27T24", 1, G::Hour).as_deref(),
        Some("1989-10-28T01")
    );
    assert_eq!(
        shift("1989-10-27T24", 1, G::Day).as_deref(),
        Some("1989-10-28T24")
    );
    assert_eq!(
        shift("2022-01-13TEV", -1, G::Day).as_deref(),
        Some("2022-01-12TEV")
    );
    assert_eq!(
        shift("2022-01-31TMO", 1, G::Month).as_deref(),
        Some("2022-02-28TMO")
    );
    assert_eq!(shift("2022-01-13TEV", 1, G::Hour), None);
    assert_eq!(shift("2022-01-13TEV", 1, G::PartOfDay), None);
}

#[test]
fn values_that_do_not_shift() {
    for s in [
        "XXXX-WXX-2",
        "1998-01-XX",
        "199X",
        "P3D",
        "PRESENT_REF",
        "XXXX",
    ] {
        assert_eq!(v(s).shift(1, G::Day), None, "{s}");
        assert_eq!(v(s).shift(1, G::Year), None, "{s}");
    }
}

#[test]
fn coarsening() {
    let c = |s: &str, g| v(s).coarsen(g).map(|x| x.to_string());
    assert_eq!(c("2022-01-13", G::Week).as_deref(), Some("2022-W02"));
    assert_eq!(c("2022-01-13", G::Month).as_deref(), Some("2022-01"));
    assert_eq!(c("2022-01-13", G::Quarter).as_deref(), Some("2022-Q1"));
    assert_eq!(c("2022-01-13", G::Half).as_deref(), Some("2022-H1"));
    assert_eq!(c("2022-01-13", G::Season).as_deref(), Some("2021-WI"));
    assert_eq!(c("2022-01-13", G::Year).as_deref(), Some("2022"));
    assert_eq!(c("2022-01-13", G::Decade).as_deref(), Some("202"));
    assert_eq!(c("2022-01-13", G::Century).as_deref(), Some("20"));
    assert_eq!(c("2022-01-13", G::Millennium).as_deref(), Some("2XXX"));
    assert_eq!(c("2022-01-13", G::Day).as_deref(), Some("2022-01-13"));
    assert_eq!(c("2022-01-13", G::Weekend), None);
    assert_eq!(c("2022-01-15", G::Weekend).as_deref(), Some("2022-W02-WE"));
    assert_eq!(c("2022-01-13", G::Hour), None);
    assert_eq!(c("2022-W05", G::Month), None); // 31 Jan – 6 Feb
    assert_eq!(c("2022-W02", G::Month).as_deref(), Some("2022-01"));
    assert_eq!(c("2022-W02", G::Day), None);
    assert_eq!(c("2022-01", G::Week), None);
    assert_eq!(c("2022-WI", G::Year), None);
    assert_eq!(c("2022-SU", G::Quarter), None);
    assert_eq!(c("2022-SU", G::Year).as_deref(), Some("2022"));
    assert_eq!(c("1998-01-XX", G::Month).as_deref(), Some("1998-01"));
    assert_eq!(c("199X", G::Decade).as_deref(), Some("199"));
    assert_eq!(
        c("2022-01-13T14:30:05", G::Minute).as_deref(),
        Some("2022-01-13T14:30")
    );
    assert_eq!(
        c("2022-01-13T14:30:05+01:00", G::Hour).as_deref(),
        Some("2022-01-13T14+01:00")
    );
    assert_eq!(c("2022-01-13T14", G::Minute), None);
    assert_eq!(c("2022-01-13T14:30", G::Day).as_deref(), Some("2022-01-13"));
    assert_eq!(c("2000-04-05TNI", G::Day).as_deref(), Some("2000-04-05"));
    assert_eq!(c("2000-04-05TNI", G::PartOfDay), None);
    assert_eq!(c("XXXX-12-25", G::Month), None);
    assert_eq!(c("-0044-03-15", G::Decade), None);
    assert_eq!(
        Value::from_date_granularity(d(2021, 12, 5), G::Season)
            .map(|x| x.to_string())
            .as_deref(),
        Some("2021-WI")
    );
}

#[test]
fn refining() {
    assert_eq!(v("2022").with_month(3), Some(v("2022-03")));
    assert_eq!(v("XXXX").with_month(3), Some(v("XXXX-03")));
    assert_eq!(v("2022").with_month(0), None);
    assert_eq!(v("199").with_month(3), None);
    assert_eq!(v("2022-01").with_month(3), None);
    assert_eq!(v("2022-02").with_day(28), Some(v("2022-02-28")));
    assert_eq!(v("2022-02").with_day(29), None);
    assert_eq!(v("XXXX-12").with_day(25), Some(v("XXXX-12-25")));
    assert_eq!(v("2022").with_day(1), None);
    assert_eq!(
        v("2022-W02").with_weekday(Weekday::Tue),
        Some(v("2022-01-11"))
    );
    assert_eq!(
        v("XXXX-WXX").with_weekday(Weekday::Tue),
        Some(v("XXXX-WXX-2"))
    );
    assert_eq!(v("2022-01").with_weekday(Weekday::Tue), None);
    assert_eq!(
        v("2022-01-13").with_time(14, Some(30), None, None),
        Some(v("2022-01-13T14:30"))
    );
    assert_eq!(v("2022-01-13").with_time(25, None, None, None), None);
}

#[test]
fn weekday_month_and_season_moves() {
    let thu = v("2022-01-13");
    let s = |x: Option<Value>| x.map(|x| x.to_string());
    assert_eq!(
        s(thu.previous_weekday(Weekday::Mon)).as_deref(),
        Some("2022-01-10")
    );
    assert_eq!(
        s(thu.previous_weekday(Weekday::Thu)).as_deref(),
        Some("2022-01-06")
    );
    assert_eq!(
        s(thu.previous_weekday(Weekday::Fri)).as_deref(),
        Some("2022-01-07")
    );
    assert_eq!(
        s(thu.next_weekday(Weekday::Thu)).as_deref(),
        Some("2022-01-20")
    );
    assert_eq!(
        s(thu.next_weekday(Weekday::Fri)).as_deref(),
        Some("2022-01-14")
    );
    assert_eq!(
        s(thu.next_weekday(Weekday::Mon)).as_deref(),
        Some("2022-01-17")
    );
    assert_eq!(
        s(thu.weekday_on_or_after(Weekday::Thu)).as_deref(),
        Some("2022-01-13")
    );
    assert_eq!(
        s(thu.weekday_on_or_after(Weekday::Wed)).as_deref(),
        Some("2022-01-19")
    );
    assert_eq!(
        s(thu.weekday_on_or_before(Weekday::Thu)).as_deref(),
        Some("2022-01-13")
    );
    assert_eq!(
        s(thu.weekday_on_or_before(Weekday::Fri)).as_deref(),
        Some("2022-01-07")
    );
    assert_eq!(
        s(v("2022-01-13T14:30").previous_weekday(Weekday::Mon)).as_deref(),
        Some("2022-01-10")
    );
    assert_eq!(
        thu.next_weekday(Weekday::Mon).and_then(|x| x.compare(&thu)),
        Some(R::After)
    );
    assert_eq!(v("XXXX-WXX-2").next_weekday(Weekday::Mon), None);

    let jan3 = v("2022-01-03");
    assert_eq!(s(jan3.previous_month(12)).as_deref(), Some("2021-12"));
    assert_eq!(s(jan3.previous_month(1)).as_deref(), Some("2021-01"));
    assert_eq!(
        s(v("2022-12-15").previous_month(12)).as_deref(),
        Some("2021-12")
    );
    assert_eq!(s(jan3.next_month(3)).as_deref(), Some("2022-03"));
    assert_eq!(s(v("2022-03-10").next_month(3)).as_deref(), Some("2023-03"));
    assert_eq!(
        s(v("2022-03-10").month_on_or_after(3)).as_deref(),
        Some("2022-03")
    );
    assert_eq!(
        s(v("2022-03-10").month_on_or_after(2)).as_deref(),
        Some("2023-02")
    );
    assert_eq!(jan3.previous_month(13), None);

    let mid_jan = v("2022-01-15");
    assert_eq!(
        s(mid_jan.previous_season(Season::Summer)).as_deref(),
        Some("2021-SU")
    );
    assert_eq!(
        s(mid_jan.previous_season(Season::Winter)).as_deref(),
        Some("2020-WI")
    );
    assert_eq!(
        s(mid_jan.previous_season(Season::Fall)).as_deref(),
        Some("2021-FA")
    );
    assert_eq!(
        s(mid_jan.next_season(Season::Spring)).as_deref(),
        Some("2022-SP")
    );
    assert_eq!(
        s(mid_jan.next_season(Season::Winter)).as_deref(),
        Some("2022-WI")
    );
    assert_eq!(
        s(v("2022-07-01").next_season(Season::Summer)).as_deref(),
        Some("2023-SU")
    );
    assert_eq!(
        s(v("2022-07-01").previous_season(Season::Spring)).as_deref(),
        Some("2022-SP")
    );
}

#[test]
fn comparisons_across_granularities() {
    let c = |a: &str, b: &str| v(a).compare(&v(b));
    assert_eq!(c("2022-W02", "2022-01-13"), Some(R::Contains));
    assert_eq!(c("2022-01-13", "2022-W02"), Some(R::During));
    assert_eq!(c("2022-01", "2022-W05"), Some(R::Overlaps));
    assert_eq!(c("2022-W05", "2022-01"), Some(R::OverlappedBy));
    assert_eq!(c("2022-W52", "2023-W01"), Some(R::Meets));
    assert_eq!(v("2022-W52").before(&v("2023-W01")), Some(true));
    assert_eq!(v("2023-W01").after(&v("2022-W52")), Some(true));
    assert_eq!(c("2022-W50", "2023-W01"), Some(R::Before));
    assert_eq!(c("2023-W01", "2022-W50"), Some(R::After));
    assert_eq!(c("2022-01-13", "2022-W02-4"), Some(R::Equal));
    assert_eq!(v("2022-01-13").equal(&v("2022-W02-4")), Some(true));
    assert_eq!(c("2022-Q1", "2022-01"), Some(R::StartedBy));
    assert_eq!(c("2022-01", "2022-Q1"), Some(R::Starts));
    assert_eq!(c("2022-03", "2022-Q1"), Some(R::Finishes));
    assert_eq!(c("2022-Q1", "2022-03"), Some(R::FinishedBy));
    assert_eq!(c("2022-01-13T14", "2022-01-13"), Some(R::During));
    assert_eq!(c("2022-01-13T00", "2022-01-13"), Some(R::Starts));
    assert_eq!(c("2022-01-13T23", "2022-01-14"), Some(R::Meets));
    assert_eq!(c("2022-01-13T24", "2022-01-14"), Some(R::Starts));
    assert_eq!(c("2022-01-13TNI", "2022-01-14"), Some(R::Overlaps));
    assert_eq!(c("2022-WI", "2023"), Some(R::Overlaps));
    assert_eq!(c("199", "1995-06"), Some(R::Contains));
    assert_eq!(c("19", "199"), Some(R::FinishedBy));
    assert_eq!(v("2022").contains(&v("2022-06-01")), Some(true));
    assert_eq!(v("2022-06-01").during(&v("2022")), Some(true));
    assert_eq!(v("2022").overlaps(&v("2022-W52")), Some(true));
    assert_eq!(v("2022").overlaps(&v("2023")), Some(false));
    assert_eq!(compare(&v("2022"), &v("XXXX")), None);
    assert_eq!(compare(&v("P1D"), &v("2022")), None);
    for r in [
        R::Before,
        R::Meets,
        R::Overlaps,
        R::Starts,
        R::During,
        R::Finishes,
        R::Equal,
    ] {
        assert_eq!(r.inverse().inverse(), r);
    }
}

#[test]
fn mods_and_references() {
    let b = |s: &str, m| v(s).interval_with_mod(m).unwrap();
    let x = b("2022", Some(Mod::Before));
    assert_eq!(
        (x.start, x.end, x.kind),
        (None, Some(d(2021, 12, 31)), BoundsKind::Open)
    );
    let x = b("2022", Some(Mod::After));
    assert_eq!(
        (x.start, x.end, x.kind),
        (Some(d(2023, 1, 1)), None, BoundsKind::Open)
    );
    let x = b("2022", Some(Mod::OnOrBefore));
    assert_eq!((x.start, x.end), (None, Some(d(2022, 12, 31))));
    let x = b("2022", Some(Mod::OnOrAfter));
    assert_eq!((x.start, x.end), (Some(d(2022, 1, 1)), None));
    let x = b("2022-01", None);
    assert_eq!(
        (x.start, x.end, x.kind),
        (Some(d(2022, 1, 1)), Some(d(2022, 1, 31)), BoundsKind::Exact)
    );
    let x = b("1998-01-XX", None);
    assert_eq!(
        (x.start, x.end, x.kind),
        (
            Some(d(1998, 1, 1)),
            Some(d(1998, 1, 31)),
            BoundsKind::Within
        )
    );
    let x = b("1998-01-XX", Some(Mod::Approx));
    assert_eq!(x.kind, BoundsKind::Approximate);
    let x = b("2022-01", Some(Mod::Start));
    assert_eq!(
        (x.start, x.end, x.kind),
        (
            Some(d(2022, 1, 1)),
            Some(d(2022, 1, 11)),
            BoundsKind::Approximate
        )
    );
    let x = b("2022-01", Some(Mod::End));
    assert_eq!(
        (x.start, x.end),
        (Some(d(2022, 1, 21)), Some(d(2022, 1, 31)))
    );
    let x = b("2022-01", Some(Mod::Mid));
    assert_eq!(
        (x.start, x.end),
        (Some(d(2022, 1, 11)), Some(d(2022, 1, 21)))
    );
    let x = b("2022-01-13", Some(Mod::Start));
    assert_eq!(
        (x.start, x.end),
        (Some(d(2022, 1, 13)), Some(d(2022, 1, 13)))
    );
    let x = b("2022-01-13T14:00", Some(Mod::Before));
    assert_eq!(x.end, Some(d(2022, 1, 13)));
    let x = b("2022-01-13T00:00", Some(Mod::Before));
    assert_eq!(x.end, Some(d(2022, 1, 12)));
    let x = b("2022-01-13TNI", Some(Mod::After));
    assert_eq!(x.start, Some(d(2022, 1, 14)));
    for m in [
        Mod::LessThan,
        Mod::MoreThan,
        Mod::EqualOrLess,
        Mod::EqualOrMore,
        Mod::Approx,
    ] {
        let x = b("2022", Some(m));
        assert_eq!(
            (x.start, x.end, x.kind),
            (
                Some(d(2022, 1, 1)),
                Some(d(2022, 12, 31)),
                BoundsKind::Approximate
            )
        );
    }
    assert_eq!(v("P3D").interval_with_mod(None), None);
    assert_eq!(v("PRESENT_REF").interval_with_mod(None), None);

    let dct = v("2022-01-13").interval().unwrap();
    let r = |s: &str| v(s).bounds_with_reference(None, &dct).unwrap();
    let x = r("PRESENT_REF");
    assert_eq!(
        (x.start, x.end, x.kind),
        (
            Some(d(2022, 1, 13)),
            Some(d(2022, 1, 13)),
            BoundsKind::Exact
        )
    );
    let x = r("PAST_REF");
    assert_eq!(
        (x.start, x.end, x.kind),
        (None, Some(d(2022, 1, 12)), BoundsKind::Open)
    );
    let x = r("FUTURE_REF");
    assert_eq!(
        (x.start, x.end, x.kind),
        (Some(d(2022, 1, 14)), None, BoundsKind::Open)
    );
    assert_eq!(r("2022-01").end, Some(d(2022, 1, 31)));
    assert_eq!(v("P1D").bounds_with_reference(None, &dct), None);
}

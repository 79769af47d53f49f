//! Parsing, formatting and intervals of each value form.

use chrono::{NaiveDate, Weekday};
use dateline::Error;
use dateline::value::{
    BoundsKind, Decimal, Duration, DurationUnit, Freq, FreqUnit, Granularity, Interval, Mod,
    PartOfDay, Quant, Season, Timex3, TimexType, UnitSpelling, Value, Zone,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn v(s: &str) -> Value {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn iv(s: &str) -> Interval {
    v(s).interval()
        .unwrap_or_else(|| panic!("{s} has no interval"))
}

fn days(s: &str) -> (NaiveDate, NaiveDate, Granularity) {
    let i = iv(s);
    (i.start, i.end, i.granularity)
}

#[test]
fn every_form_round_trips() {
    let forms = [
        "2022-01-13",
        "2022-01",
        "2022-W02",
        "2022-W02-WE",
        "2022-W02-3",
        "XXXX-WXX-1",
        "2022-Q1",
        "2022-QX",
        "2022-H1",
        "2022-HX",
        "2022-SU",
        "2022-FA",
        "2022-WI",
        "2022-SP",
        "2022",
        "199",
        "19",
        "199X",
        "19XX",
        "XXXX",
        "19X",
        "1XXX",
        "2022-01-13T14:30",
        "2022-01-13T14:30:05",
        "2022-01-13T14",
        "2022-01-13T14:30:05.250",
        "1989-10-27T24",
        "1989-10-27T24:00",
        "2022-01-13T14:30Z",
        "2022-01-13T14:30+05:00",
        "2022-01-13T14:30-0500",
        "2022-01-13T14+05",
        "2022-01-13T14:30:05.5-00:30",
        "2022-01-13TMO",
        "2022-01-13TAF",
        "2022-01-13TEV",
        "2022-01-13TNI",
        "2022-01-13TDT",
        "2022-01-13TMI",
        "XXXX-01-13",
        "XXXX-WI",
        "2022-XX-XX",
        "1998-01-XX",
        "XXXX-XX",
        "XXXX-XX-XXT14:00",
        "XXXX-WXX-2TNI",
        "2022-W02-3T09:00",
        "2022-WXX",
        "2022-WXX-WE",
        "P3D",
        "P2W",
        "P10Y",
        "P1DT12H",
        "PT30M",
        "PT2H30M",
        "P1.5Y",
        "P1Y6M",
        "P2Q",
        "P1E",
        "P1C",
        "P2L",
        "P1DE",
        "P1CE",
        "P1ML",
        "PXY",
        "PXD",
        "PXM",
        "PXW",
        "PTXH",
        "PXE",
        "PXC",
        "PXQ",
        "PT1M30S",
        "PT0.5S",
        "P0D",
        "P1.50Y",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "-0044",
        "+10000",
        "BC0044",
        "-0044-03-15",
        "+10000-W52",
        "+300000-02-29",
        "+2147483647",
        "-2147483648",
        "0000",
        "+0000",
        "0044",
        "2020-W53",
        "2024-02-29",
        "XXXX-02-29",
    ];
    for s in forms {
        assert_eq!(v(s).to_string(), s, "round trip of {s}");
        let json = serde_json::to_string(&v(s)).unwrap();
        assert_eq!(json, format!("\"{s}\""));
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v(s));
    }
}

#[test]
fn illegal_values_are_errors_quoting_the_input() {
    let bad = [
        "",
        "2021-W53",
        "2023-02-29",
        "2022-13",
        "2022-00",
        "2022-01-32",
        "2022-04-31",
        "2022-W00",
        "2022-W54",
        "2022-W2",
        "2022-W02-8",
        "2022-W02-0",
        "2022-Q5",
        "2022-Q0",
        "2022-H3",
        "2022-XY",
        "2022-01-13T25",
        "2022-01-13T24:30",
        "2022-01-13T14:60",
        "2022-01-13T14:30:60",
        "2022-01-13TXX",
        "2022-01-13T1",
        "2022-01T10",
        "2022T10",
        "2022-W02T10",
        "199-01",
        "19-01",
        "1X9X",
        "20222",
        "2",
        "X",
        "PXX",
        "P",
        "PT",
        "P1DT",
        "P1H",
        "PT1D",
        "P1M1Y",
        "P1D1D",
        "P01D",
        "P1.D",
        "P.5D",
        "P1.5",
        "P99999999999999999999Y",
        "PRESENT",
        "present_ref",
        "-0000",
        "BC0000",
        "-044",
        "+2147483648",
        "-2147483649",
        "2022-01-13T14:30+24:00",
        "2022-01-13T14:30+05:60",
        "2022-01-13T14:30+5",
        "2022-01-13T14:30:05.",
        "2022-01-13T14:30:05.1234567890",
        " 2022",
        "2022 ",
        "２０２２",
        "2022-01-13TMOX",
        "2022-SUX",
        "XXXX-WXX-WEX",
        "2022-W02-WE-1",
        "P1Y1Y",
    ];
    for s in bad {
        match s.parse::<Value>() {
            Err(Error::InvalidValue { value, reason }) => {
                assert_eq!(value, s);
                assert!(!reason.is_empty());
            }
            other => panic!("{s:?} should be invalid, got {other:?}"),
        }
    }
    // Very long input is rejected without echoing all of it.
    let long = "P".to_string() + &"9".repeat(10_000) + "Y";
    match long.parse::<Value>() {
        Err(Error::InvalidValue { value, .. }) => assert!(value.len() < 200),
        other => panic!("{other:?}"),
    }
}

#[test]
fn constructors_match_parsing() {
    assert_eq!(Value::date(d(2022, 1, 13)), v("2022-01-13"));
    assert_eq!(Value::month(2022, 1), Some(v("2022-01")));
    assert_eq!(Value::month(2022, 13), None);
    assert_eq!(Value::year(2022), v("2022"));
    assert_eq!(Value::year(-44), v("-0044"));
    assert_eq!(Value::year(10000), v("+10000"));
    assert_eq!(Value::year(7), v("0007"));
    assert_eq!(Value::decade(199), Some(v("199")));
    assert_eq!(Value::decade(1000), None);
    assert_eq!(Value::century(19), Some(v("19")));
    assert_eq!(Value::century(100), None);
    assert_eq!(Value::iso_week(2022, 2), Some(v("2022-W02")));
    assert_eq!(Value::iso_week(2020, 53), Some(v("2020-W53")));
    assert_eq!(Value::iso_week(2021, 53), None);
    assert_eq!(Value::iso_week(2021, 0), None);
    assert_eq!(Value::weekend(2022, 2), Some(v("2022-W02-WE")));
    assert_eq!(
        Value::iso_week_day(2022, 2, Weekday::Wed),
        Some(v("2022-W02-3"))
    );
    assert_eq!(Value::quarter(2022, 1), Some(v("2022-Q1")));
    assert_eq!(Value::quarter(2022, 5), None);
    assert_eq!(Value::half(2022, 2), Some(v("2022-H2")));
    assert_eq!(Value::half(2022, 3), None);
    assert_eq!(Value::season(2022, Season::Summer), v("2022-SU"));
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 14, Some(30), None, None),
        Some(v("2022-01-13T14:30"))
    );
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 14, None, None, None),
        Some(v("2022-01-13T14"))
    );
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 14, Some(30), Some(5), Some(Zone::utc())),
        Some(v("2022-01-13T14:30:05Z"))
    );
    let plus5 = Zone::from_offset(chrono::FixedOffset::east_opt(5 * 3600).unwrap());
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 14, Some(30), None, plus5),
        Some(v("2022-01-13T14:30+05:00"))
    );
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 24, None, None, None),
        Some(v("2022-01-13T24"))
    );
    assert_eq!(Value::datetime(d(2022, 1, 13), 25, None, None, None), None);
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 24, Some(1), None, None),
        None
    );
    assert_eq!(
        Value::datetime(d(2022, 1, 13), 1, None, Some(1), None),
        None
    );
    assert_eq!(
        Value::part_of_day(d(2022, 1, 13), PartOfDay::Evening),
        v("2022-01-13TEV")
    );
    let dt = d(2022, 1, 13)
        .and_hms_nano_opt(14, 30, 5, 250_000_000)
        .unwrap();
    assert_eq!(
        Value::from_naive_datetime(dt, None),
        v("2022-01-13T14:30:05.25")
    );
    assert_eq!(
        Value::duration(Duration::new(3u32, DurationUnit::Day)),
        v("P3D")
    );
    assert_eq!(
        Value::duration(Duration::new(
            Decimal::new(15, 1).unwrap(),
            DurationUnit::Year
        )),
        v("P1.5Y")
    );
    assert_eq!(
        Value::duration(Duration::fuzzy(DurationUnit::Hour)),
        v("PTXH")
    );
    assert_eq!(
        Value::duration(Duration::new(1u32, DurationUnit::Decade)),
        v("P1E")
    );
    assert_eq!(
        Value::duration(
            Duration::new(1u32, DurationUnit::Decade).respelled(UnitSpelling::IsoTimeMl)
        ),
        v("P1DE")
    );
    assert_eq!(
        Duration::new(2u32, DurationUnit::Hour)
            .and(30u32, DurationUnit::Minute)
            .map(Value::duration),
        Some(v("PT2H30M"))
    );
    assert_eq!(
        Duration::new(2u32, DurationUnit::Hour).and(1u32, DurationUnit::Day),
        None
    );
    assert_eq!(Value::unknown_year(), v("XXXX"));
    assert_eq!(Value::any_day(), v("XXXX-XX-XX"));
    assert_eq!(Value::any_month(), v("XXXX-XX"));
    assert_eq!(Value::any_week(), v("XXXX-WXX"));
    assert_eq!(Value::any_weekend(), v("XXXX-WXX-WE"));
    assert_eq!(Value::any_weekday(Weekday::Tue), v("XXXX-WXX-2"));
    assert_eq!(Value::any_season(Season::Winter), v("XXXX-WI"));
    assert_eq!(Value::month_of_any_year(7), Some(v("XXXX-07")));
    assert_eq!(Value::annual_date(12, 25), Some(v("XXXX-12-25")));
    assert_eq!(Value::annual_date(2, 29), Some(v("XXXX-02-29")));
    assert_eq!(Value::annual_date(2, 30), None);
    assert_eq!(Value::quarter_of_any_year(4), Some(v("XXXX-Q4")));
    assert_eq!(
        Value::any_weekday(Weekday::Tue).with_part_of_day(PartOfDay::Night),
        Some(v("XXXX-WXX-2TNI"))
    );
    assert_eq!(
        Value::any_day().with_time(14, Some(0), None, None),
        Some(v("XXXX-XX-XXT14:00"))
    );
    assert_eq!(v("2022-01").with_part_of_day(PartOfDay::Night), None);
}

#[test]
fn accessors() {
    let x = v("2022-01-13T14:30:05.25+05:00");
    let dv = x.as_date().unwrap();
    assert_eq!(
        (dv.year(), dv.month(), dv.day()),
        (Some(2022), Some(1), Some(13))
    );
    assert_eq!(
        (dv.hour(), dv.minute(), dv.second()),
        (Some(14), Some(30), Some(5))
    );
    assert_eq!(dv.nanosecond(), Some(250_000_000));
    assert_eq!(
        dv.zone().map(|z| z.offset().local_minus_utc()),
        Some(18_000)
    );
    assert_eq!(x.granularity(), Some(Granularity::Second));
    assert_eq!(x.default_type(), TimexType::Time);
    assert_eq!(
        v("2022-W02-3").as_date().unwrap().weekday(),
        Some(Weekday::Wed)
    );
    assert_eq!(v("2022-W02-WE").as_date().unwrap().week(), Some(2));
    assert!(v("2022-W02-WE").as_date().unwrap().is_weekend());
    assert_eq!(v("2022-Q3").as_date().unwrap().quarter(), Some(3));
    assert_eq!(v("2022-H2").as_date().unwrap().half(), Some(2));
    assert_eq!(v("2022-FA").as_date().unwrap().season(), Some(Season::Fall));
    assert_eq!(
        v("2022-01-13TNI").as_date().unwrap().part_of_day(),
        Some(PartOfDay::Night)
    );
    assert_eq!(v("2022").known_year(), Some(2022));
    assert_eq!(v("199").known_year(), None);
    assert_eq!(v("199X").known_year(), None);
    assert_eq!(v("BC0044").known_year(), Some(-43));
    assert_eq!(v("-0044").known_year(), Some(-44));
    assert_eq!(v("P3D").default_type(), TimexType::Duration);
    assert_eq!(v("P3D").granularity(), None);
    assert_eq!(v("PRESENT_REF").granularity(), None);
    assert!(v("PAST_REF").is_ref());
    assert!(v("1998-01-XX").has_unknown());
    assert!(v("PXY").has_unknown());
    assert!(!v("2022-01-13").has_unknown());
    let granularities = [
        ("19", Granularity::Century),
        ("199", Granularity::Decade),
        ("2022", Granularity::Year),
        ("199X", Granularity::Year),
        ("2022-H1", Granularity::Half),
        ("2022-SU", Granularity::Season),
        ("2022-Q1", Granularity::Quarter),
        ("2022-01", Granularity::Month),
        ("2022-W01", Granularity::Week),
        ("2022-W01-WE", Granularity::Weekend),
        ("2022-01-13", Granularity::Day),
        ("1998-01-XX", Granularity::Day),
        ("2022-W01-1", Granularity::Day),
        ("2022-01-13TMO", Granularity::PartOfDay),
        ("2022-01-13T14", Granularity::Hour),
        ("2022-01-13T14:30", Granularity::Minute),
        ("2022-01-13T14:30:00", Granularity::Second),
    ];
    for (s, g) in granularities {
        assert_eq!(v(s).granularity(), Some(g), "{s}");
    }
}

#[test]
fn intervals_of_each_form() {
    use Granularity as G;
    assert_eq!(days("2022-01-13"), (d(2022, 1, 13), d(2022, 1, 13), G::Day));
    assert_eq!(days("2022-01"), (d(2022, 1, 1), d(2022, 1, 31), G::Month));
    assert_eq!(days("2024-02"), (d(2024, 2, 1), d(2024, 2, 29), G::Month));
    assert_eq!(days("2022-W02"), (d(2022, 1, 10), d(2022, 1, 16), G::Week));
    assert_eq!(
        days("2022-W02-WE"),
        (d(2022, 1, 15), d(2022, 1, 16), G::Weekend)
    );
    assert_eq!(days("2022-W02-3"), (d(2022, 1, 12), d(2022, 1, 12), G::Day));
    assert_eq!(days("2022-Q1"), (d(2022, 1, 1), d(2022, 3, 31), G::Quarter));
    assert_eq!(
        days("2022-Q4"),
        (d(2022, 10, 1), d(2022, 12, 31), G::Quarter)
    );
    assert_eq!(days("2022-H1"), (d(2022, 1, 1), d(2022, 6, 30), G::Half));
    assert_eq!(days("2022-H2"), (d(2022, 7, 1), d(2022, 12, 31), G::Half));
    assert_eq!(days("2022-SP"), (d(2022, 3, 1), d(2022, 5, 31), G::Season));
    assert_eq!(days("2022-SU"), (d(2022, 6, 1), d(2022, 8, 31), G::Season));
    assert_eq!(days("2022-FA"), (d(2022, 9, 1), d(2022, 11, 30), G::Season));
    assert_eq!(days("2022-WI"), (d(2022, 12, 1), d(2023, 2, 28), G::Season));
    assert_eq!(days("2023-WI"), (d(2023, 12, 1), d(2024, 2, 29), G::Season));
    assert_eq!(days("2022"), (d(2022, 1, 1), d(2022, 12, 31), G::Year));
    assert_eq!(days("199"), (d(1990, 1, 1), d(1999, 12, 31), G::Decade));
    assert_eq!(days("19"), (d(1900, 1, 1), d(1999, 12, 31), G::Century));
    assert_eq!(days("10"), (d(1000, 1, 1), d(1099, 12, 31), G::Century));
    assert_eq!(days("199X"), (d(1990, 1, 1), d(1999, 12, 31), G::Decade));
    assert_eq!(days("19XX"), (d(1900, 1, 1), d(1999, 12, 31), G::Century));
    assert_eq!(
        days("1XXX"),
        (d(1000, 1, 1), d(1999, 12, 31), G::Millennium)
    );
    assert_eq!(
        days("1998-01-XX"),
        (d(1998, 1, 1), d(1998, 1, 31), G::Month)
    );
    assert_eq!(
        days("1998-XX-XX"),
        (d(1998, 1, 1), d(1998, 12, 31), G::Year)
    );
    assert_eq!(days("1989-WXX"), (d(1989, 1, 1), d(1989, 12, 31), G::Year));
    assert_eq!(days("1989-QX"), (d(1989, 1, 1), d(1989, 12, 31), G::Year));
    assert_eq!(
        days("199X-XX-XX"),
        (d(1990, 1, 1), d(1999, 12, 31), G::Decade)
    );
    assert_eq!(days("-0044-03-15"), (d(-44, 3, 15), d(-44, 3, 15), G::Day));
    assert_eq!(days("BC0044"), (d(-43, 1, 1), d(-43, 12, 31), G::Year));
    assert_eq!(days("+10000"), (d(10000, 1, 1), d(10000, 12, 31), G::Year));
    for s in [
        "XXXX",
        "XXXX-12-25",
        "XXXX-WXX-2",
        "XXXX-WI",
        "P3D",
        "PRESENT_REF",
        "+2147483647",
    ] {
        assert_eq!(v(s).interval(), None, "{s}");
        assert!(!v(s).is_anchored(), "{s}");
    }
    assert!(v("1998-01-XX").is_anchored());

    let t = |s: &str| {
        let i = iv(s);
        let span = i.time.unwrap();
        (
            span.start.to_string(),
            span.end.to_string(),
            i.start,
            i.end,
            i.granularity,
        )
    };
    assert_eq!(
        t("2022-01-13T14"),
        (
            "2022-01-13 14:00:00".into(),
            "2022-01-13 15:00:00".into(),
            d(2022, 1, 13),
            d(2022, 1, 13),
            G::Hour
        )
    );
    assert_eq!(t("2022-01-13T14:30").1, "2022-01-13 14:31:00");
    assert_eq!(t("2022-01-13T14:30:05").1, "2022-01-13 14:30:06");
    assert_eq!(t("2022-01-13T14:30:05.25").0, "2022-01-13 14:30:05.250");
    assert_eq!(t("2022-01-13T14:30:05.25").1, "2022-01-13 14:30:05.260");
    assert_eq!(t("2022-01-13T23").3, d(2022, 1, 13));
    assert_eq!(
        t("1989-10-27T24"),
        (
            "1989-10-28 00:00:00".into(),
            "1989-10-28 01:00:00".into(),
            d(1989, 10, 28),
            d(1989, 10, 28),
            G::Hour
        )
    );
    assert_eq!(t("2022-01-13TMO").0, "2022-01-13 06:00:00");
    assert_eq!(t("2022-01-13TMO").1, "2022-01-13 12:00:00");
    assert_eq!(t("2022-01-13TAF").0, "2022-01-13 12:00:00");
    assert_eq!(t("2022-01-13TEV").1, "2022-01-13 22:00:00");
    let night = t("2022-01-13TNI");
    assert_eq!(
        (night.0.as_str(), night.1.as_str()),
        ("2022-01-13 22:00:00", "2022-01-14 06:00:00")
    );
    assert_eq!(
        (night.2, night.3, night.4),
        (d(2022, 1, 13), d(2022, 1, 14), G::PartOfDay)
    );
    assert_eq!(t("2022-01-13TDT").1, "2022-01-13 18:00:00");
    // Zones are kept but not applied.
    assert_eq!(t("2022-01-13T14:30+05:00").0, "2022-01-13 14:30:00");
}

#[test]
fn iso_week_edges() {
    assert!("2020-W53".parse::<Value>().is_ok());
    assert!("2021-W53".parse::<Value>().is_err());
    assert!("2026-W53".parse::<Value>().is_ok());
    let week = |date| {
        Value::from_date_granularity(date, Granularity::Week)
            .unwrap()
            .to_string()
    };
    assert_eq!(week(d(2021, 1, 1)), "2020-W53");
    assert_eq!(week(d(2024, 12, 30)), "2025-W01");
    assert_eq!(week(d(2022, 1, 2)), "2021-W52");
    assert_eq!(week(d(2022, 1, 3)), "2022-W01");
    assert_eq!(
        days("2020-W53"),
        (d(2020, 12, 28), d(2021, 1, 3), Granularity::Week)
    );
    assert_eq!(
        days("2025-W01"),
        (d(2024, 12, 30), d(2025, 1, 5), Granularity::Week)
    );
    // Week 1 holds 4 January.
    for y in 1990..2040 {
        let w1 = iv(&format!("{y}-W01"));
        assert!(w1.start <= d(y, 1, 4) && d(y, 1, 4) <= w1.end, "{y}");
    }
}

#[test]
fn leap_days() {
    assert!("2024-02-29".parse::<Value>().is_ok());
    assert!("2023-02-29".parse::<Value>().is_err());
    assert!("2000-02-29".parse::<Value>().is_ok());
    assert!("1900-02-29".parse::<Value>().is_err());
    assert_eq!(
        v("2024-02-29").shift(1, Granularity::Year),
        Some(v("2025-02-28"))
    );
    assert_eq!(
        v("2024-02-29").shift(4, Granularity::Year),
        Some(v("2028-02-29"))
    );
    assert_eq!(v("2024-02").with_day(29), Some(v("2024-02-29")));
    assert_eq!(v("2023-02").with_day(29), None);
    assert_eq!(v("XXXX-02").with_day(29), Some(v("XXXX-02-29")));
}

#[test]
fn durations() {
    let p = |s: &str| v(s).as_duration().unwrap().clone();
    assert_eq!(p("P3D").approx_days(), Some(3.0));
    assert_eq!(p("P2W").approx_days(), Some(14.0));
    assert_eq!(p("PT2H30M").approx_seconds(), Some(9000.0));
    assert_eq!(p("P1Y").approx_days(), Some(365.2425));
    assert_eq!(p("P1.5Y").approx_days(), Some(1.5 * 365.2425));
    assert_eq!(p("P1E").approx_days(), p("P1DE").approx_days());
    assert_ne!(p("P1E"), p("P1DE"));
    assert_eq!(p("PXY").approx_days(), None);
    assert_eq!(
        p("P1M").cmp_approx(&p("P4W")),
        Some(std::cmp::Ordering::Greater)
    );
    assert_eq!(
        p("P2Q").cmp_approx(&p("P6M")),
        Some(std::cmp::Ordering::Equal)
    );
    assert_eq!(p("P1C").parts()[0].unit(), DurationUnit::Century);
    assert_eq!(p("P2L").parts()[0].unit(), DurationUnit::Millennium);
    assert_eq!(p("P1DT12H").parts().len(), 2);
    assert_eq!(p("PXD").unit(), Some(DurationUnit::Day));
    assert!(p("PXD").parts()[0].is_fuzzy());
    assert_eq!(
        p("P1.5Y").parts()[0].amount().map(|a| a.to_f64()),
        Some(1.5)
    );
    assert_eq!(Decimal::from_u64(10u64.pow(18)), None);
    assert_eq!(Decimal::new(5, 18), None);
    // The longest legal values still round-trip.
    let big = Decimal::from_u64(10u64.pow(18) - 1).unwrap();
    let tiny = Decimal::new(1, 17).unwrap();
    assert_eq!(tiny.to_string(), "0.00000000000000001");
    let units = [
        DurationUnit::Millennium,
        DurationUnit::Century,
        DurationUnit::Decade,
        DurationUnit::Year,
        DurationUnit::Quarter,
        DurationUnit::Month,
        DurationUnit::Week,
        DurationUnit::Day,
        DurationUnit::Hour,
        DurationUnit::Minute,
        DurationUnit::Second,
    ];
    for a in [big, tiny] {
        let mut dur = Duration::new(a, units[0]).respelled(UnitSpelling::IsoTimeMl);
        for u in &units[1..] {
            dur = dur.and(a, *u).unwrap();
        }
        let val = Value::duration(dur);
        assert_eq!(v(&val.to_string()), val);
    }
    assert_eq!(
        v("P999999999999999999Y").to_string(),
        "P999999999999999999Y"
    );
    assert!("P9999999999999999999Y".parse::<Value>().is_err());
    assert_eq!("1.25".parse::<Decimal>().unwrap().to_string(), "1.25");
    assert!("01".parse::<Decimal>().is_err());
}

#[test]
fn attributes_parse_and_format() {
    for t in TimexType::ALL {
        assert_eq!(t.to_string().parse::<TimexType>().unwrap(), *t);
    }
    for m in Mod::ALL {
        assert_eq!(m.to_string().parse::<Mod>().unwrap(), *m);
        assert_eq!(serde_json::to_string(m).unwrap(), format!("\"{m}\""));
    }
    assert_eq!(Mod::ALL.len(), 12);
    assert!(matches!(
        "before".parse::<Mod>(),
        Err(Error::InvalidAttribute {
            attribute: "mod",
            ..
        })
    ));
    assert!(matches!(
        "TIMEX".parse::<TimexType>(),
        Err(Error::InvalidAttribute {
            attribute: "type",
            ..
        })
    ));
    for q in ["EVERY", "EACH", "each", "every", "a"] {
        assert_eq!(q.parse::<Quant>().unwrap().to_string(), q);
    }
    assert!("".parse::<Quant>().is_err());
    assert!(!"a".parse::<Quant>().unwrap().is_universal());
    for f in ["1X", "3Y", "7D", "1W", "100X", "2M", "1Q", "12H"] {
        assert_eq!(f.parse::<Freq>().unwrap().to_string(), f);
    }
    assert_eq!("7D".parse::<Freq>().unwrap(), Freq::new(7, FreqUnit::Day));
    let max = Freq::new(u32::MAX, FreqUnit::Times);
    assert_eq!(max.to_string().parse::<Freq>().unwrap(), max);
    assert!("4294967296X".parse::<Freq>().is_err());
    for f in ["", "X", "01X", "1", "1Z", "-1X", "99999999999X", "１X"] {
        assert!(
            matches!(
                f.parse::<Freq>(),
                Err(Error::InvalidAttribute {
                    attribute: "freq",
                    ..
                })
            ),
            "{f}"
        );
    }
    let t = Timex3::new(TimexType::Set, Value::any_weekday(Weekday::Tue))
        .with_quant(Quant::Every)
        .with_freq(Freq::new(1, FreqUnit::Times));
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(
        json,
        r#"{"type":"SET","value":"XXXX-WXX-2","quant":"EVERY","freq":"1X"}"#
    );
    assert_eq!(serde_json::from_str::<Timex3>(&json).unwrap(), t);
    let err = serde_json::from_str::<Timex3>(r#"{"type":"DATE","value":"2021-W53"}"#).unwrap_err();
    assert!(err.to_string().contains("2021-W53"), "{err}");
    assert!(serde_json::from_str::<Timex3>(r#"{"type":"DAY","value":"2021"}"#).is_err());
}

#[test]
fn serde_of_intervals_and_helpers() {
    let i = iv("2022-W02");
    assert_eq!(
        serde_json::to_string(&i).unwrap(),
        r#"{"start":"2022-01-10","end":"2022-01-16","granularity":"week"}"#
    );
    let t = iv("2022-01-13T14");
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(
        json,
        r#"{"start":"2022-01-13","end":"2022-01-13","granularity":"hour","time":{"start":"2022-01-13T14:00:00","end":"2022-01-13T15:00:00"}}"#
    );
    assert_eq!(serde_json::from_str::<Interval>(&json).unwrap(), t);
    assert_eq!(serde_json::to_string(&Season::Winter).unwrap(), "\"WI\"");
    assert_eq!(serde_json::to_string(&PartOfDay::Night).unwrap(), "\"NI\"");
    assert_eq!(
        serde_json::to_string(&Granularity::PartOfDay).unwrap(),
        "\"part_of_day\""
    );
    assert_eq!(serde_json::to_string(&Zone::utc()).unwrap(), "\"Z\"");
    assert_eq!("WI".parse::<Season>().unwrap(), Season::Winter);
    assert_eq!("EV".parse::<PartOfDay>().unwrap(), PartOfDay::Evening);
    assert_eq!(Granularity::Week.to_string(), "week");
    let b = v("2022").interval_with_mod(Some(Mod::Before)).unwrap();
    assert_eq!(
        serde_json::to_string(&b).unwrap(),
        r#"{"start":null,"end":"2021-12-31","granularity":"year","kind":"open"}"#
    );
    assert_eq!(b.kind, BoundsKind::Open);
}

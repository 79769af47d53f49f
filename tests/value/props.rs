//! Property tests: round trips, containment, shift inverses, comparison
//! consistency, and parsing arbitrary input without panics.

use chrono::{Datelike, NaiveDate, Weekday};
use dateline::value::{
    Decimal, Duration, DurationUnit, Granularity as G, IntervalRelation, PartOfDay, Season,
    UnitSpelling, Value, Zone,
};
use proptest::prelude::*;

fn date() -> impl Strategy<Value = NaiveDate> {
    (-3000i32..12000, 1u32..=366)
        .prop_filter_map("no such day", |(y, o)| NaiveDate::from_yo_opt(y, o))
}

fn modern_date() -> impl Strategy<Value = NaiveDate> {
    (1800i32..2200, 1u32..=366)
        .prop_filter_map("no such day", |(y, o)| NaiveDate::from_yo_opt(y, o))
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0u8..7).prop_map(|n| Weekday::try_from(n).unwrap())
}

fn season() -> impl Strategy<Value = Season> {
    prop::sample::select(Season::ALL.to_vec())
}

fn part() -> impl Strategy<Value = PartOfDay> {
    prop::sample::select(vec![
        PartOfDay::Morning,
        PartOfDay::Midday,
        PartOfDay::Afternoon,
        PartOfDay::Evening,
        PartOfDay::Night,
        PartOfDay::Daytime,
    ])
}

fn zone() -> impl Strategy<Value = Option<Zone>> {
    prop_oneof![
        Just(None),
        Just(Some(Zone::utc())),
        (-23i32..=23, 0i32..60).prop_map(|(h, m)| {
            let secs = h * 3600 + if h < 0 { -m * 60 } else { m * 60 };
            chrono::FixedOffset::east_opt(secs).and_then(Zone::from_offset)
        }),
        prop::sample::select(vec!["+05", "-0500", "+05:30", "-00:30"]).prop_map(|s| s.parse().ok()),
    ]
}

fn unit() -> impl Strategy<Value = DurationUnit> {
    prop::sample::select(vec![
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
    ])
}

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0u32..1000).prop_map(Decimal::from),
        (0u64..100_000, 0u8..4).prop_map(|(m, s)| Decimal::new(m, s).unwrap()),
        (0u64..10u64.pow(18), 0u8..18)
            .prop_filter_map("too many digits", |(m, s)| Decimal::new(m, s)),
    ]
}

fn duration() -> impl Strategy<Value = Duration> {
    (
        prop::collection::vec((unit(), prop::option::weighted(0.8, amount())), 1..4),
        any::<bool>(),
    )
        .prop_map(|(mut parts, iso)| {
            parts.sort_by_key(|(u, _)| *u);
            parts.dedup_by_key(|(u, _)| *u);
            let mut it = parts.into_iter();
            let (u, a) = it.next().unwrap();
            let mut d = match a {
                Some(a) => Duration::new(a, u),
                None => Duration::fuzzy(u),
            };
            for (u, a) in it {
                d = d.and(a.unwrap_or(Decimal::from(1u32)), u).unwrap();
            }
            if iso {
                d.respelled(UnitSpelling::IsoTimeMl)
            } else {
                d
            }
        })
}

/// Anchored calendar values of every form, built with the constructors.
fn anchored() -> impl Strategy<Value = Value> {
    prop_oneof![
        date().prop_map(Value::date),
        (date(), 1u32..=12).prop_filter_map("", |(d, m)| Value::month(d.year(), m)),
        date().prop_filter_map("", |d| Value::iso_week(
            d.iso_week().year(),
            d.iso_week().week()
        )),
        date().prop_filter_map("", |d| Value::weekend(
            d.iso_week().year(),
            d.iso_week().week()
        )),
        (date(), weekday()).prop_filter_map("", |(d, w)| Value::iso_week_day(
            d.year(),
            d.iso_week().week(),
            w
        )),
        (date(), 1u32..=4).prop_filter_map("", |(d, q)| Value::quarter(d.year(), q)),
        (date(), 1u32..=2).prop_filter_map("", |(d, h)| Value::half(d.year(), h)),
        (date(), season()).prop_map(|(d, s)| Value::season(d.year(), s)),
        date().prop_map(|d| Value::year(d.year())),
        (0i32..1000).prop_filter_map("", Value::decade),
        (0i32..100).prop_filter_map("", Value::century),
        (
            date(),
            0u32..=24,
            prop::option::of(0u32..60),
            prop::option::of(0u32..60),
            zone()
        )
            .prop_filter_map("", |(d, h, m, s, z)| Value::datetime(d, h, m, s, z)),
        (date(), 0u32..86_400, 0u32..1_000_000_000, zone()).prop_map(|(d, secs, ns, z)| {
            let t = chrono::NaiveTime::from_num_seconds_from_midnight_opt(secs, ns).unwrap();
            Value::from_naive_datetime(d.and_time(t), z)
        }),
        (date(), part()).prop_map(|(d, p)| Value::part_of_day(d, p)),
    ]
}

/// Values of every form including unknown parts, durations and references.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => anchored(),
        1 => duration().prop_map(Value::duration),
        1 => prop::sample::select(vec![Value::PresentRef, Value::PastRef, Value::FutureRef]),
        1 => any::<i32>().prop_map(Value::year),
        2 => prop_oneof![
            Just(Value::unknown_year()),
            Just(Value::any_day()),
            Just(Value::any_month()),
            Just(Value::any_week()),
            Just(Value::any_weekend()),
            weekday().prop_map(Value::any_weekday),
            season().prop_map(Value::any_season),
            (1u32..=12).prop_filter_map("", Value::month_of_any_year),
            (1u32..=12, 1u32..=31).prop_filter_map("", |(m, d)| Value::annual_date(m, d)),
            (1u32..=4).prop_filter_map("", Value::quarter_of_any_year),
            (weekday(), part()).prop_filter_map("", |(w, p)| Value::any_weekday(w).with_part_of_day(p)),
            (0u32..24, prop::option::of(0u32..60)).prop_filter_map("", |(h, m)| Value::any_day().with_time(h, m, None, None)),
        ],
        2 => (prop::sample::select(vec!["199X", "19XX", "1XXX", "XXXX", "2022", "19X", "1X"]),
              prop::sample::select(vec!["", "-XX", "-XX-XX", "-01-XX", "-WXX", "-WXX-3", "-WXX-WE", "-QX", "-HX", "-WI", "-XX-13", "-W05-X"]))
            .prop_filter_map("", |(y, s)| format!("{y}{s}").parse::<Value>().ok()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn format_then_parse_is_identity(v in any_value()) {
        let s = v.to_string();
        let back: Value = s.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(back.to_string(), s);
        let json = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), v);
    }

    #[test]
    fn a_day_lies_within_its_coarsenings(d in date()) {
        let day = Value::date(d).interval().unwrap();
        for g in [G::Week, G::Month, G::Quarter, G::Half, G::Season, G::Year, G::Decade, G::Century, G::Millennium] {
            if let Some(outer) = Value::from_date_granularity(d, g) {
                let iv = outer.interval().unwrap();
                prop_assert!(iv.contains(&day), "{} should contain {}", outer, d);
                prop_assert_eq!(iv.granularity, g);
                prop_assert_eq!(Value::date(d).coarsen(g), Some(outer.clone()));
                // The refinement chain: a day's week/month/quarter is inside its year.
                if g > G::Year && g != G::Season && g != G::Week
                    && let Some(y) = Value::from_date_granularity(d, G::Year).and_then(|y| y.interval())
                {
                    prop_assert!(y.contains(&iv));
                }
            } else {
                prop_assert!(matches!(g, G::Decade | G::Century | G::Millennium) && !(0..=9999).contains(&d.year()));
            }
        }
    }

    #[test]
    fn a_value_lies_within_its_coarsenings(v in anchored()) {
        let inner = v.interval().unwrap();
        for g in [G::Minute, G::Hour, G::Day, G::Week, G::Month, G::Quarter, G::Season, G::Half, G::Year, G::Decade, G::Century] {
            if let Some(outer) = v.coarsen(g) {
                let o = outer.interval().unwrap();
                // A time coarsens through its written day; T24 and night
                // spans may run into the next day.
                let d = v.as_date().unwrap();
                if d.hour() != Some(24) && d.part_of_day() != Some(PartOfDay::Night) {
                    prop_assert!(o.contains(&inner), "{} should contain {}", outer, v);
                }
            }
        }
    }

    #[test]
    fn shifting_there_and_back(d in modern_date(), n in -500i64..500) {
        let day = Value::date(d);
        for unit in [G::Day, G::Week] {
            let there = day.shift(n, unit).unwrap();
            prop_assert_eq!(there.shift(-n, unit), Some(day.clone()));
        }
        let iw = d.iso_week();
        let week = Value::iso_week(iw.year(), iw.week()).unwrap();
        prop_assert_eq!(week.shift(n, G::Week).and_then(|w| w.shift(-n, G::Week)), Some(week.clone()));
        let month = Value::month(d.year(), d.month()).unwrap();
        prop_assert_eq!(month.shift(n, G::Month).and_then(|m| m.shift(-n, G::Month)), Some(month.clone()));
        let year = Value::year(d.year());
        prop_assert_eq!(year.shift(n, G::Year).and_then(|y| y.shift(-n, G::Year)), Some(year.clone()));
        let q = Value::from_date_granularity(d, G::Quarter).unwrap();
        prop_assert_eq!(q.shift(n, G::Quarter).and_then(|x| x.shift(-n, G::Quarter)), Some(q.clone()));
        let s = Value::from_date_granularity(d, G::Season).unwrap();
        prop_assert_eq!(s.shift(n, G::Season).and_then(|x| x.shift(-n, G::Season)), Some(s.clone()));
        // Shifting a day by n days moves its interval by exactly n days.
        let moved = day.shift(n, G::Day).unwrap().interval().unwrap();
        prop_assert_eq!((moved.start - d).num_days(), n);
        // A week shifted by n weeks starts 7n days later.
        let w2 = week.shift(n, G::Week).unwrap().interval().unwrap();
        prop_assert_eq!((w2.start - week.interval().unwrap().start).num_days(), 7 * n);
    }

    #[test]
    fn month_shifts_clamp_to_the_month(d in modern_date(), n in -50i64..50) {
        let shifted = Value::date(d).shift(n, G::Month).unwrap();
        let target = Value::month(d.year(), d.month()).unwrap().shift(n, G::Month).unwrap();
        prop_assert!(target.contains(&shifted).unwrap());
        let day = shifted.as_date().unwrap().day().unwrap();
        prop_assert!(day == d.day() || (day < d.day() && shifted.shift(1, G::Day).unwrap().as_date().unwrap().day() == Some(1)));
    }

    #[test]
    fn comparison_matches_endpoints(a in anchored(), b in anchored()) {
        let (ia, ib) = (a.interval().unwrap(), b.interval().unwrap());
        let r = a.compare(&b).unwrap();
        prop_assert_eq!(b.compare(&a), Some(r.inverse()));
        if ia.time.is_none() && ib.time.is_none() {
            prop_assert_eq!(r.is_before(), ia.end < ib.start);
            prop_assert_eq!(r == IntervalRelation::Meets, ia.end.succ_opt() == Some(ib.start));
            prop_assert_eq!(r.is_after(), ib.end < ia.start);
            prop_assert_eq!(r.is_containing(), ia.start <= ib.start && ib.end <= ia.end);
            prop_assert_eq!(r == IntervalRelation::Equal, ia.start == ib.start && ia.end == ib.end);
            prop_assert_eq!(r.intersects(), ia.start <= ib.end && ib.start <= ia.end);
        } else if r.is_before() {
            prop_assert!(ia.end <= ib.start);
        } else if r.is_containing() {
            prop_assert!(ia.start <= ib.start && ib.end <= ia.end);
        }
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(s in ".{0,40}") {
        if let Ok(v) = s.parse::<Value>() {
            prop_assert_eq!(v.to_string(), s.clone());
        }
        let _ = Value::parse_lenient(&s);
        let _ = s.parse::<dateline::value::Freq>();
        let _ = s.parse::<dateline::value::Quant>();
    }

    #[test]
    fn parsing_value_like_text_round_trips_or_errs(s in "[-+0-9XWQHTPYMDSECLZ:.BIUFAVNO]{0,24}") {
        if let Ok(v) = s.parse::<Value>() {
            prop_assert_eq!(v.to_string(), s.clone());
            // Whatever parses can be asked anything without panicking.
            let _ = v.interval();
            let _ = v.interval_with_mod(Some(dateline::value::Mod::Mid));
            for g in [G::Second, G::Hour, G::Day, G::Week, G::Month, G::Season, G::Year, G::Century] {
                let _ = v.shift(i64::MAX, g);
                let _ = v.shift(-3, g);
                let _ = v.coarsen(g);
            }
            let _ = v.previous_weekday(Weekday::Mon);
            let _ = v.next_season(Season::Winter);
        }
    }

    #[test]
    fn extreme_values_do_not_panic(y in any::<i32>(), n in any::<i64>()) {
        let v = Value::year(y);
        prop_assert_eq!(v.to_string().parse::<Value>().unwrap(), v.clone());
        for g in [G::Day, G::Week, G::Month, G::Quarter, G::Year, G::Decade, G::Century, G::Millennium] {
            let _ = v.shift(n, g);
            let _ = v.coarsen(g);
        }
        let _ = v.interval();
        let _ = v.next_month(3);
        for d in [NaiveDate::MIN, NaiveDate::MAX] {
            let day = Value::date(d);
            prop_assert_eq!(day.to_string().parse::<Value>().unwrap(), day.clone());
            for g in [G::Day, G::Week, G::Month, G::Year, G::Season, G::Millennium] {
                let _ = day.shift(n % 1000, g);
                let _ = Value::from_date_granularity(d, g).map(|x| x.interval());
            }
            let _ = day.previous_weekday(Weekday::Sun);
            let _ = day.next_weekday(Weekday::Sun);
            let _ = day.previous_season(Season::Winter);
            let _ = day.next_season(Season::Winter);
            let _ = day.interval_with_mod(Some(dateline::value::Mod::After));
            let _ = day.interval_with_mod(Some(dateline::value::Mod::Before));
            let _ = Value::part_of_day(d, PartOfDay::Night).interval();
            let _ = Value::datetime(d, 24, None, None, None).map(|x| x.interval());
        }
    }
}

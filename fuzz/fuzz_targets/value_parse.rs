//! TIMEX3 value parser: never panics; what parses round-trips and its
//! interval is well formed.
#![no_main]
use dateline::value::Value;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(v) = s.parse::<Value>() {
        let back = v.to_string();
        assert_eq!(back.parse::<Value>().ok(), Some(v.clone()), "{s:?} -> {back:?}");
        if let Some(iv) = v.interval() {
            assert!(iv.start <= iv.end, "{s:?}: {iv:?}");
        }
        let _ = v.shift(3, dateline::value::Granularity::Month);
        let _ = v.shift(-7, dateline::value::Granularity::Day);
    }
    let _ = Value::parse_lenient(s);
});

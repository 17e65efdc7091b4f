//! `gojson::quote` writes a JSON string literal that any JSON parser reads back as the same
//! text, escaped as Go does: no raw `<`, `>`, `&`, U+2028, U+2029 or control bytes inside.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pgw::protocol::morse::gojson::quote;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let quoted = quote(s);

    let back: String = match serde_json::from_str(&quoted) {
        Ok(back) => back,
        Err(e) => panic!("quote({s:?}) = {quoted:?} does not parse: {e}"),
    };
    assert_eq!(back, s, "quote({s:?}) = {quoted:?} does not round-trip");

    assert!(quoted.len() >= 2 && quoted.starts_with('"') && quoted.ends_with('"'));
    let inner = &quoted[1..quoted.len() - 1];
    for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!inner.contains(c), "quote({s:?}) = {quoted:?} has a raw {c:?}");
    }
    assert!(inner.bytes().all(|b| b >= 0x20), "quote({s:?}) = {quoted:?} has a raw control byte");
});

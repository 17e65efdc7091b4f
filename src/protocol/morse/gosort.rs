//! pocket-core's `sortJSONResponse` (docs/protocol.md §11). With `json_sort_relay_responses` (the
//! default) a servicer runs every upstream body through
//!
//! ```go
//! var rawJSON map[string]interface{}
//! if err := json.Unmarshal([]byte(response), &rawJSON); err != nil { return response }
//! bz, err := json.Marshal(rawJSON); if err != nil { return response }
//! return string(bz)
//! ```
//!
//! before signing it. For a JSON object that sorts keys byte-wise at every depth, compacts the
//! text, applies Go's string escaping (HTML characters, U+2028/U+2029) and turns every number
//! into a float64 printed the Go way. Anything `Unmarshal` rejects comes back unchanged.

use serde_json::Value;

/// pocket-core's `sortJSONResponse`: the response text a servicer signs and returns for the
/// upstream `body`.
///
/// * a JSON object (surrounding whitespace allowed) is re-encoded as Go's `json.Marshal` writes
///   a `map[string]interface{}`;
/// * the literal `null` (with any surrounding whitespace) becomes `null`: Go decodes it into a
///   nil map without error and marshals that as `null`;
/// * everything else is returned unchanged: arrays (JSON-RPC batches), strings, numbers,
///   booleans, invalid JSON, trailing garbage, and objects holding a number beyond float64
///   (`1e400`), which Go's decoder refuses.
///
/// Lone surrogate escapes (`"\ud800"`) decode to U+FFFD as in Go. Known gap: serde_json stops
/// at 128 levels of nesting where Go allows 10000, so deeper objects are returned unchanged.
pub fn sort_json_response(body: &str) -> String {
    if body.trim_matches(is_go_space) == "null" {
        return "null".into();
    }
    let text = super::wire::replace_lone_surrogates(body);
    let Ok(value @ Value::Object(_)) = serde_json::from_str::<Value>(&text) else {
        return body.to_string();
    };
    let mut out = String::with_capacity(body.len());
    match encode(&value, &mut out) {
        Ok(()) => out,
        Err(NotAFloat64) => body.to_string(),
    }
}

/// Go's JSON whitespace (serde_json skips exactly the same four bytes).
fn is_go_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// A number literal that overflows float64: Go's `Unmarshal` fails on it.
struct NotAFloat64;

/// Writes `value` as Go marshals it after decoding it into `interface{}`: every number went
/// through float64.
fn encode(value: &Value, out: &mut String) -> Result<(), NotAFloat64> {
    // With `arbitrary_precision` the number keeps its literal text; Rust's parser is correctly
    // rounded like Go's `strconv.ParseFloat`, and overflow gives infinity where Go reports a
    // range error (underflow gives 0 in both).
    let as_float64 = |n: &serde_json::Number, out: &mut String| match n.to_string().parse::<f64>() {
        Ok(f) if f.is_finite() => {
            out.push_str(&format_go_float(f));
            Ok(())
        }
        _ => Err(NotAFloat64),
    };
    super::gojson::encode_value_with(value, out, &as_float64)
}

/// Go's `encoding/json` float64 text: `strconv.FormatFloat(f, 'f', -1, 64)` (shortest
/// round-trip digits, plain decimal) for 1e-6 ≤ |f| < 1e21 and for zero (`-0` keeps its sign),
/// otherwise `'e'` form with the exponent's leading zero removed (`1e-7`, `1.5e-10`, `1e+21`).
/// `f` must be finite (Go's encoder refuses NaN and infinities).
pub fn format_go_float(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let abs = f.abs();
    // Rust's `{:e}` writes the same shortest round-trip digits as Go: "1.2345e-7", "1e21".
    let sci = format!("{abs:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(1e-6..1e21).contains(&abs) {
        // Go writes at least two exponent digits ("e+21", "e-07") and then turns "e-07" into
        // "e-7"; in this branch a positive exponent always has two digits or more anyway.
        let exp = if exp < 0 { format!("-{}", -exp) } else { format!("+{exp:02}") };
        return format!("{sign}{mantissa}e{exp}");
    }
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let text = if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{digits}{}", "0".repeat(int_len - digits.len()))
        } else {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        }
    } else {
        format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
    };
    format!("{sign}{text}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn go_float_formatting() {
        let cases = [
            (12345678901234567890.0, "12345678901234567000"),
            (1e21, "1e+21"),
            (-1e21, "-1e+21"),
            (1e20, "100000000000000000000"),
            (999999999999999900000.0, "999999999999999900000"),
            (0.000001, "0.000001"),
            (0.0000001, "1e-7"),
            (0.00000123, "0.00000123"),
            (0.000000123, "1.23e-7"),
            (1.5e-10, "1.5e-10"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (100.0, "100"),
            (-0.0, "-0"),
            (0.0, "0"),
            (-2.5, "-2.5"),
            (123456789.123, "123456789.123"),
            (1.5e300, "1.5e+300"),
            (1e100, "1e+100"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (5e-324, "5e-324"),
            (9007199254740993.0, "9007199254740992"),
        ];
        for (f, want) in cases {
            assert_eq!(format_go_float(f), want, "{f:e}");
        }
    }

    #[test]
    fn keys_are_sorted_at_every_depth() {
        assert_eq!(
            sort_json_response(r#"{"jsonrpc":"2.0","id":1,"result":"0x1"}"#),
            r#"{"id":1,"jsonrpc":"2.0","result":"0x1"}"#
        );
        // Byte-wise order: "B" (0x42) < "a" (0x61) < "é" (0xC3 0xA9); also inside arrays.
        assert_eq!(
            sort_json_response(r#"{"é":1,"a":{"z":[{"y":1,"b":2}],"B":null},"B":"x"}"#),
            r#"{"B":"x","a":{"B":null,"z":[{"b":2,"y":1}]},"é":1}"#
        );
        // A prefix sorts before its extensions; upper case before lower case.
        assert_eq!(sort_json_response(r#"{"ab":1,"a":2,"Z":3,"":4}"#), r#"{"":4,"Z":3,"a":2,"ab":1}"#);
    }

    #[test]
    fn strings_get_go_escaping() {
        assert_eq!(
            sort_json_response(r#"{"b":"<a href=\"x\">&amp;</a>","a<":"\u2028\t\/\u0041"}"#),
            r#"{"a\u003c":"\u2028\t/A","b":"\u003ca href=\"x\"\u003e\u0026amp;\u003c/a\u003e"}"#
        );
        assert_eq!(sort_json_response(r#"{"s":"\b\f\u0001é😀"}"#), "{\"s\":\"\\u0008\\u000c\\u0001é😀\"}");
    }

    #[test]
    fn numbers_go_through_float64() {
        assert_eq!(
            sort_json_response(r#"{"n":12345678901234567890,"m":1e21,"k":1.50,"j":-0,"i":1E2,"h":1e-400}"#),
            r#"{"h":0,"i":100,"j":-0,"k":1.5,"m":1e+21,"n":12345678901234567000}"#
        );
        assert_eq!(
            sort_json_response(r#"{"a":[0.0000001,0.000001,123456789.123,100,1e20]}"#),
            r#"{"a":[1e-7,0.000001,123456789.123,100,100000000000000000000]}"#
        );
    }

    #[test]
    fn whitespace_around_an_object_is_dropped() {
        assert_eq!(
            sort_json_response(" \n\t{ \"b\" : [ 1 , 2 ] , \"a\" : { } }\r\n"),
            r#"{"a":{},"b":[1,2]}"#
        );
        assert_eq!(sort_json_response("{}\n"), "{}");
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        assert_eq!(sort_json_response(r#"{"a":1,"b":2,"a":3}"#), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn null_becomes_null() {
        assert_eq!(sort_json_response("null"), "null");
        assert_eq!(sort_json_response(" null\n"), "null");
    }

    #[test]
    fn everything_else_passes_through_unchanged() {
        for body in [
            r#"[{"b":1,"a":2}]"#,
            r#"[{"jsonrpc":"2.0","id":1,"result":"0x1"}]"#,
            " [] ",
            "not json",
            "42",
            " 1e400 ",
            r#""text""#,
            "true",
            "nul",
            r#"{"a":1} trailing"#,
            r#"{"a":1}{"b":2}"#,
            r#"{"a":1,}"#,
            r#"{"a":01}"#,
            r#"{'a':1}"#,
            "{\"a\":\"raw\ttab\"}",
            r#"{"big":1e400}"#,
            r#"{"deep":[{"x":-1e309}]}"#,
            "\u{feff}{}",
            "",
            " ",
        ] {
            assert_eq!(sort_json_response(body), body);
        }
        let sorted = r#"{"id":1,"jsonrpc":"2.0","result":"0x10d4f"}"#;
        assert_eq!(sort_json_response(sorted), sorted);
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(sort_json_response(r#"{"a":"\ud800"}"#), "{\"a\":\"\u{FFFD}\"}");
        assert_eq!(sort_json_response(r#"{"a":"\udc00x"}"#), "{\"a\":\"\u{FFFD}x\"}");
        assert_eq!(sort_json_response(r#"{"a":"\ud800\ud83d\ude00"}"#), "{\"a\":\"\u{FFFD}😀\"}");
        assert_eq!(sort_json_response(r#"{"\ud800":1}"#), "{\"\u{FFFD}\":1}");
    }

    /// Equality as Go sees decoded JSON: numbers as float64, objects as unordered maps.
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let parse = |n: &serde_json::Number| n.to_string().parse::<f64>().ok();
                matches!((parse(x), parse(y)), (Some(x), Some(y)) if x == y && x.is_sign_negative() == y.is_sign_negative())
            }
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
            }
            _ => a == b,
        }
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            (-1e7f64..1e7).prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            "[a-zA-Z<>&\"\\\\ é\u{2028}]{0,6}".prop_map(Value::String),
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec(("[a-zA-Zé<_]{0,4}", inner), 0..6)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        })
    }

    fn json_object() -> impl Strategy<Value = Value> {
        proptest::collection::vec((any::<String>(), json_value()), 0..6)
            .prop_map(|entries| Value::Object(entries.into_iter().collect()))
    }

    proptest! {
        #[test]
        fn sorting_keeps_the_value_and_is_idempotent(object in json_object()) {
            let body = object.to_string();
            let once = sort_json_response(&body);
            let parsed: Value = serde_json::from_str(&once).unwrap();
            prop_assert!(same(&parsed, &object), "{} -> {}", body, once);
            prop_assert_eq!(sort_json_response(&once), once.clone());
            let pretty = serde_json::to_string_pretty(&object).unwrap();
            prop_assert_eq!(sort_json_response(&pretty), once);
        }

        #[test]
        fn non_objects_are_untouched(value in json_value().prop_filter("not an object", |v| !v.is_object())) {
            let body = value.to_string();
            prop_assert_eq!(sort_json_response(&body), body);
        }

        #[test]
        fn go_floats_round_trip(f in any::<f64>().prop_filter("finite", |f| f.is_finite())) {
            let text = format_go_float(f);
            let back: f64 = text.parse().unwrap();
            prop_assert_eq!(back.to_bits(), f.to_bits(), "{}", text);
            let abs = f.abs();
            prop_assert_eq!(text.contains('e'), abs != 0.0 && !(1e-6..1e21).contains(&abs), "{}", text);
            prop_assert!(!text.contains("e-0") && !text.contains("e+0"), "{}", text);
            prop_assert!(!text.ends_with('.') && !text.contains(".e"), "{}", text);
        }

        #[test]
        fn integers_below_2_pow_53_print_as_integers(n in -(1i64 << 53)..(1i64 << 53)) {
            prop_assert_eq!(format_go_float(n as f64), if n == 0 { "0".to_string() } else { n.to_string() });
        }
    }
}

//! pocket-core's `sortJSONResponse` (PROTOCOL.md §6.4): a servicer re-encodes a chain's JSON
//! object answer through Go's `map[string]interface{}` before signing it, which sorts keys at
//! every depth, applies Go's string escaping and turns every number into a float64.

use serde_json::Value;

use super::gojson::write_str;

/// The response text a pocket-core servicer signs and returns for an upstream `body`: JSON
/// objects re-encoded the Go way; anything else (arrays, batches, scalars, invalid JSON, numbers
/// beyond float64) unchanged.
pub fn sort_json_response(body: &str) -> String {
    let text = super::wire::replace_lone_surrogates(body);
    let Ok(value @ Value::Object(_)) = serde_json::from_str::<Value>(&text) else {
        return body.to_string();
    };
    let mut out = String::with_capacity(body.len());
    if encode(&value, &mut out) { out } else { body.to_string() }
}

/// Writes `value` as Go marshals it after decoding into `interface{}`; false when Go's decoder
/// would have failed (a number that overflows float64).
fn encode(value: &Value, out: &mut String) -> bool {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match n.to_string().parse::<f64>() {
            Ok(f) if f.is_finite() => out.push_str(&format_go_float(f)),
            _ => return false,
        },
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !encode(item, out) {
                    return false;
                }
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, key);
                out.push(':');
                if !encode(item, out) {
                    return false;
                }
            }
            out.push('}');
        }
    }
    true
}

/// Go's `encoding/json` float64 text: shortest round-trip digits, plain decimal for
/// 1e-6 ≤ |f| < 1e21, otherwise exponent form with `e-7` (not `e-07`) and `e+21`.
pub fn format_go_float(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sign = if f < 0.0 { "-" } else { "" };
    let abs = f.abs();
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-7" / "de21".
    let sci = format!("{abs:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(1e-6..1e21).contains(&abs) {
        let exp_text = if exp < 0 { format!("-{}", -exp) } else { format!("+{exp:02}") };
        return format!("{sign}{mantissa}e{exp_text}");
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
            (1e20, "100000000000000000000"),
            (0.000001, "0.000001"),
            (0.0000001, "1e-7"),
            (1.5e-10, "1.5e-10"),
            (1.5, "1.5"),
            (100.0, "100"),
            (-0.0, "-0"),
            (0.0, "0"),
            (-2.5, "-2.5"),
            (123456789.123, "123456789.123"),
            (1.5e300, "1.5e+300"),
        ];
        for (f, want) in cases {
            assert_eq!(format_go_float(f), want, "{f}");
        }
    }

    #[test]
    fn objects_are_sorted_at_every_depth_the_go_way() {
        assert_eq!(
            sort_json_response(r#"{"jsonrpc":"2.0","id":1,"result":"0x1"}"#),
            r#"{"id":1,"jsonrpc":"2.0","result":"0x1"}"#
        );
        assert_eq!(
            sort_json_response(r#" {"é":1,"a":{"z":[{"y":1,"b":2}],"B":null},"B":"<&>"} "#),
            r#"{"B":"\u003c\u0026\u003e","a":{"B":null,"z":[{"b":2,"y":1}]},"é":1}"#
        );
        assert_eq!(
            sort_json_response(r#"{"n":12345678901234567890,"m":1e21,"k":1.50}"#),
            r#"{"k":1.5,"m":1e+21,"n":12345678901234567000}"#
        );
    }

    #[test]
    fn everything_else_passes_through_unchanged() {
        for body in [
            r#"[{"b":1,"a":2}]"#,
            "not json",
            "42",
            r#""text""#,
            r#"{"a":1} trailing"#,
            r#"{"big":1e400}"#,
            "",
        ] {
            assert_eq!(sort_json_response(body), body);
        }
        let sorted = r#"{"id":1,"jsonrpc":"2.0","result":"0x10d4f"}"#;
        assert_eq!(sort_json_response(sorted), sorted);
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(sort_json_response(r#"{"a":"\ud800"}"#), "{\"a\":\"\u{FFFD}\"}");
    }

    proptest! {
        #[test]
        fn sorting_is_idempotent_and_keeps_the_value(keys in proptest::collection::vec("[a-zA-Z<&]{0,4}", 0..6), n in -1e6f64..1e6) {
            let mut map = serde_json::Map::new();
            for (i, k) in keys.iter().enumerate() {
                map.insert(k.clone(), serde_json::json!([i, n, k]));
            }
            let body = Value::Object(map).to_string();
            let once = sort_json_response(&body);
            prop_assert_eq!(sort_json_response(&once), once.clone());
            let a: Value = serde_json::from_str(&once).unwrap();
            let b: Value = serde_json::from_str(&body).unwrap();
            prop_assert_eq!(a.as_object().unwrap().len(), b.as_object().unwrap().len());
        }
    }
}

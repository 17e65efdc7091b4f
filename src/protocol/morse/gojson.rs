//! Go `encoding/json` compatible encoding, as pocket-core (Go 1.21) marshals the structures it
//! hashes. serde_json differs from Go on several points (HTML escapes, U+2028/U+2029, `\b`/`\f`),
//! so hashing goes through this small dedicated encoder instead.
//!
//! Rules (docs/protocol.md §3): struct fields in declaration order, map keys sorted byte-wise, nil map
//! as `null`, compact output, plain decimal integers, and Go's default string escaping.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What a byte needs when it appears in a Go JSON string.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    Short(u8),
    Unicode,
    /// 0xE2: the first byte of U+2028 and U+2029 (E2 80 A8 / E2 80 A9), which Go escapes for
    /// JavaScript's sake; other characters starting with it pass through.
    MaybeLineSep,
}

const fn escape_table() -> [Escape; 256] {
    let mut table = [Escape::None; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = Escape::Unicode;
        b += 1;
    }
    table[b'\n' as usize] = Escape::Short(b'n');
    table[b'\r' as usize] = Escape::Short(b'r');
    table[b'\t' as usize] = Escape::Short(b't');
    table[b'"' as usize] = Escape::Short(b'"');
    table[b'\\' as usize] = Escape::Short(b'\\');
    // Go escapes these for safe embedding in HTML (escapeHTML defaults to true in Marshal).
    table[b'<' as usize] = Escape::Unicode;
    table[b'>' as usize] = Escape::Unicode;
    table[b'&' as usize] = Escape::Unicode;
    table[0xE2] = Escape::MaybeLineSep;
    table
}

static ESCAPE: [Escape; 256] = escape_table();
const HEX: &[u8; 16] = b"0123456789abcdef";

/// The bytes of `w` that may need escaping, as each byte's high bit: below 0x20, `"`, `&`, `<`,
/// `>`, `\\`, or not ASCII (0xE2 may start U+2028 or U+2029). A byte's test can also flag bytes
/// above it (a borrow carries upward), never below: the lowest flag is always a byte that may
/// need escaping, and every byte under it needs none.
fn escape_flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Flags a zero byte of `v`.
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    // `"` 0x22 and `&` 0x26 differ only in bit 2, `<` 0x3C and `>` 0x3E only in bit 1.
    let quote_or_ampersand = zero_byte((w | (ONES * 0x04)) ^ (ONES * 0x26));
    let angle = zero_byte((w | (ONES * 0x02)) ^ (ONES * 0x3E));
    let backslash = zero_byte(w ^ (ONES * 0x5C));
    (w & HIGH) | below_space | quote_or_ampersand | angle | backslash
}

/// Appends `s` as a JSON string literal (quotes included), escaped exactly as Go 1.21 does.
pub fn write_str(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push('"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time (hex, base64, most text pass whole words), landing on the first
        // byte that may need escaping: JSON inside JSON has a quote every few bytes.
        if let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let flags = escape_flags(u64::from_le_bytes(chunk));
            if flags == 0 {
                i += 8;
                continue;
            }
            i += flags.trailing_zeros() as usize / 8;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let escape = ESCAPE[b as usize];
        if escape == Escape::None {
            i += 1;
            continue;
        }
        if escape == Escape::MaybeLineSep {
            let separator = match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0xA8)) => "\\u2028",
                (Some(0x80), Some(0xA9)) => "\\u2029",
                _ => {
                    i += 1;
                    continue;
                }
            };
            out.push_str(&s[start..i]);
            out.push_str(separator);
            i += 3;
            start = i;
            continue;
        }
        // `start..i` ends on an ASCII byte or a char boundary, so it is valid UTF-8.
        out.push_str(&s[start..i]);
        match escape {
            Escape::Short(c) => {
                out.push('\\');
                out.push(c as char);
            }
            _ => {
                out.push_str("\\u00");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 0xF) as usize] as char);
            }
        }
        i += 1;
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// `s` as a Go JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str(&mut out, s);
    out
}

/// Writes one JSON object field by field, in the order given (Go struct field order).
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    /// Continues an object whose closing `}` was removed from `out` (it has fields already).
    pub fn continue_object(out: &'a mut String) -> Self {
        ObjectWriter { out, empty: false }
    }

    /// A string known to need no escaping (hex we produced ourselves): no scan.
    pub fn hex(&mut self, key: &'static str, hex: &str) -> &mut Self {
        debug_assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()));
        self.key(key);
        self.out.push('"');
        self.out.push_str(hex);
        self.out.push('"');
        self
    }

    /// A Go struct field name: a literal that needs no escaping, so it is not scanned (about 30
    /// per relay).
    fn key(&mut self, key: &'static str) {
        debug_assert!(key.bytes().all(|b| ESCAPE[b as usize] == Escape::None), "{key:?} needs escaping");
        self.separate();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A map key, which may need escaping.
    fn map_key(&mut self, key: &str) {
        self.separate();
        write_str(self.out, key);
        self.out.push(':');
    }

    fn separate(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
    }

    pub fn string(&mut self, key: &'static str, value: &str) -> &mut Self {
        self.key(key);
        write_str(self.out, value);
        self
    }

    pub fn int(&mut self, key: &'static str, value: i64) -> &mut Self {
        self.key(key);
        self.out.push_str(itoa::Buffer::new().format(value));
        self
    }

    /// Starts a nested object under `key`; finish it before writing the next field.
    pub fn object(&mut self, key: &'static str) -> ObjectWriter<'_> {
        self.key(key);
        ObjectWriter::new(self.out)
    }

    /// A value that is already encoded JSON.
    pub fn raw(&mut self, key: &'static str, json: &str) -> &mut Self {
        self.key(key);
        self.out.push_str(json);
        self
    }

    /// A Go `map[string]string`: `null` when nil, otherwise keys in byte order.
    pub fn string_map(&mut self, key: &'static str, map: Option<&BTreeMap<String, String>>) -> &mut Self {
        self.key(key);
        match map {
            None => self.out.push_str("null"),
            Some(map) => {
                // BTreeMap<String, _> iterates in byte-wise order, which is how Go sorts map keys.
                let mut inner = ObjectWriter::new(self.out);
                for (k, v) in map {
                    inner.map_key(k);
                    write_str(inner.out, v);
                }
                inner.finish();
            }
        }
        self
    }

    pub fn finish(self) {
        self.out.push('}');
    }
}

/// Encodes a JSON value the way Go marshals the same value decoded into `interface{}`
/// (objects become maps with sorted keys; numbers are kept as written by serde_json).
pub fn encode_value(value: &serde_json::Value, out: &mut String) {
    let as_written = |n: &serde_json::Number, out: &mut String| -> Result<(), std::convert::Infallible> {
        let _ = write!(out, "{n}");
        Ok(())
    };
    let Ok(()) = encode_value_with(value, out, &as_written);
}

/// [`encode_value`] with a caller-chosen number encoding, which may refuse a number (the
/// encoding then stops with its error).
pub fn encode_value_with<E>(
    value: &serde_json::Value,
    out: &mut String,
    number: &impl Fn(&serde_json::Number, &mut String) -> Result<(), E>,
) -> Result<(), E> {
    use serde_json::Value;
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(n, out)?,
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                encode_value_with(item, out, number)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                encode_value_with(v, out, number)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(s: &str) -> String {
        quote(s)
    }

    #[test]
    fn plain_text_is_untouched() {
        assert_eq!(q("hello world"), r#""hello world""#);
        assert_eq!(q(""), r#""""#);
    }

    #[test]
    fn quote_and_backslash_use_short_escapes() {
        assert_eq!(q(r#"a"b\c"#), r#""a\"b\\c""#);
    }

    #[test]
    fn newline_return_tab_use_short_escapes() {
        assert_eq!(q("a\nb\rc\td"), r#""a\nb\rc\td""#);
    }

    #[test]
    fn html_characters_are_unicode_escaped() {
        assert_eq!(q("<b>&"), r#""\u003cb\u003e\u0026""#);
    }

    /// Character by character, as Go's encodeState.string decides it.
    fn reference(s: &str) -> String {
        let mut out = String::from('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '<' | '>' | '&' | '\u{0}'..='\u{1f}' | '\u{2028}' | '\u{2029}' => {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    #[test]
    fn every_special_character_at_every_offset_is_escaped_as_go_does() {
        let specials = [
            '"', '\\', '<', '>', '&', '\u{0}', '\u{1f}', '\n', '\u{7f}', 'é', '€', '\u{2028}', '\u{2029}',
            '\u{2027}',
        ];
        for len in 1..12 {
            for at in 0..len {
                for c in specials {
                    let s: String =
                        (0..len).map(|i| if i == at { c } else { (b'a' + i as u8) as char }).collect();
                    assert_eq!(q(&s), reference(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn line_and_paragraph_separators_are_escaped() {
        assert_eq!(q("a\u{2028}b\u{2029}c"), r#""a\u2028b\u2029c""#);
        // Neighbours of U+2028 in the same block stay raw.
        assert_eq!(q("\u{2027}\u{202A}"), "\"\u{2027}\u{202A}\"");
        assert_eq!(q("€\u{2028}€"), "\"€\\u2028€\"");
    }

    #[test]
    fn backspace_and_formfeed_use_go_1_21_unicode_forms() {
        assert_eq!(q("\u{8}\u{c}"), r#""\u0008\u000c""#);
    }

    #[test]
    fn other_controls_are_lowercase_unicode_escapes() {
        assert_eq!(q("\u{0}\u{1}\u{1f}\u{1b}"), r#""\u0000\u0001\u001f\u001b""#);
    }

    #[test]
    fn slash_del_and_non_ascii_are_raw() {
        assert_eq!(q("/\u{7f}é😀"), "\"/\u{7f}é😀\"");
    }

    #[test]
    fn object_writer_keeps_field_order_and_sorts_maps() {
        let mut headers = BTreeMap::new();
        for (k, v) in [("b", "2"), ("B", "3"), ("a", "1"), ("Content-Type", "x")] {
            headers.insert(k.to_string(), v.to_string());
        }
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out);
        w.string("z", "1").int("a", -5).string_map("headers", Some(&headers));
        w.string_map("none", None).string_map("empty", Some(&BTreeMap::new()));
        w.finish();
        assert_eq!(
            out,
            r#"{"z":"1","a":-5,"headers":{"B":"3","Content-Type":"x","a":"1","b":"2"},"none":null,"empty":{}}"#
        );
    }

    #[test]
    fn encode_value_sorts_keys_and_escapes() {
        let v: serde_json::Value = serde_json::from_str(r#"{"b":[1,"<"],"a":{"y":null,"x":true}}"#).unwrap();
        let mut out = String::new();
        encode_value(&v, &mut out);
        assert_eq!(out, r#"{"a":{"x":true,"y":null},"b":[1,"\u003c"]}"#);
    }

    /// The byte `escape_flags` lands on: the lowest flagged one, or 8 for none.
    fn first_flag(word: [u8; 8]) -> usize {
        escape_flags(u64::from_le_bytes(word)).trailing_zeros() as usize / 8
    }

    #[test]
    fn every_byte_value_is_judged_as_the_table_judges_it() {
        // Each ASCII byte alone in an otherwise plain eight-byte word, at each position.
        for b in 0u8..0x80 {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = b;
                let expected = if ESCAPE[b as usize] == Escape::None { 8 } else { at };
                assert_eq!(first_flag(word), expected, "byte {b:#04x} at {at}");
            }
        }
        for b in 0x80u8..=0xFF {
            assert_eq!(first_flag([b'a', b'a', b'a', b, b'a', b'a', b'a', b'a']), 3);
        }
    }

    #[test]
    fn the_lowest_flag_is_exact_whatever_is_above_it() {
        // Every pair of byte values, at four pairs of positions: the flags land on the first
        // byte that may need escaping, though borrows may flag bytes above it.
        let may = |b: u8| b >= 0x80 || ESCAPE[b as usize] != Escape::None;
        for a in 0u8..=0xFF {
            for b in 0u8..=0xFF {
                for (i, j) in [(0, 1), (2, 3), (0, 7), (5, 6)] {
                    let mut word = *b"abcdefgh";
                    word[i] = a;
                    word[j] = b;
                    let expected = if may(a) {
                        i
                    } else if may(b) {
                        j
                    } else {
                        8
                    };
                    assert_eq!(first_flag(word), expected, "{a:#04x} at {i}, {b:#04x} at {j}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn the_fast_path_writes_what_go_writes(
            // Plain runs long enough for whole eight-byte words, between special characters.
            s in proptest::collection::vec(
                prop_oneof!["[a-z0-9 /\u{7f}]{0,20}", "[\"\\\\<>&\n\r\t\u{1}\u{8}\u{c}\u{1f}é€\u{2027}\u{2028}\u{2029}😀]"],
                0..12,
            ).prop_map(|parts| parts.concat())
        ) {
            prop_assert_eq!(q(&s), reference(&s));
        }

        #[test]
        fn any_string_round_trips_through_a_json_parser(s in any::<String>()) {
            let encoded = q(&s);
            let back: String = serde_json::from_str(&encoded).unwrap();
            prop_assert_eq!(back, s);
        }

        #[test]
        fn output_never_contains_raw_html_controls_or_separators(s in any::<String>()) {
            let encoded = q(&s);
            let inner = &encoded[1..encoded.len() - 1];
            let forbidden = ['<', '>', '&', '\u{2028}', '\u{2029}'];
            prop_assert!(!inner.contains(forbidden), "raw special character in {}", encoded);
            prop_assert!(!inner.bytes().any(|b| b < 0x20));
        }

        #[test]
        fn printable_ascii_without_specials_is_unchanged(s in "[a-zA-Z0-9 /.,:;!?=+-]*") {
            prop_assert_eq!(q(&s), format!("\"{s}\""));
        }

        #[test]
        fn maps_round_trip(m in proptest::collection::btree_map(any::<String>(), any::<String>(), 0..6)) {
            let mut out = String::new();
            let mut w = ObjectWriter::new(&mut out);
            w.string_map("h", Some(&m));
            w.finish();
            let back: serde_json::Value = serde_json::from_str(&out).unwrap();
            let back: BTreeMap<String, String> = serde_json::from_value(back["h"].clone()).unwrap();
            prop_assert_eq!(back, m);
        }
    }
}

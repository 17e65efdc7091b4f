//! The one redaction rule for what pgw echoes in errors and warnings: a value that looks like
//! key material (hex) is never shown, and a URL's credentials (`user:password@`) never are.
//!
//! - [`quoted`] is for echoing one value a user gave (a key name, a flag's value): shown quoted,
//!   unless it looks like key material (at least 32 hex digits making up three quarters of it),
//!   then only its length is; a long value is cut at 64 characters.
//! - [`url`] and [`text`] hide URL credentials; [`text`] also hides any run of more than 64
//!   hex digits (a private key is 128, a seed 64; public keys, hashes and addresses are at
//!   most 64, or 66 for a Shannon compressed public key, which is shown), for whole error lines.

use std::borrow::Cow;

/// Hex digits that make a value "key-like".
const KEY_LIKE_HEX: usize = 32;
/// Longest hex run a line may show (a public key or a hash).
const MAX_HEX_RUN: usize = 64;
/// Longest value echoed by [`quoted`].
const MAX_ECHO: usize = 64;

/// Whether `value` looks like (part of) a private key: at least 32 hex digits, and hex digits
/// are at least three quarters of its characters.
pub fn looks_like_key(value: &str) -> bool {
    let total = value.chars().count();
    let hex = value.chars().filter(char::is_ascii_hexdigit).count();
    hex >= KEY_LIKE_HEX && hex * 4 >= total * 3
}

/// A user-given value for an error message: `"name"`, or a description when it looks like key
/// material, or its start when it is long.
pub fn quoted(value: &str) -> String {
    let total = value.chars().count();
    if looks_like_key(value) {
        return format!("(a {total}-character value that looks like key material, not shown)");
    }
    if total > MAX_ECHO {
        let start: String = value.chars().take(MAX_ECHO).collect();
        return format!("{:?}… ({total} characters)", start);
    }
    format!("{value:?}")
}

/// A URL without the password (and user) of its `user:password@` part.
pub fn url(url: &str) -> Cow<'_, str> {
    text_urls(url)
}

/// A whole message with URL credentials and long hex runs hidden.
pub fn text(message: &str) -> Cow<'_, str> {
    let urls = text_urls(message);
    if let Cow::Owned(hidden) = hex_runs(&urls) {
        return Cow::Owned(hidden);
    }
    urls
}

/// Replaces the userinfo of every `scheme://user:pw@host` in `text` by `***`.
fn text_urls(text: &str) -> Cow<'_, str> {
    // The userinfo of each authority that follows a "://", wherever it starts (one URL's
    // authority may end where the next "://" begins: "a://u@h://v@k").
    let mut hidden: Vec<(usize, usize)> = Vec::new();
    for (at, _) in text.match_indices("://") {
        let start = at + 3;
        let tail = &text[start..];
        let end = tail
            .find(|c: char| matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '`') || c.is_whitespace())
            .unwrap_or(tail.len());
        if let Some(userinfo) = tail[..end].rfind('@') {
            hidden.push((start, start + userinfo));
        }
    }
    if hidden.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in hidden {
        if start < copied {
            // Overlaps the previous range: hide up to the later end.
            if end > copied {
                copied = end;
            }
            continue;
        }
        out.push_str(&text[copied..start]);
        out.push_str("***");
        copied = end;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Replaces every run of more than 64 hex digits by its length.
fn hex_runs(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_hexdigit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
            i += 1;
        }
        // A Shannon public key (33 bytes: 02/03 and X) is public, whatever its length.
        let compressed_point = i - start == 66 && matches!(&bytes[start..start + 2], b"02" | b"03");
        if i - start > MAX_HEX_RUN && !compressed_point {
            out.push_str(&text[copied..start]);
            out.push_str(&format!("({} hex characters, not shown)", i - start));
            copied = i;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "3fe64039816c44e8872e4ef981725b968422e3d49e95a1eb800707591df30fe374039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";

    #[test]
    fn key_like_values_are_never_echoed() {
        let near = &KEY[..127];
        assert_eq!(quoted(near), "(a 127-character value that looks like key material, not shown)");
        assert_eq!(
            quoted(&format!("{KEY}ab")),
            "(a 130-character value that looks like key material, not shown)"
        );
        let non_hex = format!("{}zz", &KEY[..126]);
        assert_eq!(quoted(&non_hex), "(a 128-character value that looks like key material, not shown)");
        // A seed with a few wrong characters.
        let seed = format!("{}xy{}", &KEY[..30], &KEY[32..64]);
        assert!(looks_like_key(&seed));
        assert_eq!(quoted("my-app"), "\"my-app\"");
        assert_eq!(quoted("facade-decade"), "\"facade-decade\"");
        let long = "n".repeat(100);
        assert_eq!(quoted(&long), format!("\"{}\"… (100 characters)", "n".repeat(64)));
    }

    #[test]
    fn url_credentials_are_hidden() {
        assert_eq!(url("http://user:pw@127.0.0.1:8081"), "http://***@127.0.0.1:8081");
        assert_eq!(url("https://token@dispatch.example.org/v1"), "https://***@dispatch.example.org/v1");
        assert_eq!(url("http://127.0.0.1:8081"), "http://127.0.0.1:8081");
        assert_eq!(
            text("dispatcher http://a:b@h:1 failed; http://c:d@e/x?y@z too"),
            "dispatcher http://***@h:1 failed; http://***@e/x?y@z too"
        );
        assert!(matches!(text("no urls here"), Cow::Borrowed(_)));
        assert_eq!(text("http://a@b://c@d"), "http://***@b://***@d");
        assert_eq!(text("x://@h"), "x://***@h");
    }

    #[test]
    fn long_hex_runs_are_hidden_in_lines() {
        assert_eq!(text(&format!("bad key {KEY}!")), "bad key (128 hex characters, not shown)!");
        let public = &KEY[64..];
        assert_eq!(text(&format!("key {public}")), format!("key {public}"));
        let shannon = "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";
        assert_eq!(text(&format!("key {shannon}")), format!("key {shannon}"));
        let not_a_point = format!("05{}", &shannon[2..]);
        assert_eq!(text(&format!("key {not_a_point}")), "key (66 hex characters, not shown)");
        assert_eq!(text("é and ünïcode"), "é and ünïcode");
    }
}

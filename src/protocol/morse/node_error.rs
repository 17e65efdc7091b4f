//! A pocket-core `sdk.Error` as a node reports it: a code, the codespace and a message.

use serde::Serialize;

use super::codes::{self, CODESPACE, ErrorInfo};
use super::gojson::ObjectWriter;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NodeError {
    pub code: u32,
    pub codespace: &'static str,
    pub message: String,
}

impl NodeError {
    pub fn new(code: u32, message: impl Into<String>) -> Self {
        NodeError { code, codespace: CODESPACE, message: message.into() }
    }

    /// The catalogue's message for `code` (for errors whose text never varies).
    pub fn from_code(code: u32) -> Self {
        let message = codes::lookup(code).map_or("", |info| info.message);
        Self::new(code, message)
    }

    pub fn info(&self) -> Option<&'static ErrorInfo> {
        codes::lookup(self.code)
    }

    /// Go's `sdkError.Error()` text, used when an sdk error is nested inside another message
    /// (e.g. inside code 4's "the application authentication token is invalid : …").
    pub fn to_sdk_string(&self) -> String {
        format!(
            "ERROR:\nCodespace: {}\nCode: {}\nMessage: {}\n",
            self.codespace,
            self.code,
            go_quote(&self.message)
        )
    }

    /// The `error` object of a relay error response, keys sorted as pocket-core writes them.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out);
        w.int("code", i64::from(self.code))
            .string("codespace", self.codespace)
            .string("message", &self.message);
        w.finish();
        out
    }
}

/// Go's `%q` for the plain messages pocket-core uses.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_string_matches_pocket_core() {
        let e = NodeError::new(42, "the public key is not the correct cap");
        assert_eq!(
            e.to_sdk_string(),
            "ERROR:\nCodespace: pocketcore\nCode: 42\nMessage: \"the public key is not the correct cap\"\n"
        );
    }

    #[test]
    fn json_has_sorted_keys() {
        let e = NodeError::new(60, "the block height passed is invalid");
        assert_eq!(
            e.to_json(),
            r#"{"code":60,"codespace":"pocketcore","message":"the block height passed is invalid"}"#
        );
    }
}

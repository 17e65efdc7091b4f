//! The one sanitizer for text on its way to a terminal: whatever a node, a dispatcher or a
//! file says, no control character (ESC sequences that clear or recolour the screen, BEL, NUL,
//! C1 controls, bidirectional overrides) reaches stderr or a table raw. They are shown escaped
//! (`\u{1b}[2J`), so the text stays readable and nothing is hidden.
//!
//! [`terminal`] keeps line breaks and tabs (multi-line detail, tables); [`one_line`] is for
//! error lines: it also flattens pocket-core's nested `ERROR:\nCodespace: …\nCode: …\nMessage:
//! …` text into `code N (codespace): message`, turns line breaks into spaces, and caps the
//! length at [`MAX_LINE`] characters.

use std::borrow::Cow;

/// Longest error or warning line, in characters (longer ones end with "… (N more characters)").
pub const MAX_LINE: usize = 2000;

/// Whether `c` must not reach a terminal raw.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        // Bidirectional embeddings, overrides and isolates reorder what follows them.
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

fn escape(c: char, out: &mut String) {
    match c {
        '\0' => out.push_str("\\0"),
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `text` with every control character escaped except line breaks (`\n`) and tabs.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && c != '\n' && c != '\t' {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One safe line: nested pocket-core errors flattened, line breaks as spaces, other control
/// characters escaped, at most [`MAX_LINE`] characters.
pub fn one_line(text: &str) -> String {
    let flat = flatten_sdk_errors(text);
    let mut out = String::with_capacity(flat.len().min(MAX_LINE * 4 + 64));
    // Characters written so far (an escape counts as what it shows: `\u{1b}` is 6).
    let mut shown = 0;
    let mut chars = flat.trim_end().chars();
    while let Some(c) = chars.next() {
        let before = out.len();
        match c {
            '\n' | '\r' | '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if is_unsafe(c) => escape(c, &mut out),
            c => out.push(c),
        }
        shown += out[before..].chars().count();
        if shown >= MAX_LINE && chars.clone().next().is_some() {
            let more = chars.count();
            out.push_str(&format!("… ({more} more characters)"));
            return out;
        }
    }
    out
}

/// `ERROR:\nCodespace: pocketcore\nCode: 6\nMessage: "m"\n` (Go's `sdkError.Error()`, nested in
/// other messages) becomes `code 6 (pocketcore): m`.
fn flatten_sdk_errors(text: &str) -> Cow<'_, str> {
    const START: &str = "ERROR:\nCodespace: ";
    if !text.contains(START) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let tail = &rest[at + START.len()..];
        let parsed = (|| {
            let (codespace, tail) = tail.split_once("\nCode: ")?;
            let (code, tail) = tail.split_once("\nMessage: ")?;
            let (message, tail) = tail.split_once('\n').unwrap_or((tail, ""));
            let code: u32 = code.trim().parse().ok()?;
            Some((codespace, code, message, tail))
        })();
        match parsed {
            Some((codespace, code, message, tail)) => {
                let message = message.trim();
                let message = message
                    .strip_prefix('"')
                    .and_then(|m| m.strip_suffix('"'))
                    .map(|m| m.replace("\\\"", "\"").replace("\\\\", "\\"))
                    .unwrap_or_else(|| message.to_string());
                out.push_str(&format!("code {code} ({codespace}): {message}"));
                rest = tail;
            }
            None => {
                out.push_str(START);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The invariants fuzz/fuzz_targets/network_text.rs checks, on random text with
        /// controls, hex and URLs mixed in.
        #[test]
        fn every_printed_line_is_safe(s in "([\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202e}a-f0-9:/@ ]|http://u:p@h|ERROR:\nCodespace: x\nCode: 1\nMessage: m\n){0,400}") {
            let line = one_line(&crate::redact::text(&s));
            prop_assert!(!line.chars().any(|c| c.is_control()), "{:?}", line);
            prop_assert!(line.chars().count() <= MAX_LINE + 40);
            prop_assert!(!line.contains("u:p@"));
            let shown = terminal(&s);
            prop_assert!(!shown.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t'), "{:?}", shown);
        }
    }

    #[test]
    fn escapes_reach_the_terminal_escaped() {
        assert_eq!(
            terminal("http://n1\u{1b}[2J\u{1b}[31mred\u{7}"),
            "http://n1\\u{1b}[2J\\u{1b}[31mred\\u{7}"
        );
        assert_eq!(terminal("a\0b\u{9b}c\u{202e}d"), "a\\0b\\u{9b}c\\u{202e}d");
        assert_eq!(terminal("two\nlines\tok"), "two\nlines\tok");
        assert!(matches!(terminal("plain ünïcode"), Cow::Borrowed(_)));
    }

    #[test]
    fn error_lines_are_one_line() {
        let nested = "aat.json: the AAT is invalid (ERROR:\nCodespace: pocketcore\nCode: 6\nMessage: \"the public key is not a valid hex string\"\n); check it with `pgw aat verify`";
        assert_eq!(
            one_line(nested),
            "aat.json: the AAT is invalid (code 6 (pocketcore): the public key is not a valid hex string); check it with `pgw aat verify`"
        );
        assert_eq!(one_line("a\nb\r\nc\u{1b}[2J"), "a b c\\u{1b}[2J");
        assert_eq!(one_line("ERROR:\nCodespace: x\nbroken"), "ERROR: Codespace: x broken");
    }

    #[test]
    fn long_lines_are_capped() {
        let long = "x".repeat(100_000);
        let line = one_line(&long);
        assert_eq!(line, format!("{}… (98000 more characters)", "x".repeat(MAX_LINE)));
        assert_eq!(one_line(&"y".repeat(MAX_LINE)), "y".repeat(MAX_LINE));
        // Escapes count as what they show.
        let escapes = one_line(&"\u{1b}".repeat(1000));
        assert_eq!(escapes, format!("{}… (666 more characters)", "\\u{1b}".repeat(334)));
    }
}

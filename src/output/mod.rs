//! Everything pgw writes. stdout carries only the result (a table or JSON); warnings, notes and
//! errors go to stderr.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::error::Error;

pub mod bench;
pub mod checklist;
pub mod progress;
pub mod sanitize;
pub mod table;

/// How results are written (`--output`: `cli::values::OutputFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Tables and text for people.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
    /// Hex text (`proof sign --protocol shannon` only).
    Hex,
    /// Base64 text (`proof sign --protocol shannon` only).
    Base64,
    /// The raw bytes (`proof sign --protocol shannon` only).
    Raw,
}

impl Format {
    /// Whether this is one of the byte encodings only `proof sign --protocol shannon` prints.
    pub fn is_encoding(self) -> bool {
        matches!(self, Format::Hex | Format::Base64 | Format::Raw)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub verbose: u8,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, verbose: u8) -> Self {
        Printer { format, quiet, verbose }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// Prints a result: `json` with `--output json`, otherwise the text `table` renders.
    pub fn result<T: Serialize + ?Sized>(&self, json: &T, table: impl FnOnce() -> String) -> io::Result<()> {
        let text = match self.format {
            Format::Json => {
                let mut text = serde_json::to_string_pretty(json).map_err(io::Error::other)?;
                text.push('\n');
                text
            }
            Format::Table | Format::Hex | Format::Base64 | Format::Raw => table(),
        };
        self.stdout(text.as_bytes())
    }

    /// Writes bytes to stdout exactly as given.
    pub fn stdout(&self, bytes: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()
    }

    pub fn stdout_is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }

    /// A warning on stderr (hidden by `-q`).
    pub fn warn(&self, message: &str) {
        if !self.quiet {
            stderr_line(&format!("pgw: warning: {}", sanitize::one_line(message)));
        }
    }

    /// A status line on stderr ("wrote FILE"), hidden by `-q`.
    pub fn status(&self, message: &str) {
        if !self.quiet {
            stderr_line(message);
        }
    }

    /// Extra detail on stderr, shown with `-v`.
    pub fn detail(&self, message: &str) {
        if self.shows_detail() {
            stderr_line(message);
        }
    }

    /// Whether [`detail`](Self::detail) prints (`-v` without `-q`).
    pub fn shows_detail(&self) -> bool {
        self.verbose > 0 && !self.quiet
    }

    /// Reports a failure: one line on stderr, plus a JSON error object on stdout with
    /// `--output json`. Returns the exit code.
    /// The line is [`sanitize::one_line`] of the message with [`crate::redact::text`] applied.
    pub fn error(&self, err: &Error) -> u8 {
        let message = error_message(err);
        stderr_line(&format!("pgw: error: {message}"));
        if self.is_json() {
            let mut error = serde_json::json!({
                "kind": err.kind(), "message": message, "exit_code": err.exit_code()
            });
            if let (Some(details), Some(map)) = (err.details(), error.as_object_mut()) {
                map.insert("details".into(), details.clone());
            }
            let body = serde_json::json!({ "error": error });
            let _ = self.stdout(format!("{body:#}\n").as_bytes());
        }
        err.exit_code()
    }
}

/// An error's message as pgw shows it: one line, no control characters, no key material or
/// URL credentials, at most [`sanitize::MAX_LINE`] characters.
pub fn error_message(err: &Error) -> String {
    sanitize::one_line(&crate::redact::text(&err.to_string()))
}

/// Writes one line to stderr, with control characters escaped and URL credentials and key-like
/// hex hidden. A closed or full stderr must never abort a command (eprintln! would panic), so
/// write errors are ignored.
pub fn stderr_line(line: &str) {
    let line = crate::redact::text(line);
    let line = sanitize::terminal(&line);
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// Writes a prompt to stderr without a newline.
pub fn stderr_prompt(prompt: &str) {
    let mut err = io::stderr().lock();
    let _ = write!(err, "{prompt}");
    let _ = err.flush();
}

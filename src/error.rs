//! pgw's error type and its documented exit codes (docs/output.md).

use std::path::Path;

/// Exit status when every step succeeded.
pub const EXIT_OK: u8 = 0;
/// The command ran, and what it checked is invalid (e.g. `proof verify` found a failing check).
pub const EXIT_CHECK_FAILED: u8 = 1;
/// Bad usage or bad input: flags, hex, JSON, chain names, numbers out of range.
pub const EXIT_USAGE: u8 = 2;
/// A file could not be read or written.
pub const EXIT_IO: u8 = 3;
/// Key material is missing, malformed or inconsistent.
pub const EXIT_KEY: u8 = 4;
/// No session: every dispatcher was unreachable, or one refused the dispatch.
pub const EXIT_DISPATCH: u8 = 5;
/// The relay failed on every attempt (nodes down, timing out, answering garbage or bad
/// signatures), or no usable node was left.
pub const EXIT_RELAY: u8 = 6;
/// A node refused the relay with a pocket-core code that retrying cannot fix.
pub const EXIT_REJECTED: u8 = 7;
/// `--consensus`: no answer was given by more than half of the nodes asked.
pub const EXIT_NO_CONSENSUS: u8 = 8;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags, arguments or input values.
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("{0}")]
    Key(String),
    /// A network or relay failure (exit codes 5–8); `details` goes into the JSON error object.
    #[error("{message}")]
    Network { kind: &'static str, exit: u8, message: String, details: Option<serde_json::Value> },
    /// Writing the result failed (a closed pipe is not reported: see `main`).
    #[error("cannot write to stdout: {0}")]
    Stdout(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub fn key(message: impl Into<String>) -> Self {
        Error::Key(message.into())
    }

    /// An I/O failure on `path`, worded for people ("No such file or directory (os error 2)" →
    /// "cannot read: no such file or directory").
    pub fn io(action: &str, path: &Path, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        Error::Io { path: path.display().to_string(), message: format!("cannot {action}: {reason}") }
    }

    /// Structured details for the JSON error object (attempts, pocket-core codes).
    pub fn details(&self) -> Option<&serde_json::Value> {
        match self {
            Error::Network { details, .. } => details.as_ref(),
            _ => None,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => EXIT_USAGE,
            Error::Io { .. } | Error::Stdout(_) => EXIT_IO,
            Error::Key(_) => EXIT_KEY,
            Error::Network { exit, .. } => *exit,
        }
    }

    /// A stable name for `--output json` error objects.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Usage(_) => "usage",
            Error::Io { .. } | Error::Stdout(_) => "io",
            Error::Key(_) => "key",
            Error::Network { kind, .. } => kind,
        }
    }
}

impl From<crate::keystore::KeystoreError> for Error {
    fn from(err: crate::keystore::KeystoreError) -> Self {
        err.into_error()
    }
}

//! pgw's error type and its documented exit codes (docs/output.md).

use std::path::Path;

use crate::fsutil::FileError;
use crate::keystore::KeystoreError;

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
/// The network refused a query or a transaction: not found, a CheckTx or DeliverTx code, or a
/// pre-check before signing (balance, supported chains).
pub const EXIT_REFUSED: u8 = 9;

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
        FileError::new(action, path, err).into()
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

impl From<FileError> for Error {
    fn from(e: FileError) -> Self {
        Error::Io { path: e.path.display().to_string(), message: e.message }
    }
}

/// Names and existing keys are usage errors (2), I/O and locking are I/O errors (3), and
/// missing, corrupt or undecryptable keys are key errors (4). The message is the keystore's.
impl From<KeystoreError> for Error {
    fn from(err: KeystoreError) -> Self {
        match err {
            KeystoreError::InvalidName { .. }
            | KeystoreError::AddressName { .. }
            | KeystoreError::Exists { .. }
            | KeystoreError::Ambiguous { .. } => Error::usage(err.to_string()),
            KeystoreError::Io { path, message } => Error::Io { path: path.display().to_string(), message },
            KeystoreError::Locked { ref path } => {
                let path = path.display().to_string();
                let full = err.to_string();
                let message = full.strip_prefix(&format!("{path}: ")).unwrap_or(&full).to_owned();
                Error::Io { path, message }
            }
            KeystoreError::NotFound { .. }
            | KeystoreError::Corrupt { .. }
            | KeystoreError::UnknownVersion { .. }
            | KeystoreError::WrongPassphrase { .. }
            | KeystoreError::WrongProtocol { .. }
            | KeystoreError::BadKey { .. } => Error::key(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn keystore_errors_are_one_line_and_map_to_exit_codes() {
        let p = || PathBuf::from("/k/a.json");
        let address = "f7b4b4c1e6a2d1b8a3c5e0f9d2b7a6c4e1d0f3a9";
        let cases = [
            (KeystoreError::InvalidName { name: "a\nb".into() }, EXIT_USAGE),
            (KeystoreError::NotFound { query: "x".into(), dir: p() }, EXIT_KEY),
            (KeystoreError::Exists { name: "a".into(), path: p() }, EXIT_USAGE),
            (
                KeystoreError::Ambiguous { address: address.into(), names: vec!["a".into(), "b".into()] },
                EXIT_USAGE,
            ),
            (KeystoreError::Corrupt { path: p(), reason: "r".into() }, EXIT_KEY),
            (KeystoreError::UnknownVersion { path: p(), version: "2".into() }, EXIT_KEY),
            (KeystoreError::WrongPassphrase { path: Some(p()) }, EXIT_KEY),
            (KeystoreError::WrongPassphrase { path: None }, EXIT_KEY),
            (KeystoreError::BadKey { reason: "r".into() }, EXIT_KEY),
            (
                KeystoreError::WrongProtocol {
                    name: "k".into(),
                    found: crate::keystore::KeyProtocol::Shannon,
                    wanted: crate::keystore::KeyProtocol::Morse,
                },
                EXIT_KEY,
            ),
            (KeystoreError::Io { path: p(), message: "cannot read: permission denied".into() }, EXIT_IO),
            (KeystoreError::Locked { path: p() }, EXIT_IO),
        ];
        for (err, code) in cases {
            let msg = err.to_string();
            assert!(!msg.is_empty() && !msg.contains('\n'), "{msg}");
            let mapped = Error::from(err);
            assert_eq!(mapped.exit_code(), code, "{msg}");
            assert_eq!(mapped.to_string(), msg, "the CLI prints the same words");
        }
    }

    #[test]
    fn file_errors_name_the_path_and_the_reason() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let e = Error::io("read", Path::new("/x/y"), &missing);
        assert_eq!(
            (e.to_string(), e.exit_code()),
            ("/x/y: cannot read: no such file or directory".into(), EXIT_IO)
        );
    }
}

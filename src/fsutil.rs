//! Writing files so that a crash never leaves a half-written one: temp file in the same
//! directory, fsync, rename.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file operation that failed, worded for people: `PATH: cannot read: no such file or
/// directory`. The CLI's `Error::Io` and the keystore's `KeystoreError::Io` are made from it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct FileError {
    pub path: PathBuf,
    /// `cannot ACTION: REASON`.
    pub message: String,
}

impl FileError {
    /// "No such file or directory (os error 2)" → "cannot read: no such file or directory".
    pub fn new(action: &str, path: &Path, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        FileError { path: path.to_owned(), message: format!("cannot {action}: {reason}") }
    }
}

/// Atomically replaces `path` with `bytes`; `mode` sets Unix permissions (e.g. 0o600).
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| FileError::new("write", path, &e);
    let mut tmp = tempfile::Builder::new().prefix(".pgw-").tempfile_in(dir).map_err(fail)?;
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).map_err(fail)?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

//! Reading key files within [`limits::KEY`](crate::limits::KEY): a key file is under 1 KiB, so
//! a file linked to `/dev/zero` or grown by hand is refused, never read whole.

use std::path::Path;

use super::KeystoreError;
use crate::limits;

/// The bytes of a key file, or why not (a missing file is an `Io` error "no such file…").
pub(super) fn read(path: &Path) -> Result<Vec<u8>, KeystoreError> {
    limits::read_file(path, limits::KEY).map_err(|e| match e {
        crate::error::Error::Io { message, .. } => KeystoreError::Io { path: path.to_owned(), message },
        other => KeystoreError::Io { path: path.to_owned(), message: other.to_string() },
    })
}

/// Whether [`read`] failed because the file does not exist.
pub(super) fn is_missing(err: &KeystoreError) -> bool {
    matches!(err, KeystoreError::Io { message, .. } if message.ends_with("no such file or directory"))
}

//! Size limits for everything pgw reads, and the one bounded reader that enforces them.
//!
//! Every file, stdin and network body pgw reads has a documented limit per kind
//! (docs/output.md, "Limits"). A reader never holds more than the limit plus one chunk: a
//! `/dev/zero`, an endless pipe or a node sending `Content-Length: 1500000000` costs at most
//! the limit in memory and ends with a one-line error naming it.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

const KIB: u64 = 1024;
const MIB: u64 = 1024 * KIB;

/// What is being read, and how much of it pgw accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Largest accepted size in bytes.
    pub bytes: u64,
    /// What it is, for the error ("relay data", "a node's relay answer").
    pub what: &'static str,
}

/// Relay DATA (`@FILE`, stdin), relay bodies and answers given to `proof verify`.
pub const INPUT: Limit = Limit { bytes: 16 * MIB, what: "relay data and relay bodies" };
/// AAT files (`--aat`, `aat verify`): a token is under 400 bytes.
pub const AAT: Limit = Limit { bytes: 64 * KIB, what: "AAT files" };
/// Raw key files, passphrase files, API key files, PPK files, keystore key files.
pub const KEY: Limit = Limit { bytes: 64 * KIB, what: "key and passphrase files" };
/// Client credential files (an AAT and a key).
pub const CREDENTIAL: Limit = Limit { bytes: 64 * KIB, what: "credential files" };
/// `config.toml`.
pub const CONFIG: Limit = Limit { bytes: MIB, what: "config.toml" };
/// A session cache file.
pub const CACHE: Limit = Limit { bytes: 4 * MIB, what: "session cache files" };
/// A node's answer to `/v1/client/relay` (the chain's answer, signed).
pub const RELAY_ANSWER: Limit = Limit { bytes: 32 * MIB, what: "a node's relay answer" };
/// A dispatcher's answer to `/v1/client/dispatch` or `/v1/query/*`.
pub const DISPATCH_ANSWER: Limit = Limit { bytes: 4 * MIB, what: "a dispatcher's answer" };
/// A Shannon full node's REST or CometBFT answer (a session with many suppliers fits easily).
pub const FULL_NODE_ANSWER: Limit = Limit { bytes: 4 * MIB, what: "a full node's answer" };
/// The devnet's `--upstream` chain answers.
pub const UPSTREAM_ANSWER: Limit = Limit { bytes: 32 * MIB, what: "an upstream chain's answer" };

/// All network answers being read at once, by the whole process: a bound on what hostile
/// peers can make pgw hold whatever the concurrency (`pgw serve`, `pgw bench -c`).
pub const ANSWERS_IN_FLIGHT: u64 = 128 * MIB;

static IN_FLIGHT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A share of [`ANSWERS_IN_FLIGHT`], held while an answer is read; returned when dropped.
#[derive(Debug, Default)]
pub struct Reservation {
    bytes: u64,
}

impl Reservation {
    /// Grows the share to `bytes`; `false` (and no change) when the process's budget is used.
    pub fn grow_to(&mut self, bytes: u64) -> bool {
        use std::sync::atomic::Ordering;
        let extra = bytes.saturating_sub(self.bytes);
        let taken = IN_FLIGHT.fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
            used.checked_add(extra).filter(|total| *total <= ANSWERS_IN_FLIGHT)
        });
        if taken.is_ok() {
            self.bytes += extra;
        }
        taken.is_ok()
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        IN_FLIGHT.fetch_sub(self.bytes, std::sync::atomic::Ordering::AcqRel);
    }
}

impl Limit {
    /// "16 MiB", "64 KiB", "1000 bytes".
    pub fn human(&self) -> String {
        human(self.bytes)
    }

    /// The one-line reason a body or file is refused.
    pub fn exceeded(&self) -> String {
        format!("larger than pgw's {} limit for {}", self.human(), self.what)
    }
}

/// A byte count the way the limits are written.
pub fn human(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Why a bounded read stopped.
#[derive(Debug)]
pub enum ReadError {
    TooLarge,
    Io(std::io::Error),
}

/// Reads all of `reader`, refusing more than `limit.bytes` (reads at most one byte past it).
pub fn read_bounded(reader: impl Read, limit: Limit) -> std::result::Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader.take(limit.bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit.bytes {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Reads a file (or anything `open` accepts: a FIFO, `/dev/zero`) within `limit`.
pub fn read_file(path: &Path, limit: Limit) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io("read", path, &e))?;
    // A regular file's size is known: refuse it before reading a byte.
    if let Ok(meta) = file.metadata()
        && meta.is_file()
        && meta.len() > limit.bytes
    {
        return Err(too_large(path, limit));
    }
    read_bounded(file, limit).map_err(|e| read_error(path, limit, e))
}

/// Like [`read_file`], with `None` for a missing file.
pub fn read_file_if_present(path: &Path, limit: Limit) -> Result<Option<Vec<u8>>> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => match read_file(path, limit) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(Error::Io { message, .. }) if message.ends_with("no such file or directory") => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// Reads stdin within `limit`.
pub fn read_stdin(limit: Limit) -> Result<Vec<u8>> {
    let path = Path::new("<stdin>");
    read_bounded(std::io::stdin().lock(), limit).map_err(|e| read_error(path, limit, e))
}

fn too_large(path: &Path, limit: Limit) -> Error {
    Error::Io { path: path.display().to_string(), message: format!("cannot read: {}", limit.exceeded()) }
}

fn read_error(path: &Path, limit: Limit, e: ReadError) -> Error {
    match e {
        ReadError::TooLarge => too_large(path, limit),
        ReadError::Io(e) => Error::io("read", path, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: Limit = Limit { bytes: 4, what: "tests" };

    #[test]
    fn limits_are_written_for_people() {
        assert_eq!(INPUT.human(), "16 MiB");
        assert_eq!(KEY.human(), "64 KiB");
        assert_eq!(human(1000), "1000 bytes");
        assert_eq!(RELAY_ANSWER.exceeded(), "larger than pgw's 32 MiB limit for a node's relay answer");
    }

    #[test]
    fn reads_up_to_the_limit_and_no_further() {
        assert_eq!(read_bounded(&b"abcd"[..], TINY).unwrap(), b"abcd");
        assert!(matches!(read_bounded(&b"abcde"[..], TINY), Err(ReadError::TooLarge)));
        // An endless source ends at the limit.
        let endless = std::io::repeat(0);
        assert!(matches!(read_bounded(endless, KEY), Err(ReadError::TooLarge)));
    }

    #[test]
    fn reservations_share_one_budget() {
        let mut a = Reservation::default();
        assert!(a.grow_to(ANSWERS_IN_FLIGHT / 2));
        let mut b = Reservation::default();
        assert!(!b.grow_to(ANSWERS_IN_FLIGHT), "over the budget");
        assert!(b.grow_to(ANSWERS_IN_FLIGHT / 4));
        drop(a);
        assert!(b.grow_to(ANSWERS_IN_FLIGHT / 2));
    }

    #[test]
    fn files_over_the_limit_are_refused_with_the_limit_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        std::fs::write(&path, b"12345").unwrap();
        let err = read_file(&path, TINY).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{}: cannot read: larger than pgw's 4 bytes limit for tests", path.display())
        );
        assert_eq!(err.exit_code(), crate::error::EXIT_IO);
        std::fs::write(&path, b"1234").unwrap();
        assert_eq!(read_file(&path, TINY).unwrap(), b"1234");
        assert_eq!(read_file_if_present(&dir.path().join("none"), TINY).unwrap(), None);
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_ends_at_the_limit() {
        let err = read_file(Path::new("/dev/zero"), KEY).unwrap_err();
        assert_eq!(
            err.to_string(),
            "/dev/zero: cannot read: larger than pgw's 64 KiB limit for key and passphrase files"
        );
    }
}

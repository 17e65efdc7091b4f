//! Reading what users hand to pgw: relay data and files (stdin for `-`). Keys are read in
//! `keysource.rs`.

use std::io::IsTerminal;
use std::path::Path;

use crate::error::{Error, Result};
use crate::limits::{self, Limit};
use crate::protocol::morse::keys::PublicKey;

/// Reads a whole file, or stdin for `-`, within the limit for relay data and bodies
/// ([`limits::INPUT`]).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    read_limited(path, limits::INPUT)
}

/// Reads a whole file, or stdin for `-`, refusing more than `limit`.
pub fn read_limited(path: &Path, limit: Limit) -> Result<Vec<u8>> {
    if path == Path::new("-") {
        if std::io::stdin().is_terminal() {
            return Err(Error::usage(
                "stdin is a terminal: pass a FILE, or pipe the input (e.g. `pgw proof sign … | pgw proof verify`)",
            ));
        }
        return limits::read_stdin(limit);
    }
    limits::read_file(path, limit)
}

fn utf8(bytes: Vec<u8>, name: &Path) -> Result<String> {
    String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{}: relay data must be UTF-8 text", name.display())))
}

/// Relay DATA: the literal text, `-` for stdin, or `@FILE`.
pub fn read_data(data: &str) -> Result<String> {
    if data == "-" {
        return utf8(read_bytes(Path::new("-"))?, Path::new("<stdin>"));
    }
    match data.strip_prefix('@') {
        Some(file) if !file.is_empty() => utf8(read_bytes(Path::new(file))?, Path::new(file)),
        _ => Ok(data.to_string()),
    }
}

pub fn parse_public_key(what: &'static str, hex: &str) -> Result<PublicKey> {
    PublicKey::from_hex(what, hex).map_err(|e| Error::usage(e.to_string()))
}

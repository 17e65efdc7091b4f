//! Reading what users hand to pgw: relay data and files (stdin for `-`). Keys are read in
//! `keysource.rs`.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::error::{Error, Result};
use crate::protocol::morse::keys::PublicKey;

/// Reads a whole file, or stdin for `-`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        if std::io::stdin().is_terminal() {
            return Err(Error::usage(
                "stdin is a terminal: pass a FILE, or pipe the input (e.g. `pgw proof sign … | pgw proof verify`)",
            ));
        }
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| Error::io("read", Path::new("<stdin>"), &e))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| Error::io("read", path, &e))?;
    }
    Ok(bytes)
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

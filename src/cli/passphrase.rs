//! Where keystore passphrases come from: `--passphrase-file`, `PGW_PASSPHRASE`, or a hidden
//! prompt when a person is at a terminal. Never a flag value, and never a hang in scripts.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use zeroize::Zeroizing;

use super::input;
use crate::error::{Error, Result};

#[derive(Debug, Args, Clone, Default)]
pub struct PassphraseArgs {
    /// Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt
    #[arg(long, value_name = "FILE", global = true)]
    pub passphrase_file: Option<PathBuf>,
}

/// The passphrase environment variables, read once at start-up.
#[derive(Default)]
pub struct PassphraseEnv {
    pub passphrase: Option<Zeroizing<String>>,
    pub new_passphrase: Option<Zeroizing<String>>,
    pub ppk_passphrase: Option<Zeroizing<String>>,
}

impl PassphraseEnv {
    pub fn from_process() -> Self {
        let read = |name| std::env::var(name).ok().map(Zeroizing::new);
        PassphraseEnv {
            passphrase: read("PGW_PASSPHRASE"),
            new_passphrase: read("PGW_NEW_PASSPHRASE"),
            ppk_passphrase: read("PGW_PPK_PASSPHRASE"),
        }
    }
}

/// Reads the first line of a passphrase file (a trailing newline is not part of it).
pub fn read_file(path: &Path) -> Result<Zeroizing<String>> {
    let bytes = Zeroizing::new(input::read_limited(path, crate::limits::KEY)?);
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::usage(format!("{}: a passphrase file must be UTF-8 text", path.display())))?;
    Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()))
}

/// One passphrase request: where it may come from and how to ask for it.
pub struct Request<'a> {
    pub file: Option<&'a Path>,
    pub env: Option<&'a Zeroizing<String>>,
    pub env_name: &'static str,
    pub file_flag: &'static str,
    pub prompt: String,
    /// Ask twice (when creating a passphrase).
    pub confirm: bool,
}

/// A new passphrase (`confirm`) must not be empty: like `cast wallet new`, pgw refuses to
/// write a key anyone can decrypt.
fn refuse_empty(req: &Request<'_>, value: Zeroizing<String>, origin: &str) -> Result<Zeroizing<String>> {
    if req.confirm && value.is_empty() {
        return Err(Error::usage(format!(
            "the new passphrase from {origin} is empty, which would leave the key unprotected: nothing was changed"
        )));
    }
    Ok(value)
}

pub fn obtain(req: Request<'_>) -> Result<Zeroizing<String>> {
    if let Some(path) = req.file {
        return refuse_empty(&req, read_file(path)?, &path.display().to_string());
    }
    if let Some(value) = req.env {
        return refuse_empty(&req, value.clone(), req.env_name);
    }
    // Only prompt when a person is at the terminal; scripts get an error at once, never a hang.
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(format!(
            "no passphrase and no terminal to ask on: set {} or pass {} FILE",
            req.env_name, req.file_flag
        )));
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| Error::usage(format!("cannot read the passphrase from the terminal: {e}")))
    };
    let first = ask(&req.prompt)?;
    if req.confirm {
        let second = ask("Repeat the passphrase: ")?;
        if *first != *second {
            return Err(Error::usage("the two passphrases differ; nothing was changed"));
        }
        if first.is_empty() {
            return Err(Error::usage(
                "an empty passphrase would leave the key unprotected; nothing was changed",
            ));
        }
    }
    Ok(first)
}

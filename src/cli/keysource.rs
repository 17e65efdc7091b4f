//! Where keys come from: `--app-key`/`--client-key` (a keystore name or address, unlocked with
//! its passphrase, or raw hex), their `-file` flags, and `PGW_APP_KEY`/`PGW_CLIENT_KEY`.

use std::path::{Path, PathBuf};

use clap::Args;
use zeroize::Zeroizing;

use super::Ctx;
use super::input;
use super::passphrase::{self, Request};
use crate::error::{Error, Result};
use crate::protocol::morse::keys::{PrivateKey, looks_like_raw_key};

pub const NO_APP_KEY: &str =
    "no app key: pass --app-key NAME (a keystore key), --app-key-file FILE, or set PGW_APP_KEY";

/// Environment variables that can carry keys, read once at start-up.
#[derive(Default)]
pub struct KeyEnv {
    pub app_key: Option<Zeroizing<String>>,
    pub client_key: Option<Zeroizing<String>>,
    /// PGW_GATEWAY_KEY: a Shannon gateway's secp256k1 key.
    pub gateway_key: Option<Zeroizing<String>>,
}

impl KeyEnv {
    pub fn from_process() -> Self {
        let read = |name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()).map(Zeroizing::new);
        KeyEnv {
            app_key: read("PGW_APP_KEY"),
            client_key: read("PGW_CLIENT_KEY"),
            gateway_key: read("PGW_GATEWAY_KEY"),
        }
    }
}

/// The staked application's key.
#[derive(Debug, Args)]
pub struct AppKeyArgs {
    /// The app's key: a keystore name or address, or a private key as hex (visible to other
    /// users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)
    #[arg(long, value_name = "KEY")]
    pub app_key: Option<String>,
    /// A file holding the app's private key as hex (128 characters, or a 64-character seed)
    #[arg(long, value_name = "FILE", conflicts_with = "app_key")]
    pub app_key_file: Option<PathBuf>,
}

/// The client key that signs relays (the AAT's client).
#[derive(Debug, Args)]
pub struct ClientKeyArgs {
    /// The client's key: a keystore name or address, or a private key as hex (prefer a
    /// keystore name, --client-key-file or PGW_CLIENT_KEY)
    #[arg(long, value_name = "KEY")]
    pub client_key: Option<String>,
    /// A file holding the client's private key as hex
    #[arg(long, value_name = "FILE", conflicts_with = "client_key")]
    pub client_key_file: Option<PathBuf>,
}

/// Where one key may come from, in order: the file flag, the hex flag, the environment.
pub(super) struct KeySources<'a> {
    pub flag: &'static str,
    pub file_flag: &'static str,
    pub env_name: &'static str,
    pub hex: Option<String>,
    pub file: Option<&'a Path>,
    pub env: Option<&'a Zeroizing<String>>,
}

/// Refuses JSON key text (an encrypted key file given where raw hex is expected).
pub(super) fn refuse_json(text: &str, origin: &str) -> Result<()> {
    if text.starts_with('{') {
        return Err(Error::key(format!(
            "{origin} holds JSON (an encrypted key file?); raw key files hold the private key as hex"
        )));
    }
    Ok(())
}

fn parse_key(text: &str, origin: &str) -> Result<PrivateKey> {
    let text = text.trim();
    refuse_json(text, origin)?;
    PrivateKey::from_hex(text).map_err(|e| Error::key(format!("{origin}: {e}")))
}

fn resolve(ctx: &Ctx, src: KeySources<'_>) -> Result<Option<PrivateKey>> {
    resolve_with(ctx, src, parse_key, unlock_named)
}

/// The key from the first of its sources that is set, for either protocol: `parse` reads key
/// text (a file's, a flag's or the environment's; `origin` names it in errors), `unlock`
/// unlocks a keystore name or address given to the flag. Raw hex on the command line works,
/// with a warning.
pub(super) fn resolve_with<K>(
    ctx: &Ctx,
    src: KeySources<'_>,
    parse: fn(&str, &str) -> Result<K>,
    unlock: fn(&Ctx, &str) -> Result<K>,
) -> Result<Option<K>> {
    if let Some(path) = src.file {
        let text = Zeroizing::new(input::read_limited(path, crate::limits::KEY)?);
        let text = std::str::from_utf8(&text).map_err(|_| {
            Error::key(format!(
                "{}: not a hex private key ({} expects hex text)",
                path.display(),
                src.file_flag
            ))
        })?;
        return parse(text, &format!("{} {}", src.file_flag, path.display())).map(Some);
    }
    if let Some(value) = src.hex {
        let value = Zeroizing::new(value);
        if !looks_like_raw_key(&value) {
            return unlock(ctx, &value).map(Some);
        }
        ctx.printer.warn(&format!(
            "{} on the command line is visible to other users of this machine (process list, shell \
             history); use a keystore name, {} FILE or {} instead",
            src.flag, src.file_flag, src.env_name
        ));
        return parse(&value, src.flag).map(Some);
    }
    match src.env {
        Some(value) => parse(value, src.env_name).map(Some),
        None => Ok(None),
    }
}

/// Unlocks a Morse keystore key by name or address (asks for its passphrase). A Shannon key is
/// refused, before the passphrase is asked for, with a message naming both key types.
pub fn unlock_named(ctx: &Ctx, name: &str) -> Result<PrivateKey> {
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    let info = store.find(name)?;
    info.expect_protocol(crate::keystore::KeyProtocol::Morse)?;
    super::keys::warn_modes(ctx, &store, &info);
    let pass = unlock_passphrase(ctx, &info.name)?;
    Ok(store.unlock(&info, pass.as_bytes())?)
}

/// Unlocks a Shannon (secp256k1) keystore key by name or address (a bech32 `pokt1…` address
/// works too) and asks for its passphrase. A Morse key is refused, before the passphrase is
/// asked for, with a message naming both key types.
pub fn unlock_named_shannon(ctx: &Ctx, name: &str) -> Result<crate::protocol::shannon::keys::PrivateKey> {
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    let info = store.find(name)?;
    info.expect_protocol(crate::keystore::KeyProtocol::Shannon)?;
    super::keys::warn_modes(ctx, &store, &info);
    let pass = unlock_passphrase(ctx, &info.name)?;
    Ok(store.unlock_shannon(&info, pass.as_bytes())?)
}

impl AppKeyArgs {
    /// The app key from its flag, file or `PGW_APP_KEY`, if any was given.
    pub fn resolve(&mut self, ctx: &Ctx) -> Result<Option<PrivateKey>> {
        resolve(
            ctx,
            KeySources {
                flag: "--app-key",
                file_flag: "--app-key-file",
                env_name: "PGW_APP_KEY",
                hex: self.app_key.take(),
                file: self.app_key_file.as_deref(),
                env: ctx.env.app_key.as_ref(),
            },
        )
    }
}

impl ClientKeyArgs {
    pub fn resolve(&mut self, ctx: &Ctx) -> Result<Option<PrivateKey>> {
        resolve(
            ctx,
            KeySources {
                flag: "--client-key",
                file_flag: "--client-key-file",
                env_name: "PGW_CLIENT_KEY",
                hex: self.client_key.take(),
                file: self.client_key_file.as_deref(),
                env: ctx.env.client_key.as_ref(),
            },
        )
    }
}

/// The passphrase of keystore key `name`: --passphrase-file, PGW_PASSPHRASE or a prompt.
pub fn unlock_passphrase(ctx: &Ctx, name: &str) -> Result<Zeroizing<String>> {
    passphrase::obtain(Request {
        file: ctx.passphrase_file.as_deref(),
        env: ctx.passphrases.passphrase.as_ref(),
        env_name: "PGW_PASSPHRASE",
        file_flag: "--passphrase-file",
        prompt: format!("Passphrase for key \"{name}\": "),
        confirm: false,
    })
}

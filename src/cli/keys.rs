//! `pgw keys …`: the encrypted local keystore.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;
use zeroize::Zeroizing;

use super::Ctx;
use super::input;
use super::keysource;
use super::passphrase::{self, Request};
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::fsutil;
use crate::keystore::{KeyInfo, KeyProtocol, Keystore, UnlockedKey, armor, mnemonic};
use crate::output::table;
use crate::protocol::morse::gohex;
use crate::protocol::morse::keys::{PrivateKey, PublicKey};
use crate::protocol::morse::ppk::Ppk;
use crate::protocol::shannon::keys as shannon_keys;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    New(NewArgs),
    List(ListArgs),
    Show(ShowArgs),
    Import(ImportArgs),
    Export(ExportArgs),
    Delete(DeleteArgs),
    Rename(RenameArgs),
    Passwd(PasswdArgs),
    Sign(SignArgs),
    Verify(VerifyArgs),
}

impl KeysCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        match self {
            KeysCommand::New(a) => a.run(ctx),
            KeysCommand::List(a) => a.run(ctx),
            KeysCommand::Show(a) => a.run(ctx),
            KeysCommand::Import(a) => a.run(ctx),
            KeysCommand::Export(a) => a.run(ctx),
            KeysCommand::Delete(a) => a.run(ctx),
            KeysCommand::Rename(a) => a.run(ctx),
            KeysCommand::Passwd(a) => a.run(ctx),
            KeysCommand::Sign(a) => a.run(ctx),
            KeysCommand::Verify(a) => a.run(ctx),
        }
    }
}

fn open(ctx: &Ctx) -> Result<Keystore> {
    Keystore::open(&ctx.home()?).map_err(Error::from)
}

/// The keystore passphrase for creating or re-encrypting a key (asked twice on a terminal).
fn new_passphrase(ctx: &Ctx, name: &str) -> Result<Zeroizing<String>> {
    passphrase::obtain(Request {
        file: ctx.passphrase_file.as_deref(),
        env: ctx.passphrases.passphrase.as_ref(),
        env_name: "PGW_PASSPHRASE",
        file_flag: "--passphrase-file",
        prompt: format!("New passphrase for key \"{name}\": "),
        confirm: true,
    })
}

fn show_info(ctx: &Ctx, info: &KeyInfo) -> Result<()> {
    ctx.printer.result(info, || {
        table::render(&table::key_values([
            ("name", info.name.clone()),
            ("protocol", info.protocol.to_string()),
            ("address", info.address.clone()),
            ("public key", info.public_key.clone()),
            ("created", info.created.clone()),
            ("file", info.path.display().to_string()),
        ]))
    })?;
    Ok(())
}

/// Create a new key in the keystore.
///
/// The passphrase comes from --passphrase-file, PGW_PASSPHRASE, or a prompt (asked twice).
/// --protocol shannon makes a secp256k1 key with a bech32 pokt1… address (POKT Shannon).
///
/// Examples:
///   pgw keys new my-app
///   pgw keys new relayer --passphrase-file pass.txt
///   pgw keys new my-gateway --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct NewArgs {
    /// Name of the key: letters, digits, '.', '_' and '-'
    name: String,
    /// Replace an existing key of the same name
    #[arg(long)]
    force: bool,
    /// A free-text hint stored (unencrypted) with the key, as PPK files allow
    #[arg(long, value_name = "TEXT", default_value = "")]
    hint: String,
    /// The network the key is for: morse (Ed25519) or shannon (secp256k1)
    #[arg(long, value_enum, default_value_t = KeyProtocol::Morse)]
    protocol: KeyProtocol,
}

impl NewArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        // Refuse before asking for a passphrase twice.
        store.check_available(&self.name, self.force)?;
        let pass = new_passphrase(ctx, &self.name)?;
        let info = match self.protocol {
            KeyProtocol::Morse => {
                store.save(&self.name, &PrivateKey::generate(), pass.as_bytes(), &self.hint, self.force)?
            }
            KeyProtocol::Shannon => store.save_shannon(
                &self.name,
                &crate::keystore::shannon::generate(),
                pass.as_bytes(),
                &self.hint,
                self.force,
            )?,
        };
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }
}

/// List the keys in the keystore (no passphrase needed).
///
/// Examples:
///   pgw keys list
///   pgw keys list --output json | jq -r '.[].address'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {}

impl ListArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        let (keys, problems) = store.list()?;
        for problem in &problems {
            ctx.printer.warn(&problem.to_string());
        }
        ctx.printer.result(&keys, || {
            if keys.is_empty() {
                return format!(
                    "no keys in {} (create one with `pgw keys new NAME`)\n",
                    store.dir().display()
                );
            }
            let mut t = table::new(&["Name", "Protocol", "Address", "Public key", "Created"]);
            for k in &keys {
                t.add_row(vec![
                    k.name.clone(),
                    k.protocol.to_string(),
                    k.address.clone(),
                    k.public_key.clone(),
                    k.created.clone(),
                ]);
            }
            table::render(&t)
        })?;
        Ok(EXIT_OK)
    }
}

/// Show one key: address, public key and file (no passphrase needed).
///
/// Examples:
///   pgw keys show my-app
///   pgw keys show 9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f --output json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ShowArgs {
    /// Key name or address
    name: String,
}

impl ShowArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let info = open(ctx)?.find(&self.name)?;
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }
}

/// Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon
/// key from a mnemonic, `pocketd keys export`'s armored file or its hex export.
///
/// A PPK file is decrypted with its own password (--ppk-passphrase-file, PGW_PPK_PASSPHRASE,
/// or a prompt), which then protects it in the keystore too, unless --new-passphrase asks for
/// a new one (from --passphrase-file, PGW_PASSPHRASE, or a prompt). A raw key (128 hex
/// characters, or a 64-character seed) is encrypted with the keystore passphrase.
///
/// Shannon (secp256k1) keys; --mnemonic, --hex and --armored imply --protocol shannon:
///   --mnemonic   a BIP-39 phrase from --mnemonic-file FILE, PGW_MNEMONIC or a hidden prompt,
///                derived at m/44'/118'/0'/0/0 as a plain `pocketd keys add` does; keys made
///                with `pocketd keys add --coin-type=635` need --coin-type 635
///   --hex        the 64 hex characters `pocketd keys export NAME --unarmored-hex --unsafe`
///                prints, from --raw-file FILE, PGW_KEY_HEX or a hidden prompt
///   --armored    the file `pocketd keys export NAME` writes; its passphrase comes from
///                --ppk-passphrase-file, PGW_PPK_PASSPHRASE or a prompt and then protects the
///                key in the keystore, unless --new-passphrase
///
/// Examples:
///   pgw keys import my-app --ppk pocket-account-9d6a….json
///   pgw keys import relayer --raw-file client.key
///   cat client.key | pgw keys import relayer --raw-file - --passphrase-file pass.txt
///   pgw keys import gateway --mnemonic --mnemonic-file words.txt
///   pocketd keys export gateway > gw.asc && pgw keys import gateway --armored gw.asc
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
#[command(group(ArgGroup::new("source").args(["ppk", "raw_file", "mnemonic", "hex", "armored"]).required(true).multiple(true)))]
#[command(group(ArgGroup::new("key_file").args(["ppk", "armored"])))]
pub struct ImportArgs {
    /// Name for the key in the keystore
    name: String,
    /// A PPK (armored JSON) key file
    #[arg(long, value_name = "FILE", conflicts_with_all = ["raw_file", "mnemonic", "hex", "armored"])]
    ppk: Option<PathBuf>,
    /// A file holding the private key as hex, or - for stdin
    #[arg(long, value_name = "FILE", conflicts_with_all = ["mnemonic", "armored"])]
    raw_file: Option<PathBuf>,
    /// Read the key file's own password (PPK or armored) from FILE
    #[arg(long, value_name = "FILE", requires = "key_file")]
    ppk_passphrase_file: Option<PathBuf>,
    /// Protect the imported key file with a new keystore passphrase instead of its own password
    #[arg(long, requires = "key_file")]
    new_passphrase: bool,
    /// Replace an existing key of the same name
    #[arg(long)]
    force: bool,
    /// The key's network: morse (Ed25519, the default) or shannon (secp256k1); it decides how
    /// --raw-file is read
    #[arg(long, value_enum)]
    protocol: Option<KeyProtocol>,
    /// Derive a Shannon key from a BIP-39 mnemonic (--mnemonic-file, PGW_MNEMONIC or a prompt)
    #[arg(long, conflicts_with_all = ["hex", "armored"])]
    mnemonic: bool,
    /// Read the mnemonic from FILE (- for stdin)
    #[arg(long, value_name = "FILE", requires = "mnemonic")]
    mnemonic_file: Option<PathBuf>,
    /// BIP-44 coin type of the derivation path m/44'/COIN'/ACCOUNT'/0/INDEX (pocketd's
    /// default is 118; POKT's registered 635 only if the key was made with --coin-type=635)
    #[arg(long, value_name = "N", default_value_t = mnemonic::DEFAULT_COIN_TYPE, requires = "mnemonic")]
    coin_type: u32,
    /// BIP-44 account of the derivation path
    #[arg(long, value_name = "N", default_value_t = 0, requires = "mnemonic")]
    account: u32,
    /// BIP-44 address index of the derivation path
    #[arg(long, value_name = "N", default_value_t = 0, requires = "mnemonic")]
    index: u32,
    /// Read an optional BIP-39 passphrase (the "25th word"; none by default, as pocketd) from
    /// FILE's first line; PGW_BIP39_PASSPHRASE also works
    #[arg(long, value_name = "FILE", requires = "mnemonic")]
    bip39_passphrase_file: Option<PathBuf>,
    /// Import a Shannon key given as 64 hex characters (--raw-file, PGW_KEY_HEX or a prompt)
    #[arg(long, conflicts_with = "armored")]
    hex: bool,
    /// The armored file `pocketd keys export NAME` writes (BEGIN TENDERMINT PRIVATE KEY)
    #[arg(long, value_name = "FILE")]
    armored: Option<PathBuf>,
}

impl ImportArgs {
    /// The protocol the flags ask for: the Shannon-only sources imply shannon, and a PPK file
    /// is always a Morse key.
    fn protocol(&self) -> Result<KeyProtocol> {
        let shannon_source =
            [(self.mnemonic, "--mnemonic"), (self.hex, "--hex"), (self.armored.is_some(), "--armored")]
                .into_iter()
                .find(|(given, _)| *given)
                .map(|(_, flag)| flag);
        match (self.protocol, shannon_source) {
            (Some(KeyProtocol::Morse), Some(flag)) => {
                Err(Error::usage(format!("{flag} imports Shannon (secp256k1) keys; drop --protocol morse")))
            }
            (_, Some(_)) => Ok(KeyProtocol::Shannon),
            (Some(KeyProtocol::Shannon), None) if self.ppk.is_some() => Err(Error::usage(
                "a PPK file holds a Morse (ed25519) key; for a Shannon key use --armored, --hex or --mnemonic",
            )),
            (protocol, None) => Ok(protocol.unwrap_or_default()),
        }
    }

    fn run(self, ctx: &Ctx) -> Result<u8> {
        let protocol = self.protocol()?;
        let store = open(ctx)?;
        store.check_available(&self.name, self.force)?;
        let info = if let Some(path) = &self.ppk {
            let bytes = input::read_limited(path, crate::limits::KEY)?;
            let ppk = Ppk::parse(&bytes).map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let file_pass = self.file_passphrase(ctx, path)?;
            let new_pass = if self.new_passphrase { Some(new_passphrase(ctx, &self.name)?) } else { None };
            store
                .import_ppk(
                    &self.name,
                    &ppk,
                    file_pass.as_bytes(),
                    new_pass.as_ref().map(|p| p.as_bytes()),
                    self.force,
                )
                .map_err(|e| match e {
                    crate::keystore::KeystoreError::WrongPassphrase { .. } => Error::key(format!(
                        "{}: wrong password (or the file is corrupt): decryption failed",
                        path.display()
                    )),
                    other => other.into(),
                })?
        } else if let Some(path) = &self.armored {
            let bytes = Zeroizing::new(input::read_bytes(path)?);
            let text = std::str::from_utf8(&bytes).map_err(|_| {
                Error::key(format!("{}: not an armored key (not UTF-8 text)", path.display()))
            })?;
            let armored =
                armor::ArmoredKey::parse(text).map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let file_pass = self.file_passphrase(ctx, path)?;
            let scalar = armored
                .decrypt(file_pass.as_bytes())
                .map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let key = shannon_keys::PrivateKey::from_bytes(&scalar[..])
                .map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let pass = if self.new_passphrase { new_passphrase(ctx, &self.name)? } else { file_pass };
            store.save_shannon(&self.name, &key, pass.as_bytes(), "", self.force)?
        } else if self.mnemonic {
            let phrase = read_mnemonic(self.mnemonic_file.as_deref())?;
            let bip39_passphrase = match &self.bip39_passphrase_file {
                Some(path) => passphrase::read_file(path)?,
                None => Zeroizing::new(std::env::var("PGW_BIP39_PASSPHRASE").unwrap_or_default()),
            };
            let key = mnemonic::derive(&phrase, &bip39_passphrase, self.coin_type, self.account, self.index)
                .map_err(|e| Error::key(e.to_string()))?;
            drop(phrase);
            ctx.printer.detail(&format!(
                "derived {} (pocketd's default is coin type {})",
                mnemonic::derivation_path(self.coin_type, self.account, self.index),
                mnemonic::DEFAULT_COIN_TYPE
            ));
            let pass = new_passphrase(ctx, &self.name)?;
            store.save_shannon(&self.name, &key, pass.as_bytes(), "", self.force)?
        } else if protocol == KeyProtocol::Shannon {
            let (text, origin) = read_shannon_hex(self.raw_file.as_deref())?;
            let key = shannon_keys::PrivateKey::from_hex(&text)
                .map_err(|e| Error::key(format!("{origin}: {e}")))?;
            drop(text);
            let pass = new_passphrase(ctx, &self.name)?;
            store.save_shannon(&self.name, &key, pass.as_bytes(), "", self.force)?
        } else {
            let path = self.raw_file.as_deref().unwrap_or(std::path::Path::new("-"));
            let text = Zeroizing::new(input::read_limited(path, crate::limits::KEY)?);
            let text = std::str::from_utf8(&text)
                .map_err(|_| Error::key(format!("{}: not a hex private key", path.display())))?;
            let key =
                PrivateKey::from_hex(text).map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let pass = new_passphrase(ctx, &self.name)?;
            store.save(&self.name, &key, pass.as_bytes(), "", self.force)?
        };
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }

    /// The key file's own password (PPK or armored).
    fn file_passphrase(&self, ctx: &Ctx, path: &std::path::Path) -> Result<Zeroizing<String>> {
        passphrase::obtain(Request {
            file: self.ppk_passphrase_file.as_deref(),
            env: ctx.passphrases.ppk_passphrase.as_ref(),
            env_name: "PGW_PPK_PASSPHRASE",
            file_flag: "--ppk-passphrase-file",
            prompt: format!("Password of {}: ", path.display()),
            confirm: false,
        })
    }
}

/// A secret that is never a flag value: from FILE (- for stdin), the environment variable, or
/// a hidden prompt on a terminal. Returns it with where it came from, for messages.
fn read_secret(
    what: &str,
    file: Option<&std::path::Path>,
    env_name: &'static str,
    file_flag: &'static str,
    prompt: &str,
) -> Result<(Zeroizing<String>, String)> {
    if let Some(path) = file {
        let bytes = Zeroizing::new(input::read_bytes(path)?);
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| Error::key(format!("{}: not UTF-8 text", path.display())))?;
        return Ok((Zeroizing::new(text.trim().to_owned()), path.display().to_string()));
    }
    if let Some(value) = std::env::var(env_name).ok().filter(|v| !v.trim().is_empty()) {
        let value = Zeroizing::new(value);
        return Ok((Zeroizing::new(value.trim().to_owned()), env_name.to_owned()));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(format!(
            "no {what} and no terminal to ask on: set {env_name} or pass {file_flag} FILE"
        )));
    }
    let value = rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|e| Error::usage(format!("cannot read from the terminal: {e}")))?;
    Ok((Zeroizing::new(value.trim().to_owned()), "the prompt".to_owned()))
}

fn read_mnemonic(file: Option<&std::path::Path>) -> Result<Zeroizing<String>> {
    read_secret("mnemonic", file, "PGW_MNEMONIC", "--mnemonic-file", "Mnemonic (BIP-39 words, hidden): ")
        .map(|(phrase, _)| phrase)
}

fn read_shannon_hex(file: Option<&std::path::Path>) -> Result<(Zeroizing<String>, String)> {
    let (text, origin) = read_secret(
        "private key",
        file,
        "PGW_KEY_HEX",
        "--raw-file",
        "Private key (64 hex characters, hidden): ",
    )?;
    if text.starts_with('-') {
        return Err(Error::key(format!(
            "{origin} holds armored text; import a `pocketd keys export` file with --armored FILE"
        )));
    }
    Ok((text, origin))
}

/// Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and
/// the SDKs import, protected by the key's keystore passphrase.
///
/// --unsafe-raw prints the raw private key instead (after asking for the passphrase): anyone
/// who sees it controls the key.
///
/// A Shannon key is exported as the armored file `pocketd keys export` writes and
/// `pocketd keys import NAME FILE` reads (bcrypt + xsalsa20-poly1305), encrypted with the key's
/// keystore passphrase (asked for, to decrypt it first); --unsafe-raw prints its 64 hex
/// characters, the form `pocketd keys import-hex`, PATH and shannon-sdk take.
///
/// Examples:
///   pgw keys export my-app --out my-app.ppk.json --hint "usual one"
///   pgw keys export relayer --unsafe-raw --passphrase-file pass.txt > client.key
///   pgw keys export my-gateway --out gateway.asc   # then: pocketd keys import gateway gateway.asc
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// Key name or address
    name: String,
    /// Write the PPK to FILE (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE", conflicts_with = "unsafe_raw")]
    out: Option<PathBuf>,
    /// Replace the PPK's hint text
    #[arg(long, value_name = "TEXT", conflicts_with = "unsafe_raw")]
    hint: Option<String>,
    /// Print the unencrypted private key (hex) on stdout
    #[arg(long)]
    unsafe_raw: bool,
}

impl ExportArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        let info = store.find(&self.name)?;
        if info.protocol == KeyProtocol::Shannon && self.hint.is_some() {
            return Err(Error::usage(
                "--hint is part of Morse PPK files; an armored Shannon export has no hint",
            ));
        }
        if self.unsafe_raw {
            warn_modes(ctx, &store, &info);
            let pass = keysource::unlock_passphrase(ctx, &info.name)?;
            let mut raw = match store.unlock_any(&info, pass.as_bytes())? {
                UnlockedKey::Morse(key) => key.to_hex(),
                UnlockedKey::Shannon(key) => Zeroizing::new(hex::encode(&key.to_bytes()[..])),
            };
            raw.push('\n');
            ctx.printer.stdout(raw.as_bytes())?;
            return Ok(EXIT_OK);
        }
        let text = match info.protocol {
            KeyProtocol::Morse => {
                let mut ppk = store.read_ppk(&info)?;
                if let Some(hint) = self.hint {
                    ppk.hint = hint;
                }
                let mut json = ppk.to_json();
                json.push('\n');
                json
            }
            KeyProtocol::Shannon => {
                let pass = keysource::unlock_passphrase(ctx, &info.name)?;
                let key = store.unlock_shannon(&info, pass.as_bytes())?;
                armor::encrypt(&key.to_bytes(), pass.as_bytes())
            }
        };
        match &self.out {
            Some(path) => {
                fsutil::write_atomic(path, text.as_bytes(), Some(0o600))?;
                ctx.printer
                    .status(&format!("wrote {} (encrypted with the key's passphrase)", path.display()));
            }
            None => ctx.printer.stdout(text.as_bytes())?,
        }
        Ok(EXIT_OK)
    }
}

/// Warns about a loose keys directory or key file before a key is used.
pub fn warn_modes(ctx: &Ctx, store: &Keystore, info: &KeyInfo) {
    for warning in store.mode_warnings(Some(info)) {
        ctx.printer.warn(&warning);
    }
}
/// Delete a key (asks for confirmation on a terminal; scripts pass --yes).
///
/// Examples:
///   pgw keys delete old-key
///   pgw keys delete old-key --yes
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DeleteArgs {
    /// Key name or address
    name: String,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

impl DeleteArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        let info = store.find(&self.name)?;
        if !self.yes {
            if !std::io::stdin().is_terminal() {
                return Err(Error::usage(format!(
                    "deleting \"{}\" needs confirmation and there is no terminal to ask on: pass --yes",
                    info.name
                )));
            }
            crate::output::stderr_prompt(&format!(
                "Delete key \"{}\" ({})? This cannot be undone. [y/N] ",
                info.name, info.address
            ));
            let mut answer = String::new();
            std::io::stdin().read_line(&mut answer).map_err(Error::Stdout)?;
            if !matches!(answer.trim(), "y" | "Y" | "yes") {
                ctx.printer.warn("nothing deleted");
                return Ok(EXIT_CHECK_FAILED);
            }
        }
        let info = store.delete(&info.name)?;
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }
}

/// Rename a key (no passphrase needed).
///
/// Examples:
///   pgw keys rename app app-mainnet
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RenameArgs {
    /// Current name or address
    old: String,
    /// New name
    new: String,
    /// Replace an existing key named NEW
    #[arg(long)]
    force: bool,
}

impl RenameArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        let info = store.find(&self.old)?;
        let info = store.rename(&info.name, &self.new, self.force)?;
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }
}

/// Change a key's passphrase.
///
/// The current passphrase comes from --passphrase-file, PGW_PASSPHRASE or a prompt; the new one
/// from --new-passphrase-file, PGW_NEW_PASSPHRASE or a prompt (asked twice).
///
/// Examples:
///   pgw keys passwd my-app
///   pgw keys passwd my-app --passphrase-file old.txt --new-passphrase-file new.txt
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct PasswdArgs {
    /// Key name or address
    name: String,
    /// Read the new passphrase from FILE
    #[arg(long, value_name = "FILE")]
    new_passphrase_file: Option<PathBuf>,
}

impl PasswdArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        let info = store.find(&self.name)?;
        warn_modes(ctx, &store, &info);
        let old = keysource::unlock_passphrase(ctx, &info.name)?;
        // Fail on a wrong passphrase before asking for a new one (the change re-checks it).
        store.unlock_any(&info, old.as_bytes())?;
        let new = passphrase::obtain(Request {
            file: self.new_passphrase_file.as_deref(),
            env: ctx.passphrases.new_passphrase.as_ref(),
            env_name: "PGW_NEW_PASSPHRASE",
            file_flag: "--new-passphrase-file",
            prompt: format!("New passphrase for key \"{}\": ", info.name),
            confirm: true,
        })?;
        let info = store.change_passphrase(&info, old.as_bytes(), new.as_bytes())?;
        show_info(ctx, &info)?;
        Ok(EXIT_OK)
    }
}

#[derive(Debug, Serialize)]
struct Signed {
    address: String,
    public_key: String,
    message: String,
    signature: String,
}

/// Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like
/// `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of
/// the bytes, the 64-byte R‖S with a low S.
///
/// Examples:
///   pgw keys sign my-app deadbeef
///   pgw keys sign relayer $(pgw proof verify relay.json --output json | jq -r …)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// Key name or address
    name: String,
    /// The message as hex
    #[arg(value_name = "HEX")]
    message: String,
}

impl SignArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let message = decode_hex("HEX", &self.message)?;
        let store = open(ctx)?;
        let info = store.find(&self.name)?;
        warn_modes(ctx, &store, &info);
        let pass = keysource::unlock_passphrase(ctx, &info.name)?;
        let signature = match store.unlock_any(&info, pass.as_bytes())? {
            UnlockedKey::Morse(key) => hex::encode(key.sign(&message)),
            UnlockedKey::Shannon(key) => hex::encode(shannon_sign(&key, &message)),
        };
        let signed = Signed {
            address: info.address.clone(),
            public_key: info.public_key.clone(),
            message: hex::encode(&message),
            signature,
        };
        ctx.printer.result(&signed, || format!("{}\n", signed.signature))?;
        Ok(EXIT_OK)
    }
}

fn decode_hex(what: &str, s: &str) -> Result<Vec<u8>> {
    gohex::decode(s.trim()).map_err(|e| Error::usage(format!("{what} is not hex: {e}")))
}

#[derive(Debug, Serialize)]
struct Verified {
    valid: bool,
    address: String,
}

/// Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a
/// 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only).
/// Exits 0 when valid, 1 when not.
///
/// Examples:
///   pgw keys verify b243…6cc3 deadbeef 5d04…6108
///   pgw keys verify 0397…2cc5 deadbeef 3045…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The signer's public key (64 hex characters; 66 for a Shannon key)
    #[arg(value_name = "PUBKEY")]
    public_key: String,
    /// The message as hex
    #[arg(value_name = "HEX")]
    message: String,
    /// The signature as hex (128 characters)
    #[arg(value_name = "SIGNATURE")]
    signature: String,
}

impl VerifyArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        if self.public_key.trim().len() == 66 {
            return self.run_shannon(ctx);
        }
        let key = PublicKey::from_hex("PUBKEY", &self.public_key).map_err(|e| Error::usage(e.to_string()))?;
        let message = decode_hex("HEX", &self.message)?;
        let signature = decode_hex("SIGNATURE", &self.signature)?;
        if signature.len() != 64 {
            return Err(Error::usage(format!(
                "SIGNATURE must be 64 bytes (128 hex characters); got {} bytes",
                signature.len()
            )));
        }
        let result = Verified { valid: key.verify(&message, &signature), address: key.address().to_string() };
        ctx.printer.result(&result, || {
            if result.valid {
                format!("valid: signed by {} ({})\n", key, result.address)
            } else {
                format!("INVALID: not a signature of these bytes by {key}\n")
            }
        })?;
        Ok(if result.valid { EXIT_OK } else { EXIT_CHECK_FAILED })
    }
}

impl VerifyArgs {
    fn run_shannon(self, ctx: &Ctx) -> Result<u8> {
        let key = shannon_keys::PublicKey::from_hex("PUBKEY", &self.public_key)
            .map_err(|e| Error::usage(e.to_string()))?;
        let message = decode_hex("HEX", &self.message)?;
        let signature = decode_hex("SIGNATURE", &self.signature)?;
        if signature.len() != 64 {
            return Err(Error::usage(format!(
                "SIGNATURE must be 64 bytes (128 hex characters, R‖S); got {} bytes",
                signature.len()
            )));
        }
        let result = Verified { valid: shannon_verify(&key, &message, &signature), address: key.address() };
        ctx.printer.result(&result, || {
            if result.valid {
                format!("valid: signed by {} ({})\n", key, result.address)
            } else {
                format!("INVALID: not a low-S secp256k1 signature of these bytes by {key}\n")
            }
        })?;
        Ok(if result.valid { EXIT_OK } else { EXIT_CHECK_FAILED })
    }
}

/// cosmos `secp256k1.PrivKey.Sign`: ECDSA (RFC 6979) over SHA-256(message), 64-byte R‖S, low S.
fn shannon_sign(key: &shannon_keys::PrivateKey, message: &[u8]) -> [u8; 64] {
    use k256::ecdsa::signature::Signer as _;
    let signing = k256::ecdsa::SigningKey::from(key.secret());
    let signature: k256::ecdsa::Signature = signing.sign(message);
    let signature = signature.normalize_s().unwrap_or(signature);
    signature.to_bytes().into()
}

/// cosmos `secp256k1.PubKey.VerifySignature`: 64-byte R‖S over SHA-256(message); a high S is
/// refused as cosmos refuses it.
fn shannon_verify(key: &shannon_keys::PublicKey, message: &[u8], signature: &[u8]) -> bool {
    use k256::ecdsa::signature::Verifier as _;
    let Ok(signature) = k256::ecdsa::Signature::from_slice(signature) else {
        return false;
    };
    if signature.normalize_s().is_some() {
        return false;
    }
    k256::ecdsa::VerifyingKey::from(key.inner()).verify(message, &signature).is_ok()
}

//! `pgw keys …`: the encrypted local keystore.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;
use zeroize::Zeroizing;

use super::Ctx;
use super::input;
use super::passphrase::{self, Request};
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::fsutil;
use crate::keystore::{KeyInfo, Keystore};
use crate::output::table;
use crate::protocol::morse::gohex;
use crate::protocol::morse::keys::{PrivateKey, PublicKey};
use crate::protocol::morse::ppk::Ppk;

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
///
/// Examples:
///   pgw keys new my-app
///   pgw keys new relayer --passphrase-file pass.txt
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
}

impl NewArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        // Refuse before asking for a passphrase twice.
        store.check_available(&self.name, self.force)?;
        let pass = new_passphrase(ctx, &self.name)?;
        let key = PrivateKey::generate();
        let info = store.save(&self.name, &key, pass.as_bytes(), &self.hint, self.force)?;
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
            let mut t = table::new(&["Name", "Address", "Public key", "Created"]);
            for k in &keys {
                t.add_row(vec![k.name.clone(), k.address.clone(), k.public_key.clone(), k.created.clone()]);
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

/// Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key.
///
/// A PPK file is decrypted with its own password (--ppk-passphrase-file, PGW_PPK_PASSPHRASE,
/// or a prompt), which then protects it in the keystore too, unless --new-passphrase asks for
/// a new one (from --passphrase-file, PGW_PASSPHRASE, or a prompt). A raw key (128 hex
/// characters, or a 64-character seed) is encrypted with the keystore passphrase.
///
/// Examples:
///   pgw keys import my-app --ppk pocket-account-9d6a….json
///   pgw keys import relayer --raw-file client.key
///   cat client.key | pgw keys import relayer --raw-file - --passphrase-file pass.txt
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ImportArgs {
    /// Name for the key in the keystore
    name: String,
    /// A PPK (armored JSON) key file
    #[arg(long, value_name = "FILE", required_unless_present = "raw_file", conflicts_with = "raw_file")]
    ppk: Option<PathBuf>,
    /// A file holding the private key as hex, or - for stdin
    #[arg(long, value_name = "FILE")]
    raw_file: Option<PathBuf>,
    /// Read the PPK file's password from FILE
    #[arg(long, value_name = "FILE", requires = "ppk")]
    ppk_passphrase_file: Option<PathBuf>,
    /// Protect the imported PPK with a new keystore passphrase instead of its own password
    #[arg(long, requires = "ppk")]
    new_passphrase: bool,
    /// Replace an existing key of the same name
    #[arg(long)]
    force: bool,
}

impl ImportArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let store = open(ctx)?;
        store.check_available(&self.name, self.force)?;
        let info = if let Some(path) = &self.ppk {
            let bytes = input::read_limited(path, crate::limits::KEY)?;
            let ppk = Ppk::parse(&bytes).map_err(|e| Error::key(format!("{}: {e}", path.display())))?;
            let file_pass = passphrase::obtain(Request {
                file: self.ppk_passphrase_file.as_deref(),
                env: ctx.passphrases.ppk_passphrase.as_ref(),
                env_name: "PGW_PPK_PASSPHRASE",
                file_flag: "--ppk-passphrase-file",
                prompt: format!("Password of {}: ", path.display()),
                confirm: false,
            })?;
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
}

/// Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and
/// the SDKs import, protected by the key's keystore passphrase.
///
/// --unsafe-raw prints the raw private key instead (after asking for the passphrase): anyone
/// who sees it controls the key.
///
/// Examples:
///   pgw keys export my-app --out my-app.ppk.json --hint "usual one"
///   pgw keys export relayer --unsafe-raw --passphrase-file pass.txt > client.key
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
        if self.unsafe_raw {
            warn_modes(ctx, &store, &info);
            let pass = unlock_passphrase(ctx, &info.name)?;
            let key = store.unlock(&info, pass.as_bytes())?;
            let mut raw = key.to_hex();
            raw.push('\n');
            ctx.printer.stdout(raw.as_bytes())?;
            return Ok(EXIT_OK);
        }
        let mut ppk = store.read_ppk(&info)?;
        if let Some(hint) = self.hint {
            ppk.hint = hint;
        }
        let mut json = ppk.to_json();
        json.push('\n');
        match &self.out {
            Some(path) => {
                fsutil::write_atomic(path, json.as_bytes(), Some(0o600))?;
                ctx.printer.warn(&format!("wrote {} (encrypted with the key's passphrase)", path.display()));
            }
            None => ctx.printer.stdout(json.as_bytes())?,
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
        let old = unlock_passphrase(ctx, &info.name)?;
        // Fail on a wrong passphrase before asking for a new one (the change re-checks it).
        store.unlock(&info, old.as_bytes())?;
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
/// `pocket accounts sign`.
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
        let pass = unlock_passphrase(ctx, &info.name)?;
        let key = store.unlock(&info, pass.as_bytes())?;
        let signed = Signed {
            address: info.address.clone(),
            public_key: info.public_key.clone(),
            message: hex::encode(&message),
            signature: hex::encode(key.sign(&message)),
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

/// Verify an Ed25519 signature over hex bytes. Exits 0 when valid, 1 when not.
///
/// Examples:
///   pgw keys verify b243…6cc3 deadbeef 5d04…6108
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The signer's public key (64 hex characters)
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

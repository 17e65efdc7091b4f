//! The encrypted local keystore: one key per file in `<home>/keys/`, no terminal I/O.
//!
//! Each `<home>/keys/NAME.json` (mode 0600) is ONE compact JSON object: the five PPK fields
//! exactly as pocket-core writes them (docs/protocol.md §12: `kdf, salt, secparam, hint, ciphertext`),
//! then public metadata (`pgw_keystore` = 1, `name`, `address`, `public_key`, `created`). PPK
//! readers (pocket-core's `accounts import-armored`, pocket-js, pocket-go) ignore unknown fields,
//! so a keystore file is itself an importable PPK file; the metadata lets `list`/`find` work
//! without a passphrase.
//!
//! Design notes:
//! - The file name is authoritative for the key's name (the `name` field must be present, but a
//!   file renamed by hand is listed under its new name). `address` and `public_key` are checked
//!   against each other when read, and the decrypted key is checked against them on unlock.
//! - `<home>/keys` is created with mode 0700; an existing directory's mode is left alone.
//! - Every write is atomic (temp file `.pgw-*` in the same directory, fsync, rename, then fsync of
//!   the directory). Changes to the directory (save, import, rename, delete) hold an exclusive
//!   lock on `keys/.lock` for the check-then-write only, never during scrypt.
//! - A corrupt, truncated or future-version file is reported on its own and never hides the
//!   others; files starting with `.` (the lock, leftover temp files) are never read.
//! - Names are compared byte-for-byte; on a case-insensitive file system `App` and `app` are
//!   the same file.
//! - A Shannon (secp256k1) key's file has the same fields, encrypted the same way (see
//!   [`shannon`]), plus `"protocol":"shannon"` after `pgw_keystore`; its `address` is the bech32
//!   `pokt1…` address and `public_key` the 33-byte compressed key (66 hex characters). A file
//!   without `protocol` is a Morse key, so every existing file reads as before.

pub mod armor;
pub mod mnemonic;
pub mod shannon;

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use crate::fsutil;
use crate::protocol::morse::keys::{PrivateKey, PublicKey};
use crate::protocol::morse::ppk::{Ppk, PpkError};
use crate::protocol::shannon::keys as shannon_keys;

mod bounded;
mod perms;
mod rmw;

/// The keystore file format version written in `pgw_keystore`.
pub const FORMAT_VERSION: u64 = 1;
/// Longest key name.
pub const MAX_NAME_LEN: usize = 64;

const KEYS_DIR: &str = "keys";
const LOCK_FILE: &str = ".lock";
const EXTENSION: &str = ".json";
/// How long a writer waits for another process's lock (held only for a write + rename + fsync).
const LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// pgw's default data directory (`~/.local/share/pgw` on Linux, `~/Library/Application
/// Support/pgw` on macOS), when the platform has one.
pub fn default_home() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "pgw").map(|dirs| dirs.data_dir().to_path_buf())
}

/// Which network a key is for: its curve, address and signature scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum KeyProtocol {
    /// POKT v0 (pocket-core): Ed25519, 40-hex addresses.
    #[default]
    Morse,
    /// POKT Shannon (poktroll): secp256k1, bech32 `pokt1…` addresses.
    Shannon,
}

impl KeyProtocol {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyProtocol::Morse => "morse",
            KeyProtocol::Shannon => "shannon",
        }
    }

    /// "Morse (ed25519)" / "Shannon (secp256k1)", for messages.
    pub fn describe(self) -> &'static str {
        match self {
            KeyProtocol::Morse => "Morse (ed25519)",
            KeyProtocol::Shannon => "Shannon (secp256k1)",
        }
    }
}

impl std::fmt::Display for KeyProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A key's public description, readable without its passphrase.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KeyInfo {
    pub name: String,
    /// `morse` or `shannon`.
    pub protocol: KeyProtocol,
    /// Morse: 40 lowercase hex characters; Shannon: bech32 `pokt1…` (43 characters).
    pub address: String,
    /// Morse: 64 lowercase hex characters (Ed25519); Shannon: 66 (compressed secp256k1).
    pub public_key: String,
    /// RFC 3339 UTC, e.g. `2026-11-21T18:20:00Z`.
    pub created: String,
    pub path: PathBuf,
}

impl KeyInfo {
    /// Fails with [`KeystoreError::WrongProtocol`] unless this is a `wanted` key (check it before
    /// asking for the passphrase).
    pub fn expect_protocol(&self, wanted: KeyProtocol) -> Result<(), KeystoreError> {
        if self.protocol == wanted {
            Ok(())
        } else {
            Err(KeystoreError::WrongProtocol { name: self.name.clone(), found: self.protocol, wanted })
        }
    }
}

/// A decrypted key of either protocol.
pub enum UnlockedKey {
    Morse(PrivateKey),
    Shannon(shannon_keys::PrivateKey),
}

/// Why a keystore operation failed. Every message is one line and names the file when there is
/// one; none holds a secret.
#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
    #[error(
        "invalid key name {}: a name is 1 to 64 letters, digits, '.', '_' or '-', not starting with '.' or '-'",
        crate::redact::quoted(.name)
    )]
    InvalidName { name: String },
    #[error(
        "invalid key name \"{name}\": it is an address (40 hex characters), and a key found by that address could then be another key: pick a name"
    )]
    AddressName { name: String },
    #[error("no key {} in {}: `pgw keys list` shows the keys", describe_query(.query), .dir.display())]
    NotFound { query: String, dir: PathBuf },
    #[error("a key named \"{name}\" already exists ({}): pass --force to overwrite", .path.display())]
    Exists { name: String, path: PathBuf },
    #[error("address {address} belongs to several keys ({}): use a name", .names.join(", "))]
    Ambiguous { address: String, names: Vec<String> },
    #[error("{}: corrupt key file: {reason}", .path.display())]
    Corrupt { path: PathBuf, reason: String },
    #[error(
        "{}: unknown format version {version} (this pgw reads pgw_keystore version 1; was the file written by a newer pgw?)",
        .path.display()
    )]
    UnknownVersion { path: PathBuf, version: String },
    /// `path` is `None` for a PPK given to [`Keystore::import_ppk`] (the caller knows its origin).
    #[error("{}wrong passphrase (or the file is corrupt): decryption failed", path_prefix(.path))]
    WrongPassphrase { path: Option<PathBuf> },
    /// A PPK given to [`Keystore::import_ppk`] that does not hold a pocket Ed25519 key.
    #[error("the PPK does not hold a pocket Ed25519 private key: {reason}")]
    BadKey { reason: String },
    /// A key of one protocol where the other is needed.
    #[error(
        "key \"{name}\" is a {} key; this needs a {} key: create one with `{}`",
        .found.describe(),
        .wanted.describe(),
        create_hint(*.wanted)
    )]
    WrongProtocol { name: String, found: KeyProtocol, wanted: KeyProtocol },
    #[error("{}: {message}", .path.display())]
    Io { path: PathBuf, message: String },
    #[error(
        "{}: timed out after {} s waiting for the keystore lock (is another pgw process stuck?)",
        .path.display(),
        LOCK_TIMEOUT.as_secs()
    )]
    Locked { path: PathBuf },
}

fn create_hint(wanted: KeyProtocol) -> &'static str {
    match wanted {
        KeyProtocol::Morse => "pgw keys new NAME",
        KeyProtocol::Shannon => "pgw keys new NAME --protocol shannon",
    }
}

fn describe_query(query: &str) -> String {
    if is_address(query) || is_shannon_address(query) {
        format!("named or with address \"{query}\"")
    } else {
        format!("named {}", crate::redact::quoted(query))
    }
}

fn path_prefix(path: &Option<PathBuf>) -> String {
    path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default()
}

/// Checks a key name: 1–64 characters of `[A-Za-z0-9._-]`, not starting with `.` or `-`.
pub fn validate_name(name: &str) -> Result<(), KeystoreError> {
    let valid = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && !name.starts_with(['.', '-'])
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if valid { Ok(()) } else { Err(KeystoreError::InvalidName { name: name.to_owned() }) }
}

/// Checks the name of a key about to be written: a valid name that is not an address, since
/// `--app-key ADDRESS` would find it by name instead of the key with that address.
pub fn validate_new_name(name: &str) -> Result<(), KeystoreError> {
    validate_name(name)?;
    if is_address(name) || is_shannon_address(name) {
        return Err(KeystoreError::AddressName { name: name.to_owned() });
    }
    Ok(())
}

/// 40 hex characters, either case.
fn is_address(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A valid bech32 `pokt1…` account address (bech32 may also be written in upper case).
fn is_shannon_address(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.len() == 43 && lower.starts_with("pokt1") && shannon_keys::decode_address(&lower).is_ok()
}

/// A key file read and checked: its metadata and its PPK fields.
struct Entry {
    info: KeyInfo,
    ppk: Ppk,
    public_key: EntryKey,
}

/// The public key a file records, of either protocol.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EntryKey {
    Morse(PublicKey),
    Shannon(shannon_keys::PublicKey),
}

impl EntryKey {
    fn protocol(&self) -> KeyProtocol {
        match self {
            EntryKey::Morse(_) => KeyProtocol::Morse,
            EntryKey::Shannon(_) => KeyProtocol::Shannon,
        }
    }

    fn address(&self) -> String {
        match self {
            EntryKey::Morse(k) => k.address().to_string(),
            EntryKey::Shannon(k) => k.address(),
        }
    }

    fn to_hex(self) -> String {
        match self {
            EntryKey::Morse(k) => k.to_hex(),
            EntryKey::Shannon(k) => k.to_string(),
        }
    }
}

impl std::fmt::Display for EntryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl From<PublicKey> for EntryKey {
    fn from(key: PublicKey) -> Self {
        EntryKey::Morse(key)
    }
}

impl From<shannon_keys::PublicKey> for EntryKey {
    fn from(key: shannon_keys::PublicKey) -> Self {
        EntryKey::Shannon(key)
    }
}

/// The exclusive directory lock; released when dropped (the file is closed).
struct DirLock {
    _file: File,
}

/// The keystore directory `<home>/keys`.
#[derive(Debug, Clone)]
pub struct Keystore {
    dir: PathBuf,
}

impl Keystore {
    /// Opens `<home>/keys`, creating it (and `home`) with mode 0700 if missing. The mode of an
    /// existing directory is not changed.
    pub fn open(home: &Path) -> Result<Keystore, KeystoreError> {
        let dir = home.join(KEYS_DIR);
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(&dir).map_err(|e| io_error("create the keystore directory", &dir, &e))?;
        Ok(Keystore { dir })
    }

    /// The `keys` directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Checks a name for a new key (see [`validate_name`]).
    pub fn check_name(&self, name: &str) -> Result<(), KeystoreError> {
        validate_name(name)
    }

    /// Every key, sorted by name, and a problem for each `*.json` file that could not be read
    /// (corrupt, unknown version, unreadable). A bad file never hides the others. Files whose
    /// name starts with `.` (the lock, temp files of an interrupted write) are skipped.
    pub fn list(&self) -> Result<(Vec<KeyInfo>, Vec<KeystoreError>), KeystoreError> {
        let entries = fs::read_dir(&self.dir).map_err(|e| io_error("list", &self.dir, &e))?;
        let mut keys = Vec::new();
        let mut problems = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    problems.push(io_error("list", &self.dir, &e));
                    continue;
                }
            };
            let file_name = entry.file_name();
            let Some(name) = file_name.to_str().and_then(key_name_of_file) else {
                continue;
            };
            match read_entry(name, &entry.path()) {
                Ok(entry) => keys.push(entry.info),
                Err(e) => problems.push(e),
            }
        }
        keys.sort_by(|a, b| a.name.cmp(&b.name));
        problems.sort_by_key(|e| e.to_string());
        Ok((keys, problems))
    }

    /// Looks a key up by name, or by address (40 hex characters, either case) when no key has
    /// that name.
    pub fn find(&self, name_or_address: &str) -> Result<KeyInfo, KeystoreError> {
        let query = name_or_address;
        let as_name = validate_name(query);
        if as_name.is_ok()
            && let Some(entry) = read_entry_if_present(query, &self.path_of(query))?
        {
            return Ok(entry.info);
        }
        if is_address(query) || is_shannon_address(query) {
            let (keys, _) = self.list()?;
            let mut matches: Vec<KeyInfo> =
                keys.into_iter().filter(|k| k.address.eq_ignore_ascii_case(query)).collect();
            if matches.len() > 1 {
                return Err(KeystoreError::Ambiguous {
                    address: query.to_ascii_lowercase(),
                    names: matches.into_iter().map(|k| k.name).collect(),
                });
            }
            if let Some(info) = matches.pop() {
                return Ok(info);
            }
        }
        as_name?;
        Err(self.not_found(query))
    }

    /// Decrypts a key (one scrypt derivation), checking that it is the key the file's metadata
    /// (and `info`) describe.
    pub fn unlock(&self, info: &KeyInfo, passphrase: &[u8]) -> Result<PrivateKey, KeystoreError> {
        let entry = self.read_described(info)?;
        entry.info.expect_protocol(KeyProtocol::Morse)?;
        let path = &entry.info.path;
        let corrupt = |reason: String| KeystoreError::Corrupt { path: path.clone(), reason };
        let bytes = entry.ppk.decrypt(passphrase).map_err(|e| match e {
            PpkError::WrongPassphrase => KeystoreError::WrongPassphrase { path: Some(path.clone()) },
            other => corrupt(other.to_string()),
        })?;
        let key = PrivateKey::from_bytes(&bytes[..]).map_err(|e| corrupt(e.to_string()))?;
        if EntryKey::Morse(key.public_key()) != entry.public_key {
            return Err(corrupt(format!(
                "the encrypted key's public key is {}, not the file's \"public_key\" {}",
                key.public_key(),
                entry.public_key
            )));
        }
        Ok(key)
    }

    /// Decrypts a Shannon key (one scrypt derivation), checking it against the file's metadata.
    /// A Morse key is refused with [`KeystoreError::WrongProtocol`] before any scrypt work.
    pub fn unlock_shannon(
        &self,
        info: &KeyInfo,
        passphrase: &[u8],
    ) -> Result<shannon_keys::PrivateKey, KeystoreError> {
        info.expect_protocol(KeyProtocol::Shannon)?;
        let entry = self.read_described(info)?;
        entry.info.expect_protocol(KeyProtocol::Shannon)?;
        let path = &entry.info.path;
        let corrupt = |reason: String| KeystoreError::Corrupt { path: path.clone(), reason };
        let key = shannon::open(&entry.ppk, passphrase).map_err(|e| match e {
            shannon::SealError::WrongPassphrase => {
                KeystoreError::WrongPassphrase { path: Some(path.clone()) }
            }
            shannon::SealError::Corrupt(reason) => corrupt(reason),
        })?;
        if EntryKey::Shannon(key.public_key()) != entry.public_key {
            return Err(corrupt(format!(
                "the encrypted key's public key is {}, not the file's \"public_key\" {}",
                key.public_key(),
                entry.public_key
            )));
        }
        Ok(key)
    }

    /// Decrypts a key of either protocol (for commands that handle both: export, sign, passwd).
    pub fn unlock_any(&self, info: &KeyInfo, passphrase: &[u8]) -> Result<UnlockedKey, KeystoreError> {
        match info.protocol {
            KeyProtocol::Morse => self.unlock(info, passphrase).map(UnlockedKey::Morse),
            KeyProtocol::Shannon => self.unlock_shannon(info, passphrase).map(UnlockedKey::Shannon),
        }
    }

    /// Like [`Keystore::save`] for a Shannon key: the same encryption, the `protocol` field set.
    pub fn save_shannon(
        &self,
        name: &str,
        key: &shannon_keys::PrivateKey,
        passphrase: &[u8],
        hint: &str,
        force: bool,
    ) -> Result<KeyInfo, KeystoreError> {
        self.check_available(name, force)?;
        let ppk = shannon::seal(key, passphrase, hint);
        self.write_key(name, &ppk, key.public_key(), force)
    }

    /// Saves either kind of key (a passphrase change keeps the key's protocol).
    pub fn save_any(
        &self,
        name: &str,
        key: &UnlockedKey,
        passphrase: &[u8],
        hint: &str,
        force: bool,
    ) -> Result<KeyInfo, KeystoreError> {
        match key {
            UnlockedKey::Morse(k) => self.save(name, k, passphrase, hint, force),
            UnlockedKey::Shannon(k) => self.save_shannon(name, k, passphrase, hint, force),
        }
    }

    /// Encrypts `key` with `passphrase` (one scrypt derivation, before taking the lock) and
    /// writes it as `name`. An existing key of that name is replaced only with `force`; replacing
    /// a key by itself (a passphrase change) keeps its `created` time.
    pub fn save(
        &self,
        name: &str,
        key: &PrivateKey,
        passphrase: &[u8],
        hint: &str,
        force: bool,
    ) -> Result<KeyInfo, KeystoreError> {
        self.check_available(name, force)?;
        let ppk = Ppk::encrypt(&key.to_bytes(), passphrase, hint);
        self.write_key(name, &ppk, key.public_key(), force)
    }

    /// Imports a PPK file's key as `name`. The PPK is decrypted with its own password (to check
    /// it and learn the public key); with `new_passphrase` it is re-encrypted (with an empty
    /// hint, since the old hint describes the old password), otherwise it is stored as it is.
    pub fn import_ppk(
        &self,
        name: &str,
        ppk: &Ppk,
        ppk_passphrase: &[u8],
        new_passphrase: Option<&[u8]>,
        force: bool,
    ) -> Result<KeyInfo, KeystoreError> {
        self.check_available(name, force)?;
        let bytes = ppk.decrypt(ppk_passphrase).map_err(|e| match e {
            PpkError::WrongPassphrase => KeystoreError::WrongPassphrase { path: None },
            other => KeystoreError::BadKey { reason: other.to_string() },
        })?;
        let key = PrivateKey::from_bytes(&bytes[..])
            .map_err(|e| KeystoreError::BadKey { reason: e.to_string() })?;
        let key = EntryKey::Morse(key.public_key());
        let stored = match new_passphrase {
            Some(passphrase) => Ppk::encrypt(&bytes, passphrase, ""),
            None => ppk.clone(),
        };
        drop(bytes);
        self.write_key(name, &stored, key, force)
    }

    /// Deletes a key file.
    pub fn delete(&self, name: &str) -> Result<KeyInfo, KeystoreError> {
        validate_name(name)?;
        let _lock = self.lock()?;
        let entry = self.read_named(name)?;
        let path = &entry.info.path;
        fs::remove_file(path).map_err(|e| io_error("delete", path, &e))?;
        sync_dir(&self.dir)?;
        Ok(entry.info)
    }

    /// Renames a key (no passphrase: the same PPK fields are written under the new name, then
    /// the old file is removed). An existing key named `new` is replaced only with `force`.
    pub fn rename(&self, old: &str, new: &str, force: bool) -> Result<KeyInfo, KeystoreError> {
        validate_name(old)?;
        validate_new_name(new)?;
        let _lock = self.lock()?;
        let entry = self.read_named(old)?;
        if old == new {
            return Ok(entry.info);
        }
        let old_path = entry.info.path.clone();
        let new_path = self.path_of(new);
        // On a case-insensitive file system `App.json` and `app.json` are one file: rename it
        // (changing the case) instead of writing the new file and removing the "old" one.
        let same_file = is_same_file(&old_path, &new_path);
        if !same_file && exists(&new_path)? && !force {
            return Err(KeystoreError::Exists { name: new.to_owned(), path: new_path });
        }
        let info = KeyInfo { name: new.to_owned(), path: new_path.clone(), ..entry.info };
        let json = file_json(&entry.ppk, &info);
        if same_file {
            fs::rename(&old_path, &new_path).map_err(|e| io_error("rename", &old_path, &e))?;
            write_file(&new_path, &json)?;
            sync_dir(&self.dir)?;
            return Ok(info);
        }
        write_file(&new_path, &json)?;
        sync_dir(&self.dir)?;
        fs::remove_file(&old_path).map_err(|e| io_error("delete", &old_path, &e))?;
        sync_dir(&self.dir)?;
        Ok(info)
    }

    /// The key's PPK fields (for export; still encrypted with the key's passphrase).
    pub fn read_ppk(&self, info: &KeyInfo) -> Result<Ppk, KeystoreError> {
        self.read_described(info).map(|e| e.ppk)
    }

    fn path_of(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}{EXTENSION}"))
    }

    fn not_found(&self, query: &str) -> KeystoreError {
        KeystoreError::NotFound { query: query.to_owned(), dir: self.dir.clone() }
    }

    /// Reads `<name>.json`; a missing file is `NotFound`.
    fn read_named(&self, name: &str) -> Result<Entry, KeystoreError> {
        read_entry_if_present(name, &self.path_of(name))?.ok_or_else(|| self.not_found(name))
    }

    /// Fails fast, before any scrypt work, when `name` is taken and `force` is not given (the
    /// check is repeated under the lock when writing).
    pub fn check_available(&self, name: &str, force: bool) -> Result<(), KeystoreError> {
        validate_new_name(name)?;
        let path = self.path_of(name);
        if !force && exists(&path)? {
            return Err(KeystoreError::Exists { name: name.to_owned(), path });
        }
        Ok(())
    }

    /// Re-reads the file `info` came from and checks it still holds the same key.
    fn read_described(&self, info: &KeyInfo) -> Result<Entry, KeystoreError> {
        let entry =
            read_entry_if_present(&info.name, &info.path)?.ok_or_else(|| self.not_found(&info.name))?;
        if entry.info.public_key != info.public_key {
            return Err(KeystoreError::Corrupt {
                path: info.path.clone(),
                reason: format!(
                    "the file changed while pgw was using it: it now holds the key {} instead of {}",
                    entry.info.address, info.address
                ),
            });
        }
        Ok(entry)
    }

    /// Under the directory lock: refuse an existing `name` unless `force`, then write the file.
    fn write_key(
        &self,
        name: &str,
        ppk: &Ppk,
        public_key: impl Into<EntryKey>,
        force: bool,
    ) -> Result<KeyInfo, KeystoreError> {
        let public_key = public_key.into();
        validate_name(name)?;
        let path = self.path_of(name);
        let _lock = self.lock()?;
        let mut created = None;
        if exists(&path)? {
            if !force {
                return Err(KeystoreError::Exists { name: name.to_owned(), path });
            }
            // The same key under a new passphrase keeps its creation time.
            created =
                read_entry(name, &path).ok().filter(|e| e.public_key == public_key).map(|e| e.info.created);
        }
        let info = KeyInfo {
            name: name.to_owned(),
            protocol: public_key.protocol(),
            address: public_key.address(),
            public_key: public_key.to_hex(),
            created: created.unwrap_or_else(now_rfc3339),
            path,
        };
        write_file(&info.path, &file_json(ppk, &info))?;
        sync_dir(&self.dir)?;
        Ok(info)
    }

    /// Takes the exclusive lock on `<dir>/.lock` (created 0600), waiting up to `LOCK_TIMEOUT`.
    fn lock(&self) -> Result<DirLock, KeystoreError> {
        let path = self.dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path).map_err(|e| io_error("open the keystore lock", &path, &e))?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(DirLock { _file: file }),
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(e)) => return Err(io_error("lock", &path, &e)),
            }
            if start.elapsed() >= LOCK_TIMEOUT {
                return Err(KeystoreError::Locked { path });
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }
}

/// The key name a directory entry stands for: `NAME.json`, not starting with `.`.
fn key_name_of_file(file_name: &str) -> Option<&str> {
    if file_name.starts_with('.') {
        return None;
    }
    file_name.strip_suffix(EXTENSION).filter(|stem| !stem.is_empty())
}

/// Reads and checks one key file (no passphrase needed).
fn read_entry(name: &str, path: &Path) -> Result<Entry, KeystoreError> {
    let bytes = bounded::read(path)?;
    parse_entry(name, path, &bytes)
}

/// Like [`read_entry`], with `None` for a missing file.
fn read_entry_if_present(name: &str, path: &Path) -> Result<Option<Entry>, KeystoreError> {
    match bounded::read(path) {
        Ok(bytes) => parse_entry(name, path, &bytes).map(Some),
        Err(e) if bounded::is_missing(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

fn parse_entry(name: &str, path: &Path, bytes: &[u8]) -> Result<Entry, KeystoreError> {
    let corrupt = |reason: String| KeystoreError::Corrupt { path: path.to_owned(), reason };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| corrupt(format!("not valid JSON ({e})")))?;
    let Value::Object(map) = &value else {
        return Err(corrupt("not a JSON object".to_owned()));
    };
    match map.get("pgw_keystore") {
        Some(Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => {}
        Some(Value::Number(n)) => {
            return Err(KeystoreError::UnknownVersion { path: path.to_owned(), version: n.to_string() });
        }
        Some(_) => return Err(corrupt("\"pgw_keystore\" must be a number".to_owned())),
        None => {
            return Err(corrupt(
                "no \"pgw_keystore\" field (a plain PPK file? import it with `pgw keys import NAME --ppk FILE`)"
                    .to_owned(),
            ));
        }
    }
    let field = |field: &str| match map.get(field) {
        Some(Value::String(s)) => Ok(s.as_str()),
        Some(_) => Err(corrupt(format!("\"{field}\" must be a string"))),
        None => Err(corrupt(format!("no \"{field}\" field"))),
    };
    let protocol = match map.get("protocol") {
        None => KeyProtocol::Morse,
        Some(Value::String(s)) if s == "morse" => KeyProtocol::Morse,
        Some(Value::String(s)) if s == "shannon" => KeyProtocol::Shannon,
        Some(other) => {
            return Err(corrupt(format!(
                "unknown \"protocol\" {other} (this pgw reads \"morse\" and \"shannon\" keys; was the file written by a newer pgw?)"
            )));
        }
    };
    let ppk = match protocol {
        KeyProtocol::Morse => Ppk::parse(bytes).map_err(|e| corrupt(e.to_string()))?,
        KeyProtocol::Shannon => {
            let ppk = Ppk {
                kdf: field("kdf")?.to_owned(),
                salt: field("salt")?.to_owned(),
                secparam: field("secparam")?.to_owned(),
                hint: field("hint")?.to_owned(),
                ciphertext: field("ciphertext")?.to_owned(),
            };
            shannon::check(&ppk).map_err(|e| corrupt(e.to_string()))?;
            ppk
        }
    };
    // The file name is authoritative; the field must exist but may differ (a file renamed by hand).
    field("name")?;
    validate_name(name).map_err(|_| corrupt(format!("{name:?} is not a valid key name: rename the file")))?;
    let public_key = match protocol {
        KeyProtocol::Morse => EntryKey::Morse(
            PublicKey::from_hex("\"public_key\"", field("public_key")?)
                .map_err(|e| corrupt(e.to_string()))?,
        ),
        KeyProtocol::Shannon => EntryKey::Shannon(
            shannon_keys::PublicKey::from_hex("\"public_key\"", field("public_key")?)
                .map_err(|e| corrupt(e.to_string()))?,
        ),
    };
    let address = public_key.address();
    let recorded = field("address")?;
    if !recorded.eq_ignore_ascii_case(&address) {
        return Err(corrupt(format!(
            "\"address\" {recorded:?} is not the address of \"public_key\" {public_key} ({address})"
        )));
    }
    let created = field("created")?.to_owned();
    let info = KeyInfo {
        name: name.to_owned(),
        protocol,
        address,
        public_key: public_key.to_hex(),
        created,
        path: path.to_owned(),
    };
    Ok(Entry { info, ppk, public_key })
}

/// The file's bytes: the PPK fields exactly as pocket-core writes them, then the metadata.
fn file_json(ppk: &Ppk, info: &KeyInfo) -> String {
    let mut out = ppk.to_json();
    let closing = out.pop();
    debug_assert_eq!(closing, Some('}'));
    let string = |s: &str| Value::from(s).to_string();
    // Morse files carry no `protocol` field: their bytes are exactly what earlier pgw wrote.
    let protocol = match info.protocol {
        KeyProtocol::Morse => String::new(),
        other => format!(",\"protocol\":{}", string(other.as_str())),
    };
    out.push_str(&format!(
        ",\"pgw_keystore\":{FORMAT_VERSION}{protocol},\"name\":{},\"address\":{},\"public_key\":{},\"created\":{}}}\n",
        string(&info.name),
        string(&info.address),
        string(&info.public_key),
        string(&info.created),
    ));
    out
}

/// Atomic write with mode 0600 (temp file `.pgw-*` in the same directory, fsync, rename).
fn write_file(path: &Path, json: &str) -> Result<(), KeystoreError> {
    fsutil::write_atomic(path, json.as_bytes(), Some(0o600))
        .map_err(|e| KeystoreError::Io { path: e.path, message: e.message })
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), KeystoreError> {
    #[cfg(unix)]
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io_error("sync", dir, &e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn exists(path: &Path) -> Result<bool, KeystoreError> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error("check", path, &e)),
    }
}

fn is_same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
    }
}

/// An I/O failure on `path`, worded as every file error is (`fsutil::FileError`).
fn io_error(action: &str, path: &Path, err: &io::Error) -> KeystoreError {
    let e = fsutil::FileError::new(action, path, err);
    KeystoreError::Io { path: e.path, message: e.message }
}

fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    //! scrypt budget (each call ~0.1 s): the shared K_A fixture 1, round trip 2, wrong
    //! passphrase 1, public-key mismatch 1, PJL import 3, PJL import with a new passphrase 2.

    use std::os::unix::fs::PermissionsExt;
    use std::sync::{Arc, Barrier, OnceLock};

    use super::*;
    use crate::protocol::morse::keys::tests::{K_A, K_B};

    const PASS: &[u8] = b"correct horse battery staple";
    const K_A_PUB: &str = "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
    const K_A_ADDR: &str = "b50a6e20d3733fb89631ae32385b3c85c533c560";
    /// docs/protocol.md §14, PJL:tests/src/unit/keybase/ppk.spec.ts (password `t`).
    const PJL_JSON: &str = r#"{"kdf": "scrypt","salt": "562F04E15064C472279CF748324051FD","secparam": "12","hint": "t","ciphertext": "SpkySM/0g4DUPjaOA/dzh+9r2/Kru/JCNi3VBLbjbs9Qw483ZjPd/b8fiwtujCSJaRQuejbAbZmx3DV6adiTzTA5MhcymzQwaUvVY6R6v6A40Y9cVeji4T94MZzcQfL9LPmddRvaLC1w9eWeVuweCY1SdU0m4TyMTGObxB34y14yyT0tnW3mz23IZ+SmqXKw"}"#;
    const PJL_KEY: &str = "af49ab2d0fbb7c55c2e69fdd8110c80c2d05df2a9a7cc9467e3e82696202cb3aae59eb833aab5da1bc0a81081997d10a5192e7c47530a2d878817327a55d51a0";
    const PJL_ADDR: &str = "18a650cb19bed92bf12a7d2584029d2ad56d2697";

    fn key(hex: &str) -> PrivateKey {
        PrivateKey::from_hex(hex).expect("test key")
    }

    /// K_A encrypted with PASS, once for all tests (the only scrypt call most tests need).
    fn ka_ppk() -> &'static Ppk {
        static PPK: OnceLock<Ppk> = OnceLock::new();
        PPK.get_or_init(|| Ppk::encrypt(&key(K_A).to_bytes(), PASS, "the usual"))
    }

    fn pjl_ppk() -> Ppk {
        Ppk::parse(PJL_JSON.as_bytes()).expect("PJL vector parses")
    }

    fn pjl_public() -> PublicKey {
        PublicKey::from_hex("pjl", &PJL_KEY[64..]).expect("hex")
    }

    /// Stores K_A as `name` without scrypt (the same locked write `save` ends with).
    fn store_ka(ks: &Keystore, name: &str) -> KeyInfo {
        ks.write_key(name, ka_ppk(), key(K_A).public_key(), false).expect("stores")
    }

    fn store_pjl(ks: &Keystore, name: &str, force: bool) -> Result<KeyInfo, KeystoreError> {
        ks.write_key(name, &pjl_ppk(), pjl_public(), force)
    }

    fn fresh() -> (tempfile::TempDir, Keystore) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let ks = Keystore::open(tmp.path()).expect("opens");
        (tmp, ks)
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn save_list_find_unlock_round_trip() {
        let (_tmp, ks) = fresh();
        let kb = key(K_B);
        let saved = ks.save("relayer", &kb, PASS, "my hint", false).expect("saves");
        assert_eq!(saved.name, "relayer");
        assert_eq!(saved.address, "9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f");
        assert_eq!(saved.public_key, &K_B[64..]);
        assert_eq!(saved.path, ks.dir().join("relayer.json"));

        let (keys, problems) = ks.list().expect("lists");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(keys, vec![saved.clone()]);
        assert_eq!(ks.find("relayer").expect("by name"), saved);
        assert_eq!(ks.find(&saved.address).expect("by address"), saved);
        assert_eq!(ks.find(&saved.address.to_ascii_uppercase()).expect("by ADDRESS"), saved);
        assert_eq!(ks.read_ppk(&saved).expect("ppk").hint, "my hint");

        let unlocked = ks.unlock(&saved, PASS).expect("unlocks");
        assert_eq!(unlocked.to_hex().as_str(), K_B);
    }

    #[test]
    fn modes_are_0700_for_the_directory_and_0600_for_files() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let home = tmp.path().join("not/yet/there");
        let ks = Keystore::open(&home).expect("creates the directories");
        assert_eq!(ks.dir(), home.join("keys"));
        assert_eq!(mode(ks.dir()), 0o700);
        let info = store_ka(&ks, "a");
        assert_eq!(mode(&info.path), 0o600);
        assert_eq!(mode(&ks.dir().join(".lock")), 0o600);
        // Opening again is fine.
        Keystore::open(&home).expect("reopens");
    }

    #[test]
    fn the_file_is_an_importable_ppk_followed_by_metadata() {
        let (_tmp, ks) = fresh();
        let info = store_ka(&ks, "app");
        let text = fs::read_to_string(&info.path).expect("reads");
        // PPK fields first, in pocket-core's order and bytes, then the metadata.
        let ppk_json = ka_ppk().to_json();
        assert!(text.starts_with(&ppk_json[..ppk_json.len() - 1]), "{text}");
        assert_eq!(
            &text[ppk_json.len() - 1..],
            format!(
                ",\"pgw_keystore\":1,\"name\":\"app\",\"address\":\"{K_A_ADDR}\",\"public_key\":\"{K_A_PUB}\",\"created\":\"{}\"}}\n",
                info.created
            )
        );
        assert_eq!(&Ppk::parse(text.as_bytes()).expect("PPK readers accept it"), ka_ppk());
        let value: Value = serde_json::from_str(&text).expect("JSON");
        let keys: Vec<&str> = value.as_object().expect("object").keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "kdf",
                "salt",
                "secparam",
                "hint",
                "ciphertext",
                "pgw_keystore",
                "name",
                "address",
                "public_key",
                "created"
            ]
        );
        let created = &info.created;
        assert_eq!(created.len(), 20, "{created}");
        assert!(created.ends_with('Z') && &created[4..5] == "-" && &created[10..11] == "T", "{created}");
        assert_eq!(info.address, K_A_ADDR);
        assert_eq!(info.public_key, K_A_PUB);
    }

    #[test]
    fn an_existing_key_is_replaced_only_with_force() {
        let (_tmp, ks) = fresh();
        let first = store_ka(&ks, "k");
        let before = fs::read(&first.path).expect("reads");
        let err = store_pjl(&ks, "k", false).expect_err("exists");
        assert!(matches!(&err, KeystoreError::Exists { name, path } if name == "k" && *path == first.path));
        let msg = err.to_string();
        assert_eq!(
            msg,
            format!("a key named \"k\" already exists ({}): pass --force to overwrite", first.path.display())
        );
        assert_eq!(fs::read(&first.path).expect("reads"), before, "untouched");
        let replaced = store_pjl(&ks, "k", true).expect("force replaces");
        assert_eq!(replaced.address, PJL_ADDR);
        assert_eq!(ks.find("k").expect("finds").address, PJL_ADDR);
        assert_eq!(ks.read_ppk(&replaced).expect("ppk"), pjl_ppk());
        assert!(ks.find(K_A_ADDR).is_err(), "the old key is gone");
    }

    #[test]
    fn a_wrong_passphrase_names_the_file() {
        let (_tmp, ks) = fresh();
        let info = store_ka(&ks, "ka");
        let err = ks.unlock(&info, b"nope").expect_err("wrong passphrase");
        assert!(
            matches!(&err, KeystoreError::WrongPassphrase { path: Some(p) } if *p == info.path),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!("{}: wrong passphrase (or the file is corrupt): decryption failed", info.path.display())
        );
    }

    #[test]
    fn unlock_rejects_a_key_that_is_not_the_files_public_key() {
        let (_tmp, ks) = fresh();
        // K_A's ciphertext with PJL's public key in the metadata.
        let info = ks.write_key("liar", ka_ppk(), pjl_public(), false).expect("stores");
        assert_eq!(info.address, PJL_ADDR);
        let err = ks.unlock(&info, PASS).expect_err("mismatch");
        assert!(matches!(&err, KeystoreError::Corrupt { path, .. } if *path == info.path), "{err:?}");
        assert!(err.to_string().contains(K_A_PUB), "{err}");
    }

    #[test]
    fn corrupt_and_unknown_version_files_never_hide_good_keys() {
        let (_tmp, ks) = fresh();
        let good = store_ka(&ks, "good");
        let text = fs::read_to_string(&good.path).expect("reads");
        let dir = ks.dir();
        fs::write(dir.join("broken.json"), &text[..text.len() / 2]).expect("writes");
        fs::write(dir.join("future.json"), text.replace("\"pgw_keystore\":1", "\"pgw_keystore\":2"))
            .expect("writes");
        fs::write(dir.join("plain.json"), ka_ppk().to_json()).expect("writes");
        fs::write(dir.join("forged.json"), text.replace(K_A_ADDR, PJL_ADDR)).expect("writes");
        fs::write(dir.join("notes.txt"), "not a key").expect("writes");

        let (keys, problems) = ks.list().expect("lists");
        assert_eq!(keys, vec![good.clone()]);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 4, "{messages:?}");
        let about = |file: &str| {
            let path = dir.join(file).display().to_string();
            messages.iter().find(|m| m.starts_with(&format!("{path}: "))).cloned().unwrap_or_default()
        };
        assert!(about("broken.json").contains("corrupt key file: not valid JSON"), "{messages:?}");
        assert!(about("future.json").contains("unknown format version 2"), "{messages:?}");
        assert!(about("plain.json").contains("no \"pgw_keystore\" field"), "{messages:?}");
        assert!(about("forged.json").contains("is not the address of"), "{messages:?}");
        assert!(problems.iter().any(|p| matches!(p,
            KeystoreError::UnknownVersion { version, .. } if version == "2")));
        assert!(messages.iter().all(|m| !m.contains('\n')), "{messages:?}");

        assert_eq!(ks.find("good").expect("good still found"), good);
        assert_eq!(ks.find(K_A_ADDR).expect("by address despite bad files"), good);
        assert!(matches!(ks.find("broken"), Err(KeystoreError::Corrupt { .. })));
        assert!(matches!(ks.find("future"), Err(KeystoreError::UnknownVersion { .. })));
    }

    #[test]
    fn leftover_temp_files_and_dot_files_are_ignored() {
        let (_tmp, ks) = fresh();
        let good = store_ka(&ks, "good");
        fs::write(ks.dir().join(".pgw-Xa81kq"), "{\"kdf\":\"scr").expect("writes");
        fs::write(ks.dir().join(".hidden.json"), "garbage").expect("writes");
        let (keys, problems) = ks.list().expect("lists");
        assert_eq!(keys, vec![good]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn rename_rewrites_the_name_and_keeps_the_ppk() {
        let (_tmp, ks) = fresh();
        let old = store_ka(&ks, "old");
        store_pjl(&ks, "other", false).expect("stores");

        let err = ks.rename("old", "other", false).expect_err("other exists");
        assert!(matches!(err, KeystoreError::Exists { ref name, .. } if name == "other"), "{err:?}");
        assert!(matches!(ks.rename("nobody", "x", false), Err(KeystoreError::NotFound { .. })));
        assert!(matches!(ks.rename("old", "bad name", false), Err(KeystoreError::InvalidName { .. })));

        let new = ks.rename("old", "new", false).expect("renames");
        assert_eq!(new.name, "new");
        assert_eq!(new.path, ks.dir().join("new.json"));
        assert_eq!(
            (&new.address, &new.public_key, &new.created),
            (&old.address, &old.public_key, &old.created)
        );
        assert!(!old.path.exists());
        assert_eq!(&ks.read_ppk(&new).expect("ppk"), ka_ppk());
        let value: Value = serde_json::from_slice(&fs::read(&new.path).expect("reads")).expect("JSON");
        assert_eq!(value["name"], "new");
        assert_eq!(ks.find(K_A_ADDR).expect("by address"), new);
        assert_eq!(ks.rename("new", "new", false).expect("no-op"), new);

        let forced = ks.rename("new", "other", true).expect("force replaces");
        assert_eq!(forced.address, K_A_ADDR);
        let (keys, problems) = ks.list().expect("lists");
        assert!(problems.is_empty());
        assert_eq!(keys, vec![forced]);
    }

    #[test]
    fn delete_removes_the_file() {
        let (_tmp, ks) = fresh();
        let info = store_ka(&ks, "gone");
        let kept = store_ka(&ks, "kept");
        assert_eq!(ks.delete("gone").expect("deletes"), info);
        assert!(!info.path.exists());
        assert!(matches!(ks.find("gone"), Err(KeystoreError::NotFound { .. })));
        assert!(matches!(ks.delete("gone"), Err(KeystoreError::NotFound { .. })));
        assert_eq!(ks.list().expect("lists").0, vec![kept]);
    }

    #[test]
    fn names_are_validated() {
        for good in ["a", "my-app", "App_2.mainnet", "a.json", "0", &"x".repeat(64), K_A_ADDR] {
            assert!(validate_name(good).is_ok(), "{good}");
        }
        let long = "x".repeat(65);
        for bad in ["", ".hidden", "-flag", "a/b", "../x", "a b", "é", "a\0b", "a\nb", "..", long.as_str()] {
            let err = validate_name(bad).expect_err(bad);
            assert!(matches!(&err, KeystoreError::InvalidName { name } if name == bad));
            assert!(!err.to_string().contains('\n'), "{err}");
        }
        let (_tmp, ks) = fresh();
        assert!(matches!(ks.check_name("a/b"), Err(KeystoreError::InvalidName { .. })));
        assert!(matches!(
            ks.write_key("../x", ka_ppk(), pjl_public(), true),
            Err(KeystoreError::InvalidName { .. })
        ));
        assert!(matches!(ks.find("../x"), Err(KeystoreError::InvalidName { .. })));
        assert!(matches!(ks.delete(".lock"), Err(KeystoreError::InvalidName { .. })));
        assert!(fs::read_dir(ks.dir()).expect("reads").all(|e| e.expect("entry").file_name() == ".lock"));
    }

    #[test]
    fn find_reports_missing_and_ambiguous_keys() {
        let (_tmp, ks) = fresh();
        let err = ks.find("nobody").expect_err("missing");
        assert_eq!(
            err.to_string(),
            format!("no key named \"nobody\" in {}: `pgw keys list` shows the keys", ks.dir().display())
        );
        let err = ks.find(PJL_ADDR).expect_err("missing");
        assert!(
            err.to_string().starts_with(&format!("no key named or with address \"{PJL_ADDR}\"")),
            "{err}"
        );

        store_ka(&ks, "one");
        store_ka(&ks, "two");
        let err = ks.find(K_A_ADDR).expect_err("ambiguous");
        assert!(
            matches!(&err, KeystoreError::Ambiguous { names, .. } if names == &["one", "two"]),
            "{err:?}"
        );
        // A name that looks like an address wins over the address lookup.
        let named = store_ka(&ks, K_A_ADDR);
        assert_eq!(ks.find(K_A_ADDR).expect("by name"), named);
    }

    #[test]
    fn concurrent_saves_of_distinct_names_all_land() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let home = tmp.path().to_owned();
        let barrier = Arc::new(Barrier::new(8));
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let (home, barrier) = (home.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let ks = Keystore::open(&home).expect("opens");
                    barrier.wait();
                    store_ka(&ks, &format!("k{i}"))
                })
            })
            .collect();
        let mut saved: Vec<KeyInfo> = threads.into_iter().map(|t| t.join().expect("thread")).collect();
        saved.sort_by(|a, b| a.name.cmp(&b.name));
        let ks = Keystore::open(&home).expect("opens");
        let (keys, problems) = ks.list().expect("lists");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(keys, saved);
        // Every file holds the fixture's exact PPK fields and public key, so each unlocks as the
        // fixture does (checked once in unlock_rejects_…/a_wrong_… without spending 8 scrypts).
        for info in &keys {
            assert_eq!(&ks.read_ppk(info).expect("ppk"), ka_ppk());
            assert_eq!(info.public_key, K_A_PUB);
        }
    }

    #[test]
    fn concurrent_saves_of_one_name_let_exactly_one_win() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let home = tmp.path().to_owned();
        let barrier = Arc::new(Barrier::new(8));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (home, barrier) = (home.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let ks = Keystore::open(&home).expect("opens");
                    barrier.wait();
                    ks.write_key("same", ka_ppk(), key(K_A).public_key(), false)
                })
            })
            .collect();
        let results: Vec<_> = threads.into_iter().map(|t| t.join().expect("thread")).collect();
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        assert!(
            results
                .iter()
                .filter_map(|r| r.as_ref().err())
                .all(|e| matches!(e, KeystoreError::Exists { .. }))
        );
    }

    #[test]
    fn the_legacy_pocket_js_ppk_imports_with_its_own_password() {
        let (_tmp, ks) = fresh();
        let err = ks.import_ppk("legacy", &pjl_ppk(), b"badpassword", None, false).expect_err("wrong");
        assert!(matches!(err, KeystoreError::WrongPassphrase { path: None }), "{err:?}");
        assert!(!ks.dir().join("legacy.json").exists());

        let info = ks.import_ppk("legacy", &pjl_ppk(), b"t", None, false).expect("imports");
        assert_eq!(info.address, PJL_ADDR);
        assert_eq!(info.public_key, &PJL_KEY[64..]);
        // Stored as it is (spaces dropped, fields and bytes kept): the password is still `t`.
        assert_eq!(ks.read_ppk(&info).expect("ppk"), pjl_ppk());
        let unlocked = ks.unlock(&ks.find(PJL_ADDR).expect("finds"), b"t").expect("unlocks with t");
        assert_eq!(unlocked.to_hex().as_str(), PJL_KEY);
    }

    #[test]
    fn import_ppk_with_a_new_passphrase_re_encrypts() {
        let (_tmp, ks) = fresh();
        let info = ks.import_ppk("legacy", &pjl_ppk(), b"t", Some(PASS), false).expect("imports");
        assert_eq!(info.address, PJL_ADDR);
        let stored = ks.read_ppk(&info).expect("ppk");
        assert_ne!(stored.salt, pjl_ppk().salt);
        assert_ne!(stored.ciphertext, pjl_ppk().ciphertext);
        assert_eq!(stored.hint, "", "the old hint described the old password");
        // An existing name fails before any scrypt work (no passphrase is even tried).
        let again = ks.import_ppk("legacy", &pjl_ppk(), b"not even tried", None, false).expect_err("exists");
        assert!(matches!(again, KeystoreError::Exists { .. }), "{again:?}");
        let again = ks.save("legacy", &key(K_A), b"not even tried", "", false).expect_err("exists");
        assert!(matches!(again, KeystoreError::Exists { .. }), "{again:?}");
        assert_eq!(ks.find("legacy").expect("finds"), info);
    }

    #[test]
    fn creation_dates_are_rfc3339_utc_seconds() {
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[10] == b'T', "{now}");
        assert!(humantime::parse_rfc3339(&now).is_ok(), "{now}");
    }

    // --- Shannon keys (scrypt budget: 1 seal shared, 1 unlock, 1 wrong passphrase) ---

    const S_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
    const S_PUB: &str = "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";
    const S_ADDR: &str = "pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4";

    fn s_key() -> shannon_keys::PrivateKey {
        shannon_keys::PrivateKey::from_hex(S_PRIV).expect("V1 key")
    }

    /// S_PRIV sealed with PASS, once for all tests.
    fn s_ppk() -> &'static Ppk {
        static PPK: OnceLock<Ppk> = OnceLock::new();
        PPK.get_or_init(|| shannon::seal(&s_key(), PASS, "s hint"))
    }

    fn store_s(ks: &Keystore, name: &str) -> KeyInfo {
        ks.write_key(name, s_ppk(), s_key().public_key(), false).expect("stores")
    }

    #[test]
    fn shannon_keys_store_list_find_and_unlock() {
        let (_tmp, ks) = fresh();
        let morse = store_ka(&ks, "m");
        let info = store_s(&ks, "s");
        assert_eq!(info.protocol, KeyProtocol::Shannon);
        assert_eq!((info.address.as_str(), info.public_key.as_str()), (S_ADDR, S_PUB));
        assert_eq!(mode(&info.path), 0o600);
        assert_eq!(morse.protocol, KeyProtocol::Morse);
        let (keys, problems) = ks.list().expect("lists");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(keys, vec![morse.clone(), info.clone()]);
        assert_eq!(ks.find(S_ADDR).expect("by pokt1 address"), info);
        assert_eq!(ks.find(&S_ADDR.to_ascii_uppercase()).expect("bech32 in upper case"), info);
        let key = ks.unlock_shannon(&info, PASS).expect("unlocks");
        assert_eq!(hex::encode(&key.to_bytes()[..]), S_PRIV);
        let err = ks.unlock_shannon(&info, b"nope").expect_err("wrong passphrase");
        assert!(
            matches!(err, KeystoreError::WrongPassphrase { path: Some(ref p) } if *p == info.path),
            "{err:?}"
        );
        assert!(matches!(ks.unlock_any(&info, PASS).expect("unlocks"), UnlockedKey::Shannon(_)));
    }

    #[test]
    fn the_wrong_protocol_is_refused_before_any_scrypt_work() {
        let (_tmp, ks) = fresh();
        let morse = store_ka(&ks, "m");
        let info = store_s(&ks, "s");
        let err = ks.unlock(&info, b"not even tried").expect_err("a Shannon key is not Morse");
        assert_eq!(
            err.to_string(),
            "key \"s\" is a Shannon (secp256k1) key; this needs a Morse (ed25519) key: create one with `pgw keys new NAME`"
        );
        assert_eq!(crate::error::Error::from(err).exit_code(), crate::error::EXIT_KEY);
        let err = ks.unlock_shannon(&morse, b"not even tried").expect_err("a Morse key is not Shannon");
        assert_eq!(
            err.to_string(),
            "key \"m\" is a Morse (ed25519) key; this needs a Shannon (secp256k1) key: create one with `pgw keys new NAME --protocol shannon`"
        );
        assert!(matches!(
            err,
            KeystoreError::WrongProtocol { found: KeyProtocol::Morse, wanted: KeyProtocol::Shannon, .. }
        ));
        assert!(morse.expect_protocol(KeyProtocol::Morse).is_ok());
    }

    #[test]
    fn a_shannon_file_is_the_morse_layout_plus_protocol() {
        let (_tmp, ks) = fresh();
        let info = store_s(&ks, "gw");
        let text = fs::read_to_string(&info.path).expect("reads");
        let ppk_json = s_ppk().to_json();
        assert!(text.starts_with(&ppk_json[..ppk_json.len() - 1]), "{text}");
        assert_eq!(
            &text[ppk_json.len() - 1..],
            format!(
                ",\"pgw_keystore\":1,\"protocol\":\"shannon\",\"name\":\"gw\",\"address\":\"{S_ADDR}\",\"public_key\":\"{S_PUB}\",\"created\":\"{}\"}}\n",
                info.created
            )
        );
        // Renaming keeps the protocol; a forged address or an unknown protocol is reported.
        let renamed = ks.rename("gw", "gateway", false).expect("renames");
        assert_eq!(renamed.protocol, KeyProtocol::Shannon);
        assert_eq!(ks.find("gateway").expect("finds"), renamed);
        let dir = ks.dir();
        let text = fs::read_to_string(&renamed.path).expect("reads");
        fs::write(dir.join("future.json"), text.replace("\"shannon\"", "\"solana\"")).expect("writes");
        fs::write(
            dir.join("forged.json"),
            text.replace(S_ADDR, "pokt1w508d6qejxtdg4y5r3zarvary0c5xw7k8mgwnq"),
        )
        .expect("writes");
        fs::write(dir.join("as-morse.json"), text.replace(",\"protocol\":\"shannon\"", "")).expect("writes");
        let (keys, problems) = ks.list().expect("lists");
        assert_eq!(keys, vec![renamed]);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.contains("future.json") && m.contains("unknown \"protocol\" \"solana\"")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("forged.json") && m.contains("is not the address of")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("as-morse.json") && m.contains("secp256k1")),
            "{messages:?}"
        );
    }
}

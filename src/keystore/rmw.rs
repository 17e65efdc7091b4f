//! The keystore's read-modify-write: a change that depends on what a key file holds (a new
//! passphrase for the key in it) is written only if the file still holds exactly the bytes it
//! was computed from, checked under the keystore lock. A concurrent `keys new --force`,
//! `keys import --force` or second `keys passwd` is never overwritten: one of them fails with
//! nothing written.

use super::{
    KeyInfo, Keystore, KeystoreError, UnlockedKey, bounded, file_json, parse_entry, shannon, sync_dir,
    write_file,
};
use crate::protocol::morse::ppk::Ppk;

impl Keystore {
    /// Re-encrypts the key `info` describes with `new`, after decrypting it with `old` (two
    /// scrypt derivations, outside the lock), keeping its hint and creation time.
    pub fn change_passphrase(
        &self,
        info: &KeyInfo,
        old: &[u8],
        new: &[u8],
    ) -> Result<KeyInfo, KeystoreError> {
        let path = &info.path;
        let before = read_current(info)?;
        let entry = parse_entry(&info.name, path, &before)?;
        let changed = || KeystoreError::Io {
            path: path.clone(),
            message: "the key file changed while its passphrase was being changed (another pgw \
                      process wrote it): nothing was written; check it with `pgw keys show` and \
                      run the command again"
                .to_owned(),
        };
        if entry.info.public_key != info.public_key {
            return Err(changed());
        }
        // `unlock` reads the file again: it must still hold the key first read.
        // Either protocol: the key keeps its kind, only its sealing changes.
        let (public_key, ppk) = match self.unlock_any(&entry.info, old)? {
            UnlockedKey::Morse(key) => {
                (key.public_key().to_hex(), Ppk::encrypt(&key.to_bytes(), new, &entry.ppk.hint))
            }
            UnlockedKey::Shannon(key) => {
                (key.public_key().to_string(), shannon::seal(&key, new, &entry.ppk.hint))
            }
        };
        if public_key != entry.info.public_key {
            return Err(changed());
        }
        let _lock = self.lock()?;
        let now = match bounded::read(path) {
            Ok(bytes) => bytes,
            Err(e) if bounded::is_missing(&e) => return Err(changed()),
            Err(e) => return Err(e),
        };
        if now != before {
            return Err(changed());
        }
        write_file(path, &file_json(&ppk, &entry.info))?;
        sync_dir(self.dir())?;
        Ok(entry.info)
    }
}

/// The key file's bytes; a missing file is "no key".
fn read_current(info: &KeyInfo) -> Result<Vec<u8>, KeystoreError> {
    match bounded::read(&info.path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if bounded::is_missing(&e) => Err(KeystoreError::NotFound {
            query: info.name.clone(),
            dir: info.path.parent().map(|p| p.to_path_buf()).unwrap_or_default(),
        }),
        Err(e) => Err(e),
    }
}

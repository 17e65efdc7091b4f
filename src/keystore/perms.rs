//! Loose permissions on the keystore: a keys directory or key file that other users can read
//! (or write) is used, but reported, as ssh reports a readable private key.

use super::{KeyInfo, Keystore};

/// Mode bits that let other users (group or others) at a key: pgw writes 0700 and 0600.
const LOOSE: u32 = 0o077;

impl Keystore {
    /// One warning per loose mode: the keys directory (when it is not 0700) and, when given,
    /// the key's file (when it is not 0600). Empty on systems without Unix modes.
    pub fn mode_warnings(&self, key: Option<&KeyInfo>) -> Vec<String> {
        let mut warnings = Vec::new();
        if let Some(mode) = mode(self.dir()).filter(|m| m & LOOSE != 0) {
            warnings.push(format!(
                "{}: the keys directory has mode {mode:04o}, so other users can list (or change) \
                 its keys: run `chmod 700 {}`",
                self.dir().display(),
                self.dir().display()
            ));
        }
        if let Some(info) = key
            && let Some(mode) = mode(&info.path).filter(|m| m & LOOSE != 0)
        {
            warnings.push(format!(
                "{}: key file has mode {mode:04o}, so other users can read (or replace) the \
                 encrypted key: run `chmod 600 {}`",
                info.path.display(),
                info.path.display()
            ));
        }
        warnings
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).ok().map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn mode(_path: &std::path::Path) -> Option<u32> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn loose_directory_and_file_modes_are_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let ks = Keystore::open(tmp.path()).unwrap();
        assert_eq!(ks.mode_warnings(None), Vec::<String>::new());
        std::fs::set_permissions(ks.dir(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let file = ks.dir().join("k.json");
        std::fs::write(&file, "{}").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let info = KeyInfo {
            name: "k".into(),
            address: String::new(),
            public_key: String::new(),
            created: String::new(),
            protocol: super::super::KeyProtocol::Morse,
            path: file.clone(),
        };
        let dir = ks.dir().display();
        let file = file.display();
        assert_eq!(
            ks.mode_warnings(Some(&info)),
            vec![
                format!(
                    "{dir}: the keys directory has mode 0755, so other users can list (or change) its keys: run `chmod 700 {dir}`"
                ),
                format!(
                    "{file}: key file has mode 0644, so other users can read (or replace) the encrypted key: run `chmod 600 {file}`"
                ),
            ]
        );
    }
}

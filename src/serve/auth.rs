//! Who may use the gateway: loopback by default; anywhere else only with an API key (sent as
//! `Authorization: Bearer KEY` or `X-API-Key: KEY`, compared in constant time) or an explicit
//! `--insecure-public`. Only the key's SHA-256 digest is kept.

use std::net::SocketAddr;
use std::path::Path;

use hyper::HeaderMap;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// An API key, held as its digest; `Debug` shows nothing of it.
#[derive(Clone)]
pub struct ApiKey {
    digest: [u8; 32],
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(redacted)")
    }
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

impl ApiKey {
    /// A key from text (trimmed); empty text is refused.
    pub fn new(text: &str) -> Result<ApiKey, String> {
        let key = text.trim();
        if key.is_empty() {
            return Err(
                "the API key is empty: put a long random string in the file, e.g. `openssl rand -hex 32`"
                    .into(),
            );
        }
        if key.chars().any(|c| c.is_control()) {
            return Err("the API key has control characters or several lines: write one line".into());
        }
        Ok(ApiKey { digest: digest(key.as_bytes()) })
    }

    /// Reads the key file once.
    pub fn read_file(path: &Path) -> Result<ApiKey, String> {
        let bytes = crate::limits::read_file(path, crate::limits::KEY).map_err(|e| match e {
            crate::error::Error::Io { message, .. } => format!(
                "{}: cannot read the API key file: {}",
                path.display(),
                message.strip_prefix("cannot read: ").unwrap_or(&message)
            ),
            other => other.to_string(),
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{}: the API key file is not UTF-8 text", path.display()))?;
        ApiKey::new(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Whether a presented key matches (constant time in the key's content).
    pub fn matches(&self, presented: &[u8]) -> bool {
        bool::from(digest(presented).ct_eq(&self.digest))
    }

    /// Whether the request carries the key in `Authorization: Bearer` or `X-API-Key`.
    pub fn allows(&self, headers: &HeaderMap) -> bool {
        let bearer =
            headers.get_all(hyper::header::AUTHORIZATION).iter().filter_map(|v| bearer_token(v.as_bytes()));
        let header = headers.get_all("x-api-key").iter().map(|v| v.as_bytes().trim_ascii());
        // Check every candidate, so timing does not say which header matched.
        bearer.chain(header).fold(false, |ok, key| self.matches(key) | ok)
    }
}

/// The token of `Authorization: Bearer TOKEN`; the scheme is case-insensitive (RFC 9110 §11.1).
fn bearer_token(value: &[u8]) -> Option<&[u8]> {
    let (scheme, token) = value.split_at_checked(7)?;
    scheme.eq_ignore_ascii_case(b"bearer ").then(|| token.trim_ascii())
}

/// Refuses to listen beyond loopback without a key, unless told it is fine.
pub fn check_exposure(listen: SocketAddr, has_key: bool, insecure_public: bool) -> Result<(), String> {
    if listen.ip().is_loopback() || has_key || insecure_public {
        return Ok(());
    }
    Err(format!(
        "--listen {listen} is reachable from other machines: pass --api-key-file FILE so clients must send \
         the key, or --insecure-public to serve without one"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn keys_are_trimmed_and_never_empty() {
        let key = ApiKey::new("  s3cret\n").unwrap();
        assert!(key.matches(b"s3cret"));
        assert!(!key.matches(b"s3cret "));
        assert!(!key.matches(b""));
        assert!(ApiKey::new(" \n").unwrap_err().starts_with("the API key is empty"));
        assert!(ApiKey::new("a\nb").is_err());
        assert_eq!(format!("{key:?}"), "ApiKey(redacted)");
    }

    #[test]
    fn either_header_carries_the_key() {
        let key = ApiKey::new("s3cret").unwrap();
        assert!(key.allows(&headers(&[("authorization", "Bearer s3cret")])));
        assert!(key.allows(&headers(&[("x-api-key", "s3cret")])));
        assert!(key.allows(&headers(&[("x-api-key", "wrong"), ("authorization", "Bearer s3cret")])));
        assert!(!key.allows(&headers(&[])));
        assert!(!key.allows(&headers(&[("authorization", "Basic s3cret")])));
        assert!(!key.allows(&headers(&[("authorization", "Bearer wrong")])));
        // The scheme is case-insensitive.
        assert!(key.allows(&headers(&[("authorization", "bearer s3cret")])));
        assert!(key.allows(&headers(&[("authorization", "BEARER s3cret")])));
        assert!(!key.allows(&headers(&[("authorization", "bearers3cret")])));
        assert!(!key.allows(&headers(&[("authorization", "bear")])));
    }

    #[test]
    fn key_files_are_read_once_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "abc\n").unwrap();
        assert!(ApiKey::read_file(&path).unwrap().matches(b"abc"));
        std::fs::write(&path, "").unwrap();
        assert!(ApiKey::read_file(&path).unwrap_err().contains("the API key is empty"));
        assert!(
            ApiKey::read_file(&dir.path().join("nope")).unwrap_err().contains("cannot read the API key file")
        );
        assert_eq!(
            ApiKey::read_file(std::path::Path::new("/dev/zero")).unwrap_err(),
            "/dev/zero: cannot read the API key file: larger than pgw's 64 KiB limit for key and passphrase files"
        );
    }

    #[test]
    fn public_addresses_need_a_key_or_an_explicit_opt_out() {
        let local: SocketAddr = "127.0.0.1:8545".parse().unwrap();
        let v6: SocketAddr = "[::1]:8545".parse().unwrap();
        let public: SocketAddr = "0.0.0.0:8545".parse().unwrap();
        assert!(check_exposure(local, false, false).is_ok());
        assert!(check_exposure(v6, false, false).is_ok());
        assert!(check_exposure(public, true, false).is_ok());
        assert!(check_exposure(public, false, true).is_ok());
        let e = check_exposure(public, false, false).unwrap_err();
        assert!(e.contains("--api-key-file") && e.contains("--insecure-public"), "{e}");
    }
}

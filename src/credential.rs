//! Client credential files: an AAT together with its client's private key, unencrypted, so that
//! scripts can sign relay after relay without a passphrase or a scrypt unlock per call.
//!
//! Risk (docs/keystore.md): whoever reads the file can spend the app's relay budget until the
//! app is re-staked with a new AAT policy, but can never move the app's stake: that needs the
//! app key, which the file does not hold.

use zeroize::Zeroizing;

use crate::protocol::morse::aat::Aat;
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::relay::RelaySigner;
use crate::protocol::morse::wire;

/// The format version written in `pgw_credential`.
pub const VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    #[error("not a pgw credential file: {0}")]
    Format(String),
    #[error("unknown credential format version {0} (this pgw reads version 1)")]
    Version(u64),
    #[error("the AAT in the credential file is invalid: {0}")]
    Aat(String),
    #[error("the client key in the credential file is invalid: {0}")]
    Key(String),
    #[error("the client key in the credential file is not the AAT's client key")]
    Mismatch,
}

/// Serialises a credential (the client key is secret: the result is zeroized on drop).
pub fn to_json(aat: &Aat, client: &PrivateKey) -> Zeroizing<String> {
    let value = serde_json::json!({
        "pgw_credential": VERSION,
        "aat": aat,
        "client_private_key": client.to_hex().as_str(),
    });
    let mut text = Zeroizing::new(serde_json::to_string_pretty(&value).unwrap_or_default());
    text.push('\n');
    text
}

/// Reads a credential file into a ready relay signer.
pub fn parse(bytes: &[u8]) -> Result<RelaySigner, CredentialError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| CredentialError::Format(e.to_string()))?;
    match value.get("pgw_credential").and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(other) => return Err(CredentialError::Version(other)),
        None => return Err(CredentialError::Format("no \"pgw_credential\" version field".into())),
    }
    let aat_json = value.get("aat").ok_or_else(|| CredentialError::Format("no \"aat\" field".into()))?;
    let aat =
        wire::decode_aat(aat_json.to_string().as_bytes()).map_err(|e| CredentialError::Aat(e.to_string()))?;
    aat.validate().map_err(|e| CredentialError::Aat(e.to_string()))?;
    let key_hex = value
        .get("client_private_key")
        .and_then(|v| v.as_str())
        .ok_or_else(|| CredentialError::Format("no \"client_private_key\" field".into()))?;
    let client = PrivateKey::from_hex(key_hex).map_err(|e| CredentialError::Key(e.to_string()))?;
    RelaySigner::new(aat, client).map_err(|_| CredentialError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let app = PrivateKey::generate();
        let client = PrivateKey::generate();
        let aat = Aat::sign(&app, &client.public_key());
        let json = to_json(&aat, &client);
        let signer = parse(json.as_bytes()).unwrap();
        assert_eq!(signer.aat(), &aat);
    }

    #[test]
    fn rejects_mismatch_version_and_garbage() {
        let app = PrivateKey::generate();
        let client = PrivateKey::generate();
        let aat = Aat::sign(&app, &client.public_key());
        assert_eq!(parse(to_json(&aat, &app).as_bytes()).err(), Some(CredentialError::Mismatch));
        let v2 = to_json(&aat, &client).replace("\"pgw_credential\": 1", "\"pgw_credential\": 2");
        assert_eq!(parse(v2.as_bytes()).err(), Some(CredentialError::Version(2)));
        assert!(matches!(parse(b"{}"), Err(CredentialError::Format(_))));
        let tampered = to_json(&aat, &client).replace(&aat.signature[..8], "00000000");
        assert!(matches!(parse(tampered.as_bytes()), Err(CredentialError::Aat(_))));
    }
}

//! Shannon transactions: cosmos SDK txs signed with SIGN_MODE_DIRECT (cosmrs builds the body,
//! auth info, sign doc and raw tx), carrying a bank `MsgSend` or one of poktroll's messages
//! (prost types below, field numbers from poktroll's proto/pocket/{application,gateway}/tx.proto).
//! Decoding and the signature check are here too, shared with the devnet. Pure: no I/O.

use cosmrs::proto::cosmos::base::v1beta1::Coin as ProtoCoin;
use cosmrs::proto::cosmos::tx::v1beta1::{SignDoc as ProtoSignDoc, TxRaw};
use cosmrs::tx::{Body, Fee, SignDoc, SignerInfo};
use cosmrs::{Any, Coin};
use prost::Message as _;

use super::keys::{PrivateKey, PublicKey, decode_address};
use crate::protocol::hash::sha256;

/// The one denomination pgw pays and stakes in.
pub const DENOM: &str = "upokt";

pub const MSG_SEND: &str = "/cosmos.bank.v1beta1.MsgSend";
pub const MSG_STAKE_APPLICATION: &str = "/pocket.application.MsgStakeApplication";
pub const MSG_STAKE_GATEWAY: &str = "/pocket.gateway.MsgStakeGateway";
pub const MSG_DELEGATE_TO_GATEWAY: &str = "/pocket.application.MsgDelegateToGateway";
pub const MSG_UNDELEGATE_FROM_GATEWAY: &str = "/pocket.application.MsgUndelegateFromGateway";

/// `pocket.shared.ApplicationServiceConfig`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct ApplicationServiceConfig {
    #[prost(string, tag = "1")]
    pub service_id: String,
}

/// `pocket.application.MsgStakeApplication`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgStakeApplication {
    #[prost(string, tag = "1")]
    pub address: String,
    #[prost(message, optional, tag = "2")]
    pub stake: Option<ProtoCoin>,
    #[prost(message, repeated, tag = "3")]
    pub services: Vec<ApplicationServiceConfig>,
    #[prost(message, optional, tag = "4")]
    pub per_session_spend_limit: Option<ProtoCoin>,
}

/// `pocket.gateway.MsgStakeGateway`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgStakeGateway {
    #[prost(string, tag = "1")]
    pub address: String,
    #[prost(message, optional, tag = "2")]
    pub stake: Option<ProtoCoin>,
}

/// `pocket.application.MsgDelegateToGateway` and `MsgUndelegateFromGateway` (same fields).
#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgDelegation {
    #[prost(string, tag = "1")]
    pub app_address: String,
    #[prost(string, tag = "2")]
    pub gateway_address: String,
}

/// `cosmos.bank.v1beta1.MsgSend`.
pub type MsgSend = cosmrs::proto::cosmos::bank::v1beta1::MsgSend;

/// What a pgw transaction does; every message has one signer (`signer()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Send { from: String, to: String, amount: u64 },
    StakeApplication { address: String, stake: u64, services: Vec<String> },
    StakeGateway { address: String, stake: u64 },
    Delegate { app: String, gateway: String },
    Undelegate { app: String, gateway: String },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TxError(pub String);

fn err(message: impl Into<String>) -> TxError {
    TxError(message.into())
}

fn coin(amount: u64) -> ProtoCoin {
    ProtoCoin { denom: DENOM.into(), amount: amount.to_string() }
}

fn upokt_of(c: Option<&ProtoCoin>, what: &str) -> Result<u64, TxError> {
    let c = c.ok_or_else(|| err(format!("{what} has no coin")))?;
    if c.denom != DENOM {
        return Err(err(format!("{what} is in {:?}, not {DENOM}", c.denom)));
    }
    c.amount.parse().map_err(|_| err(format!("{what} amount {:?} is not a whole number of upokt", c.amount)))
}

impl Msg {
    /// The account that signs (and pays for) the message.
    pub fn signer(&self) -> &str {
        match self {
            Msg::Send { from, .. } => from,
            Msg::StakeApplication { address, .. } | Msg::StakeGateway { address, .. } => address,
            Msg::Delegate { app, .. } | Msg::Undelegate { app, .. } => app,
        }
    }

    pub fn type_url(&self) -> &'static str {
        match self {
            Msg::Send { .. } => MSG_SEND,
            Msg::StakeApplication { .. } => MSG_STAKE_APPLICATION,
            Msg::StakeGateway { .. } => MSG_STAKE_GATEWAY,
            Msg::Delegate { .. } => MSG_DELEGATE_TO_GATEWAY,
            Msg::Undelegate { .. } => MSG_UNDELEGATE_FROM_GATEWAY,
        }
    }

    /// The message's protobuf bytes (the `Any` value).
    pub fn encode(&self) -> Vec<u8> {
        match self {
            Msg::Send { from, to, amount } => {
                MsgSend { from_address: from.clone(), to_address: to.clone(), amount: vec![coin(*amount)] }
                    .encode_to_vec()
            }
            Msg::StakeApplication { address, stake, services } => MsgStakeApplication {
                address: address.clone(),
                stake: Some(coin(*stake)),
                services: services
                    .iter()
                    .map(|s| ApplicationServiceConfig { service_id: s.clone() })
                    .collect(),
                per_session_spend_limit: None,
            }
            .encode_to_vec(),
            Msg::StakeGateway { address, stake } => {
                MsgStakeGateway { address: address.clone(), stake: Some(coin(*stake)) }.encode_to_vec()
            }
            Msg::Delegate { app, gateway } | Msg::Undelegate { app, gateway } => {
                MsgDelegation { app_address: app.clone(), gateway_address: gateway.clone() }.encode_to_vec()
            }
        }
    }

    pub fn to_any(&self) -> Any {
        Any { type_url: self.type_url().into(), value: self.encode() }
    }

    /// A message from its `Any`, with the stateless checks poktroll's `ValidateBasic` makes
    /// (bech32 addresses, upokt coins, at least one service).
    pub fn from_any(any: &Any) -> Result<Msg, TxError> {
        let bad = |e: prost::DecodeError| err(format!("the {} message does not decode: {e}", any.type_url));
        let msg = match any.type_url.as_str() {
            MSG_SEND => {
                let m = MsgSend::decode(any.value.as_slice()).map_err(bad)?;
                if m.amount.len() != 1 {
                    return Err(err("a send must carry exactly one upokt coin"));
                }
                Msg::Send {
                    amount: upokt_of(m.amount.first(), "the send")?,
                    from: m.from_address,
                    to: m.to_address,
                }
            }
            MSG_STAKE_APPLICATION => {
                let m = MsgStakeApplication::decode(any.value.as_slice()).map_err(bad)?;
                let stake = upokt_of(m.stake.as_ref(), "the application stake")?;
                if m.services.is_empty() {
                    return Err(err("the application stake names no service"));
                }
                Msg::StakeApplication {
                    address: m.address,
                    stake,
                    services: m.services.into_iter().map(|s| s.service_id).collect(),
                }
            }
            MSG_STAKE_GATEWAY => {
                let m = MsgStakeGateway::decode(any.value.as_slice()).map_err(bad)?;
                Msg::StakeGateway {
                    stake: upokt_of(m.stake.as_ref(), "the gateway stake")?,
                    address: m.address,
                }
            }
            MSG_DELEGATE_TO_GATEWAY | MSG_UNDELEGATE_FROM_GATEWAY => {
                let m = MsgDelegation::decode(any.value.as_slice()).map_err(bad)?;
                if any.type_url == MSG_DELEGATE_TO_GATEWAY {
                    Msg::Delegate { app: m.app_address, gateway: m.gateway_address }
                } else {
                    Msg::Undelegate { app: m.app_address, gateway: m.gateway_address }
                }
            }
            other => return Err(err(format!("unknown message type {other:?}"))),
        };
        for address in msg.addresses() {
            decode_address(address).map_err(|e| err(format!("the {} message: {e}", any.type_url)))?;
        }
        Ok(msg)
    }

    fn addresses(&self) -> Vec<&str> {
        match self {
            Msg::Send { from, to, .. } => vec![from, to],
            Msg::StakeApplication { address, .. } | Msg::StakeGateway { address, .. } => vec![address],
            Msg::Delegate { app, gateway } | Msg::Undelegate { app, gateway } => vec![app, gateway],
        }
    }

    /// The amount the message moves out of the signer's balance (sent or staked).
    pub fn amount(&self) -> u64 {
        match self {
            Msg::Send { amount, .. } => *amount,
            Msg::StakeApplication { stake, .. } | Msg::StakeGateway { stake, .. } => *stake,
            _ => 0,
        }
    }
}

impl Msg {
    /// The message as cosmos's JSONPb writes it in a tx (`@type` first, proto field names).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let coin = |n: u64| json!({ "denom": DENOM, "amount": n.to_string() });
        match self {
            Msg::Send { from, to, amount } => json!({
                "@type": MSG_SEND, "from_address": from, "to_address": to, "amount": [coin(*amount)],
            }),
            Msg::StakeApplication { address, stake, services } => json!({
                "@type": MSG_STAKE_APPLICATION, "address": address, "stake": coin(*stake),
                "services": services.iter().map(|s| json!({ "service_id": s })).collect::<Vec<_>>(),
                "per_session_spend_limit": null,
            }),
            Msg::StakeGateway { address, stake } => json!({
                "@type": MSG_STAKE_GATEWAY, "address": address, "stake": coin(*stake),
            }),
            Msg::Delegate { app, gateway } | Msg::Undelegate { app, gateway } => json!({
                "@type": self.type_url(), "app_address": app, "gateway_address": gateway,
            }),
        }
    }
}

/// What the chain supplies and the user chooses besides the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxParams {
    pub chain_id: String,
    pub account_number: u64,
    pub sequence: u64,
    /// The fee in upokt.
    pub fee: u64,
    pub gas_limit: u64,
    pub memo: String,
}

/// An unsigned transaction: the bytes SIGN_MODE_DIRECT signs over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsigned {
    pub body_bytes: Vec<u8>,
    pub auth_info_bytes: Vec<u8>,
    /// The `SignDoc` protobuf: body bytes, auth info bytes, chain id, account number.
    pub sign_doc: Vec<u8>,
}

/// A signed transaction: `TxRaw` bytes and its hash (upper-case hex SHA-256, as cosmos names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub raw: Vec<u8>,
    pub hash: String,
}

fn cosmrs_err(e: impl std::fmt::Display) -> TxError {
    err(format!("cannot encode the transaction: {e}"))
}

/// Builds the body, the auth info (one signer, SIGN_MODE_DIRECT, its public key and sequence;
/// the fee in upokt and the gas limit) and the sign doc.
pub fn build(msg: &Msg, public_key: &PublicKey, p: &TxParams) -> Result<Unsigned, TxError> {
    if public_key.address() != msg.signer() {
        return Err(err(format!(
            "the key signs for {}, but the message's signer is {}",
            public_key.address(),
            msg.signer()
        )));
    }
    let chain_id: cosmrs::tendermint::chain::Id =
        p.chain_id.parse().map_err(|e| err(format!("the chain id {:?}: {e}", p.chain_id)))?;
    let body = Body::new(vec![msg.to_any()], p.memo.clone(), 0u32);
    let key = cosmrs::crypto::PublicKey::from(k256::ecdsa::VerifyingKey::from(public_key.inner()));
    let fee = Fee::from_amount_and_gas(Coin::new(u128::from(p.fee), DENOM).map_err(cosmrs_err)?, p.gas_limit);
    let auth_info = SignerInfo::single_direct(Some(key), p.sequence).auth_info(fee);
    let doc = SignDoc::new(&body, &auth_info, &chain_id, p.account_number).map_err(cosmrs_err)?;
    let sign_doc = doc.clone().into_bytes().map_err(cosmrs_err)?;
    Ok(Unsigned { body_bytes: doc.body_bytes, auth_info_bytes: doc.auth_info_bytes, sign_doc })
}

/// The transaction's hash: SHA-256 of the `TxRaw` bytes, upper-case hex.
pub fn hash(raw: &[u8]) -> String {
    hex::encode_upper(sha256(raw))
}

/// Signs the sign doc (ECDSA secp256k1 over its SHA-256, RFC 6979, low-S, 64 bytes r‖s) and
/// frames the `TxRaw`.
pub fn sign(unsigned: &Unsigned, key: &PrivateKey) -> Signed {
    use k256::ecdsa::signature::Signer;
    let signing = key.signing_key();
    let signature: k256::ecdsa::Signature = signing.sign(&unsigned.sign_doc);
    let signature = signature.normalize_s().unwrap_or(signature);
    frame(unsigned, signature.to_bytes().to_vec())
}

/// The `TxRaw` with `signature` (an empty one for `/simulate`).
pub fn frame(unsigned: &Unsigned, signature: Vec<u8>) -> Signed {
    let raw = TxRaw {
        body_bytes: unsigned.body_bytes.clone(),
        auth_info_bytes: unsigned.auth_info_bytes.clone(),
        signatures: vec![signature],
    }
    .encode_to_vec();
    Signed { hash: hash(&raw), raw }
}

/// A decoded transaction, as a node's ante handler reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub messages: Vec<Msg>,
    pub memo: String,
    pub public_key: Option<PublicKey>,
    pub sequence: u64,
    pub fee: u64,
    pub gas_limit: u64,
    pub signature: Vec<u8>,
    pub body_bytes: Vec<u8>,
    pub auth_info_bytes: Vec<u8>,
}

impl Decoded {
    /// The sign doc the signature must cover at `chain_id` and `account_number` (the node's
    /// own values: a tx signed for another chain or account fails the signature check).
    pub fn sign_doc(&self, chain_id: &str, account_number: u64) -> Vec<u8> {
        ProtoSignDoc {
            body_bytes: self.body_bytes.clone(),
            auth_info_bytes: self.auth_info_bytes.clone(),
            chain_id: chain_id.to_string(),
            account_number,
        }
        .encode_to_vec()
    }

    /// Whether the signature is the public key's over the sign doc (low-S required, as cosmos).
    pub fn verify(&self, public_key: &PublicKey, chain_id: &str, account_number: u64) -> bool {
        use k256::ecdsa::signature::Verifier;
        let Ok(signature) = k256::ecdsa::Signature::from_slice(&self.signature) else {
            return false;
        };
        if signature.normalize_s().is_some() {
            return false;
        }
        k256::ecdsa::VerifyingKey::from(public_key.inner())
            .verify(&self.sign_doc(chain_id, account_number), &signature)
            .is_ok()
    }
}

/// Decodes a `TxRaw`: one signer, SIGN_MODE_DIRECT, a upokt fee, known messages.
pub fn decode(raw: &[u8]) -> Result<Decoded, TxError> {
    let tx = TxRaw::decode(raw).map_err(|e| err(format!("the transaction is not a TxRaw: {e}")))?;
    let body = cosmrs::proto::cosmos::tx::v1beta1::TxBody::decode(tx.body_bytes.as_slice())
        .map_err(|e| err(format!("the transaction body does not decode: {e}")))?;
    let auth = cosmrs::proto::cosmos::tx::v1beta1::AuthInfo::decode(tx.auth_info_bytes.as_slice())
        .map_err(|e| err(format!("the auth info does not decode: {e}")))?;
    if body.messages.is_empty() {
        return Err(err("the transaction has no message"));
    }
    let messages = body.messages.iter().map(Msg::from_any).collect::<Result<Vec<_>, _>>()?;
    let [signer] = auth.signer_infos.as_slice() else {
        return Err(err(format!("the transaction has {} signers; pgw's have one", auth.signer_infos.len())));
    };
    let direct = cosmrs::proto::cosmos::tx::signing::v1beta1::SignMode::Direct as i32;
    let mode = signer.mode_info.as_ref().and_then(|m| m.sum.as_ref());
    if !matches!(mode, Some(cosmrs::proto::cosmos::tx::v1beta1::mode_info::Sum::Single(s)) if s.mode == direct)
    {
        return Err(err("the signer does not use SIGN_MODE_DIRECT"));
    }
    let public_key = match &signer.public_key {
        None => None,
        Some(any) if any.type_url == super::rest::SECP256K1_PUBKEY => {
            let k = cosmrs::proto::cosmos::crypto::secp256k1::PubKey::decode(any.value.as_slice())
                .map_err(|e| err(format!("the signer's public key does not decode: {e}")))?;
            Some(PublicKey::from_bytes("the signer's public key", &k.key).map_err(|e| err(e.to_string()))?)
        }
        Some(any) => return Err(err(format!("the signer's key is a {:?}, not secp256k1", any.type_url))),
    };
    let fee = auth.fee.ok_or_else(|| err("the transaction has no fee"))?;
    let amount = match fee.amount.as_slice() {
        [] => 0,
        [c] => upokt_of(Some(c), "the fee")?,
        _ => return Err(err("the fee has more than one coin; pay it in upokt")),
    };
    let [signature] = tx.signatures.as_slice() else {
        return Err(err(format!("the transaction has {} signatures; it needs one", tx.signatures.len())));
    };
    Ok(Decoded {
        messages,
        memo: body.memo,
        public_key,
        sequence: signer.sequence,
        fee: amount,
        gas_limit: fee.gas_limit,
        signature: signature.clone(),
        body_bytes: tx.body_bytes,
        auth_info_bytes: tx.auth_info_bytes,
    })
}

/// The gas limit pgw asks for: the simulation's gas used times `margin` (e.g. 1.5), rounded up,
/// in exact integer arithmetic (`margin_permille` = 1500).
pub fn gas_with_margin(gas_used: u64, margin_permille: u64) -> u64 {
    let wanted = u128::from(gas_used) * u128::from(margin_permille);
    u64::try_from(wanted.div_ceil(1000)).unwrap_or(u64::MAX)
}

/// The fee for `gas_limit` at `gas_price_micro` upokt per million gas units, rounded up
/// (poktroll's minimum gas price is 0.000001upokt = 1 micro-upokt per gas).
pub fn fee_for(gas_limit: u64, gas_price_micro: u64) -> u64 {
    let fee = u128::from(gas_limit) * u128::from(gas_price_micro);
    u64::try_from(fee.div_ceil(1_000_000)).unwrap_or(u64::MAX)
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A fixed key: SHA-256("pgw shannon tx test key").
    pub fn test_key() -> PrivateKey {
        PrivateKey::from_bytes(&sha256(b"pgw shannon tx test key")).unwrap()
    }

    fn other_address() -> String {
        PrivateKey::from_bytes(&sha256(b"pgw shannon tx other key")).unwrap().public_key().address()
    }

    // A protobuf writer for the test's expected bytes, independent of prost and cosmrs.
    fn varint(mut n: u64, out: &mut Vec<u8>) {
        while n >= 0x80 {
            out.push((n as u8) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
    fn field(tag: u64, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        varint(tag << 3 | 2, &mut out);
        varint(bytes.len() as u64, &mut out);
        out.extend_from_slice(bytes);
        out
    }
    fn int_field(tag: u64, n: u64) -> Vec<u8> {
        let mut out = Vec::new();
        varint(tag << 3, &mut out);
        varint(n, &mut out);
        out
    }
    fn cat(parts: &[Vec<u8>]) -> Vec<u8> {
        parts.concat()
    }

    fn params() -> TxParams {
        TxParams {
            chain_id: "pocket-devnet".into(),
            account_number: 7,
            sequence: 3,
            fee: 1234,
            gas_limit: 200_000,
            memo: "pgw".into(),
        }
    }

    #[test]
    fn delegation_sign_docs_are_cosmos_protobuf_byte_for_byte() {
        let key = test_key();
        let app = key.public_key().address();
        let gateway = other_address();
        let msg = Msg::Delegate { app: app.clone(), gateway: gateway.clone() };
        let unsigned = build(&msg, &key.public_key(), &params()).unwrap();

        let value = cat(&[field(1, app.as_bytes()), field(2, gateway.as_bytes())]);
        let any = cat(&[field(1, MSG_DELEGATE_TO_GATEWAY.as_bytes()), field(2, &value)]);
        let body = cat(&[field(1, &any), field(2, b"pgw")]);
        assert_eq!(hex::encode(&unsigned.body_bytes), hex::encode(&body));

        let pubkey_any = cat(&[
            field(1, b"/cosmos.crypto.secp256k1.PubKey"),
            field(2, &field(1, &key.public_key().to_bytes())),
        ]);
        // ModeInfo{single{mode: SIGN_MODE_DIRECT = 1}}
        let mode = field(1, &int_field(1, 1));
        let signer = cat(&[field(1, &pubkey_any), field(2, &mode), int_field(3, 3)]);
        let fee = cat(&[field(1, &cat(&[field(1, b"upokt"), field(2, b"1234")])), int_field(2, 200_000)]);
        let auth = cat(&[field(1, &signer), field(2, &fee)]);
        assert_eq!(hex::encode(&unsigned.auth_info_bytes), hex::encode(&auth));

        let doc = cat(&[field(1, &body), field(2, &auth), field(3, b"pocket-devnet"), int_field(4, 7)]);
        assert_eq!(hex::encode(&unsigned.sign_doc), hex::encode(&doc));

        let signed = sign(&unsigned, &key);
        let decoded = decode(&signed.raw).unwrap();
        assert_eq!(decoded.messages, vec![msg]);
        assert_eq!((decoded.sequence, decoded.fee, decoded.gas_limit), (3, 1234, 200_000));
        assert_eq!(decoded.memo, "pgw");
        assert_eq!(decoded.public_key, Some(key.public_key()));
        assert_eq!(decoded.sign_doc("pocket-devnet", 7), doc);
        assert!(decoded.verify(&key.public_key(), "pocket-devnet", 7));
        // Another chain or account number is another sign doc: the signature fails.
        assert!(!decoded.verify(&key.public_key(), "pocket", 7));
        assert!(!decoded.verify(&key.public_key(), "pocket-devnet", 8));
        // TxRaw = body, auth info, [signature]; the hash is SHA-256 of those bytes.
        let raw = cat(&[field(1, &body), field(2, &auth), field(3, &decoded.signature)]);
        assert_eq!(signed.raw, raw);
        assert_eq!(signed.hash, hex::encode_upper(sha256(&raw)));
        assert_eq!(decoded.signature.len(), 64);
    }

    /// A pinned vector: RFC 6979 makes the signature, and so the TxRaw and its hash, a function
    /// of the key and the sign doc alone (any change to the encoding or signing shows here).
    /// The signature was checked outside pgw: Python `cryptography` (OpenSSL) verifies it as
    /// ECDSA secp256k1 with SHA-256 over the sign doc, and its s is low.
    #[test]
    fn the_signed_delegation_is_pinned() {
        let key = test_key();
        let msg = Msg::Delegate { app: key.public_key().address(), gateway: other_address() };
        let signed = sign(&build(&msg, &key.public_key(), &params()).unwrap(), &key);
        let decoded = decode(&signed.raw).unwrap();
        assert_eq!(
            hex::encode(&decoded.signature),
            "c61c589412f7909b72bf7f8e14d0feb797928228dcf0ebf68bd9e84593d0541c1c62ec65417752c1de02a40d5ecdc751ab8b738098e3b63075f1d57354beac6a"
        );
        assert_eq!(signed.hash, "40D8D17162015CEB772893B3ABCEA7AA496D791FEA153DC9BDB408125CD12B60");
    }

    #[test]
    fn signatures_are_deterministic_and_low_s() {
        let key = test_key();
        let address = key.public_key().address();
        let msg = Msg::Send { from: address.clone(), to: address, amount: 1_500_000 };
        let unsigned = build(&msg, &key.public_key(), &params()).unwrap();
        let a = sign(&unsigned, &key);
        assert_eq!(a, sign(&unsigned, &key));
        let decoded = decode(&a.raw).unwrap();
        let s = k256::ecdsa::Signature::from_slice(&decoded.signature).unwrap();
        assert!(s.normalize_s().is_none());
        // A high-S twin of the same signature is refused, as cosmos refuses it.
        let (r, s) = s.split_scalars();
        let high = k256::ecdsa::Signature::from_scalars(r.to_bytes(), (-*s).to_bytes()).unwrap();
        let mut twin = decoded.clone();
        twin.signature = high.to_bytes().to_vec();
        assert!(!twin.verify(&key.public_key(), "pocket-devnet", 7));
        assert!(decoded.verify(&key.public_key(), "pocket-devnet", 7));
    }

    #[test]
    fn every_message_round_trips_with_its_type_url() {
        let key = test_key();
        let me = key.public_key().address();
        let other = other_address();
        let msgs = [
            Msg::Send { from: me.clone(), to: other.clone(), amount: 5 },
            Msg::StakeApplication {
                address: me.clone(),
                stake: 100_000_000,
                services: vec!["eth".into(), "base".into()],
            },
            Msg::StakeGateway { address: me.clone(), stake: 100_000_000 },
            Msg::Delegate { app: me.clone(), gateway: other.clone() },
            Msg::Undelegate { app: me.clone(), gateway: other.clone() },
        ];
        for m in &msgs {
            assert_eq!(&Msg::from_any(&m.to_any()).unwrap(), m);
        }
        // MsgStakeApplication: address 1, stake 2, services 3 (ApplicationServiceConfig{service_id 1}).
        let expected = cat(&[
            field(1, me.as_bytes()),
            field(2, &cat(&[field(1, b"upokt"), field(2, b"100000000")])),
            field(3, &field(1, b"eth")),
            field(3, &field(1, b"base")),
        ]);
        assert_eq!(msgs[1].encode(), expected);
        assert_eq!(msgs[2].type_url(), "/pocket.gateway.MsgStakeGateway");
        let bad = Any { type_url: "/pocket.application.MsgUnstakeApplication".into(), value: vec![] };
        assert_eq!(
            Msg::from_any(&bad).unwrap_err().0,
            "unknown message type \"/pocket.application.MsgUnstakeApplication\""
        );
        let stranger = Msg::Delegate { app: me.clone(), gateway: "pokt1bad".into() };
        assert!(
            Msg::from_any(&stranger.to_any())
                .unwrap_err()
                .0
                .starts_with("the /pocket.application.MsgDelegateToGateway message: ")
        );
        let not_mine = Msg::Delegate { app: other.clone(), gateway: me.clone() };
        assert_eq!(
            build(&not_mine, &key.public_key(), &params()).unwrap_err().0,
            format!("the key signs for {me}, but the message's signer is {other}")
        );
    }

    #[test]
    fn gas_and_fees_round_up_exactly() {
        assert_eq!(gas_with_margin(100_001, 1500), 150_002);
        assert_eq!(gas_with_margin(0, 1500), 0);
        assert_eq!(fee_for(150_002, 1), 1);
        assert_eq!(fee_for(2_000_000, 1), 2);
        assert_eq!(fee_for(200_000, 10), 2);
        assert_eq!(fee_for(u64::MAX, u64::MAX), u64::MAX);
    }
}

//! Morse transactions (MORSE-TX.md §1–§4): app stake, app begin-unstake and send; the sign doc
//! exactly as the node rebuilds it (`StdSignBytes`, Go JSON escaping), the Ed25519 signature over
//! it, the protobuf wire form (`ProtoStdTx`, length-prefixed), the tx hash, the
//! `/v1/client/rawtx` body, and the decoding of all of it back (the devnet checks what it is
//! sent). Pure: no I/O.

use prost::Message;

use super::amount::Amount;
use super::gojson::{self, ObjectWriter};
use super::keys::{Address, PrivateKey, PublicKey};
use crate::protocol::hash::sha256;

/// The fee every message here costs on pocket-core with the default multiplier (upokt).
pub const BASE_FEE: Amount = Amount::upokt(10_000);
/// The fee's denomination.
pub const DENOM: &str = "upokt";
/// Amino names (sign doc `msg.type`).
pub const AMINO_APP_STAKE: &str = "apps/MsgAppStake";
pub const AMINO_APP_UNSTAKE: &str = "apps/MsgAppBeginUnstake";
pub const AMINO_SEND: &str = "pos/Send";
/// Protobuf `Any` type URLs.
pub const URL_APP_STAKE: &str = "/x.apps.MsgProtoStake";
pub const URL_APP_UNSTAKE: &str = "/x.apps.MsgBeginUnstake";
pub const URL_SEND: &str = "/x.nodes.MsgSend";
/// pocket-core's default `auth/MaxMemoCharacters`.
pub const MAX_MEMO_BYTES: usize = 256;

/// One message of a transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Stake (or edit the stake of) the app with this public key; `value` is the total stake.
    AppStake { public_key: PublicKey, chains: Vec<String>, value: Amount },
    /// Begin unstaking the app at this address.
    AppBeginUnstake { address: Address },
    /// Send `amount` from `from` to `to`.
    Send { from: Address, to: Address, amount: Amount },
}

impl Msg {
    /// The amino name (sign doc `msg.type`).
    pub fn amino_type(&self) -> &'static str {
        match self {
            Msg::AppStake { .. } => AMINO_APP_STAKE,
            Msg::AppBeginUnstake { .. } => AMINO_APP_UNSTAKE,
            Msg::Send { .. } => AMINO_SEND,
        }
    }

    /// pocket-core's `Type()` (`tx_result.message_type`).
    pub fn message_type(&self) -> &'static str {
        match self {
            Msg::AppStake { .. } => "app_stake",
            Msg::AppBeginUnstake { .. } => "app_begin_unstake",
            Msg::Send { .. } => "send",
        }
    }

    /// The address that must sign (`GetSigners`).
    pub fn signer(&self) -> Address {
        match self {
            Msg::AppStake { public_key, .. } => public_key.address(),
            Msg::AppBeginUnstake { address } => *address,
            Msg::Send { from, .. } => *from,
        }
    }

    /// `msg.GetSignBytes()`: amino JSON of the message with its type wrapper, keys sorted.
    pub fn sign_json(&self, out: &mut String) {
        let mut w = ObjectWriter::new(out);
        w.string("type", self.amino_type());
        {
            let mut v = w.object("value");
            match self {
                Msg::AppStake { public_key, chains, value } => {
                    let mut list = String::from("[");
                    for (i, chain) in chains.iter().enumerate() {
                        if i > 0 {
                            list.push(',');
                        }
                        gojson::write_str(&mut list, chain);
                    }
                    list.push(']');
                    v.raw("chains", &list);
                    {
                        let mut pk = v.object("pubkey");
                        pk.string("type", "crypto/ed25519_public_key").hex("value", &public_key.to_hex());
                        pk.finish();
                    }
                    v.string("value", &value.dec());
                }
                Msg::AppBeginUnstake { address } => {
                    v.hex("application_address", &address.to_string());
                }
                Msg::Send { from, to, amount } => {
                    v.string("amount", &amount.dec())
                        .hex("from_address", &from.to_string())
                        .hex("to_address", &to.to_string());
                }
            }
            v.finish();
        }
        w.finish();
    }

    /// The protobuf `Any` the tx carries.
    fn to_any(&self) -> Any {
        match self {
            Msg::AppStake { public_key, chains, value } => Any {
                type_url: URL_APP_STAKE.into(),
                value: MsgProtoStake {
                    pub_key: public_key.0.to_vec(),
                    chains: chains.clone(),
                    value: value.dec(),
                }
                .encode_to_vec(),
            },
            Msg::AppBeginUnstake { address } => Any {
                type_url: URL_APP_UNSTAKE.into(),
                value: MsgBeginUnstake { address: address.0.to_vec() }.encode_to_vec(),
            },
            Msg::Send { from, to, amount } => Any {
                type_url: URL_SEND.into(),
                value: MsgSend {
                    from_address: from.0.to_vec(),
                    to_address: to.0.to_vec(),
                    amount: amount.dec(),
                }
                .encode_to_vec(),
            },
        }
    }
}

/// An unsigned transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tx {
    pub chain_id: String,
    pub msg: Msg,
    pub fee: Amount,
    pub memo: String,
    pub entropy: i64,
}

/// A signed transaction and everything derived from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedTx {
    pub tx: Tx,
    pub sign_doc: String,
    pub public_key: PublicKey,
    pub signature: [u8; 64],
    /// `uvarint(len) ‖ ProtoStdTx`: what `raw_hex_bytes` carries.
    pub raw: Vec<u8>,
}

impl Tx {
    /// `StdSignBytes`: the exact bytes the node verifies the signature against (§1).
    pub fn sign_doc(&self) -> String {
        let mut out = String::with_capacity(320);
        let mut w = ObjectWriter::new(&mut out);
        w.string("chain_id", &self.chain_id).string("entropy", &self.entropy.to_string());
        let fee = format!("[{{\"amount\":\"{}\",\"denom\":\"{DENOM}\"}}]", self.fee.dec());
        w.raw("fee", &fee).string("memo", &self.memo);
        let mut msg = String::new();
        self.msg.sign_json(&mut msg);
        w.raw("msg", &msg);
        w.finish();
        out
    }

    /// Signs with `key` and encodes the wire form.
    pub fn sign(self, key: &PrivateKey) -> SignedTx {
        let sign_doc = self.sign_doc();
        let signature = key.sign(sign_doc.as_bytes());
        let public_key = key.public_key();
        let raw = encode(&self, &public_key, &signature);
        SignedTx { tx: self, sign_doc, public_key, signature, raw }
    }
}

fn encode(tx: &Tx, public_key: &PublicKey, signature: &[u8]) -> Vec<u8> {
    let body = ProtoStdTx {
        msg: Some(tx.msg.to_any()),
        fee: vec![Coin { denom: DENOM.into(), amount: tx.fee.dec() }],
        signature: Some(ProtoStdSignature {
            public_key: public_key.0.to_vec(),
            signature: signature.to_vec(),
        }),
        memo: tx.memo.clone(),
        entropy: tx.entropy,
    };
    body.encode_length_delimited_to_vec()
}

impl SignedTx {
    /// SHA-256 of the whole raw tx, 64 uppercase hex characters (Tendermint's `Tx.Hash`).
    pub fn hash(&self) -> String {
        tx_hash(&self.raw)
    }

    pub fn raw_hex(&self) -> String {
        hex::encode(&self.raw)
    }

    /// The `POST /v1/client/rawtx` body (§4.1).
    pub fn rawtx_body(&self) -> String {
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out);
        w.hex("address", &self.public_key.address().to_string()).hex("raw_hex_bytes", &self.raw_hex());
        w.finish();
        out
    }

    /// Whether the signature verifies over the sign doc rebuilt from the decoded values.
    pub fn signature_valid(&self) -> bool {
        self.public_key.verify(self.tx.sign_doc().as_bytes(), &self.signature)
    }
}

/// The tx hash of raw tx bytes.
pub fn tx_hash(raw: &[u8]) -> String {
    hex::encode_upper(sha256(raw))
}

/// A 20-byte address from 40 hex characters (either case).
pub fn parse_address(text: &str) -> Result<Address, String> {
    let bytes = hex::decode(text.trim())
        .map_err(|e| format!("{text:?} is not an address: not hex ({e}); an address is 40 hex characters"))?;
    let array: [u8; 20] = bytes.try_into().map_err(|b: Vec<u8>| {
        format!("{text:?} is not an address: {} bytes, an address is 20 bytes (40 hex characters)", b.len())
    })?;
    Ok(Address(array))
}

/// pocket-core's `ValidateNetworkIdentifier`: a relay chain id is hex of 1 or 2 bytes.
pub fn valid_chain_id(chain: &str) -> bool {
    matches!(hex::decode(chain), Ok(bytes) if !bytes.is_empty() && bytes.len() <= 2)
}

/// A fresh random entropy (PG draws from `[0, 2^63)`).
pub fn random_entropy() -> i64 {
    (rand::random::<u64>() >> 1) as i64
}

// ---- protobuf wire types (pocket-core's proto/x/auth/auth.proto, types/coin.proto, x/apps, x/nodes)

#[derive(Clone, PartialEq, prost::Message)]
pub struct ProtoStdTx {
    #[prost(message, optional, tag = "1")]
    pub msg: Option<Any>,
    #[prost(message, repeated, tag = "2")]
    pub fee: Vec<Coin>,
    #[prost(message, optional, tag = "3")]
    pub signature: Option<ProtoStdSignature>,
    #[prost(string, tag = "4")]
    pub memo: String,
    #[prost(int64, tag = "5")]
    pub entropy: i64,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct Any {
    #[prost(string, tag = "1")]
    pub type_url: String,
    #[prost(bytes = "vec", tag = "2")]
    pub value: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct Coin {
    #[prost(string, tag = "1")]
    pub denom: String,
    #[prost(string, tag = "2")]
    pub amount: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct ProtoStdSignature {
    #[prost(bytes = "vec", tag = "1")]
    pub public_key: Vec<u8>,
    #[prost(bytes = "vec", tag = "2")]
    pub signature: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgProtoStake {
    #[prost(bytes = "vec", tag = "1")]
    pub pub_key: Vec<u8>,
    #[prost(string, repeated, tag = "2")]
    pub chains: Vec<String>,
    #[prost(string, tag = "3")]
    pub value: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgBeginUnstake {
    #[prost(bytes = "vec", tag = "1")]
    pub address: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MsgSend {
    #[prost(bytes = "vec", tag = "1")]
    pub from_address: Vec<u8>,
    #[prost(bytes = "vec", tag = "2")]
    pub to_address: Vec<u8>,
    #[prost(string, tag = "3")]
    pub amount: String,
}

// ---- decoding and the node's CheckTx errors

/// A pocket-core error as CheckTx reports it (`raw_log`): codespace, code and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxError {
    pub codespace: &'static str,
    pub code: u32,
    pub message: String,
}

impl TxError {
    pub fn new(codespace: &'static str, code: u32, message: impl Into<String>) -> Self {
        TxError { codespace, code, message: message.into() }
    }

    fn decode(message: impl Into<String>) -> Self {
        TxError::new("sdk", 2, format!("error decoding transaction: {}", message.into()))
    }

    /// Go's `sdkError.Error()`: `ERROR:\nCodespace: …\nCode: …\nMessage: "…"\n`.
    pub fn sdk_string(&self) -> String {
        format!(
            "ERROR:\nCodespace: {}\nCode: {}\nMessage: {}\n",
            self.codespace,
            self.code,
            super::node_error::go_quote(&self.message)
        )
    }

    /// `ABCILog`: `{"codespace":…,"code":…,"message":"ERROR:\nCodespace: …"}`, not HTML-escaped.
    pub fn raw_log(&self) -> String {
        let text = self.sdk_string();
        let value = serde_json::json!({ "codespace": self.codespace, "code": self.code, "message": text });
        // serde_json does not HTML-escape, like Go's encoder with SetEscapeHTML(false); with
        // `preserve_order` the keys stay in this (struct) order.
        value.to_string()
    }
}

/// Decodes a raw tx (length prefix, `ProtoStdTx`, its message) into the signed transaction,
/// the way pocket-core's `DefaultTxDecoder` does; errors are the `sdk` 2 the node answers.
pub fn decode(raw: &[u8]) -> Result<SignedTx, TxError> {
    if raw.is_empty() {
        return Err(TxError::new("sdk", 2, "txBytes are empty"));
    }
    let mut rest = raw;
    let len = prost::encoding::decode_varint(&mut rest).map_err(|e| TxError::decode(e.to_string()))?;
    if len > rest.len() as u64 {
        return Err(TxError::decode("not enough bytes to read"));
    }
    if len < rest.len() as u64 {
        return Err(TxError::decode("too many bytes to read"));
    }
    let body = ProtoStdTx::decode(rest).map_err(|e| TxError::decode(e.to_string()))?;
    let any = body.msg.unwrap_or_default();
    let msg = match any.type_url.as_str() {
        URL_APP_STAKE => {
            let m =
                MsgProtoStake::decode(any.value.as_slice()).map_err(|e| TxError::decode(e.to_string()))?;
            let public_key = PublicKey(
                m.pub_key.as_slice().try_into().map_err(|_| TxError::new("sdk", 8, "invalid public key"))?,
            );
            Msg::AppStake { public_key, chains: m.chains, value: parse_big(&m.value)? }
        }
        URL_APP_UNSTAKE => {
            let m =
                MsgBeginUnstake::decode(any.value.as_slice()).map_err(|e| TxError::decode(e.to_string()))?;
            Msg::AppBeginUnstake { address: address_of(&m.address)? }
        }
        URL_SEND => {
            let m = MsgSend::decode(any.value.as_slice()).map_err(|e| TxError::decode(e.to_string()))?;
            Msg::Send {
                from: address_of(&m.from_address)?,
                to: address_of(&m.to_address)?,
                amount: parse_big(&m.amount)?,
            }
        }
        other => return Err(TxError::decode(format!("unable to resolve type URL {other}"))),
    };
    let fee = match body.fee.as_slice() {
        [coin] if coin.denom == DENOM => parse_big(&coin.amount)?,
        coins => {
            let text: Vec<String> = coins.iter().map(|c| format!("{}{}", c.amount, c.denom)).collect();
            return Err(TxError::new("sdk", 14, format!("invalid fee {} amount provided", text.join(","))));
        }
    };
    let sig = body.signature.unwrap_or_default();
    if sig.signature.is_empty() {
        return Err(TxError::new("sdk", 4, "empty signature"));
    }
    let signature: [u8; 64] = sig
        .signature
        .as_slice()
        .try_into()
        .map_err(|_| TxError::new("sdk", 4, "signature verification failed for the transaction"))?;
    let public_key = PublicKey(
        sig.public_key.as_slice().try_into().map_err(|_| TxError::new("sdk", 8, "invalid public key"))?,
    );
    let tx = Tx { chain_id: String::new(), msg, fee, memo: body.memo, entropy: body.entropy };
    Ok(SignedTx { tx, sign_doc: String::new(), public_key, signature, raw: raw.to_vec() })
}

fn address_of(bytes: &[u8]) -> Result<Address, TxError> {
    bytes.try_into().map(Address).map_err(|_| TxError::decode("Incorrect address length"))
}

/// A `BigInt` from its protobuf text, normalised as Go's `big.Int` text parsing does.
fn parse_big(text: &str) -> Result<Amount, TxError> {
    text.parse::<u64>().map(Amount).map_err(|_| TxError::decode(format!("invalid integer {text:?}")))
}

/// A `/v1/client/rawtx` body (§4.1), as the node reads it: `raw_hex_bytes` hex of the raw tx.
pub fn parse_rawtx_body(body: &[u8]) -> Result<Vec<u8>, String> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    let field = |name: &str| {
        value.as_object().and_then(|o| {
            o.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .and_then(|(_, v)| v.as_str().map(str::to_owned))
        })
    };
    if let Some(address) = field("address").filter(|a| !a.is_empty()) {
        let bytes = super::gohex::decode(&address).map_err(|e| e.to_string())?;
        if bytes.len() != 20 {
            return Err("Incorrect address length".into());
        }
    }
    let raw = field("raw_hex_bytes").unwrap_or_default();
    super::gohex::decode(&raw).map_err(|e| e.to_string())
}

/// The node's answer to a rawtx (§4.3/§4.4), as W1 writes it (sorted keys, trailing newline).
pub fn broadcast_response(hash: &str, error: Option<&TxError>) -> String {
    let mut out = String::new();
    let mut w = ObjectWriter::new(&mut out);
    if let Some(e) = error {
        w.int("code", i64::from(e.code));
    }
    w.raw("logs", "null");
    if let Some(e) = error {
        w.string("raw_log", &e.raw_log());
    }
    w.hex("txhash", hash);
    w.finish();
    out.push('\n');
    out
}

/// What a client reads from a rawtx answer: the hash, and the CheckTx error if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broadcast {
    pub txhash: String,
    pub code: u32,
    pub codespace: String,
    pub message: String,
}

/// Parses a rawtx answer (HTTP 200). The message is the inner Go message when `raw_log` is the
/// usual `ERROR:\n…Message: "…"` text.
pub fn parse_broadcast(body: &[u8]) -> Result<Broadcast, String> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    let txhash = value.get("txhash").and_then(|v| v.as_str()).ok_or("no txhash")?.to_owned();
    let code = value.get("code").and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    let raw_log = value.get("raw_log").and_then(|v| v.as_str()).unwrap_or("");
    let (codespace, message) = match serde_json::from_str::<serde_json::Value>(raw_log) {
        Ok(log) => {
            let cs = log.get("codespace").and_then(|v| v.as_str()).unwrap_or("").to_owned();
            let text = log.get("message").and_then(|v| v.as_str()).unwrap_or("");
            (cs, inner_message(text))
        }
        Err(_) => (String::new(), raw_log.to_owned()),
    };
    Ok(Broadcast { txhash, code, codespace, message })
}

/// `ERROR:\nCodespace: x\nCode: n\nMessage: "text"\n` → `text` (anything else unchanged).
pub fn inner_message(text: &str) -> String {
    match text.split_once("\nMessage: ") {
        Some((_, rest)) => {
            let rest = rest.trim_end_matches('\n');
            serde_json::from_str::<String>(rest).unwrap_or_else(|_| rest.trim_matches('"').to_owned())
        }
        None => text.to_owned(),
    }
}

/// pocket-core's `ValidateNetworkIdentifier` reason for a bad chain id, or `None` when valid.
fn chain_id_problem(chain: &str) -> Option<String> {
    match super::gohex::decode(chain) {
        Err(e) => Some(e.to_string()),
        Ok(bytes) if bytes.is_empty() => Some("net id is empty".into()),
        Ok(bytes) if bytes.len() > 2 => Some("net id length is > 2".into()),
        Ok(_) => None,
    }
}

/// The first checks of `CheckTx`, before the duplicate check and the signer: the message's
/// `ValidateBasic`, then the memo length (pocket-core's ante handler order).
pub fn check_basic(signed: &SignedTx) -> Result<(), TxError> {
    match &signed.tx.msg {
        Msg::AppStake { chains, value, .. } => {
            if value.0 == 0 {
                return Err(TxError::new("application", 115, "the stake amount is invalid"));
            }
            if chains.is_empty() {
                return Err(TxError::new("application", 116, "validator must stake with hosted blockchains"));
            }
            if let Some(problem) = chains.iter().find_map(|c| chain_id_problem(c)) {
                return Err(TxError::new(
                    "application",
                    117,
                    format!("the applications network identifier is not valid: {problem}"),
                ));
            }
        }
        Msg::AppBeginUnstake { .. } => {}
        Msg::Send { amount, .. } => {
            if amount.0 == 0 {
                return Err(TxError::new("pos", 109, "the amount to send must be positive"));
            }
        }
    }
    if signed.tx.memo.len() > MAX_MEMO_BYTES {
        return Err(TxError::new(
            "auth",
            1,
            format!(
                "the transaction memo is invalid: maximum number of characters is {MAX_MEMO_BYTES} but received {} characters",
                signed.tx.memo.len()
            ),
        ));
    }
    Ok(())
}

/// The signer checks of `CheckTx` (`ValidateTransaction`): the key must be the message's signer,
/// then the fee must reach `min_fee`, then the signature must verify over the sign doc for
/// `chain_id`. Returns the tx with its chain id and sign doc filled in.
pub fn check_signer(mut signed: SignedTx, chain_id: &str, min_fee: Amount) -> Result<SignedTx, TxError> {
    let unauthorized = || TxError::new("sdk", 4, "signature verification failed for the transaction");
    if signed.public_key.address() != signed.tx.msg.signer() {
        return Err(unauthorized());
    }
    if signed.tx.fee < min_fee {
        return Err(TxError::new(
            "auth",
            4,
            format!(
                "the fee for the transaction was insufficient. \nExpected: {}upokt\nActual: {}upokt",
                min_fee.dec(),
                signed.tx.fee.dec()
            ),
        ));
    }
    signed.tx.chain_id = chain_id.to_owned();
    if !signed.signature_valid() {
        return Err(unauthorized());
    }
    signed.sign_doc = signed.tx.sign_doc();
    Ok(signed)
}

/// Every stateless check of `CheckTx` ([`check_basic`], then [`check_signer`]).
pub fn check(signed: SignedTx, chain_id: &str, min_fee: Amount) -> Result<SignedTx, TxError> {
    check_basic(&signed)?;
    check_signer(signed, chain_id, min_fee)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "1f8cbde30ef5a9db0a5a9d5eb40536fc9defc318b8581d543808b7504e0902bcb243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
    const ADDR: &str = "b50a6e20d3733fb89631ae32385b3c85c533c560";
    const TO: &str = "0123456789abcdef0123456789abcdef01234567";

    fn key() -> PrivateKey {
        PrivateKey::from_hex(KEY).unwrap()
    }

    fn tx(msg: Msg) -> Tx {
        Tx { chain_id: "testnet".into(), msg, fee: BASE_FEE, memo: String::new(), entropy: 1234567890123456 }
    }

    fn stake() -> Msg {
        Msg::AppStake {
            public_key: key().public_key(),
            chains: vec!["0021".into(), "0001".into()],
            value: Amount(1_000_000),
        }
    }

    fn unstake() -> Msg {
        Msg::AppBeginUnstake { address: parse_address(ADDR).unwrap() }
    }

    fn send() -> Msg {
        Msg::Send {
            from: parse_address(ADDR).unwrap(),
            to: parse_address(TO).unwrap(),
            amount: Amount(1_000_000),
        }
    }

    struct Vector {
        sign_doc: &'static str,
        sign_doc_hex: Option<&'static str>,
        signature: &'static str,
        any_url: &'static str,
        any_value: Option<&'static str>,
        raw: &'static str,
        raw_len: Option<usize>,
        hash: &'static str,
    }

    fn assert_vector(t: Tx, v: &Vector) {
        assert_eq!(t.sign_doc(), v.sign_doc);
        if let Some(h) = v.sign_doc_hex {
            assert_eq!(hex::encode(t.sign_doc()), h);
        }
        let any = t.msg.to_any();
        assert_eq!(any.type_url, v.any_url);
        if let Some(value) = v.any_value {
            assert_eq!(hex::encode(&any.value), value);
        }
        let signed = t.clone().sign(&key());
        assert_eq!(hex::encode(signed.signature), v.signature);
        assert_eq!(signed.raw_hex(), v.raw);
        if let Some(n) = v.raw_len {
            assert_eq!(signed.raw.len(), n);
        }
        assert_eq!(signed.hash(), v.hash);
        assert!(signed.signature_valid());
        // And back: the decoder gives the same transaction, and the node's checks pass.
        let decoded = decode(&signed.raw).unwrap();
        let checked = check(decoded, "testnet", BASE_FEE).unwrap();
        assert_eq!(checked, signed);
    }

    #[test]
    fn v1_app_stake() {
        assert_vector(
            tx(stake()),
            &Vector {
                sign_doc: r#"{"chain_id":"testnet","entropy":"1234567890123456","fee":[{"amount":"10000","denom":"upokt"}],"memo":"","msg":{"type":"apps/MsgAppStake","value":{"chains":["0021","0001"],"pubkey":{"type":"crypto/ed25519_public_key","value":"b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3"},"value":"1000000"}}}"#,
                sign_doc_hex: Some(
                    "7b22636861696e5f6964223a22746573746e6574222c22656e74726f7079223a2231323334353637383930313233343536222c22666565223a5b7b22616d6f756e74223a223130303030222c2264656e6f6d223a2275706f6b74227d5d2c226d656d6f223a22222c226d7367223a7b2274797065223a22617070732f4d73674170705374616b65222c2276616c7565223a7b22636861696e73223a5b2230303231222c2230303031225d2c227075626b6579223a7b2274797065223a2263727970746f2f656432353531395f7075626c69635f6b6579222c2276616c7565223a2262323433623237626339666265353538303435376134363337306165356630336136663637353336333365353165666461663263663533346664633236636333227d2c2276616c7565223a2231303030303030227d7d7d",
                ),
                signature: "5454659e9f52577bee2835659b46b07fc2587ee0108cb6d3cfcd8f90de54edad9b3bcf9dc7c45ec587cad335c6a084e73f03e499117f18cf738d165924b6a709",
                any_url: "/x.apps.MsgProtoStake",
                any_value: Some(
                    "0a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc31204303032311204303030311a0731303030303030",
                ),
                raw: "d1010a500a152f782e617070732e4d736750726f746f5374616b6512370a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc31204303032311204303030311a0731303030303030120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc312405454659e9f52577bee2835659b46b07fc2587ee0108cb6d3cfcd8f90de54edad9b3bcf9dc7c45ec587cad335c6a084e73f03e499117f18cf738d165924b6a70928c0f5aae4d3da9802",
                raw_len: Some(211),
                hash: "64A2CBE9E75FA06192901F54DA415485860229693C10D61F61EBD5554D336AC2",
            },
        );
        assert_eq!(tx(stake()).sign_doc().len(), 312);
    }

    #[test]
    fn v2_app_begin_unstake() {
        assert_vector(
            tx(unstake()),
            &Vector {
                sign_doc: r#"{"chain_id":"testnet","entropy":"1234567890123456","fee":[{"amount":"10000","denom":"upokt"}],"memo":"","msg":{"type":"apps/MsgAppBeginUnstake","value":{"application_address":"b50a6e20d3733fb89631ae32385b3c85c533c560"}}}"#,
                sign_doc_hex: Some(
                    "7b22636861696e5f6964223a22746573746e6574222c22656e74726f7079223a2231323334353637383930313233343536222c22666565223a5b7b22616d6f756e74223a223130303030222c2264656e6f6d223a2275706f6b74227d5d2c226d656d6f223a22222c226d7367223a7b2274797065223a22617070732f4d7367417070426567696e556e7374616b65222c2276616c7565223a7b226170706c69636174696f6e5f61646472657373223a2262353061366532306433373333666238393633316165333233383562336338356335333363353630227d7d7d",
                ),
                signature: "a15d03a53c88ea5aeb549c586251fb353f9b52e86c0c2665095e1b9f2a80564cc40dd2c15bd89023f591a8aabd49589c5904b7557a564236ccf3b77e780a0808",
                any_url: "/x.apps.MsgBeginUnstake",
                any_value: Some("0a14b50a6e20d3733fb89631ae32385b3c85c533c560"),
                raw: "b2010a310a172f782e617070732e4d7367426567696e556e7374616b6512160a14b50a6e20d3733fb89631ae32385b3c85c533c560120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc31240a15d03a53c88ea5aeb549c586251fb353f9b52e86c0c2665095e1b9f2a80564cc40dd2c15bd89023f591a8aabd49589c5904b7557a564236ccf3b77e780a080828c0f5aae4d3da9802",
                raw_len: Some(180),
                hash: "509DF012FCC89A509A24BDF0A05777890FE932E19AB4839A0A76F2795BF678DC",
            },
        );
    }

    const V3_RAW: &str = "ca010a490a102f782e6e6f6465732e4d736753656e6412350a14b50a6e20d3733fb89631ae32385b3c85c533c56012140123456789abcdef0123456789abcdef012345671a0731303030303030120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc31240a50f575e4cc6cd67e30efbfd6475ca5a14c59182f602ee08b90098d4e0d87453f8f4b96b0076a78dd1b974ca13f0c553a870c1ab7c0c5da605714f1c2244aa0f28c0f5aae4d3da9802";

    #[test]
    fn v3_send() {
        assert_vector(
            tx(send()),
            &Vector {
                sign_doc: r#"{"chain_id":"testnet","entropy":"1234567890123456","fee":[{"amount":"10000","denom":"upokt"}],"memo":"","msg":{"type":"pos/Send","value":{"amount":"1000000","from_address":"b50a6e20d3733fb89631ae32385b3c85c533c560","to_address":"0123456789abcdef0123456789abcdef01234567"}}}"#,
                sign_doc_hex: Some(
                    "7b22636861696e5f6964223a22746573746e6574222c22656e74726f7079223a2231323334353637383930313233343536222c22666565223a5b7b22616d6f756e74223a223130303030222c2264656e6f6d223a2275706f6b74227d5d2c226d656d6f223a22222c226d7367223a7b2274797065223a22706f732f53656e64222c2276616c7565223a7b22616d6f756e74223a2231303030303030222c2266726f6d5f61646472657373223a2262353061366532306433373333666238393633316165333233383562336338356335333363353630222c22746f5f61646472657373223a2230313233343536373839616263646566303132333435363738396162636465663031323334353637227d7d7d",
                ),
                signature: "a50f575e4cc6cd67e30efbfd6475ca5a14c59182f602ee08b90098d4e0d87453f8f4b96b0076a78dd1b974ca13f0c553a870c1ab7c0c5da605714f1c2244aa0f",
                any_url: "/x.nodes.MsgSend",
                any_value: Some(
                    "0a14b50a6e20d3733fb89631ae32385b3c85c533c56012140123456789abcdef0123456789abcdef012345671a0731303030303030",
                ),
                raw: V3_RAW,
                raw_len: Some(204),
                hash: "2986B338C987E2448D55775BFEA4DC4211BDCD1493D0AA024D021E479F48CAA9",
            },
        );
        let signed = tx(send()).sign(&key());
        assert_eq!(
            signed.rawtx_body(),
            format!(r#"{{"address":"b50a6e20d3733fb89631ae32385b3c85c533c560","raw_hex_bytes":"{V3_RAW}"}}"#)
        );
        assert_eq!(parse_rawtx_body(signed.rawtx_body().as_bytes()).unwrap(), signed.raw);
    }

    #[test]
    fn d4_memo_is_go_escaped_in_the_sign_doc_only() {
        let mut t = tx(send());
        t.memo = "hi & <bye>".into();
        assert!(t.sign_doc().contains(r#""memo":"hi \u0026 \u003cbye\u003e""#));
        assert_vector(
            t,
            &Vector {
                sign_doc: r#"{"chain_id":"testnet","entropy":"1234567890123456","fee":[{"amount":"10000","denom":"upokt"}],"memo":"hi \u0026 \u003cbye\u003e","msg":{"type":"pos/Send","value":{"amount":"1000000","from_address":"b50a6e20d3733fb89631ae32385b3c85c533c560","to_address":"0123456789abcdef0123456789abcdef01234567"}}}"#,
                sign_doc_hex: None,
                signature: "12a50b8d8834aea44b49cc11ca7e42a63672f121103ca9b5a4a69d1005988274a018c127dbf1f55d161c7eee44a902a0740063c0f122c56961423fb02b880309",
                any_url: "/x.nodes.MsgSend",
                any_value: None,
                raw: "d6010a490a102f782e6e6f6465732e4d736753656e6412350a14b50a6e20d3733fb89631ae32385b3c85c533c56012140123456789abcdef0123456789abcdef012345671a0731303030303030120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3124012a50b8d8834aea44b49cc11ca7e42a63672f121103ca9b5a4a69d1005988274a018c127dbf1f55d161c7eee44a902a0740063c0f122c56961423fb02b880309220a68692026203c6279653e28c0f5aae4d3da9802",
                raw_len: None,
                hash: "03400D065E8D73A059A8D1203842A72B00D875ADBA8434FBD7A8F07F1BD96E8F",
            },
        );
    }

    #[test]
    fn d5_negative_entropy_is_a_ten_byte_varint() {
        let mut t = tx(unstake());
        t.entropy = -7780543831205109370;
        assert!(t.sign_doc().contains(r#""entropy":"-7780543831205109370""#));
        let raw = "b4010a310a172f782e617070732e4d7367426567696e556e7374616b6512160a14b50a6e20d3733fb89631ae32385b3c85c533c560120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3124019237519abf33b33e82d3c3402e7988242f6ee2ce6d980db3af60cbfed1c425860dffb1911b13b8be32c1911e57b3d14f9a43728b339f58b0551d636aa732f0f2886c3a6edbc93fd829401";
        assert!(raw.ends_with("2886c3a6edbc93fd829401"));
        assert_vector(
            t,
            &Vector {
                sign_doc: r#"{"chain_id":"testnet","entropy":"-7780543831205109370","fee":[{"amount":"10000","denom":"upokt"}],"memo":"","msg":{"type":"apps/MsgAppBeginUnstake","value":{"application_address":"b50a6e20d3733fb89631ae32385b3c85c533c560"}}}"#,
                sign_doc_hex: None,
                signature: "19237519abf33b33e82d3c3402e7988242f6ee2ce6d980db3af60cbfed1c425860dffb1911b13b8be32c1911e57b3d14f9a43728b339f58b0551d636aa732f0f",
                any_url: "/x.apps.MsgBeginUnstake",
                any_value: None,
                raw,
                raw_len: None,
                hash: "5175A25728F91A6F635D22596A63CAF9EC537C328219417FA557CBBCF593537D",
            },
        );
    }

    #[test]
    fn the_node_checks_refuse_what_it_refuses() {
        let signed = tx(send()).sign(&key());
        let recheck =
            |chain: &str, fee: u64| check(decode(&signed.raw).unwrap(), chain, Amount(fee)).unwrap_err();
        let e = recheck("mainnet", 10_000);
        assert_eq!((e.codespace, e.code), ("sdk", 4));
        assert_eq!(e.message, "signature verification failed for the transaction");
        let e = recheck("testnet", 20_000);
        assert_eq!((e.codespace, e.code), ("auth", 4));
        assert_eq!(
            e.message,
            "the fee for the transaction was insufficient. \nExpected: 20000upokt\nActual: 10000upokt"
        );
        // Framing is exact.
        let mut longer = signed.raw.clone();
        longer.push(0);
        assert_eq!(
            decode(&longer).unwrap_err().message,
            "error decoding transaction: too many bytes to read"
        );
        assert_eq!(
            decode(&signed.raw[..50]).unwrap_err().message,
            "error decoding transaction: not enough bytes to read"
        );
        assert_eq!(decode(&[]).unwrap_err().message, "txBytes are empty");
        // A signer other than the message's is refused even with a valid signature.
        let other = PrivateKey::from_hex(crate::protocol::morse::keys::tests::K_B).unwrap();
        let forged = tx(send()).sign(&other);
        let e = check(decode(&forged.raw).unwrap(), "testnet", BASE_FEE).unwrap_err();
        assert_eq!(e.code, 4);
        // ValidateBasic.
        let zero = tx(Msg::Send {
            from: parse_address(ADDR).unwrap(),
            to: parse_address(TO).unwrap(),
            amount: Amount(0),
        });
        let e = check(decode(&zero.sign(&key()).raw).unwrap(), "testnet", BASE_FEE).unwrap_err();
        assert_eq!(
            (e.codespace, e.code, e.message.as_str()),
            ("pos", 109, "the amount to send must be positive")
        );
    }

    #[test]
    fn broadcast_answers_round_trip() {
        let hash = "64A2CBE9E75FA06192901F54DA415485860229693C10D61F61EBD5554D336AC2";
        assert_eq!(broadcast_response(hash, None), format!("{{\"logs\":null,\"txhash\":\"{hash}\"}}\n"));
        let e = TxError::new("sdk", 4, "signature verification failed for the transaction");
        let body = broadcast_response(hash, Some(&e));
        assert_eq!(
            body,
            format!(
                "{{\"code\":4,\"logs\":null,\"raw_log\":\"{{\\\"codespace\\\":\\\"sdk\\\",\\\"code\\\":4,\\\"message\\\":\\\"ERROR:\\\\nCodespace: sdk\\\\nCode: 4\\\\nMessage: \\\\\\\"signature verification failed for the transaction\\\\\\\"\\\\n\\\"}}\",\"txhash\":\"{hash}\"}}\n"
            )
        );
        let parsed = parse_broadcast(body.as_bytes()).unwrap();
        assert_eq!(parsed.code, 4);
        assert_eq!(parsed.codespace, "sdk");
        assert_eq!(parsed.message, "signature verification failed for the transaction");
        assert_eq!(parsed.txhash, hash);
        let ok = parse_broadcast(br#"{"logs":null,"txhash":"AB","height":"0"}"#).unwrap();
        assert_eq!((ok.code, ok.txhash.as_str()), (0, "AB"));
    }

    #[test]
    fn addresses_and_chains() {
        assert_eq!(parse_address(ADDR).unwrap().to_string(), ADDR);
        assert_eq!(parse_address(&ADDR.to_uppercase()).unwrap().to_string(), ADDR);
        assert!(parse_address("b50a").unwrap_err().contains("2 bytes, an address is 20 bytes"));
        assert!(valid_chain_id("0021") && valid_chain_id("01"));
        assert!(
            !valid_chain_id("")
                && !valid_chain_id("002")
                && !valid_chain_id("000100")
                && !valid_chain_id("zz")
        );
        assert!(random_entropy() >= 0);
    }

    mod props {
        use proptest::prelude::*;

        use super::*;

        fn msg() -> impl Strategy<Value = Msg> {
            let chains = proptest::collection::vec("[0-9a-f]{4}", 1..4);
            prop_oneof![
                (chains, 1u64..).prop_map(|(chains, v)| Msg::AppStake {
                    public_key: key().public_key(),
                    chains,
                    value: Amount(v)
                }),
                Just(Msg::AppBeginUnstake { address: key().public_key().address() }),
                (any::<[u8; 20]>(), 1u64..).prop_map(|(to, v)| Msg::Send {
                    from: key().public_key().address(),
                    to: Address(to),
                    amount: Amount(v)
                }),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

            /// Whatever the message, memo and entropy: the raw tx decodes back to the same
            /// signed tx, passes the node's checks, and the sign doc is JSON whose strings read
            /// back unchanged with nothing HTML-sensitive left raw.
            #[test]
            fn signed_txs_round_trip(msg in msg(), memo in "\\PC{0,40}", entropy in any::<i64>(),
                                     fee in 10_000u64.., chain_id in "(mainnet|testnet|localnet)") {
                let t = Tx { chain_id: chain_id.clone(), msg, fee: Amount(fee), memo: memo.clone(), entropy };
                let signed = t.clone().sign(&key());
                let decoded = decode(&signed.raw).unwrap();
                prop_assert_eq!(check(decoded, &chain_id, BASE_FEE).unwrap(), signed.clone());
                let doc: serde_json::Value = serde_json::from_str(&signed.sign_doc).unwrap();
                prop_assert_eq!(doc["memo"].as_str(), Some(memo.as_str()));
                let entropy_text = entropy.to_string();
                prop_assert_eq!(doc["entropy"].as_str(), Some(entropy_text.as_str()));
                prop_assert!(!signed.sign_doc.contains(['<', '>', '&']));
                let mut rest = &signed.raw[..];
                let len = prost::encoding::decode_varint(&mut rest).unwrap();
                prop_assert_eq!(len as usize, rest.len());
                prop_assert_eq!(signed.hash(), hex::encode_upper(sha256(&signed.raw)));
            }
        }
    }
}

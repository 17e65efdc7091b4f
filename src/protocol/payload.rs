//! The request a relay carries to the blockchain, whatever the protocol: Morse hashes it as JSON
//! (docs/protocol.md §3), Shannon wraps it in a serialized HTTP request.

use std::collections::BTreeMap;

use serde::Serialize;

/// What the servicer (Morse) or supplier (Shannon) forwards to the blockchain.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Payload {
    pub data: String,
    pub method: String,
    pub path: String,
    /// `None` is hashed as `"headers":null`, an empty map as `"headers":{}` (Morse).
    pub headers: Option<BTreeMap<String, String>>,
}

//! POKT v0, "Morse" (pocket-core): ed25519 keys, AATs, JSON relay proofs. Byte-exact with
//! pocket-core's Go source (docs/protocol.md).

pub mod aat;
/// POKT amounts are the same on both protocols (`protocol::amount`).
pub use super::amount;
pub mod codes;
pub mod dispatch;
pub mod gohex;
pub mod gojson;
pub mod gosort;
pub mod keys;
pub mod node_error;
pub mod ppk;
pub mod relay;
pub mod response;
pub mod session;
pub mod throughput;
pub mod tx;
pub mod validate;
pub mod verify;
pub mod wire;

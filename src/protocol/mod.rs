//! The POKT v0 wire protocol, byte-exact with pocket-core. Pure: no I/O, no printing.
//! Both sides of the wire (the client commands and `pgw devnet`) use these functions, so every
//! hash and check has exactly one implementation.

pub mod aat;
pub mod chains;
pub mod codes;
pub mod gohex;
pub mod gojson;
pub mod gosort;
pub mod hash;
pub mod keys;
pub mod node_error;
pub mod ppk;
pub mod relay;
pub mod response;
pub mod session;
pub mod validate;
pub mod verify;
pub mod wire;

//! The POKT wire protocols, byte-exact with the Go nodes. Pure: no I/O, no printing.
//! Both sides of the wire (the client commands and `pgw devnet`) use these functions, so every
//! hash and check has exactly one implementation.
//!
//! `morse` is POKT v0 (pocket-core); `shannon` is the live network (poktroll). What both share
//! sits beside them.

pub mod amount;
pub mod chains;
pub mod checklist;
pub mod hash;
pub mod morse;
pub mod payload;
pub mod shannon;

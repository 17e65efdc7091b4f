//! pgw: a command-line tool for POKT Network (v0, pocket-core) gateways and developers.
//!
//! `protocol` is pure (no I/O): the byte-exact wire protocol shared by every command.
//! `cli` holds the commands; `output` renders their results; `error` maps failures to exit codes.

pub mod bench;
pub mod cli;
pub mod credential;
pub mod devnet;
pub mod error;
pub mod fsutil;
pub mod keystore;
pub mod limits;
pub mod network;
pub mod output;
pub mod protocol;
pub mod redact;
pub mod serve;
pub mod shutdown;

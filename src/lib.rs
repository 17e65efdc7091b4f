//! pgw: a command-line tool for POKT Network (v0, pocket-core) gateways and developers.
//!
//! `protocol` is pure (no I/O); `cli` holds the commands; `output` renders results.

pub mod protocol;

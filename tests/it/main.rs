//! pgw's integration tests: one binary (it links once), driving the real `pgw` executable.

mod aat;
mod bench;
mod chains;
mod common;
mod config;
mod devnet;
mod dispatch;
mod generated;
mod hostile;
mod keys;
mod morse_tx;
mod prometheus;
mod proof;
mod relay;
mod scale_out;
mod serve;
mod shannon_devnet;
mod shannon_keys;
mod shannon_proof;
mod shannon_relay;
mod shannon_tx;

//! `pgw bench`'s library: the load runner (long-lived workers on one engine, coordinated
//! omission corrected under a rate), sharded statistics merged at the end (HdrHistogram,
//! bounded memory), TCP connect timing, `--sign-only`, the JSON report and its merge, and the
//! `--fail-if` checks. Nothing here prints; `cli/bench.rs` renders and reports.

pub mod check;
pub mod connect;
pub mod report;
pub mod run;
pub mod sign;
pub mod stats;

//! Talking to a POKT network: settings, dispatch, the session cache, and the relay engine with
//! failover, verification and consensus. Commands stay thin; this module never prints.

pub mod backoff;
pub mod cache;
pub mod compare;
pub mod config;
pub mod describe;
pub mod engine;
pub mod fullnode;
pub mod morse;
pub mod outcome;
pub mod pool;
pub mod query;
pub mod relayer;
pub mod rpc;
pub mod session;
pub mod shannon;

//! POKT Shannon (poktroll), the live network: secp256k1 keys, protobuf relays, bLSAG ring
//! signatures over the app and its delegated gateways, supplier-signed responses
//! (docs/shannon.md).

pub mod fixed;
pub mod keys;
pub mod relay;
pub mod rest;
pub mod ring;
pub mod session;
pub mod throughput;
pub mod tx;
pub mod verify;
pub mod wire;

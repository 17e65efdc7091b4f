//! The share task (`--state redis://…`): every [`INTERVAL`] it takes what other gateways put in
//! Redis for each served chain — a newer session, evicted nodes — so relays read only memory.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::Gateway;

/// How often shared state is read.
pub const INTERVAL: Duration = Duration::from_millis(200);

pub async fn run(gateway: Arc<Gateway>, mut stopped: watch::Receiver<bool>) {
    loop {
        for chain in &gateway.chains {
            gateway.pull_shared(&chain.id).await;
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = super::raised(&mut stopped) => return,
        }
    }
}

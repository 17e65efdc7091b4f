//! The share task (`--state redis://…`): every [`INTERVAL`] it takes what other gateways put in
//! Redis for each served chain — a newer session, evicted and resting nodes — so relays read only
//! memory; when Redis comes back it publishes the sessions held here again.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::Gateway;

/// How often shared state is read.
pub const INTERVAL: Duration = Duration::from_millis(200);

pub async fn run(gateway: Arc<Gateway>, mut stopped: watch::Receiver<bool>) {
    let Some(shared) = gateway.shared.clone() else { return };
    let mut was_up = shared.redis.is_up();
    loop {
        // Back from an outage (perhaps an empty Redis): publish the sessions held here again.
        let up = shared.redis.is_up();
        if up && !was_up {
            for chain in &gateway.chains {
                for app in gateway.apps() {
                    if let Some(entry) = gateway.current_of(&chain.id, app) {
                        shared.publish_session(&gateway.engine.sessions.key(app, &chain.id), &entry);
                    }
                }
            }
        }
        was_up = up;
        for chain in &gateway.chains {
            gateway.pull_shared(&chain.id).await;
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = super::raised(&mut stopped) => return,
        }
    }
}

//! Ctrl-C and SIGTERM for long-running commands (`devnet`, `serve`).

use std::future::Future;

/// Installs the Ctrl-C (and, on Unix, SIGTERM) handlers now and returns a future that completes
/// on the first signal. Installing before printing the start-up line matters: a script that
/// signals right after reading it must get a clean stop, not the default kill. Call it inside
/// the tokio runtime.
pub fn signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt()).ok();
        let terminate = signal(SignalKind::terminate()).ok();
        async move {
            match (interrupt, terminate) {
                (Some(mut interrupt), Some(mut terminate)) => {
                    tokio::select! {
                        _ = interrupt.recv() => {}
                        _ = terminate.recv() => {}
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

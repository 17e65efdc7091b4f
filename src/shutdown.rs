//! Ctrl-C and SIGTERM for long-running commands (`devnet`, `serve`, `bench`), and the one
//! place that drives long work with a periodic tick (progress) and a graceful stop.

use std::future::Future;
use std::time::Duration;

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

/// Drives `work` to its end, calling `tick` every `period` meanwhile. The first Ctrl-C or
/// SIGTERM calls `interrupted` once (which should make `work` wind down); `work` still runs to
/// its end, so what it has measured is kept. Call it inside the tokio runtime.
pub async fn drive<T>(
    work: impl Future<Output = T>,
    period: Duration,
    mut tick: impl FnMut(),
    interrupted: impl FnOnce(),
) -> T {
    let mut interrupted = Some(interrupted);
    let stop = signal();
    tokio::pin!(work, stop);
    let mut ticks = tokio::time::interval(period);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            out = &mut work => return out,
            _ = &mut stop, if interrupted.is_some() => {
                if let Some(f) = interrupted.take() {
                    f();
                }
            }
            _ = ticks.tick() => tick(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn drive_returns_the_work_and_ticks_meanwhile() {
        let mut ticks = 0;
        let out = drive(
            async {
                tokio::time::sleep(Duration::from_millis(30)).await;
                7
            },
            Duration::from_millis(5),
            || ticks += 1,
            || {},
        )
        .await;
        assert_eq!(out, 7);
        assert!(ticks >= 1, "{ticks}");
    }
}

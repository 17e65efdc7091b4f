//! The live progress line of a load run on stderr (count, rate, errors, ETA): only on a
//! terminal, never with -q or --output json.

use std::io::IsTerminal;
use std::sync::atomic::Ordering;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Printer;
use crate::bench::run::{Limit, Progress};

/// A progress line for a run of `limit`, or `None` where none is drawn.
pub struct Bar {
    bar: ProgressBar,
    limit: Limit,
}

impl Bar {
    pub fn new(printer: Printer, limit: Limit) -> Option<Bar> {
        if printer.quiet || printer.is_json() || !std::io::stderr().is_terminal() {
            return None;
        }
        let (len, template) = match limit {
            Limit::Requests(n) => (n, "{spinner} {elapsed:>4} [{bar:30}] {pos}/{len} {msg} ETA {eta}"),
            Limit::Duration(d) => (d.as_millis() as u64, "{spinner} {elapsed:>4} [{bar:30}] {msg} ETA {eta}"),
        };
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr_with_hz(10));
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        Some(Bar { bar, limit })
    }

    /// Redraws from the run's counters.
    pub fn tick(&self, progress: &Progress) {
        let bar = &self.bar;
        let done = progress.done.load(Ordering::Relaxed);
        let failed = progress.failed.load(Ordering::Relaxed);
        let secs = bar.elapsed().as_secs_f64().max(1e-3);
        let message = format!("{:.0} req/s, {failed} errors", done as f64 / secs);
        match self.limit {
            Limit::Requests(_) => bar.set_position(done),
            Limit::Duration(d) => {
                bar.set_position((bar.elapsed().as_millis() as u64).min(d.as_millis() as u64));
                bar.set_message(format!("{done} requests, {message}"));
                return;
            }
        }
        bar.set_message(message);
    }

    pub fn finish(self) {
        self.bar.finish_and_clear();
    }
}

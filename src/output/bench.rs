//! `pgw bench` in table mode: the report (summary, latency percentiles and a histogram drawn
//! with block characters, per-node and error tables) and the `--sign-only` report.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use hdrhistogram::Histogram;

use super::table;
use crate::bench::report::Summary;
use crate::bench::sign::SignReport;
use crate::network::describe;
use crate::protocol::morse::codes;

/// One line of the terminal histogram: latencies in (`low_us`, `high_us`], and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    pub low_us: u64,
    pub high_us: u64,
    pub count: u64,
}

/// Up to `lines` log-spaced buckets from the smallest to the largest latency recorded.
pub fn bars(h: &Histogram<u64>, lines: usize) -> Vec<Bar> {
    if h.is_empty() || lines == 0 {
        return Vec::new();
    }
    let (low, high) = (h.min().max(1), h.max().max(1));
    let lines = if high <= low { 1 } else { lines };
    let ratio = (high as f64 / low as f64).powf(1.0 / lines as f64);
    let mut edges: Vec<u64> =
        (1..=lines).map(|k| (low as f64 * ratio.powi(k as i32)).ceil() as u64).collect();
    edges.dedup();
    if let Some(last) = edges.last_mut() {
        *last = (*last).max(high);
    }
    let mut out: Vec<Bar> = Vec::with_capacity(edges.len());
    let mut previous = low.saturating_sub(1);
    for &edge in &edges {
        out.push(Bar { low_us: previous, high_us: edge, count: 0 });
        previous = edge;
    }
    for v in h.iter_recorded() {
        let value = h.highest_equivalent(v.value_iterated_to()).min(high);
        let i = edges.partition_point(|&e| e < value).min(out.len() - 1);
        out[i].count += v.count_at_value();
    }
    out
}

fn ms_text(v: Option<f64>) -> String {
    match v {
        Some(v) if v >= 100.0 => format!("{v:.1}"),
        Some(v) => format!("{v:.3}"),
        None => "-".into(),
    }
}

fn percent(part: u64, whole: u64) -> String {
    if whole == 0 { "-".into() } else { format!("{:.2}%", 100.0 * part as f64 / whole as f64) }
}

fn histogram_text(h: &Histogram<u64>) -> String {
    const WIDTH: usize = 40;
    let bars = bars(h, 14);
    let most = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let total = h.len().max(1);
    let mut out = String::new();
    for b in &bars {
        let width = ((b.count as f64 / most as f64) * WIDTH as f64).round() as usize;
        let width = if b.count > 0 { width.max(1) } else { 0 };
        let _ = writeln!(
            out,
            "  ≤ {:>9} ms │{:<WIDTH$}│ {} ({:.1}%)",
            ms_text(Some(b.high_us as f64 / 1e3)),
            "█".repeat(width),
            b.count,
            100.0 * b.count as f64 / total as f64
        );
    }
    out
}

fn counts(map: &BTreeMap<String, u64>) -> String {
    map.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
}

/// The report for people: summary, latencies, histogram, nodes, errors.
pub fn render(summary: &Summary) -> String {
    let r = summary.report();
    let c = &r.config;
    let t = &r.totals;
    let mut out = String::new();
    let what = match (c.requests, c.duration_s) {
        (Some(n), _) => format!("{n} requests"),
        (None, Some(d)) => format!("{d} s"),
        _ => "a run".into(),
    };
    let _ = writeln!(
        out,
        "pgw bench: chain {}, {what} at concurrency {}{}{}, retries {}, {}{}",
        c.chain,
        c.concurrency,
        c.rate_rps.map(|r| format!(", rate {r}/s")).unwrap_or_default(),
        c.node.as_ref().map(|n| format!(", node {n}")).unwrap_or_default(),
        c.retries,
        if c.verify { "answers verified" } else { "answers NOT verified (--no-verify)" },
        if r.runs > 1 { format!(", {} runs merged", r.runs) } else { String::new() },
    );
    if r.interrupted {
        out.push_str("interrupted: the figures cover the requests sent before Ctrl-C\n");
    }
    let heights = |hs: &[i64]| hs.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let rows = vec![
        ("requests", t.requests.to_string()),
        ("successes", format!("{} ({})", t.successes, percent(t.successes, t.requests))),
        ("failures", format!("{} ({})", t.failures, percent(t.failures, t.requests))),
        ("duration", format!("{:.3} s", r.duration_s)),
        ("throughput", format!("{:.1} requests/s", r.throughput_rps)),
        (
            "TCP connect",
            match r.connect_ms.mean {
                Some(_) => format!(
                    "min {} / mean {} / max {} ms ({} samples{})",
                    ms_text(r.connect_ms.min),
                    ms_text(r.connect_ms.mean),
                    ms_text(r.connect_ms.max),
                    r.connect_ms.samples,
                    if r.connect_ms.failures > 0 {
                        format!(", {} failed", r.connect_ms.failures)
                    } else {
                        String::new()
                    }
                ),
                None if r.connect_ms.failures > 0 => {
                    format!("every attempt failed ({})", r.connect_ms.failures)
                }
                None => "not measured".into(),
            },
        ),
        (
            "session rollovers",
            format!(
                "{} (session height{} {})",
                r.session_rollovers,
                if r.session_heights.len() == 1 { "" } else { "s" },
                heights(&r.session_heights)
            ),
        ),
    ];
    let mut rows = rows;
    for b in &r.relay_budgets {
        let a = &b.budget;
        let used = b.used.map(|u| format!("; used {u}")).unwrap_or_default();
        let text = match (a.max_relays, a.chains, a.session_nodes) {
            (Some(max_relays), Some(chains), Some(session_nodes)) => format!(
                "app {}: {} relays per node per session (max relays {max_relays} ÷ {chains} chain{} ÷ {session_nodes} session nodes){used}",
                a.app,
                a.per_node_per_session,
                if chains == 1 { "" } else { "s" },
            ),
            _ => format!(
                "app {}: {} relays per supplier per session on {} (stake {} upokt ÷ {} pending sessions ÷ {} suppliers, {} upokt per relay){used}",
                a.app,
                a.per_node_per_session,
                a.service.as_deref().unwrap_or("?"),
                a.stake.unwrap_or(0),
                a.pending_sessions.unwrap_or(0),
                a.suppliers.unwrap_or(0),
                a.relay_cost_upokt.as_deref().unwrap_or("?"),
            ),
        };
        rows.push(("relay budget", text));
    }
    out.push_str(&table::render(&table::key_values(rows)));

    let l = &r.latency_ms;
    out.push_str("\nLatency of successful requests (ms)\n");
    let mut lat = table::new(&["min", "mean", "p50", "p90", "p99", "p99.9", "max"]);
    lat.add_row([l.min, l.mean, l.p50, l.p90, l.p99, l.p99_9, l.max].map(ms_text));
    out.push_str(&table::render(&lat));
    out.push_str(&histogram_text(&summary.stats.latency));

    if !r.nodes.is_empty() {
        out.push_str("\nNodes (attempts)\n");
        let budgeted = r.nodes.iter().any(|n| n.relay_budget.is_some());
        let mut header =
            vec!["node", "service URL", "requests", "success", "p50 ms", "p99 ms", "connect ms", "errors"];
        if budgeted {
            header.insert(3, "budget used");
        }
        let mut nodes = table::new(&header);
        for n in &r.nodes {
            let mut errors = counts(&n.errors);
            if !n.codes.is_empty() {
                let codes: Vec<String> = n.codes.iter().map(|(c, k)| format!("code {c}: {k}")).collect();
                errors.push_str(&format!(" ({})", codes.join(", ")));
            }
            let mut row = vec![
                n.address.get(..8).unwrap_or(&n.address).to_string(),
                n.service_url.clone(),
                n.requests.to_string(),
                percent(n.successes, n.requests),
                ms_text(n.p50_ms),
                ms_text(n.p99_ms),
                ms_text(n.connect_ms),
                if errors.is_empty() { "-".into() } else { errors },
            ];
            if budgeted {
                let used = match n.relay_budget {
                    Some(budget) => format!("{} / {budget} ({})", n.requests, percent(n.requests, budget)),
                    None => "-".into(),
                };
                row.insert(3, used);
            }
            nodes.add_row(row);
        }
        out.push_str(&table::render(&nodes));
    }

    if !r.errors.by_kind.is_empty() || !r.errors.by_code.is_empty() {
        out.push_str("\nErrors\n");
        let mut errors = table::new(&["kind or code", "count", "meaning"]);
        for (kind, n) in &r.errors.by_kind {
            errors.add_row(vec![kind.clone(), n.to_string(), describe::meaning(kind).to_string()]);
        }
        for (code, n) in &r.errors.by_code {
            let meaning =
                codes::lookup(*code).map(|i| format!("{}: {}", i.name, i.meaning)).unwrap_or_default();
            errors.add_row(vec![format!("code {code}"), n.to_string(), meaning]);
        }
        out.push_str(&table::render(&errors));
    }
    out
}

/// The sign-only report for people.
pub fn render_sign_only(r: &SignReport) -> String {
    let rows = vec![
        ("threads", r.config.threads.to_string()),
        ("relays signed", r.relays.to_string()),
        ("duration", format!("{:.3} s", r.duration_s)),
        ("relay signing", format!("{:.0} relays/s (all threads)", r.relays_per_s)),
        ("bare Ed25519", format!("{:.0} signatures/s (same threads, same run)", r.bare_signatures_per_s)),
        ("ratio", format!("{:.1}% of the bare signing rate", 100.0 * r.ratio)),
    ];
    format!(
        "pgw bench --sign-only: chain {}, no network\n{}",
        r.config.chain,
        table::render(&table::key_values(rows))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::tests::{samples, stats_of, summary};
    use crate::bench::stats::{histogram, record_us};

    #[test]
    fn histogram_bars_cover_every_sample_once() {
        let mut h = histogram();
        for us in [100, 150, 200, 1000, 5000, 5000, 100_000] {
            record_us(&mut h, us);
        }
        let bars = bars(&h, 10);
        assert!(bars.len() <= 10 && bars.len() >= 5, "{bars:?}");
        assert_eq!(bars.iter().map(|b| b.count).sum::<u64>(), 7);
        assert!(bars.windows(2).all(|w| w[0].high_us == w[1].low_us && w[0].high_us < w[1].high_us));
        assert!(bars[0].low_us < 100 && bars.last().unwrap().high_us >= h.max());
        let mut one = histogram();
        record_us(&mut one, 42);
        assert_eq!(super::bars(&one, 10), vec![Bar { low_us: 41, high_us: 42, count: 1 }]);
        assert!(super::bars(&histogram(), 10).is_empty());
    }

    #[test]
    fn the_table_shows_nodes_errors_and_a_histogram() {
        let s = summary(stats_of(&samples(5, 50), &[("a", 120)], 3), 1.0);
        let text = render(&s);
        assert!(text.starts_with(
            "pgw bench: chain 0021, 53 requests at concurrency 4, retries 0, answers verified\n"
        ));
        assert!(text.contains("│ failures"), "{text}");
        assert!(text.contains("3 (5.66%)"), "{text}");
        assert!(text.contains(" ms │█"), "{text}");
        assert!(text.contains("http_5xx 3"), "{text}");
        assert!(text.contains("an HTTP 5xx answer"), "{text}");
    }
}

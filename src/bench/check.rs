//! `--fail-if EXPR`: thresholds for CI. An expression is `METRIC OP VALUE`, e.g. `p99>250ms`,
//! `errors>1%`, `errors>=10`, `rps<500`; it is *crossed* (the run fails) when the comparison
//! holds.

use std::fmt;

const METRICS: &str = "p50, p90, p99, p99.9, min, mean, max, errors or rps";

/// What a check looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Metric {
    /// A latency: a percentile (p50 = 50.0) of successful requests.
    Percentile(f64),
    Min,
    Mean,
    Max,
    /// Failed requests.
    Errors,
    /// Requests per second.
    Rps,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Gt,
    Ge,
    Lt,
    Le,
}

impl Op {
    fn holds(self, actual: f64, limit: f64) -> bool {
        match self {
            Op::Gt => actual > limit,
            Op::Ge => actual >= limit,
            Op::Lt => actual < limit,
            Op::Le => actual <= limit,
        }
    }
}

/// The threshold, in the metric's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// A latency in milliseconds.
    Ms(f64),
    /// Failed requests as a percentage of requests.
    Percent(f64),
    /// Failed requests, counted.
    Count(f64),
    /// Requests per second.
    Rps(f64),
}

/// A parsed `--fail-if` expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The expression as given, for messages.
    pub text: String,
    pub metric: Metric,
    pub op: Op,
    pub limit: Limit,
}

/// The figures checks are evaluated against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub requests: u64,
    pub failures: u64,
    pub rps: f64,
    /// Latencies in ms, `None` when no request succeeded.
    pub min_ms: Option<f64>,
    pub mean_ms: Option<f64>,
    pub max_ms: Option<f64>,
    /// (percentile, ms) pairs for p50, p90, p99 and p99.9.
    pub percentiles_ms: Vec<(f64, f64)>,
}

/// A check the run crossed, and what was measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crossing {
    pub text: String,
    pub actual: String,
}

impl fmt::Display for Crossing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--fail-if '{}' crossed: {}", self.text, self.actual)
    }
}

fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn metric(name: &str) -> Option<Metric> {
    Some(match name.to_ascii_lowercase().as_str() {
        "p50" | "median" => Metric::Percentile(50.0),
        "p90" => Metric::Percentile(90.0),
        "p99" => Metric::Percentile(99.0),
        "p99.9" | "p999" => Metric::Percentile(99.9),
        "min" => Metric::Min,
        "mean" | "avg" => Metric::Mean,
        "max" => Metric::Max,
        "errors" | "error" | "failures" => Metric::Errors,
        "rps" => Metric::Rps,
        _ => return None,
    })
}

/// A latency with its unit: `250ms`, `1.5s`, `800us` or `800µs`.
fn duration_ms(value: &str) -> Option<f64> {
    let value = value.trim();
    let split = value.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(value.len());
    let (digits, unit) = value.split_at(split);
    let n = number(digits)?;
    match unit.trim() {
        "ms" => Some(n),
        "s" => Some(n * 1e3),
        "us" | "µs" => Some(n / 1e3),
        _ => None,
    }
}

/// Parses `METRIC OP VALUE` (spaces allowed). The error says what is wrong and gives an example.
pub fn parse(text: &str) -> Result<Check, String> {
    let bad = |why: String| format!("--fail-if '{text}': {why}");
    let at = text
        .find(['>', '<'])
        .ok_or_else(|| bad("no comparison: write METRIC>VALUE or METRIC<VALUE, e.g. 'p99>250ms'".into()))?;
    let name = text[..at].trim();
    let rest = &text[at..];
    let (op, value) = if let Some(v) = rest.strip_prefix(">=") {
        (Op::Ge, v)
    } else if let Some(v) = rest.strip_prefix("<=") {
        (Op::Le, v)
    } else if let Some(v) = rest.strip_prefix('>') {
        (Op::Gt, v)
    } else {
        (Op::Lt, &rest[1..])
    };
    let value = value.trim();
    let metric = metric(name).ok_or_else(|| {
        bad(if name.is_empty() {
            format!("no metric; use {METRICS}")
        } else {
            format!("unknown metric \"{name}\"; use {METRICS}")
        })
    })?;
    let limit = match metric {
        Metric::Errors => match value.strip_suffix('%') {
            Some(p) => match number(p) {
                Some(p) if p <= 100.0 => Limit::Percent(p),
                _ => return Err(bad(format!("\"{value}\" is not a percentage from 0% to 100%"))),
            },
            None => Limit::Count(number(value).filter(|n| n.fract() == 0.0).ok_or_else(|| {
                bad(format!("\"{value}\" is not a count or a percentage of failed requests, e.g. 'errors>1%' or 'errors>0'"))
            })?),
        },
        Metric::Rps => Limit::Rps(number(value.strip_suffix("/s").unwrap_or(value)).ok_or_else(|| {
            bad(format!("\"{value}\" is not a number of requests per second, e.g. 'rps<500'"))
        })?),
        _ => Limit::Ms(duration_ms(value).ok_or_else(|| {
            bad(format!("\"{value}\" is not a latency with a unit (ms, s or µs), e.g. '{name}>250ms'"))
        })?),
    };
    Ok(Check { text: text.trim().to_string(), metric, op, limit })
}

fn ms(v: f64) -> String {
    format!("{} ms", super::stats::round3(v))
}

impl Check {
    /// Whether the check applies to `--sign-only` runs (only `rps` does).
    pub fn applies_to_sign_only(&self) -> bool {
        self.metric == Metric::Rps
    }

    /// The crossing, if the figures cross this check. A latency check with no successful
    /// request to measure counts as crossed.
    pub fn evaluate(&self, f: &Figures) -> Option<Crossing> {
        let crossing = |actual: String| Some(Crossing { text: self.text.clone(), actual });
        let latency = |v: Option<f64>, name: &str| match (v, self.limit) {
            (Some(v), Limit::Ms(limit)) => self.op.holds(v, limit).then(|| format!("{name} = {}", ms(v))),
            _ => Some(format!("no successful request, so no {name}")),
        };
        let actual = match self.metric {
            Metric::Percentile(p) => {
                let v = f.percentiles_ms.iter().find(|(q, _)| *q == p).map(|(_, v)| *v);
                latency(v.filter(|_| f.min_ms.is_some()), &format!("p{p}"))
            }
            Metric::Min => latency(f.min_ms, "min"),
            Metric::Mean => latency(f.mean_ms, "mean"),
            Metric::Max => latency(f.max_ms, "max"),
            Metric::Errors => {
                let failed = f.failures as f64;
                let percent = if f.requests == 0 { 0.0 } else { 100.0 * failed / f.requests as f64 };
                let crossed = match self.limit {
                    Limit::Percent(limit) => self.op.holds(percent, limit),
                    Limit::Count(limit) => self.op.holds(failed, limit),
                    _ => false,
                };
                crossed.then(|| {
                    format!(
                        "{} of {} requests failed ({}%)",
                        f.failures,
                        f.requests,
                        super::stats::round3(percent)
                    )
                })
            }
            Metric::Rps => match self.limit {
                Limit::Rps(limit) => {
                    self.op.holds(f.rps, limit).then(|| format!("{} requests/s", super::stats::round1(f.rps)))
                }
                _ => None,
            },
        }?;
        crossing(actual)
    }
}

/// Every crossing, in the order the checks were given.
pub fn evaluate_all(checks: &[Check], figures: &Figures) -> Vec<Crossing> {
    checks.iter().filter_map(|c| c.evaluate(figures)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures() -> Figures {
        Figures {
            requests: 200,
            failures: 3,
            rps: 812.5,
            min_ms: Some(0.4),
            mean_ms: Some(1.2),
            max_ms: Some(9.0),
            percentiles_ms: vec![(50.0, 1.1), (90.0, 2.0), (99.0, 4.5), (99.9, 8.0)],
        }
    }

    #[test]
    fn expressions_parse_with_units_and_spaces() {
        let c = parse("p99>250ms").unwrap();
        assert_eq!((c.metric, c.op, c.limit), (Metric::Percentile(99.0), Op::Gt, Limit::Ms(250.0)));
        assert_eq!(parse(" p99.9 >= 1.5s ").unwrap().limit, Limit::Ms(1500.0));
        assert_eq!(parse("p99.9>=1s").unwrap().metric, Metric::Percentile(99.9));
        assert_eq!(parse("mean<800us").unwrap().limit, Limit::Ms(0.8));
        assert_eq!(parse("max <= 800µs").unwrap().op, Op::Le);
        assert_eq!(parse("errors>1%").unwrap().limit, Limit::Percent(1.0));
        assert_eq!(parse("errors>=10").unwrap().limit, Limit::Count(10.0));
        assert_eq!(
            parse("rps<500").unwrap(),
            Check { text: "rps<500".into(), metric: Metric::Rps, op: Op::Lt, limit: Limit::Rps(500.0) }
        );
    }

    #[test]
    fn bad_expressions_say_what_is_wrong() {
        let err = |s: &str| parse(s).unwrap_err();
        assert_eq!(
            err("p98>1ms"),
            "--fail-if 'p98>1ms': unknown metric \"p98\"; use p50, p90, p99, p99.9, min, mean, max, errors or rps"
        );
        assert!(err("p99=1ms").contains("no comparison"), "{}", err("p99=1ms"));
        assert!(err("p99>250").contains("not a latency with a unit"));
        assert!(err("p99>250m").contains("not a latency with a unit"));
        assert!(err("p99>-1ms").contains("not a latency"));
        assert!(err("errors>101%").contains("percentage from 0% to 100%"));
        assert!(err("errors>1.5").contains("not a count"));
        assert!(err("rps<fast").contains("requests per second"));
        assert!(err(">1ms").contains("no metric"));
        assert!(err("p99>").contains("not a latency"));
        assert!(err("p99>>1ms").contains("not a latency"));
    }

    #[test]
    fn checks_cross_when_the_comparison_holds() {
        let f = figures();
        let crossed = |s: &str| parse(s).unwrap().evaluate(&f).map(|c| c.to_string());
        assert_eq!(crossed("p99>4ms").as_deref(), Some("--fail-if 'p99>4ms' crossed: p99 = 4.5 ms"));
        assert_eq!(crossed("p99>5ms"), None);
        assert!(crossed("p99>=4.5ms").is_some());
        assert_eq!(crossed("p99.9>7ms").as_deref(), Some("--fail-if 'p99.9>7ms' crossed: p99.9 = 8 ms"));
        assert!(crossed("mean>1ms").is_some());
        assert!(crossed("min<1ms").is_some());
        assert_eq!(crossed("max>9ms"), None);
        assert_eq!(
            crossed("errors>1%").as_deref(),
            Some("--fail-if 'errors>1%' crossed: 3 of 200 requests failed (1.5%)")
        );
        assert_eq!(crossed("errors>2%"), None);
        assert_eq!(crossed("errors>100%"), None);
        assert!(crossed("errors>=3").is_some());
        assert_eq!(crossed("errors>3"), None);
        assert_eq!(crossed("rps<1000").as_deref(), Some("--fail-if 'rps<1000' crossed: 812.5 requests/s"));
        assert_eq!(crossed("rps<500"), None);
    }

    #[test]
    fn latency_checks_without_successes_are_crossed() {
        let f = Figures { requests: 5, failures: 5, ..Figures::default() };
        let c = parse("p99>1s").unwrap().evaluate(&f).unwrap();
        assert_eq!(c.actual, "no successful request, so no p99");
        assert_eq!(parse("errors>100%").unwrap().evaluate(&f), None);
        assert_eq!(evaluate_all(&[parse("errors>0").unwrap(), parse("rps<1").unwrap()], &f).len(), 2);
    }
}

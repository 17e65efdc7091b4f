//! Per-node fault profiles, for testing clients and gateways against misbehaving servicers.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// How a node misbehaves. Documented in docs/devnet.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fault {
    #[default]
    None,
    /// Nothing listens on the node's port: connection refused.
    Down,
    /// Every answer is delayed.
    Slow(Duration),
    /// Requests are accepted and never answered.
    Timeout,
    /// HTTP 503 with pocket-core's timeout-handler body.
    Http5xx,
    /// HTTP 200 with a body that is not JSON.
    Garbage,
    /// A well-formed answer whose servicer signature is wrong.
    BadSignature,
    /// The node's chain is this many blocks behind (eth_blockNumber and REST heights).
    Lagging(i64),
    /// Every relay is refused with this pocket-core code.
    Error(u32),
}

impl FromStr for Fault {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, arg) = s.split_once(':').map_or((s, None), |(n, a)| (n, Some(a)));
        let number = |what: &str| -> Result<u64, String> {
            arg.and_then(|a| a.trim_end_matches("ms").parse().ok()).ok_or_else(|| {
                format!(
                    "fault \"{name}\" needs {what}, e.g. {name}:{}",
                    if name == "slow" { "500ms" } else { "5" }
                )
            })
        };
        Ok(match name {
            "none" => Fault::None,
            "down" => Fault::Down,
            "slow" => Fault::Slow(Duration::from_millis(number("a delay in milliseconds")?)),
            "timeout" => Fault::Timeout,
            "5xx" | "http5xx" => Fault::Http5xx,
            "garbage" => Fault::Garbage,
            "bad-signature" => Fault::BadSignature,
            "lagging" => Fault::Lagging(number("a number of blocks")? as i64),
            "error" => Fault::Error(number("a pocket-core error code")? as u32),
            other => {
                return Err(format!(
                    "unknown fault \"{other}\": use down, slow:MS, timeout, 5xx, garbage, bad-signature, lagging:BLOCKS or error:CODE"
                ));
            }
        })
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::None => f.write_str("none"),
            Fault::Down => f.write_str("down"),
            Fault::Slow(d) => write!(f, "slow:{}ms", d.as_millis()),
            Fault::Timeout => f.write_str("timeout"),
            Fault::Http5xx => f.write_str("5xx"),
            Fault::Garbage => f.write_str("garbage"),
            Fault::BadSignature => f.write_str("bad-signature"),
            Fault::Lagging(n) => write!(f, "lagging:{n}"),
            Fault::Error(code) => write!(f, "error:{code}"),
        }
    }
}

/// `NODE=PROFILE` as given to `--fault`.
pub fn parse_assignment(s: &str) -> Result<(usize, Fault), String> {
    let (node, profile) = s
        .split_once('=')
        .ok_or_else(|| format!("--fault {s}: write NODE=PROFILE, e.g. 2=down or 0=slow:300"))?;
    let node = node.trim().parse().map_err(|_| format!("--fault {s}: NODE is a node index (0, 1, …)"))?;
    Ok((node, profile.trim().parse()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_parse_and_print_back() {
        for text in [
            "none",
            "down",
            "slow:250ms",
            "timeout",
            "5xx",
            "garbage",
            "bad-signature",
            "lagging:20",
            "error:90",
        ] {
            let fault: Fault = text.parse().unwrap();
            assert_eq!(fault.to_string(), text);
        }
        assert_eq!("slow:250".parse::<Fault>().unwrap(), Fault::Slow(Duration::from_millis(250)));
        assert!("slow".parse::<Fault>().unwrap_err().contains("needs a delay"));
        assert!("sleepy".parse::<Fault>().unwrap_err().starts_with("unknown fault \"sleepy\""));
        assert_eq!(parse_assignment("3=down").unwrap(), (3, Fault::Down));
        assert!(parse_assignment("down").is_err());
    }
}

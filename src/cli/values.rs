//! Typed values from the command line, one rule each: clap value parsers for durations and
//! sizes, the `--output`/`--log-format` choices, and the resolution of chain names, shared by
//! every command. No clap type lives outside `cli`.

use std::time::Duration;

use clap::ValueEnum;

use crate::error::{Error, Result};
use crate::network::config;
use crate::output::Format;
use crate::protocol::chains::{self, ChainId};
use crate::serve::log::LogFormat;

/// `--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum OutputFormat {
    /// Tables and text for people.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
    /// Hex text (`proof sign --protocol shannon` only).
    #[value(hide = true)]
    Hex,
    /// Base64 text (`proof sign --protocol shannon` only).
    #[value(hide = true)]
    Base64,
    /// The raw bytes (`proof sign --protocol shannon` only).
    #[value(hide = true)]
    Raw,
}

impl From<OutputFormat> for Format {
    fn from(f: OutputFormat) -> Format {
        match f {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Hex => Format::Hex,
            OutputFormat::Base64 => Format::Base64,
            OutputFormat::Raw => Format::Raw,
        }
    }
}

/// `serve --log-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum LogFormatArg {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

impl From<LogFormatArg> for LogFormat {
    fn from(f: LogFormatArg) -> LogFormat {
        match f {
            LogFormatArg::Text => LogFormat::Text,
            LogFormatArg::Json => LogFormat::Json,
        }
    }
}

/// A duration flag: more than zero, at most 24h (the rule of config.toml too:
/// [`config::duration`]).
pub fn duration(s: &str) -> std::result::Result<Duration, String> {
    config::duration(s, false)
}

/// A duration flag where `0` means "never" (`devnet --block-time 0` freezes the height).
pub fn duration_or_zero(s: &str) -> std::result::Result<Duration, String> {
    config::duration(s, true)
}

/// A size in bytes: a number, optionally with a unit (B, k/kB, KiB, m/MB, MiB); more than zero.
pub fn size(s: &str) -> std::result::Result<usize, String> {
    let text = s.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let bad = || format!("\"{s}\" is not a size: write e.g. 1MiB, 256KiB or 65536 (bytes)");
    let number: usize = number.parse().map_err(|_| bad())?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        _ => return Err(bad()),
    };
    number.checked_mul(factor).filter(|n| *n > 0).ok_or_else(bad)
}

/// A relay chain ID or alias, resolved (an unknown one is a usage error that lists what to
/// write).
pub fn chain(text: &str) -> Result<ChainId> {
    chains::resolve(text).map_err(|e| Error::usage(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(size("1MiB"), Ok(1 << 20));
        assert_eq!(size("256KiB"), Ok(256 << 10));
        assert_eq!(size("2mb"), Ok(2_000_000));
        assert_eq!(size("65536"), Ok(65536));
        assert!(size("0").is_err());
        assert!(size("1GiB").unwrap_err().contains("is not a size"));
        assert!(size("MiB").is_err());
    }

    #[test]
    fn durations_follow_one_rule() {
        assert_eq!(duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(duration(" 1m 30s "), Ok(Duration::from_secs(90)));
        assert_eq!(duration("24h"), Ok(Duration::from_secs(86400)));
        assert_eq!(
            duration("0s"),
            Err("must be more than zero; give a duration like 500ms, 3s or 1m".into())
        );
        assert_eq!(duration("25h"), Err("too long; give a duration of at most 24h".into()));
        assert_eq!(duration("soon"), Err("expected a duration like 500ms, 3s or 1m".into()));
        assert_eq!(duration("10"), Err("expected a duration like 500ms, 3s or 1m".into()));
        assert_eq!(duration_or_zero("0"), Ok(Duration::ZERO));
        assert_eq!(duration_or_zero("0s"), Ok(Duration::ZERO));
        assert_eq!(duration_or_zero("10s"), Ok(Duration::from_secs(10)));
        assert!(duration_or_zero("-1").is_err());
        assert!(duration_or_zero("5").is_err());
    }

    #[test]
    fn chains_resolve_or_say_what_to_write() {
        assert_eq!(chain("eth").unwrap().id, "0021");
        let e = chain("dogecoin").unwrap_err();
        assert_eq!(e.exit_code(), crate::error::EXIT_USAGE);
        assert!(e.to_string().starts_with("unknown chain \"dogecoin\""), "{e}");
    }
}

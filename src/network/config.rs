//! Network settings: dispatchers, the profile they come from, and timeouts, resolved from
//! flags, the environment, `$PGW_HOME/config.toml` and defaults, remembering where each value
//! came from (docs/config.md).
//!
//! Precedence: flag > env > file (the selected profile's value, then the top-level value) >
//! default. [`resolve`] is pure; [`load`] reads the file and calls it.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize, Serializer};
use toml::Spanned;

use crate::error::Error;

/// The file in `$PGW_HOME`.
pub const CONFIG_FILE: &str = "config.toml";
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// The built-in `local` profile's dispatcher: `pgw devnet`'s default address.
pub const LOCAL_DISPATCHER: &str = "http://127.0.0.1:8081";
/// The chain id of `pgw devnet` (and so of the built-in `local` profile).
pub const LOCAL_CHAIN_ID: &str = "localnet";
/// The name of the built-in profile, used when the file does not define one of that name.
pub const LOCAL_PROFILE: &str = "local";
/// The built-in `local-shannon` profile's full node: `pgw devnet --protocol shannon`'s default.
pub const LOCAL_SHANNON_FULL_NODE: &str = "http://127.0.0.1:8082";

/// A profile pgw knows without a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinProfile {
    pub name: &'static str,
    pub protocol: Protocol,
    /// Dispatchers (Morse) or full-node REST URLs (Shannon).
    pub urls: &'static [&'static str],
    /// A Shannon full node's CometBFT RPC URL.
    pub cometbft: Option<&'static str>,
}

/// The built-in profiles (docs/config.md). The public endpoints are the Pocket Network
/// foundation's; no test calls them.
pub const BUILTIN_PROFILES: &[BuiltinProfile] = &[
    BuiltinProfile {
        name: LOCAL_PROFILE,
        protocol: Protocol::Morse,
        urls: &[LOCAL_DISPATCHER],
        cometbft: None,
    },
    BuiltinProfile {
        name: "local-shannon",
        protocol: Protocol::Shannon,
        urls: &[LOCAL_SHANNON_FULL_NODE],
        cometbft: Some(LOCAL_SHANNON_FULL_NODE),
    },
    BuiltinProfile {
        name: "shannon-mainnet",
        protocol: Protocol::Shannon,
        urls: &["https://sauron-api.infra.pocket.network"],
        cometbft: Some("https://sauron-rpc.infra.pocket.network"),
    },
    BuiltinProfile {
        name: "shannon-testnet",
        protocol: Protocol::Shannon,
        urls: &["https://sauron-api.beta.infra.pocket.network"],
        cometbft: Some("https://sauron-rpc.beta.infra.pocket.network"),
    },
];

pub fn builtin_profile(name: &str) -> Option<&'static BuiltinProfile> {
    BUILTIN_PROFILES.iter().find(|p| p.name == name)
}

/// Which POKT protocol a network speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// POKT v0 (pocket-core): dispatchers and servicer nodes.
    #[default]
    Morse,
    /// POKT Shannon (poktroll): full nodes and relay miners.
    Shannon,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Morse => "morse",
            Protocol::Shannon => "shannon",
        }
    }

    /// `morse` or `shannon` (any case); the error says what to write.
    pub fn parse(text: &str) -> Result<Protocol, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "morse" => Ok(Protocol::Morse),
            "shannon" => Ok(Protocol::Shannon),
            _ => Err("expected morse or shannon".into()),
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Longest accepted duration: keeps timers far from overflow.
const MAX_DURATION: Duration = Duration::from_secs(24 * 60 * 60);

const ENV_DISPATCHERS: &str = "PGW_DISPATCHERS";
const ENV_PROFILE: &str = "PGW_PROFILE";
const ENV_CONNECT_TIMEOUT: &str = "PGW_CONNECT_TIMEOUT";
const ENV_TIMEOUT: &str = "PGW_TIMEOUT";
const ENV_PROTOCOL: &str = "PGW_PROTOCOL";

/// The network flags as given (`--dispatcher`, `--profile`, `--connect-timeout`, `--timeout`):
/// text, checked here so that errors name the flag like they name a variable or a file line.
/// The clap definitions are `cli::net::NetworkArgs`.
#[derive(Debug, Clone, Default)]
pub struct NetworkFlags {
    pub dispatchers: Vec<String>,
    pub profile: Option<String>,
    pub protocol: Option<String>,
    pub connect_timeout: Option<String>,
    pub timeout: Option<String>,
}

/// The environment variables read (captured once, so resolution is pure and testable).
#[derive(Debug, Clone, Default)]
pub struct NetworkEnv {
    pub dispatchers: Option<String>,
    pub profile: Option<String>,
    pub protocol: Option<String>,
    pub connect_timeout: Option<String>,
    pub timeout: Option<String>,
}

impl NetworkEnv {
    /// PGW_DISPATCHERS, PGW_PROFILE, PGW_PROTOCOL, PGW_CONNECT_TIMEOUT and PGW_TIMEOUT; an empty
    /// value is unset.
    pub fn from_process() -> Self {
        let read = |name| {
            std::env::var_os(name)
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|v: &String| !v.trim().is_empty())
        };
        NetworkEnv {
            dispatchers: read(ENV_DISPATCHERS),
            profile: read(ENV_PROFILE),
            protocol: read(ENV_PROTOCOL),
            connect_timeout: read(ENV_CONNECT_TIMEOUT),
            timeout: read(ENV_TIMEOUT),
        }
    }
}

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Source {
    /// A command-line flag, e.g. `--dispatcher`.
    Flag {
        name: String,
    },
    /// An environment variable, e.g. `PGW_DISPATCHERS`.
    Env {
        name: String,
    },
    /// config.toml: a profile's table, or the top level (`profile: None`).
    File {
        profile: Option<String>,
    },
    /// A profile pgw knows without a file (`local`: the devnet).
    Builtin {
        profile: String,
    },
    Default,
}

impl Source {
    fn flag(name: &str) -> Self {
        Source::Flag { name: name.to_string() }
    }

    fn env(name: &str) -> Self {
        Source::Env { name: name.to_string() }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag { name } => write!(f, "flag {name}"),
            Source::Env { name } => write!(f, "env {name}"),
            Source::File { profile: Some(p) } => write!(f, "{CONFIG_FILE} [profiles.{p}]"),
            Source::File { profile: None } => f.write_str(CONFIG_FILE),
            Source::Builtin { profile } => write!(f, "built-in profile {profile}"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The resolved network settings.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub config_file: PathBuf,
    pub config_file_found: bool,
    pub profile: Sourced<Option<String>>,
    /// The protocol the network speaks.
    pub protocol: Sourced<Protocol>,
    /// Normalised URLs (no trailing '/'), in failover order, without duplicates.
    pub dispatchers: Sourced<Vec<String>>,
    #[serde(serialize_with = "duration_ms")]
    pub connect_timeout: Sourced<Duration>,
    #[serde(serialize_with = "duration_ms")]
    pub timeout: Sourced<Duration>,
    /// The network's block time, to estimate heights between dispatches (file only).
    #[serde(serialize_with = "optional_duration_ms")]
    pub block_time: Sourced<Option<Duration>>,
    /// A keystore name or address (file only); never a raw key.
    pub app_key: Sourced<Option<String>>,
    /// A client credential file (file only; relative paths are resolved against $PGW_HOME).
    pub credential: Sourced<Option<PathBuf>>,
    /// A Shannon full node's CometBFT RPC URL (file or built-in profile), for the height.
    pub cometbft: Sourced<Option<String>>,
    /// The chain id Morse transactions are signed for (file only; the built-in `local`
    /// profile: the devnet's `localnet`). Commands fall back to `mainnet`.
    pub chain_id: Sourced<Option<String>>,
}

impl Settings {
    /// The dispatchers, or a usage error saying how to configure one.
    pub fn require_dispatchers(&self) -> Result<&[String], Error> {
        if self.dispatchers.value.is_empty() {
            return Err(Error::usage(
                "no dispatcher: pass --dispatcher URL, set PGW_DISPATCHERS, add a profile to \
                 $PGW_HOME/config.toml (`pgw config init`), or use --devnet",
            ));
        }
        Ok(&self.dispatchers.value)
    }
}

#[derive(Serialize)]
struct MsSourced<'a, T> {
    value_ms: T,
    source: &'a Source,
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn duration_ms<S: Serializer>(v: &Sourced<Duration>, s: S) -> Result<S::Ok, S::Error> {
    MsSourced { value_ms: millis(v.value), source: &v.source }.serialize(s)
}

fn optional_duration_ms<S: Serializer>(v: &Sourced<Option<Duration>>, s: S) -> Result<S::Ok, S::Error> {
    MsSourced { value_ms: v.value.map(millis), source: &v.source }.serialize(s)
}

/// Reads `home/config.toml` (a missing file is fine) and resolves the settings.
pub fn load(home: &Path, args: &NetworkFlags, env: &NetworkEnv) -> Result<Settings, Error> {
    let path = home.join(CONFIG_FILE);
    let text = match crate::limits::read_file_if_present(&path, crate::limits::CONFIG)? {
        Some(bytes) => Some(String::from_utf8(bytes).map_err(|_| {
            Error::usage(format!(
                "{}: not UTF-8 text: fix or recreate it (`pgw config init --force`)",
                path.display()
            ))
        })?),
        None => None,
    };
    resolve(args, env, &path, text.as_deref())
}

/// Values a profile, or the top level of the file, may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a [profiles.NAME] table of settings")]
struct Values {
    protocol: Option<Spanned<String>>,
    cometbft: Option<Spanned<String>>,
    dispatchers: Option<Vec<Spanned<String>>>,
    connect_timeout: Option<Spanned<String>>,
    timeout: Option<Spanned<String>>,
    block_time: Option<Spanned<String>>,
    app_key: Option<Spanned<String>>,
    credential: Option<Spanned<String>>,
    chain_id: Option<Spanned<String>>,
}

/// config.toml as written. The top-level values repeat [`Values`]' fields because serde's
/// `flatten` does not work with `deny_unknown_fields`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table of settings")]
struct FileConfig {
    default_profile: Option<Spanned<String>>,
    protocol: Option<Spanned<String>>,
    cometbft: Option<Spanned<String>>,
    dispatchers: Option<Vec<Spanned<String>>>,
    connect_timeout: Option<Spanned<String>>,
    timeout: Option<Spanned<String>>,
    block_time: Option<Spanned<String>>,
    app_key: Option<Spanned<String>>,
    credential: Option<Spanned<String>>,
    chain_id: Option<Spanned<String>>,
    #[serde(default)]
    profiles: BTreeMap<String, Values>,
}

struct File<'a> {
    path: &'a Path,
    text: &'a str,
    default_profile: Option<Spanned<String>>,
    top: Values,
    profiles: BTreeMap<String, Values>,
}

impl<'a> File<'a> {
    fn parse(path: &'a Path, text: &'a str) -> Result<Self, Error> {
        let parsed: FileConfig = toml::from_str(text).map_err(|e| {
            let message = e.message().trim().replace('\n', "; ");
            match e.span() {
                Some(span) => {
                    Error::usage(format!("{}: line {}: {message}", path.display(), line_of(text, span.start)))
                }
                None => Error::usage(format!("{}: {message}", path.display())),
            }
        })?;
        let FileConfig {
            default_profile,
            protocol,
            cometbft,
            dispatchers,
            connect_timeout,
            timeout,
            block_time,
            app_key,
            credential,
            chain_id,
            profiles,
        } = parsed;
        let top = Values {
            protocol,
            cometbft,
            dispatchers,
            connect_timeout,
            timeout,
            block_time,
            app_key,
            credential,
            chain_id,
        };
        Ok(File { path, text, default_profile, top, profiles })
    }

    /// Where a file value is: "{path}: line N: {key}".
    fn at<T>(&self, value: &Spanned<T>, key: &str) -> String {
        format!("{}: line {}: {key}", self.path.display(), line_of(self.text, value.span().start))
    }
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// A raw value from one layer: the text, where it came from, and how to name it in an error
/// ("--timeout", "PGW_TIMEOUT", "{path}: line 3: timeout").
struct Raw {
    text: String,
    source: Source,
    at: String,
}

/// The selected profile, as far as the file is concerned.
struct Selected<'f> {
    /// The profile's table in the file, with its name.
    table: Option<(&'f str, &'f Values)>,
    /// The built-in profile in use (the file has no table of that name).
    builtin: Option<&'static BuiltinProfile>,
}

/// Resolves the settings from flags, environment and the file's text (`None`: no file). Pure.
pub fn resolve(
    args: &NetworkFlags,
    env: &NetworkEnv,
    config_file: &Path,
    file_text: Option<&str>,
) -> Result<Settings, Error> {
    let file = file_text.map(|text| File::parse(config_file, text)).transpose()?;
    let home = config_file.parent().unwrap_or(Path::new(""));

    let profile = select_profile(args, env, file.as_ref())?;
    let selected = match &profile.value {
        None => Selected { table: None, builtin: None },
        Some(name) => match file.as_ref().and_then(|f| f.profiles.get_key_value(name.as_str())) {
            Some((name, table)) => Selected { table: Some((name.as_str(), table)), builtin: None },
            None => match builtin_profile(name) {
                Some(b) => Selected { table: None, builtin: Some(b) },
                None => return Err(missing_profile(name, &profile.source, file.as_ref())),
            },
        },
    };

    // One file value: the profile's, else the top level's.
    let from_file = |key: &str, get: &dyn Fn(&Values) -> Option<&Spanned<String>>| -> Option<Raw> {
        let f = file.as_ref()?;
        let (value, profile) = match selected.table.and_then(|(name, t)| get(t).map(|v| (v, name))) {
            Some((v, name)) => (v, Some(name.to_string())),
            None => (get(&f.top)?, None),
        };
        Some(Raw { text: value.get_ref().clone(), source: Source::File { profile }, at: f.at(value, key) })
    };
    let from_flag_env =
        |flag: Option<&String>, flag_name: &str, env_value: Option<&String>, env_name: &str| {
            flag.map(|v| Raw { text: v.clone(), source: Source::flag(flag_name), at: flag_name.to_string() })
                .or_else(|| {
                    env_value.map(|v| Raw {
                        text: v.clone(),
                        source: Source::env(env_name),
                        at: env_name.to_string(),
                    })
                })
        };

    let dispatchers = resolve_dispatchers(args, env, file.as_ref(), &selected)?;

    // --protocol > PGW_PROTOCOL > the profile's (file) > the built-in profile's > the top level > morse.
    let protocol_raw =
        from_flag_env(args.protocol.as_ref(), "--protocol", env.protocol.as_ref(), ENV_PROTOCOL)
            .or_else(|| {
                let f = file.as_ref()?;
                let (name, t) = selected.table?;
                let v = t.protocol.as_ref()?;
                Some(Raw {
                    text: v.get_ref().clone(),
                    source: Source::File { profile: Some(name.to_string()) },
                    at: f.at(v, "protocol"),
                })
            })
            .or_else(|| {
                selected.builtin.map(|b| Raw {
                    text: b.protocol.name().to_string(),
                    source: Source::Builtin { profile: b.name.to_string() },
                    at: String::new(),
                })
            })
            .or_else(|| {
                let f = file.as_ref()?;
                let v = f.top.protocol.as_ref()?;
                Some(Raw {
                    text: v.get_ref().clone(),
                    source: Source::File { profile: None },
                    at: f.at(v, "protocol"),
                })
            });
    let protocol = match protocol_raw {
        Some(raw) => Sourced {
            value: Protocol::parse(&raw.text)
                .map_err(|e| Error::usage(format!("{} {:?}: {e}", raw.at, raw.text)))?,
            source: raw.source,
        },
        None => Sourced { value: Protocol::Morse, source: Source::Default },
    };

    let cometbft = match from_file("cometbft", &|v| v.cometbft.as_ref()) {
        Some(raw) => Sourced { value: Some(normalize_url(&raw.text, &raw.at)?), source: raw.source },
        None => match selected.builtin.and_then(|b| b.cometbft.map(|c| (b, c))) {
            Some((b, c)) => Sourced {
                value: Some(c.to_string()),
                source: Source::Builtin { profile: b.name.to_string() },
            },
            None => Sourced { value: None, source: Source::Default },
        },
    };

    let connect_timeout = from_flag_env(
        args.connect_timeout.as_ref(),
        "--connect-timeout",
        env.connect_timeout.as_ref(),
        ENV_CONNECT_TIMEOUT,
    )
    .or_else(|| from_file("connect_timeout", &|v| v.connect_timeout.as_ref()));
    let connect_timeout = match connect_timeout {
        Some(raw) => Sourced { value: parse_duration(&raw.text, &raw.at)?, source: raw.source },
        None => Sourced { value: DEFAULT_CONNECT_TIMEOUT, source: Source::Default },
    };

    let timeout = from_flag_env(args.timeout.as_ref(), "--timeout", env.timeout.as_ref(), ENV_TIMEOUT)
        .or_else(|| from_file("timeout", &|v| v.timeout.as_ref()));
    let timeout = match timeout {
        Some(raw) => Sourced { value: parse_duration(&raw.text, &raw.at)?, source: raw.source },
        None => Sourced { value: DEFAULT_TIMEOUT, source: Source::Default },
    };

    let block_time = match from_file("block_time", &|v| v.block_time.as_ref()) {
        Some(raw) => Sourced { value: Some(parse_duration(&raw.text, &raw.at)?), source: raw.source },
        None => Sourced { value: None, source: Source::Default },
    };

    let app_key = match from_file("app_key", &|v| v.app_key.as_ref()) {
        Some(raw) => Sourced { value: Some(check_app_key(&raw.text, &raw.at)?), source: raw.source },
        None => Sourced { value: None, source: Source::Default },
    };

    let credential = match from_file("credential", &|v| v.credential.as_ref()) {
        Some(raw) => {
            let text = raw.text.trim();
            if text.is_empty() {
                return Err(Error::usage(format!(
                    "{} {:?}: expected the path of a client credential file (from `pgw aat gen \
                     --credential-out`)",
                    raw.at, raw.text
                )));
            }
            Sourced { value: Some(home.join(text)), source: raw.source }
        }
        None => Sourced { value: None, source: Source::Default },
    };

    let chain_id = match from_file("chain_id", &|v| v.chain_id.as_ref()) {
        Some(raw) => {
            let text = raw.text.trim();
            if text.is_empty() || text.chars().any(char::is_control) {
                return Err(Error::usage(format!(
                    "{} {:?}: expected the network's chain id (mainnet, testnet, localnet)",
                    raw.at, raw.text
                )));
            }
            Sourced { value: Some(text.to_string()), source: raw.source }
        }
        // Only the Morse devnet's profile names a chain id (its `localnet`).
        None => match selected.builtin {
            Some(b) if b.protocol == Protocol::Morse && b.name == "local" => Sourced {
                value: Some(LOCAL_CHAIN_ID.to_string()),
                source: Source::Builtin { profile: b.name.to_string() },
            },
            _ => Sourced { value: None, source: Source::Default },
        },
    };

    Ok(Settings {
        config_file: config_file.to_path_buf(),
        config_file_found: file.is_some(),
        profile,
        protocol,
        dispatchers,
        connect_timeout,
        timeout,
        block_time,
        app_key,
        credential,
        cometbft,
        chain_id,
    })
}

/// --profile > PGW_PROFILE > default_profile > none.
fn select_profile(
    args: &NetworkFlags,
    env: &NetworkEnv,
    file: Option<&File>,
) -> Result<Sourced<Option<String>>, Error> {
    let (name, source, at) = if let Some(p) = &args.profile {
        (p.clone(), Source::flag("--profile"), "--profile".to_string())
    } else if let Some(p) = &env.profile {
        (p.clone(), Source::env(ENV_PROFILE), ENV_PROFILE.to_string())
    } else if let Some((f, p)) = file.and_then(|f| f.default_profile.as_ref().map(|p| (f, p))) {
        (p.get_ref().clone(), Source::File { profile: None }, f.at(p, "default_profile"))
    } else {
        return Ok(Sourced { value: None, source: Source::Default });
    };
    if name.trim().is_empty() {
        return Err(Error::usage(format!(
            "{at} {name:?}: expected a profile name (e.g. local, or one of the [profiles.NAME] tables in config.toml)"
        )));
    }
    Ok(Sourced { value: Some(name.trim().to_string()), source })
}

fn missing_profile(name: &str, source: &Source, file: Option<&File>) -> Error {
    let from = match source {
        Source::Env { name } => format!(" (from {name})"),
        Source::File { .. } => " (default_profile in config.toml)".to_string(),
        _ => String::new(),
    };
    let message = match file {
        None => {
            format!("no profile {name:?}{from}: config.toml has none (create one with `pgw config init`)")
        }
        Some(f) if f.profiles.is_empty() => format!(
            "no profile {name:?}{from}: config.toml has none (add a [profiles.{name}] table to {})",
            f.path.display()
        ),
        Some(f) => format!(
            "no profile {name:?}{from}: config.toml has {} (pick one with --profile NAME, or add a \
             [profiles.{name}] table to {})",
            f.profiles.keys().map(String::as_str).collect::<Vec<_>>().join(", "),
            f.path.display()
        ),
    };
    let builtin: Vec<&str> = BUILTIN_PROFILES.iter().map(|p| p.name).collect();
    Error::usage(format!("{message}; built in: {}", builtin.join(", ")))
}

/// --dispatcher (all of them) > PGW_DISPATCHERS > the profile's list > the built-in profile's >
/// the top-level list > none.
fn resolve_dispatchers(
    args: &NetworkFlags,
    env: &NetworkEnv,
    file: Option<&File>,
    selected: &Selected,
) -> Result<Sourced<Vec<String>>, Error> {
    let from_env = env.dispatchers.as_ref().map(|v| {
        v.split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty()).collect::<Vec<_>>()
    });
    let (raws, source): (Vec<(String, String)>, Source) = if !args.dispatchers.is_empty() {
        let raws = args.dispatchers.iter().map(|v| (v.clone(), "--dispatcher".to_string())).collect();
        (raws, Source::flag("--dispatcher"))
    } else if let Some(list) = from_env.filter(|l| !l.is_empty()) {
        let raws = list.into_iter().map(|v| (v.to_string(), ENV_DISPATCHERS.to_string())).collect();
        (raws, Source::env(ENV_DISPATCHERS))
    } else if let Some((f, name, list)) =
        file.and_then(|f| selected.table.and_then(|(name, t)| t.dispatchers.as_ref().map(|l| (f, name, l))))
    {
        (file_raws(f, list), Source::File { profile: Some(name.to_string()) })
    } else if let Some(b) = selected.builtin {
        let raws = b.urls.iter().map(|u| (u.to_string(), String::new())).collect();
        (raws, Source::Builtin { profile: b.name.to_string() })
    } else if let Some((f, list)) = file.and_then(|f| f.top.dispatchers.as_ref().map(|l| (f, l))) {
        (file_raws(f, list), Source::File { profile: None })
    } else {
        return Ok(Sourced { value: Vec::new(), source: Source::Default });
    };
    let mut value: Vec<String> = Vec::with_capacity(raws.len());
    for (text, at) in &raws {
        let url = normalize_url(text, at)?;
        if !value.contains(&url) {
            value.push(url);
        }
    }
    Ok(Sourced { value, source })
}

fn file_raws(f: &File, list: &[Spanned<String>]) -> Vec<(String, String)> {
    list.iter().map(|v| (v.get_ref().clone(), f.at(v, "dispatchers"))).collect()
}

/// Checks a dispatcher URL (http or https, a host, no query or fragment) and returns it without
/// a trailing '/'. `at` names where it came from.
fn normalize_url(text: &str, at: &str) -> Result<String, Error> {
    const LIKE: &str = "like https://dispatch.example.org or http://127.0.0.1:8081";
    let trimmed = text.trim();
    let url = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::usage(format!("{at} {text:?}: not a URL ({e}); give one {LIKE}")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Error::usage(format!(
            "{at} {text:?}: the scheme must be http or https, not {}; give a URL {LIKE}",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::usage(format!("{at} {text:?}: the URL has no host; give one {LIKE}")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::usage(format!(
            "{at} {text:?}: a dispatcher URL cannot have a query or fragment; give the base URL {LIKE}"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// pgw's one duration rule, for flags, environment variables and config.toml alike: text such
/// as 500ms, 3s or 1m 30s (humantime; a bare number is not a duration, except `0` where zero is
/// allowed), more than zero unless `zero` says it may be, and at most 24h. The error says what
/// to write, without naming the value's origin.
pub fn duration(text: &str, zero: bool) -> Result<Duration, String> {
    let trimmed = text.trim();
    let d = match humantime::parse_duration(trimmed) {
        Ok(d) => d,
        Err(_) if zero && trimmed == "0" => Duration::ZERO,
        Err(_) => return Err("expected a duration like 500ms, 3s or 1m".into()),
    };
    if d.is_zero() && !zero {
        return Err("must be more than zero; give a duration like 500ms, 3s or 1m".into());
    }
    if d > MAX_DURATION {
        return Err("too long; give a duration of at most 24h".into());
    }
    Ok(d)
}

/// A positive duration (see [`duration`]); `at` names where it came from.
fn parse_duration(text: &str, at: &str) -> Result<Duration, Error> {
    duration(text, false).map_err(|e| Error::usage(format!("{at} {text:?}: {e}")))
}

/// A keystore name or address; a raw private key (64 or 128 hex characters) is refused so that
/// config.toml never holds one.
fn check_app_key(text: &str, at: &str) -> Result<String, Error> {
    let key = text.trim();
    if key.is_empty() {
        return Err(Error::usage(format!("{at} {text:?}: expected a keystore key name or address")));
    }
    if crate::protocol::morse::keys::looks_like_raw_key(key) {
        return Err(Error::usage(format!(
            "{at}: looks like a raw private key, which config.toml must not hold: import it with \
             `pgw keys import NAME --raw-file FILE` and set app_key to NAME, or pass --app-key-file"
        )));
    }
    Ok(key.to_string())
}

/// The commented template `pgw config init` writes: the built-in devnet address as the
/// `local` profile, with mainnet and testnet examples to fill in.
pub const TEMPLATE: &str = r#"# pgw network settings (docs/config.md).
# Precedence: flags > environment (PGW_DISPATCHERS, PGW_PROFILE, PGW_TIMEOUT, PGW_CONNECT_TIMEOUT)
# > the selected profile > the top level of this file > defaults. Check with `pgw config show`.

# Profile used when neither --profile nor PGW_PROFILE is given.
default_profile = "local"

# Top-level values apply to every profile unless the profile sets its own.
connect_timeout = "3s"
timeout = "10s"

# `pgw devnet` on its default address.
[profiles.local]
dispatchers = ["http://127.0.0.1:8081"]
block_time = "10s"
chain_id = "localnet"           # the chain id transactions are signed for

# Shannon (poktroll): `protocol = "shannon"`, full-node REST URLs in `dispatchers`, and the
# CometBFT RPC URL in `cometbft`. Built in without a table: local-shannon (pgw devnet
# --protocol shannon), shannon-mainnet and shannon-testnet (`pgw config show --profile NAME`).
# [profiles.my-shannon]
# protocol = "shannon"
# dispatchers = ["http://127.0.0.1:1317"]
# cometbft = "http://127.0.0.1:26657"

# [profiles.mainnet]
# dispatchers = ["https://dispatch-1.example.org", "https://dispatch-2.example.org"]
# timeout = "15s"
# block_time = "15m"
# chain_id = "mainnet"
# app_key = "my-app"            # a keystore key name or address, never a raw key
# credential = "creds/app.json" # a client credential file; relative to $PGW_HOME

# [profiles.testnet]
# dispatchers = ["https://dispatch.testnet.example.org"]
# chain_id = "testnet"
# block_time = "15m"
# app_key = "my-test-app"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> PathBuf {
        PathBuf::from("/h/config.toml")
    }

    fn run(args: &NetworkFlags, env: &NetworkEnv, text: Option<&str>) -> Result<Settings, Error> {
        resolve(args, env, &path(), text)
    }

    fn err(args: &NetworkFlags, env: &NetworkEnv, text: Option<&str>) -> String {
        match run(args, env, text) {
            Ok(s) => panic!("expected an error, got {s:?}"),
            Err(e) => {
                assert_eq!(e.exit_code(), crate::error::EXIT_USAGE, "{e}");
                e.to_string()
            }
        }
    }

    fn file_err(text: &str) -> String {
        err(&NetworkFlags::default(), &NetworkEnv::default(), Some(text))
    }

    fn flag(name: &str) -> Source {
        Source::Flag { name: name.into() }
    }
    fn env_src(name: &str) -> Source {
        Source::Env { name: name.into() }
    }
    fn file_src(profile: Option<&str>) -> Source {
        Source::File { profile: profile.map(String::from) }
    }

    const FILE: &str = r#"
default_profile = "main"
connect_timeout = "4s"
timeout = "20s"
block_time = "1m"
dispatchers = ["http://top.example"]
app_key = "top-key"

[profiles.main]
dispatchers = ["https://d1.example/", "https://d2.example"]
timeout = "15s"
app_key = "my-app"
credential = "creds/app.json"
chain_id = "testnet"

[profiles.bare]
"#;

    fn all_flags() -> NetworkFlags {
        NetworkFlags {
            dispatchers: vec!["http://flag.example".into()],
            profile: Some("bare".into()),
            protocol: None,
            connect_timeout: Some("1s".into()),
            timeout: Some("2s".into()),
        }
    }

    fn all_env() -> NetworkEnv {
        NetworkEnv {
            dispatchers: Some("http://env1.example, http://env2.example".into()),
            profile: Some("main".into()),
            protocol: None,
            connect_timeout: Some("500ms".into()),
            timeout: Some("1m 30s".into()),
        }
    }

    #[test]
    fn defaults_without_anything() {
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), None).unwrap();
        assert_eq!(s.config_file, path());
        assert!(!s.config_file_found);
        assert_eq!(s.profile, Sourced { value: None, source: Source::Default });
        assert_eq!(s.dispatchers, Sourced { value: vec![], source: Source::Default });
        assert_eq!(s.connect_timeout, Sourced { value: DEFAULT_CONNECT_TIMEOUT, source: Source::Default });
        assert_eq!(s.timeout, Sourced { value: DEFAULT_TIMEOUT, source: Source::Default });
        assert_eq!(s.block_time, Sourced { value: None, source: Source::Default });
        assert_eq!(s.app_key, Sourced { value: None, source: Source::Default });
        assert_eq!(s.credential, Sourced { value: None, source: Source::Default });
        assert_eq!(
            s.require_dispatchers().unwrap_err().to_string(),
            "no dispatcher: pass --dispatcher URL, set PGW_DISPATCHERS, add a profile to \
             $PGW_HOME/config.toml (`pgw config init`), or use --devnet"
        );
    }

    #[test]
    fn flags_beat_env_and_file() {
        let s = run(&all_flags(), &all_env(), Some(FILE)).unwrap();
        assert!(s.config_file_found);
        assert_eq!(s.profile, Sourced { value: Some("bare".into()), source: flag("--profile") });
        assert_eq!(s.dispatchers.value, vec!["http://flag.example"]);
        assert_eq!(s.dispatchers.source, flag("--dispatcher"));
        assert_eq!(s.require_dispatchers().unwrap(), ["http://flag.example".to_string()]);
        assert_eq!(
            s.connect_timeout,
            Sourced { value: Duration::from_secs(1), source: flag("--connect-timeout") }
        );
        assert_eq!(s.timeout, Sourced { value: Duration::from_secs(2), source: flag("--timeout") });
        // File-only values: profile "bare" sets none, so the top level applies.
        assert_eq!(s.block_time, Sourced { value: Some(Duration::from_secs(60)), source: file_src(None) });
        assert_eq!(s.app_key, Sourced { value: Some("top-key".into()), source: file_src(None) });
    }

    #[test]
    fn env_beats_file() {
        let s = run(&NetworkFlags::default(), &all_env(), Some(FILE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("main".into()), source: env_src("PGW_PROFILE") });
        assert_eq!(s.dispatchers.value, vec!["http://env1.example", "http://env2.example"]);
        assert_eq!(s.dispatchers.source, env_src("PGW_DISPATCHERS"));
        assert_eq!(
            s.connect_timeout,
            Sourced { value: Duration::from_millis(500), source: env_src("PGW_CONNECT_TIMEOUT") }
        );
        assert_eq!(s.timeout, Sourced { value: Duration::from_secs(90), source: env_src("PGW_TIMEOUT") });
    }

    #[test]
    fn profile_value_beats_top_level_beats_default() {
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some(FILE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("main".into()), source: file_src(None) });
        assert_eq!(s.dispatchers.value, vec!["https://d1.example", "https://d2.example"]);
        assert_eq!(s.dispatchers.source, file_src(Some("main")));
        assert_eq!(s.timeout, Sourced { value: Duration::from_secs(15), source: file_src(Some("main")) });
        assert_eq!(s.connect_timeout, Sourced { value: Duration::from_secs(4), source: file_src(None) });
        assert_eq!(s.block_time, Sourced { value: Some(Duration::from_secs(60)), source: file_src(None) });
        assert_eq!(s.app_key, Sourced { value: Some("my-app".into()), source: file_src(Some("main")) });
        assert_eq!(
            s.credential,
            Sourced { value: Some(PathBuf::from("/h/creds/app.json")), source: file_src(Some("main")) }
        );

        // Top level only; defaults for what the file lacks.
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some("dispatchers = [\"http://a\"]\n"))
            .unwrap();
        assert_eq!(s.profile.value, None);
        assert_eq!(s.dispatchers, Sourced { value: vec!["http://a".into()], source: file_src(None) });
        assert_eq!(s.timeout, Sourced { value: DEFAULT_TIMEOUT, source: Source::Default });
        assert_eq!(s.block_time, Sourced { value: None, source: Source::Default });
    }

    #[test]
    fn profile_without_dispatchers_falls_back_to_top_level() {
        let args = NetworkFlags { profile: Some("bare".into()), ..Default::default() };
        let s = run(&args, &NetworkEnv::default(), Some(FILE)).unwrap();
        assert_eq!(
            s.dispatchers,
            Sourced { value: vec!["http://top.example".into()], source: file_src(None) }
        );
        assert_eq!(s.timeout, Sourced { value: Duration::from_secs(20), source: file_src(None) });
        assert_eq!(s.credential.value, None);
    }

    #[test]
    fn absolute_credential_is_kept() {
        let s = run(
            &NetworkFlags::default(),
            &NetworkEnv::default(),
            Some("credential = \"/etc/pgw/cred.json\"\n"),
        )
        .unwrap();
        assert_eq!(s.credential.value, Some(PathBuf::from("/etc/pgw/cred.json")));
        assert_eq!(
            file_err("credential = \"\"\n"),
            "/h/config.toml: line 1: credential \"\": expected the path of a client credential file (from \
             `pgw aat gen --credential-out`)"
        );
    }

    #[test]
    fn env_dispatchers_split_on_commas_and_whitespace() {
        let env = NetworkEnv {
            dispatchers: Some(" http://a:1,,http://b:2/\n http://c:3 ,http://a:1 ".into()),
            ..Default::default()
        };
        let s = run(&NetworkFlags::default(), &env, None).unwrap();
        assert_eq!(s.dispatchers.value, vec!["http://a:1", "http://b:2", "http://c:3"]);
        // Nothing but separators: as if unset.
        let env = NetworkEnv { dispatchers: Some(" , ,".into()), ..Default::default() };
        let s = run(&NetworkFlags::default(), &env, None).unwrap();
        assert_eq!(s.dispatchers, Sourced { value: vec![], source: Source::Default });
    }

    #[test]
    fn urls_are_normalised() {
        let args = NetworkFlags {
            dispatchers: vec!["HTTPS://Dispatch.Example.org:443/".into(), "http://h:8081/pocket/".into()],
            ..Default::default()
        };
        let s = run(&args, &NetworkEnv::default(), None).unwrap();
        assert_eq!(s.dispatchers.value, vec!["https://dispatch.example.org", "http://h:8081/pocket"]);
    }

    #[test]
    fn bad_urls_name_the_value_and_source() {
        let with = |url: &str| {
            err(
                &NetworkFlags { dispatchers: vec![url.into()], ..Default::default() },
                &NetworkEnv::default(),
                None,
            )
        };
        assert_eq!(
            with("localhost:8081"),
            "--dispatcher \"localhost:8081\": the scheme must be http or https, not localhost; give a URL \
             like https://dispatch.example.org or http://127.0.0.1:8081"
        );
        assert_eq!(
            with("dispatch.example.org"),
            "--dispatcher \"dispatch.example.org\": not a URL (relative URL without a base); give one \
             like https://dispatch.example.org or http://127.0.0.1:8081"
        );
        assert_eq!(
            with("ftp://x.org"),
            "--dispatcher \"ftp://x.org\": the scheme must be http or https, not ftp; give a URL \
             like https://dispatch.example.org or http://127.0.0.1:8081"
        );
        assert_eq!(
            with("http://x.org/?a=1"),
            "--dispatcher \"http://x.org/?a=1\": a dispatcher URL cannot have a query or fragment; give \
             the base URL like https://dispatch.example.org or http://127.0.0.1:8081"
        );
        assert!(with("http://").starts_with("--dispatcher \"http://\": not a URL (empty host)"));
        assert!(with("").starts_with("--dispatcher \"\": not a URL"));

        let env = NetworkEnv { dispatchers: Some("http://ok,mailto:x@y".into()), ..Default::default() };
        assert!(
            err(&NetworkFlags::default(), &env, None)
                .starts_with("PGW_DISPATCHERS \"mailto:x@y\": the scheme")
        );

        let text = "[profiles.p]\ndispatchers = [\n  \"http://ok\",\n  \"nope\",\n]\n";
        let args = NetworkFlags { profile: Some("p".into()), ..Default::default() };
        assert!(
            err(&args, &NetworkEnv::default(), Some(text))
                .starts_with("/h/config.toml: line 4: dispatchers \"nope\": not a URL"),
        );
    }

    #[test]
    fn durations() {
        let with = |t: &str| NetworkFlags { timeout: Some(t.into()), ..Default::default() };
        let ok = |t: &str| run(&with(t), &NetworkEnv::default(), None).unwrap().timeout.value;
        assert_eq!(ok("500ms"), Duration::from_millis(500));
        assert_eq!(ok("2s"), Duration::from_secs(2));
        assert_eq!(ok(" 1m 30s "), Duration::from_secs(90));
        assert_eq!(ok("24h"), Duration::from_secs(86400));
        let bad = |t: &str| err(&with(t), &NetworkEnv::default(), None);
        assert_eq!(bad("abc"), "--timeout \"abc\": expected a duration like 500ms, 3s or 1m");
        assert_eq!(bad("10"), "--timeout \"10\": expected a duration like 500ms, 3s or 1m");
        assert_eq!(bad("-1s"), "--timeout \"-1s\": expected a duration like 500ms, 3s or 1m");
        assert_eq!(
            bad("0s"),
            "--timeout \"0s\": must be more than zero; give a duration like 500ms, 3s or 1m"
        );
        assert_eq!(bad("25h"), "--timeout \"25h\": too long; give a duration of at most 24h");
        assert_eq!(
            bad("99999999999999999999y"),
            "--timeout \"99999999999999999999y\": expected a duration like 500ms, 3s or 1m"
        );

        let env = NetworkEnv { connect_timeout: Some("soon".into()), ..Default::default() };
        assert_eq!(
            err(&NetworkFlags::default(), &env, None),
            "PGW_CONNECT_TIMEOUT \"soon\": expected a duration like 500ms, 3s or 1m"
        );
        assert_eq!(
            file_err("default_profile = \"x\"\n\n[profiles.x]\nblock_time = \"fast\"\n"),
            "/h/config.toml: line 4: block_time \"fast\": expected a duration like 500ms, 3s or 1m"
        );
        assert_eq!(
            file_err("connect_timeout = \"0ms\"\n"),
            "/h/config.toml: line 1: connect_timeout \"0ms\": must be more than zero; give a duration like \
             500ms, 3s or 1m"
        );
    }

    #[test]
    fn profile_selection() {
        let none = NetworkEnv::default();
        let by_flag = |p: &str| NetworkFlags { profile: Some(p.into()), ..Default::default() };
        // The flag beats PGW_PROFILE, which beats default_profile.
        let env = NetworkEnv { profile: Some("bare".into()), ..Default::default() };
        let s = run(&by_flag("main"), &env, Some(FILE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("main".into()), source: flag("--profile") });
        let s = run(&NetworkFlags::default(), &env, Some(FILE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("bare".into()), source: env_src("PGW_PROFILE") });
        let s = run(&NetworkFlags::default(), &none, Some(FILE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("main".into()), source: file_src(None) });
        // No default_profile: no profile, top-level values only.
        let s = run(&NetworkFlags::default(), &none, Some("[profiles.main]\ndispatchers = [\"http://m\"]\n"))
            .unwrap();
        assert_eq!(s.profile, Sourced { value: None, source: Source::Default });
        assert_eq!(s.dispatchers.value, Vec::<String>::new());
    }

    #[test]
    fn missing_profiles() {
        let none = NetworkEnv::default();
        let by_flag = |p: &str| NetworkFlags { profile: Some(p.into()), ..Default::default() };
        assert_eq!(
            err(&by_flag("mainnet"), &none, None),
            "no profile \"mainnet\": config.toml has none (create one with `pgw config init`); built in: \
             local, local-shannon, shannon-mainnet, shannon-testnet"
        );
        assert_eq!(
            err(&by_flag("mainnet"), &none, Some("timeout = \"1s\"\n")),
            "no profile \"mainnet\": config.toml has none (add a [profiles.mainnet] table to /h/config.toml); \
             built in: local, local-shannon, shannon-mainnet, shannon-testnet"
        );
        assert_eq!(
            err(&by_flag("mainnet"), &none, Some(FILE)),
            "no profile \"mainnet\": config.toml has bare, main (pick one with --profile NAME, or add a \
             [profiles.mainnet] table to /h/config.toml); built in: local, local-shannon, shannon-mainnet, \
             shannon-testnet"
        );
        let env = NetworkEnv { profile: Some("testnet".into()), ..Default::default() };
        assert_eq!(
            err(&NetworkFlags::default(), &env, None),
            "no profile \"testnet\" (from PGW_PROFILE): config.toml has none (create one with `pgw config \
             init`); built in: local, local-shannon, shannon-mainnet, shannon-testnet"
        );
        assert_eq!(
            file_err("default_profile = \"gone\"\n[profiles.here]\n"),
            "no profile \"gone\" (default_profile in config.toml): config.toml has here (pick one with \
             --profile NAME, or add a [profiles.gone] table to /h/config.toml); built in: local, \
             local-shannon, shannon-mainnet, shannon-testnet"
        );
        assert_eq!(
            err(&by_flag(" "), &none, None),
            "--profile \" \": expected a profile name (e.g. local, or one of the [profiles.NAME] tables in \
             config.toml)"
        );
        assert_eq!(
            file_err("\ndefault_profile = \"\"\n"),
            "/h/config.toml: line 2: default_profile \"\": expected a profile name (e.g. local, or one of the \
             [profiles.NAME] tables in config.toml)"
        );
    }

    #[test]
    fn builtin_local_profile() {
        let local = NetworkFlags { profile: Some("local".into()), ..Default::default() };
        let builtin = Source::Builtin { profile: "local".into() };
        for text in [None, Some("timeout = \"5s\"\ndispatchers = [\"http://top\"]\n")] {
            let s = run(&local, &NetworkEnv::default(), text).unwrap();
            assert_eq!(s.profile, Sourced { value: Some("local".into()), source: flag("--profile") });
            assert_eq!(
                s.dispatchers,
                Sourced { value: vec![LOCAL_DISPATCHER.into()], source: builtin.clone() }
            );
        }
        // Top-level timeouts still apply to the built-in profile.
        let s = run(&local, &NetworkEnv::default(), Some("timeout = \"5s\"\n")).unwrap();
        assert_eq!(s.timeout, Sourced { value: Duration::from_secs(5), source: file_src(None) });
        // default_profile = "local" without a table uses it too.
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some("default_profile = \"local\"\n"))
            .unwrap();
        assert_eq!(s.dispatchers.source, builtin);
        // Flags still win.
        let args = NetworkFlags { dispatchers: vec!["http://x:1".into()], ..local.clone() };
        assert_eq!(
            run(&args, &NetworkEnv::default(), None).unwrap().dispatchers.source,
            flag("--dispatcher")
        );
        // A `local` table in the file replaces the built-in one.
        let text = "[profiles.local]\ndispatchers = [\"http://127.0.0.1:9000\"]\n";
        let s = run(&local, &NetworkEnv::default(), Some(text)).unwrap();
        assert_eq!(
            s.dispatchers,
            Sourced { value: vec!["http://127.0.0.1:9000".into()], source: file_src(Some("local")) }
        );
    }

    #[test]
    fn protocols_come_from_flag_env_profile_or_builtin() {
        let none = NetworkEnv::default();
        let s = run(&NetworkFlags::default(), &none, None).unwrap();
        assert_eq!(s.protocol, Sourced { value: Protocol::Morse, source: Source::Default });
        let by = |p: &str| NetworkFlags { profile: Some(p.into()), ..Default::default() };
        let s = run(&by("shannon-mainnet"), &none, None).unwrap();
        let builtin = Source::Builtin { profile: "shannon-mainnet".into() };
        assert_eq!(s.protocol, Sourced { value: Protocol::Shannon, source: builtin.clone() });
        assert_eq!(s.dispatchers.value, ["https://sauron-api.infra.pocket.network"]);
        assert_eq!(s.cometbft.value.as_deref(), Some("https://sauron-rpc.infra.pocket.network"));
        let s = run(&by("local-shannon"), &none, None).unwrap();
        assert_eq!(s.dispatchers.value, [LOCAL_SHANNON_FULL_NODE]);
        assert_eq!(run(&by("shannon-testnet"), &none, None).unwrap().protocol.value, Protocol::Shannon);
        // The flag wins over the profile, the environment over the file.
        let flag_morse = NetworkFlags { protocol: Some("MORSE".into()), ..by("shannon-testnet") };
        assert_eq!(run(&flag_morse, &none, None).unwrap().protocol.source, flag("--protocol"));
        let text = "protocol = \"morse\"\n[profiles.sh]\nprotocol = \"shannon\"\ndispatchers = [\"http://n:1317\"]\ncometbft = \"http://n:26657/\"\n[profiles.m]\n";
        let s = run(&by("sh"), &none, Some(text)).unwrap();
        assert_eq!(s.protocol, Sourced { value: Protocol::Shannon, source: file_src(Some("sh")) });
        assert_eq!(s.cometbft.value.as_deref(), Some("http://n:26657"));
        assert_eq!(run(&by("m"), &none, Some(text)).unwrap().protocol.source, file_src(None));
        let env = NetworkEnv { protocol: Some("morse".into()), ..Default::default() };
        assert_eq!(run(&by("sh"), &env, Some(text)).unwrap().protocol.value, Protocol::Morse);
        assert_eq!(
            err(&NetworkFlags { protocol: Some("v1".into()), ..Default::default() }, &none, None),
            "--protocol \"v1\": expected morse or shannon"
        );
        assert_eq!(
            file_err("protocol = \"solana\"\n"),
            "/h/config.toml: line 1: protocol \"solana\": expected morse or shannon"
        );
    }

    #[test]
    fn unknown_fields_and_bad_toml() {
        assert_eq!(
            file_err("timeout = \"1s\"\ndispatcher = [\"http://a\"]\n"),
            "/h/config.toml: line 2: unknown field `dispatcher`, expected one of `default_profile`, \
             `protocol`, `cometbft`, `dispatchers`, `connect_timeout`, `timeout`, `block_time`, `app_key`, `credential`, \
             `chain_id`, `profiles`"
        );
        assert_eq!(
            file_err("[profiles.main]\n\ntimout = \"1s\"\n"),
            "/h/config.toml: line 3: unknown field `timout`, expected one of `protocol`, \
             `cometbft`, `dispatchers`, `connect_timeout`, `timeout`, `block_time`, `app_key`, `credential`, \
             `chain_id`"
        );
        let e = file_err("timeout = \n");
        assert!(e.starts_with("/h/config.toml: line 1: "), "{e}");
        assert!(!e.contains('\n'), "{e}");
        let e = file_err("dispatchers = \"http://a\"\n");
        assert!(
            e.starts_with("/h/config.toml: line 1: invalid type: string \"http://a\", expected a sequence"),
            "{e}"
        );
        assert!(!e.contains('\n'), "{e}");
        assert_eq!(
            file_err("[profiles]\nmain = 3\n"),
            "/h/config.toml: line 2: invalid type: integer `3`, expected a [profiles.NAME] table of settings"
        );
        let e = file_err("timeout = 10\n");
        assert!(
            e.starts_with("/h/config.toml: line 1: invalid type: integer `10`, expected a string"),
            "{e}"
        );
    }

    #[test]
    fn raw_hex_app_key_is_refused() {
        for key in ["ab".repeat(32), "AB".repeat(64)] {
            assert_eq!(
                file_err(&format!("\n\napp_key = \"{key}\"\n")),
                "/h/config.toml: line 3: app_key: looks like a raw private key, which config.toml must not \
                 hold: import it with `pgw keys import NAME --raw-file FILE` and set app_key to NAME, or \
                 pass --app-key-file"
            );
        }
        // An address (40 hex characters) and names are fine.
        let address = "9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f";
        let s = run(
            &NetworkFlags::default(),
            &NetworkEnv::default(),
            Some(&format!("app_key = \"{address}\"\n")),
        )
        .unwrap();
        assert_eq!(s.app_key.value.as_deref(), Some(address));
        assert_eq!(
            file_err("app_key = \" \"\n"),
            "/h/config.toml: line 1: app_key \" \": expected a keystore key name or address"
        );
    }

    #[test]
    fn source_display() {
        assert_eq!(flag("--dispatcher").to_string(), "flag --dispatcher");
        assert_eq!(env_src("PGW_DISPATCHERS").to_string(), "env PGW_DISPATCHERS");
        assert_eq!(file_src(Some("mainnet")).to_string(), "config.toml [profiles.mainnet]");
        assert_eq!(file_src(None).to_string(), "config.toml");
        assert_eq!(Source::Builtin { profile: "local".into() }.to_string(), "built-in profile local");
        assert_eq!(Source::Default.to_string(), "default");
    }

    #[test]
    fn chain_id_comes_from_the_profile_or_the_local_default() {
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some(FILE)).unwrap();
        assert_eq!(s.chain_id, Sourced { value: Some("testnet".into()), source: file_src(Some("main")) });
        let bare = NetworkFlags { profile: Some("bare".into()), ..NetworkFlags::default() };
        let s = run(&bare, &NetworkEnv::default(), Some(FILE)).unwrap();
        assert_eq!(s.chain_id, Sourced { value: None, source: Source::Default });
        let local = NetworkFlags { profile: Some("local".into()), ..NetworkFlags::default() };
        let s = run(&local, &NetworkEnv::default(), None).unwrap();
        assert_eq!(
            s.chain_id,
            Sourced { value: Some("localnet".into()), source: Source::Builtin { profile: "local".into() } }
        );
        assert_eq!(
            file_err("chain_id = \"\"\n"),
            "/h/config.toml: line 1: chain_id \"\": expected the network's chain id (mainnet, testnet, localnet)"
        );
    }

    #[test]
    fn json_shape() {
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some(FILE)).unwrap();
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "config_file": "/h/config.toml",
                "config_file_found": true,
                "profile": {"value": "main", "source": {"kind": "file", "profile": null}},
                "protocol": {"value": "morse", "source": {"kind": "default"}},
                "dispatchers": {
                    "value": ["https://d1.example", "https://d2.example"],
                    "source": {"kind": "file", "profile": "main"}
                },
                "connect_timeout": {"value_ms": 4000, "source": {"kind": "file", "profile": null}},
                "timeout": {"value_ms": 15000, "source": {"kind": "file", "profile": "main"}},
                "block_time": {"value_ms": 60000, "source": {"kind": "file", "profile": null}},
                "app_key": {"value": "my-app", "source": {"kind": "file", "profile": "main"}},
                "credential": {"value": "/h/creds/app.json", "source": {"kind": "file", "profile": "main"}},
                "chain_id": {"value": "testnet", "source": {"kind": "file", "profile": "main"}},
                "cometbft": {"value": null, "source": {"kind": "default"}},
            })
        );
        let s = run(&all_flags(), &NetworkEnv::default(), None);
        assert!(s.is_err()); // "bare" does not exist without a file
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), None).unwrap();
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["block_time"], serde_json::json!({"value_ms": null, "source": {"kind": "default"}}));
        assert_eq!(json["timeout"], serde_json::json!({"value_ms": 10000, "source": {"kind": "default"}}));
        let s = run(&all_flags(), &NetworkEnv::default(), Some(FILE)).unwrap();
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(
            json["dispatchers"]["source"],
            serde_json::json!({"kind": "flag", "name": "--dispatcher"})
        );
    }

    #[test]
    fn template_selects_the_local_profile() {
        let s = run(&NetworkFlags::default(), &NetworkEnv::default(), Some(TEMPLATE)).unwrap();
        assert_eq!(s.profile, Sourced { value: Some("local".into()), source: file_src(None) });
        assert_eq!(
            s.dispatchers,
            Sourced { value: vec!["http://127.0.0.1:8081".into()], source: file_src(Some("local")) }
        );
        assert_eq!(s.block_time.value, Some(Duration::from_secs(10)));
        assert_eq!(s.timeout, Sourced { value: DEFAULT_TIMEOUT, source: file_src(None) });
        assert_eq!(s.app_key.value, None);
    }

    #[test]
    fn line_numbers() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}

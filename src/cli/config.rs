//! `pgw config …`: the network settings (dispatchers, profiles, timeouts) and their file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use super::net::NetworkArgs;
use crate::error::{EXIT_OK, Error, Result};
use crate::fsutil;
use crate::network::config::{self, Settings, Source};
use crate::output::table;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    Show(ShowArgs),
    Init(InitArgs),
    Path(PathArgs),
}

impl ConfigCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        match self {
            ConfigCommand::Show(a) => a.run(ctx),
            ConfigCommand::Init(a) => a.run(ctx),
            ConfigCommand::Path(a) => a.run(ctx),
        }
    }
}

fn config_path(ctx: &Ctx) -> Result<PathBuf> {
    Ok(ctx.home()?.join(config::CONFIG_FILE))
}

/// Show the resolved network settings and where each came from (flag, env, file, default).
///
/// Flags beat environment variables, which beat $PGW_HOME/config.toml (the selected profile,
/// then the top level), which beats the defaults. The flags below are resolved as any network
/// command would resolve them. File format: docs/config.md.
///
/// Examples:
///   pgw config show
///   pgw config show --profile mainnet
///   PGW_DISPATCHERS=https://a.example,https://b.example pgw config show --timeout 3s
///   pgw config show --output json | jq -r '.dispatchers.value[]'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ShowArgs {
    #[command(flatten)]
    network: NetworkArgs,
}

impl ShowArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let settings = self.network.settings(ctx)?;
        let home_source = if ctx.home.is_some() { "--home or PGW_HOME" } else { "default" };
        ctx.printer.result(&settings, || render(&settings, home_source))?;
        Ok(EXIT_OK)
    }
}

const NONE: &str = "(none)";

fn duration(d: Duration) -> String {
    humantime::format_duration(d).to_string()
}

fn render(s: &Settings, home_source: &str) -> String {
    let row = |name: &str, value: String, source: &Source| vec![name.to_string(), value, source.to_string()];
    let or_none = |v: Option<String>| v.unwrap_or_else(|| NONE.to_string());
    let dispatchers =
        if s.dispatchers.value.is_empty() { NONE.to_string() } else { s.dispatchers.value.join("\n") };
    let mut file = s.config_file.display().to_string();
    if !s.config_file_found {
        file.push_str(" (not found)");
    }
    let mut t = table::new(&["Setting", "Value", "Source"]);
    t.add_row(row("profile", or_none(s.profile.value.clone()), &s.profile.source));
    t.add_row(row("protocol", s.protocol.value.to_string(), &s.protocol.source));
    let urls = if s.protocol.value == crate::network::config::Protocol::Shannon {
        "full_nodes"
    } else {
        "dispatchers"
    };
    t.add_row(row(urls, dispatchers, &s.dispatchers.source));
    if s.cometbft.value.is_some() || s.protocol.value == crate::network::config::Protocol::Shannon {
        t.add_row(row("cometbft", or_none(s.cometbft.value.clone()), &s.cometbft.source));
    }
    t.add_row(row("connect_timeout", duration(s.connect_timeout.value), &s.connect_timeout.source));
    t.add_row(row("timeout", duration(s.timeout.value), &s.timeout.source));
    t.add_row(row("block_time", or_none(s.block_time.value.map(duration)), &s.block_time.source));
    t.add_row(row("app_key", or_none(s.app_key.value.clone()), &s.app_key.source));
    t.add_row(row("chain_id", or_none(s.chain_id.value.clone()), &s.chain_id.source));
    t.add_row(row(
        "credential",
        or_none(s.credential.value.as_ref().map(|p| p.display().to_string())),
        &s.credential.source,
    ));
    t.add_row(vec!["config_file".to_string(), file, home_source.to_string()]);
    table::render(&t)
}

#[derive(Serialize)]
struct ConfigFile<'a> {
    config_file: &'a Path,
}

/// Write a commented $PGW_HOME/config.toml to start from.
///
/// The template's active profile is `local` (`pgw devnet` on http://127.0.0.1:8081); mainnet
/// and testnet examples are commented out. The file is created with mode 0600; an existing one
/// is kept unless --force is given.
///
/// Examples:
///   pgw config init
///   pgw config init --force && $EDITOR "$(pgw config path)"
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InitArgs {
    /// Replace an existing config.toml with the template
    #[arg(long)]
    force: bool,
}

impl InitArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let home = ctx.home()?;
        let path = home.join(config::CONFIG_FILE);
        if !self.force && std::fs::symlink_metadata(&path).is_ok() {
            return Err(Error::usage(format!(
                "{} already exists: edit it, or pass --force to replace it with the template",
                path.display()
            )));
        }
        create_home(&home)?;
        fsutil::write_atomic(&path, config::TEMPLATE.as_bytes(), Some(0o600))?;
        ctx.printer.result(&ConfigFile { config_file: &path }, || format!("wrote {}\n", path.display()))?;
        Ok(EXIT_OK)
    }
}

/// Creates $PGW_HOME (mode 0700, like the keystore) if it is missing.
fn create_home(home: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(home).map_err(|e| Error::io("create the directory", home, &e))
}

/// Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.
///
/// Examples:
///   pgw config path
///   $EDITOR "$(pgw config path)"
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct PathArgs {}

impl PathArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let path = config_path(ctx)?;
        ctx.printer.result(&ConfigFile { config_file: &path }, || format!("{}\n", path.display()))?;
        Ok(EXIT_OK)
    }
}

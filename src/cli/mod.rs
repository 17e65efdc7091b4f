//! The command tree (clap) and the glue from parsed flags to the protocol library. Commands
//! return data and let `output` render it; they hold no protocol logic.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::error::Result;
use crate::output::Printer;
use values::OutputFormat;

pub mod aat;
pub mod bench;
pub mod chains;
pub mod completions;
pub mod config;
pub mod devnet;
pub mod dispatch;
pub mod input;
pub mod keys;
pub mod keysource;
pub mod net;
pub mod passphrase;
pub mod proof;
pub mod query;
pub mod query_shannon;
pub mod relay;
pub mod request;
pub mod serve;
pub mod shannon;
pub mod signer;
pub mod stake;
pub mod stake_shannon;
pub mod values;

/// pgw: send, sign and check POKT Network relays from the command line.
///
/// pgw makes Application Authentication Tokens, fetches sessions, sends relays whose proofs are
/// hashed and signed byte-exactly as pocket-core expects (with failover and verified answers),
/// load-tests them, serves them as a local JSON-RPC gateway, and explains why a relay is invalid.
#[derive(Debug, Parser)]
#[command(name = "pgw", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format: tables for people or JSON for scripts
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Table, value_name = "FORMAT")]
    pub output: OutputFormat,
    /// pgw's data directory (keys, cache, config) [default: the user's data directory]
    #[arg(long, global = true, env = "PGW_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// Print nothing on stderr but errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Show more detail on stderr (hashes, signing steps)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[command(flatten)]
    pub passphrase: passphrase::PassphraseArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage the encrypted local keystore
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Make and verify Application Authentication Tokens (AATs)
    #[command(subcommand)]
    Aat(aat::AatCommand),
    /// Build and verify signed relays offline
    #[command(subcommand)]
    Proof(proof::ProofCommand),
    #[command(
        about = "Fetch and show the current session (heights, session key, servicer nodes or suppliers)",
        visible_alias = "session"
    )]
    Dispatch(Box<dispatch::DispatchArgs>),
    #[command(about = "Send a request through POKT: signed relay, failover, verified answer")]
    Relay(Box<relay::RelayArgs>),
    /// Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions
    ///
    /// Examples:
    ///   pgw query height --profile local
    ///   pgw query app b50a…c560 --output json
    ///   pgw query params --key pocketcore/SessionNodeCount
    ///   pgw query app pokt1… --protocol shannon --full-node http://127.0.0.1:8082
    #[command(subcommand, verbatim_doc_comment)]
    Query(query::QueryCommand),
    /// Stake and unstake apps, show an app's relay throughput; Shannon: delegate to gateways
    ///
    /// Examples:
    ///   pgw app stake eth,0001 1000POKT --from my-app --dry-run
    ///   pgw app throughput my-app --output json
    ///   pgw app delegate pokt1… --from my-app --protocol shannon
    #[command(subcommand, verbatim_doc_comment)]
    App(stake::AppCommand),
    /// Stake Shannon gateways
    ///
    /// Examples:
    ///   pgw gateway stake 5000POKT --from my-gateway --protocol shannon
    #[command(subcommand, verbatim_doc_comment)]
    Gateway(stake::GatewayCommand),
    #[command(about = "Send POKT from a keystore key's account (a signed Morse or Shannon transaction)")]
    Send(Box<stake::SendArgs>),
    #[command(about = "Load-test relays: throughput, latency percentiles, errors per node")]
    Bench(Box<bench::BenchArgs>),
    #[command(about = "Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos")]
    Serve(Box<serve::ServeArgs>),
    #[command(
        about = "Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos"
    )]
    Devnet(devnet::DevnetArgs),
    #[command(about = "List known relay chain IDs, names and aliases")]
    Chains(chains::ChainsArgs),
    /// Show and initialise network settings (dispatchers, profiles, timeouts)
    #[command(subcommand)]
    Config(config::ConfigCommand),
    #[command(about = "Print a shell completion script")]
    Completions(completions::CompletionsArgs),
}

/// What every command gets: the printer and the environment pgw reads, resolved once.
pub struct Ctx {
    pub printer: Printer,
    pub home: Option<PathBuf>,
    pub env: keysource::KeyEnv,
    pub passphrase_file: Option<PathBuf>,
    pub passphrases: passphrase::PassphraseEnv,
}

impl Ctx {
    pub fn from_global(global: &GlobalArgs) -> Self {
        Ctx {
            printer: Printer::new(global.output.into(), global.quiet, global.verbose),
            home: global.home.clone(),
            env: keysource::KeyEnv::from_process(),
            passphrase_file: global.passphrase.passphrase_file.clone(),
            passphrases: passphrase::PassphraseEnv::from_process(),
        }
    }

    /// pgw's data directory: --home, PGW_HOME, or the user's data directory.
    pub fn home(&self) -> Result<PathBuf> {
        self.home.clone().or_else(crate::keystore::default_home).ok_or_else(|| {
            crate::error::Error::usage(
                "cannot tell where the user's data directory is: set PGW_HOME or pass --home DIR",
            )
        })
    }
}

/// Runs a parsed command line; returns the exit code on success paths (0, or 1 when a check
/// failed) and an error for everything else.
pub fn run(cli: Cli, ctx: &Ctx) -> Result<u8> {
    if ctx.printer.format.is_encoding()
        && !matches!(cli.command, Command::Proof(proof::ProofCommand::Sign(_)))
    {
        return Err(crate::error::Error::usage(
            "--output hex, base64 and raw are only for `pgw proof sign --protocol shannon`; use table or json",
        ));
    }
    match cli.command {
        Command::Keys(cmd) => cmd.run(ctx),
        Command::Aat(cmd) => cmd.run(ctx),
        Command::Proof(cmd) => cmd.run(ctx),
        Command::Dispatch(args) => args.run(ctx),
        Command::Relay(args) => args.run(ctx),
        Command::Query(cmd) => cmd.run(ctx),
        Command::App(cmd) => cmd.run(ctx),
        Command::Gateway(cmd) => cmd.run(ctx),
        Command::Send(args) => args.run(ctx),
        Command::Bench(args) => args.run(ctx),
        Command::Serve(args) => args.run(ctx),
        Command::Devnet(args) => args.run(ctx),
        Command::Chains(args) => args.run(ctx),
        Command::Config(cmd) => cmd.run(ctx),
        Command::Completions(args) => args.run(ctx),
    }
}

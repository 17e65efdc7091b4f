//! `pgw app stake|unstake|throughput` and `pgw send`: Morse transactions signed with a keystore
//! key (MORSE-TX.md), and an app's relay budget computed as pocket-core computes it.

use std::io::IsTerminal;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::keysource;
use super::net::{NetworkArgs, Threads, runtime};
use super::query::{self, Chain};
use super::values;
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, EXIT_REFUSED, Error, Result};
use crate::network::query::int_of;
use crate::output::table;
use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::keys::PublicKey;
use crate::protocol::morse::tx::{self, Msg, SignedTx, Tx};
use crate::protocol::shannon::tx::Msg as ShannonMsg;

/// Stake, unstake and size applications; on Shannon, delegate them to gateways
#[derive(Debug, Subcommand)]
pub enum AppCommand {
    Stake(StakeArgs),
    Unstake(UnstakeArgs),
    Throughput(ThroughputArgs),
    Delegate(DelegateArgs),
    Undelegate(UndelegateArgs),
}

/// Stake Shannon gateways
#[derive(Debug, Subcommand)]
pub enum GatewayCommand {
    Stake(GatewayStakeArgs),
}

/// Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins
/// the app's ring).
///
/// Examples:
///   pgw app delegate pokt1… --from my-app --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DelegateArgs {
    /// The gateway's address (pokt1…) or a Shannon keystore key name
    #[arg(value_name = "GATEWAY")]
    gateway: String,
    #[command(flatten)]
    tx: TxFlags,
}

/// Undelegate a Shannon application from a gateway; the gateway stays in the app's ring until
/// the current session ends (poktroll's pending undelegation).
///
/// Examples:
///   pgw app undelegate pokt1… --from my-app --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct UndelegateArgs {
    /// The gateway's address (pokt1…) or a Shannon keystore key name
    #[arg(value_name = "GATEWAY")]
    gateway: String,
    #[command(flatten)]
    tx: TxFlags,
}

/// Stake a Shannon gateway (or raise its stake) with a keystore key.
///
/// Examples:
///   pgw gateway stake 5000POKT --from my-gateway --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GatewayStakeArgs {
    /// The total stake, e.g. 5000POKT or 5000000000upokt
    #[arg(value_name = "AMOUNT", value_parser = parse_amount)]
    amount: Amount,
    #[command(flatten)]
    tx: TxFlags,
}

/// What every transaction command takes.
#[derive(Debug, Args)]
pub struct TxFlags {
    /// The signing key: a keystore name or address (its passphrase is asked for, or read from
    /// --passphrase-file / PGW_PASSPHRASE)
    #[arg(long, value_name = "NAME|ADDRESS")]
    from: String,
    /// The fee [default: Morse 10000upokt, pocket-core's minimum; Shannon: the gas limit at
    /// 0.000001upokt per gas unit, rounded up]
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    fee: Option<Amount>,
    /// Shannon: the gas limit is the simulation's gas used times this (exact, e.g. 1.5)
    #[arg(long, value_name = "FACTOR", default_value = "1.5", value_parser = super::stake_shannon::gas_adjustment)]
    gas_adjustment: u64,
    /// The network's chain id, which the signature covers ("mainnet", "testnet"; the devnet's
    /// is "localnet") [default: the profile's chain_id, else mainnet]
    #[arg(long, value_name = "ID", env = "PGW_CHAIN_ID")]
    chain_id: Option<String>,
    /// A memo (at most 256 bytes)
    #[arg(long, value_name = "TEXT", default_value = "")]
    memo: String,
    /// Print the sign doc and the raw transaction; send nothing
    #[arg(long)]
    dry_run: bool,
    /// Sign and send without asking (needed when there is no terminal)
    #[arg(long, short)]
    yes: bool,
    /// Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)
    #[arg(long, value_name = "DURATION", value_parser = values::duration)]
    wait: Option<std::time::Duration>,
    /// The tx entropy, for reproducible dry runs [default: random]
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    entropy: Option<i64>,
    /// Shannon --dry-run offline: the signer's account number (with --sequence and --gas, no
    /// full node is asked) [default: the chain's]
    #[arg(long, value_name = "N")]
    account_number: Option<u64>,
    /// Shannon --dry-run offline: the signer's sequence (with --account-number and --gas)
    /// [default: the chain's]
    #[arg(long, value_name = "N")]
    sequence: Option<u64>,
    /// Shannon --dry-run offline: the gas limit (with --account-number and --sequence)
    /// [default: the simulation's gas used times --gas-adjustment]
    #[arg(long, value_name = "N")]
    gas: Option<u64>,
    #[command(flatten)]
    pub(super) net: NetworkArgs,
}

fn parse_amount(s: &str) -> std::result::Result<Amount, String> {
    Amount::parse(s).map_err(|e| e.to_string())
}

/// Stake an app (or raise its stake / change its chains) with a keystore key. With
/// --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.
///
/// AMOUNT is the total stake wanted (POKT or upokt; a bare number is upokt); an app already
/// staked pays only the difference. The account must hold that plus the fee. A summary (from,
/// amount, chains, fee, chain id) is shown and confirmed before signing, unless --yes.
///
/// Examples:
///   pgw app stake eth,0001 1000POKT --from my-app --chain-id testnet
///   pgw app stake 0021 1000POKT --from my-app --dry-run --entropy 1
///   pgw app stake eth 1000POKT --from my-shannon-app --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeArgs {
    /// Relay chains (IDs or aliases, comma-separated), in stake order; Shannon: the service ID
    /// (poktroll stakes an app for exactly one)
    #[arg(value_name = "CHAINS")]
    chains: String,
    /// The total stake, e.g. 1000POKT or 1000000000upokt
    #[arg(value_name = "AMOUNT", value_parser = parse_amount)]
    amount: Amount,
    #[command(flatten)]
    tx: TxFlags,
}

/// Begin unstaking an app; it is removed after the network's unstaking period and its stake
/// returns to its account.
///
/// Examples:
///   pgw app unstake --from my-app --chain-id testnet
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct UnstakeArgs {
    #[command(flatten)]
    tx: TxFlags,
}

/// Send POKT from a keystore key's account.
///
/// Examples:
///   pgw send 0123456789abcdef0123456789abcdef01234567 1.5POKT --from my-key --chain-id testnet
///   pgw send pokt1… 1.5POKT --from my-shannon-key --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SendArgs {
    /// The recipient's address (Morse: 40 hex characters; Shannon: pokt1…) or a keystore key name
    #[arg(value_name = "TO")]
    to: String,
    /// How much, e.g. 1.5POKT or 1500000upokt
    #[arg(value_name = "AMOUNT", value_parser = parse_amount)]
    amount: Amount,
    #[command(flatten)]
    tx: TxFlags,
}

/// An app's relay budget: its max relays (as stored, and as pocket-core's CalculateAppRelays
/// gives for its stake under today's params), per session on each chain, and per node in a
/// session. With --protocol shannon: what its stake buys per session and per supplier at the
/// service's compute units per relay and relay-mining difficulty (docs/stake.md).
///
/// Examples:
///   pgw app throughput my-app
///   pgw app throughput b50a6e20d3733fb89631ae32385b3c85c533c560 --chain eth --output json
///   pgw app throughput pokt1… --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ThroughputArgs {
    /// The app: its address or a keystore key name
    #[arg(value_name = "APP")]
    app: String,
    /// Only this chain (ID or alias); Shannon: this service [default: the app's]
    #[arg(long, value_name = "CHAIN")]
    chain: Option<String>,
    #[command(flatten)]
    net: NetworkArgs,
}

/// The signer as the keystore knows it (no passphrase yet).
struct Signer {
    name: String,
    public_key: PublicKey,
}

fn signer(ctx: &Ctx, from: &str) -> Result<Signer> {
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    let info = store.find(from)?;
    info.expect_protocol(crate::keystore::KeyProtocol::Morse)?;
    let public_key = PublicKey::from_hex("the keystore key's public key", &info.public_key)
        .map_err(|e| Error::key(e.to_string()))?;
    Ok(Signer { name: info.name, public_key })
}

fn refused(message: String) -> Error {
    Error::Network { kind: "refused", exit: EXIT_REFUSED, message, details: None }
}

/// The one-line reading of a CheckTx refusal, with what to do for the usual causes.
fn check_tx_error(b: &tx::Broadcast, chain_id: &str) -> Error {
    let hint = match (b.codespace.as_str(), b.code) {
        ("sdk", 4) => format!(
            " (the signature covers the chain id: this was signed for {chain_id:?}; is --chain-id the network's?)"
        ),
        ("auth", 4) => " (raise --fee)".to_string(),
        ("auth", 6) if b.message.contains("enough coins") => " (fund the account first)".to_string(),
        _ => String::new(),
    };
    Error::Network {
        kind: "refused",
        exit: EXIT_REFUSED,
        message: format!(
            "the network refused the transaction ({} code {}): {}{hint}",
            b.codespace,
            b.code,
            b.message.replace('\n', " ")
        ),
        details: Some(
            json!({ "txhash": b.txhash, "codespace": b.codespace, "code": b.code, "message": b.message }),
        ),
    }
}

/// The summary shown before signing.
fn summary(
    tx: &Tx,
    from: &str,
    to: Option<String>,
    amount: Option<Amount>,
    chains: Option<String>,
) -> Vec<(&'static str, String)> {
    let mut rows: Vec<(&'static str, String)> =
        vec![("transaction", tx.msg.message_type().to_string()), ("from", from.to_string())];
    if let Some(to) = to {
        rows.push(("to", to));
    }
    if let Some(amount) = amount {
        rows.push(("amount", amount.to_string()));
    }
    if let Some(chains) = chains {
        rows.push(("chains", chains));
    }
    rows.push(("fee", tx.fee.to_string()));
    rows.push(("chain id", tx.chain_id.clone()));
    if !tx.memo.is_empty() {
        rows.push(("memo", tx.memo.clone()));
    }
    rows
}

pub(super) fn summary_json(rows: &[(&'static str, String)]) -> Value {
    Value::Object(rows.iter().map(|(k, v)| (k.replace(' ', "_"), Value::String(v.clone()))).collect())
}

/// Asks to sign (unless --yes or --dry-run: then the summary is -v detail). `Ok(false)`: the
/// user said no (nothing signed).
pub(super) fn confirm(ctx: &Ctx, flags: &TxFlags, rows: &[(&'static str, String)]) -> Result<bool> {
    let p = &ctx.printer;
    if flags.yes || flags.dry_run {
        for (k, v) in rows {
            p.detail(&format!("{k}: {v}"));
        }
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "a transaction needs confirmation and there is no terminal to ask on: check it with --dry-run, then pass --yes",
        ));
    }
    let mut text = table::render(&table::key_values(rows.iter().map(|(k, v)| (*k, v.clone()))));
    text.push_str("Sign and send this transaction? [y/N] ");
    crate::output::stderr_prompt(&text);
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).map_err(Error::Stdout)?;
    if !matches!(answer.trim(), "y" | "Y" | "yes") {
        p.warn("nothing signed or sent");
        return Ok(false);
    }
    Ok(true)
}

/// What an offline Shannon dry run is told instead of asking the full node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Offline {
    pub account_number: u64,
    pub sequence: u64,
    pub gas: u64,
}

/// Morse's default fee: pocket-core's minimum.
const MORSE_FEE: Amount = Amount::upokt(10_000);

impl TxFlags {
    pub(super) fn from(&self) -> &str {
        &self.from
    }

    pub(super) fn fee(&self) -> Option<Amount> {
        self.fee
    }

    fn morse_fee(&self) -> Amount {
        self.fee.unwrap_or(MORSE_FEE)
    }

    pub(super) fn gas_adjustment(&self) -> u64 {
        self.gas_adjustment
    }

    /// --chain-id or PGW_CHAIN_ID, as given.
    pub(super) fn chain_id_flag(&self) -> Option<&str> {
        self.chain_id.as_deref()
    }

    pub(super) fn memo(&self) -> &str {
        &self.memo
    }

    pub(super) fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// `--account-number N --sequence N --gas N` (all three, with --dry-run): what a Shannon
    /// dry run otherwise asks the full node for; `None` when none is given.
    pub(super) fn offline(&self) -> Result<Option<Offline>> {
        let given =
            [("--account-number", self.account_number), ("--sequence", self.sequence), ("--gas", self.gas)];
        let missing: Vec<&str> = given.iter().filter(|(_, v)| v.is_none()).map(|(f, _)| *f).collect();
        match (self.account_number, self.sequence, self.gas) {
            (None, None, None) => Ok(None),
            (Some(account_number), Some(sequence), Some(gas)) => {
                if !self.dry_run {
                    return Err(Error::usage(
                        "--account-number, --sequence and --gas sign offline for --dry-run only: add --dry-run (a transaction to send takes them from the chain)",
                    ));
                }
                if gas == 0 {
                    return Err(Error::usage(
                        "--gas 0: give the gas limit the transaction may use (e.g. 200000)",
                    ));
                }
                Ok(Some(Offline { account_number, sequence, gas }))
            }
            _ => Err(Error::usage(format!(
                "--account-number, --sequence and --gas go together (they replace the full node's account and simulation): add {}",
                missing.join(" and ")
            ))),
        }
    }

    /// Refuses the Shannon-only offline flags on Morse.
    fn refuse_offline_on_morse(&self) -> Result<()> {
        if self.account_number.is_some() || self.sequence.is_some() || self.gas.is_some() {
            return Err(Error::usage(
                "--account-number, --sequence and --gas are for Shannon transactions (Morse's have none): add --protocol shannon, or leave them out",
            ));
        }
        Ok(())
    }

    pub(super) fn wait(&self) -> Option<std::time::Duration> {
        self.wait
    }

    fn is_shannon(&self, ctx: &Ctx) -> Result<bool> {
        let shannon = self.net.settings(ctx)?.protocol.value == crate::network::config::Protocol::Shannon;
        if !shannon {
            self.refuse_offline_on_morse()?;
        }
        Ok(shannon)
    }

    /// --chain-id / PGW_CHAIN_ID, else the profile's `chain_id`, else "mainnet".
    fn chain_id(&self, ctx: &Ctx) -> Result<String> {
        if let Some(id) = &self.chain_id {
            return Ok(id.clone());
        }
        let settings = self.net.settings(ctx)?;
        Ok(settings.chain_id.value.unwrap_or_else(|| "mainnet".to_string()))
    }

    fn tx(&self, ctx: &Ctx, msg: Msg) -> Result<Tx> {
        self.refuse_offline_on_morse()?;
        if self.memo.len() > tx::MAX_MEMO_BYTES {
            return Err(Error::usage(format!(
                "--memo is {} bytes; pocket-core takes at most {}",
                self.memo.len(),
                tx::MAX_MEMO_BYTES
            )));
        }
        let chain_id = self.chain_id(ctx)?;
        if chain_id.trim().is_empty() {
            return Err(Error::usage(
                "--chain-id is empty: write the network's chain id (mainnet, testnet, localnet)",
            ));
        }
        Ok(Tx {
            chain_id,
            msg,
            fee: self.morse_fee(),
            memo: self.memo.clone(),
            entropy: self.entropy.unwrap_or_else(tx::random_entropy),
        })
    }

    /// Confirms (unless --yes), unlocks, signs, and (unless --dry-run) sends.
    async fn sign_and_send(
        &self,
        ctx: &Ctx,
        signer: &Signer,
        tx: Tx,
        rows: Vec<(&'static str, String)>,
        chain: Option<&Chain>,
    ) -> Result<u8> {
        let p = &ctx.printer;
        if !confirm(ctx, self, &rows)? {
            return Ok(EXIT_CHECK_FAILED);
        }
        let tx_chain_id = tx.chain_id.clone();
        let key = keysource::unlock_named(ctx, &signer.name)?;
        let signed: SignedTx = tx.sign(&key);
        if self.dry_run {
            let out = json!({
                "summary": summary_json(&rows),
                "sign_doc": signed.sign_doc,
                "raw_tx": signed.raw_hex(),
                "txhash": signed.hash(),
                "rawtx_body": signed.rawtx_body(),
            });
            return p
                .result(&out, || {
                    format!(
                        "sign doc:    {}\nraw tx:      {}\ntx hash:     {}\nrawtx body:  {}\n",
                        signed.sign_doc,
                        signed.raw_hex(),
                        signed.hash(),
                        signed.rawtx_body()
                    )
                })
                .map(|_| EXIT_OK)
                .map_err(Error::from);
        }
        let Some(chain) = chain else { return Err(Error::usage("no network to send to")) };
        let body = signed.rawtx_body();
        let b = chain
            .ask(|rpc, d| {
                let body = body.clone();
                async move { rpc.raw_tx(&d, body).await }
            })
            .await?;
        if b.code != 0 {
            return Err(check_tx_error(&b, &tx_chain_id));
        }
        let Some(limit) = self.wait else {
            p.status(&format!(
                "sent: tx {} (check it with `pgw query tx {}` after the next block)",
                b.txhash, b.txhash
            ));
            let out = json!({ "txhash": b.txhash, "result": "accepted", "summary": summary_json(&rows) });
            p.result(&out, || format!("{}\n", b.txhash))?;
            return Ok(EXIT_OK);
        };
        p.status(&format!(
            "sent: tx {}; waiting up to {} for its block",
            b.txhash,
            humantime::format_duration(limit)
        ));
        match wait_for(chain, &b.txhash, limit).await? {
            None => {
                p.warn(&format!(
                    "tx {} is not in a block after {}: check it later with `pgw query tx {}`",
                    b.txhash,
                    humantime::format_duration(limit),
                    b.txhash
                ));
                let out = json!({ "txhash": b.txhash, "result": "pending", "summary": summary_json(&rows) });
                p.result(&out, || format!("{}\n", b.txhash))?;
                Ok(EXIT_OK)
            }
            Some(delivered) => {
                let r = &delivered["tx_result"];
                let code = r["code"].as_u64().unwrap_or(0);
                let height = delivered["height"].clone();
                if code != 0 {
                    let codespace = r["codespace"].as_str().unwrap_or_default().to_string();
                    let message = r["log"]
                        .as_str()
                        .and_then(|log| serde_json::from_str::<Value>(log).ok())
                        .and_then(|l| l["message"].as_str().map(tx::inner_message))
                        .unwrap_or_default();
                    return Err(Error::Network {
                        kind: "refused",
                        exit: EXIT_REFUSED,
                        message: format!(
                            "the transaction failed in block {height} ({codespace} code {code}): {}",
                            if message.is_empty() {
                                "(the node logs no message)".to_string()
                            } else {
                                message.replace('\n', " ")
                            }
                        ),
                        details: Some(
                            json!({ "txhash": b.txhash, "height": height, "codespace": codespace, "code": code, "message": message }),
                        ),
                    });
                }
                let out = json!({
                    "txhash": b.txhash, "result": "delivered", "height": height, "summary": summary_json(&rows),
                });
                p.result(&out, || format!("{} (in block {height})\n", b.txhash))?;
                Ok(EXIT_OK)
            }
        }
    }
}

/// Polls `/v1/query/tx` about once a second until the tx is in a block (its answer) or
/// `limit` passes (`None`).
async fn wait_for(chain: &Chain, hash: &str, limit: std::time::Duration) -> Result<Option<Value>> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let h = hash.to_string();
        match chain
            .ask(|rpc, d| {
                let h = h.clone();
                async move { rpc.tx(&d, &h).await }
            })
            .await
        {
            Ok(v) => return Ok(Some(v)),
            Err(Error::Network { kind: "refused", message, .. }) if message.contains("not found") => {}
            Err(e) => return Err(e),
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        tokio::time::sleep((deadline - now).min(std::time::Duration::from_millis(500))).await;
    }
}

/// The balance a transaction needs, checked before signing (the node itself only checks the
/// fee at once; the rest fails after the block).
async fn require_balance(chain: &Chain, address: &str, needed: Amount, what: &str) -> Result<()> {
    let a = address.to_string();
    let have = chain
        .ask(|rpc, d| {
            let a = a.clone();
            async move { rpc.balance(&d, &a).await }
        })
        .await?;
    if have < needed.get() {
        return Err(refused(format!(
            "insufficient balance: {address} holds {}, and {what} needs {} (fund the account first)",
            Amount::upokt(have),
            needed
        )));
    }
    Ok(())
}

async fn current_app(chain: &Chain, address: &str) -> Result<Option<Value>> {
    let a = address.to_string();
    match chain
        .ask(|rpc, d| {
            let a = a.clone();
            async move { rpc.app(&d, &a).await }
        })
        .await
    {
        Ok(v) => Ok(Some(v)),
        Err(Error::Network { kind: "refused", message, .. }) if message.contains("does not exist") => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

impl AppCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        let rt = runtime(Threads::One)?;
        rt.block_on(async {
            match self {
                AppCommand::Stake(a) => a.run(ctx).await,
                AppCommand::Unstake(a) => a.run(ctx).await,
                AppCommand::Throughput(a) => a.run(ctx).await,
                AppCommand::Delegate(a) => {
                    let app = super::stake_shannon::signer_address(ctx, a.tx.from())?;
                    let gateway = super::query_shannon::address_of(ctx, &a.gateway)?;
                    a.tx.require_shannon(ctx, "delegate")?;
                    super::stake_shannon::run(ctx, &a.tx, ShannonMsg::Delegate { app, gateway }).await
                }
                AppCommand::Undelegate(a) => {
                    let app = super::stake_shannon::signer_address(ctx, a.tx.from())?;
                    let gateway = super::query_shannon::address_of(ctx, &a.gateway)?;
                    a.tx.require_shannon(ctx, "undelegate")?;
                    super::stake_shannon::run(ctx, &a.tx, ShannonMsg::Undelegate { app, gateway }).await
                }
            }
        })
    }
}

impl GatewayCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        let rt = runtime(Threads::One)?;
        rt.block_on(async {
            match self {
                GatewayCommand::Stake(a) => {
                    if a.amount.get() == 0 {
                        return Err(Error::usage(
                            "the stake must be more than 0 (AMOUNT is the total stake wanted)",
                        ));
                    }
                    a.tx.require_shannon(ctx, "gateway stake")?;
                    let address = super::stake_shannon::signer_address(ctx, a.tx.from())?;
                    let msg = ShannonMsg::StakeGateway { address, stake: a.amount.get() };
                    super::stake_shannon::run(ctx, &a.tx, msg).await
                }
            }
        })
    }
}

impl TxFlags {
    fn require_shannon(&self, ctx: &Ctx, what: &str) -> Result<()> {
        if self.is_shannon(ctx)? {
            return Ok(());
        }
        Err(Error::usage(format!(
            "`{what}` is a Shannon transaction: add --protocol shannon (or use a Shannon profile)"
        )))
    }
}

impl StakeArgs {
    async fn run(self, ctx: &Ctx) -> Result<u8> {
        if self.tx.is_shannon(ctx)? {
            if self.amount.get() == 0 {
                return Err(Error::usage("the stake must be more than 0 (AMOUNT is the total stake wanted)"));
            }
            let services = self
                .chains
                .split(',')
                .map(|c| crate::protocol::chains::resolve_service(c.trim()).map(|s| s.id))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| Error::usage(e.to_string()))?;
            let address = super::stake_shannon::signer_address(ctx, self.tx.from())?;
            let msg = ShannonMsg::StakeApplication { address, stake: self.amount.get(), services };
            return super::stake_shannon::run(ctx, &self.tx, msg).await;
        }
        let chains =
            self.chains.split(',').map(|c| values::chain(c).map(|c| c.id)).collect::<Result<Vec<_>>>()?;
        if self.amount.get() == 0 {
            return Err(Error::usage("the stake must be more than 0 (AMOUNT is the total stake wanted)"));
        }
        let signer = signer(ctx, &self.tx.from)?;
        let address = signer.public_key.address().to_string();
        let msg = Msg::AppStake { public_key: signer.public_key, chains: chains.clone(), value: self.amount };
        let tx = self.tx.tx(ctx, msg)?;
        let rows = summary(&tx, &address, None, Some(self.amount), Some(chains.join(",")));
        if self.tx.dry_run {
            return self.tx.sign_and_send(ctx, &signer, tx, rows, None).await;
        }
        let chain = Chain::connect(ctx, &self.tx.net)?;
        let supported = chain.ask(|rpc, d| async move { rpc.supported_chains(&d).await }).await?;
        if let Some(bad) = chains.iter().find(|c| !supported.iter().any(|s| s.eq_ignore_ascii_case(c))) {
            return Err(refused(format!(
                "the network does not support chain {bad} (`pgw query chains` lists those it does)"
            )));
        }
        let staked = match current_app(&chain, &address).await? {
            Some(app) => app.get("staked_tokens").and_then(int_of).unwrap_or(0),
            None => 0,
        };
        if self.amount.get() < staked {
            return Err(Error::usage(format!(
                "the app already stakes {}; AMOUNT is the total stake and may not be lower",
                Amount::upokt(staked)
            )));
        }
        let needed = Amount::upokt(self.amount.get() - staked)
            .checked_add(self.tx.morse_fee())
            .ok_or_else(|| Error::usage("the amount and fee overflow"))?;
        require_balance(&chain, &address, needed, "the stake plus the fee").await?;
        self.tx.sign_and_send(ctx, &signer, tx, rows, Some(&chain)).await
    }
}

impl UnstakeArgs {
    async fn run(self, ctx: &Ctx) -> Result<u8> {
        let signer = signer(ctx, &self.tx.from)?;
        let address = signer.public_key.address();
        let tx = self.tx.tx(ctx, Msg::AppBeginUnstake { address })?;
        let rows = summary(&tx, &address.to_string(), None, None, None);
        if self.tx.dry_run {
            return self.tx.sign_and_send(ctx, &signer, tx, rows, None).await;
        }
        let chain = Chain::connect(ctx, &self.tx.net)?;
        match current_app(&chain, &address.to_string()).await? {
            None => {
                return Err(refused(format!("{address} is not a staked app: there is nothing to unstake")));
            }
            Some(app) if app.get("status").and_then(Value::as_u64) == Some(1) => {
                return Err(refused(format!("{address} is already unstaking (`pgw query app {address}`)")));
            }
            Some(_) => {}
        }
        require_balance(&chain, &address.to_string(), self.tx.morse_fee(), "the fee").await?;
        self.tx.sign_and_send(ctx, &signer, tx, rows, Some(&chain)).await
    }
}

impl SendArgs {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        let rt = runtime(Threads::One)?;
        rt.block_on(self.run_async(ctx))
    }

    async fn run_async(self, ctx: &Ctx) -> Result<u8> {
        if self.amount.get() == 0 {
            return Err(Error::usage("the amount to send must be more than 0"));
        }
        if self.tx.is_shannon(ctx)? {
            let to = super::query_shannon::address_of(ctx, &self.to)?;
            let from = super::stake_shannon::signer_address(ctx, self.tx.from())?;
            let msg = ShannonMsg::Send { from, to, amount: self.amount.get() };
            return super::stake_shannon::run(ctx, &self.tx, msg).await;
        }
        let to = tx::parse_address(&query::address_of(ctx, &self.to)?).map_err(Error::usage)?;
        let signer = signer(ctx, &self.tx.from)?;
        let from = signer.public_key.address();
        let tx = self.tx.tx(ctx, Msg::Send { from, to, amount: self.amount })?;
        let rows = summary(&tx, &from.to_string(), Some(to.to_string()), Some(self.amount), None);
        if self.tx.dry_run {
            return self.tx.sign_and_send(ctx, &signer, tx, rows, None).await;
        }
        let chain = Chain::connect(ctx, &self.tx.net)?;
        let needed = self
            .amount
            .checked_add(self.tx.morse_fee())
            .ok_or_else(|| Error::usage("the amount and fee overflow"))?;
        require_balance(&chain, &from.to_string(), needed, "the amount plus the fee").await?;
        self.tx.sign_and_send(ctx, &signer, tx, rows, Some(&chain)).await
    }
}

impl ThroughputArgs {
    async fn run(self, ctx: &Ctx) -> Result<u8> {
        let settings = self.net.settings(ctx)?;
        if settings.protocol.value == crate::network::config::Protocol::Shannon {
            return super::stake_shannon::throughput(ctx, &settings, &self.app, self.chain.as_deref()).await;
        }
        let address = query::address_of(ctx, &self.app)?;
        let only = self.chain.as_deref().map(|c| values::chain(c).map(|c| c.id)).transpose()?;
        let chain = Chain::connect(ctx, &self.net)?;
        let a = address.clone();
        let t = chain
            .ask(|rpc, d| {
                let a = a.clone();
                async move { rpc.throughput(&d, &a).await }
            })
            .await?;
        let (staked, stored, computed, chains, session_nodes, params) =
            (t.staked_upokt, t.max_relays, t.computed_max_relays, &t.chains, t.session_node_count, &t.params);
        let participation_on = params.participation.is_some();
        if let Some(c) = &only
            && !chains.iter().any(|x| x.eq_ignore_ascii_case(c))
        {
            return Err(refused(format!(
                "the app {address} is not staked for chain {c} (it is for {})",
                chains.join(",")
            )));
        }
        let (per_session, per_node) = (t.per_session(), t.per_session_node());
        let shown: Vec<&String> =
            chains.iter().filter(|c| only.as_ref().is_none_or(|o| o.eq_ignore_ascii_case(c))).collect();
        let out = json!({
            "address": address,
            "staked_upokt": staked,
            "chains": chains,
            "max_relays": stored,
            "computed_max_relays": computed,
            "session_node_count": session_nodes,
            "per_chain": shown.iter().map(|c| json!({
                "chain": c, "per_session": per_session, "per_node_per_session": per_node,
            })).collect::<Vec<_>>(),
            "params": {
                "base_relays_per_pokt": params.base_relays_per_pokt,
                "stability_adjustment": params.stability_adjustment,
                "participation_rate_on": participation_on,
            },
        });
        ctx.printer.result(&out, || {
            let mut text = table::render(&table::key_values([
                ("app", address.clone()),
                ("staked", Amount::upokt(staked).to_string()),
                ("max relays (stored)", stored.to_string()),
                ("max relays (for this stake today)", computed.to_string()),
                ("BaseRelaysPerPOKT", params.base_relays_per_pokt.to_string()),
                ("StabilityAdjustment", params.stability_adjustment.to_string()),
                ("session nodes", session_nodes.to_string()),
            ]));
            let mut t = table::new(&["chain", "relays per session", "per node per session"]);
            let show = |n: Option<u64>| n.map_or("-".to_string(), |n| n.to_string());
            for c in &shown {
                t.add_row(vec![(*c).clone(), show(per_session), show(per_node)]);
            }
            text.push_str(&table::render(&t));
            text
        })?;
        Ok(EXIT_OK)
    }
}

//! `pgw query …`: pocket-core's chain queries (`/v1/query/*`), as tables or the node's JSON.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::net::{NetworkArgs, Threads, runtime};
use super::values;
use crate::error::{EXIT_DISPATCH, EXIT_OK, EXIT_REFUSED, Error, Result};
use crate::network::config::{Protocol, Settings};
use crate::network::query::{self, QueryError};
use crate::network::rpc::Rpc;
use crate::output::table;
use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::tx;

/// Query the chain: a dispatcher's /v1/query routes (Morse) or a full node's REST routes
/// (Shannon, --protocol shannon)
#[derive(Debug, Subcommand)]
pub enum QueryCommand {
    /// The latest block height
    Height(Plain),
    /// An account: balance and public key (Morse: null in JSON for an address never seen;
    /// Shannon: account number, sequence and public key)
    Account(ByAddress),
    /// An account's balance (upokt)
    Balance(ByAddress),
    /// A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)
    App(ByAddress),
    /// A staked gateway (Shannon)
    Gateway(ByAddress),
    /// A staked supplier by operator address (Shannon; `node` on Morse)
    Supplier(ByAddress),
    /// The services and their compute units per relay (Shannon; `chains` on Morse)
    Services(Plain),
    /// Staked apps, every page (filter by chain and status)
    Apps(ListArgs),
    /// A staked node
    Node(ByAddress),
    /// Staked nodes, every page (filter by chain, status and jailing)
    Nodes(NodesArgs),
    /// Every module's params (or one with --key); Shannon: the shared and session params
    Params(ParamsArgs),
    /// The relay chains the network supports
    Chains(Plain),
    /// A transaction by hash: its height and result code
    Tx(TxArgs),
}

#[derive(Debug, Args)]
pub struct Plain {
    #[command(flatten)]
    net: NetworkArgs,
}

#[derive(Debug, Args)]
pub struct ByAddress {
    /// An address (Morse: 40 hex characters; Shannon: pokt1…) or a keystore key name
    #[arg(value_name = "ADDRESS|NAME")]
    address: String,
    #[command(flatten)]
    net: NetworkArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only those staked for this chain (ID or alias)
    #[arg(long, value_name = "CHAIN")]
    chain: Option<String>,
    /// Staking status: staked, unstaking or any
    #[arg(long, value_name = "STATUS", default_value = "staked", value_parser = ["staked", "unstaking", "any"])]
    status: String,
    /// Entries asked for per page
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=10000))]
    per_page: u64,
    #[command(flatten)]
    net: NetworkArgs,
}

#[derive(Debug, Args)]
pub struct NodesArgs {
    #[command(flatten)]
    list: ListArgs,
    /// Jailing: any, jailed or unjailed
    #[arg(long, value_name = "JAILED", default_value = "any", value_parser = ["any", "jailed", "unjailed"])]
    jailed: String,
}

#[derive(Debug, Args)]
pub struct ParamsArgs {
    /// Only this param, e.g. application/BaseRelaysPerPOKT (Shannon: shared/num_blocks_per_session)
    #[arg(long, value_name = "KEY")]
    key: Option<String>,
    #[command(flatten)]
    net: NetworkArgs,
}

#[derive(Debug, Args)]
pub struct TxArgs {
    /// The transaction hash (64 hex characters)
    #[arg(value_name = "HASH")]
    hash: String,
    #[command(flatten)]
    net: NetworkArgs,
}

/// A query failure as an error: the node refused (exit 9) or no dispatcher answered (exit 5).
pub fn query_error(e: QueryError) -> Error {
    match &e {
        QueryError::Refused { route, message } => Error::Network {
            kind: "refused",
            exit: EXIT_REFUSED,
            message: format!("the node refused {route}: {message}"),
            details: None,
        },
        QueryError::Failed { .. } => Error::Network {
            kind: "unreachable",
            exit: EXIT_DISPATCH,
            message: format!("no dispatcher answered: {e}"),
            details: Some(json!({ "failure": e.kind() })),
        },
    }
}

/// Where queries go: the resolved dispatchers, tried in order while they fail (a refusal is
/// an answer and is not retried elsewhere).
pub struct Chain {
    pub rpc: Rpc,
    pub dispatchers: Vec<String>,
}

impl Chain {
    pub fn connect(ctx: &Ctx, net: &NetworkArgs) -> Result<Chain> {
        let settings = net.settings(ctx)?;
        let rpc = Rpc::new(settings.connect_timeout.value, settings.timeout.value).map_err(Error::usage)?;
        let dispatchers = settings.require_dispatchers()?.to_vec();
        Ok(Chain { rpc, dispatchers })
    }

    /// Runs `f` against each dispatcher until one answers.
    pub async fn ask<T, F, Fut>(&self, f: F) -> Result<T>
    where
        F: Fn(Rpc, String) -> Fut,
        Fut: std::future::Future<Output = std::result::Result<T, QueryError>>,
    {
        let mut last = None;
        for d in &self.dispatchers {
            match f(self.rpc.clone(), d.clone()).await {
                Ok(v) => return Ok(v),
                Err(e @ QueryError::Refused { .. }) => return Err(query_error(e)),
                Err(e) => last = Some(e),
            }
        }
        Err(match last {
            Some(e) => query_error(e),
            None => Error::usage("no dispatcher is configured: pass --dispatcher URL or set a profile"),
        })
    }
}

/// An address from 40 hex characters or a keystore key's name (no passphrase needed).
pub fn address_of(ctx: &Ctx, text: &str) -> Result<String> {
    if let Ok(address) = tx::parse_address(text) {
        return Ok(address.to_string());
    }
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    match store.find(text) {
        Ok(info) => {
            info.expect_protocol(crate::keystore::KeyProtocol::Morse)?;
            Ok(info.address)
        }
        Err(
            crate::keystore::KeystoreError::NotFound { .. }
            | crate::keystore::KeystoreError::InvalidName { .. },
        ) => Err(Error::usage(format!(
            "{text:?} is neither an address (40 hex characters) nor a keystore key name (see `pgw keys list`)"
        ))),
        Err(e) => Err(e.into()),
    }
}

fn node_error_text(message: String) -> Error {
    Error::Network { kind: "unreachable", exit: EXIT_DISPATCH, message, details: None }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

fn status_name(v: &Value) -> String {
    match v.as_u64() {
        Some(0) => "unstaked".into(),
        Some(1) => "unstaking".into(),
        Some(2) => "staked".into(),
        _ => text(v),
    }
}

fn upokt_text(v: &Value) -> String {
    match query::int_of(v) {
        Some(n) => Amount::upokt(n).to_string(),
        None => text(v),
    }
}

fn chains_text(v: &Value) -> String {
    match v.as_array() {
        Some(list) => list.iter().map(text).collect::<Vec<_>>().join(","),
        None => "-".into(),
    }
}

/// The key-value table of an app.
pub fn app_table(app: &Value) -> String {
    table::render(&table::key_values([
        ("address", text(&app["address"])),
        ("public key", text(&app["public_key"])),
        ("chains", chains_text(&app["chains"])),
        ("staked", upokt_text(&app["staked_tokens"])),
        ("max relays", text(&app["max_relays"])),
        ("status", status_name(&app["status"])),
        ("jailed", text(&app["jailed"])),
        ("unstaking time", text(&app["unstaking_time"])),
    ]))
}

fn node_table(node: &Value) -> String {
    table::render(&table::key_values([
        ("address", text(&node["address"])),
        ("public key", text(&node["public_key"])),
        ("service URL", text(&node["service_url"])),
        ("chains", chains_text(&node["chains"])),
        ("staked", upokt_text(&node["tokens"])),
        ("status", status_name(&node["status"])),
        ("jailed", text(&node["jailed"])),
        ("unstaking time", text(&node["unstaking_time"])),
    ]))
}

fn list_table(items: &[Value], nodes: bool) -> String {
    let mut t = if nodes {
        table::new(&["address", "service URL", "chains", "staked", "status", "jailed"])
    } else {
        table::new(&["address", "chains", "staked", "max relays", "status", "jailed"])
    };
    for v in items {
        if nodes {
            t.add_row(vec![
                text(&v["address"]),
                text(&v["service_url"]),
                chains_text(&v["chains"]),
                upokt_text(&v["tokens"]),
                status_name(&v["status"]),
                text(&v["jailed"]),
            ]);
        } else {
            t.add_row(vec![
                text(&v["address"]),
                chains_text(&v["chains"]),
                upokt_text(&v["staked_tokens"]),
                text(&v["max_relays"]),
                status_name(&v["status"]),
                text(&v["jailed"]),
            ]);
        }
    }
    let mut out = table::render(&t);
    out.push_str(&format!("{} {}\n", items.len(), if nodes { "nodes" } else { "apps" }));
    out
}

fn params_table(all: &Value) -> String {
    let mut t = table::new(&["param", "value"]);
    let mut rows: Vec<(String, String)> = Vec::new();
    for group in ["app_params", "auth_params", "gov_params", "node_params", "pocket_params"] {
        for p in all.get(group).and_then(Value::as_array).into_iter().flatten() {
            rows.push((text(&p["param_key"]), text(&p["param_value"])));
        }
    }
    // pocket-core returns them in random order (a Go map): sort for people.
    rows.sort();
    for (k, v) in rows {
        t.add_row(vec![k, v]);
    }
    table::render(&t)
}

/// The all-params object sorted the same way (keys within each group), for stable JSON.
fn sorted_params(mut all: Value) -> Value {
    if let Some(groups) = all.as_object_mut() {
        for (_, list) in groups.iter_mut() {
            if let Some(items) = list.as_array_mut() {
                items.sort_by_key(|p| text(&p["param_key"]));
            }
        }
    }
    all
}

fn tx_table(v: &Value) -> String {
    let r = &v["tx_result"];
    let code = r["code"].as_u64().unwrap_or(0);
    let result = if code == 0 {
        "success (code 0)".to_string()
    } else {
        let message = r["log"]
            .as_str()
            .and_then(|log| serde_json::from_str::<Value>(log).ok())
            .and_then(|l| l["message"].as_str().map(tx::inner_message))
            .unwrap_or_default();
        format!("failed: {} {code} {message}", text(&r["codespace"])).trim_end().to_string()
    };
    table::render(&table::key_values([
        ("hash", text(&v["hash"])),
        ("height", text(&v["height"])),
        ("type", text(&r["message_type"])),
        ("signer", text(&r["signer"]).to_lowercase()),
        ("recipient", text(&r["recipient"]).to_lowercase()),
        ("result", result),
    ]))
}

fn pages_bar(ctx: &Ctx, what: &'static str) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if ctx.printer.quiet || ctx.printer.is_json() || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message(format!("reading {what}"));
    Some(bar)
}

fn chain_id_of(text: &str) -> Result<String> {
    values::chain(text).map(|c| c.id)
}

impl QueryCommand {
    fn net(&self) -> &NetworkArgs {
        match self {
            QueryCommand::Height(a) | QueryCommand::Chains(a) | QueryCommand::Services(a) => &a.net,
            QueryCommand::Account(a)
            | QueryCommand::Balance(a)
            | QueryCommand::App(a)
            | QueryCommand::Gateway(a)
            | QueryCommand::Supplier(a)
            | QueryCommand::Node(a) => &a.net,
            QueryCommand::Apps(l) => &l.net,
            QueryCommand::Nodes(n) => &n.list.net,
            QueryCommand::Params(a) => &a.net,
            QueryCommand::Tx(a) => &a.net,
        }
    }

    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        let settings = self.net().settings(ctx)?;
        let rt = runtime(Threads::One)?;
        if settings.protocol.value == Protocol::Shannon {
            return rt.block_on(self.run_shannon(ctx, &settings));
        }
        rt.block_on(self.run_async(ctx))
    }

    async fn run_shannon(self, ctx: &Ctx, settings: &Settings) -> Result<u8> {
        use super::query_shannon::{self as sq, Nodes};
        use crate::network::fullnode::{self, routes};
        let p = &ctx.printer;
        let nodes = Nodes::connect(settings)?;
        match self {
            QueryCommand::Height(_) => {
                let h = nodes
                    .ask("the height", |rpc, node| async move { fullnode::latest_height(&rpc, &node).await })
                    .await?;
                p.result(&json!({ "height": h }), || format!("{h}\n"))?;
            }
            QueryCommand::Account(a) => {
                let address = sq::address_of(ctx, &a.address)?;
                let v = nodes.get(&routes::account(&address), "the account").await?;
                p.result(&v, || sq::account_table(&v))?;
            }
            QueryCommand::Balance(a) => {
                let address = sq::address_of(ctx, &a.address)?;
                let v = nodes.get(&routes::balance(&address), "the balance").await?;
                let n: u64 = v["balance"]["amount"]
                    .as_str()
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| node_error_text(format!("the balance answer has no upokt amount: {v}")))?;
                let amount = Amount::upokt(n);
                p.result(&json!({ "address": address, "balance": n, "pokt": amount.pokt() }), || {
                    format!("{amount}\n")
                })?;
            }
            QueryCommand::App(a) => {
                let address = sq::address_of(ctx, &a.address)?;
                let v = nodes.get(&routes::application(&address), "the application").await?;
                p.result(&v, || sq::application_table(&v))?;
            }
            QueryCommand::Gateway(a) => {
                let address = sq::address_of(ctx, &a.address)?;
                let v = nodes.get(&routes::gateway(&address), "the gateway").await?;
                p.result(&v, || sq::gateway_table(&v))?;
            }
            QueryCommand::Supplier(a) | QueryCommand::Node(a) => {
                let address = sq::address_of(ctx, &a.address)?;
                let v = nodes.get(&routes::supplier(&address), "the supplier").await?;
                p.result(&v, || sq::supplier_table(&v))?;
            }
            QueryCommand::Services(_) | QueryCommand::Chains(_) => {
                let v = nodes.get(routes::SERVICES, "the services").await?;
                p.result(&v, || sq::services_table(&v))?;
            }
            QueryCommand::Params(a) => {
                let all = sq::all_params(&nodes).await?;
                match a.key {
                    Some(key) => {
                        let value = key
                            .split_once('/')
                            .and_then(|(m, k)| all.get(m).and_then(|m| m.get(k)))
                            .filter(|v| !v.is_null())
                            .cloned()
                            .ok_or_else(|| {
                                Error::usage(format!(
                                    "the network has no param {key:?} (write module/name, e.g. shared/num_blocks_per_session); `pgw query params --protocol shannon` lists them"
                                ))
                            })?;
                        p.result(&json!({ "param_key": key, "param_value": value }), || {
                            format!("{}\n", value.as_str().map_or_else(|| value.to_string(), str::to_string))
                        })?;
                    }
                    None => p.result(&all, || sq::params_table(&all))?,
                }
            }
            QueryCommand::Tx(a) => {
                let hash = sq::tx_hash(&a.hash)?;
                let v = nodes.get(&routes::tx(&hash), "the transaction").await?;
                p.result(&v, || sq::tx_table(&v))?;
            }
            QueryCommand::Apps(_) | QueryCommand::Nodes(_) => {
                return Err(Error::usage(
                    "`pgw query apps` and `nodes` list Morse's staked actors; on Shannon query one with `pgw query app ADDRESS`, `gateway` or `supplier`",
                ));
            }
        }
        Ok(EXIT_OK)
    }

    async fn run_async(self, ctx: &Ctx) -> Result<u8> {
        let p = &ctx.printer;
        match self {
            QueryCommand::Height(a) => {
                let chain = Chain::connect(ctx, &a.net)?;
                let h = chain.ask(|rpc, d| async move { rpc.height(&d).await }).await?;
                p.result(&json!({ "height": h }), || format!("{h}\n"))?;
            }
            QueryCommand::Account(a) => {
                let address = address_of(ctx, &a.address)?;
                let chain = Chain::connect(ctx, &a.net)?;
                let addr = address.clone();
                let v = chain
                    .ask(|rpc, d| {
                        let a = addr.clone();
                        async move { rpc.account(&d, &a).await }
                    })
                    .await?;
                let v = v.unwrap_or(Value::Null);
                p.result(&v, || {
                    if v.is_null() {
                        return format!("{address}: no such account on chain (never funded)\n");
                    }
                    let balance = v["coins"]
                        .as_array()
                        .and_then(|c| c.iter().find(|c| c["denom"] == "upokt"))
                        .map_or_else(|| Amount::upokt(0).to_string(), |c| upokt_text(&c["amount"]));
                    table::render(&table::key_values([
                        ("address", text(&v["address"])),
                        ("balance", balance),
                        ("public key", text(&v["public_key"])),
                    ]))
                })?;
            }
            QueryCommand::Balance(a) => {
                let address = address_of(ctx, &a.address)?;
                let chain = Chain::connect(ctx, &a.net)?;
                let addr = address.clone();
                let n = chain
                    .ask(|rpc, d| {
                        let a = addr.clone();
                        async move { rpc.balance(&d, &a).await }
                    })
                    .await?;
                let amount = Amount::upokt(n);
                p.result(&json!({ "address": address, "balance": n, "pokt": amount.pokt() }), || {
                    format!("{amount}\n")
                })?;
            }
            QueryCommand::App(a) => {
                let address = address_of(ctx, &a.address)?;
                let chain = Chain::connect(ctx, &a.net)?;
                let v = chain
                    .ask(|rpc, d| {
                        let a = address.clone();
                        async move { rpc.app(&d, &a).await }
                    })
                    .await?;
                p.result(&v, || app_table(&v))?;
            }
            QueryCommand::Node(a) => {
                let address = address_of(ctx, &a.address)?;
                let chain = Chain::connect(ctx, &a.net)?;
                let v = chain
                    .ask(|rpc, d| {
                        let a = address.clone();
                        async move { rpc.node(&d, &a).await }
                    })
                    .await?;
                p.result(&v, || node_table(&v))?;
            }
            QueryCommand::Gateway(_) | QueryCommand::Supplier(_) | QueryCommand::Services(_) => {
                return Err(Error::usage(
                    "gateways, suppliers and services are Shannon's: add --protocol shannon (or use a Shannon profile); on Morse use `pgw query node` and `pgw query chains`",
                ));
            }
            QueryCommand::Apps(l) => {
                let items = list(ctx, &l, "/v1/query/apps", None).await?;
                p.result(&items, || list_table(&items, false))?;
            }
            QueryCommand::Nodes(n) => {
                let jailed = match n.jailed.as_str() {
                    "jailed" => 1,
                    "unjailed" => 2,
                    _ => 0,
                };
                let items = list(ctx, &n.list, "/v1/query/nodes", Some(jailed)).await?;
                p.result(&items, || list_table(&items, true))?;
            }
            QueryCommand::Params(a) => {
                let chain = Chain::connect(ctx, &a.net)?;
                let all = sorted_params(chain.ask(|rpc, d| async move { rpc.all_params(&d).await }).await?);
                match a.key {
                    Some(key) => {
                        let value = query::param(&all, &key).ok_or_else(|| {
                            Error::usage(format!(
                                "the network has no param {key:?}; `pgw query params` lists them"
                            ))
                        })?;
                        p.result(&json!({ "param_key": key, "param_value": value }), || {
                            format!("{value}\n")
                        })?;
                    }
                    None => p.result(&all, || params_table(&all))?,
                }
            }
            QueryCommand::Chains(a) => {
                let chain = Chain::connect(ctx, &a.net)?;
                let chains = chain.ask(|rpc, d| async move { rpc.supported_chains(&d).await }).await?;
                p.result(&chains, || {
                    let mut t = table::new(&["chain", "name"]);
                    for c in &chains {
                        let name = crate::protocol::chains::resolve(c)
                            .ok()
                            .and_then(|r| r.known)
                            .map_or("-", |k| k.name);
                        t.add_row(vec![c.clone(), name.to_string()]);
                    }
                    table::render(&t)
                })?;
            }
            QueryCommand::Tx(a) => {
                let hash = a.hash.trim().trim_start_matches("0x");
                if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(Error::usage(format!(
                        "{:?} is not a transaction hash: write its 64 hex characters (no 0x)",
                        a.hash
                    )));
                }
                let hash = hash.to_ascii_uppercase();
                let chain = Chain::connect(ctx, &a.net)?;
                let v = chain
                    .ask(|rpc, d| {
                        let h = hash.clone();
                        async move { rpc.tx(&d, &h).await }
                    })
                    .await?;
                p.result(&v, || tx_table(&v))?;
            }
        }
        Ok(EXIT_OK)
    }
}

async fn list(ctx: &Ctx, l: &ListArgs, route: &'static str, jailed: Option<u64>) -> Result<Vec<Value>> {
    let chain_id = l.chain.as_deref().map(chain_id_of).transpose()?.unwrap_or_default();
    let mut opts = json!({
        "staking_status": query::status_code(&l.status).unwrap_or(2),
        "blockchain": chain_id,
    });
    if let Some(j) = jailed {
        opts["jailed_status"] = json!(j);
    }
    let chain = Chain::connect(ctx, &l.net)?;
    let what = if jailed.is_some() { "nodes" } else { "apps" };
    let bar = pages_bar(ctx, what);
    let per_page = l.per_page;
    let result = chain
        .ask(|rpc, d| {
            let opts = opts.clone();
            let bar = bar.clone();
            async move {
                rpc.all_pages(&d, route, opts, per_page, |page, n, total| {
                    if let Some(b) = &bar {
                        b.set_message(format!("reading {what}: page {page} of ~{total}, {n} so far"));
                        b.tick();
                    }
                })
                .await
            }
        })
        .await;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    result
}

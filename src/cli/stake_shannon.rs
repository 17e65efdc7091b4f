//! Shannon transactions from the command line (`pgw app stake|delegate|undelegate`, `pgw
//! gateway stake`, `pgw send`, with `--protocol shannon`): the chain's id, account number and
//! sequence, gas from a simulation with a margin, a summary and confirmation, a
//! SIGN_MODE_DIRECT signature by a Shannon keystore key, BROADCAST_MODE_SYNC, and the wait for
//! the block. The bytes come from `protocol::shannon::tx`; the I/O from `network::fullnode`.

use std::io::IsTerminal;

use serde_json::{Value, json};

use super::Ctx;
use super::keysource;
use super::query_shannon::{Nodes, node_error};
use super::stake::{Offline, TxFlags, confirm, summary_json};
use crate::error::{EXIT_OK, EXIT_REFUSED, Error, Result};
use crate::network::config::Settings;
use crate::network::fullnode::{self, FullNode, TxAnswer};
use crate::network::rpc::DispatchError;
use crate::protocol::amount::Amount;
use crate::protocol::shannon::keys::PublicKey;
use crate::protocol::shannon::tx::{self, Msg, TxParams};

/// The minimum gas price pgw pays when no --fee is given: 0.000001upokt per gas unit
/// (poktroll's), as micro-upokt.
pub const GAS_PRICE_MICRO: u64 = 1;

fn refused(message: String) -> Error {
    Error::Network { kind: "refused", exit: EXIT_REFUSED, message, details: None }
}

/// `--gas-adjustment` as permille: "1.5" → 1500 (exact, at most 3 decimals, at least 1).
pub fn gas_adjustment(text: &str) -> std::result::Result<u64, String> {
    let bad = || {
        format!(
            "invalid gas adjustment {text:?}: write a number of at least 1 with at most 3 decimals, e.g. 1.5"
        )
    };
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    if whole.is_empty() || frac.len() > 3 || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let frac: u64 = if frac.is_empty() { 0 } else { format!("{frac:0<3}").parse().map_err(|_| bad())? };
    let permille = whole.checked_mul(1000).and_then(|w| w.checked_add(frac)).ok_or_else(bad)?;
    if permille < 1000 {
        return Err(bad());
    }
    Ok(permille)
}

/// The signer: a Shannon keystore key (no passphrase yet).
struct Signer {
    name: String,
    address: String,
    public_key: PublicKey,
}

fn signer(ctx: &Ctx, from: &str) -> Result<Signer> {
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    let info = store.find(from)?;
    info.expect_protocol(crate::keystore::KeyProtocol::Shannon)?;
    let public_key = PublicKey::from_hex("the keystore key's public key", &info.public_key)
        .map_err(|e| Error::key(e.to_string()))?;
    Ok(Signer { name: info.name, address: info.address, public_key })
}

/// The signer's address, for building the message before the rest.
pub fn signer_address(ctx: &Ctx, from: &str) -> Result<String> {
    signer(ctx, from).map(|s| s.address)
}

fn first(nodes: &Nodes) -> &FullNode {
    &nodes.nodes[0]
}

async fn ask<T>(
    nodes: &Nodes,
    what: &str,
    f: impl AsyncFn(&crate::network::rpc::Rpc, &FullNode) -> std::result::Result<T, DispatchError>,
) -> Result<T> {
    let mut last = None;
    for node in &nodes.nodes {
        match f(&nodes.rpc, node).await {
            Ok(v) => return Ok(v),
            Err(e @ DispatchError::Refused { .. }) => return Err(node_error(what, e)),
            Err(e) => last = Some(e),
        }
    }
    Err(node_error(what, last.unwrap_or(DispatchError::Unavailable("no full node is configured".into()))))
}

/// What the chain must hold before the message can run, checked before anything is signed
/// (the node would refuse it too, later and less clearly).
async fn precheck(nodes: &Nodes, msg: &Msg) -> Result<()> {
    match msg {
        Msg::StakeApplication { services, .. } => {
            if services.len() != 1 {
                return Err(Error::usage(format!(
                    "poktroll stakes an application for exactly one service; {} given ({})",
                    services.len(),
                    services.join(",")
                )));
            }
            let route = fullnode::routes::service(&services[0]);
            match fullnode::query(&nodes.rpc, first(nodes), &route, "the service").await {
                Ok(_) => {}
                Err(DispatchError::Refused { code: Some(5), .. }) => {
                    return Err(refused(format!(
                        "the network has no service {:?} (`pgw query services --protocol shannon` lists them)",
                        services[0]
                    )));
                }
                Err(e) => return Err(node_error("the service", e)),
            }
        }
        Msg::Delegate { gateway, .. } => {
            let route = fullnode::routes::gateway(gateway);
            match fullnode::query(&nodes.rpc, first(nodes), &route, "the gateway").await {
                Ok(_) => {}
                Err(DispatchError::Refused { code: Some(5), .. }) => {
                    return Err(refused(format!(
                        "{gateway} is not a staked gateway: stake it first (`pgw gateway stake AMOUNT --protocol shannon --from …`)"
                    )));
                }
                Err(e) => return Err(node_error("the gateway", e)),
            }
        }
        _ => {}
    }
    Ok(())
}

/// The chain id to sign for: --chain-id / PGW_CHAIN_ID or the profile's, which must be the
/// full node's; else the full node's.
async fn chain_id(flags: &TxFlags, settings: &Settings, nodes: &Nodes) -> Result<String> {
    let network = ask(nodes, "the chain id", async |rpc, node| fullnode::chain_id(rpc, node).await).await?;
    let wanted = flags.chain_id_flag().map(str::to_string).or_else(|| settings.chain_id.value.clone());
    match wanted {
        Some(id) if id != network => Err(Error::usage(format!(
            "--chain-id {id:?} is not the network's: the full node serves chain {network:?} (pass --chain-id {network}, or leave it out)"
        ))),
        _ => Ok(network),
    }
}

fn type_name(msg: &Msg) -> &'static str {
    match msg {
        Msg::Send { .. } => "send",
        Msg::StakeApplication { .. } => "stake application",
        Msg::StakeGateway { .. } => "stake gateway",
        Msg::Delegate { .. } => "delegate to gateway",
        Msg::Undelegate { .. } => "undelegate from gateway",
    }
}

fn rows(msg: &Msg, fee: u64, gas: u64, chain_id: &str, memo: &str) -> Vec<(&'static str, String)> {
    let mut rows: Vec<(&'static str, String)> =
        vec![("transaction", type_name(msg).to_string()), ("from", msg.signer().to_string())];
    match msg {
        Msg::Send { to, amount, .. } => {
            rows.push(("to", to.clone()));
            rows.push(("amount", Amount::upokt(*amount).to_string()));
        }
        Msg::StakeApplication { stake, services, .. } => {
            rows.push(("services", services.join(",")));
            rows.push(("amount", Amount::upokt(*stake).to_string()));
        }
        Msg::StakeGateway { stake, .. } => rows.push(("amount", Amount::upokt(*stake).to_string())),
        Msg::Delegate { gateway, .. } | Msg::Undelegate { gateway, .. } => rows.push(("to", gateway.clone())),
    }
    rows.push(("fee", Amount::upokt(fee).to_string()));
    rows.push(("gas", gas.to_string()));
    rows.push(("chain id", chain_id.to_string()));
    if !memo.is_empty() {
        rows.push(("memo", memo.to_string()));
    }
    rows
}

/// The one-line reading of a refusal, with what to do for the usual causes.
fn tx_error(prefix: &str, a: &TxAnswer, chain_id: &str, details: Value) -> Error {
    let hint = match (a.codespace.as_str(), a.code) {
        ("sdk", 4) => format!(" (the signature covers the chain id {chain_id:?} and the account number)"),
        ("sdk", 5) => " (fund the account first)".to_string(),
        ("sdk", 13) => " (raise --fee)".to_string(),
        ("sdk", 32) => {
            " (another transaction from this account went first: run the command again)".to_string()
        }
        _ => String::new(),
    };
    Error::Network {
        kind: "refused",
        exit: EXIT_REFUSED,
        message: format!(
            "{prefix} ({} code {}): {}{hint}",
            a.codespace,
            a.code,
            a.raw_log.replace('\n', " ")
        ),
        details: Some(details),
    }
}

/// Builds, confirms, signs and sends `msg` from `flags.from`'s key.
pub async fn run(ctx: &Ctx, flags: &TxFlags, msg: Msg) -> Result<u8> {
    let p = &ctx.printer;
    let settings = flags.net.settings(ctx)?;
    let signer = signer(ctx, flags.from())?;
    if msg.signer() != signer.address {
        return Err(Error::usage(format!(
            "the message's signer is {}, not --from's {}",
            msg.signer(),
            signer.address
        )));
    }
    if let Some(offline) = flags.offline()? {
        return dry_run_offline(ctx, flags, &settings, &signer, &msg, offline);
    }
    let nodes = Nodes::connect(&settings)?;
    if flags.dry_run() {
        p.warn(&format!(
            "--dry-run asks the full node {} for the chain id, account number, sequence and gas (pass --chain-id, --account-number, --sequence and --gas to sign offline)",
            first(&nodes).rest
        ));
    }
    let chain_id = chain_id(flags, &settings, &nodes).await?;
    let address = signer.address.clone();
    let Some(account) =
        ask(&nodes, "the account", async |rpc, node| fullnode::account(rpc, node, &address).await).await?
    else {
        return Err(refused(format!(
            "{address} has no account on chain {chain_id:?} (never funded): send it POKT first"
        )));
    };
    precheck(&nodes, &msg).await?;
    let memo = flags.memo().to_string();
    let mut params = TxParams {
        chain_id: chain_id.clone(),
        account_number: account.account_number,
        sequence: account.sequence,
        fee: 0,
        gas_limit: 0,
        memo,
    };
    let to_err = |e: tx::TxError| Error::usage(e.0);
    let balance =
        ask(&nodes, "the balance", async |rpc, node| fullnode::balance(rpc, node, &address).await).await?;
    let insufficient = |needed: u128, what: &str| {
        refused(format!(
            "insufficient balance: {address} holds {}, and the transaction needs {needed}upokt ({what}): fund the account first",
            Amount::upokt(balance)
        ))
    };
    // A send's amount is known before the fee (a stake's is a difference the chain checks).
    let moved = match &msg {
        Msg::Send { amount, .. } => u128::from(*amount),
        _ => 0,
    };
    if u128::from(balance) < moved {
        return Err(insufficient(moved, "the amount, plus the fee"));
    }
    // Simulate (no signature) for the gas, then add the margin.
    let probe = tx::frame(&tx::build(&msg, &signer.public_key, &params).map_err(to_err)?, vec![]);
    let used =
        ask(&nodes, "the simulation", async |rpc, node| fullnode::simulate(rpc, node, &probe.raw).await)
            .await?;
    params.gas_limit = tx::gas_with_margin(used, flags.gas_adjustment());
    params.fee = match flags.fee() {
        Some(fee) => fee.get(),
        None => tx::fee_for(params.gas_limit, GAS_PRICE_MICRO).max(1),
    };
    let needed = moved + u128::from(params.fee);
    if u128::from(balance) < needed {
        return Err(insufficient(needed, "the amount plus the fee"));
    }
    let rows = rows(&msg, params.fee, params.gas_limit, &chain_id, &params.memo);
    if !confirm(ctx, flags, &rows)? {
        return Ok(crate::error::EXIT_CHECK_FAILED);
    }
    let key = keysource::unlock_named_shannon(ctx, &signer.name)?;
    let unsigned = tx::build(&msg, &signer.public_key, &params).map_err(to_err)?;
    let signed = tx::sign(&unsigned, &key);
    if flags.dry_run() {
        return print_dry_run(ctx, &rows, &unsigned, &signed);
    }
    let raw = signed.raw.clone();
    let answer =
        ask(&nodes, "the broadcast", async |rpc, node| fullnode::broadcast(rpc, node, &raw).await).await?;
    if answer.code != 0 {
        let details = json!({ "txhash": answer.txhash, "codespace": answer.codespace, "code": answer.code, "message": answer.raw_log });
        return Err(tx_error("the network refused the transaction", &answer, &chain_id, details));
    }
    let limit = flags.wait().unwrap_or(std::time::Duration::from_secs(60));
    let spinner = spinner(ctx, &answer.txhash);
    let found = wait_for(&nodes, &answer.txhash, limit).await;
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    let Some(delivered) = found? else {
        p.warn(&format!(
            "tx {} is not in a block after {}: check it later with `pgw query tx {} --protocol shannon`",
            answer.txhash,
            humantime::format_duration(limit),
            answer.txhash
        ));
        let out = json!({ "txhash": answer.txhash, "result": "pending", "summary": summary_json(&rows) });
        p.result(&out, || format!("{}\n", answer.txhash))?;
        return Ok(EXIT_OK);
    };
    let included = TxAnswer::from_json(&delivered).unwrap_or(answer.clone());
    if included.code != 0 {
        let details = json!({ "txhash": included.txhash, "height": included.height, "codespace": included.codespace, "code": included.code, "message": included.raw_log });
        return Err(tx_error(
            &format!("the transaction failed in block {}", included.height),
            &included,
            &chain_id,
            details,
        ));
    }
    let out = json!({
        "txhash": included.txhash, "result": "delivered", "height": included.height, "summary": summary_json(&rows),
    });
    p.result(&out, || format!("{} (in block {})\n", included.txhash, included.height))?;
    Ok(EXIT_OK)
}

/// A dry run's output: the summary, the sign doc, the signed transaction and its hash.
fn print_dry_run(
    ctx: &Ctx,
    rows: &[(&'static str, String)],
    unsigned: &tx::Unsigned,
    signed: &tx::Signed,
) -> Result<u8> {
    use base64::Engine;
    let out = json!({
        "summary": summary_json(rows),
        "sign_doc": hex::encode(&unsigned.sign_doc),
        "tx_bytes": base64::engine::general_purpose::STANDARD.encode(&signed.raw),
        "tx_hex": hex::encode(&signed.raw),
        "txhash": signed.hash,
    });
    ctx.printer.result(&out, || {
        format!(
            "sign doc:  {}\ntx bytes:  {}\ntx hash:   {}\n",
            out["sign_doc"].as_str().unwrap_or(""),
            out["tx_bytes"].as_str().unwrap_or(""),
            signed.hash
        )
    })?;
    Ok(EXIT_OK)
}

/// `--dry-run --account-number N --sequence N --gas N`: the signed transaction built without a
/// full node. The chain id is --chain-id (or the profile's); the fee is --fee, else the gas
/// limit at the minimum gas price. Nothing on chain is checked (balance, service, gateway).
fn dry_run_offline(
    ctx: &Ctx,
    flags: &TxFlags,
    settings: &Settings,
    signer: &Signer,
    msg: &Msg,
    offline: Offline,
) -> Result<u8> {
    let chain_id = flags.chain_id_flag().map(str::to_string).or_else(|| settings.chain_id.value.clone());
    let Some(chain_id) = chain_id.filter(|id| !id.trim().is_empty()) else {
        return Err(Error::usage(
            "an offline --dry-run needs --chain-id: the chain id the signature covers (`pgw query height --protocol shannon` on a full node shows the network; the devnet's is pocket-devnet)",
        ));
    };
    if let Msg::StakeApplication { services, .. } = msg
        && services.len() != 1
    {
        return Err(Error::usage(format!(
            "poktroll stakes an application for exactly one service; {} given ({})",
            services.len(),
            services.join(",")
        )));
    }
    let fee = match flags.fee() {
        Some(fee) => fee.get(),
        None => tx::fee_for(offline.gas, GAS_PRICE_MICRO).max(1),
    };
    let params = TxParams {
        chain_id: chain_id.clone(),
        account_number: offline.account_number,
        sequence: offline.sequence,
        fee,
        gas_limit: offline.gas,
        memo: flags.memo().to_string(),
    };
    let mut rows = rows(msg, fee, offline.gas, &chain_id, &params.memo);
    rows.push(("account number", offline.account_number.to_string()));
    rows.push(("sequence", offline.sequence.to_string()));
    confirm(ctx, flags, &rows)?;
    let unsigned = tx::build(msg, &signer.public_key, &params).map_err(|e| Error::usage(e.0))?;
    let key = keysource::unlock_named_shannon(ctx, &signer.name)?;
    let signed = tx::sign(&unsigned, &key);
    print_dry_run(ctx, &rows, &unsigned, &signed)
}

fn int_field(v: &Value, key: &str, what: &str) -> Result<u64> {
    let field = &v[key];
    field
        .as_str()
        .and_then(|s| s.parse().ok())
        .or_else(|| field.as_u64())
        .ok_or_else(|| refused(format!("{what} has no whole number {key} (got {field})")))
}

/// What a Shannon app's stake buys on a service, from the chain.
pub struct AppThroughput {
    pub service: String,
    pub stake: u64,
    pub inputs: crate::protocol::shannon::throughput::Inputs,
    pub throughput: crate::protocol::shannon::throughput::Throughput,
}

/// Reads `address`'s stake and the params and computes what they buy on `service` (default: the
/// app's first staked service), as `pgw app throughput --protocol shannon` shows it and
/// `pgw serve --relay-budget auto` and `pgw bench` use it.
pub async fn app_throughput(
    settings: &Settings,
    address: &str,
    service: Option<&str>,
) -> Result<AppThroughput> {
    use crate::network::fullnode::routes;
    use crate::protocol::shannon::throughput::{self, Inputs};
    let address = address.to_string();
    let nodes = Nodes::connect(settings)?;
    let a = nodes.get(&routes::application(&address), "the application").await?;
    let a = &a["application"];
    let staked: Vec<String> = a["service_configs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["service_id"].as_str().map(str::to_string))
        .collect();
    let service = match service {
        Some(s) => crate::protocol::chains::resolve_service(s).map_err(|e| Error::usage(e.to_string()))?.id,
        None => {
            staked.first().cloned().ok_or_else(|| refused(format!("{address} is staked for no service")))?
        }
    };
    if !staked.contains(&service) {
        return Err(refused(format!(
            "{address} is not staked for service {service:?} (it is for {})",
            staked.join(",")
        )));
    }
    let stake = a["stake"]["amount"].as_str().and_then(|s| s.parse().ok()).unwrap_or(0u64);
    let shared = nodes.get(routes::SHARED_PARAMS, "the shared params").await?;
    let shared = &shared["params"];
    let what = "the shared params";
    let blocks_to_settlement = [
        "claim_window_open_offset_blocks",
        "claim_window_close_offset_blocks",
        "proof_window_open_offset_blocks",
        "proof_window_close_offset_blocks",
    ]
    .iter()
    .map(|k| int_field(shared, k, what))
    .sum::<Result<u64>>()?;
    let svc = nodes.get(&routes::service(&service), "the service").await?;
    let difficulty =
        nodes.get(&routes::relay_mining_difficulty(&service), "the relay-mining difficulty").await?;
    let target_b64 = difficulty["relayMiningDifficulty"]["target_hash"].as_str().unwrap_or("");
    let target_hash = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, target_b64)
        .map_err(|_| {
            refused(format!("the relay-mining difficulty's target_hash {target_b64:?} is not base64"))
        })?;
    let session = ask(&nodes, "the session", async |rpc, node| {
        fullnode::get_session(rpc, node, &address, &service, 0).await
    })
    .await?;
    let inputs = Inputs {
        stake,
        compute_units_per_relay: int_field(&svc["service"], "compute_units_per_relay", "the service")?,
        compute_units_to_tokens_multiplier: int_field(shared, "compute_units_to_tokens_multiplier", what)?,
        compute_unit_cost_granularity: int_field(shared, "compute_unit_cost_granularity", what)?,
        num_blocks_per_session: int_field(shared, "num_blocks_per_session", what)?,
        session_end_to_proof_window_close_blocks: blocks_to_settlement,
        suppliers_per_session: session.suppliers.len() as u64,
        target_hash,
    };
    let t = throughput::compute(&inputs).map_err(|e| refused(e.0))?;
    Ok(AppThroughput { service, stake, inputs, throughput: t })
}

/// `pgw app throughput APP --protocol shannon`: what the app's stake buys per session on its
/// service (`protocol::shannon::throughput`).
pub async fn throughput(ctx: &Ctx, settings: &Settings, app: &str, service: Option<&str>) -> Result<u8> {
    let address = super::query_shannon::address_of(ctx, app)?;
    let AppThroughput { service, stake, inputs, throughput: t } =
        app_throughput(settings, &address, service).await?;
    let out = json!({
        "app": address,
        "service_id": service,
        "stake": stake,
        "compute_units_per_relay": inputs.compute_units_per_relay,
        "compute_units_to_tokens_multiplier": inputs.compute_units_to_tokens_multiplier,
        "compute_unit_cost_granularity": inputs.compute_unit_cost_granularity,
        "suppliers_in_session": inputs.suppliers_per_session,
        "pending_sessions": t.pending_sessions,
        "session_budget": t.session_budget,
        "supplier_budget": t.supplier_budget,
        "relay_cost_upokt": format!("{}/{}", t.relay_cost_upokt.0, t.relay_cost_upokt.1),
        "relays_per_session": t.relays_per_session.to_string(),
        "relays_per_supplier": t.relays_per_supplier.to_string(),
        "mined_relays_per_supplier": t.mined_relays_per_supplier.to_string(),
    });
    ctx.printer.result(&out, || {
        crate::output::table::render(&crate::output::table::key_values([
            ("app", address.clone()),
            ("service", service.clone()),
            ("stake", Amount::upokt(stake).to_string()),
            ("pending sessions", t.pending_sessions.to_string()),
            ("budget per session", Amount::upokt(t.session_budget).to_string()),
            (
                "budget per supplier",
                format!("{} ({} suppliers)", Amount::upokt(t.supplier_budget), inputs.suppliers_per_session),
            ),
            (
                "cost per relay",
                format!(
                    "{}/{} upokt ({} compute units)",
                    t.relay_cost_upokt.0, t.relay_cost_upokt.1, inputs.compute_units_per_relay
                ),
            ),
            ("relays per session", t.relays_per_session.to_string()),
            ("relays per supplier", t.relays_per_supplier.to_string()),
            ("mined per supplier", t.mined_relays_per_supplier.to_string()),
        ]))
    })?;
    Ok(EXIT_OK)
}

fn spinner(ctx: &Ctx, hash: &str) -> Option<indicatif::ProgressBar> {
    if ctx.printer.quiet || ctx.printer.is_json() || !std::io::stderr().is_terminal() {
        ctx.printer.detail(&format!("sent: tx {hash}; waiting for its block"));
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message(format!("sent: tx {hash}; waiting for its block"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
}

/// Polls the tx by hash about twice a second until it is in a block or `limit` passes.
async fn wait_for(nodes: &Nodes, hash: &str, limit: std::time::Duration) -> Result<Option<Value>> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        if let Some(v) =
            ask(nodes, "the transaction", async |rpc, node| fullnode::tx(rpc, node, hash).await).await?
        {
            return Ok(Some(v));
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        tokio::time::sleep((deadline - now).min(std::time::Duration::from_millis(500))).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gas_adjustments_are_exact_permille() {
        assert_eq!(gas_adjustment("1.5"), Ok(1500));
        assert_eq!(gas_adjustment("2"), Ok(2000));
        assert_eq!(gas_adjustment("1.125"), Ok(1125));
        assert_eq!(
            gas_adjustment("0.9").unwrap_err(),
            "invalid gas adjustment \"0.9\": write a number of at least 1 with at most 3 decimals, e.g. 1.5"
        );
        assert!(gas_adjustment("1.2345").is_err());
        assert!(gas_adjustment("-1").is_err());
        assert!(gas_adjustment("").is_err());
    }
}

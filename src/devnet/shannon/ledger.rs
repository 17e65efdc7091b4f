//! The Shannon devnet's ledger: accounts (number, sequence, public key, upokt balance), the
//! staked applications and gateways, and the transactions it took. A transaction goes through
//! the checks a cosmos node's ante handler makes (decode, fee, account, public key, sequence,
//! SIGN_MODE_DIRECT signature over the sign doc with the chain's id and the account's number,
//! fee balance), then its message runs as poktroll's message servers run it: stake application,
//! stake gateway, delegate, undelegate (the gateway stays in the rings of sessions ending by the
//! current session's end: poktroll's pending undelegation) and bank send. Pure: the world holds
//! it behind a lock.

use std::collections::{BTreeMap, HashMap};

use crate::protocol::shannon::keys::PublicKey;
use crate::protocol::shannon::rest::{Application, Coin, Gateway};
use crate::protocol::shannon::tx::{self, Msg};

/// poktroll's application and gateway `min_stake` as the devnet sets it: 1 POKT.
pub const MIN_STAKE: u64 = 1_000_000;
/// poktroll's `max_delegated_gateways` default.
pub const MAX_DELEGATED_GATEWAYS: usize = 7;
/// The devnet's minimum gas price, in micro-upokt per gas unit (0.000001upokt, poktroll's).
pub const MIN_GAS_PRICE_MICRO: u64 = 1;

/// The gas a transaction uses on the devnet: a base cost and a cost per byte (deterministic,
/// so simulations and deliveries agree).
pub fn gas_used(raw_len: usize) -> u64 {
    60_000 + 10 * raw_len as u64
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountState {
    pub number: u64,
    pub sequence: u64,
    pub public_key: Option<PublicKey>,
    pub balance: u64,
}

/// A refusal or a failure: the codespace, code and log cosmos reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxFailure {
    pub codespace: String,
    pub code: u32,
    pub log: String,
}

fn fail(codespace: &str, code: u32, log: impl Into<String>) -> TxFailure {
    TxFailure { codespace: codespace.into(), code, log: log.into() }
}

/// A transaction in a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxRecord {
    pub hash: String,
    pub height: i64,
    pub raw: Vec<u8>,
    pub decoded: tx::Decoded,
    pub gas_used: u64,
    /// `None`: its message ran; else why it failed (the fee is still paid, the sequence used).
    pub failure: Option<TxFailure>,
}

#[derive(Debug, Default)]
pub struct Ledger {
    pub accounts: BTreeMap<String, AccountState>,
    pub apps: BTreeMap<String, Application>,
    pub gateways: BTreeMap<String, Gateway>,
    pub txs: HashMap<String, TxRecord>,
}

/// Where the chain is when a transaction comes: its id, the height, and the session end of
/// that height (undelegations are recorded at it), and the services it knows.
pub struct Block<'a> {
    pub chain_id: &'a str,
    pub height: i64,
    pub session_end: i64,
    pub services: &'a [String],
}

impl Ledger {
    /// A new account (the next account number).
    pub fn open(&mut self, address: &str, public_key: Option<PublicKey>, balance: u64) {
        let number = self.accounts.len() as u64;
        self.accounts.entry(address.to_string()).or_insert(AccountState {
            number,
            sequence: 0,
            public_key,
            balance,
        });
    }

    pub fn balance(&self, address: &str) -> u64 {
        self.accounts.get(address).map_or(0, |a| a.balance)
    }

    /// The ante checks of a transaction: its decoded form, signer and fee, or the refusal
    /// (cosmos's codespace "sdk" codes and texts). `verify_signature` is off for `/simulate`.
    fn ante(
        &self,
        raw: &[u8],
        block: &Block,
        verify_signature: bool,
    ) -> Result<(tx::Decoded, String), TxFailure> {
        let decoded = tx::decode(raw).map_err(|e| fail("sdk", 2, format!("{e}: tx parse error")))?;
        let signer = decoded.messages[0].signer().to_string();
        if decoded.messages.iter().any(|m| m.signer() != signer) {
            return Err(fail("sdk", 4, "pgw's devnet takes one signer per transaction: unauthorized"));
        }
        let required = tx::fee_for(decoded.gas_limit, MIN_GAS_PRICE_MICRO);
        if decoded.fee < required {
            return Err(fail(
                "sdk",
                13,
                format!(
                    "insufficient fees; got: {}upokt required: {required}upokt: insufficient fee",
                    decoded.fee
                ),
            ));
        }
        let Some(account) = self.accounts.get(&signer) else {
            return Err(fail("sdk", 9, format!("account {signer} does not exist: unknown address")));
        };
        let key = match (&decoded.public_key, &account.public_key) {
            (Some(k), _) | (None, Some(k)) => *k,
            (None, None) => {
                return Err(fail(
                    "sdk",
                    8,
                    format!("pubkey on account is not set: {signer}: invalid pubkey"),
                ));
            }
        };
        if key.address() != signer {
            return Err(fail(
                "sdk",
                8,
                format!("pubKey does not match signer address {signer} with signer index: 0: invalid pubkey"),
            ));
        }
        if decoded.sequence != account.sequence {
            return Err(fail(
                "sdk",
                32,
                format!(
                    "account sequence mismatch, expected {}, got {}: incorrect account sequence",
                    account.sequence, decoded.sequence
                ),
            ));
        }
        if verify_signature && !decoded.verify(&key, block.chain_id, account.number) {
            return Err(fail(
                "sdk",
                4,
                format!(
                    "signature verification failed; please verify account number ({}), sequence ({}) and chain-id ({}): unauthorized",
                    account.number, account.sequence, block.chain_id
                ),
            ));
        }
        if account.balance < decoded.fee {
            return Err(fail(
                "sdk",
                5,
                format!(
                    "spendable balance {}upokt is smaller than {}upokt: insufficient funds",
                    account.balance, decoded.fee
                ),
            ));
        }
        Ok((decoded, signer))
    }

    /// `/cosmos/tx/v1beta1/simulate`: the gas the transaction would use, or its refusal.
    pub fn simulate(&self, raw: &[u8], block: &Block) -> Result<u64, TxFailure> {
        let (decoded, _) = self.ante(raw, block, false)?;
        let mut scratch = Ledger {
            accounts: self.accounts.clone(),
            apps: self.apps.clone(),
            gateways: self.gateways.clone(),
            txs: HashMap::new(),
        };
        for m in &decoded.messages {
            scratch.run(m, block)?;
        }
        Ok(gas_used(raw.len()))
    }

    /// BROADCAST_MODE_SYNC: the ante checks (a refusal is `Err`, nothing changes), then the
    /// transaction is in the block at `block.height`: fee paid, sequence used, its messages run
    /// (all or none) or its failure recorded. Returns the hash.
    pub fn broadcast(&mut self, raw: &[u8], block: &Block) -> Result<String, TxFailure> {
        let (decoded, signer) = self.ante(raw, block, true)?;
        let hash = tx::hash(raw);
        if self.txs.contains_key(&hash) {
            return Err(fail("sdk", 19, "tx already in mempool"));
        }
        let account = self.accounts.get_mut(&signer).expect("checked by ante");
        account.balance -= decoded.fee;
        account.sequence += 1;
        if account.public_key.is_none() {
            account.public_key = decoded.public_key;
        }
        let used = gas_used(raw.len());
        let failure = if decoded.gas_limit < used {
            Some(fail(
                "sdk",
                11,
                format!(
                    "out of gas in location: txSize; gasWanted: {}, gasUsed: {used}: out of gas",
                    decoded.gas_limit
                ),
            ))
        } else {
            let before = (self.accounts.clone(), self.apps.clone(), self.gateways.clone());
            let mut failure = None;
            for m in &decoded.messages {
                if let Err(e) = self.run(m, block) {
                    (self.accounts, self.apps, self.gateways) = before;
                    failure = Some(e);
                    break;
                }
            }
            failure
        };
        let record = TxRecord {
            hash: hash.clone(),
            height: block.height,
            raw: raw.to_vec(),
            decoded,
            gas_used: used,
            failure,
        };
        self.txs.insert(hash.clone(), record);
        Ok(hash)
    }

    fn debit(&mut self, address: &str, amount: u64) -> Result<(), TxFailure> {
        let balance = self.balance(address);
        if balance < amount {
            return Err(fail(
                "sdk",
                5,
                format!("spendable balance {balance}upokt is smaller than {amount}upokt: insufficient funds"),
            ));
        }
        if let Some(a) = self.accounts.get_mut(address) {
            a.balance -= amount;
        }
        Ok(())
    }

    /// One message, as poktroll's (and the bank's) message server runs it.
    fn run(&mut self, msg: &Msg, block: &Block) -> Result<(), TxFailure> {
        match msg {
            Msg::Send { from, to, amount } => {
                self.debit(from, *amount)?;
                self.open(to, None, 0);
                if let Some(a) = self.accounts.get_mut(to) {
                    a.balance += amount;
                }
            }
            Msg::StakeApplication { address, stake, services } => {
                if services.len() != 1 {
                    return Err(fail(
                        "application",
                        1106,
                        format!(
                            "application must have exactly one service: {services:?}: invalid service configs"
                        ),
                    ));
                }
                if !block.services.contains(&services[0]) {
                    return Err(fail(
                        "application",
                        1106,
                        format!("service {:?} does not exist: invalid service configs", services[0]),
                    ));
                }
                let current = self.apps.get(address).map_or(0, |a| a.stake.amount.parse().unwrap_or(0));
                if *stake <= current {
                    return Err(fail(
                        "application",
                        1101,
                        format!(
                            "application {address:?} must escrow more than 0 additional coins: invalid application stake"
                        ),
                    ));
                }
                if *stake < MIN_STAKE {
                    return Err(fail(
                        "application",
                        1101,
                        format!(
                            "application {address:?} must stake at least {MIN_STAKE}upokt: invalid application stake"
                        ),
                    ));
                }
                self.debit(address, stake - current)?;
                let app = self
                    .apps
                    .entry(address.clone())
                    .or_insert_with(|| Application { address: address.clone(), ..Application::default() });
                app.stake = Coin::upokt(u128::from(*stake));
                app.service_ids = services.clone();
                app.unstake_session_end_height = 0;
            }
            Msg::StakeGateway { address, stake } => {
                let current = self.gateways.get(address).map_or(0, |g| g.stake.amount.parse().unwrap_or(0));
                if *stake <= current {
                    return Err(fail(
                        "gateway",
                        1102,
                        format!(
                            "gateway {address:?} must escrow more than 0 additional coins: invalid gateway stake"
                        ),
                    ));
                }
                if *stake < MIN_STAKE {
                    return Err(fail(
                        "gateway",
                        1102,
                        format!(
                            "gateway {address:?} must stake at least {MIN_STAKE}upokt: invalid gateway stake"
                        ),
                    ));
                }
                self.debit(address, stake - current)?;
                self.gateways.insert(
                    address.clone(),
                    Gateway {
                        address: address.clone(),
                        stake: Coin::upokt(u128::from(*stake)),
                        unstake_session_end_height: 0,
                    },
                );
            }
            Msg::Delegate { app, gateway } => {
                let gateway_found = self.gateways.contains_key(gateway);
                let Some(a) = self.apps.get_mut(app) else {
                    return Err(fail(
                        "application",
                        1104,
                        format!("application with address: {app}: application not found"),
                    ));
                };
                if !gateway_found {
                    return Err(fail(
                        "application",
                        1107,
                        format!("gateway with address: {gateway:?}: gateway not found"),
                    ));
                }
                if a.delegatee_gateway_addresses.len() >= MAX_DELEGATED_GATEWAYS {
                    return Err(fail(
                        "application",
                        1110,
                        format!(
                            "application with address {app:?} already delegated to {MAX_DELEGATED_GATEWAYS} (max) gateways: maximum number of delegated gateways reached"
                        ),
                    ));
                }
                if a.delegatee_gateway_addresses.contains(gateway) {
                    return Err(fail(
                        "application",
                        1109,
                        format!(
                            "application with address {app:?} already delegated to gateway with address: {gateway:?}: application already delegated to gateway"
                        ),
                    ));
                }
                a.delegatee_gateway_addresses.push(gateway.clone());
                // A re-delegation cancels a pending undelegation from the same gateway.
                for list in a.pending_undelegations.values_mut() {
                    list.retain(|g| g != gateway);
                }
                a.pending_undelegations.retain(|_, list| !list.is_empty());
            }
            Msg::Undelegate { app, gateway } => {
                let Some(a) = self.apps.get_mut(app) else {
                    return Err(fail(
                        "application",
                        1104,
                        format!("application with address: {app:?}: application not found"),
                    ));
                };
                let Some(i) = a.delegatee_gateway_addresses.iter().position(|g| g == gateway) else {
                    return Err(fail(
                        "application",
                        1111,
                        format!(
                            "application with address {app:?} not delegated to gateway with address: {gateway:?}: application not delegated to gateway"
                        ),
                    ));
                };
                a.delegatee_gateway_addresses.remove(i);
                let list = a.pending_undelegations.entry(block.session_end.max(0) as u64).or_default();
                if !list.contains(gateway) {
                    list.push(gateway.clone());
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::hash::sha256;
    use crate::protocol::shannon::keys::PrivateKey;
    use crate::protocol::shannon::tx::TxParams;

    fn key(name: &str) -> PrivateKey {
        PrivateKey::from_bytes(&sha256(name.as_bytes())).unwrap()
    }

    const SERVICES: &[&str] = &["eth"];

    fn block(height: i64) -> Block<'static> {
        static S: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let services = S.get_or_init(|| SERVICES.iter().map(|s| s.to_string()).collect());
        Block { chain_id: "pocket-devnet", height, session_end: (height + 3) / 4 * 4, services }
    }

    fn signed(ledger: &Ledger, k: &PrivateKey, msg: Msg, chain_id: &str) -> Vec<u8> {
        let a = &ledger.accounts[&k.public_key().address()];
        let p = TxParams {
            chain_id: chain_id.into(),
            account_number: a.number,
            sequence: a.sequence,
            fee: 1,
            gas_limit: 200_000,
            memo: String::new(),
        };
        tx::sign(&tx::build(&msg, &k.public_key(), &p).unwrap(), k).raw
    }

    #[test]
    fn a_new_key_is_funded_stakes_delegates_and_undelegates() {
        let (faucet, app, gw) = (key("faucet"), key("app"), key("gw"));
        let (fa, aa, ga) =
            (faucet.public_key().address(), app.public_key().address(), gw.public_key().address());
        let mut l = Ledger::default();
        l.open(&fa, Some(faucet.public_key()), 10_000_000);
        for to in [&aa, &ga] {
            let raw = signed(
                &l,
                &faucet,
                Msg::Send { from: fa.clone(), to: to.clone(), amount: 3_000_000 },
                "pocket-devnet",
            );
            l.broadcast(&raw, &block(101)).unwrap();
        }
        assert_eq!(l.balance(&fa), 10_000_000 - 6_000_000 - 2);
        assert_eq!(l.accounts[&fa].sequence, 2);
        assert_eq!((l.accounts[&aa].number, l.accounts[&aa].public_key), (1, None));

        let raw =
            signed(&l, &gw, Msg::StakeGateway { address: ga.clone(), stake: 2_000_000 }, "pocket-devnet");
        l.broadcast(&raw, &block(101)).unwrap();
        assert_eq!(l.accounts[&ga].public_key, Some(gw.public_key()));
        let stake =
            Msg::StakeApplication { address: aa.clone(), stake: 2_000_000, services: vec!["eth".into()] };
        let raw = signed(&l, &app, stake, "pocket-devnet");
        let hash = l.broadcast(&raw, &block(101)).unwrap();
        assert_eq!(l.txs[&hash].failure, None);
        assert_eq!(l.balance(&aa), 1_000_000 - 1);

        let raw = signed(&l, &app, Msg::Delegate { app: aa.clone(), gateway: ga.clone() }, "pocket-devnet");
        l.broadcast(&raw, &block(102)).unwrap();
        assert_eq!(l.apps[&aa].delegatee_gateway_addresses, vec![ga.clone()]);
        let again = signed(&l, &app, Msg::Delegate { app: aa.clone(), gateway: ga.clone() }, "pocket-devnet");
        let hash = l.broadcast(&again, &block(102)).unwrap();
        let f = l.txs[&hash].failure.clone().unwrap();
        assert_eq!((f.codespace.as_str(), f.code), ("application", 1109));

        let raw = signed(&l, &app, Msg::Undelegate { app: aa.clone(), gateway: ga.clone() }, "pocket-devnet");
        l.broadcast(&raw, &block(106)).unwrap();
        assert!(l.apps[&aa].delegatee_gateway_addresses.is_empty());
        assert_eq!(l.apps[&aa].pending_undelegations, BTreeMap::from([(108, vec![ga.clone()])]));
    }

    #[test]
    fn refusals_carry_cosmos_codes_and_texts() {
        let (faucet, stranger) = (key("faucet"), key("stranger"));
        let fa = faucet.public_key().address();
        let mut l = Ledger::default();
        l.open(&fa, Some(faucet.public_key()), 10);
        let send = Msg::Send { from: fa.clone(), to: fa.clone(), amount: 1 };
        // Signed for another chain: the signature covers the chain id.
        let raw = signed(&l, &faucet, send.clone(), "pocket");
        assert_eq!(
            l.broadcast(&raw, &block(101)).unwrap_err(),
            fail(
                "sdk",
                4,
                "signature verification failed; please verify account number (0), sequence (0) and chain-id (pocket-devnet): unauthorized"
            )
        );
        // A replay (the sequence moved on).
        let raw = signed(&l, &faucet, send.clone(), "pocket-devnet");
        l.broadcast(&raw, &block(101)).unwrap();
        assert_eq!(
            l.broadcast(&raw, &block(101)).unwrap_err(),
            fail("sdk", 32, "account sequence mismatch, expected 1, got 0: incorrect account sequence")
        );
        // Too much: CheckTx takes it (the fee is there); the send fails in the block.
        let raw =
            signed(&l, &faucet, Msg::Send { from: fa.clone(), to: fa.clone(), amount: 100 }, "pocket-devnet");
        let hash = l.broadcast(&raw, &block(101)).unwrap();
        assert_eq!(
            l.txs[&hash].failure,
            Some(fail("sdk", 5, "spendable balance 8upokt is smaller than 100upokt: insufficient funds"))
        );
        assert_eq!(l.balance(&fa), 8);
        // An account the chain has never seen.
        let sa = stranger.public_key().address();
        let p = TxParams {
            chain_id: "pocket-devnet".into(),
            account_number: 0,
            sequence: 0,
            fee: 1,
            gas_limit: 200_000,
            memo: String::new(),
        };
        let raw = tx::sign(
            &tx::build(
                &Msg::Send { from: sa.clone(), to: fa.clone(), amount: 1 },
                &stranger.public_key(),
                &p,
            )
            .unwrap(),
            &stranger,
        )
        .raw;
        assert_eq!(
            l.broadcast(&raw, &block(101)).unwrap_err(),
            fail("sdk", 9, format!("account {sa} does not exist: unknown address"))
        );
        // Too small a fee for the gas.
        let p = TxParams { fee: 0, sequence: 3, ..p };
        let raw = tx::sign(&tx::build(&send, &faucet.public_key(), &p).unwrap(), &faucet).raw;
        assert_eq!(
            l.broadcast(&raw, &block(101)).unwrap_err(),
            fail("sdk", 13, "insufficient fees; got: 0upokt required: 1upokt: insufficient fee")
        );
        assert_eq!(l.broadcast(b"\x01\x02", &block(101)).unwrap_err().code, 2);
    }
}

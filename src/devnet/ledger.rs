//! The devnet's accounts and transactions: balances, CheckTx at submission (decode, signature,
//! chain id, fee, duplicate, fee balance: MORSE-TX.md §4.4), and DeliverTx at the next block
//! (stake, begin-unstake, send, with pocket-core's codes: §7). Pure: the caller gives heights.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::keys::{Address, PublicKey};
use crate::protocol::morse::throughput::{self, RelayParams};
use crate::protocol::morse::tx::{self, Msg, SignedTx, TxError};

/// The app params the devnet runs with (pocket-core's `application/*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppParams {
    /// `application/ApplicationStakeMinimum` (upokt).
    pub stake_minimum: u64,
    /// `application/BaseRelaysPerPOKT`.
    pub base_relays_per_pokt: i64,
    /// `application/StabilityAdjustment`.
    pub stability_adjustment: i64,
    /// `application/MaximumChains`.
    pub maximum_chains: usize,
    /// Blocks from begin-unstake to the app's removal (pocket-core counts time:
    /// `application/AppUnstakingTime`; the devnet reports blocks × block time).
    pub unstaking_blocks: i64,
}

impl Default for AppParams {
    fn default() -> Self {
        AppParams {
            stake_minimum: 1_000_000,
            base_relays_per_pokt: 200_000,
            stability_adjustment: 0,
            maximum_chains: 15,
            unstaking_blocks: 8,
        }
    }
}

impl AppParams {
    pub fn relay_params(&self) -> RelayParams {
        RelayParams {
            base_relays_per_pokt: self.base_relays_per_pokt,
            stability_adjustment: self.stability_adjustment,
            participation: None,
        }
    }

    /// `CalculateAppRelays` for a stake, as an i64 budget.
    pub fn max_relays(&self, staked: u64) -> i64 {
        let relays = throughput::max_relays(staked, &self.relay_params()).unwrap_or(0);
        i64::try_from(relays).unwrap_or(i64::MAX)
    }
}

/// An account: its balance and, once it has signed a tx, its public key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Account {
    pub balance: u64,
    pub public_key: Option<PublicKey>,
}

/// A delivered transaction, for `/v1/query/tx`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxRecord {
    pub hash: String,
    pub height: i64,
    pub index: u32,
    pub signed: SignedTx,
    pub result: Option<TxError>,
}

/// An app as the chain holds it (the world's apps map keeps the relay side).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakedApp {
    pub public_key: PublicKey,
    pub chains: Vec<String>,
    pub staked: u64,
    pub max_relays: i64,
    /// 2 staked, 1 unstaking.
    pub status: u8,
    /// The height at which an unstaking app is removed (0 while staked).
    pub unstaking_height: i64,
}

/// What DeliverTx changed in the app set, for the world to mirror.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppChange {
    Staked(StakedApp),
    Removed(PublicKey),
}

#[derive(Debug, Default)]
pub struct Ledger {
    pub accounts: HashMap<[u8; 20], Account>,
    /// Apps staked by transactions, by address.
    pub apps: BTreeMap<[u8; 20], StakedApp>,
    pending: Vec<(i64, SignedTx)>,
    pub txs: HashMap<String, TxRecord>,
    /// Addresses whose app was staked by a transaction: never staked on the fly again.
    pub managed: HashSet<[u8; 20]>,
    /// The first height at which [`Ledger::settle`] has work (a delivery or an unstake).
    next: Option<i64>,
}

impl Ledger {
    /// Credits `amount` to `address` (genesis funding).
    pub fn fund(&mut self, address: Address, amount: u64) {
        let account = self.accounts.entry(address.0).or_default();
        account.balance = account.balance.saturating_add(amount);
    }

    pub fn balance(&self, address: &Address) -> u64 {
        self.accounts.get(&address.0).map_or(0, |a| a.balance)
    }

    /// CheckTx at `height`: the stateless checks, a duplicate, then the fee against the
    /// balance (deducted now, as the node's check state does). The tx is delivered at the
    /// next block. Returns the tx hash, with the refusal if any; or, for bytes already waiting
    /// in the mempool, Tendermint's refusal text (an HTTP 400 before CheckTx, §4.5).
    pub fn submit(
        &mut self,
        raw: &[u8],
        chain_id: &str,
        min_fee: Amount,
        height: i64,
    ) -> Result<(String, Option<TxError>), String> {
        if self.pending.iter().any(|(_, p)| p.raw == raw) {
            return Err(
                "broadcast_tx_sync: RPC error -32603 - Internal error: tx already exists in cache".into()
            );
        }
        Ok(self.check_tx(raw, chain_id, min_fee, height))
    }

    fn check_tx(
        &mut self,
        raw: &[u8],
        chain_id: &str,
        min_fee: Amount,
        height: i64,
    ) -> (String, Option<TxError>) {
        let hash = tx::tx_hash(raw);
        // pocket-core's order: decode, ValidateBasic and memo, duplicate, signer/fee/signature,
        // then the fee against the account.
        let signed = match tx::decode(raw).and_then(|s| tx::check_basic(&s).map(|()| s)) {
            Ok(signed) => signed,
            Err(e) => return (hash, Some(e)),
        };
        if self.txs.contains_key(&hash) {
            let e = TxError::new(
                "auth",
                6,
                format!(
                    "the transaction hash is already found, this is a duplicate transaction: {}",
                    hash.to_lowercase()
                ),
            );
            return (hash, Some(e));
        }
        let signed = match tx::check_signer(signed, chain_id, min_fee) {
            Ok(signed) => signed,
            Err(e) => return (hash, Some(e)),
        };
        let signer = signed.public_key.address();
        let Some(account) = self.accounts.get_mut(&signer.0) else {
            return (hash, Some(TxError::new("sdk", 9, format!("account {signer} does not exist"))));
        };
        if account.balance < signed.tx.fee.0 {
            let e = TxError::new(
                "auth",
                6,
                format!(
                    "the signer account : {signer}, does not have enough coins for the tx. Need {}upokt",
                    signed.tx.fee.dec()
                ),
            );
            return (hash, Some(e));
        }
        account.balance -= signed.tx.fee.0;
        account.public_key = Some(signed.public_key);
        self.pending.push((height, signed));
        self.next = Some(self.next.map_or(height + 1, |n| n.min(height + 1)));
        (hash, None)
    }

    /// Delivers every pending tx submitted before `height` (each in the block after it was
    /// submitted) and removes unstaked apps whose time has come, in block order. Returns the
    /// app changes for the world to mirror.
    pub fn settle(&mut self, height: i64, params: &AppParams) -> Vec<AppChange> {
        let mut changes = Vec::new();
        if self.next.is_none_or(|n| height < n) {
            return changes;
        }
        let due: Vec<(i64, SignedTx)> = {
            let (due, later) = std::mem::take(&mut self.pending).into_iter().partition(|(h, _)| *h < height);
            self.pending = later;
            due
        };
        let mut index_in_block: HashMap<i64, u32> = HashMap::new();
        for (submitted, signed) in due {
            let block = submitted + 1;
            self.mature(block, &mut changes);
            let index = index_in_block.entry(block).or_insert(0);
            let result = self.deliver(&signed, block, params, &mut changes).err();
            let hash = tx::tx_hash(&signed.raw);
            self.txs.insert(hash.clone(), TxRecord { hash, height: block, index: *index, signed, result });
            *index += 1;
        }
        self.mature(height, &mut changes);
        let deliveries = self.pending.iter().map(|(h, _)| h + 1);
        let unstakes = self.apps.values().filter(|a| a.status == 1).map(|a| a.unstaking_height);
        self.next = deliveries.chain(unstakes).min();
        for change in &changes {
            if let AppChange::Staked(app) = change {
                self.managed.insert(app.public_key.address().0);
            }
        }
        changes
    }

    /// pocket-core's EndBlocker: apps whose unstaking ends at or before `height` get their
    /// stake back and are deleted.
    fn mature(&mut self, height: i64, changes: &mut Vec<AppChange>) {
        let done: Vec<[u8; 20]> = self
            .apps
            .iter()
            .filter(|(_, a)| a.status == 1 && a.unstaking_height <= height)
            .map(|(k, _)| *k)
            .collect();
        for address in done {
            if let Some(app) = self.apps.remove(&address) {
                self.fund(Address(address), app.staked);
                changes.push(AppChange::Removed(app.public_key));
            }
        }
    }

    fn deliver(
        &mut self,
        signed: &SignedTx,
        height: i64,
        params: &AppParams,
        changes: &mut Vec<AppChange>,
    ) -> Result<(), TxError> {
        match &signed.tx.msg {
            Msg::AppStake { public_key, chains, value } => {
                let address = public_key.address();
                let current = self.apps.get(&address.0).cloned();
                if value.0 < params.stake_minimum {
                    return Err(TxError::new(
                        "application",
                        111,
                        "application isn't staking above the minimum",
                    ));
                }
                if chains.len() > params.maximum_chains {
                    return Err(TxError::new(
                        "application",
                        118,
                        format!(
                            "application staking for too many chains: the maximum is {}",
                            params.maximum_chains
                        ),
                    ));
                }
                let already = match &current {
                    Some(app) if app.status != 2 => {
                        return Err(TxError::new("application", 110, "application status is not valid"));
                    }
                    Some(app) if value.0 < app.staked => {
                        return Err(TxError::new(
                            "application",
                            120,
                            "the application's new stake must be at least its current stake",
                        ));
                    }
                    Some(app) => app.staked,
                    None => 0,
                };
                let needed = value.0 - already;
                let balance = self.balance(&address);
                if balance < needed {
                    return Err(TxError::new(
                        "application",
                        112,
                        "application does not have enough coins in their account",
                    ));
                }
                if let Some(account) = self.accounts.get_mut(&address.0) {
                    account.balance -= needed;
                }
                let max_relays = match &current {
                    // Edit stake: recomputed only when the stake grew.
                    Some(app) if value.0 == app.staked => app.max_relays,
                    _ => params.max_relays(value.0),
                };
                let app = StakedApp {
                    public_key: *public_key,
                    chains: chains.clone(),
                    staked: value.0,
                    max_relays,
                    status: 2,
                    unstaking_height: 0,
                };
                self.apps.insert(address.0, app.clone());
                changes.push(AppChange::Staked(app));
                Ok(())
            }
            Msg::AppBeginUnstake { address } => {
                let app = self.apps.get_mut(&address.0).ok_or_else(|| {
                    TxError::new("application", 101, "application does not exist for that address")
                })?;
                if app.status != 2 {
                    return Err(TxError::new(
                        "sdk",
                        1,
                        "ERROR:\nCodespace: application\nCode: 110\nMessage: \"application status is not valid\"\n",
                    ));
                }
                app.status = 1;
                app.unstaking_height = height + params.unstaking_blocks;
                changes.push(AppChange::Staked(app.clone()));
                Ok(())
            }
            Msg::Send { from, to, amount } => {
                let have = self.balance(from);
                if have < amount.0 {
                    return Err(TxError::new(
                        "sdk",
                        10,
                        format!("insufficient account funds; {have}upokt < {}upokt", amount.0),
                    ));
                }
                if let Some(account) = self.accounts.get_mut(&from.0) {
                    account.balance -= amount.0;
                }
                self.fund(*to, amount.0);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::keys::PrivateKey;
    use crate::protocol::morse::tx::{BASE_FEE, Tx};

    fn key() -> PrivateKey {
        PrivateKey::from_hex(crate::protocol::morse::keys::tests::K_A).unwrap()
    }

    fn signed(msg: Msg, entropy: i64) -> Vec<u8> {
        Tx { chain_id: "localnet".into(), msg, fee: BASE_FEE, memo: String::new(), entropy }.sign(&key()).raw
    }

    #[test]
    fn stake_unstake_and_send_follow_the_blocks() {
        let params = AppParams::default();
        let mut ledger = Ledger::default();
        let me = key().public_key().address();
        // No account, then no balance: the fee cannot be paid.
        let stake = Msg::AppStake {
            public_key: key().public_key(),
            chains: vec!["0021".into()],
            value: Amount(1_000_000_000),
        };
        let (_, e) = ledger.submit(&signed(stake.clone(), 1), "localnet", BASE_FEE, 100).unwrap();
        let e = e.unwrap();
        assert_eq!((e.codespace, e.code), ("sdk", 9));
        assert_eq!(e.message, format!("account {me} does not exist"));
        ledger.fund(me, 0);
        let (_, e) = ledger.submit(&signed(stake.clone(), 1), "localnet", BASE_FEE, 100).unwrap();
        let e = e.unwrap();
        assert_eq!((e.codespace, e.code), ("auth", 6));
        assert_eq!(
            e.message,
            format!("the signer account : {me}, does not have enough coins for the tx. Need 10000upokt")
        );
        ledger.fund(me, 2_000_000_000);
        let raw = signed(stake, 2);
        let (hash, e) = ledger.submit(&raw, "localnet", BASE_FEE, 100).unwrap();
        assert_eq!(e, None);
        assert_eq!(ledger.balance(&me), 2_000_000_000 - 10_000);
        // The same bytes again while they wait: Tendermint's mempool cache.
        assert_eq!(
            ledger.submit(&raw, "localnet", BASE_FEE, 100),
            Err("broadcast_tx_sync: RPC error -32603 - Internal error: tx already exists in cache".into())
        );
        // Wrong chain id: signature.
        let other = signed(Msg::AppBeginUnstake { address: me }, 9);
        assert_eq!(ledger.submit(&other, "mainnet", BASE_FEE, 100).unwrap().1.unwrap().code, 4);
        assert!(ledger.settle(100, &params).is_empty());
        let changes = ledger.settle(101, &params);
        assert_eq!(changes.len(), 1);
        assert_eq!(ledger.txs[&hash].result, None);
        assert_eq!(ledger.txs[&hash].height, 101);
        assert_eq!(ledger.apps[&me.0].max_relays, 2_000_000);
        // Once committed, the same bytes are a duplicate (auth 6).
        let e = ledger.submit(&raw, "localnet", BASE_FEE, 101).unwrap().1.unwrap();
        assert_eq!((e.codespace, e.code), ("auth", 6));
        assert_eq!(
            e.message,
            format!(
                "the transaction hash is already found, this is a duplicate transaction: {}",
                hash.to_lowercase()
            )
        );
        assert_eq!(ledger.balance(&me), 1_000_000_000 - 10_000);

        let (hash, _) = ledger
            .submit(&signed(Msg::AppBeginUnstake { address: me }, 3), "localnet", BASE_FEE, 102)
            .unwrap();
        ledger.settle(103, &params);
        assert_eq!(ledger.txs[&hash].height, 103);
        assert_eq!(ledger.apps[&me.0].status, 1);
        assert_eq!(ledger.apps[&me.0].unstaking_height, 111);
        assert!(ledger.settle(110, &params).is_empty());
        assert_eq!(ledger.settle(111, &params), vec![AppChange::Removed(key().public_key())]);
        assert!(ledger.apps.is_empty());
        assert_eq!(ledger.balance(&me), 2_000_000_000 - 20_000);

        // Unstaking an app that is gone: application 101 at delivery.
        let (hash, _) = ledger
            .submit(&signed(Msg::AppBeginUnstake { address: me }, 4), "localnet", BASE_FEE, 111)
            .unwrap();
        ledger.settle(112, &params);
        let e = ledger.txs[&hash].result.clone().unwrap();
        assert_eq!((e.codespace, e.code), ("application", 101));

        // Send: too much, then enough.
        let to = Address([7; 20]);
        let (hash, _) = ledger
            .submit(
                &signed(Msg::Send { from: me, to, amount: Amount(u64::MAX / 2) }, 5),
                "localnet",
                BASE_FEE,
                112,
            )
            .unwrap();
        ledger.settle(113, &params);
        let e = ledger.txs[&hash].result.clone().unwrap();
        assert_eq!((e.codespace, e.code), ("sdk", 10));
        ledger
            .submit(&signed(Msg::Send { from: me, to, amount: Amount(5) }, 6), "localnet", BASE_FEE, 113)
            .unwrap();
        ledger.settle(114, &params);
        assert_eq!(ledger.balance(&to), 5);
    }
}

//! What a Shannon application's stake buys, as poktroll's tokenomics settles claims
//! (x/tokenomics/keeper/token_logic_modules.go `ensureClaimAmountLimits`, x/proof/types/claim.go
//! `GetClaimeduPOKT`, pkg/crypto/protocol/relay_difficulty.go), with the legacy head split
//! (`overservicing_bonus_multiplier` 1) and without the global-inflation overcharge:
//!
//! - pending sessions P = ceil((claim_window_open + claim_window_close + proof_window_open +
//!   proof_window_close offsets) / num_blocks_per_session) (`GetNumPendingSessions`);
//! - the per-session budget B = stake / P, and each of the session's N suppliers may claim
//!   at most B / N (integer division, as `math.Int.Quo`);
//! - one relay costs CUPR × compute_units_to_tokens_multiplier / compute_unit_cost_granularity
//!   upokt: a claim's mined compute units times the difficulty multiplier (base hash / target
//!   hash) estimate the relays served, so the cost per served relay does not depend on the
//!   difficulty;
//! - relays per session = floor(B × granularity / (CUPR × CUTTM)), per supplier
//!   floor((B / N) × granularity / (CUPR × CUTTM)); of those, a fraction target / base is
//!   mined into the claim (the rest is estimated from it).
//!
//! Exact integer arithmetic (u128 and big integers for the hash ratio). Pure.

use num_bigint::BigUint;

/// Everything the figures come from, as the chain reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    pub stake: u64,
    pub compute_units_per_relay: u64,
    pub compute_units_to_tokens_multiplier: u64,
    pub compute_unit_cost_granularity: u64,
    pub num_blocks_per_session: u64,
    /// The claim and proof window offsets summed (blocks from a session end to settlement).
    pub session_end_to_proof_window_close_blocks: u64,
    pub suppliers_per_session: u64,
    /// The service's relay-mining target hash (32 bytes; all 0xff: every relay is mined).
    pub target_hash: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Throughput {
    pub pending_sessions: u64,
    /// upokt per session (B).
    pub session_budget: u64,
    /// upokt each supplier may claim per session (B / N).
    pub supplier_budget: u64,
    /// upokt per relay, as a fraction (numerator, denominator) in lowest terms.
    pub relay_cost_upokt: (u128, u128),
    pub relays_per_session: u128,
    pub relays_per_supplier: u128,
    /// The difficulty multiplier as a fraction (base / target).
    pub difficulty_multiplier: (String, String),
    /// Relays per supplier and session that are mined into its claim (expected).
    pub mined_relays_per_supplier: u128,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ThroughputError(pub String);

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// poktroll `GetNumPendingSessions`.
pub fn pending_sessions(blocks_to_settlement: u64, blocks_per_session: u64) -> u64 {
    let b = blocks_per_session.max(1);
    blocks_to_settlement.div_ceil(b)
}

pub fn compute(i: &Inputs) -> Result<Throughput, ThroughputError> {
    let bad = |m: &str| Err(ThroughputError(m.to_string()));
    if i.compute_units_per_relay == 0 {
        return bad("the service costs 0 compute units per relay: its relays cost nothing");
    }
    if i.compute_units_to_tokens_multiplier == 0 || i.compute_unit_cost_granularity == 0 {
        return bad("the shared params give compute units no price (multiplier or granularity 0)");
    }
    if i.target_hash.is_empty() || i.target_hash.iter().all(|b| *b == 0) {
        return bad("the relay-mining target hash is zero: no relay could be mined");
    }
    let pending =
        pending_sessions(i.session_end_to_proof_window_close_blocks, i.num_blocks_per_session).max(1);
    let session_budget = i.stake / pending;
    let supplier_budget = session_budget / i.suppliers_per_session.max(1);
    let cost_num = u128::from(i.compute_units_per_relay) * u128::from(i.compute_units_to_tokens_multiplier);
    let cost_den = u128::from(i.compute_unit_cost_granularity);
    let g = gcd(cost_num, cost_den);
    let relays = |budget: u64| u128::from(budget) * cost_den / cost_num;
    let relays_per_supplier = relays(supplier_budget);
    let base = BigUint::from_bytes_be(&vec![0xff; i.target_hash.len().max(32)]);
    let target = BigUint::from_bytes_be(&i.target_hash);
    let mined = BigUint::from(relays_per_supplier) * &target / &base;
    Ok(Throughput {
        pending_sessions: pending,
        session_budget,
        supplier_budget,
        relay_cost_upokt: (cost_num / g, cost_den / g),
        relays_per_session: relays(session_budget),
        relays_per_supplier,
        difficulty_multiplier: (base.to_string(), target.to_string()),
        mined_relays_per_supplier: u128::try_from(mined).unwrap_or(u128::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs() -> Inputs {
        Inputs {
            stake: 100_000_000_000, // 100,000 POKT
            compute_units_per_relay: 1,
            compute_units_to_tokens_multiplier: 42,
            compute_unit_cost_granularity: 1_000_000,
            num_blocks_per_session: 4,
            session_end_to_proof_window_close_blocks: 1 + 4 + 4,
            suppliers_per_session: 15,
            target_hash: vec![0xff; 32],
        }
    }

    #[test]
    fn the_stake_splits_over_pending_sessions_and_suppliers() {
        let t = compute(&inputs()).unwrap();
        // ceil(9 / 4) = 3 pending sessions.
        assert_eq!(t.pending_sessions, 3);
        assert_eq!(t.session_budget, 33_333_333_333);
        assert_eq!(t.supplier_budget, 2_222_222_222);
        // 42 / 1,000,000 upokt per relay = 21/500000.
        assert_eq!(t.relay_cost_upokt, (21, 500_000));
        // 33,333,333,333 × 1,000,000 / 42 = 793,650,793,642,857.14… → 793,650,793,642,857.
        assert_eq!(t.relays_per_session, 793_650_793_642_857);
        assert_eq!(t.relays_per_supplier, 52_910_052_904_761);
        assert_eq!(t.mined_relays_per_supplier, 52_910_052_904_761);
    }

    #[test]
    fn difficulty_changes_what_is_mined_not_what_is_paid() {
        let mut i = inputs();
        // Half the base hash: one relay in two is mined; each mined relay counts twice.
        i.target_hash = [vec![0x7f], vec![0xff; 31]].concat();
        let t = compute(&i).unwrap();
        assert_eq!(t.relays_per_supplier, 52_910_052_904_761);
        // × (2^255 − 1) / (2^256 − 1): just under half, floored.
        assert_eq!(t.mined_relays_per_supplier, 26_455_026_452_380);
        i.compute_units_per_relay = 100;
        assert_eq!(compute(&i).unwrap().relays_per_supplier, 529_100_529_047);
        assert_eq!(compute(&i).unwrap().relay_cost_upokt, (21, 5000));
        i.compute_units_per_relay = 0;
        assert_eq!(
            compute(&i).unwrap_err().0,
            "the service costs 0 compute units per relay: its relays cost nothing"
        );
        assert_eq!(pending_sessions(0, 4), 0);
        assert_eq!(pending_sessions(8, 4), 2);
    }
}

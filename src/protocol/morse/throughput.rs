//! An app's relay throughput (MORSE-TX.md §6): pocket-core's `CalculateAppRelays` (max relays
//! from the stake and the app params) and `MaxPossibleRelays` (per node in a session), in
//! pocket-core's `BigDec` arithmetic: signed fixed point with 18 decimals over big integers,
//! division truncating before a banker's rounding of the 36-digit quotient, multiplication
//! rounding half to even, truncation toward zero. Pure.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// pocket-core's `BigDec`: an integer scaled by 10^18.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dec(BigInt);

fn precision() -> BigInt {
    BigInt::from(10u64.pow(18))
}

/// `chopPrecisionAndRound`: divide by 10^18, rounding half to even (symmetric for negatives).
fn chop_and_round(value: BigInt) -> BigInt {
    if value.is_negative() {
        return -chop_and_round(-value);
    }
    let (quo, rem) = value.div_rem(&precision());
    let half = precision() / 2;
    match rem.cmp(&half) {
        std::cmp::Ordering::Less => quo,
        std::cmp::Ordering::Greater => quo + 1,
        std::cmp::Ordering::Equal if quo.is_even() => quo,
        std::cmp::Ordering::Equal => quo + 1,
    }
}

impl Dec {
    /// `NewDec(i)`.
    pub fn int(i: impl Into<BigInt>) -> Dec {
        Dec(i.into() * precision())
    }

    /// `Quo`: `(x · 10^18 · 10^18) / y` truncated, then chopped with rounding. `None` for y = 0
    /// (Go panics).
    pub fn quo(&self, other: &Dec) -> Option<Dec> {
        if other.0.is_zero() {
            return None;
        }
        let mul = &self.0 * precision() * precision();
        // Go's big.Int Quo truncates toward zero; so does BigInt's `/`.
        Some(Dec(chop_and_round(mul / &other.0)))
    }

    /// `Mul`: `x · y` chopped with rounding.
    pub fn mul(&self, other: &Dec) -> Dec {
        Dec(chop_and_round(&self.0 * &other.0))
    }

    pub fn add(&self, other: &Dec) -> Dec {
        Dec(&self.0 + &other.0)
    }

    /// `TruncateInt`: the integer part, toward zero.
    pub fn truncate(&self) -> BigInt {
        &self.0 / precision()
    }

    /// `RoundInt`: rounded half to even.
    pub fn round(&self) -> BigInt {
        chop_and_round(self.0.clone())
    }

    /// The decimal text with 18 fraction digits, as Go's `Dec.String` writes it.
    pub fn to_go_string(&self) -> String {
        let negative = self.0.is_negative();
        let digits = self.0.abs().to_string();
        let padded = format!("{digits:0>19}");
        let (int, frac) = padded.split_at(padded.len() - 18);
        format!("{}{int}.{frac}", if negative { "-" } else { "" })
    }
}

/// The app params and pools `CalculateAppRelays` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayParams {
    /// `application/BaseRelaysPerPOKT`.
    pub base_relays_per_pokt: i64,
    /// `application/StabilityAdjustment`.
    pub stability_adjustment: i64,
    /// `application/ParticipationRateOn`, with the staked pools (apps + nodes) and the total
    /// supply when on.
    pub participation: Option<Participation>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    pub staked: u128,
    pub total_supply: u128,
}

/// `CalculateAppRelays`: the max relays of an app staking `staked_upokt`, capped at 2^64 − 1.
/// `None` when the participation rate's total supply is zero (the node would panic).
pub fn max_relays(staked_upokt: u64, params: &RelayParams) -> Option<u64> {
    let adjustment = Dec::int(params.stability_adjustment);
    let rate = match &params.participation {
        None => Dec::int(1),
        Some(p) => Dec::int(p.staked).quo(&Dec::int(p.total_supply))?,
    };
    let base = Dec::int(params.base_relays_per_pokt).quo(&Dec::int(100))?;
    let baseline = base.mul(&Dec::int(staked_upokt).quo(&Dec::int(1_000_000))?);
    let result = rate.mul(&baseline).add(&adjustment).truncate();
    if result.is_negative() {
        // sdk.Int of a negative value is kept by the node; an app cannot use it either way.
        return Some(0);
    }
    Some(result.to_u64().unwrap_or(u64::MAX))
}

/// An app's relays per session on each of its chains: `round_half_even(max / chains)`.
pub fn per_session(max_relays: u64, chains: usize) -> Option<u64> {
    Dec::int(max_relays).quo(&Dec::int(chains as u64))?.round().to_u64()
}

/// `MaxPossibleRelays`: the relays an app may send each node of a session on one chain,
/// `round_half_even(max / chains / session_node_count)`. `None` for zero chains or nodes.
pub fn per_session_node(max_relays: u64, chains: usize, session_node_count: u64) -> Option<u64> {
    let per_chain = Dec::int(max_relays).quo(&Dec::int(chains as u64))?;
    let per_node = per_chain.quo(&Dec::int(session_node_count))?;
    per_node.round().to_u64()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(b: i64, a: i64) -> RelayParams {
        RelayParams { base_relays_per_pokt: b, stability_adjustment: a, participation: None }
    }

    #[test]
    fn pocket_core_examples() {
        // §6.2; the first four are pocket-core's TestApplication_CalculateAppRelays.
        assert_eq!(max_relays(1_000_000, &params(100, 0)), Some(1));
        assert_eq!(max_relays(1_000_000, &params(200_000, 0)), Some(2000));
        assert_eq!(max_relays(1_000_000_000, &params(200_000, 0)), Some(2_000_000));
        assert_eq!(max_relays(2_228_350_000_000, &params(200_000, 0)), Some(4_456_700_000));
        assert_eq!(max_relays(1_234_567, &params(7014, 0)), Some(86));
        let on = RelayParams {
            participation: Some(Participation { staked: 3, total_supply: 7 }),
            ..params(7014, 5)
        };
        assert_eq!(max_relays(1_234_567, &on), Some(42));
    }

    #[test]
    fn per_session_examples() {
        assert_eq!(per_session_node(2000, 2, 24), Some(42));
        assert_eq!(per_session_node(2_000_000, 3, 24), Some(27778));
        assert_eq!(per_session_node(2_000_000, 1, 24), Some(83333));
        assert_eq!(per_session_node(4_456_700_000, 1, 24), Some(185_695_833));
        assert_eq!(per_session_node(86, 2, 24), Some(2));
        assert_eq!(per_session_node(1, 0, 24), None);
        assert_eq!(per_session(2000, 3), Some(667));
        assert_eq!(per_session(2000, 0), None);
        assert_eq!(per_session_node(1, 1, 0), None);
    }

    #[test]
    fn decimal_steps_are_go_exact() {
        let pr = Dec::int(3).quo(&Dec::int(7)).unwrap();
        assert_eq!(pr.to_go_string(), "0.428571428571428571");
        assert_eq!(Dec::int(7014).quo(&Dec::int(100)).unwrap().to_go_string(), "70.140000000000000000");
        let bt = Dec::int(7014)
            .quo(&Dec::int(100))
            .unwrap()
            .mul(&Dec::int(1_234_567).quo(&Dec::int(1_000_000)).unwrap());
        assert_eq!(bt.to_go_string(), "86.592529380000000000");
        // Half to even: 0.5 → 0, 1.5 → 2, 2.5 → 2.
        let half = Dec::int(1).quo(&Dec::int(2)).unwrap();
        assert_eq!(half.round(), BigInt::from(0));
        assert_eq!(Dec::int(3).quo(&Dec::int(2)).unwrap().round(), BigInt::from(2));
        assert_eq!(Dec::int(5).quo(&Dec::int(2)).unwrap().round(), BigInt::from(2));
        assert_eq!(Dec::int(-5).quo(&Dec::int(2)).unwrap().round(), BigInt::from(-2));
        // Capped at u64::MAX.
        assert_eq!(max_relays(u64::MAX, &params(i64::MAX, 0)), Some(u64::MAX));
        assert_eq!(max_relays(0, &params(200_000, -5)), Some(0));
        let broken =
            RelayParams { participation: Some(Participation { staked: 1, total_supply: 0 }), ..params(1, 0) };
        assert_eq!(max_relays(1, &broken), None);
    }
}

//! Amounts of POKT: `upokt` (the chain's denomination, what every message carries) and `POKT`
//! (1 POKT = 10^6 upokt), parsed with exact decimal arithmetic (no floats).
//!
//! Accepted text: `1500000upokt`, `1.5POKT`, `1.5 pokt`, `0.000001POKT` (units are
//! case-insensitive, a space before the unit is allowed), and a bare integer, which is **upokt**
//! as in pocket-core's own CLI (`1500000` = 1.5 POKT). A bare number with a decimal point is
//! refused (say which unit). POKT takes at most 6 decimals; upokt takes none.

use std::fmt;

/// upokt per POKT.
pub const UPOKT_PER_POKT: u64 = 1_000_000;

/// An amount in upokt (at most `u64::MAX`, far above the total supply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Amount(pub u64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct AmountError(pub String);

impl Amount {
    pub const fn upokt(n: u64) -> Amount {
        Amount(n)
    }

    pub fn get(self) -> u64 {
        self.0
    }

    /// The canonical decimal text of the upokt value (what the sign doc and protobuf carry).
    pub fn dec(self) -> String {
        self.0.to_string()
    }

    /// The amount in POKT, exact: `1.5`, `0.000001`, `10`.
    pub fn pokt(self) -> String {
        let whole = self.0 / UPOKT_PER_POKT;
        let frac = self.0 % UPOKT_PER_POKT;
        if frac == 0 {
            return whole.to_string();
        }
        let digits = format!("{frac:06}");
        format!("{whole}.{}", digits.trim_end_matches('0'))
    }

    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        self.0.checked_add(other.0).map(Amount)
    }

    /// Parses an amount (see the module docs for the accepted forms).
    pub fn parse(text: &str) -> Result<Amount, AmountError> {
        let trimmed = text.trim();
        let help = "write it as 1.5POKT or 1500000upokt";
        if trimmed.is_empty() {
            return Err(AmountError(format!("the amount is empty: {help}")));
        }
        if trimmed.starts_with(['-', '+']) {
            return Err(AmountError(format!("invalid amount {trimmed:?}: amounts have no sign; {help}")));
        }
        let split = trimmed.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(trimmed.len());
        let (number, unit) = trimmed.split_at(split);
        let unit = unit.trim_start();
        let pokt = match unit.to_ascii_lowercase().as_str() {
            "" => false,
            "upokt" => false,
            "pokt" => true,
            _ => {
                return Err(AmountError(format!(
                    "invalid amount {trimmed:?}: unknown unit {unit:?}; {help}"
                )));
            }
        };
        if number.is_empty() {
            return Err(AmountError(format!("invalid amount {trimmed:?}: no number; {help}")));
        }
        let (whole, frac) = match number.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (number, None),
        };
        if let Some(f) = frac {
            if !pokt {
                let why = if unit.is_empty() {
                    "a bare number is upokt, which has no decimals"
                } else {
                    "upokt has no decimals"
                };
                return Err(AmountError(format!("invalid amount {trimmed:?}: {why}; {help}")));
            }
            if f.contains('.') || (whole.is_empty() && f.is_empty()) {
                return Err(AmountError(format!("invalid amount {trimmed:?}: not a number; {help}")));
            }
            if f.len() > 6 {
                return Err(AmountError(format!(
                    "invalid amount {trimmed:?}: POKT has at most 6 decimals (1 upokt = 0.000001 POKT)"
                )));
            }
        }
        let overflow = || {
            AmountError(format!("invalid amount {trimmed:?}: too large (the limit is {} upokt)", u64::MAX))
        };
        let whole_value: u64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| overflow())? };
        let value = if pokt {
            let frac = frac.unwrap_or("");
            let frac_value: u64 =
                if frac.is_empty() { 0 } else { format!("{frac:0<6}").parse().map_err(|_| overflow())? };
            whole_value
                .checked_mul(UPOKT_PER_POKT)
                .and_then(|v| v.checked_add(frac_value))
                .ok_or_else(overflow)?
        } else {
            whole_value
        };
        Ok(Amount(value))
    }
}

impl fmt::Display for Amount {
    /// `1500000upokt (1.5 POKT)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}upokt ({} POKT)", self.0, self.pokt())
    }
}

impl std::str::FromStr for Amount {
    type Err = AmountError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Amount::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> u64 {
        Amount::parse(text).unwrap_or_else(|e| panic!("{text}: {e}")).0
    }

    fn err(text: &str) -> String {
        Amount::parse(text).unwrap_err().0
    }

    #[test]
    fn units_parse_exactly() {
        assert_eq!(ok("1.5POKT"), 1_500_000);
        assert_eq!(ok("1.5 pokt"), 1_500_000);
        assert_eq!(ok("1500000upokt"), 1_500_000);
        assert_eq!(ok("1500000 UPOKT"), 1_500_000);
        assert_eq!(ok("1500000"), 1_500_000);
        assert_eq!(ok("0.000001POKT"), 1);
        assert_eq!(ok(".5POKT"), 500_000);
        assert_eq!(ok("2.POKT"), 2_000_000);
        assert_eq!(ok("10POKT"), 10_000_000);
        assert_eq!(ok("0"), 0);
        assert_eq!(ok("18446744073709551615"), u64::MAX);
        assert_eq!(ok("18446744073709.551615POKT"), u64::MAX);
    }

    #[test]
    fn bad_amounts_get_one_line_errors() {
        assert_eq!(
            err("1.0000001POKT"),
            "invalid amount \"1.0000001POKT\": POKT has at most 6 decimals (1 upokt = 0.000001 POKT)"
        );
        assert_eq!(
            err("1.5"),
            "invalid amount \"1.5\": a bare number is upokt, which has no decimals; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(
            err("1.5upokt"),
            "invalid amount \"1.5upokt\": upokt has no decimals; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(
            err("18446744073709551616"),
            "invalid amount \"18446744073709551616\": too large (the limit is 18446744073709551615 upokt)"
        );
        assert_eq!(
            err("18446744073709.551616POKT"),
            "invalid amount \"18446744073709.551616POKT\": too large (the limit is 18446744073709551615 upokt)"
        );
        assert_eq!(
            err("5 eth"),
            "invalid amount \"5 eth\": unknown unit \"eth\"; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(
            err("-5"),
            "invalid amount \"-5\": amounts have no sign; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(err("POKT"), "invalid amount \"POKT\": no number; write it as 1.5POKT or 1500000upokt");
        assert_eq!(
            err("1.2.3POKT"),
            "invalid amount \"1.2.3POKT\": not a number; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(
            err(".POKT"),
            "invalid amount \".POKT\": not a number; write it as 1.5POKT or 1500000upokt"
        );
        assert_eq!(err(""), "the amount is empty: write it as 1.5POKT or 1500000upokt");
    }

    #[test]
    fn display_is_exact() {
        assert_eq!(Amount(1_500_000).pokt(), "1.5");
        assert_eq!(Amount(1).pokt(), "0.000001");
        assert_eq!(Amount(10_000_000).pokt(), "10");
        assert_eq!(Amount(10_000).to_string(), "10000upokt (0.01 POKT)");
        assert_eq!(Amount(123).dec(), "123");
    }
}

//! Relay chain IDs (docs/protocol.md §13). pocket-core compares IDs as exact, case-sensitive strings,
//! so pgw always sends the canonical form (4 hex characters, letters uppercase).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Chain {
    pub id: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

pub static CHAINS: &[Chain] = &[
    Chain { id: "0001", name: "Pocket Network mainnet", aliases: &["pokt", "pocket"] },
    Chain { id: "0003", name: "Avalanche C-Chain", aliases: &["avax", "avalanche"] },
    Chain { id: "0004", name: "BNB Smart Chain", aliases: &["bsc", "bnb"] },
    Chain { id: "0005", name: "Fuse", aliases: &["fuse"] },
    Chain { id: "0006", name: "Solana", aliases: &["sol", "solana"] },
    Chain { id: "0009", name: "Polygon (Matic)", aliases: &["poly", "polygon", "matic"] },
    Chain { id: "000B", name: "Polygon archival", aliases: &["poly-archival", "polygon-archival"] },
    Chain { id: "000F", name: "Polygon Mumbai", aliases: &["mumbai", "polygon-mumbai"] },
    Chain { id: "0010", name: "BSC archival", aliases: &["bsc-archival"] },
    Chain { id: "0021", name: "Ethereum mainnet", aliases: &["eth", "ethereum", "eth-mainnet"] },
    Chain { id: "0022", name: "Ethereum mainnet archival", aliases: &["eth-archival"] },
    Chain { id: "0026", name: "Ethereum Goerli", aliases: &["goerli", "eth-goerli"] },
    Chain { id: "0027", name: "Gnosis Chain", aliases: &["gnosis", "xdai"] },
    Chain { id: "0028", name: "Ethereum archival + trace", aliases: &["eth-trace", "eth-archival-trace"] },
    Chain { id: "0040", name: "Harmony shard 0", aliases: &["harmony", "one"] },
    Chain { id: "0046", name: "Evmos", aliases: &["evmos"] },
    Chain { id: "0049", name: "Fantom", aliases: &["ftm", "fantom"] },
    Chain { id: "0052", name: "NEAR", aliases: &["near"] },
    Chain { id: "0053", name: "Optimism", aliases: &["op", "optimism"] },
    Chain { id: "0054", name: "Osmosis", aliases: &["osmo", "osmosis"] },
    Chain { id: "0065", name: "Celo", aliases: &["celo"] },
    Chain { id: "0066", name: "Arbitrum One", aliases: &["arb", "arbitrum"] },
    Chain { id: "0074", name: "Polygon zkEVM", aliases: &["zkevm", "polygon-zkevm"] },
    Chain { id: "0076", name: "Sui", aliases: &["sui"] },
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown chain \"{0}\": use a 4-hex-character relay chain ID (e.g. 0021) or an alias; \
     `pgw chains` lists them"
)]
pub struct UnknownChain(pub String);

/// A chain ID as it goes on the wire, with its table entry when pgw knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainId {
    pub id: String,
    pub known: Option<&'static Chain>,
}

/// Resolves an ID (any case) or an alias. Unlisted 4-hex IDs are accepted: new chains appear
/// through governance without a pgw release.
pub fn resolve(input: &str) -> Result<ChainId, UnknownChain> {
    let trimmed = input.trim();
    if trimmed.len() == 4 && trimmed.bytes().all(|b| b.is_ascii_hexdigit()) {
        let id = trimmed.to_ascii_uppercase();
        let known = CHAINS.iter().find(|c| c.id == id);
        return Ok(ChainId { id, known });
    }
    CHAINS
        .iter()
        .find(|c| c.aliases.iter().any(|a| a.eq_ignore_ascii_case(trimmed)))
        .map(|c| ChainId { id: c.id.to_string(), known: Some(c) })
        .ok_or_else(|| UnknownChain(input.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_ids_resolve_to_canonical_ids() {
        assert_eq!(resolve("eth").unwrap().id, "0021");
        assert_eq!(resolve("ETH").unwrap().id, "0021");
        assert_eq!(resolve("000b").unwrap().id, "000B");
        assert_eq!(resolve("0021").unwrap().known.unwrap().name, "Ethereum mainnet");
        let unlisted = resolve("0aff").unwrap();
        assert_eq!((unlisted.id.as_str(), unlisted.known), ("0AFF", None));
    }

    #[test]
    fn unknown_names_are_refused_with_a_hint() {
        assert_eq!(
            resolve("ethereum-classic").unwrap_err().to_string(),
            "unknown chain \"ethereum-classic\": use a 4-hex-character relay chain ID (e.g. 0021) or an alias; `pgw chains` lists them"
        );
        assert!(resolve("00211").is_err());
        assert!(resolve("00zz").is_err());
    }

    #[test]
    fn table_is_consistent() {
        let mut seen = std::collections::HashSet::new();
        for chain in CHAINS {
            assert_eq!(chain.id.len(), 4);
            assert!(chain.id.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
            assert!(seen.insert(chain.id), "duplicate id {}", chain.id);
            for alias in chain.aliases {
                assert!(seen.insert(alias), "duplicate alias {alias}");
                assert_eq!(*alias, alias.to_ascii_lowercase());
            }
        }
    }
}

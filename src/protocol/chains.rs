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

/// A Shannon service (poktroll service IDs) and the Morse chain it continues, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Service {
    pub id: &'static str,
    pub name: &'static str,
    /// The Morse relay chain ID serving the same chain.
    pub morse: Option<&'static str>,
}

/// Shannon service IDs pgw knows (docs/shannon.md). New services need no pgw release: any
/// valid service ID is accepted as it is.
pub static SERVICES: &[Service] = &[
    Service { id: "eth", name: "Ethereum mainnet", morse: Some("0021") },
    Service { id: "base", name: "Base", morse: None },
    Service { id: "anvil", name: "Anvil (local EVM test chain)", morse: None },
    Service { id: "poly", name: "Polygon", morse: Some("0009") },
    Service { id: "arb-one", name: "Arbitrum One", morse: Some("0066") },
    Service { id: "op", name: "Optimism", morse: Some("0053") },
    Service { id: "bsc", name: "BNB Smart Chain", morse: Some("0004") },
    Service { id: "avax", name: "Avalanche C-Chain", morse: Some("0003") },
    Service { id: "gnosis", name: "Gnosis Chain", morse: Some("0027") },
    Service { id: "fantom", name: "Fantom", morse: Some("0049") },
    Service { id: "celo", name: "Celo", morse: Some("0065") },
    Service { id: "solana", name: "Solana", morse: Some("0006") },
    Service { id: "near", name: "NEAR", morse: Some("0052") },
    Service { id: "sui", name: "Sui", morse: Some("0076") },
    Service { id: "osmosis", name: "Osmosis", morse: Some("0054") },
    Service { id: "pocket", name: "Pocket Network (Shannon)", morse: Some("0001") },
];

/// A Shannon service ID as it goes on the wire, with its table entry when pgw knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceId {
    pub id: String,
    pub known: Option<&'static Service>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown service \"{0}\": use a Shannon service ID (e.g. eth, base, anvil: 1-42 letters, digits, \
     '-' or '_'), or a Morse chain ID or alias that `pgw chains` maps to one"
)]
pub struct UnknownService(pub String);

/// Resolves a chain for Shannon: a known service ID (any case), a Morse chain ID or alias with a
/// Shannon service (`0021` and `eth` both give `eth`), or any other valid service ID as is.
pub fn resolve_service(input: &str) -> Result<ServiceId, UnknownService> {
    let trimmed = input.trim();
    if let Some(s) = SERVICES.iter().find(|s| s.id.eq_ignore_ascii_case(trimmed)) {
        return Ok(ServiceId { id: s.id.to_string(), known: Some(s) });
    }
    if let Ok(chain) = resolve(trimmed) {
        if let Some(s) = SERVICES.iter().find(|s| s.morse == Some(chain.id.as_str())) {
            return Ok(ServiceId { id: s.id.to_string(), known: Some(s) });
        }
        if chain.known.is_some() {
            return Err(UnknownService(input.to_string()));
        }
    }
    let valid = !trimmed.is_empty()
        && trimmed.len() <= 42
        && trimmed.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        Ok(ServiceId { id: trimmed.to_string(), known: None })
    } else {
        Err(UnknownService(input.to_string()))
    }
}

/// The Shannon service of a Morse chain ID, if pgw knows one.
pub fn service_of_chain(chain_id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.morse == Some(chain_id))
}

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

    /// serve takes a served chain's first alias as naming it without resolving: each alias must
    /// resolve to its own chain.
    #[test]
    fn every_alias_resolves_to_its_own_chain() {
        for chain in CHAINS {
            for alias in chain.aliases {
                assert_eq!(resolve(alias).unwrap().id, chain.id, "alias {alias}");
            }
        }
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
    fn morse_chains_map_to_shannon_services() {
        for input in ["eth", "ETH", "0021", "ethereum", "eth-mainnet"] {
            assert_eq!(resolve_service(input).unwrap().id, "eth", "{input}");
        }
        assert_eq!(resolve_service("0009").unwrap().id, "poly");
        assert_eq!(resolve_service("anvil").unwrap().known.unwrap().morse, None);
        let new = resolve_service("my-chain_2").unwrap();
        assert_eq!((new.id.as_str(), new.known), ("my-chain_2", None));
        // A Morse chain with no Shannon service is refused rather than sent as a service ID.
        assert!(resolve_service("0026").is_err());
        assert_eq!(
            resolve_service("bad id").unwrap_err().to_string(),
            "unknown service \"bad id\": use a Shannon service ID (e.g. eth, base, anvil: 1-42 letters, digits, '-' or '_'), or a Morse chain ID or alias that `pgw chains` maps to one"
        );
        assert!(resolve_service(&"x".repeat(43)).is_err());
        assert_eq!(service_of_chain("0021").unwrap().id, "eth");
        let mut seen = std::collections::HashSet::new();
        for s in SERVICES {
            assert!(seen.insert(s.id), "duplicate service {}", s.id);
            if let Some(m) = s.morse {
                assert!(CHAINS.iter().any(|c| c.id == m), "{} maps to unknown chain {m}", s.id);
            }
        }
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

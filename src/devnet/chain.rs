//! The devnet's built-in blockchain: deterministic answers consistent with the devnet's block
//! height, so relays need no real RPC endpoint. It plays the upstream node behind a servicer:
//! the body returned here is what pocket-core would read from its chain, before its response
//! sorting (`crate::protocol::morse::gosort`).
//!
//! JSON-RPC (single calls and batches) answers like an EVM node (geth's key order and error
//! texts); a non-empty relay `path` is a REST call.

use serde_json::{Value, json};

use crate::protocol::hash::sha3;

/// One request as a servicer forwards it to its chain.
pub struct ChainRequest<'a> {
    /// The relay chain ID (`"0021"`…), which picks the EVM chain id.
    pub chain: &'a str,
    /// The relay payload's `data` (the request body).
    pub data: &'a str,
    /// The HTTP method (not used to route: every path answers any method).
    pub method: &'a str,
    /// The relay payload's `path`; empty (or only slashes) for JSON-RPC.
    pub path: &'a str,
    /// The POKT block height (minus any `lagging` fault).
    pub height: i64,
}

/// EVM heights run ahead of POKT heights by a fixed offset.
pub const EVM_HEIGHT_OFFSET: i64 = 18_000_000;

/// `eth_gasPrice`: 1 gwei.
const GAS_PRICE_WEI: u64 = 1_000_000_000;

/// The upstream response body the built-in chain gives (before pocket-core's sorting), and the
/// HTTP status it would have.
pub fn answer(req: &ChainRequest<'_>) -> (u16, String) {
    // pocket-core appends "/" + trim(path, "/") to the chain URL, so "/" still reaches the root.
    if !req.path.trim_matches('/').is_empty() {
        return rest(req);
    }
    let body = match serde_json::from_str::<Value>(req.data) {
        Ok(Value::Array(calls)) if calls.is_empty() => rpc_error(&Value::Null, -32600, "empty batch"),
        Ok(Value::Array(calls)) => Value::Array(calls.iter().map(|call| rpc(req, call)).collect()),
        Ok(call) => rpc(req, &call),
        Err(_) => rpc_error(&Value::Null, -32700, "Parse error"),
    };
    (200, body.to_string())
}

/// The EVM block height the chain reports for a POKT height.
pub fn evm_height(pokt_height: i64) -> u64 {
    EVM_HEIGHT_OFFSET.saturating_add(pokt_height).max(0) as u64
}

/// The EVM chain id (`eth_chainId`, `net_version`) of a relay chain; Ethereum's for the rest.
pub fn evm_chain_id(chain: &str) -> u64 {
    match chain {
        "0009" | "000B" => 137, // Polygon
        "000F" => 80001,        // Polygon Mumbai
        "0004" | "0010" => 56,  // BNB Smart Chain
        "0066" => 42161,        // Arbitrum One
        "0053" => 10,           // Optimism
        "0003" => 43114,        // Avalanche C-Chain
        "0049" => 250,          // Fantom
        "0027" => 100,          // Gnosis
        "0065" => 42220,        // Celo
        "0074" => 1101,         // Polygon zkEVM
        "0026" => 5,            // Goerli
        _ => 1,                 // Ethereum mainnet (0021, 0022, 0028) and everything else
    }
}

/// The deterministic balance of `address` (any case), the same at every height: the first
/// 8 bytes of SHA3-256 of the lowercased address, big-endian.
pub fn balance(address: &str) -> u64 {
    let digest = sha3(address.to_ascii_lowercase().as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

fn quantity(n: u64) -> Value {
    Value::String(format!("0x{n:x}"))
}

fn rpc_error(id: &Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

/// Answers one JSON-RPC call (an element of a batch, or the whole body).
fn rpc(req: &ChainRequest<'_>, call: &Value) -> Value {
    let Value::Object(call) = call else {
        return rpc_error(&Value::Null, -32600, "invalid request");
    };
    let id = call.get("id").cloned().unwrap_or(Value::Null);
    let Some(method) = call.get("method").and_then(Value::as_str) else {
        return rpc_error(&id, -32600, "invalid request");
    };
    let result = match method {
        "eth_blockNumber" => quantity(evm_height(req.height)),
        "eth_chainId" => quantity(evm_chain_id(req.chain)),
        "net_version" => Value::String(evm_chain_id(req.chain).to_string()),
        "web3_clientVersion" => Value::String(format!("pgw-devnet/{}", env!("CARGO_PKG_VERSION"))),
        "eth_gasPrice" => quantity(GAS_PRICE_WEI),
        "eth_syncing" => Value::Bool(false),
        "eth_getBalance" => match call.get("params").and_then(|p| p.get(0)) {
            None | Some(Value::Null) => {
                return rpc_error(&id, -32602, "missing value for required argument 0");
            }
            Some(Value::String(address)) => quantity(balance(address)),
            Some(_) => {
                return rpc_error(
                    &id,
                    -32602,
                    "invalid argument 0: json: cannot unmarshal non-string into Go value of type common.Address",
                );
            }
        },
        other => {
            return rpc_error(&id, -32601, &format!("the method {other} does not exist/is not available"));
        }
    };
    json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

/// A REST call: `path` is routed without its query string.
fn rest(req: &ChainRequest<'_>) -> (u16, String) {
    let route = req.path.split('?').next().unwrap_or_default();
    let route = format!("/{}", route.trim_matches('/'));
    let height = req.height.max(0);
    let body = match route.as_str() {
        "/health" => json!({ "status": "ok" }),
        "/v1/query/height" => json!({ "height": height }),
        "/cosmos/base/tendermint/v1beta1/blocks/latest" => {
            json!({ "block": { "header": { "height": height.to_string() } } })
        }
        _ => return (404, json!({ "error": "not found", "path": route }).to_string()),
    };
    (200, body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::gosort::sort_json_response;

    fn ask_on(chain: &str, data: &str, height: i64) -> String {
        let (status, body) = answer(&ChainRequest { chain, data, method: "POST", path: "", height });
        assert_eq!(status, 200, "{body}");
        body
    }

    fn ask(data: &str) -> String {
        ask_on("0021", data, 1)
    }

    fn get(path: &str, height: i64) -> (u16, String) {
        answer(&ChainRequest { chain: "0001", data: "", method: "GET", path, height })
    }

    fn result(body: &str) -> Value {
        serde_json::from_str::<Value>(body).unwrap()["result"].clone()
    }

    #[test]
    fn block_number_follows_the_height() {
        assert_eq!(
            ask_on("0021", r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#, 100),
            r#"{"jsonrpc":"2.0","id":1,"result":"0x112a8e4"}"#
        );
        let mut previous = 0;
        for height in [0, 1, 2, 1000, 123_456] {
            let body = ask_on("0021", r#"{"jsonrpc":"2.0","method":"eth_blockNumber","id":1}"#, height);
            let hex = result(&body).as_str().unwrap().to_string();
            let number = u64::from_str_radix(hex.strip_prefix("0x").unwrap(), 16).unwrap();
            assert_eq!(number, 18_000_000 + height as u64);
            assert!(number > previous);
            previous = number;
        }
        // A node lagging beyond genesis still answers a valid quantity.
        assert_eq!(evm_height(-20_000_000), 0);
    }

    #[test]
    fn ids_are_echoed_exactly() {
        for id in [r#""a""#, r#""""#, "7", "0", "-3", "1.0", "12345678901234567890", "null", r#"{"x":[1]}"#] {
            let body = ask(&format!(r#"{{"jsonrpc":"2.0","method":"eth_chainId","params":[],"id":{id}}}"#));
            assert_eq!(body, format!(r#"{{"jsonrpc":"2.0","id":{id},"result":"0x1"}}"#));
        }
        assert_eq!(ask(r#"{"method":"eth_chainId"}"#), r#"{"jsonrpc":"2.0","id":null,"result":"0x1"}"#);
    }

    #[test]
    fn chain_ids_per_relay_chain() {
        let cases = [
            ("0021", "0x1", "1"),
            ("0009", "0x89", "137"),
            ("0004", "0x38", "56"),
            ("0066", "0xa4b1", "42161"),
            ("0053", "0xa", "10"),
            ("0003", "0xa86a", "43114"),
            ("0049", "0xfa", "250"),
            ("0027", "0x64", "100"),
            ("0001", "0x1", "1"),
            ("FFFF", "0x1", "1"),
        ];
        for (chain, hex, decimal) in cases {
            let id = ask_on(chain, r#"{"jsonrpc":"2.0","method":"eth_chainId","id":1}"#, 5);
            assert_eq!(result(&id), hex, "{chain}");
            let version = ask_on(chain, r#"{"jsonrpc":"2.0","method":"net_version","id":1}"#, 5);
            assert_eq!(version, format!(r#"{{"jsonrpc":"2.0","id":1,"result":"{decimal}"}}"#));
        }
    }

    #[test]
    fn fixed_answers() {
        assert_eq!(
            ask(r#"{"jsonrpc":"2.0","method":"web3_clientVersion","id":1}"#),
            format!(r#"{{"jsonrpc":"2.0","id":1,"result":"pgw-devnet/{}"}}"#, env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(
            ask(r#"{"jsonrpc":"2.0","method":"eth_gasPrice","id":1}"#),
            r#"{"jsonrpc":"2.0","id":1,"result":"0x3b9aca00"}"#
        );
        assert_eq!(
            ask(r#"{"jsonrpc":"2.0","method":"eth_syncing","id":1}"#),
            r#"{"jsonrpc":"2.0","id":1,"result":false}"#
        );
    }

    #[test]
    fn balances_are_deterministic_per_address() {
        let call = |address: &str, height| {
            let data = format!(
                r#"{{"jsonrpc":"2.0","method":"eth_getBalance","params":["{address}","latest"],"id":1}}"#
            );
            ask_on("0021", &data, height)
        };
        let address = "0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B";
        let body = call(address, 1);
        assert_eq!(body, call(address, 999_999));
        assert_eq!(body, call(&address.to_ascii_lowercase(), 7));
        assert_ne!(body, call("0x0000000000000000000000000000000000000000", 1));
        let digest = sha3(address.to_ascii_lowercase().as_bytes());
        assert_eq!(result(&body), format!("0x{}", hex::encode(&digest[..8]).trim_start_matches('0')));
    }

    #[test]
    fn balance_needs_an_address() {
        assert_eq!(
            ask(r#"{"jsonrpc":"2.0","method":"eth_getBalance","params":[],"id":4}"#),
            r#"{"jsonrpc":"2.0","id":4,"error":{"code":-32602,"message":"missing value for required argument 0"}}"#
        );
        assert!(ask(r#"{"jsonrpc":"2.0","method":"eth_getBalance","id":4}"#).contains("-32602"));
        assert!(ask(r#"{"jsonrpc":"2.0","method":"eth_getBalance","params":[1],"id":4}"#).contains("-32602"));
    }

    #[test]
    fn unknown_methods_and_bad_requests() {
        assert_eq!(
            ask(r#"{"jsonrpc":"2.0","method":"eth_foo","params":[],"id":"x"}"#),
            r#"{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"the method eth_foo does not exist/is not available"}}"#
        );
        let parse_error = r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#;
        for data in ["nope", "", r#"{"method":"eth_chainId""#, r#"{"method":"eth_chainId"} x"#] {
            assert_eq!(ask(data), parse_error, "{data:?}");
        }
        assert_eq!(
            ask(r#"{"id":2}"#),
            r#"{"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":"invalid request"}}"#
        );
        assert_eq!(
            ask("42"),
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request"}}"#
        );
    }

    #[test]
    fn batches_answer_in_order() {
        let batch = ask(
            r#"[{"jsonrpc":"2.0","method":"eth_chainId","id":1},{"jsonrpc":"2.0","method":"eth_syncing","id":"b"},
                {"jsonrpc":"2.0","method":"nope","id":3},7]"#,
        );
        assert_eq!(
            batch,
            concat!(
                r#"[{"jsonrpc":"2.0","id":1,"result":"0x1"},{"jsonrpc":"2.0","id":"b","result":false},"#,
                r#"{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"the method nope does not exist/is not available"}},"#,
                r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request"}}]"#
            )
        );
        // pocket-core leaves batches unsorted.
        assert_eq!(sort_json_response(&batch), batch);
        assert_eq!(
            ask(" [ ] "),
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"empty batch"}}"#
        );
    }

    #[test]
    fn single_answers_come_out_sorted_from_a_servicer() {
        let body = ask(r#"{"jsonrpc":"2.0","method":"eth_gasPrice","id":1}"#);
        assert_eq!(sort_json_response(&body), r#"{"id":1,"jsonrpc":"2.0","result":"0x3b9aca00"}"#);
    }

    #[test]
    fn rest_paths() {
        assert_eq!(get("/health", 42), (200, r#"{"status":"ok"}"#.to_string()));
        assert_eq!(get("health", 42), (200, r#"{"status":"ok"}"#.to_string()));
        assert_eq!(get("/health/", 42), (200, r#"{"status":"ok"}"#.to_string()));
        assert_eq!(get("/v1/query/height", 42), (200, r#"{"height":42}"#.to_string()));
        assert_eq!(get("v1/query/height?x=1", 43), (200, r#"{"height":43}"#.to_string()));
        assert_eq!(
            get("/cosmos/base/tendermint/v1beta1/blocks/latest", 42),
            (200, r#"{"block":{"header":{"height":"42"}}}"#.to_string())
        );
        assert_eq!(get("/nope", 42), (404, r#"{"error":"not found","path":"/nope"}"#.to_string()));
        assert_eq!(get("a/b/", 42), (404, r#"{"error":"not found","path":"/a/b"}"#.to_string()));
    }

    #[test]
    fn a_root_path_is_json_rpc() {
        let (status, body) = answer(&ChainRequest {
            chain: "0021",
            data: r#"{"jsonrpc":"2.0","method":"eth_chainId","id":1}"#,
            method: "POST",
            path: "/",
            height: 1,
        });
        assert_eq!((status, body.as_str()), (200, r#"{"jsonrpc":"2.0","id":1,"result":"0x1"}"#));
    }
}

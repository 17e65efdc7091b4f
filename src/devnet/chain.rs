//! The devnet's built-in blockchain: deterministic answers consistent with the block height, so
//! relays need no real RPC endpoint.

use serde_json::{Value, json};

use crate::protocol::hash::sha3;

/// One request as a servicer forwards it to its chain.
pub struct ChainRequest<'a> {
    pub chain: &'a str,
    pub data: &'a str,
    pub method: &'a str,
    pub path: &'a str,
    /// The POKT block height (minus any `lagging` fault).
    pub height: i64,
}

/// EVM heights run ahead of POKT heights by a fixed offset.
pub const EVM_HEIGHT_OFFSET: i64 = 18_000_000;

/// The upstream HTTP status and body (before pocket-core's response sorting).
pub fn answer(req: &ChainRequest<'_>) -> (u16, String) {
    if !req.path.is_empty() {
        return rest(req);
    }
    match serde_json::from_str::<Value>(req.data) {
        Ok(Value::Array(calls)) if calls.is_empty() => {
            (200, rpc_error(&Value::Null, -32600, "empty batch").to_string())
        }
        Ok(Value::Array(calls)) => {
            let answers: Vec<Value> = calls.iter().map(|call| rpc(req, call)).collect();
            (200, Value::Array(answers).to_string())
        }
        Ok(call @ Value::Object(_)) => (200, rpc(req, &call).to_string()),
        _ => (200, rpc_error(&Value::Null, -32700, "Parse error").to_string()),
    }
}

fn rpc_error(id: &Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

fn quantity(n: u64) -> Value {
    Value::String(format!("0x{n:x}"))
}

fn chain_id(chain: &str) -> u64 {
    match chain {
        "0009" | "000B" => 137,
        "0004" | "0010" => 56,
        "0066" => 42161,
        "0053" => 10,
        "0003" => 43114,
        "0049" => 250,
        "0027" => 100,
        "0065" => 42220,
        "0074" => 1101,
        "0026" => 5,
        _ => 1,
    }
}

fn rpc(req: &ChainRequest<'_>, call: &Value) -> Value {
    let id = call.get("id").cloned().unwrap_or(Value::Null);
    let Some(method) = call.get("method").and_then(Value::as_str) else {
        return rpc_error(&id, -32600, "invalid request");
    };
    let result = match method {
        "eth_blockNumber" => quantity((EVM_HEIGHT_OFFSET + req.height).max(0) as u64),
        "eth_chainId" => quantity(chain_id(req.chain)),
        "net_version" => Value::String(chain_id(req.chain).to_string()),
        "web3_clientVersion" => Value::String(format!("pgw-devnet/{}", env!("CARGO_PKG_VERSION"))),
        "eth_gasPrice" => quantity(1_000_000_000),
        "eth_syncing" => Value::Bool(false),
        "eth_getBalance" => {
            let address = call["params"][0].as_str().unwrap_or_default().to_ascii_lowercase();
            let digest = sha3(address.as_bytes());
            let mut wei = [0u8; 8];
            wei.copy_from_slice(&digest[..8]);
            quantity(u64::from_be_bytes(wei) >> 4)
        }
        other => {
            return rpc_error(&id, -32601, &format!("the method {other} does not exist/is not available"));
        }
    };
    json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

fn rest(req: &ChainRequest<'_>) -> (u16, String) {
    let path = format!("/{}", req.path.trim_matches('/'));
    let body = match path.as_str() {
        "/health" => json!({ "status": "ok" }),
        "/v1/query/height" => json!({ "height": req.height }),
        "/cosmos/base/tendermint/v1beta1/blocks/latest" => {
            json!({ "block": { "header": { "height": req.height.to_string() } } })
        }
        _ => return (404, json!({ "error": "not found", "path": path }).to_string()),
    };
    (200, body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(data: &str, height: i64) -> String {
        answer(&ChainRequest { chain: "0021", data, method: "POST", path: "", height }).1
    }

    #[test]
    fn json_rpc_answers_follow_the_height_and_echo_ids() {
        let h = ask(r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":"a"}"#, 100);
        assert_eq!(h, r#"{"jsonrpc":"2.0","id":"a","result":"0x112a8e4"}"#);
        assert_eq!(
            ask(r#"{"method":"eth_chainId","id":7}"#, 1),
            r#"{"jsonrpc":"2.0","id":7,"result":"0x1"}"#
        );
        assert_eq!(ask(r#"{"method":"net_version","id":1}"#, 1), r#"{"jsonrpc":"2.0","id":1,"result":"1"}"#);
        let b1 = ask(r#"{"method":"eth_getBalance","params":["0xAb"],"id":1}"#, 1);
        assert_eq!(b1, ask(r#"{"method":"eth_getBalance","params":["0xab"],"id":1}"#, 999));
    }

    #[test]
    fn errors_and_batches() {
        assert_eq!(
            ask(r#"{"method":"eth_foo","id":3}"#, 1),
            r#"{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"the method eth_foo does not exist/is not available"}}"#
        );
        assert_eq!(
            ask("nope", 1),
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#
        );
        let batch = ask(r#"[{"method":"eth_chainId","id":1},{"method":"eth_syncing","id":2}]"#, 1);
        assert_eq!(
            batch,
            r#"[{"jsonrpc":"2.0","id":1,"result":"0x1"},{"jsonrpc":"2.0","id":2,"result":false}]"#
        );
        assert!(ask("[]", 1).contains("-32600"));
    }

    #[test]
    fn rest_paths() {
        let get = |path| answer(&ChainRequest { chain: "0001", data: "", method: "GET", path, height: 42 });
        assert_eq!(get("/v1/query/height"), (200, r#"{"height":42}"#.to_string()));
        assert_eq!(get("health"), (200, r#"{"status":"ok"}"#.to_string()));
        assert_eq!(get("/nope").0, 404);
    }
}

use crate::common::*;

#[test]
fn chains_json_lists_ids_names_and_aliases() {
    let env = Env::new();
    let out = env.pgw().args(["chains", "--output", "json"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let eth = json.as_array().unwrap().iter().find(|c| c["id"] == "0021").unwrap();
    assert_eq!(eth["name"], "Ethereum mainnet");
    assert_eq!(eth["aliases"][0], "eth");
}

#[test]
fn chains_table_has_a_row_per_chain() {
    let env = Env::new();
    let out = env.pgw().arg("chains").output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("│ 0021 ┆ Ethereum mainnet"), "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("│ 0")).count(), 24);
}

#[test]
fn chains_map_morse_ids_to_shannon_services() {
    let env = Env::new();
    let out = env.pgw().args(["chains", "--output", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let eth = json.as_array().unwrap().iter().find(|c| c["id"] == "0021").unwrap();
    assert_eq!(eth["shannon_service"], "eth");
    let goerli = json.as_array().unwrap().iter().find(|c| c["id"] == "0026").unwrap();
    assert_eq!(goerli["shannon_service"], serde_json::Value::Null);
    let out = env.pgw().args(["chains", "--protocol", "shannon"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("│ eth ") && text.contains("┆ 0021"), "{text}");
    assert!(text.contains("│ anvil "), "{text}");
    let out = env.pgw().args(["chains", "--protocol", "shannon", "--output", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0], serde_json::json!({"id": "eth", "name": "Ethereum mainnet", "morse": "0021"}));
}

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

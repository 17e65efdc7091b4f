//! Shared helpers: an isolated `pgw` command and the test keys of docs/protocol.md §14.

use std::path::PathBuf;

use assert_cmd::Command;
use tempfile::TempDir;

/// K_B: the client/app key of docs/protocol.md §14 (gateway-server's test key).
pub const K_B: &str = "3fe64039816c44e8872e4ef981725b968422e3d49e95a1eb800707591df30fe374039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";
pub const K_B_PUB: &str = "74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";
/// K_A: the servicer key of docs/protocol.md §14.
pub const K_A: &str = "1f8cbde30ef5a9db0a5a9d5eb40536fc9defc318b8581d543808b7504e0902bcb243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
pub const K_A_PUB: &str = "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
pub const ETH_BLOCK_NUMBER: &str = r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#;

/// A scratch directory with key files, and a `pgw` command that sees none of the user's
/// environment.
pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Self {
        let env = Env { dir: tempfile::tempdir().unwrap() };
        env.write("kb.key", &format!("{K_B}\n"));
        env.write("ka.key", K_A);
        env
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn pgw(&self) -> Command {
        let mut cmd = Command::cargo_bin("pgw").unwrap();
        cmd.current_dir(self.dir.path())
            .env_remove("PGW_APP_KEY")
            .env_remove("PGW_CLIENT_KEY")
            .env_remove("PGW_DISPATCHERS")
            .env_remove("PGW_PROFILE")
            .env_remove("PGW_TIMEOUT")
            .env_remove("PGW_CONNECT_TIMEOUT")
            .env_remove("PGW_PASSPHRASE")
            .env_remove("PGW_NEW_PASSPHRASE")
            .env_remove("PGW_PPK_PASSPHRASE")
            .env("PGW_HOME", self.path("home"))
            .env("HOME", self.dir.path());
        cmd
    }

    /// `pgw proof sign` for the §10.2 vector relay, with extra arguments.
    pub fn sign_vector(&self, extra: &[&str]) -> Command {
        let mut cmd = self.pgw();
        cmd.args(["proof", "sign", "eth", ETH_BLOCK_NUMBER, "--servicer", K_A_PUB])
            .args(["--session-height", "12345", "--block-height", "12346", "--entropy", "8675309"])
            .args(extra);
        cmd
    }
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

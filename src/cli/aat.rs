//! `pgw aat gen` and `pgw aat verify`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Ctx;
use super::input;
use super::keysource::{AppKeyArgs, ClientKeyArgs, NO_APP_KEY};
use crate::credential;
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::fsutil;
use crate::output::{checklist, table};
use crate::protocol::morse::aat::Aat;
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::{verify, wire};

#[derive(Debug, Subcommand)]
pub enum AatCommand {
    Gen(GenArgs),
    Verify(VerifyArgs),
}

impl AatCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        match self {
            AatCommand::Gen(args) => args.run(ctx),
            AatCommand::Verify(args) => args.run(ctx),
        }
    }
}

/// Make a signed AAT: the app key authorises a client key to sign relays for it.
///
/// Without a client key the AAT is self-signed (client = app). With `--output json`, stdout is
/// the AAT object itself, ready for `--aat FILE`.
///
/// Examples:
///   pgw aat gen --app-key-file app.key
///   pgw aat gen --app-key-file app.key --client-pub 74039dbe…7849 --out aat.json
///   PGW_APP_KEY=$(cat app.key) pgw aat gen --output json > aat.json
///   pgw aat gen --app-key my-app --credential-out relayer.json   # for scripts: no passphrase per relay
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GenArgs {
    #[command(flatten)]
    app: AppKeyArgs,
    /// The client's public key (64 hex characters)
    #[arg(long, value_name = "HEX", conflicts_with_all = ["client_key", "client_key_file"])]
    client_pub: Option<String>,
    #[command(flatten)]
    client: ClientKeyArgs,
    /// Also write the AAT as JSON to FILE
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Also write a client credential file for scripts: the AAT and its client's private key,
    /// unencrypted, mode 0600. Without a client key, a new client key is generated for it
    #[arg(long, value_name = "FILE", conflicts_with = "client_pub")]
    credential_out: Option<PathBuf>,
    /// Overwrite an existing --credential-out file
    #[arg(long, requires = "credential_out")]
    force: bool,
}

impl GenArgs {
    fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let app = self.app.resolve(ctx)?.ok_or_else(|| Error::key(NO_APP_KEY))?;
        let mut client_key = self.client.resolve(ctx)?;
        if self.credential_out.is_some() && client_key.is_none() {
            // Never put the app key in a plaintext file: the credential gets its own client key.
            client_key = Some(PrivateKey::generate());
        }
        let client = match (&self.client_pub, &client_key) {
            (Some(hex), _) => input::parse_public_key("--client-pub", hex)?,
            (None, Some(key)) => key.public_key(),
            (None, None) => app.public_key(),
        };
        let aat = Aat::sign(&app, &client);
        if let (Some(path), Some(client_key)) = (&self.credential_out, &client_key) {
            if path.exists() && !self.force {
                return Err(Error::usage(format!(
                    "{} already exists: pass --force to overwrite it",
                    path.display()
                )));
            }
            fsutil::write_atomic(path, credential::to_json(&aat, client_key).as_bytes(), Some(0o600))?;
            ctx.printer.warn(&format!(
                "wrote {}: it holds an unencrypted client key that can spend this app's relays (not its stake); keep it private",
                path.display()
            ));
        }
        if let Some(path) = &self.out {
            let mut json = aat.to_json();
            json.push('\n');
            fsutil::write_atomic(path, json.as_bytes(), None)?;
        }
        let report = verify::verify_aat(&aat);
        let rows = [
            ("version", aat.version.clone()),
            ("app_pub_key", aat.app_pub_key.clone()),
            ("client_pub_key", aat.client_pub_key.clone()),
            ("signature", aat.signature.clone()),
            ("app address", report.app_address.clone().unwrap_or_default()),
            ("client address", report.client_address.clone().unwrap_or_default()),
            ("token (AAT hash)", report.token.clone()),
            ("self-signed", report.self_signed.to_string()),
        ];
        ctx.printer.result(&aat, || table::render(&table::key_values(rows)))?;
        Ok(EXIT_OK)
    }
}

/// Check an AAT as a node does: version, key formats and the app's signature.
///
/// Reads the AAT JSON from FILE, or stdin when FILE is `-` or absent. Exits 1 when a check fails.
///
/// Examples:
///   pgw aat verify aat.json
///   pgw aat gen --app-key-file app.key --output json | pgw aat verify
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// AAT JSON file, or - for stdin
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
}

impl VerifyArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let bytes = input::read_limited(&self.file, crate::limits::AAT)?;
        let aat = wire::decode_aat(&bytes)
            .map_err(|e| Error::usage(format!("{}: not an AAT: {e}", self.file.display())))?;
        let report = verify::verify_aat(&aat);
        ctx.printer.result(&report, || {
            let mut text = table::render(&table::key_values([
                ("token (AAT hash)", report.token.clone()),
                ("app address", report.app_address.clone().unwrap_or_else(|| "-".into())),
                ("client address", report.client_address.clone().unwrap_or_else(|| "-".into())),
                ("self-signed", report.self_signed.to_string()),
            ]));
            text.push_str(&checklist::render(&report.checks, false));
            text.push_str(&checklist::verdict_line(&report.verdict, "AAT"));
            text
        })?;
        Ok(if report.verdict.valid { EXIT_OK } else { EXIT_CHECK_FAILED })
    }
}

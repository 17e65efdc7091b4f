//! Who signs relays: a client credential file, an AAT with its client key, or an app key alone
//! (a self-signed AAT is made on the fly) — shared by `proof sign`, `relay`, `bench` and `serve`.

use std::path::{Path, PathBuf};

use clap::Args;

use super::Ctx;
use super::input;
use super::keysource::{AppKeyArgs, ClientKeyArgs, NO_APP_KEY};
use crate::credential;
use crate::error::{Error, Result};
use crate::protocol::morse::aat::Aat;
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::relay::RelaySigner;
use crate::protocol::morse::wire;

#[derive(Debug, Args)]
pub struct SignerArgs {
    /// An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign
    #[arg(long, value_name = "FILE")]
    pub aat: Option<PathBuf>,
    /// A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one,
    /// no passphrase needed
    #[arg(long, value_name = "FILE", conflicts_with_all = ["aat", "app_key", "app_key_file", "client_key", "client_key_file"])]
    pub credential: Option<PathBuf>,
    #[command(flatten)]
    pub app: AppKeyArgs,
    #[command(flatten)]
    pub client: ClientKeyArgs,
}

/// Reads a client credential file into a signer.
pub fn credential_signer(path: &Path) -> Result<RelaySigner> {
    credential::parse(&input::read_limited(path, crate::limits::CREDENTIAL)?)
        .map_err(|e| Error::key(format!("{}: {e}", path.display())))
}

impl SignerArgs {
    /// The signer the flags and PGW_APP_KEY/PGW_CLIENT_KEY describe, or `None` when they name
    /// no key at all.
    pub fn resolve(&mut self, ctx: &Ctx) -> Result<Option<RelaySigner>> {
        if let Some(path) = &self.credential {
            return credential_signer(path).map(Some);
        }
        let app = self.app.resolve(ctx)?;
        let client = self.client.resolve(ctx)?;
        let (aat, client) = match &self.aat {
            Some(path) => {
                let aat = wire::decode_aat(&input::read_limited(path, crate::limits::AAT)?)
                    .map_err(|e| Error::usage(format!("{}: not an AAT: {e}", path.display())))?;
                if let Err(e) = aat.validate() {
                    return Err(Error::usage(format!(
                        "{}: the AAT is invalid ({e}); check it with `pgw aat verify`",
                        path.display()
                    )));
                }
                let client = client.or(app).ok_or_else(|| {
                    Error::key("the AAT's client key must sign the relay: pass --client-key-file FILE or set PGW_CLIENT_KEY")
                })?;
                (aat, client)
            }
            None => match app {
                Some(app) => {
                    let client = client.unwrap_or_else(|| app.clone());
                    (Aat::sign(&app, &client.public_key()), client)
                }
                None if client.is_some() => {
                    return Err(Error::key(format!("{NO_APP_KEY} (or --aat FILE with a client key)")));
                }
                None => return Ok(None),
            },
        };
        RelaySigner::new(aat, client).map(Some).map_err(|e| Error::key(e.to_string()))
    }

    /// Like [`resolve`](Self::resolve), but a missing key is an error.
    pub fn require(&mut self, ctx: &Ctx) -> Result<RelaySigner> {
        self.resolve(ctx)?
            .ok_or_else(|| Error::key(format!("{NO_APP_KEY} (or --aat FILE with a client key)")))
    }
}

/// A signer for `app` with a self-signed AAT (the app is its own client).
pub fn self_signed(app: PrivateKey) -> Result<RelaySigner> {
    let aat = Aat::sign(&app, &app.public_key());
    RelaySigner::new(aat, app).map_err(|e| Error::key(e.to_string()))
}

/// A self-signed signer for a fresh random app key (`--devnet`: apps are staked on dispatch).
pub fn ephemeral() -> Result<RelaySigner> {
    self_signed(PrivateKey::generate())
}

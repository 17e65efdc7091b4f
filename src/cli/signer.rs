//! Who signs relays: a client credential file, an AAT with its client key, or an app key alone
//! (a self-signed AAT is made on the fly) — shared by `proof sign`, `relay`, `bench` and `serve`.
//! On Shannon: an app key (the app signs for itself) or a gateway key with the apps that
//! delegated to it. [`relayers`] is the one place a network command's protocol picks its relays.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;

use super::Ctx;
use super::input;
use super::keysource::{AppKeyArgs, ClientKeyArgs, NO_APP_KEY};
use super::net::Network;
use super::shannon::{self as shannon_cli, Role};
use crate::credential;
use crate::error::{Error, Result};
use crate::network::config::Protocol;
use crate::network::relayer::Relayer;
use crate::network::{morse, shannon};
use crate::protocol::morse::aat::Aat;
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::relay::RelaySigner;
use crate::protocol::morse::wire;
use crate::protocol::shannon::keys::decode_address;

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

/// The Shannon signer flags of `relay`, `bench` and `serve`.
#[derive(Debug, Args)]
#[command(next_help_heading = "Shannon relays (--protocol shannon)")]
pub struct ShannonKeyArgs {
    /// The gateway's key, which signs for apps that delegated to it: a Shannon keystore name or
    /// address (or hex, visible in the process list: prefer --gateway-key-file or
    /// PGW_GATEWAY_KEY)
    #[arg(long, value_name = "KEY")]
    pub gateway_key: Option<String>,
    /// A file holding the gateway's secp256k1 private key as 64 hex characters
    #[arg(long, value_name = "FILE", conflicts_with = "gateway_key")]
    pub gateway_key_file: Option<PathBuf>,
    /// An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine
    /// and session per app, taken in turn) [default with --devnet: the apps delegated to it]
    #[arg(long = "app", value_name = "ADDR")]
    pub apps: Vec<String>,
}

/// The relayers of a network command, by the network's protocol (the one place that chooses):
/// Morse's AAT-signed relays, or Shannon's app- or gateway-signed ones (one per app; several
/// when a gateway serves several `--app`).
pub fn relayers(
    ctx: &Ctx,
    network: &Network,
    signer: &mut SignerArgs,
    keys: &mut ShannonKeyArgs,
    devnet: bool,
) -> Result<Vec<Arc<dyn Relayer>>> {
    if network.protocol() == Protocol::Morse {
        super::shannon::refuse_flags(
            &[
                ("--gateway-key", keys.gateway_key.is_some()),
                ("--gateway-key-file", keys.gateway_key_file.is_some()),
                ("--app", !keys.apps.is_empty()),
            ],
            "Morse",
            "add --protocol shannon (or use a Shannon profile), or sign with --app-key or --credential",
        )?;
        let flags = signer.resolve(ctx)?;
        let signer = super::relay::signer_for(ctx, flags, &network.settings, devnet)?;
        return Ok(vec![morse::Relays::shared(signer)]);
    }
    let morse_only = [
        ("--aat", signer.aat.is_some()),
        ("--credential", signer.credential.is_some()),
        ("--client-key", signer.client.client_key.is_some()),
        ("--client-key-file", signer.client.client_key_file.is_some()),
    ];
    shannon_cli::refuse_flags(
        &morse_only,
        "Shannon",
        "a Shannon relay is signed by the app (--app-key) or a gateway it delegated to (--gateway-key with --app)",
    )?;
    let apps: Vec<String> = keys
        .apps
        .iter()
        .map(|a| {
            let a = a.trim();
            decode_address(a).map_err(|e| Error::usage(format!("--app {a:?}: {e}")))?;
            Ok(a.to_string())
        })
        .collect::<Result<_>>()?;
    let found = shannon_cli::resolve_signer(
        ctx,
        keys.gateway_key.take(),
        keys.gateway_key_file.as_deref(),
        &mut signer.app,
    )?;
    let found = match found {
        Some(found) => Some(found),
        None => match &settings_app_key(network) {
            Some(name) => Some(shannon_cli::ShannonSigner {
                role: Role::App,
                key: super::keysource::unlock_named_shannon(ctx, name)?,
            }),
            None => None,
        },
    };
    let Some(found) = found else {
        // Zero set-up on the devnet: its gateway 0 signs for the apps delegated to it.
        if let Some(d) = network.shannon_devnet.as_ref().filter(|_| devnet) {
            let gateway =
                d.world.gateways.first().ok_or_else(|| Error::usage("the devnet has no gateway"))?;
            let delegated: Vec<String> = d
                .world
                .apps
                .iter()
                .filter(|(_, app)| app.delegatee_gateway_addresses.contains(&gateway.address))
                .map(|(a, _)| a.address.clone())
                .filter(|a| apps.is_empty() || apps.contains(a))
                .collect();
            let apps = if apps.is_empty() { delegated } else { apps };
            return Ok(apps
                .iter()
                .map(|app| shannon::Relays::gateway(gateway.key.clone(), app).shared())
                .collect());
        }
        return Err(Error::key(
            "no signing key: pass --app-key NAME (the app signs for itself) or --gateway-key NAME with --app pokt1… (a gateway the app delegated to), their -file flags, or set PGW_APP_KEY or PGW_GATEWAY_KEY (or use --devnet)",
        ));
    };
    match found.role {
        Role::App => {
            let relays = shannon::Relays::app(found.key);
            if let Some(other) = apps.iter().find(|a| *a != relays.app()) {
                return Err(Error::usage(format!(
                    "--app {other} is not the app key's address ({}): an app signs only for itself; to sign for several apps, use a gateway key they delegated to (--gateway-key)",
                    relays.app()
                )));
            }
            Ok(vec![relays.shared()])
        }
        Role::Gateway => {
            let apps = if apps.is_empty() {
                match network.shannon_devnet.as_ref() {
                    Some(d) => {
                        let address = found.key.public_key().address();
                        d.world
                            .apps
                            .iter()
                            .filter(|(_, app)| app.delegatee_gateway_addresses.contains(&address))
                            .map(|(a, _)| a.address.clone())
                            .collect()
                    }
                    None => vec![],
                }
            } else {
                apps
            };
            if apps.is_empty() {
                return Err(Error::usage(
                    "a gateway signs for apps that delegated to it: pass --app pokt1… (repeat for several apps)",
                ));
            }
            Ok(apps.iter().map(|app| shannon::Relays::gateway(found.key.clone(), app).shared()).collect())
        }
    }
}

/// The profile's `app_key` (a keystore name), if any.
fn settings_app_key(network: &Network) -> Option<String> {
    network.settings.app_key.value.clone()
}

/// One of several relayers (a gateway's apps), at random: one request spreads load that way.
pub fn pick(mut relayers: Vec<Arc<dyn Relayer>>) -> Arc<dyn Relayer> {
    use rand::Rng;
    let index = rand::thread_rng().gen_range(0..relayers.len().max(1));
    relayers.swap_remove(index.min(relayers.len().saturating_sub(1)))
}

//! `pgw chains`.

use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::error::{EXIT_OK, Result};
use crate::network::config::Protocol;
use crate::output::table;
use crate::protocol::chains::{self, CHAINS, SERVICES};

/// List the chains pgw knows: Morse relay chain IDs with names, aliases and the Shannon service
/// each maps to, or (--protocol shannon) Shannon service IDs with the Morse chain they continue.
///
/// Every CHAIN argument accepts an ID (any 4 hex characters, listed or not) or an alias; on
/// Shannon it also accepts a service ID (any valid one, listed or not), and a Morse ID or alias
/// means its service, so `0021` and `eth` are the same chain on either protocol.
///
/// Examples:
///   pgw chains
///   pgw chains --output json | jq -r '.[].id'
///   pgw chains --protocol shannon
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ChainsArgs {
    /// Which protocol's chain names to list: morse (relay chain IDs) or shannon (service IDs)
    #[arg(long, value_name = "PROTOCOL", default_value = "morse", value_parser = Protocol::parse)]
    protocol: Protocol,
}

#[derive(Serialize)]
struct ChainRow {
    #[serde(flatten)]
    chain: &'static chains::Chain,
    /// The Shannon service ID of the same chain, when there is one.
    shannon_service: Option<&'static str>,
}

impl ChainsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        if self.protocol == Protocol::Shannon {
            ctx.printer.result(SERVICES, || {
                let mut t = table::new(&["Service", "Chain", "Morse chain"]);
                for s in SERVICES {
                    t.add_row(vec![s.id.to_string(), s.name.to_string(), s.morse.unwrap_or("-").to_string()]);
                }
                table::render(&t)
            })?;
            return Ok(EXIT_OK);
        }
        let rows: Vec<ChainRow> = CHAINS
            .iter()
            .map(|chain| ChainRow {
                chain,
                shannon_service: chains::service_of_chain(chain.id).map(|s| s.id),
            })
            .collect();
        ctx.printer.result(&rows, || {
            let mut t = table::new(&["ID", "Chain", "Aliases", "Shannon service"]);
            for r in &rows {
                t.add_row(vec![
                    r.chain.id.to_string(),
                    r.chain.name.to_string(),
                    r.chain.aliases.join(", "),
                    r.shannon_service.unwrap_or("-").to_string(),
                ]);
            }
            table::render(&t)
        })?;
        Ok(EXIT_OK)
    }
}

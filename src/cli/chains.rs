//! `pgw chains`.

use clap::Args;

use super::Ctx;
use crate::error::{EXIT_OK, Result};
use crate::output::table;
use crate::protocol::chains::CHAINS;

/// List the relay chain IDs pgw knows, with names and aliases.
///
/// Every CHAIN argument accepts an ID (any 4 hex characters, listed or not) or an alias.
///
/// Examples:
///   pgw chains
///   pgw chains --output json | jq -r '.[].id'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ChainsArgs {}

impl ChainsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        ctx.printer.result(CHAINS, || {
            let mut t = table::new(&["ID", "Chain", "Aliases"]);
            for chain in CHAINS {
                t.add_row(vec![chain.id.to_string(), chain.name.to_string(), chain.aliases.join(", ")]);
            }
            table::render(&t)
        })?;
        Ok(EXIT_OK)
    }
}

//! `pgw completions SHELL`.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, Ctx};
use crate::error::{EXIT_OK, Result};

/// Print a completion script for SHELL on stdout.
///
/// Examples:
///   pgw completions bash > ~/.local/share/bash-completion/completions/pgw
///   pgw completions zsh > ~/.zfunc/_pgw
///   pgw completions fish > ~/.config/fish/completions/pgw.fish
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: Shell,
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pgw", &mut out);
    out
}

impl CompletionsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        ctx.printer.stdout(&script(self.shell))?;
        Ok(EXIT_OK)
    }
}

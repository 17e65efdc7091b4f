use std::process::ExitCode;

use clap::Parser;
use pgw::cli::{Cli, Ctx, run};
use pgw::error::Error;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = Ctx::from_global(&cli.global);
    let code = match run(cli, &ctx) {
        Ok(code) => code,
        // A closed pipe (`pgw … | head`) is not an error.
        Err(Error::Stdout(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(err) => ctx.printer.error(&err),
    };
    ExitCode::from(code)
}

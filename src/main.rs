use std::process::ExitCode;

use clap::Parser;
use pgw::cli::{Cli, Ctx, run};
use pgw::error::Error;

// A relay makes about 80 small allocations; mimalloc's thread-local free lists cost less than
// glibc's arenas, and keep them closer in cache (docs/performance.md, "mimalloc").
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

//! Files generated from the command tree: shell completions and the CLI reference. A test fails
//! when they are stale; `PGW_BLESS=1 cargo test` rewrites them.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;
use pgw::cli::Cli;

fn check_or_bless(path: &Path, generated: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("PGW_BLESS").is_some() {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: regenerate with `PGW_BLESS=1 cargo test --test it generated`",
        path.display()
    );
}

#[test]
fn completions_are_current() {
    for (shell, file) in [
        (Shell::Bash, "pgw.bash"),
        (Shell::Zsh, "_pgw"),
        (Shell::Fish, "pgw.fish"),
        (Shell::PowerShell, "_pgw.ps1"),
        (Shell::Elvish, "pgw.elv"),
    ] {
        check_or_bless(&Path::new("completions").join(file), &pgw::cli::completions::script(shell));
    }
}

/// Renders `pgw help` for every command, depth first.
fn reference(cmd: &mut clap::Command, path: &str, out: &mut String) {
    let name =
        if path.is_empty() { cmd.get_name().to_string() } else { format!("{path} {}", cmd.get_name()) };
    let help = cmd.clone().term_width(100).render_long_help().to_string();
    out.push_str(&format!("\n## `{name}`\n\n```text\n{}\n```\n", help.trim_end()));
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() != "help" {
            reference(sub, &name, out);
        }
    }
}

#[test]
fn cli_reference_is_current() {
    let mut cmd = Cli::command();
    cmd.build();
    let mut doc = String::from(
        "# pgw command reference\n\nGenerated from `pgw --help` by `PGW_BLESS=1 cargo test --test it generated`; do not edit by hand.\nExit codes and output formats: [output.md](output.md).\n",
    );
    reference(&mut cmd, "", &mut doc);
    check_or_bless(Path::new("docs/cli.md"), doc.as_bytes());
}

#[test]
fn command_tree_is_well_formed() {
    Cli::command().debug_assert();
}

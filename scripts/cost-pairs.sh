#!/usr/bin/env bash
# Two pgw builds compared by CPU per relay, in pairs of runs minutes apart, so that a shared VM's
# drift cancels in each pair (docs/performance.md, "Cost per relay"): serve under oha, bench
# --no-verify and bench, Morse, pinned as cost-per-relay.sh's PIN=1. Prints each scenario's
# median µs per relay per build and the median of the pairs' ratios B/A (below 1: B is cheaper).
#
# Usage: PGW_BEFORE=/path/to/old/pgw scripts/cost-pairs.sh   (env: ROUNDS=6 N=8000 C=32,
#                                                             PGW=target/release/pgw as B)
# Needs: cargo, python3, taskset; installs oha (cargo install oha --locked) when missing.
set -euo pipefail

ROUNDS=${ROUNDS:-6}
N=${N:-8000}
C=${C:-32}
PGW=${PGW:-target/release/pgw}

cd "$(dirname "$0")/.."
say() { printf 'cost-pairs: %s\n' "$*" >&2; }
[ -n "${PGW_BEFORE:-}" ] || { say "set PGW_BEFORE to the build to compare with (A)"; exit 2; }
command -v python3 >/dev/null || { say "python3 is needed"; exit 2; }
command -v taskset >/dev/null || { say "taskset is needed (util-linux)"; exit 2; }
command -v oha >/dev/null || { say "installing oha (cargo install oha --locked)…"; cargo install oha --locked; }
say "building pgw and the target (release)…"
cargo build --release --locked --quiet --bin pgw --example bench_target

exec python3 scripts/cost_pairs.py --a "$PGW_BEFORE" --b "$PGW" --target-bin target/release/examples/bench_target \
    -n "$N" -c "$C" --rounds "$ROUNDS"

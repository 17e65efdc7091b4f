#!/usr/bin/env bash
# Instructions per relay of pgw bench, serve and devnet (Morse and Shannon) beside the
# instructions of the protocol's signatures and verifications inside them (Ed25519; Shannon's ring
# signature and the supplier's ECDSA signature), counted by callgrind in the same runs
# (docs/performance.md, "Counted, not timed"). Unlike CPU time, the count does not move with the
# machine's neighbours, so two builds can be compared on a busy machine. User space only.
#
# Usage: scripts/instructions-per-relay.sh   (env: N1=200 N2=1200 C=8 OUT=target/cost-per-relay
#                                              PROTOCOLS="morse shannon" PGW=target/release/pgw)
# Needs: valgrind, python3, oha (installed with cargo install oha --locked when missing).
set -euo pipefail

N1=${N1:-200}
N2=${N2:-1200}
C=${C:-8}
OUT=${OUT:-target/cost-per-relay}
PGW=${PGW:-target/release/pgw}
PROTOCOLS=${PROTOCOLS:-morse shannon}

cd "$(dirname "$0")/.."
say() { printf 'instructions-per-relay: %s\n' "$*" >&2; }

command -v python3 >/dev/null || { say "python3 is needed"; exit 2; }
command -v valgrind >/dev/null || { say "valgrind is needed (apt-get install valgrind)"; exit 2; }
command -v oha >/dev/null || { say "installing oha (cargo install oha --locked)…"; cargo install oha --locked; }
say "building pgw and the target (release)…"
cargo build --release --locked --quiet --bin pgw --example bench_target

exec python3 scripts/instructions_per_relay.py --pgw "$PGW" --target-bin target/release/examples/bench_target \
    --n1 "$N1" --n2 "$N2" -c "$C" --protocols "$PROTOCOLS" --out "$OUT"

#!/usr/bin/env bash
# CPU per relay of pgw bench, serve and devnet (Morse and Shannon) beside the protocols' own
# cost, measured in the same run (docs/performance.md, "Cost per relay"):
#
#   1. calibration: examples/crypto_floor.rs times each signature and verification a relay needs
#      alone (Ed25519 sign/verify; a prepared 2-key ring signature, its verification, ECDSA
#      sign/verify), as CPU time; it runs again at the end to show how much the machine drifted;
#   2. oha against examples/bench_target.rs (answers at once), with keep-alive and with a new
#      connection per request: the HTTP client's own cost per request;
#   3. bench --no-verify → the same target; bench → devnet; oha → serve → devnet, per protocol.
#      Each load is N relays on loopback after a warm-up. CPU = user + system, from the
#      process's CPU-time clock (devnet, serve; to the nanosecond) or the finished process's
#      rusage (bench, oha), divided by the relays that succeeded;
#   4. a table: CPU per relay, how busy the process was (CPU ÷ the load's wall time), the floor
#      it is compared with, the ratio, and issue 16's target; under it, the share of the machine's
#      CPU time stolen by the hypervisor during the loads (/proc/stat);
#      target/cost-per-relay/cost.json holds the same figures;
#   5. with SCALING=1: oha → serve → Morse devnet with every process pinned to 1 core and then to
#      2 (taskset), serve's state in memory and in a local redis-server with a relay budget:
#      relays/s and each process's CPU per relay, beside what the model predicts;
#   With PIN=1 the load generator runs on CPU 0 and what it loads on CPU 1 (serve on CPU 0, the
#   devnet and oha on CPU 1), so two processes do not share one core's caches and time slices.
#   With SLICES=K the serve scenario runs as K slices of N/K relays with the floor timed on
#   serve's and the devnet's CPUs before each slice and after the last; each slice's ratio uses
#   the floors on either side of it, and the row gives the median (a VM's speed drifts by ±20%
#   within minutes, which moves a whole run's floor and load apart).
#   With BENCH_ROUNDS=K the bench scenarios run K times against one target and devnet, each round
#   beside its own oha → target load and with the floor timed after it (and before the first):
#   a round holds bench against that round's oha and floors, and the rows give the medians (oha's
#   figure, which sets bench's target, moves by ±25% from one load to the next).
#   PGW=path measures another pgw binary with the same harness (alternate two to compare them).
#   6. a flame graph of the process that used the most CPU (a shorter rerun of its scenario
#      under `perf record`, with the `profiling` build: release code plus line tables).
#
# Usage: scripts/cost-per-relay.sh     (env: N=20000 C=32 PROTOCOLS="morse shannon" FLAME=1
#                                        OUT=target/cost-per-relay FLOOR_SECONDS=1 SCALING=0
#                                        SLICES=0 BENCH_ROUNDS=0
#                                        PIN=0 PGW=target/release/pgw)
# Needs: cargo, python3; installs oha (cargo install oha) and, for the flame graph, inferno
# (cargo install inferno) when missing; perf from Debian's linux-perf (FLAME=0 skips it).
set -euo pipefail

N=${N:-20000}
C=${C:-32}
PROTOCOLS=${PROTOCOLS:-morse shannon}
FLAME=${FLAME:-1}
OUT=${OUT:-target/cost-per-relay}
FLOOR_SECONDS=${FLOOR_SECONDS:-1}
SLICES=${SLICES:-0}
BENCH_ROUNDS=${BENCH_ROUNDS:-0}
SCALING=${SCALING:-0}
PIN=${PIN:-0}
PGW=${PGW:-target/release/pgw}

cd "$(dirname "$0")/.."
say() { printf 'cost-per-relay: %s\n' "$*" >&2; }

command -v python3 >/dev/null || { say "python3 is needed"; exit 2; }
command -v oha >/dev/null || { say "installing oha (cargo install oha --locked)…"; cargo install oha --locked; }
say "building pgw, the target and the calibration (release)…"
cargo build --release --locked --quiet --bin pgw --example bench_target --example crypto_floor

extra=()
[ "$PIN" = 1 ] && extra+=(--pin)
if [ "$SCALING" = 1 ]; then
    command -v redis-server >/dev/null || { say "SCALING=1 needs redis-server (apt-get install redis-server)"; exit 2; }
    command -v taskset >/dev/null || { say "SCALING=1 needs taskset (util-linux)"; exit 2; }
    extra+=(--scaling)
fi
profiling=()
if [ "$FLAME" = 1 ]; then
    if ! command -v perf >/dev/null; then
        say "perf is needed for the flame graph (apt-get install linux-perf), or run with FLAME=0"
        exit 2
    fi
    command -v inferno-flamegraph >/dev/null ||
        { say "installing inferno (cargo install inferno --locked)…"; cargo install inferno --locked; }
    say "building pgw with line tables for perf (cargo build --profile profiling)…"
    cargo build --profile profiling --locked --quiet --bin pgw
    profiling=(--profiling-pgw target/profiling/pgw)
fi

exec python3 scripts/cost_per_relay.py --pgw "$PGW" "${profiling[@]}" "${extra[@]}" \
    --target-bin target/release/examples/bench_target --floor-bin target/release/examples/crypto_floor \
    -n "$N" -c "$C" --protocols "$PROTOCOLS" --out "$OUT" --floor-seconds "$FLOOR_SECONDS" \
    --slices "$SLICES" --bench-rounds "$BENCH_ROUNDS"

#!/usr/bin/env bash
# scripts/cost-per-relay.sh several times, alternating two builds when asked, and the median of
# each ratio per build with how many rounds met its target (docs/performance.md, "Cost per
# relay"). On a shared VM one run's ratios move by ±20%; the median of alternating rounds is what
# can tell a target met, or one build from another.
#
# Usage: scripts/cost-rounds.sh                      (env: ROUNDS=5, and cost-per-relay.sh's N, C,
#                                                      PROTOCOLS, PIN; FLAME is always 0 here)
#        PGW_BEFORE=/path/to/old/pgw ROUNDS=4 PIN=1 PROTOCOLS=morse scripts/cost-rounds.sh
#            (each round measures the old build, then this one: label "before", then "after")
# Writes target/cost-rounds/<label>-<round>/cost.json and target/cost-rounds/rounds.json.
set -euo pipefail

ROUNDS=${ROUNDS:-5}
OUT=${OUT:-target/cost-rounds}
PGW=${PGW:-target/release/pgw}

cd "$(dirname "$0")/.."
runs=()
for round in $(seq 1 "$ROUNDS"); do
    builds=("after=$PGW")
    [ -n "${PGW_BEFORE:-}" ] && builds=("before=$PGW_BEFORE" "after=$PGW")
    for build in "${builds[@]}"; do
        label=${build%%=*}
        printf 'cost-rounds: round %s of %s, %s (%s)\n' "$round" "$ROUNDS" "$label" "${build#*=}" >&2
        FLAME=0 PGW=${build#*=} OUT="$OUT/$label-$round" scripts/cost-per-relay.sh >/dev/null
        runs+=("$label=$OUT/$label-$round/cost.json")
    done
done
exec python3 scripts/cost_rounds.py --out "$OUT/rounds.json" "${runs[@]}"

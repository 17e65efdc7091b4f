#!/usr/bin/env python3
"""Medians of several scripts/cost-per-relay.sh runs, per build (docs/performance.md, "Cost per
relay"). Called by scripts/cost-rounds.sh with the cost.json of each run.

One run's ratios move by ±20% on a shared VM (the floor is recalibrated in each run, but a
neighbour's load does not hit the calibration and the load alike), so a single run cannot say
whether a target is met, nor whether one build is cheaper than another. Over rounds that
alternate the builds, the median ratio and the share of rounds that met the target can.
"""

import argparse
import json
import statistics


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True, help="where to write the medians as JSON")
    p.add_argument("runs", nargs="+", help="LABEL=path/to/cost.json, one per run")
    args = p.parse_args()
    rows = {}  # (scenario, process) -> label -> [(ratio, met, µs)]
    labels = []
    for run in args.runs:
        label, path = run.split("=", 1)
        if label not in labels:
            labels.append(label)
        with open(path) as f:
            for r in json.load(f)["rows"]:
                if r.get("ratio_to_floor") is None:
                    continue
                key = (r["scenario"], r["process"])
                rows.setdefault(key, {}).setdefault(label, []).append(
                    (r["ratio_to_floor"], r["met"], r["cpu_us_per_relay"]))
    print(f"{'scenario':<40} {'process':<7} {'build':<8} {'rounds':>6} {'µs/relay':>9} "
          f"{'×floor median':>13} {'range':>11}  met")
    result = []
    for (scenario, process), by_label in rows.items():
        for label in labels:
            got = by_label.get(label, [])
            if not got:
                continue
            ratios = [g[0] for g in got]
            met = sum(1 for g in got if g[1])
            median = statistics.median(ratios)
            us = statistics.median(g[2] for g in got)
            print(f"{scenario:<40} {process:<7} {label:<8} {len(got):>6} {us:>9.1f} {median:>13.2f} "
                  f"{min(ratios):>5.2f}–{max(ratios):<5.2f}  {met} of {len(got)}")
            result.append({"scenario": scenario, "process": process, "build": label, "rounds": len(got),
                           "median_us_per_relay": us, "median_ratio": median, "min_ratio": min(ratios),
                           "max_ratio": max(ratios), "met": met})
    with open(args.out, "w") as f:
        json.dump({"rows": result}, f, indent=1)
    print(f"results: {args.out}")


if __name__ == "__main__":
    main()

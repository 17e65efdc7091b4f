#!/usr/bin/env python3
"""Two pgw builds compared by CPU per relay in pairs of runs minutes apart (docs/performance.md).

Called by scripts/cost-pairs.sh. On a shared VM the machine's speed drifts by ±20% within a few
minutes, which hides a 5-10% change between two whole runs of scripts/cost-per-relay.sh. Here each
round measures build A and build B back to back on the same long-running devnet and target
(alternating which goes first), so drift mostly cancels in each pair's ratio B/A; the median of
those ratios is the comparison. Pinned as cost-per-relay.sh's PIN=1: the measured pgw on CPU 0,
the devnet, the target and oha on CPU 1.
"""
import argparse
import json
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cost_per_relay as c  # noqa: E402

CPU0, CPU1 = ["taskset", "-c", "0"], ["taskset", "-c", "1"]


def serve_us(args, pgw, target, key, work):
    s, url = c.serve(args, pgw, target, key, work, pin=CPU0)
    try:
        c.oha(args, url + "/v1/eth", c.DATA, args.n // 10, pin=CPU1)  # warm-up
        ok0, s0 = c.ok_relays(url), s.cpu()
        c.oha(args, url + "/v1/eth", c.DATA, args.n, pin=CPU1)
        ok1, s1 = c.ok_relays(url), s.cpu()
    finally:
        s.stop()
    return (s1 - s0) / max(ok1 - ok0, 1) * 1e6


def bench_us(args, pgw, target, key, extra=()):
    b = c.bench(args, pgw, target, key, args.n, list(extra), pin=CPU0)
    if b["failures"]:
        c.say(f"cost-pairs: warning: {b['failures']} relays failed ({pgw})")
    return b["cpu"] / max(b["relays"], 1) * 1e6


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--a", required=True, help="the build before")
    p.add_argument("--b", required=True, help="the build after")
    p.add_argument("--target-bin", required=True)
    p.add_argument("--oha", default="oha")
    p.add_argument("-n", type=int, default=8000)
    p.add_argument("-c", type=int, default=32)
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--out", default="target/cost-pairs")
    args = p.parse_args()
    lock = c.hold_machine()  # noqa: F841 (held until the process exits)
    work = tempfile.mkdtemp(prefix="pgw-pairs.")
    args.env = dict(os.environ, PGW_HOME=os.path.join(work, "home"))
    key = os.path.join(work, "app.key")
    with open(key, "w") as k:
        k.write(os.urandom(32).hex())
    os.makedirs(args.out, exist_ok=True)

    scenarios = ["serve (Morse, oha → serve → devnet)", "bench --no-verify → target", "bench → devnet"]
    runs = {s: {"A": [], "B": []} for s in scenarios}
    t = c.Daemon("target", [*CPU1, args.target_bin], work)
    # One devnet, started by build A, for every run: only the measured process changes.
    d, target = c.devnet(args, args.a, "morse", work, pin=CPU1)
    try:
        for r in range(args.rounds):
            order = (("A", args.a), ("B", args.b)) if r % 2 == 0 else (("B", args.b), ("A", args.a))
            for label, pgw in order:
                figures = [serve_us(args, pgw, target, key, work),
                           bench_us(args, pgw, ["--dispatcher", t.banner], key, ["--no-verify"]),
                           bench_us(args, pgw, target, key)]
                for s, us in zip(scenarios, figures):
                    runs[s][label].append(round(us, 1))
                c.say(f"cost-pairs: round {r + 1} of {args.rounds}, {label}: "
                      + ", ".join(f"{us:.1f}" for us in figures) + " µs per relay")
    finally:
        d.stop()
        t.stop()

    print(f"{'scenario':<38} {'A µs':>7} {'B µs':>7}  {'B/A median':>10}  B/A per pair")
    result = {"a": args.a, "b": args.b, "n": args.n, "c": args.c, "scenarios": []}
    for s in scenarios:
        a, b = runs[s]["A"], runs[s]["B"]
        pairs = [round(y / x, 3) for x, y in zip(a, b)]
        med = statistics.median(pairs)
        print(f"{s:<38} {statistics.median(a):>7.1f} {statistics.median(b):>7.1f}  {med:>10.3f}  "
              + " ".join(f"{x:.2f}" for x in pairs))
        result["scenarios"].append({"scenario": s, "a_us": a, "b_us": b, "b_over_a": pairs, "median": med})
    path = os.path.join(args.out, "pairs.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=1)
    print(f"results: {path}")


if __name__ == "__main__":
    main()

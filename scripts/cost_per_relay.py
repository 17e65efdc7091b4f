#!/usr/bin/env python3
"""CPU per relay of pgw bench, serve and devnet against the protocols' own cost, in one run.

Called by scripts/cost-per-relay.sh (which builds the binaries and installs oha); see that file
and docs/performance.md ("Cost per relay") for what each row means. Every process runs on
127.0.0.1; each load is bounded (N relays). CPU is user + system time: from the process's CPU-time clock for the
long-running processes (devnet, serve, the target), read before and after the load, and from the
kernel's rusage of the finished process (os.wait4) for the load generators (bench, oha).
"""

import argparse
import fcntl
import hashlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

TCK = os.sysconf("SC_CLK_TCK")
DATA = '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'


def say(*args):
    print(*args, file=sys.stderr, flush=True)


def hold_machine():
    """One measurement at a time on this machine: two runs side by side each see the other's
    load (every row about 50% busy) and both sets of figures are wrong. The lock is the kernel's
    (flock), so it goes with the process however it ends; the returned file must stay open."""
    path = os.path.join(tempfile.gettempdir(), "pgw-cost.lock")
    try:
        lock = open(path, "a+")
    except OSError as e:
        say(f"cannot open the measurement lock {path}: {e.strerror}; "
            "set TMPDIR to a directory you can write to, then run again")
        sys.exit(2)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        holder = lock.read().strip() or "another process"
        say(f"another measurement is running on this machine ({holder}, lock {path}); "
            "wait for it to finish or stop it, then run again")
        sys.exit(2)
    lock.truncate(0)
    lock.write(f"pid {os.getpid()}: {' '.join(sys.argv)}\n")
    lock.flush()
    return lock


def cpu_ticks():
    """(steal, all) CPU time of the whole machine so far, in ticks (/proc/stat's first line)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:9]]
    return fields[7], sum(fields)


def steal_since(start):
    """The share of the machine's CPU time the hypervisor gave to others since `start`
    (a cpu_ticks() reading): on a VM, time a load waited without running or being idle."""
    steal, total = cpu_ticks()
    return (steal - start[0]) / max(total - start[1], 1)


def cpu_clock(pid):
    """The id of the kernel's CPU-time clock of process `pid` (clock_getcpuclockid(3)):
    ~pid << 3 | CPUCLOCK_SCHED."""
    return (~pid << 3) | 2


def cpu_clock_works():
    """Whether another process's CPU-time clock can be read here (this process's own, as a test)."""
    try:
        time.clock_gettime(cpu_clock(os.getpid()))
        return True
    except OSError:
        return False


def cpu_seconds(pid):
    """User + system CPU seconds of a running process, every thread it ever had, to the
    nanosecond: the kernel's CPU-time clock of the process. /proc/PID/stat counts in clock ticks (10 ms), which over a
    2,000-relay slice is a step of 5 µs per relay; it is the fallback where the clock is refused."""
    try:
        return time.clock_gettime(cpu_clock(pid))
    except OSError:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TCK


class Daemon:
    """A long-running process whose first stdout line is its JSON banner (or URL)."""

    def __init__(self, name, argv, work, perf=None):
        self.name = name
        self.out = open(os.path.join(work, f"{name}.out"), "w+")
        self.err = open(os.path.join(work, f"{name}.log"), "w")
        self.proc = subprocess.Popen(argv, stdout=self.out, stderr=self.err, start_new_session=True)
        self.perf = None
        deadline = time.time() + 30
        while time.time() < deadline:
            self.out.seek(0)
            line = self.out.readline()
            if line.endswith("\n"):
                self.banner = line.strip()
                break
            if self.proc.poll() is not None:
                raise SystemExit(f"cost-per-relay: {name} exited: {open(self.err.name).read()[-500:]}")
            time.sleep(0.05)
        else:
            raise SystemExit(f"cost-per-relay: {name} printed no banner within 30 s")
        if perf:
            self.perf = subprocess.Popen(perf + ["-p", str(self.proc.pid)])
            time.sleep(1.0)  # perf needs a moment to attach to every thread

    def json(self):
        return json.loads(self.banner)

    def cpu(self):
        return cpu_seconds(self.proc.pid)

    def stop(self):
        if self.perf:
            self.perf.send_signal(signal.SIGINT)
            self.perf.wait(timeout=120)
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def run(argv, env=None):
    """Runs a load generator to the end: (stdout, CPU seconds it used)."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        err = proc.stderr.read().decode(errors="replace")
        out.seek(0)
        text = out.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"cost-per-relay: {' '.join(argv[:3])} … failed: {err.strip()[-500:]}")
    return text, usage.ru_utime + usage.ru_stime


def ok_relays(url):
    """Relays that succeeded so far, from serve's /metrics (pgw_relays_total{outcome="ok"})."""
    text = urllib.request.urlopen(url + "/metrics", timeout=10).read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith("pgw_relays_total{") and 'outcome="ok"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def load_seconds(count, per_second):
    """The wall time of a load's measured part (without start-up or bench's warm-up relays)."""
    return count / per_second if per_second else None


def oha(args, url, body, n, keepalive=True, perf=None, pin=()):
    argv = (perf or []) + [*pin, args.oha, "-n", str(n), "-c", str(args.c), "-m", "POST", "--no-tui",
                           "-H", "content-type: application/json", "-d", body, "--output-format", "json"]
    if not keepalive:
        argv.append("--disable-keepalive")
    text, cpu = run(argv + [url])
    result = json.loads(text)
    codes = result.get("statusCodeDistribution", {})
    requests, rps = sum(codes.values()), result["summary"]["requestsPerSec"]
    return {"requests": requests, "ok": codes.get("200", 0), "cpu": cpu, "rps": rps,
            "wall": load_seconds(requests, rps)}


def bench(args, pgw, target, key, n, extra=(), perf=None, pin=()):
    argv = (perf or []) + [*pin, pgw, "bench", "eth", DATA, *target, "--app-key-file", key, "-n", str(n),
                           "-c", str(args.c), "--output", "json", *extra]
    text, cpu = run(argv, env=args.env)
    report = json.loads(text)
    # Warm-up relays are signed, sent and checked like the measured ones, and their CPU is in the
    # process's (and in the devnet's): those answered count as relays. (Builds before
    # `warmup_failed` existed report none.)
    config = report["config"]
    relays = report["totals"]["successes"] + config["warmup"] - config.get("warmup_failed", 0)
    return {"relays": relays, "failures": report["totals"]["failures"], "cpu": cpu,
            "rps": report["throughput_rps"], "wall": load_seconds(
                report["totals"]["successes"] + report["totals"]["failures"], report["throughput_rps"])}


def devnet(args, pgw, protocol, work, perf=None, pin=()):
    argv = [*pin, pgw, "devnet", "--protocol", protocol, "--listen", "127.0.0.1:0", "--block-time", "0",
            "--output", "json"]
    d = Daemon(f"devnet-{protocol}", argv, work, perf=perf)
    banner = d.json()
    target = (["--dispatcher", banner["dispatcher"]] if protocol == "morse"
              else ["--protocol", "shannon", "--full-node", banner["full_node"]])
    return d, target


def serve(args, pgw, target, key, work, perf=None, pin=(), extra=()):
    argv = [*pin, pgw, "serve", *target, "--app-key-file", key, "--listen", "127.0.0.1:0", "--chain", "eth",
            "--output", "json", "-q", *extra]
    s = Daemon("serve", argv, work, perf=perf)
    return s, s.json()["url"]


class Table:
    def __init__(self):
        self.rows = []

    def add(self, scenario, process, relays, cpu, floor_name, floor_us, limit, limit_us, wall=None):
        """`wall`: the load's wall seconds, for the share of it the process spent on a CPU (`busy`;
        a process that waits on a slower peer pays more per relay for each wake-up)."""
        per = cpu / max(relays, 1) * 1e6
        self.rows.append({
            "scenario": scenario, "process": process, "relays": int(relays), "cpu_s": round(cpu, 3),
            "cpu_us_per_relay": round(per, 1), "floor": floor_name, "floor_us": round(floor_us, 1),
            "ratio_to_floor": round(per / floor_us, 2) if floor_us else None,
            "target": limit, "target_us": round(limit_us, 1) if limit_us else None,
            "met": (per <= limit_us) if limit_us else None,
            "busy": round(cpu / wall, 2) if wall else None,
        })

    def add_slices(self, scenario, process, relays, slices, floor_name, limit_ratio, limit, busy=None, steals=()):
        """A row measured in slices: (µs per relay, floor µs) each; the medians, and how many of
        the slices met the target on their own."""
        ratios = [us / floor for us, floor in slices]
        per, floor_us = statistics.median(us for us, _ in slices), statistics.median(f for _, f in slices)
        ratio = statistics.median(ratios)
        self.rows.append({
            "scenario": scenario, "process": process, "relays": int(relays), "cpu_s": round(per * relays / 1e6, 3),
            "cpu_us_per_relay": round(per, 1), "floor": floor_name, "floor_us": round(floor_us, 1),
            "ratio_to_floor": round(ratio, 3), "target": limit, "target_us": round(limit_ratio * floor_us, 1),
            "met": ratio <= limit_ratio, "slices": [[round(us, 1), round(f, 1)] for us, f in slices],
            "slice_ratios": [round(r, 2) for r in ratios],
            "slices_met": sum(r <= limit_ratio for r in ratios),
            "slice_steal": [round(x, 3) for x in steals],
            "busy": round(busy, 2) if busy else None,
        })

    def add_rounds(self, scenario, process, relays, rounds, floor_name, limit_ratio, limit, busy=None, steals=()):
        """A row measured in rounds: (µs per relay, floor µs, oha's µs per request in the same
        round, or 0 where the target has no HTTP term) each. A round's margin is (µs − oha) ÷
        floor, against `limit_ratio`; the row gives the medians, and how many rounds met it alone."""
        margins = [(us - base) / floor for us, floor, base in rounds]
        per = statistics.median(us for us, _, _ in rounds)
        floor_us = statistics.median(f for _, f, _ in rounds)
        base = statistics.median(b for _, _, b in rounds)
        self.rows.append({
            "scenario": scenario, "process": process, "relays": int(relays), "cpu_s": round(per * relays / 1e6, 3),
            "cpu_us_per_relay": round(per, 1), "floor": floor_name, "floor_us": round(floor_us, 1),
            "ratio_to_floor": round(statistics.median(us / f for us, f, _ in rounds), 3), "target": limit,
            "target_us": round(base + limit_ratio * floor_us, 1), "met": statistics.median(margins) <= limit_ratio,
            "rounds": [[round(x, 1) for x in r] for r in rounds], "round_margins": [round(m, 3) for m in margins],
            "round_margin_is": "(µs − oha) ÷ floor" if base else "µs ÷ floor",
            "rounds_met": sum(m <= limit_ratio for m in margins),
            "round_steal": [round(x, 3) for x in steals],
            "busy": round(busy, 2) if busy else None,
        })

    def print(self):
        head = ["scenario", "process", "relays", "µs/relay", "busy", "floor (µs)", "×floor", "target", "met"]
        lines = [head]
        for r in self.rows:
            met = {True: "yes", False: "NO", None: "-"}[r["met"]]
            if "slices" in r:
                median = statistics.median(r["slice_ratios"])
                met += f" (median {median:.3f} of {len(r['slices'])} slices; {r['slices_met']} met)"
            if "rounds" in r:
                median = statistics.median(r["round_margins"])
                met += (f" (median {r['round_margin_is']} {median:.3f} of {len(r['rounds'])} rounds;"
                        f" {r['rounds_met']} met)")
            target = f"≤ {r['target_us']:.0f} ({r['target']})" if r["target_us"] else "-"
            busy = f"{r['busy']:.0%}" if r.get("busy") else "-"
            lines.append([r["scenario"], r["process"], str(r["relays"]), f"{r['cpu_us_per_relay']:.1f}", busy,
                          f"{r['floor_us']:.1f} {r['floor']}", f"{r['ratio_to_floor']:.2f}" if r["ratio_to_floor"] else "-",
                          target, met])
        widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
        for line in lines:
            print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())


def measure(args, pgw, work, table, flame=None):
    """Every scenario once; with `flame` = (role, perf argv), only that scenario, under perf."""
    f = json.load(open(os.path.join(work, "floor.json")))
    ed_sign = f["ed25519_sign"]
    n, key = args.n, os.path.join(work, "app.key")
    # PIN=1: the load generator on CPU 0 and what it loads on CPU 1 (serve on CPU 0, devnet and
    # oha on CPU 1), so that two processes do not take turns on one core's caches.
    cpu0, cpu1 = (["taskset", "-c", "0"], ["taskset", "-c", "1"]) if args.pin else ([], [])
    wants = (lambda role: flame is None or flame[0] == role)
    rounds = args.bench_rounds > 1 and flame is None
    perf_for = (lambda role: flame[1] if flame and flame[0] == role else None)

    # The HTTP floor: oha against a target that answers at once (examples/bench_target.rs).
    t = Daemon("target", [*cpu1, args.target_bin], work)
    url = t.banner
    try:
        servicer = "ab" * 32
        body, _ = run([pgw, "proof", "sign", "eth", DATA, "--app-key-file", key, "--servicer", servicer,
                       "--session-height", "1000", "--block-height", "1000"], env=args.env)
        body = body.strip()
        if flame is None:
            oha(args, url + "/v1/client/relay", body, n // 10, pin=cpu0)  # warm-up
            ka = oha(args, url + "/v1/client/relay", body, n, pin=cpu0)
            nk = oha(args, url + "/v1/client/relay", body, n // 4, keepalive=False, pin=cpu0)
            args.oha_ka = ka["cpu"] / ka["requests"] * 1e6
            args.oha_nk = nk["cpu"] / nk["requests"] * 1e6
            table.add("oha → target, keep-alive", "oha", ka["requests"], ka["cpu"], "-", 0, None, None, ka["wall"])
            table.add("oha → target, a connection per request", "oha", nk["requests"], nk["cpu"], "-", 0, None, None,
                      nk["wall"])
        if "morse" in args.protocols and wants("bench-noverify") and not rounds:
            b = bench(args, pgw, ["--dispatcher", url], key, n, ["--no-verify"], perf=perf_for("bench-noverify"),
                      pin=cpu0)
            table.add("bench --no-verify → target (Morse)", "bench", b["relays"], b["cpu"],
                      "sign", ed_sign, "oha + 1.3 × sign", args.oha_ka + 1.3 * ed_sign, b["wall"])
    finally:
        t.stop()

    for protocol in [p for p in args.protocols if p in ("morse", "shannon")]:
        client_floor, client_name, node_floor, node_name = floors(f, protocol)
        # Morse nodes keep connections; Shannon's relay miners close each one.
        http, http_name = (args.oha_ka, "oha") if protocol == "morse" else (args.oha_nk, "oha new-conn")
        tag = "Morse" if protocol == "morse" else "Shannon"
        if protocol == "shannon":
            with open(key + ".shannon", "w") as k:  # the Shannon devnet's app 1, which signs for itself
                k.write(hashlib.sha256(b"pgw-devnet/app/1").hexdigest())
            pkey = key + ".shannon"
        else:
            pkey = key

        if rounds:
            bench_rounds(args, pgw, work, table, protocol, pkey, body, cpu0, cpu1)
        elif wants(f"bench-{protocol}") or wants(f"devnet-{protocol}"):
            d, target = devnet(args, pgw, protocol, work, perf=perf_for(f"devnet-{protocol}"), pin=cpu1)
            try:
                if flame is None:
                    bench(args, pgw, target, pkey, n // 10, pin=cpu0)  # warm-up: sessions cached, keys parsed
                before = d.cpu()
                b = bench(args, pgw, target, pkey, n, perf=perf_for(f"bench-{protocol}"), pin=cpu0)
                spent = d.cpu() - before
            finally:
                d.stop()
            table.add(f"bench → {tag} devnet", "bench", b["relays"], b["cpu"], client_name, client_floor,
                      f"{http_name} + 1.3 × floor", http + 1.3 * client_floor, b["wall"])
            table.add(f"bench → {tag} devnet", "devnet", b["relays"], spent, node_name, node_floor,
                      "1.5 × floor", 1.5 * node_floor, b["wall"])
            if b["failures"]:
                say(f"warning: {b['failures']} relays failed in bench → {tag} devnet")

        if wants(f"serve-{protocol}") and args.slices > 1 and flame is None:
            serve_slices(args, pgw, work, table, protocol, tag, pkey, cpu0, cpu1)
        elif wants(f"serve-{protocol}"):
            d, target = devnet(args, pgw, protocol, work, pin=cpu1)
            s = None
            try:
                s, surl = serve(args, pgw, target, pkey, work, perf=perf_for(f"serve-{protocol}"), pin=cpu0)
                if flame is None:
                    oha(args, surl + "/v1/eth", DATA, n // 10, pin=cpu1)  # warm-up
                ok0, s0, d0 = ok_relays(surl), s.cpu(), d.cpu()
                o = oha(args, surl + "/v1/eth", DATA, n, pin=cpu1)
                ok1, s1, d1 = ok_relays(surl), s.cpu(), d.cpu()
            finally:
                if s:
                    s.stop()
                d.stop()
            relays = ok1 - ok0
            if relays < o["requests"]:
                say(f"warning: serve ({tag}): {o['requests'] - relays:.0f} of {o['requests']} requests did not relay ok")
            table.add(f"oha → serve → {tag} devnet", "serve", relays, s1 - s0, client_name, client_floor,
                      "2.0 × floor", 2.0 * client_floor, o["wall"])
            table.add(f"oha → serve → {tag} devnet", "devnet", relays, d1 - d0, node_name, node_floor,
                      "1.5 × floor", 1.5 * node_floor, o["wall"])
            table.add(f"oha → serve → {tag} devnet", "oha", o["requests"], o["cpu"], "-", 0, None, None, o["wall"])


def floors(f, protocol):
    """(client floor, its name, node floor, its name) in µs, from one calibration's figures.
    Shannon's is the cheapest known way to make the same checks: with what a gateway and a miner
    can keep per session (tables, parsed points), as pgw's own code does."""
    if protocol == "morse":
        return (f["ed25519_sign"] + f["ed25519_verify"], "sign + verify",
                2 * f["ed25519_verify"] + f["ed25519_sign"], "2 verify + sign")
    return (f["ring_sign_prepared"] + f["ecdsa_verify_kept"], "ring sign + ECDSA verify",
            f["ring_verify_kept"] + f["ecdsa_sign"], "ring verify + ECDSA sign")


def calibrate(args, cpus):
    """The floor timed now on each of `cpus` at once (one process pinned to each; `[None]`:
    unpinned): the calibration figures per CPU."""
    procs = [subprocess.Popen([*(["taskset", "-c", cpu] if cpu else []), args.floor_bin, "--seconds",
                               args.slice_floor_seconds], stdout=subprocess.PIPE, text=True) for cpu in cpus]
    return [json.loads(p.communicate()[0]) for p in procs]


def bench_rounds(args, pgw, work, table, protocol, key, body, cpu0, cpu1):
    """The bench scenarios of `protocol` in BENCH_ROUNDS rounds against one target and one devnet.
    A round runs oha → target (keep-alive for Morse, a new connection per request for Shannon, as
    the targets say), then bench --no-verify → target (Morse), then bench → devnet, N relays each
    (oha's new-connection load N/4), and times the floor on both CPUs after it (and once before the
    first). Each round's bench is held against that round's oha and the mean of the floors either
    side: oha's figure, which sets bench's target, moves by ±25% from one load to the next, and a
    round's loads and floors are seconds apart. The rows give the medians."""
    cpus = ["0", "1"] if args.pin else [None]
    tag, keepalive = ("Morse", True) if protocol == "morse" else ("Shannon", False)
    http_name = "oha" if keepalive else "oha new-conn"
    rows = {"noverify": [], "bench": [], "devnet": []}
    spent = {"noverify": [0.0, 0.0], "bench": [0.0, 0.0], "devnet": [0.0, 0.0]}  # CPU s, wall s
    relays = {"noverify": 0, "bench": 0}
    steals = []
    t = Daemon("target", [*cpu1, args.target_bin], work)
    d = None
    try:
        d, target = devnet(args, pgw, protocol, work, pin=cpu1)
        oha_n = args.n if keepalive else args.n // 4
        oha(args, t.banner + "/v1/client/relay", body, oha_n // 10, keepalive=keepalive, pin=cpu0)  # warm-up
        bench(args, pgw, target, key, args.n // 10, pin=cpu0)  # warm-up: sessions cached, keys parsed
        before = calibrate(args, cpus)
        _, client_name, _, node_name = floors(before[0], protocol)
        for _ in range(args.bench_rounds):
            ticks = cpu_ticks()
            o = oha(args, t.banner + "/v1/client/relay", body, oha_n, keepalive=keepalive, pin=cpu0)
            http = o["cpu"] / o["requests"] * 1e6
            nv = None
            if protocol == "morse":
                nv = bench(args, pgw, ["--dispatcher", t.banner], key, args.n, ["--no-verify"], pin=cpu0)
            d0 = d.cpu()
            b = bench(args, pgw, target, key, args.n, pin=cpu0)
            node_spent = d.cpu() - d0
            if b["failures"]:
                say(f"warning: {b['failures']} relays failed in bench → {tag} devnet")
            steals.append(steal_since(ticks))
            after = calibrate(args, cpus)

            def mean(pick, on):
                return (pick(before[on]) + pick(after[on])) / 2
            node_on = len(cpus) - 1
            if nv:
                rows["noverify"].append((nv["cpu"] / nv["relays"] * 1e6, mean(lambda f: f["ed25519_sign"], 0), http))
                relays["noverify"] += nv["relays"]
                spent["noverify"][0] += nv["cpu"]
                spent["noverify"][1] += nv["wall"] or 0.0
            rows["bench"].append((b["cpu"] / b["relays"] * 1e6, mean(lambda f: floors(f, protocol)[0], 0), http))
            rows["devnet"].append((node_spent / b["relays"] * 1e6, mean(lambda f: floors(f, protocol)[2], node_on), 0.0))
            relays["bench"] += b["relays"]
            for which, cpu in (("bench", b["cpu"]), ("devnet", node_spent)):
                spent[which][0] += cpu
                spent[which][1] += b["wall"] or 0.0
            before = after
    finally:
        if d:
            d.stop()
        t.stop()
    busy = {k: cpu / wall if wall else None for k, (cpu, wall) in spent.items()}
    if rows["noverify"]:
        table.add_rounds("bench --no-verify → target (Morse)", "bench", relays["noverify"], rows["noverify"],
                         "sign", 1.3, "oha + 1.3 × sign", busy["noverify"], steals)
    table.add_rounds(f"bench → {tag} devnet", "bench", relays["bench"], rows["bench"], client_name, 1.3,
                     f"{http_name} + 1.3 × floor", busy["bench"], steals)
    table.add_rounds(f"bench → {tag} devnet", "devnet", relays["bench"], rows["devnet"], node_name, 1.5,
                     "1.5 × floor", busy["devnet"], steals)


def serve_slices(args, pgw, work, table, protocol, tag, key, cpu0, cpu1):
    """oha → serve → devnet in SLICES slices of N / SLICES relays, the floor timed on serve's and
    the devnet's CPUs just before each slice and after the last. Each slice's ratio divides its
    CPU per relay by the mean of the floors on either side, so a VM whose speed drifts within
    minutes moves the slice and its floor together; the row gives the median ratio."""
    cpus = ["0", "1"] if args.pin else [None]
    if args.n // args.slices < 2000 and not cpu_clock_works():
        say(f"note: {args.n // args.slices} relays per slice: CPU is read in clock ticks "
            f"({1000 // TCK} ms) here, so slices under about 2,000 relays carry several percent of rounding")
    d, target = devnet(args, pgw, protocol, work, pin=cpu1)
    s = None
    per = {"serve": [], "devnet": []}
    spent_total = {"serve": 0.0, "devnet": 0.0}
    steals = []
    relays_total, requests_total, wall_total = 0, 0, 0.0
    try:
        s, surl = serve(args, pgw, target, key, work, pin=cpu0)
        oha(args, surl + "/v1/eth", DATA, args.n // 10, pin=cpu1)  # warm-up
        before = calibrate(args, cpus)
        for i in range(args.slices):
            ticks = cpu_ticks()
            ok0, s0, d0 = ok_relays(surl), s.cpu(), d.cpu()
            o = oha(args, surl + "/v1/eth", DATA, args.n // args.slices, pin=cpu1)
            ok1, s1, d1 = ok_relays(surl), s.cpu(), d.cpu()
            steals.append(steal_since(ticks))
            after = calibrate(args, cpus)
            relays = max(ok1 - ok0, 1)
            relays_total += relays
            requests_total += o["requests"]
            wall_total += o["wall"] or 0.0
            # (process, CPU it spent, the CPU it runs on, its floor's index in floors()).
            for process, spent, on, which in (("serve", s1 - s0, 0, 0), ("devnet", d1 - d0, len(cpus) - 1, 2)):
                floor = (floors(before[on], protocol)[which] + floors(after[on], protocol)[which]) / 2
                per[process].append((spent / relays * 1e6, floor))
                spent_total[process] += spent
            before = after
    finally:
        if s:
            s.stop()
        d.stop()
    if relays_total < requests_total:
        say(f"warning: serve ({tag}): {requests_total - relays_total:.0f} of {requests_total} requests did not relay ok")
    _, client_name, _, node_name = floors(before[0], protocol)
    busy = {p: spent_total[p] / wall_total if wall_total else None for p in spent_total}
    table.add_slices(f"oha → serve → {tag} devnet", "serve", relays_total, per["serve"], client_name, 2.0,
                     "2.0 × floor", busy["serve"], steals)
    table.add_slices(f"oha → serve → {tag} devnet", "devnet", relays_total, per["devnet"], node_name, 1.5,
                     "1.5 × floor", busy["devnet"], steals)


def scaling(args, pgw, work):
    """oha → serve → Morse devnet on 1 core and on 2 (taskset), with serve's state in memory and in
    Redis with a relay budget: relays/s, and CPU per relay of every process, for the model."""
    key = os.path.join(work, "app.key")
    redis = None
    rows = []
    try:
        port = free_port()
        # The shell prints the banner, then becomes redis-server (same pid, read for its CPU).
        redis = Daemon("redis", ["sh", "-c", f"echo ready; exec redis-server --port {port} --bind 127.0.0.1 "
                                 "--save '' --appendonly no"], work)
        time.sleep(0.3)
        for cores, pin in (("1", ["taskset", "-c", "0"]), ("2", ["taskset", "-c", "0,1"])):
            for state, extra in (("memory", []),
                                 ("redis", ["--state", f"redis://127.0.0.1:{port}", "--relay-budget", "100000000"])):
                d, target = devnet(args, pgw, "morse", work, pin=pin)
                s = None
                try:
                    s, url = serve(args, pgw, target, key, work, pin=pin, extra=extra)
                    oha(args, url + "/v1/eth", DATA, args.n // 10, pin=pin)
                    ok0, s0, d0, r0 = ok_relays(url), s.cpu(), d.cpu(), cpu_seconds(redis.proc.pid)
                    o = oha(args, url + "/v1/eth", DATA, args.n, pin=pin)
                    ok1, s1, d1, r1 = ok_relays(url), s.cpu(), d.cpu(), cpu_seconds(redis.proc.pid)
                finally:
                    if s:
                        s.stop()
                    d.stop()
                relays = max(ok1 - ok0, 1)
                us = lambda c: round(c / relays * 1e6, 1)
                rows.append({"cores": int(cores), "state": state, "relays": int(relays), "rps": round(o["rps"]),
                             "serve_us": us(s1 - s0), "devnet_us": us(d1 - d0), "oha_us": us(o["cpu"]),
                             "redis_us": us(r1 - r0)})
    finally:
        if redis:
            redis.stop()
    print("\nscaling: oha → serve → Morse devnet, every process on the same cores (taskset)")
    print("cores  state   relays/s  serve µs  devnet µs  oha µs  redis µs  CPU µs/relay  predicted relays/s")
    one = {}
    for r in rows:
        r["total_us"] = round(r["serve_us"] + r["devnet_us"] + r["oha_us"] + r["redis_us"], 1)
        if r["cores"] == 1:
            one[r["state"]] = r
        # The model: relays/s = cores / (CPU per relay of all the processes), with the CPU per relay
        # measured on one core; on more cores, what the measured figure falls short of it is what
        # the processes lose to each other (locks, caches, the scheduler).
        base = one.get(r["state"], r)
        r["predicted_rps"] = round(r["cores"] / base["total_us"] * 1e6)
        print(f"{r['cores']:<6} {r['state']:<7} {r['rps']:>8}  {r['serve_us']:>8}  {r['devnet_us']:>9}  "
              f"{r['oha_us']:>6}  {r['redis_us']:>8}  {r['total_us']:>12}  {r['predicted_rps']:>18}")
    return rows


def free_port():
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pgw", required=True)
    p.add_argument("--profiling-pgw")
    p.add_argument("--target-bin", required=True)
    p.add_argument("--floor-bin", required=True)
    p.add_argument("--oha", default="oha")
    p.add_argument("-n", type=int, default=20000)
    p.add_argument("-c", type=int, default=32)
    p.add_argument("--protocols", default="morse shannon")
    p.add_argument("--out", required=True)
    p.add_argument("--floor-seconds", default="1")
    p.add_argument("--slices", type=int, default=0,
                   help="serve's scenario in this many slices, the floor timed around each (0: one load)")
    p.add_argument("--slice-floor-seconds", default="0.25")
    p.add_argument("--bench-rounds", type=int, default=0,
                   help="bench's scenarios in this many rounds, each beside its own oha load and floor (0: once)")
    p.add_argument("--pin", action="store_true", help="load generators on CPU 0, what they load on CPU 1")
    p.add_argument("--scaling", action="store_true", help="also the 1- and 2-core runs (needs redis-server)")
    args = p.parse_args()
    lock = hold_machine()  # noqa: F841 (held until the process exits)
    args.protocols = args.protocols.split()
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pgw-cost.")
    args.env = dict(os.environ, PGW_HOME=os.path.join(work, "home"))
    with open(os.path.join(work, "app.key"), "w") as k:
        k.write(os.urandom(32).hex())

    say(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}; {args.n} relays per load, "
        f"concurrency {args.c}")
    say("calibration: the protocols' own signatures and verifications, timed alone…")
    floor_text, _ = run([args.floor_bin, "--seconds", args.floor_seconds])
    with open(os.path.join(work, "floor.json"), "w") as f:
        f.write(floor_text)
    floor = json.loads(floor_text)
    say("floor (µs of CPU per operation): " + ", ".join(f"{k} {v}" for k, v in floor.items() if k != "unit"))

    table = Table()
    start = cpu_ticks()
    measure(args, args.pgw, work, table)
    steal = steal_since(start)
    floor_after, _ = run([args.floor_bin, "--seconds", args.floor_seconds])
    drift = {k: round(v / floor[k], 2) for k, v in json.loads(floor_after).items() if k != "unit"}
    say("calibration again after the loads (after / before): " + ", ".join(f"{k} {v}" for k, v in drift.items()))
    table.print()
    print(f"steal: {steal:.0%} of the machine's CPU time during the loads went to other VMs"
          + (" (figures from such a run say more about the neighbours than about pgw)" if steal > 0.05 else ""))

    result = {"floor_us": floor, "floor_drift": drift, "n": args.n, "c": args.c, "cores": os.cpu_count(),
              "steal": round(steal, 3), "rows": table.rows}
    if args.scaling:
        result["scaling"] = scaling(args, args.pgw, work)
    if args.profiling_pgw:
        rows = [r for r in table.rows if r["process"] != "oha"]
        worst = max(rows, key=lambda r: r["cpu_s"])
        proto = "shannon" if "Shannon" in worst["scenario"] else "morse"
        # A devnet is recorded under bench's load (the same code as under serve's).
        role = f"{worst['process']}-{proto}"
        if worst["scenario"].startswith("bench --no-verify"):
            role = "bench-noverify"
        data = os.path.join(args.out, f"perf-{role}.data")
        for old in (data, data + ".old"):
            if os.path.exists(old):
                os.remove(old)
        perf = ["perf", "record", "-e", "cpu-clock", "-F", "499", "--call-graph", "dwarf,16384", "-o", data, "-q"]
        say(f"flame graph: the largest process is {worst['process']} in '{worst['scenario']}'"
            f" ({worst['cpu_s']} s); recording it again under perf…")
        small = argparse.Namespace(**vars(args))
        small.n = max(args.n // 2, 2000)
        small.oha_ka = getattr(args, "oha_ka", 0)
        small.oha_nk = getattr(args, "oha_nk", 0)
        measure(small, args.profiling_pgw, work, Table(), flame=(role, perf))
        svg = os.path.join(args.out, f"flame-{role}.svg")
        script = subprocess.Popen(["perf", "script", "-i", data], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        collapse = subprocess.Popen(["inferno-collapse-perf"], stdin=script.stdout, stdout=subprocess.PIPE)
        with open(svg, "w") as out:
            subprocess.run(["inferno-flamegraph", "--title", f"pgw {role}: {worst['scenario']}"],
                           stdin=collapse.stdout, stdout=out, check=True)
        result["flame_graph"] = svg
        print(f"flame graph of {worst['process']} ({worst['scenario']}): {svg}")
    with open(os.path.join(args.out, "cost.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(f"results: {os.path.join(args.out, 'cost.json')}")


if __name__ == "__main__":
    main()

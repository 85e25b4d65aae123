#!/usr/bin/env python3
"""Measures what recording simulated participants costs: CPU, memory, stored bytes and network bytes per session.

Starts everything a run needs in a network namespace of its own (so that its loopback carries only this measurement's
traffic), records one run of the study, and writes what it measured to OUT/measurement.json and OUT/summary.txt:

  - CPU seconds (user + system) of each process tree: the runner (`lab run`: .NET, Playwright's node driver and, with
    a local browser, Chromium), the browser server (`lab browser-server`: .NET, node, Chromium), the demo shop, and
    PostgreSQL. Totals are exact: this script is the trees' child subreaper and reaps every process (wait4), so a
    process whose parent died first is counted too. The split by process kind (renderer, gpu-process, node, ...) comes
    from sampling /proc/PID/stat every --interval seconds (a process that exits loses at most one interval).
  - Memory: each process's peak RSS (VmHWM, read while it lives) and each tree's summed PSS (smaps_rollup, every
    second; PSS shares a shared page among the processes that map it, so trees can be added up).
  - Stored bytes and rows: SQLite file size and bytes per table (dbstat), or PostgreSQL's database and table sizes and
    its write-ahead log (pg_current_wal_lsn before and after, pg_stat_wal).
  - Network: bytes on loopback (/proc/net/dev, the namespace's own), and per TCP connection (`ss -ti` bytes_sent and
    bytes_received every 0.5 s) to the browser server, the demo shop and PostgreSQL.

Usage, from the repository root, as root (unshare -n needs it; without root use --no-netns and loopback bytes then
include every other program's loopback traffic):

  tools/measure-sessions.py --participants 16 --workers 1                                  # local Chromium, SQLite
  tools/measure-sessions.py --participants 16 --workers 2 --browser server --store postgres  # one browser server, PostgreSQL

It builds the lab once (LAB_CONFIGURATION, default Release) and runs the built lab.dll directly. PostgreSQL is the
throwaway server of tests/Services/postgres.sh (started and stopped here). Nothing else on the machine is touched.
"""

import argparse
import ctypes
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLK_TCK = os.sysconf("SC_CLK_TCK")
# Processes one of each serves every participant of a browser (server): how much of their work is on one thread says
# how many participants they can serve before that thread is a core's worth of work.
THREADED = {"node (Playwright driver)", "chromium browser", "chromium gpu-process", "chromium utility (NetworkService)", "dotnet"}
PAGE = os.sysconf("SC_PAGE_SIZE")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--participants", type=int, required=True)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--browser", choices=["local", "server"], default="local",
                   help="local: the run launches Chromium (one per worker); server: one ./lab browser-server, --browser-endpoint")
    p.add_argument("--per-endpoint", type=int, default=2)
    p.add_argument("--store", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--persona", choices=["mixed", "exact"], default="mixed")
    p.add_argument("--study", default="scenarios/demo-shop.yaml")
    p.add_argument("--out", default=None, help="folder for the results (default out/measure/TIMESTAMP)")
    p.add_argument("--interval", type=float, default=0.25, help="seconds between /proc samples")
    p.add_argument("--no-netns", action="store_true", help="do not run in a network namespace of its own")
    return p.parse_args()


# ---------------------------------------------------------------------------------------------------------------- /proc

def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def stat_of(pid):
    """(state, ppid, cpu_ticks, starttime) of a process, or None when it is gone."""
    raw = read(f"/proc/{pid}/stat")
    if raw is None:
        return None
    rest = raw[raw.rindex(b")") + 2:].split()
    return rest[0].decode(), int(rest[1]), int(rest[11]) + int(rest[12]), int(rest[19])


def status_kb(pid, key):
    raw = read(f"/proc/{pid}/status")
    if raw is None:
        return None
    m = re.search(rb"^" + key.encode() + rb":\s+(\d+) kB", raw, re.M)
    return int(m.group(1)) if m else None


def pss_kb(pid):
    raw = read(f"/proc/{pid}/smaps_rollup")
    if raw is None:
        return None
    m = re.search(rb"^Pss:\s+(\d+) kB", raw, re.M)
    return int(m.group(1)) if m else None


def kind_of(pid):
    raw = read(f"/proc/{pid}/cmdline")
    if not raw:  # a process on its way out has no command line left
        comm = (read(f"/proc/{pid}/comm") or b"?").decode().strip()
        return "chromium (exiting, kind not seen)" if comm.startswith("chrom") else comm
    argv = [a.decode(errors="replace") for a in raw.split(b"\0") if a]
    if len(argv) == 1 and " " in argv[0] and not argv[0].startswith("postgres"):
        argv = argv[0].split()  # a retitled process (Chromium's children) has one string of space-separated words
    exe = os.path.basename(argv[0])
    if exe in ("sh", "bash") and len(argv) > 2 and "chrom" in argv[2]:
        return "chromium (sh wrapper)"
    if "chrom" in exe:
        t = next((a[7:] for a in argv if a.startswith("--type=")), None)
        if t is None:
            return "chromium browser"
        if t == "utility":
            sub = next((a.split("=", 1)[1] for a in argv if a.startswith("--utility-sub-type=")), "")
            return f"chromium utility ({sub.split('.')[-1] or '?'})"
        return f"chromium {t}"
    if exe == "node":
        return "node (Playwright driver)"
    if exe == "dotnet":
        return "dotnet"
    if exe.startswith("postgres"):
        return "postgres backend" if argv[0].startswith("postgres: ") and ("127.0.0.1" in argv[0] or "idle" in argv[0]) else "postgres"
    return exe


def cpu_stat():
    """(busy, total) ticks machine-wide from /proc/stat."""
    f = read("/proc/stat").split(b"\n")[0].split()[1:]
    v = [int(x) for x in f]
    idle = v[3] + v[4]
    total = sum(v[:8])
    return total - idle, total


def lo_bytes():
    for line in read("/proc/net/dev").decode().splitlines():
        if line.strip().startswith("lo:"):
            return int(line.split(":", 1)[1].split()[0])
    return 0


# -------------------------------------------------------------------------------------------------------------- sampler

class Sampler:
    """Follows process trees by their roots; samples CPU, memory and TCP connections."""

    def __init__(self, interval):
        self.interval = interval
        self.roots = {}          # group -> pid
        self.procs = {}          # (pid, starttime) -> dict(group, kind, ticks, hwm_kb, first, last)
        self.by_pid = {}         # pid -> key of the live process with that pid
        self.exact = {}          # key -> ticks from wait4 (self and reaped children)
        self.pss_peak = {}       # group -> kB
        self.pss_series = []     # (t, {group: kB})
        self.conns = {}          # (label, local, peer) -> [max sent, max received, first t, last t]
        self.conn_peak = {}      # label -> most connections open at once
        self.ports = {}          # label -> (port, side): side "local" = we hold the listening side
        self.helpers = set()     # pids of this script's own helper commands
        self.known_children = set()
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.t0 = time.monotonic()
        self._last_pss = 0.0
        self._last_ss = 0.0

    def watch(self, group, pid):
        with self.lock:
            self.roots[group] = pid
            self.known_children.add(pid)

    def _scan(self):
        now = time.monotonic() - self.t0
        table = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                s = stat_of(int(name))
                if s:
                    table[int(name)] = s
        children = {}
        for pid, (_, ppid, _, _) in table.items():
            children.setdefault(ppid, []).append(pid)
        with self.lock:
            roots = dict(self.roots)
        members = {}
        for group, root in roots.items():
            stack = [root] if root in table else []
            while stack:
                p = stack.pop()
                members[p] = group
                stack.extend(children.get(p, []))
        # Orphans re-parented to this script (it is their subreaper) stay in the group they were seen in.
        me = os.getpid()
        for pid in children.get(me, []):
            if pid in members or pid in self.helpers or pid in self.known_children:
                continue
            key = self.by_pid.get(pid)
            if key and key in self.procs:
                group = self.procs[key]["group"]
                stack = [pid]
                while stack:
                    p = stack.pop()
                    members[p] = group
                    stack.extend(children.get(p, []))
        for pid, group in members.items():
            state, ppid, ticks, start = table[pid]
            key = (pid, start)
            rec = self.procs.get(key)
            if rec is None:
                rec = self.procs[key] = {"group": group, "kind": kind_of(pid), "ticks": 0, "hwm_kb": 0, "first": now, "last": now}
                self.by_pid[pid] = key
            elif state != "Z" and now - rec["first"] < 10:
                # A forked process shows its parent's command line until it execs or retitles itself (Chromium's
                # zygote children become renderers): look again while it is young.
                rec["kind"] = kind_of(pid)
            rec["ticks"] = max(rec["ticks"], ticks)
            rec["last"] = now
            if rec["kind"] in THREADED and state != "Z":
                threads = rec.setdefault("threads", {})
                for tid in os.listdir(f"/proc/{pid}/task") if os.path.isdir(f"/proc/{pid}/task") else []:
                    t = read(f"/proc/{pid}/task/{tid}/stat")
                    if t:
                        name = t[t.index(b"(") + 1:t.rindex(b")")].decode(errors="replace")
                        f = t[t.rindex(b")") + 2:].split()
                        threads[tid] = (name, max(threads.get(tid, ("", 0))[1], int(f[11]) + int(f[12])))
            if state != "Z":
                hwm = status_kb(pid, "VmHWM")
                if hwm:
                    rec["hwm_kb"] = max(rec["hwm_kb"], hwm)
            if ppid == me and state == "Z" and pid not in self.known_children:
                self._reap(pid)
        if now - self._last_pss >= 1.0:
            self._last_pss = now
            sums = {}
            for pid, group in members.items():
                v = pss_kb(pid)
                if v:
                    sums[group] = sums.get(group, 0) + v
            self.pss_series.append((round(now, 2), sums))
            for g, v in sums.items():
                self.pss_peak[g] = max(self.pss_peak.get(g, 0), v)
        if self.ports and now - self._last_ss >= 0.5:
            self._last_ss = now
            self._sockets(now)

    def _reap(self, pid):
        try:
            got, _, ru = os.wait4(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if got == pid:
            key = self.by_pid.get(pid)
            if key:
                self.exact[key] = round((ru.ru_utime + ru.ru_stime) * CLK_TCK)

    def _sockets(self, now):
        p = subprocess.Popen(["ss", "-tinH", "state", "established"], stdout=subprocess.PIPE, text=True)
        self.helpers.add(p.pid)
        out, _ = p.communicate()
        self.helpers.discard(p.pid)
        lines = out.splitlines()
        open_now = {}
        i = 0
        while i < len(lines):
            head = lines[i].split()
            info = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].startswith(("\t", " ")) else ""
            i += 2 if info else 1
            if len(head) < 4:
                continue
            local, peer = head[2], head[3]
            lport, pport = int(local.rsplit(":", 1)[1]), int(peer.rsplit(":", 1)[1])
            for label, (port, side) in self.ports.items():
                if (side == "local" and lport == port) or (side == "peer" and pport == port):
                    sent = int(m.group(1)) if (m := re.search(r"bytes_sent:(\d+)", info)) else 0
                    recv = int(m.group(1)) if (m := re.search(r"bytes_received:(\d+)", info)) else 0
                    key = (label, local, peer)
                    c = self.conns.setdefault(key, [0, 0, now, now])
                    c[0], c[1], c[3] = max(c[0], sent), max(c[1], recv), now
                    open_now[label] = open_now.get(label, 0) + 1
        for label, n in open_now.items():
            self.conn_peak[label] = max(self.conn_peak.get(label, 0), n)

    def run(self):
        while not self.stop.is_set():
            try:
                self._scan()
            except Exception as ex:  # a process vanishing mid-read must not end the measurement
                print(f"measure: sampler: {ex!r}", file=sys.stderr)
            self.stop.wait(self.interval)

    def sample_now(self):
        self._scan()

    def reap_all(self):
        """Reaps every adopted orphan that has ended (after the measured trees are stopped)."""
        while True:
            try:
                pid, _, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            key = self.by_pid.get(pid)
            if key:
                self.exact[key] = round((ru.ru_utime + ru.ru_stime) * CLK_TCK)

    def drain(self, timeout=20):
        """Waits until every process of the measured trees has ended, reaping the orphans among them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.reap_all()
            alive = [key for key in self.procs if (s := stat_of(key[0])) and s[3] == key[1] and s[0] != "Z"]
            if not alive:
                return []
            time.sleep(0.1)
        return [(key[0], self.procs[key]["kind"]) for key in alive]

    def orphans_cpu_s(self, group):
        """CPU seconds of the group's processes this script reaped (each with what it reaped itself)."""
        return sum(t for key, t in self.exact.items() if self.procs[key]["group"] == group) / CLK_TCK

    def cpu_by_kind(self, group):
        out = {}
        for key, rec in self.procs.items():
            if rec["group"] == group:
                out[rec["kind"]] = out.get(rec["kind"], 0) + rec["ticks"] / CLK_TCK
        return {k: round(v, 2) for k, v in sorted(out.items(), key=lambda kv: -kv[1])}

    def hwm_by_kind(self, group):
        out = {}
        for rec in self.procs.values():
            if rec["group"] == group and rec["hwm_kb"]:
                out.setdefault(rec["kind"], []).append(rec["hwm_kb"] / 1024)
        return {k: {"count": len(v), "max_mib": round(max(v), 1), "median_mib": round(statistics.median(v), 1)} for k, v in out.items()}

    def busiest_threads(self, group):
        """Per process kind of THREADED: the CPU seconds of its busiest thread (summed over processes of that kind)
        and of all its threads, by thread name."""
        out = {}
        for rec in self.procs.values():
            if rec["group"] != group or "threads" not in rec:
                continue
            by_name = {}
            for name, ticks in rec["threads"].values():
                by_name[name] = by_name.get(name, 0) + ticks
            top = max(rec["threads"].values(), key=lambda nt: nt[1], default=("", 0))
            k = out.setdefault(rec["kind"], {"busiest_thread_s": 0.0, "busiest_thread": top[0], "threads_s": {}})
            k["busiest_thread_s"] = round(k["busiest_thread_s"] + top[1] / CLK_TCK, 2)
            for name, ticks in by_name.items():
                k["threads_s"][name] = round(k["threads_s"].get(name, 0) + ticks / CLK_TCK, 2)
        for k in out.values():
            k["threads_s"] = dict(sorted(k["threads_s"].items(), key=lambda kv: -kv[1])[:6])
        return out

    def pss_at(self, t0, t1, group):
        vals = [s[group] for t, s in self.pss_series if t0 <= t <= t1 and group in s]
        return vals

    def connections(self, label):
        cs = [v for (lab, _, _), v in self.conns.items() if lab == label]
        side = "listener (server side)" if self.ports[label][1] == "local" else "client (the lab's side)"
        return {"counted_at": side, "connections": len(cs), "most_open_at_once": self.conn_peak.get(label, 0),
                "bytes_sent": sum(c[0] for c in cs), "bytes_received": sum(c[1] for c in cs)}


# --------------------------------------------------------------------------------------------------------------- helpers

def helper(sampler, argv, **kw):
    """Runs a helper command to the end, its pid kept out of the measured trees."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    sampler.helpers.add(p.pid)
    out, err = p.communicate()
    sampler.helpers.discard(p.pid)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:3])}…: exit {p.returncode}: {err.strip()}")
    return out


def psql(sampler, url, sql):
    return helper(sampler, ["psql", "-X", "-At", "-F", "\t", url, "-c", sql]).strip()


def start_reading_first_line(sampler, group, argv, err_path, env=None):
    """Starts a server command whose first stdout line is its address; returns (Popen, line)."""
    err = open(err_path, "w")
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, text=True, env=env, start_new_session=True)
    sampler.watch(group, p.pid)
    line = p.stdout.readline().strip()
    if not line:
        raise RuntimeError(f"{argv[2]} printed no address (see {err_path})")
    return p, line


def stop_and_reap(p, sig=signal.SIGTERM, timeout=30):
    """Stops a started server and returns its CPU seconds (itself and every process it reaped), from wait4."""
    try:
        os.kill(p.pid, sig)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + timeout
    while True:
        got, status, ru = os.wait4(p.pid, os.WNOHANG)
        if got == p.pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            return ru
        if time.monotonic() > deadline:
            os.kill(p.pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
        time.sleep(0.05)


def cpu_s(ru):
    return round(ru.ru_utime + ru.ru_stime, 2)


# ------------------------------------------------------------------------------------------------------------------ main

def main():
    args = parse_args()
    if not args.no_netns and os.environ.get("MEASURE_IN_NETNS") != "1":
        if os.geteuid() != 0:
            sys.exit("measure: run as root (a network namespace of its own needs it), or pass --no-netns")
        os.environ["MEASURE_IN_NETNS"] = "1"
        os.execvp("unshare", ["unshare", "-n", "--", sys.executable, os.path.abspath(__file__), *sys.argv[1:]])
    if os.environ.get("MEASURE_IN_NETNS") == "1":
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)

    os.chdir(ROOT)
    # Orphans of the measured trees become this script's children, so their CPU time is counted and they are reaped.
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        sys.exit("measure: prctl(PR_SET_CHILD_SUBREAPER) failed")

    config = os.environ.get("LAB_CONFIGURATION", "Release")
    out = os.path.abspath(args.out or os.path.join("out", "measure", time.strftime("%Y%m%d-%H%M%S")))
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, LAB_CONFIGURATION=config)
    subprocess.run(["./lab", "--help"], env=env, stdout=subprocess.DEVNULL, check=True)  # builds once when needed
    cli = os.path.join(ROOT, "src", "UsabilityLab.Cli", "bin", config, "net10.0", "lab.dll")
    dotnet = ["dotnet", cli]

    sampler = Sampler(args.interval)
    result = {"args": vars(args), "configuration": config, "machine": machine()}
    started = []
    pg_env = None
    try:
        # PostgreSQL: the tests' throwaway server (fsync and synchronous_commit off: see the script).
        if args.store == "postgres":
            text = helper(sampler, ["tests/Services/postgres.sh", "start"])
            pg_env = dict(re.findall(r"export (\w+)=(\S+)", text))
            base = pg_env["USABILITYLAB_TEST_POSTGRES"].strip("'")
            db = base.rsplit("/", 1)[0] + "/scaling"
            pg_port = int(re.search(r":(\d+)/", base).group(1))
            data = pg_env["USABILITYLAB_TEST_POSTGRES_DATA"].strip("'")
            postmaster = int(read(os.path.join(data, "postmaster.pid")).split()[0])
            sampler.watch("postgres", postmaster)
            sampler.ports["postgres"] = (pg_port, "peer")
            result["postgres_version"] = psql(sampler, base, "show server_version")
        else:
            db = os.path.join(out, "scaling.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)

        demo, line = start_reading_first_line(sampler, "demo-site", dotnet + ["demo-site", "--port", "0"], os.path.join(out, "demo-site.err"))
        started.append(("demo-site", demo))
        url = re.search(r"(http://\S+)", line).group(1)
        sampler.ports["demo-site"] = (int(re.search(r":(\d+)/", url).group(1)), "local")

        run_args = ["run", args.study, "--participants", str(args.participants), "--workers", str(args.workers),
                    "--persona", args.persona, "--db", db, "--out", out]
        if args.browser == "server":
            server, endpoint = start_reading_first_line(sampler, "browser-server", dotnet + ["browser-server", "--port", "0"], os.path.join(out, "browser-server.err"))
            started.append(("browser-server", server))
            sampler.ports["browser-server"] = (int(re.search(r":(\d+)/", endpoint).group(1)), "local")
            run_args += ["--browser-endpoint", endpoint, "--per-endpoint", str(args.per_endpoint)]

        thread = threading.Thread(target=sampler.run, daemon=True)
        thread.start()
        time.sleep(3)  # the servers settle; their idle memory is what a run adds to
        idle_t = time.monotonic() - sampler.t0

        before = {"lo": lo_bytes(), "cpu": cpu_stat(), "t": time.monotonic()}
        if args.store == "postgres":
            before["wal_lsn"] = psql(sampler, base, "select pg_current_wal_lsn()")
            before["wal"] = psql(sampler, base, "select wal_records, wal_fpi, wal_bytes from pg_stat_wal")

        runner_env = dict(env, DEMO_SITE_URL=url)
        with open(os.path.join(out, "run.out"), "w") as so, open(os.path.join(out, "run.err"), "w") as se:
            runner = subprocess.Popen(dotnet + run_args, stdout=so, stderr=se, env=runner_env)
        sampler.watch("runner", runner.pid)
        run_t0 = time.monotonic() - sampler.t0
        _, status, ru_runner = os.wait4(runner.pid, 0)
        runner.returncode = os.waitstatus_to_exitcode(status)
        run_t1 = time.monotonic() - sampler.t0
        wall = time.monotonic() - before["t"]
        time.sleep(args.interval * 2)  # one more look at the servers' processes and the sockets
        sampler.stop.set()
        thread.join()
        sampler._last_ss = -1
        sampler.sample_now()

        after = {"lo": lo_bytes(), "cpu": cpu_stat()}
        busy = (after["cpu"][0] - before["cpu"][0]) / CLK_TCK
        total = (after["cpu"][1] - before["cpu"][1]) / CLK_TCK
        result["run"] = {
            "exit_code": runner.returncode,
            "wall_s": round(wall, 2),
            "machine_cpu_busy_s": round(busy, 2),
            "machine_cores_busy": round(busy / wall, 2),
            "loopback_bytes": after["lo"] - before["lo"],
        }

        if args.store == "postgres":
            result["store"] = postgres_figures(sampler, base, db, before)
        else:
            result["store"] = sqlite_figures(db)

        # Servers stop; their CPU from wait4 covers their whole life (start, idle, the run, stop).
        ru = {"runner": ru_runner}
        for name, p in reversed(started):
            ru[name] = stop_and_reap(p)
        started.clear()
        if args.store == "postgres":
            helper(sampler, ["tests/Services/postgres.sh", "stop"])
            pg_env = None
            # The postmaster was this script's adopted child (pg_ctl daemonizes it): reap it for its exact total.
            for _ in range(100):
                try:
                    got, _, r = os.wait4(postmaster, os.WNOHANG)
                except ChildProcessError:
                    break
                if got == postmaster:
                    ru["postgres"] = r
                    break
                time.sleep(0.05)

        left = sampler.drain()
        if left:
            print(f"measure: still running 20 s after their trees were stopped (CPU not counted exactly): {left}", file=sys.stderr)
        result["processes_left_running"] = left
        groups = {}
        for group in ["runner", "browser-server", "demo-site", "postgres"]:
            if group not in sampler.roots:
                continue
            g = {"cpu_s_by_kind_sampled": sampler.cpu_by_kind(group), "busiest_threads": sampler.busiest_threads(group),
                 "peak_rss_by_kind": sampler.hwm_by_kind(group),
                 "pss_peak_mib": round(sampler.pss_peak.get(group, 0) / 1024, 1)}
            if group in ru:
                # Exact: the root's wait4 (itself and all it reaped) plus the orphans this script reaped.
                g["cpu_s"] = round(cpu_s(ru[group]) + sampler.orphans_cpu_s(group), 2)
                g["cpu_s_of_root_wait4"] = cpu_s(ru[group])
                g["cpu_s_sampled_total"] = round(sum(g["cpu_s_by_kind_sampled"].values()), 2)
                g["max_rss_mib_of_one_process"] = round(ru[group].ru_maxrss / 1024, 1)
            idle = sampler.pss_at(0, idle_t, group)
            if idle:
                g["pss_idle_mib"] = round(idle[-1] / 1024, 1)
            during = sampler.pss_at(run_t0, run_t1, group)
            if during:
                g["pss_during_run_mib"] = {"median": round(statistics.median(during) / 1024, 1), "max": round(max(during) / 1024, 1)}
            renderers = [r for r in sampler.procs.values() if r["group"] == group and r["kind"] == "chromium renderer"]
            if renderers:
                g["renderer_processes"] = len(renderers)
            groups[group] = g
        result["groups"] = groups
        result["network"] = {label: sampler.connections(label) for label in sampler.ports}
        me = os.times()
        result["this_script_cpu_s"] = round(me.user + me.system, 2)
        result["pss_series"] = sampler.pss_series
    finally:
        for name, p in started:
            stop_and_reap(p)
        if pg_env is not None:
            subprocess.run(["tests/Services/postgres.sh", "stop"])

    with open(os.path.join(out, "measurement.json"), "w") as f:
        json.dump(result, f, indent=1)
    summary = summarize(result)
    with open(os.path.join(out, "summary.txt"), "w") as f:
        f.write(summary)
    print(summary)
    print(f"measure: details in {out}/measurement.json")
    return 0 if result["run"]["exit_code"] in (0, 1) else 1


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in read("/proc/cpuinfo").decode().splitlines() if l.startswith("model name")), "?")
    mem = next(int(l.split()[1]) for l in read("/proc/meminfo").decode().splitlines() if l.startswith("MemTotal"))
    return {"cpus": os.cpu_count(), "cpu_model": cpu, "mem_gib": round(mem / 1024 / 1024, 1), "kernel": os.uname().release}


def sqlite_figures(db):
    import sqlite3
    sizes = {s: os.path.getsize(db + s) for s in ("", "-wal", "-shm") if os.path.exists(db + s)}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    counts = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0]
              for t in ("Participants", "Sessions", "TaskAttempts", "Events", "PageSnapshots", "QuestionnaireResponses")}
    sessions = session_times(con.execute('select StartedAt, EndedAt from Sessions').fetchall())
    participant_ms = con.execute('select sum(EndMs - StartMs) from TaskAttempts').fetchone()[0] or 0
    archive_bytes = con.execute('select coalesce(sum(length(Archive)), 0) + coalesce(sum(length(Png)), 0) from PageSnapshots').fetchone()[0]
    outcomes = dict(con.execute('select Outcome, count(*) from TaskAttempts group by Outcome').fetchall())
    con.close()
    tables = {}
    try:
        rows = subprocess.run(["sqlite3", db, "select name, sum(pgsize) from dbstat group by name order by 2 desc"],
                              capture_output=True, text=True, check=True).stdout
        for line in rows.splitlines():
            name, size = line.rsplit("|", 1)
            tables[name] = int(size)
    except (OSError, subprocess.CalledProcessError):
        pass
    return {"kind": "sqlite", "file_bytes": sizes, "rows": counts, "sessions": sessions, "attempt_outcomes": outcomes,
            "participant_time_s": round(participant_ms / 1000, 1), "page_blob_bytes": archive_bytes, "bytes_by_table_and_index": tables}


def session_times(rows):
    from datetime import datetime
    durations = []
    for start, end in rows:
        if start and end:
            a = datetime.fromisoformat(str(start))
            b = datetime.fromisoformat(str(end))
            durations.append((b - a).total_seconds())
    if not durations:
        return {}
    return {"count": len(durations), "wall_s_median": round(statistics.median(durations), 2),
            "wall_s_min": round(min(durations), 2), "wall_s_max": round(max(durations), 2)}


def postgres_figures(sampler, base, db, before):
    wal_after_lsn = psql(sampler, base, "select pg_current_wal_lsn()")
    wal_bytes = int(psql(sampler, base, f"select pg_wal_lsn_diff('{wal_after_lsn}', '{before['wal_lsn']}')").split(".")[0])
    w0 = [int(float(x)) for x in before["wal"].split("\t")]
    w1 = [int(float(x)) for x in psql(sampler, base, "select wal_records, wal_fpi, wal_bytes from pg_stat_wal").split("\t")]
    size = int(psql(sampler, db, "select pg_database_size(current_database())"))
    empty = int(psql(sampler, db, "select pg_database_size('template1')"))
    tables = {}
    for line in psql(sampler, db, "select relname, pg_total_relation_size(relid), n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables order by 2 desc").splitlines():
        name, total, ins, upd, dele = line.split("\t")
        tables[name] = {"bytes": int(total), "inserted": int(ins), "updated": int(upd), "deleted": int(dele)}
    counts = {t: int(psql(sampler, db, f'select count(*) from "{t}"'))
              for t in ("Participants", "Sessions", "TaskAttempts", "Events", "PageSnapshots", "QuestionnaireResponses")}
    xact = psql(sampler, db, "select xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted from pg_stat_database where datname = current_database()").split("\t")
    rows = [tuple(l.split("\t")) for l in psql(sampler, db, 'select "StartedAt", "EndedAt" from "Sessions"').splitlines()]
    participant_ms = float(psql(sampler, db, 'select coalesce(sum("EndMs" - "StartMs"), 0) from "TaskAttempts"'))
    archive_bytes = int(psql(sampler, db, 'select coalesce(sum(length("Archive")), 0) + coalesce(sum(length("Png")), 0) from "PageSnapshots"'))
    outcomes = dict((o, int(n)) for o, n in (l.split("\t") for l in psql(sampler, db, 'select "Outcome", count(*) from "TaskAttempts" group by 1').splitlines()))
    return {"kind": "postgres", "database_bytes": size, "empty_database_bytes": empty, "wal_bytes": wal_bytes,
            "pg_stat_wal_delta": {"records": w1[0] - w0[0], "full_page_images": w1[1] - w0[1], "bytes": w1[2] - w0[2]},
            "rows": counts, "attempt_outcomes": outcomes, "tables": tables,
            "database_stats": dict(zip(["xact_commit", "xact_rollback", "tup_inserted", "tup_updated", "tup_deleted"], map(int, xact))),
            "sessions": session_times([(a.replace(" ", "T", 1), b.replace(" ", "T", 1)) for a, b in rows]),
            "participant_time_s": round(participant_ms / 1000, 1), "page_blob_bytes": archive_bytes}


def summarize(r):
    a = r["args"]
    lines = [f"{a['participants']} participants, {a['workers']} worker(s), browser {a['browser']}"
             + (f" (per endpoint {a['per_endpoint']})" if a["browser"] == "server" else "") + f", store {a['store']}, persona {a['persona']}",
             f"machine: {r['machine']['cpus']} CPUs ({r['machine']['cpu_model']}), {r['machine']['mem_gib']} GiB",
             f"run: exit {r['run']['exit_code']}, {r['run']['wall_s']} s wall, machine {r['run']['machine_cores_busy']} cores busy, loopback {r['run']['loopback_bytes']:,} bytes"]
    for g, v in r["groups"].items():
        lines.append(f"{g}: CPU {v.get('cpu_s', '?')} s (wait4), PSS peak {v['pss_peak_mib']} MiB"
                     + (f", idle {v['pss_idle_mib']} MiB" if "pss_idle_mib" in v else "")
                     + (f", {v['renderer_processes']} renderers" if "renderer_processes" in v else ""))
        lines.append("    sampled CPU s: " + ", ".join(f"{k} {s}" for k, s in v["cpu_s_by_kind_sampled"].items()))
        lines.append("    busiest thread: " + ", ".join(f"{k} {t['busiest_thread']} {t['busiest_thread_s']} s" for k, t in v.get("busiest_threads", {}).items()))
        lines.append("    peak RSS: " + ", ".join(f"{k} {m['max_mib']} MiB (median {m['median_mib']}, n={m['count']})" for k, m in v["peak_rss_by_kind"].items()))
    s = r["store"]
    lines.append(f"store: rows {s['rows']}; participant time {s['participant_time_s']} s; sessions {s['sessions']}")
    lines.append(f"    attempt outcomes {s['attempt_outcomes']}")
    if s["kind"] == "sqlite":
        lines.append(f"    files {s['file_bytes']}; page pictures/archives {s['page_blob_bytes']:,} bytes")
    else:
        lines.append(f"    database {s['database_bytes']:,} bytes (empty {s['empty_database_bytes']:,}), WAL {s['wal_bytes']:,} bytes, pg_stat_wal {s['pg_stat_wal_delta']}")
        lines.append(f"    {s['database_stats']}")
    for label, n in r["network"].items():
        lines.append(f"network {label}: {n}")
    lines.append(f"this script's own CPU: {r['this_script_cpu_s']} s")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Per-session figures from pairs of tools/measure-sessions.py results (the tables of docs/scaling.md).

  tools/scaling-figures.py [OUT]      OUT defaults to out/scaling (what tools/measure-scaling.sh wrote)

For each setup measured with 4 and with 16 participants (same round), prints what the 12 added sessions cost each:
(figure at 16 − figure at 4) / 12. That leaves out what a run costs once whatever its size (starting .NET, Chromium and
Playwright's driver, migrating the database, the study's page archives, the analysis at the end). Also prints the
fixed part (figure at 4 − 4 × per session) and, for every measurement, the memory figures and the load that other
programs put on the machine meanwhile (machine-wide busy CPU minus the measured trees' CPU, over the run's wall time).
"""

import glob
import json
import os
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "out/scaling"


def load(name):
    with open(os.path.join(OUT, name, "measurement.json")) as f:
        return json.load(f)


def other_load(r):
    ours = sum(g.get("cpu_s", 0) for g in r["groups"].values())
    return (r["run"]["machine_cpu_busy_s"] - ours) / r["run"]["wall_s"]


def kinds(r, group, pred):
    return sum(v for k, v in r["groups"].get(group, {}).get("cpu_s_by_kind_sampled", {}).items() if pred(k))


def figures(r):
    """The additive figures of one measurement."""
    s = r["store"]
    f = {
        "wall time (s)": r["run"]["wall_s"],
        "CPU, runner tree (s)": r["groups"]["runner"]["cpu_s"],
        "CPU, browser server tree (s)": r["groups"].get("browser-server", {}).get("cpu_s", 0),
        "CPU, PostgreSQL (s)": r["groups"].get("postgres", {}).get("cpu_s", 0),
        "CPU, demo shop (s)": r["groups"]["demo-site"]["cpu_s"],
    }
    for group, label in (("runner", "runner"), ("browser-server", "browser server")):
        if group not in r["groups"]:
            continue
        f[f"  {label}: Chromium, all processes (s)"] = kinds(r, group, lambda k: k.startswith("chromium"))
        f[f"  {label}: Chromium renderers (s)"] = kinds(r, group, lambda k: k == "chromium renderer")
        f[f"  {label}: Chromium browser process (s)"] = kinds(r, group, lambda k: k == "chromium browser")
        f[f"  {label}: Chromium gpu-process (s)"] = kinds(r, group, lambda k: k == "chromium gpu-process")
        f[f"  {label}: Playwright node (s)"] = kinds(r, group, lambda k: k.startswith("node"))
        f[f"  {label}: .NET (s)"] = kinds(r, group, lambda k: k == "dotnet")
    f["events"] = s["rows"]["Events"]
    f["participant time, simulated clock (s)"] = s["participant_time_s"]
    if s["kind"] == "sqlite":
        f["SQLite file bytes"] = sum(s["file_bytes"].values())
        f["SQLite Events table + indexes bytes"] = sum(v for k, v in s["bytes_by_table_and_index"].items() if "Events" in k)
    else:
        f["PostgreSQL database bytes"] = s["database_bytes"]
        f["PostgreSQL Events table bytes (with indexes, TOAST)"] = s["tables"]["Events"]["bytes"]
        f["PostgreSQL WAL bytes"] = s["wal_bytes"]
        f["PostgreSQL rows inserted"] = s["database_stats"]["tup_inserted"]
        f["PostgreSQL rows updated"] = s["database_stats"]["tup_updated"]
        f["PostgreSQL commits"] = s["database_stats"]["xact_commit"]
    f["loopback bytes (all traffic, with TCP/IP headers)"] = r["run"]["loopback_bytes"]
    net = r["network"]
    f["demo shop -> browser bytes"] = net["demo-site"]["bytes_sent"]
    f["browser -> demo shop bytes"] = net["demo-site"]["bytes_received"]
    if "browser-server" in net:
        f["browser server -> runner bytes"] = net["browser-server"]["bytes_sent"]
        f["runner -> browser server bytes"] = net["browser-server"]["bytes_received"]
    if "postgres" in net:
        f["runner -> PostgreSQL bytes"] = net["postgres"]["bytes_sent"]
    return f


def pairs():
    names = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(OUT, "*", "measurement.json")))
    for name in names:
        m = re.fullmatch(r"(.*)-n4(-r\d+)?", name)
        if m and (big := f"{m.group(1)}-n16{m.group(2) or ''}") in names:
            yield name, big


def main():
    for small, big in pairs():
        a, b = load(small), load(big)
        added = b["args"]["participants"] - a["args"]["participants"]
        fa, fb = figures(a), figures(b)
        print(f"== {big.replace('-n16', '')}: per added session ({b['args']['participants']} - {a['args']['participants']} participants); "
              f"other load {other_load(a):.2f} / {other_load(b):.2f} cores")
        print(f"   {'figure':58s} {'per session':>12s} {'fixed/run':>12s}")
        for key in fb:
            per = (fb[key] - fa.get(key, 0)) / added
            fixed = fa.get(key, 0) - a["args"]["participants"] * per
            print(f"   {key:58s} {per:12,.3f} {fixed:12,.1f}")
        print()
    print("== memory and load, every measurement (MiB; PSS summed over a tree, peak RSS of one process)")
    for path in sorted(glob.glob(os.path.join(OUT, "*", "measurement.json"))):
        name = os.path.basename(os.path.dirname(path))
        r = load(name)
        g = r["groups"]
        server = g.get("browser-server")
        chromium = server or g["runner"]
        renderer = chromium["peak_rss_by_kind"].get("chromium renderer", {})
        line = f"   {name:28s} other load {other_load(r):.2f} cores; runner PSS peak {g['runner']['pss_peak_mib']}"
        if server:
            conc = r["args"]["workers"]
            line += (f"; server PSS idle {server.get('pss_idle_mib')} peak {server['pss_peak_mib']} "
                     f"-> {(server['pss_peak_mib'] - server.get('pss_idle_mib', 0)) / conc:.0f} per concurrent participant")
        line += f"; renderer peak RSS median {renderer.get('median_mib')} max {renderer.get('max_mib')}"
        if "postgres" in r["network"]:
            line += f"; PostgreSQL connections at once {r['network']['postgres']['most_open_at_once']}"
        print(line)
        outcomes = r["store"].get("attempt_outcomes")
        if outcomes:
            print(f"   {'':28s} attempt outcomes {outcomes}; session wall median {r['store']['sessions'].get('wall_s_median')} s")
        threads = (server or {}).get("busiest_threads", {})
        if threads:
            n = r["args"]["participants"]
            print(f"   {'':28s} busiest threads per session (all-in / {n}): " + ", ".join(
                f"{k}: {t['busiest_thread']} {t['busiest_thread_s'] / n:.2f} s" for k, t in threads.items() if t["busiest_thread_s"] > 1))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The measurements docs/scaling.md is built from, one after another (never two at once: they would share the cores).
# Each is one tools/measure-sessions.py run of the demo study (persona mixed, seed 42) into OUT/NAME/; then
# tools/scaling-figures.py OUT prints the per-session tables.
#   tools/measure-scaling.sh [OUT]        (as root; OUT defaults to out/scaling; 30-60 minutes on 2 cores)
# Two sizes of each setup (4 and 16 participants): the difference is what 12 more sessions cost, without the fixed
# costs of a run (starting .NET, Chromium and the driver, migrating the database, the study's page archives).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT="${1:-out/scaling}"
measure() {
  local name="$1"; shift
  printf 'measure-scaling: %s (load average %s)\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
  tools/measure-sessions.py --out "$OUT/$name" "$@" > /dev/null
}
for round in 1 2; do
  # Chromium launched by the run, SQLite: everything on one machine.
  measure "local-sqlite-w1-n4-r$round" --participants 4 --workers 1
  measure "local-sqlite-w1-n16-r$round" --participants 16 --workers 1
  # One browser server, PostgreSQL: one participant at a time, then two.
  measure "server-postgres-w1-n4-r$round" --participants 4 --workers 1 --browser server --per-endpoint 1 --store postgres
  measure "server-postgres-w1-n16-r$round" --participants 16 --workers 1 --browser server --per-endpoint 1 --store postgres
  measure "server-postgres-w2-n4-r$round" --participants 4 --workers 2 --browser server --store postgres
  measure "server-postgres-w2-n16-r$round" --participants 16 --workers 2 --browser server --store postgres
done
# Memory of two local workers; a browser server with SQLite; eight participants at once in one 2-core browser server.
measure "local-sqlite-w2-n16" --participants 16 --workers 2
measure "server-sqlite-w2-n16" --participants 16 --workers 2 --browser server
measure "server-postgres-w8-n16" --participants 16 --workers 8 --browser server --per-endpoint 8 --store postgres

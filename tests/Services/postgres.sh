#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data folder under a temporary directory, the postgres OS user,
# loopback only, on a free port. Nothing of it outlives `stop`.
#   tests/Services/postgres.sh start   installs Debian's postgresql when initdb/pg_ctl are missing (as root), starts the
#                                      server and prints `export` lines for the tests (eval them)
#   tests/Services/postgres.sh start --durable   the same with the server's own fsync and synchronous_commit (on),
#                                      as a team runs it: what the benchmarks measure
#   tests/Services/postgres.sh stop    stops the server started from this checkout and deletes its folder
# The tests read USABILITYLAB_TEST_POSTGRES (a postgresql:// URI of a superuser: each test creates and drops its own
# database) and USABILITYLAB_TEST_POSTGRES_DATA (the data folder, which the privacy tests scan byte by byte).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Where this checkout's server is recorded, so that `stop` finds it (and only it: other checkouts run their own).
STATE_FILE="$ROOT/.lab/postgres.state"

say() { printf 'postgres.sh: %s\n' "$*" >&2; }

# initdb and pg_ctl are not on PATH in Debian's packages: they live in the versioned folder pg_config names.
find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  fi
  # The newest installed major version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4 -V -r); do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

install_postgres() {
  if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL (initdb, pg_ctl) not found; install it with: sudo apt-get install -y postgresql"
    exit 3
  fi
  say "installing Debian package: postgresql (apt-get; the storage tests run against a throwaway server)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # The package's own cluster is not wanted (the tests start their own): don't let the install create and start one.
  mkdir -p /etc/postgresql-common/createcluster.d
  [[ -f /etc/postgresql-common/createcluster.d/50-usabilitylab.conf ]] ||
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/50-usabilitylab.conf
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

# A port nothing listens on now (the kernel's choice), on loopback.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return 0
  local port
  for port in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# Runs a command as the postgres OS user (the server refuses to run as root), or as ourselves when we are not root.
as_server_user() {
  if [[ "$(id -u)" == "0" ]]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

start() {
  local flush="-c fsync=off -c synchronous_commit=off"
  case "${1:-}" in
    "") ;;
    --durable) flush="" ;;
    *) say "unknown option $1; start takes --durable"; exit 2 ;;
  esac
  if [[ -f "$STATE_FILE" ]]; then
    say "a server from an earlier start is still recorded; stopping it first"
    stop
  fi
  local bindir
  bindir="$(find_bindir)" || { install_postgres; bindir="$(find_bindir)" || { say "postgresql installed, but initdb/pg_ctl still not found"; exit 3; }; }
  if [[ "$(id -u)" == "0" ]] && ! id postgres >/dev/null 2>&1; then
    say "no 'postgres' OS user to run the server as (Debian's postgresql package creates it)"
    exit 3
  fi

  local dir port password
  dir="$(mktemp -d "${TMPDIR:-/tmp}/usabilitylab-pg.XXXXXX")"
  chmod 755 "$dir"
  [[ "$(id -u)" == "0" ]] && chown postgres: "$dir"
  port="$(free_port)" || { say "no free port found"; exit 3; }
  password="lab-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" > "$dir/pwfile"
  [[ "$(id -u)" == "0" ]] && chown postgres: "$dir/pwfile"
  mkdir -p "$(dirname "$STATE_FILE")"
  printf 'BINDIR=%q\nDIR=%q\nPORT=%q\n' "$bindir" "$dir" "$port" > "$STATE_FILE"

  # C locale: byte-order text comparisons, as SQLite's; UTF-8: every event text fits.
  as_server_user "$bindir/initdb" -D "$dir/data" -U lab --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; say "initdb failed"; exit 3; }
  rm -f "$dir/pwfile"
  # Loopback only; no Unix socket (its default folder may not exist); fsync off unless --durable: a test server's data
  # need not survive a power cut, and the tests create and drop many databases.
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' $flush -c max_connections=200" \
    start >/dev/null \
    || { cat "$dir/server.log" >&2 2>/dev/null; say "pg_ctl start failed"; exit 3; }
  say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)${flush:+, fsync off}"
  printf 'export USABILITYLAB_TEST_POSTGRES=%q\n' "postgresql://lab:$password@127.0.0.1:$port/postgres"
  printf 'export USABILITYLAB_TEST_POSTGRES_DATA=%q\n' "$dir/data"
}

stop() {
  [[ -f "$STATE_FILE" ]] || return 0
  local BINDIR DIR PORT
  # shellcheck disable=SC1090
  source "$STATE_FILE"
  if [[ -d "$DIR/data" ]]; then
    as_server_user "$BINDIR/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  rm -f "$STATE_FILE"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: tests/Services/postgres.sh start [--durable]|stop" >&2; exit 2 ;;
esac

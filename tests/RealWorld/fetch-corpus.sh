#!/usr/bin/env bash
# Installs the real-world corpus: the third-party web apps pinned in package.json (exact versions, the whole tree
# locked in package-lock.json) into tests/RealWorld/node_modules, from the npm registry and nowhere else.
#   tests/RealWorld/fetch-corpus.sh    installs what is missing; returns at once when every pinned version is there
# The tests call it themselves (RealWorldCorpus), so `dotnet test` needs nothing started by hand.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

say() { printf 'fetch-corpus: %s\n' "$*" >&2; }

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "Node.js and npm are needed to install the real-world corpus; install them (Debian: apt-get install -y nodejs npm) and run this again"
  exit 3
fi

# Two test assemblies may ask at once: the second waits here, then finds everything installed.
exec 9<"$HERE/package.json"
flock 9

# Prints the pinned packages that are missing or installed at another version, one "name@wanted (found)" a line.
stale_packages() {
  node -e '
    const fs = require("fs");
    const pinned = JSON.parse(fs.readFileSync("package.json", "utf8")).dependencies;
    for (const [name, wanted] of Object.entries(pinned)) {
      let found = "missing";
      try { found = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version; } catch {}
      if (found !== wanted) console.log(`${name}@${wanted} (${found})`);
    }'
}

stale="$(stale_packages)"
if [[ -z "$stale" ]]; then
  exit 0
fi

say "installing $(echo "$stale" | wc -l) package(s) with npm: $(echo "$stale" | tr '\n' ' ')"
# --ignore-scripts: install scripts of these packages only phone home (usage analytics, donation banners); the apps
# are the files as published. Short network timeouts: an unreachable registry fails in a minute, not in ten.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npm ci --ignore-scripts --no-audit --no-fund --fetch-timeout=60000 --fetch-retries=1 >"$log" 2>&1; then
  tail -n 15 "$log" >&2
  say "npm could not install the corpus (npm ci in $HERE failed; is the npm registry reachable?)"
  exit 1
fi

stale="$(stale_packages)"
if [[ -n "$stale" ]]; then
  say "npm finished but these are still not at their pinned version: $(echo "$stale" | tr '\n' ' '); package.json and package-lock.json disagree — run 'npm install --package-lock-only --omit-lockfile-registry-resolved' here"
  exit 1
fi
say "corpus installed in $HERE/node_modules"

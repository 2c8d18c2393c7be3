#!/usr/bin/env bash
# Installs what the tests need and runs every test: typecheck, lint, unit + golden + scenario
# self-tests, scenarios:check, and the browser tests in Debian's chromium. The last line is
# `N passed, N failed, N skipped` over every runner. Exits non-zero on any failure or when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
OUT=.ci/out
rm -rf "$OUT" && mkdir -p "$OUT"
failed_steps=()

step() {
  local name=$1; shift
  local t0=$SECONDS
  echo "=== $name: $*"
  if "$@"; then echo "=== $name: ok in $((SECONDS - t0))s"; else echo "=== $name: FAILED in $((SECONDS - t0))s"; failed_steps+=("$name"); fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } > "$OUT/apt.log" 2>&1 \
      || { cat "$OUT/apt.log"; return 1; }
  fi
  /usr/bin/chromium --version 2> "$OUT/chromium.err"
}

install_deps() {
  if [ -n "${CI:-}" ] || [ ! -d node_modules ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
}

step chromium  ensure_chromium
step install   install_deps
step typecheck npm run -s typecheck
step lint      npm run -s lint
step unit      npx --no vitest run --reporter=default --reporter=json --outputFile.json="$OUT/unit.json"
step scenarios bash -o pipefail -c "npm run -s scenarios:check | tee $OUT/scenarios.txt"
step build     npm run -s build
step e2e       npx --no vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$OUT/e2e.json"

[ ${#failed_steps[@]} -eq 0 ] || echo "failed steps: ${failed_steps[*]}"
node scripts/summary.mjs "$OUT/unit.json" "$OUT/e2e.json" "$OUT/scenarios.txt" "${failed_steps[@]/#/step:}"

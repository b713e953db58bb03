#!/usr/bin/env bash
# Browser end-to-end tests: Naast in Debian's Chromium (playwright-core) with axe checks.
# Screenshots land in tests/e2e/output/ (git-ignored).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bin="${NAAST_BIN:-target/debug/naast}"
if [[ -z "${NAAST_BIN:-}" ]]; then
  cargo build -p naast --locked -q
fi

if [[ ! -x /usr/bin/chromium && -z "${CHROMIUM_BIN:-}" ]]; then
  echo "e2e: /usr/bin/chromium is missing (Debian: apt-get install chromium)" >&2
  exit 1
fi

if [[ ! -d node_modules || "${CI:-}" == "true" ]]; then
  npm ci --no-audit --no-fund
fi

npm run test:e2e

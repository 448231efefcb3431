#!/usr/bin/env bash
# README command 2: installs what is missing (Node 24, pnpm, Chromium, pgbouncer, dependencies), then runs every
# check CI runs: lint, format, types, generated database types, unit, integration and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
bash scripts/ensure-test-tools.sh
pnpm install --frozen-lockfile
exec pnpm validate

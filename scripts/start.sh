#!/usr/bin/env bash
# README command 1: installs what is missing (Node 24, pnpm, dependencies), then starts the embedded
# database with demo data and both apps (site on :3000, admin on :3001).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
pnpm install --frozen-lockfile
exec pnpm dev

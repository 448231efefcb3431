#!/usr/bin/env bash
# Sourced by the README commands and CI: makes Node 24 and pnpm available on a fresh machine.
# Node comes from the npm registry (package node@24) when the machine has an older one,
# because this is the only registry reachable here and it serves Node itself.
# Sourced: it leaves the shell options of its caller alone.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_MAJOR="$(cut -d. -f1 < "$ROOT/.nvmrc")"
PNPM_VERSION="$(node -p "require('$ROOT/package.json').packageManager.split('@')[1]" 2>/dev/null || echo 10.34.9)"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" != "$NODE_MAJOR" ]; then
  if [ ! -x "$TOOLS/node/node_modules/.bin/node" ]; then
    echo "› Node $NODE_MAJOR is missing: installing it from the npm registry into .tools/node"
    mkdir -p "$TOOLS/node"
    npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --loglevel=error "node@$NODE_MAJOR" >/dev/null
  fi
  export PATH="$TOOLS/node/node_modules/node/bin:$TOOLS/node/node_modules/.bin:$PATH"
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ]; then
    echo "› pnpm $PNPM_VERSION is missing: installing it into .tools/pnpm"
    mkdir -p "$TOOLS/pnpm"
    npm install --prefix "$TOOLS/pnpm" --no-save --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
fi

echo "› node $(node --version), pnpm $(pnpm --version)"

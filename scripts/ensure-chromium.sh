#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (never a browser download): install it when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing: install Debian's package 'chromium' (sudo apt-get install -y chromium)." >&2
  exit 1
fi
echo "› installing Debian's chromium"
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

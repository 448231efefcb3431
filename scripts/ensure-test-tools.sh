#!/usr/bin/env bash
# The real servers the tests drive, from Debian (never a download): Chromium for the end-to-end tests,
# pgbouncer for the multi-instance run (decision 047). Installs what is missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Missing Debian packages: ${missing[*]} (sudo apt-get install -y ${missing[*]})." >&2
  exit 1
fi
echo "› installing Debian's ${missing[*]}"
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
# The package starts a pgbouncer service on port 6432: the tests start their own.
if [[ " ${missing[*]} " == *" pgbouncer "* ]]; then
  (systemctl stop pgbouncer || service pgbouncer stop || true) >/dev/null 2>&1
fi

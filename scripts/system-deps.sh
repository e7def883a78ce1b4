#!/usr/bin/env bash
# System packages the tests use: a PostgreSQL server (store tests run on it too), Debian's
# Chromium (browser tests) and redis-server (shared rate limits; Valkey serves too). Installed
# from Debian's packages when we are root and they are missing; otherwise the tests that need
# them skip with a reason.
set -uo pipefail
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || command -v valkey-server >/dev/null 2>&1 || need+=(redis-server)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: missing system packages (${need[*]}); tests that need them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
  || echo "note: could not install ${need[*]}; tests that need them will skip" >&2
exit 0

#!/usr/bin/env bash
# Install (if needed) Debian's Chromium for the dashboard's headless render test; print its path.
#   scripts/chromium.sh   -> /usr/bin/chromium
set -euo pipefail
BIN="${HYBRIDGATE_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$BIN" ]]; then
  echo "chromium.sh: installing Chromium (apt-get)..." >&2
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  # apt-get uses a lock: a second caller waits instead of failing.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >&2
fi
echo "$BIN"

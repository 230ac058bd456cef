#!/usr/bin/env bash
# Installs (or reinstalls) the extension for the current user: scripts/install-oxt.sh [OXT]
set -euo pipefail
oxt=$(realpath "${1:-$(dirname "$0")/../build/retroplan.oxt}")
if [ "$(id -u)" -eq 0 ]; then
  # unopkg refuses per-user installs as root: install for all users of this machine instead.
  unopkg add --shared -f --suppress-license "$oxt"
else
  unopkg add -f --suppress-license "$oxt"
fi
unopkg list ${SUDO_USER:+} 2>/dev/null | grep -E "Identifier|Version" | grep -A1 org.retroplan || true

#!/usr/bin/env bash
# Installs (or reinstalls) the extension: scripts/install-oxt.sh [OXT]
# For the current user; as root, where unopkg refuses per-user installs, for all users.
set -euo pipefail
oxt=$(realpath "${1:-$(dirname "$0")/../build/retroplan.oxt}")
scope=()
[ "$(id -u)" -eq 0 ] && scope=(--shared)
unopkg add "${scope[@]}" -f --suppress-license "$oxt"
unopkg list "${scope[@]}" 2>/dev/null | grep -E "^(Identifier|  Version)" | grep -A1 org.retroplan || true
echo "Installed $oxt; restart LibreOffice to use it."

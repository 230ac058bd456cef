#!/usr/bin/env bash
# Installs the Debian 12 packages Retroplan needs to build and test, if any is missing.
# Runs apt-get as root, or through sudo. Safe to run again: does nothing when all is there.
# With the argument `fuzz`, also what scripts/fuzz.sh needs.
set -euo pipefail

packages=(
  # build and engine
  cmake g++ make pkg-config
  python3  # scripts/functions.py generates the add-in's IDL and CalcAddIns.xcu at build time
  libboost-program-options-dev nlohmann-json3-dev
  libgtest-dev libbenchmark-dev
  # the iCalendar export (libical builds it; an independent parser and a real calendar
  # program read it back in the tests)
  libical-dev python3-icalendar khal
  # the LibreOffice SDK and Calc for the add-in and its tests. The GUI build (it also runs
  # headless), not -nogui: the window test needs one, under Xvfb; -nogui would replace it.
  libreoffice-calc libreoffice-core libreoffice-dev python3-uno libreoffice-l10n-fr
  xvfb xauth imagemagick fonts-dejavu-core
  zip unzip poppler-utils
  # scripts/test-libreoffice-25.sh: a Debian 13 root with LibreOffice 25.2 (iproute2: its loopback)
  debootstrap iproute2
)
# `scripts/setup.sh fuzz` (scripts/fuzz.sh): clang and its libFuzzer runtime as well.
if [ "${1:-}" = fuzz ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

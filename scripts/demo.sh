#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, packages and installs the extension,
# and runs the main job on the bundled example. Results go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out

echo "== CLI: examples/campaign.csv (deadline 2027-04-02, Easter Monday off)"
build/bin/retroplan schedule examples/campaign.csv --deadline 2027-04-02 --holidays 2027-03-29 \
  -o out/campaign-schedule.csv

echo "== Extension: build/retroplan.oxt"
if [ "$(id -u)" -ne 0 ]; then
  scripts/install-oxt.sh build/retroplan.oxt
else
  echo "   (running as root: unopkg refuses per-user installs; the workbook below is computed in a"
  echo "    throwaway profile. As your own user: scripts/install-oxt.sh)"
fi

echo "== Workbook with live RETRO_* formulas, computed in headless LibreOffice"
/usr/bin/python3 scripts/demo_workbook.py build examples/campaign.csv 2027-04-02 2027-03-29 out

echo
echo "Results in $(pwd)/out: campaign-schedule.csv (CLI), campaign.ods and campaign.pdf (Calc)"

#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, packages and installs the extension,
# and rebuilds the retroplan of the bundled example headless. Results go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out

echo "== Extension: build/retroplan.oxt"
if [ "$(id -u)" -ne 0 ]; then
  scripts/install-oxt.sh build/retroplan.oxt
else
  echo "   running as root, where unopkg refuses per-user installs: the rebuild below runs in a"
  echo "   throwaway profile with the extension installed. As your own user: scripts/install-oxt.sh"
fi

echo "== Rebuild retroplan on examples/campagne-multicanal.ods (headless LibreOffice)"
/usr/bin/python3 scripts/demo_rebuild.py build examples/campagne-multicanal.ods out

echo "== The same plan with the command-line tool"
build/bin/retroplan schedule examples/campagne-multicanal.csv --deadline 2027-05-20 \
  --holidays-file examples/jours-feries-fr.txt -o out/campagne-multicanal.csv

echo
echo "Results in $(pwd)/out:"
echo "  campagne-multicanal-rebuilt.ods   the workbook with its rebuilt Retroplan sheet"
echo "  campagne-multicanal-timeline.pdf  the timeline, printable"
echo "  campagne-multicanal-timeline.png  its first page"
echo "  campagne-multicanal.csv           the CLI's schedule of the same plan"
if [ -n "${DISPLAY:-}" ] && [ "$(id -u)" -ne 0 ] && command -v soffice >/dev/null; then
  echo "Opening the workbook in Calc…"
  (soffice --calc out/campagne-multicanal-rebuilt.ods >/dev/null 2>&1 &) || true
fi

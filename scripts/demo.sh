#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and runs the main job on the
# bundled example. Output goes to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out
build/bin/retroplan schedule examples/campaign.csv --deadline 2027-04-02 --holidays 2027-03-29 \
  -o out/campaign-schedule.csv
column -s, -t < out/campaign-schedule.csv 2>/dev/null || cat out/campaign-schedule.csv
echo "Schedule written to $(pwd)/out/campaign-schedule.csv"

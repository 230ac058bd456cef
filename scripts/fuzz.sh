#!/usr/bin/env bash
# Fuzzes the CSV -> schedule path for SECONDS (default 60): builds tests/fuzz/fuzz_plan with clang,
# libFuzzer, ASan and UBSan into build-fuzz/ and runs it from the committed seed corpus.
# New interesting inputs go to build-fuzz/corpus/, a crashing input to build-fuzz/findings/
# (add it to tests/fuzz/corpus/ once fixed: every test run replays that folder).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/setup.sh fuzz
cmake -S . -B build-fuzz -DRETROPLAN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_plan
mkdir -p build-fuzz/corpus build-fuzz/findings
build-fuzz/bin/fuzz_plan build-fuzz/corpus tests/fuzz/corpus \
  -dict=tests/fuzz/plan.dict -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/findings/

#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, and runs every test; then builds
# the engine, the CLI and their tests again with ASan + UBSan (build-sanitize/, no add-in) and
# runs them there too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"

# Debug (-O0): the sanitizers need no optimisation, and it compiles in a third of the time.
cmake -S . -B build-sanitize -DRETROPLAN_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-sanitize -j"$(nproc)" --target retroplan engine_tests ical_tests cli_tests fuzz_plan_replay
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)"

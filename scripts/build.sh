#!/usr/bin/env bash
# Configures and builds Saisine in ./build (Debug: assertions on, the tests' configuration).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="${SAISINE_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${SAISINE_BUILD_TYPE:-Debug}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

#!/usr/bin/env bash
# Installs what is missing, builds, and starts Saisine on its default database.
# Extra arguments go to the application (e.g. --demo, --db PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
exec "${SAISINE_BUILD_DIR:-$root/build}/app/saisine" "$@"

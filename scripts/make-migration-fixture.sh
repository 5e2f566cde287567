#!/usr/bin/env bash
# Writes the migration fixture of the CURRENT database format: tests/data/migrations/vN.sqlite
# (a real database with demo data), vN.export.json (its export) and vN.json (what it holds).
# Run it before adding migration N+1, with the build of format N, and commit the three files:
# from then on TestMigrations migrates that file to every later format.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${SAISINE_BUILD_DIR:-$root/build}/app/saisine-cli"
version=$(ls "$root/resources/migrations" | grep -E '^[0-9]{4}_.*\.sql$' | sort | tail -n 1 | cut -c1-4 | sed 's/^0*//')
out="$root/tests/data/migrations"
mkdir -p "$out"
db="$out/v$version.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
"$cli" --db "$db" demo --cases 40 --seed 2 --as-of 2026-03-15
"$cli" --db "$db" export --out "$out/v$version.export.json"
python3 - "$out/v$version.export.json" "$out/v$version.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
json.dump({"persons": len(data["persons"]), "professionals": len(data["professionals"]),
           "cases": len(data["cases"]), "demo": {"cases": 40, "seed": 2, "asOf": "2026-03-15"}},
          open(sys.argv[2], "w"), indent=2)
PY
echo "wrote $db"

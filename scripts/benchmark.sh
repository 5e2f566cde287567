#!/usr/bin/env bash
# Builds the release benchmarks in ./build-rel, makes the demo databases they read (cached in
# build-rel/bench-data/), runs every benchmarks/Bench* executable and prints one table:
# operation, size, median, budget, met? (docs/performance.md).
#
#   ./scripts/benchmark.sh                 # every benchmark, 1,000 / 10,000 / 100,000 cases
#   ./scripts/benchmark.sh BenchStore      # only the executables named
#   SAISINE_BENCH_SIZES=1000,10000 SAISINE_BENCH_RUNS=3 ./scripts/benchmark.sh   # quicker
#
# Exits non-zero when a benchmark fails to run; a budget not met is shown in the table, not an
# error (timings on a shared machine are not a pass/fail test).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAISINE_BENCH_BUILD_DIR:-$root/build-rel}"
data="$build/bench-data"
sizes="${SAISINE_BENCH_SIZES:-1000,10000,100000}"
# The demo databases are set on a fixed day, so that runs a month apart measure the same data.
as_of=2026-03-15
seed=1

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAISINE_BUILD_BENCHMARKS=ON \
    -DSAISINE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# The cache holds for as long as the generator and the schema that made it are unchanged.
stamp="$(cat "$root"/core/demo/* "$root"/resources/migrations/*.sql | sha1sum | cut -c1-16)"
if [ "$(cat "$data/stamp" 2>/dev/null || true)" != "$stamp" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    echo "$stamp" >"$data/stamp"
fi
for cases in ${sizes//,/ }; do
    db="$data/demo-$cases.sqlite"
    if [ ! -f "$db" ]; then
        echo "Making $db (demo, $cases cases, seed $seed, as of $as_of)…" >&2
        rm -f "$db.part" "$db.part-wal" "$db.part-shm"
        "$build/app/saisine-cli" --db "$db.part" demo --cases "$cases" --seed "$seed" --as-of "$as_of"
        # Renamed only once complete and closed, so an interrupted run never leaves half a cache.
        mv "$db.part" "$db"
    fi
done

export SAISINE_BENCH_DATA="$data" SAISINE_BENCH_AS_OF="$as_of" SAISINE_BENCH_SIZES="$sizes"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen

executables=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        executables+=("$build/benchmarks/$name")
    done
else
    for exe in "$build"/benchmarks/Bench*; do
        [ -f "$exe" ] && [ -x "$exe" ] && executables+=("$exe")
    done
fi

results="$data/results.tsv"
log="$data/benchmark.log"
: >"$results"
: >"$log"
failed=0
for exe in "${executables[@]}"; do
    echo "== $(basename "$exe")" | tee -a "$log" >&2
    # BENCH lines go to the table, the rest is shown as progress and kept in the log.
    if ! "$exe" 2>&1 | tee -a "$log" | while IFS= read -r line; do
        case "$line" in
        BENCH$'\t'*) printf '%s\n' "$line" >>"$results" ;;
        *) printf '   %s\n' "$line" >&2 ;;
        esac
    done; then
        echo "!! $(basename "$exe") failed (see $log)" >&2
        failed=1
    fi
done

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"\
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; release build; medians of the runs shown."
awk -F'\t' '
function shown(ms) {
    if (unit == "MB") return sprintf("%.0f MB", ms)
    if (ms >= 10000) return sprintf("%.1f s", ms / 1000)
    if (ms >= 1000) return sprintf("%.2f s", ms / 1000)
    return sprintf("%.1f ms", ms)
}
BEGIN {
    printf "%-34s %9s %11s %11s %5s   %s\n", "operation", "cases", "median", "budget", "met?", "runs (min-max)"
}
{
    unit = $9
    budget = ($5 == "-") ? "-" : shown($5)
    met = ($5 == "-") ? "-" : (($4 + 0 <= $5 + 0) ? "yes" : "NO")
    printf "%-34s %9s %11s %11s %5s   %s (%s-%s)\n", $2, $3, shown($4), budget, met, $6, shown($7), shown($8)
}' "$results"
echo "(lines: $results; log: $log)"
exit "$failed"

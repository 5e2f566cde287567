#!/usr/bin/env bash
# Takes the screenshots of the main views (docs/screenshots/*.png) from the real application:
# builds if needed, then runs `saisine --demo` in French under a virtual X server (xvfb-run). The
# application saves each view with QWidget::grab() (hidden option --screenshots DIR) and quits;
# xdotool checks, from outside, that the main window was really mapped on the X display.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAISINE_BUILD_DIR:-$root/build}"
out="${1:-$root/docs/screenshots}"
if [ ! -x "$build/app/saisine" ]; then
    "$root/scripts/build.sh"
else
    cmake --build "$build" --target saisine >/dev/null
fi
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Runs inside xvfb-run: starts the app, waits for its window (by class), lets it save the views.
cat >"$tmp/inside.sh" <<'INSIDE'
#!/usr/bin/env bash
set -euo pipefail
app="$1"; out="$2"; tmp="$3"
export XDG_CONFIG_HOME="$tmp/config" # never the developer's window settings
"$app" --demo --screenshots "$out" &
pid=$!
window=""
for _ in $(seq 1 60); do
    window="$(timeout 5 xdotool search --onlyvisible --class saisine 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.5
done
if [ -z "$window" ]; then
    echo "screenshots: the Saisine window never appeared" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
fi
timeout 5 xdotool getwindowname "$window" >&2 || true
timeout 60 tail --pid="$pid" -f /dev/null || { kill "$pid" 2>/dev/null; exit 1; }
wait "$pid"
INSIDE
chmod +x "$tmp/inside.sh"

LANG=fr_FR.UTF-8 LANGUAGE=fr QT_QPA_PLATFORM=xcb \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$tmp/inside.sh" "$build/app/saisine" "$out" "$tmp"
ls -1 "$out"/*.png

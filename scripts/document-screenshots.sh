#!/usr/bin/env bash
# Regenerates docs/screenshots/letter-<kind>.png and mandate-<kind>.png: the first page of each
# document, written from the fictional demo database (seed 1, as of 15 March 2026).
#
# The directory entries it adds for the demo's CPAMs, ordre councils and DDPPs have FICTIONAL
# addresses ("adresse fictive"): real addresses are entered by the association, never invented.
#
# Usage: scripts/document-screenshots.sh [BUILD_DIR]   (needs jq, pdftoppm)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cli="$build/app/saisine-cli"
out="$root/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
date=2026-03-15

mkdir -p "$out"
"$cli" --db "$db" demo --cases 50 --seed 1 --as-of "$date" >/dev/null
"$cli" --db "$db" export --out "$work/export.json"

# One CPAM, mediator, DDPP and ordre council per département and profession of the demo's
# professionals, named as the procedure engine names them.
{
    echo '{"format": "saisine-exchange", "formatVersion": 1, "institutions": ['
    first=1
    for reference in $(jq -r '.cases[].reference' "$work/export.json"); do
        "$cli" --db "$db" routes --case "$reference" --format json >"$work/routes.json"
        dept=$(jq -r '.departement // empty' "$work/routes.json")
        [ -n "$dept" ] || continue
        profession=$(jq -r --arg r "$reference" \
            '(.cases[] | select(.reference == $r) | .professionals[0]) as $p | .professionals[] | select(.uid == $p) | .profession' \
            "$work/export.json")
        city=$(jq -r --arg r "$reference" \
            '(.cases[] | select(.reference == $r) | .professionals[0]) as $p | .professionals[] | select(.uid == $p) | .address.city' \
            "$work/export.json")
        case "$dept" in 2A|2B) postcode=20000 ;; 97*) postcode="${dept}00" ;; *) postcode="${dept}000" ;; esac
        jq -r '.routes[].bodies[] | select(.kind == "cpam" or .kind == "ordre") | [.kind, .name] | @tsv' \
            "$work/routes.json" | while IFS=$'\t' read -r kind name; do
            if [ "$kind" = cpam ]; then
                entries=("cpam|$name|Madame la Directrice|" "cpam_mediator|Médiateur de la $name|Monsieur le Médiateur|"
                         "ddpp|${name/CPAM/DDPP}||")
            else
                entries=("ordre|$name|Monsieur le Président|$profession")
            fi
            for entry in "${entries[@]}"; do
                IFS='|' read -r k n title prof <<<"$entry"
                uid="demo-$(printf '%s' "$k-$n" | md5sum | cut -c1-12)"
                jq -n --arg uid "$uid" --arg kind "$k" --arg name "$n" --arg title "$title" --arg prof "$prof" \
                    --arg dept "$dept" --arg postcode "$postcode" --arg city "$city" \
                    '{uid: $uid, kind: $kind, name: $name, departements: [$dept],
                      address: {street: "10 rue de l'"'"'Exemple (adresse fictive)", postcode: $postcode, city: $city}}
                     + (if $title != "" then {headTitle: $title} else {} end)
                     + (if $prof != "" then {profession: $prof} else {} end)' -c
            done
        done
    done | sort -u -t'"' -k4,4 | paste -sd, -
    echo ']}'
} >"$work/institutions.json"
"$cli" --db "$db" import "$work/institutions.json" >/dev/null

render() { # $1: letter|mandate, $2: kind, $3: png name
    for reference in $(jq -r '.cases[].reference' "$work/export.json" | sort -r); do
        if "$cli" --db "$db" "$1" --case "$reference" --kind "$2" --date "$date" --check >/dev/null 2>&1; then
            "$cli" --db "$db" "$1" --case "$reference" --kind "$2" --date "$date" --out "$work/doc.pdf"
            pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/doc.pdf" "$out/${3%.png}"
            echo "$3: case $reference"
            return 0
        fi
    done
    echo "$3: no demo case has what this document needs" >&2
    return 1
}

status=0
for kind in cpam ordre ddd mediateur dgccrf personal reminder-ack reminder-session carence bordereau; do
    render letter "$kind" "letter-$kind.png" || status=1
done
for kind in filing representation; do
    render mandate "$kind" "mandate-$kind.png" || status=1
done
exit $status

#!/usr/bin/env bash
# Installs the Debian 12 packages Saisine needs to build, test and run, and only those that are
# missing: running it twice does nothing the second time. apt-get only.
set -euo pipefail

packages=(
    build-essential cmake ninja-build
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev
    sqlite3
    xvfb xauth xdotool imagemagick poppler-utils fonts-dejavu-core jq
    clang-format
    libical-dev pkg-config
    qt6-qpa-plugins qt6-translations-l10n
    appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

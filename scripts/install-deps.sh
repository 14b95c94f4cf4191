#!/usr/bin/env bash
# Installs every Debian package Kangqiao needs to build, run and test.
# Safe to run repeatedly: only missing packages are fetched.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
    libqt6sql6-sqlite openssl python3-jsonschema python3-yaml
    libqt6opengl6-dev libgl1-mesa-dev
    libsqlcipher-dev sqlcipher libsodium-dev libxlsxwriter-dev
    fonts-noto-cjk fonts-wqy-zenhei unicode-data optipng
    xvfb xauth xdotool imagemagick poppler-utils python3-openpyxl sqlite3
    # the package and its check: dpkg-shlibdeps (dpkg-dev, with file), the two validators
    dpkg-dev file desktop-file-utils appstream
    # fuzzing and static checks (decision 0018): libFuzzer and the sanitizer runtimes come with
    # libclang-rt-14-dev, which clang only recommends
    clang libclang-rt-14-dev clang-tidy cppcheck
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

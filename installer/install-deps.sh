#!/usr/bin/env bash
# Installs every Debian 12 package Gugus needs to build, test and run.
# Idempotent: packages already present are left alone; `apt-get update` runs at most once.
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build pkg-config git
    libeigen3-dev libdlib-dev libfast-float-dev nlohmann-json3-dev libnanoflann-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql
    libqcustomplot-dev libqt6opengl6-dev libgl-dev libxlsxwriter-dev libsqlite3-dev libpq-dev
    libminizip-dev libexpat1-dev
    xvfb xauth fonts-dejavu-core fonts-dejavu-extra clang-format
    # The sanitizer and fuzz build (.ci/sanitize): clang, its sanitizer runtimes, its OpenMP.
    clang libclang-rt-14-dev libomp-dev
    python3
)
# The Debian package and its checks (installer/check-package.sh): lintian, the desktop-file,
# AppStream and MIME tools, xdg-mime; rsvg-convert renders the icons (resources/icons).
package_pkgs=(lintian desktop-file-utils appstream shared-mime-info xdg-utils librsvg2-bin)
# Independent readers the report tests check every format with: pdftotext/pdfinfo/pdffonts and
# openpyxl (Debian's /usr/bin/python3, also a build package: the man pages are written with it).
# postgresql: the throwaway server of .ci/postgres.sh that the PostgreSQL tests run against.
test_pkgs=(poppler-utils python3 python3-openpyxl postgresql)
# Offline reference tools: they produce the golden values checked into tests/data; not runtime deps.
# python3-psycopg2: the pandas.read_sql side of tests/bench/compare_postgres.py.
reference_pkgs=(python3-numpy python3-sklearn python3-scipy python3-pandas python3-psycopg2)

want=("${build_pkgs[@]}" "${test_pkgs[@]}" "${package_pkgs[@]}" "${reference_pkgs[@]}")
if [[ "${GUGUS_SKIP_REFERENCE:-0}" == 1 ]]; then
    want=("${build_pkgs[@]}" "${test_pkgs[@]}" "${package_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#want[@]} packages present"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

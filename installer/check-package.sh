#!/usr/bin/env bash
# Builds the Debian package and checks the INSTALLED program, not the build tree: lintian,
# desktop-file-validate, appstreamcli, `apt-get install ./gugus_*.deb`, the programs run from a
# directory outside the repository, the .gugus MIME type and its default application, then
# `apt-get purge` and no file of the package left behind.
# Usage (Debian 12, root or sudo; installs and then purges the package gugus):
#   bash installer/check-package.sh [build-dir]      (default: build, already configured)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
build=$(realpath "${1:-build}")
started=$SECONDS
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}
step() { echo "check-package: [$((SECONDS - started)) s] $*"; }

version=$(sed -n 's/^project(Gugus VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[[ -n $version ]] || fail "no version in project()"
# The changelog's newest entry and the metainfo's newest release name this version.
head -1 installer/linux/changelog | grep -q "^gugus ($version) " ||
    fail "installer/linux/changelog does not start with version $version"
grep -m1 '<release ' installer/linux/org.gugus.Gugus.metainfo.xml | grep -q "version=\"$version\"" ||
    fail "the metainfo's first <release> is not $version"

step "building the package"
rm -f "$build"/gugus_*.deb
cmake --build "$build" --target package -j2 >/dev/null
deb="$build/gugus_${version}_amd64.deb"
[[ -f $deb ]] || fail "$deb was not built"
depends=$(dpkg-deb -f "$deb" Depends)
step "Depends: $depends"
for needed in libqt6widgets6 libgomp1 libxlsxwriter qt6-qpa-plugins fonts-dejavu-extra; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done

step "lintian (errors fail; warnings left are explained in installer/README.md)"
lintian --fail-on error --tag-display-limit 0 "$deb"
desktop-file-validate installer/linux/gugus.desktop
appstreamcli validate --no-net installer/linux/org.gugus.Gugus.metainfo.xml

step "installing"
if dpkg-query -W -f='${Status}' gugus 2>/dev/null | grep -q "install ok installed"; then
    $SUDO apt-get purge -y -qq gugus >/dev/null
fi
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
files=$(mktemp)
dpkg -L gugus >"$files"
work=$(mktemp -d)
trap 'rm -rf "$work" "$files"' EXIT
cd "$work" # outside the repository: nothing may come from the source or build tree
[[ $(command -v gugus-cli) == /usr/bin/gugus-cli && $(command -v gugus) == /usr/bin/gugus ]] ||
    fail "the programs are not in /usr/bin"

out=$(gugus-cli --version)
[[ $out == "gugus-cli $version" ]] || fail "gugus-cli --version said: $out"
out=$(QT_QPA_PLATFORM=offscreen gugus --version)
[[ $out == "Gugus $version" ]] || fail "gugus --version said: $out"
for page in gugus gugus-cli; do
    # Read whole first: `zcat | grep -q` fails under pipefail when grep stops at its match while
    # zcat is still writing (SIGPIPE), as it did for the longer gugus-cli page.
    text=$(zcat "/usr/share/man/man1/$page.1.gz")
    grep -q "^\.TH ${page^^} 1" <<<"$text" || fail "man page $page(1)"
    if grep -qF "$repo" <<<"$text"; then
        fail "man page $page(1) names the build tree"
    fi
done

sample=/usr/share/gugus/sample/fundfusion_sample.csv
step "gugus-cli segment $sample"
gugus-cli segment "$sample" --k 3 --out segments.csv --summary summary.json --quiet >segment.txt
cat segment.txt
grep -q "segment" segment.txt || fail "gugus-cli segment printed no summary"
[[ $(wc -l <segments.csv) -eq 5001 && -s summary.json ]] || fail "gugus-cli segment outputs"

step "gugus --screenshots (offscreen, on the installed sample)"
QT_QPA_PLATFORM=offscreen gugus --screenshots shots >screenshots.log 2>&1 ||
    { cat screenshots.log; fail "gugus --screenshots"; }
shots=$(find shots -name '*.png' | wc -l)
((shots >= 5)) || fail "gugus --screenshots wrote $shots PNGs"
step "$shots PNGs written"

step "desktop integration"
desktop-file-validate /usr/share/applications/gugus.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.gugus.Gugus.metainfo.xml >/dev/null
# shared-mime-info's dpkg trigger compiled our type into the MIME database.
[[ -f /usr/share/mime/application/x-gugus-project.xml ]] || fail "MIME type not registered"
grep -q ':application/x-gugus-project:\*\.gugus' /usr/share/mime/globs2 || fail "*.gugus glob"
# desktop-file-utils' trigger listed gugus.desktop for the type; xdg-mime reads that cache.
default=$(xdg-mime query default application/x-gugus-project)
[[ $default == gugus.desktop ]] || fail "default application for .gugus is '$default'"
step "default application for application/x-gugus-project: $default"

step "purging"
cd "$repo"
$SUDO apt-get purge -y -qq gugus >/dev/null
left=()
while read -r path; do
    if [[ -e $path || -L $path ]] && ! [[ -d $path && ! -L $path ]]; then left+=("$path"); fi
done <"$files"
for dir in /usr/share/gugus /usr/share/doc/gugus; do
    [[ -e $dir ]] && left+=("$dir")
done
[[ -e /usr/share/mime/application/x-gugus-project.xml ]] &&
    left+=(/usr/share/mime/application/x-gugus-project.xml)
((${#left[@]} == 0)) || fail "left after purge: ${left[*]}"
if grep -qs 'gugus.desktop' /usr/share/applications/mimeinfo.cache; then
    fail "mimeinfo.cache still names gugus.desktop"
fi
step "OK: $(basename "$deb") built, linted, installed, run, purged clean in $((SECONDS - started)) s"

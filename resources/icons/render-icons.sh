#!/usr/bin/env bash
# Renders the committed PNGs from the SVGs beside this script (Debian librsvg2-bin). Run it after
# editing an SVG and commit both; the build embeds gugus.png as the window icon and the package
# installs the PNGs in the hicolor theme next to the SVGs.
set -euo pipefail
cd "$(dirname "$0")"
for svg in gugus.svg application-x-gugus-project.svg; do
    rsvg-convert --width 256 --height 256 --output "${svg%.svg}.png" "$svg"
done

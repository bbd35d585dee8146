#!/usr/bin/env bash
# Writes the explorer page for the Central Asia graph and saves a screenshot of it in headless
# Chromium (Kazakhstan selected, its strongest tie's evidence in the panel) for the README.
# The page is written with --no-corpus: the screenshot is checked in, and the corpus's sentences are
# third-party text that never enters the repository (the panel shows each record's pointer and cues).
# Usage: Scripts/explorer-screenshot.sh [OUT.png]   (default: Graphs/figures/explorer.png)
# Needs chromium, chromium-driver and Selenium (Scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-Graphs/figures/explorer.png}
python3 Scripts/explorer_browser.py check >/dev/null || { python3 Scripts/explorer_browser.py check; exit 1; }
swift build --product geograph >/dev/null
page=$(mktemp -d)/explorer.html
trap 'rm -rf "$(dirname "$page")"' EXIT
"$(swift build --show-bin-path)/geograph" explore --graph Graphs/central-asia.yaml --no-corpus -o "$page"
python3 Scripts/explorer_browser.py screenshot "$page" "$out" kazakhstan

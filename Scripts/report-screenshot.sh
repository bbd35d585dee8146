#!/usr/bin/env bash
# Writes the HTML report and renders it to a PNG in headless Chromium (Debian's `chromium`), so a
# person can look at the page as a reader would.
# Usage: Scripts/report-screenshot.sh [OUT_DIR] [HEIGHT]   (defaults: report, 6000)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-report}
height=${2:-6000}
if ! command -v chromium >/dev/null 2>&1; then
  echo "report-screenshot: installing chromium" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
swift build --product geograph >/dev/null
"$(swift build --show-bin-path)/geograph" report --graph Graphs/central-asia.yaml -o "$out"
out=$(cd "$out" && pwd)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,"$height" \
  --screenshot="$out/report.png" "file://$out/index.html" 2>/dev/null
echo "wrote $out/report.png"

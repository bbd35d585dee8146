#!/usr/bin/env bash
# Installs what GeoGraph needs on a bare Debian machine: Graphviz's library and tools (for the
# in-process renderer and for cross-checks) and Python 3 (for CI's checks), and registers Graphviz's
# plugins; then Chromium, its driver and Selenium for the explorer's browser test
# (Scripts/explorer_browser.py).
set -euo pipefail

need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# Scripts/embed-data.py --check (CI) and the cross-check scripts.
command -v python3 >/dev/null 2>&1 || need+=(python3)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# In-process layout needs the plugin list that `dot -c` writes (Debian's scripts usually do).
config=$(ls /usr/lib/*/graphviz/config6* 2>/dev/null | head -n 1 || true)
if [ -z "$config" ]; then
  echo "setup: registering Graphviz plugins (dot -c)" >&2
  if [ "$(id -u)" -eq 0 ]; then dot -c; else sudo dot -c; fi
fi

# The explorer's browser test: Debian's Chromium and its driver, Selenium from PyPI to drive them
# (given the local driver, Selenium downloads nothing at test time).
browser=()
command -v chromium >/dev/null 2>&1 || browser+=(chromium)
command -v chromedriver >/dev/null 2>&1 || browser+=(chromium-driver)
python3 -c "import selenium" >/dev/null 2>&1 || python3 -m pip --version >/dev/null 2>&1 || browser+=(python3-pip)
if [ ${#browser[@]} -gt 0 ]; then
  echo "setup: installing ${browser[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${browser[@]}" >/dev/null
fi
if ! python3 -c "import selenium" >/dev/null 2>&1; then
  echo "setup: installing selenium (pip)" >&2
  python3 -m pip install --quiet selenium 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages selenium
fi

# The Spark cross-check (Tests/GeoGraphCLITests/SparkEqualityTests.swift, Scripts/spark/) needs
# PySpark from PyPI, PyYAML and Java 17; in CI a missing piece fails that test rather than skipping it.
if ! command -v java >/dev/null 2>&1; then
  echo "setup: installing openjdk-17-jre-headless (for Spark)" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null || echo "setup: could not install Java" >&2
fi
if ! python3 -c "import pyspark, yaml" >/dev/null 2>&1; then
  echo "setup: installing pyspark and pyyaml (pip)" >&2
  python3 -m pip install --quiet pyspark pyyaml || echo "setup: could not install pyspark" >&2
fi

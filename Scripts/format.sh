#!/usr/bin/env bash
# Formats (default) or lints (--lint) the Swift sources with the toolchain's swift-format and .swift-format.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--lint" ]; then
  swift format lint --recursive Sources Tests Package.swift
else
  swift format --in-place --recursive Sources Tests Package.swift
fi

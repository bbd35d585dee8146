#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (.build-asan), then the parallel code paths under
# ThreadSanitizer (.build-tsan): TSV loading in two halves, betweenness and closeness on two threads (with progress counted), `build --jobs`, concurrent
# rendering (also with GeoGraph's edge routing, 12 random graphs at once), the streaming build with two jobs. Exit status 0 only when both runs are clean.
#
#   Scripts/sanitize.sh [asan|tsan]     (default: both)
#
# LeakSanitizer reads Scripts/lsan-graphviz.supp, which names only Graphviz's libraries: Graphviz
# 2.43 leaks by design (font caches, dot's cycle breaking; see Performance.md in the GeoGraph
# documentation), our code may not. The suite is Swift Testing only: XCTest's empty runner is
# skipped (it leaks 368 bytes of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-graphviz.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
# The tests that run code on several threads.
parallel='TSVLoaderTests|StreamingBuildTests|betweennessIsIdenticalOnOneAndTwoThreads|progressOnTwoThreadsCountsEverySourceOnce|measureMatchesNetworkX|parallelBuildEqualsOneJob|manyConcurrentRendersDoNotCrash|randomShapesAndTiesAreAllDrawnClearOfTheLabels|CLIBuildTests'
status=0
if [[ $which == both || $which == asan ]]; then
    echo "sanitize: AddressSanitizer, whole suite" >&2
    mkdir -p .build-asan
    swift test --disable-xctest --sanitize=address --scratch-path .build-asan 2>&1 | tee .build-asan/sanitize.log | grep -E "Test run with|ERROR: AddressSanitizer|ERROR: LeakSanitizer|SUMMARY:|✘" || true
    grep -q "ERROR: \(Address\|Leak\)Sanitizer" .build-asan/sanitize.log && status=1
    grep -q "Test run with .* passed" .build-asan/sanitize.log || status=1
fi
if [[ $which == both || $which == tsan ]]; then
    echo "sanitize: ThreadSanitizer, parallel code paths" >&2
    mkdir -p .build-tsan
    swift test --disable-xctest --sanitize=thread --scratch-path .build-tsan --filter "$parallel" 2>&1 | tee .build-tsan/sanitize.log | grep -E "Test run with|WARNING: ThreadSanitizer|SUMMARY:|✘" || true
    grep -q "WARNING: ThreadSanitizer" .build-tsan/sanitize.log && status=1
    grep -q "Test run with .* passed" .build-tsan/sanitize.log || status=1
fi
exit "$status"

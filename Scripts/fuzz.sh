#!/usr/bin/env bash
# Builds the libFuzzer targets (Tests/Fuzz/Targets) with AddressSanitizer and runs one for a while.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]   TARGET: graph-files, documents, dot-import, dot-roundtrip,
#                                                        events-gdelt, events-icews, events-polecat, events-plover, event-mappings
#   Scripts/fuzz.sh --build                              only build every target
#
# Seeds come from Tests/Fuzz/TARGET (checked in, read only); what the fuzzer learns goes to
# .build-fuzz/corpus/TARGET and crashes to .build-fuzz/artifacts/TARGET/. The last lines printed are
# libFuzzer's closing statistics (executions, cov:, ft:). Exit status: 0 no crash, else libFuzzer's.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-fuzz
targets=(graph-files documents dot-import dot-roundtrip events-gdelt events-icews events-polecat events-plover event-mappings)

product() {
    case "$1" in
        graph-files) echo FuzzGraphFiles ;;
        documents) echo FuzzDocuments ;;
        dot-import) echo FuzzDOTImport ;;
        dot-roundtrip) echo FuzzDOTRoundTrip ;;
        events-gdelt) echo FuzzEventsGDELT ;;
        events-icews) echo FuzzEventsICEWS ;;
        events-polecat) echo FuzzEventsPOLECAT ;;
        events-plover) echo FuzzEventsPLOVER ;;
        event-mappings) echo FuzzEventMappings ;;
        *) echo "fuzz.sh: unknown target '$1'; expected one of: ${targets[*]}" >&2; exit 64 ;;
    esac
}

build() {
    local args=()
    for p in "$@"; do args+=(--product "$p"); done
    # Swift code gets coverage and ASan from -sanitize; the C parts (libyaml inside Yams) from -Xcc.
    GEOGRAPH_FUZZ=1 swift build -c release --scratch-path "$scratch" "${args[@]}" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
        -Xcc -fsanitize=fuzzer-no-link,address >&2
}

if [[ "${1:-}" == "--build" ]]; then
    for t in "${targets[@]}"; do build "$(product "$t")"; done
    exit 0
fi
if [[ $# -lt 2 ]]; then
    echo "usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]  (TARGET: ${targets[*]})" >&2
    exit 64
fi
target=$1 seconds=$2
shift 2
name=$(product "$target")
build "$name"
binary="$scratch/release/$name"
mkdir -p "$scratch/corpus/$target" "$scratch/artifacts/$target"
# Graphviz leaks a little by design (see Performance.md in the GeoGraph documentation); only its own frames
# are suppressed, so a leak in our code still fails the run.
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-graphviz.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Graphviz's parser keeps allocations between reads, so every input of the DOT targets would set off
# libFuzzer's per-input leak scan (a tenth of a second each); their leaks are checked by
# Scripts/sanitize.sh instead.
leaks=()
case "$target" in dot-import | dot-roundtrip) leaks=(-detect_leaks=0) ;; esac
# The Swift backtracer would print a second, bogus ASan report while it reads the crashed process.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "$scratch/corpus/$target" "Tests/Fuzz/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$target/" "${leaks[@]}" "$@"

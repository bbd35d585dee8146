#ifndef GEOGRAPH_CFUZZDRIVER_H
#define GEOGRAPH_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, FuzzerInterface.h): runs the fuzzing loop over `callback`.
///
/// SwiftPM links an executable target's entry point under the name `<Target>_main` and makes that the
/// program's `main`, so libFuzzer's own `main` is never used: each fuzz target's entry point calls this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif

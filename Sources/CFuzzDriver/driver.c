#include "driver.h"

#ifdef ACCORD_FUZZING
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* SwiftPM links an executable with `main` aliased to `<Target>_main`. Built with
 * -parse-as-library for libFuzzer, the Swift target has no entry point, so this one
 * hands control to libFuzzer's driver. Without ACCORD_FUZZING it does not exist and
 * the Swift replay entry point is used. */
int AccordFuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
#endif

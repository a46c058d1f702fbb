// libFuzzer's driver, for harnesses whose main() is their own (SwiftPM executables define main).
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

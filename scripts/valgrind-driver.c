/*
 * Runs any compiled dlc model through its C ABI, for scripts/valgrind.sh: loads the library with
 * dlopen, reads dlc_model_get_info, fills every input with a fixed pattern, and runs the model
 * twice, once with a caller-owned workspace and once with NULL (the library allocates), checking
 * that both give the same bytes.
 *
 *     dlc compile lenet --header dlc_abi.h
 *     cc -std=c99 -I. scripts/valgrind-driver.c -ldl -o driver && ./driver model.so
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Any compiled model's header: each carries the ABI's types (dlc_model_info, dlc_tensor_info). */
#include "dlc_abi.h"

typedef int (*run_function)(const void *const *inputs, void *const *outputs, void *workspace);

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s MODEL.so\n", argv[0]);
        return 2;
    }
    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        fprintf(stderr, "%s\n", dlerror());
        return 1;
    }
    const dlc_model_info *(*get_info)(void) = (const dlc_model_info *(*)(void))dlsym(library, "dlc_model_get_info");
    if (!get_info) {
        fprintf(stderr, "%s: not a dlc model\n", argv[1]);
        return 1;
    }
    const dlc_model_info *info = get_info();
    char symbol[256];
    snprintf(symbol, sizeof symbol, "%s_run", info->model_name);
    run_function run = (run_function)dlsym(library, symbol);
    if (!run) {
        fprintf(stderr, "%s: no %s\n", argv[1], symbol);
        return 1;
    }
    const void **inputs = calloc((size_t)info->input_count, sizeof *inputs);
    void **outputs[2];
    for (int i = 0; i < info->input_count; i++) {
        unsigned char *bytes = malloc((size_t)info->inputs[i].byte_size);
        /* Float inputs get a byte pattern (small finite floats); integer inputs (token indices) 0. */
        for (int64_t b = 0; b < info->inputs[i].byte_size; b++) {
            bytes[b] = info->inputs[i].dtype == DLC_FLOAT32 ? (unsigned char)((b * 7) % 61) : 0;
        }
        inputs[i] = bytes;
    }
    for (int pass = 0; pass < 2; pass++) {
        outputs[pass] = calloc((size_t)info->output_count, sizeof(void *));
        for (int o = 0; o < info->output_count; o++) outputs[pass][o] = malloc((size_t)info->outputs[o].byte_size);
    }
    void *workspace = malloc((size_t)info->workspace_size);
    int first = run(inputs, outputs[0], workspace);
    int second = run(inputs, outputs[1], NULL);
    if (first != 0 || second != 0) {
        fprintf(stderr, "%s: status %d with a workspace, %d without\n", info->model_name, first, second);
        return 1;
    }
    for (int o = 0; o < info->output_count; o++) {
        if (memcmp(outputs[0][o], outputs[1][o], (size_t)info->outputs[o].byte_size) != 0) {
            fprintf(stderr, "%s: output %s differs with and without a workspace\n", info->model_name, info->outputs[o].name);
            return 1;
        }
    }
    printf("%s: ran with and without a workspace, %d outputs identical\n", info->model_name, info->output_count);
    for (int i = 0; i < info->input_count; i++) free((void *)inputs[i]);
    for (int pass = 0; pass < 2; pass++) {
        for (int o = 0; o < info->output_count; o++) free(outputs[pass][o]);
        free(outputs[pass]);
    }
    free(inputs);
    free(workspace);
    dlclose(library);
    return 0;
}

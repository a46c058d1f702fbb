/*
 * Classifies a handwritten digit with the trained LeNet compiled by dlc:
 *
 *     dlc compile ../lenet.swiftgraph -o liblenet.so --header lenet.h
 *     cc classify.c -I. -L. -llenet -Wl,-rpath,'$ORIGIN' -o classify
 *     ./classify ../digits/7.npy        prints: digit 7 (100.0%)
 *
 * (CMakeLists.txt in this directory does the same with dlc_add_model.)
 */
#include "lenet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a C-ordered float32 .npy file holding exactly `count` elements. */
static int read_npy(const char *path, float *data, size_t count) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 0;
    }
    unsigned char prefix[10];
    int ok = fread(prefix, 1, sizeof prefix, file) == sizeof prefix && memcmp(prefix, "\x93NUMPY", 6) == 0 && prefix[6] == 1;
    size_t header_length = ok ? (size_t)(prefix[8] | prefix[9] << 8) : 0;
    char *header = ok ? calloc(header_length + 1, 1) : NULL;
    ok = ok && header && fread(header, 1, header_length, file) == header_length;
    ok = ok && strstr(header, "'descr': '<f4'") && strstr(header, "'fortran_order': False");
    ok = ok && fread(data, sizeof(float), count, file) == count && fgetc(file) == EOF;
    if (!ok) fprintf(stderr, "%s: not a float32 .npy file of %zu elements\n", path, count);
    free(header);
    fclose(file);
    return ok;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIGIT.npy\n", argv[0]);
        return 2;
    }
    const dlc_model_info *info = lenet_info();
    float image[1 * 1 * 28 * 28];
    float probs[10];
    if (info->inputs[0].byte_size != sizeof image || info->outputs[0].byte_size != sizeof probs) {
        fprintf(stderr, "unexpected model: %s\n", info->model_name);
        return 1;
    }
    if (!read_npy(argv[1], image, sizeof image / sizeof image[0])) return 1;

    void *workspace = malloc(lenet_workspace_size() ? lenet_workspace_size() : 1);
    int status = lenet_infer(image, probs, workspace);
    free(workspace);
    if (status != DLC_OK) {
        fprintf(stderr, "%s failed with status %d\n", info->model_name, status);
        return 1;
    }
    int best = 0;
    for (int digit = 1; digit < 10; digit++) {
        if (probs[digit] > probs[best]) best = digit;
    }
    printf("digit %d (%.1f%%)\n", best, 100.0 * probs[best]);
    return 0;
}

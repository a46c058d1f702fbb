/*
 * gru_activity.h: the C interface of the model 'gru_activity', compiled by dlc 0.2.0
 * for x86_64-pc-linux-gnu (x86-64-v3). Generated; do not edit.
 *
 * Inputs:
 *   0  signals  float32 [1, 128, 9]  (1,152 elements)
 * Outputs:
 *   0  activity  float32 [1, 6]  (6 elements)
 *
 * Usage:
 *     void *workspace = malloc(gru_activity_workspace_size());   (or NULL: allocated per call)
 *     int status = gru_activity_infer(signals, activity, workspace);
 *
 * Tensors are dense, C-ordered arrays (images NCHW). Every function is reentrant and
 * thread-safe: code and weights are read-only and a call writes only its outputs and its
 * workspace; with a workspace it allocates nothing. Give each concurrent caller its own
 * workspace. At run time the library needs libgomp (OpenMP threads) and libm.
 */
#ifndef DLC_MODEL_GRU_ACTIVITY_H
#define DLC_MODEL_GRU_ACTIVITY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DLC_MODEL_ABI_1
#define DLC_MODEL_ABI_1
/* Status codes of NAME_run, NAME_infer and NAME_train_step. */
#define DLC_OK 0
#define DLC_ERROR_INVALID_ARGUMENT 1  /* a null array or tensor pointer */
#define DLC_ERROR_OUT_OF_MEMORY 2     /* workspace was NULL and allocating one failed */
#define DLC_ERROR_INVALID_INPUT 3     /* an input value out of range (a token index) */
#define DLC_ERROR_NOT_FINITE 4        /* a training step's loss or next state is not finite; the state is unchanged */

/* Element types of dlc_tensor_info.dtype. */
#define DLC_FLOAT32 1
#define DLC_INT32 2
#define DLC_INT64 3

typedef struct dlc_tensor_info {
    const char *name;
    int32_t dtype;
    int32_t rank;
    const int64_t *shape;
    int64_t byte_size;
} dlc_tensor_info;

typedef struct dlc_model_info {
    int32_t abi_version;             /* 1 */
    const char *model_name;
    const char *dlc_version;
    const char *target;              /* triple and CPU */
    int32_t input_count;
    int32_t output_count;
    const dlc_tensor_info *inputs;
    const dlc_tensor_info *outputs;
    int64_t workspace_size;
    int64_t mac_count;               /* multiply-accumulates of one run */
} dlc_model_info;
#endif

/* Every compiled model exports this for generic loaders (dlopen, then dlsym); a training
   step's library does not (it has NAME_state_info). */
const dlc_model_info *dlc_model_get_info(void);

#define GRU_ACTIVITY_INPUT_COUNT 1
#define GRU_ACTIVITY_OUTPUT_COUNT 1
#define GRU_ACTIVITY_WORKSPACE_SIZE 132671
#define GRU_ACTIVITY_INPUT_SIGNALS 0  /* f32[1, 128, 9] */
#define GRU_ACTIVITY_OUTPUT_ACTIVITY 0  /* f32[1, 6] */

/* The model's description: names, shapes and dtypes of its inputs and outputs. */
const dlc_model_info *gru_activity_info(void);

/* Bytes of workspace one call needs; any alignment will do. */
size_t gru_activity_workspace_size(void);

/* Runs the model: inputs and outputs in the order above; workspace may be NULL. */
int gru_activity_run(const void *const *inputs, void *const *outputs, void *workspace);

/* The same, one argument per tensor. */
int gru_activity_infer(const float *signals, float *activity, void *workspace);

#ifdef __cplusplus
}
#endif

#endif

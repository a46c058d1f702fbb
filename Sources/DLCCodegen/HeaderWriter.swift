import DLCGraph
import DLCLLVM
import DLCOptimizer

/// Writes the C header of a compiled model: the shared ABI declarations, the model's symbols,
/// and its inputs and outputs in comments and macros.
public enum HeaderWriter {
    /// The declarations every dlc header shares (status codes, element types, the info
    /// structures), guarded so that several headers can be included together.
    private static let abiDeclarations = """
            #ifndef DLC_MODEL_ABI_\(dlcABIVersion)
            #define DLC_MODEL_ABI_\(dlcABIVersion)
            /* Status codes of NAME_run, NAME_infer and NAME_train_step. */
            #define DLC_OK \(RunStatus.ok.rawValue)
            #define DLC_ERROR_INVALID_ARGUMENT \(RunStatus.invalidArgument.rawValue)  /* a null array or tensor pointer */
            #define DLC_ERROR_OUT_OF_MEMORY \(RunStatus.outOfMemory.rawValue)     /* workspace was NULL and allocating one failed */
            #define DLC_ERROR_INVALID_INPUT \(RunStatus.invalidInput.rawValue)     /* an input value out of range (a token index) */
            #define DLC_ERROR_NOT_FINITE \(RunStatus.nonFiniteState.rawValue)        /* a training step's loss or next state is not finite; the state is unchanged */

            /* Element types of dlc_tensor_info.dtype. */
            #define DLC_FLOAT32 \(ABIElementType.float32.rawValue)
            #define DLC_INT32 \(ABIElementType.int32.rawValue)
            #define DLC_INT64 \(ABIElementType.int64.rawValue)

            typedef struct dlc_tensor_info {
                const char *name;
                int32_t dtype;
                int32_t rank;
                const int64_t *shape;
                int64_t byte_size;
            } dlc_tensor_info;

            typedef struct dlc_model_info {
                int32_t abi_version;             /* \(dlcABIVersion) */
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
            """

    /// The header text for a model compiled by `compiler`.
    public static func header(for compiler: ModelCompiler) -> String {
        let graph = compiler.graph
        let prefix = compiler.symbolPrefix
        let macro = cIdentifier(prefix).uppercased()
        // Every name from the model reaches the header through ``HeaderNames``.
        let identifiers = HeaderNames.identifiers(for: graph.inputs.map { graph[$0].name } + graph.outputs.map(\.name))
        let inputs = graph.inputs.enumerated().map { (identifiers[$0], graph[$1].name, graph[$1].type) }
        let outputs = graph.outputs.enumerated().map { (identifiers[graph.inputs.count + $0], $1.name, graph[$1.value].type) }
        func describe(_ entries: [(String, String, TensorType)]) -> String {
            entries.enumerated().map { index, entry in
                let name = HeaderNames.comment(entry.1) + (entry.0 == entry.1 ? "" : " (parameter \(entry.0))")
                return " *   \(index)  \(name)  \(entry.2.dtype.rawValue) \(formatShape(entry.2.shape))  (\(groupedDigits(entry.2.elementCount)) elements)"
            }.joined(separator: "\n")
        }
        func cType(_ dtype: DType) -> String {
            switch dtype {
            case .float32: "float"
            case .int32: "int32_t"
            case .int64: "int64_t"
            }
        }
        let parameters = inputs.map { "const \(cType($0.2.dtype)) *\($0.0)" }
            + outputs.map { "\(cType($0.2.dtype)) *\($0.0)" } + ["void *workspace"]
        let firstInput = inputs.first?.0 ?? "input"
        let firstOutput = outputs.first?.0 ?? "output"
        var text = """
            /*
             * \(prefix).h: the C interface of the model '\(HeaderNames.comment(graph.name))', compiled by dlc \(DLCVersion.current)
             * for \(HeaderNames.comment(compiler.options.target.triple)) (\(HeaderNames.comment(compiler.options.target.cpu))). Generated; do not edit.
             *
             * Inputs:
            \(describe(inputs))
             * Outputs:
            \(describe(outputs))
             *
             * Usage:
             *     void *workspace = malloc(\(prefix)_workspace_size());   (or NULL: allocated per call)
             *     int status = \(prefix)_infer(\(firstInput), \(firstOutput)\(inputs.count + outputs.count > 2 ? ", ..." : ""), workspace);
             *
             * Tensors are dense, C-ordered arrays (images NCHW). Every function is reentrant and
             * thread-safe: code and weights are read-only and a call writes only its outputs and its
             * workspace; with a workspace it allocates nothing. Give each concurrent caller its own
             * workspace. At run time the library needs libgomp (OpenMP threads) and libm.
             */
            #ifndef DLC_MODEL_\(macro)_H
            #define DLC_MODEL_\(macro)_H

            #include <stddef.h>
            #include <stdint.h>

            #ifdef __cplusplus
            extern "C" {
            #endif

            \(abiDeclarations)

            /* Every compiled model exports this for generic loaders (dlopen, then dlsym); a training
               step's library does not (it has NAME_state_info). */
            const dlc_model_info *dlc_model_get_info(void);

            #define \(macro)_INPUT_COUNT \(inputs.count)
            #define \(macro)_OUTPUT_COUNT \(outputs.count)
            #define \(macro)_WORKSPACE_SIZE \(compiler.workspaceBytes)

            """
        for (index, input) in inputs.enumerated() {
            text += "#define \(macro)_INPUT_\(input.0.uppercased()) \(index)  /* \(input.2) */\n"
        }
        for (index, output) in outputs.enumerated() {
            text += "#define \(macro)_OUTPUT_\(output.0.uppercased()) \(index)  /* \(output.2) */\n"
        }
        text += """

            /* The model's description: names, shapes and dtypes of its inputs and outputs. */
            const dlc_model_info *\(prefix)_info(void);

            /* Bytes of workspace one call needs; any alignment will do. */
            size_t \(prefix)_workspace_size(void);

            /* Runs the model: inputs and outputs in the order above; workspace may be NULL. */
            int \(prefix)_run(const void *const *inputs, void *const *outputs, void *workspace);

            /* The same, one argument per tensor. */
            int \(prefix)_infer(\(parameters.joined(separator: ", ")));

            #ifdef __cplusplus
            }
            #endif

            #endif

            """
        return text
    }

    /// The header text for a training step compiled by `compiler` (``ModelCompiler/init(trainingStep:options:)``).
    public static func trainingHeader(for compiler: ModelCompiler) -> String {
        let graph = compiler.graph
        let prefix = compiler.symbolPrefix
        let macro = cIdentifier(prefix).uppercased()
        let layout = compiler.trainingState!
        let modelInputs = graph.inputs.filter { !TrainingStep.addedInputs.contains(graph[$0].name) }
        let labels = graph[graph.inputs.first { graph[$0].name == TrainingStep.labelsInput }!]
        let updated = Set(compiler.trainingUpdatedStates)
        let predictions = graph.outputs.filter { $0.name != TrainingStep.lossOutput && !updated.contains($0.name) }
        func line(_ index: Int, _ name: String, _ type: TensorType) -> String {
            " *   \(index)  \(HeaderNames.comment(name))  \(type.dtype.rawValue) \(formatShape(type.shape))"
        }
        let state = layout.entries.map { " *   \(HeaderNames.comment($0.name))  \($0.type.dtype.rawValue) \(formatShape($0.type.shape))  at byte \($0.offset)" }
        return """
            /*
             * \(prefix).h: one training step of the model '\(HeaderNames.comment(graph.name))' (forward, loss, backward and the
             * optimizer's update), compiled by dlc \(DLCVersion.current) for \(HeaderNames.comment(compiler.options.target.triple)) (\(HeaderNames.comment(compiler.options.target.cpu))).
             * Generated; do not edit.
             *
             * Inputs (the inputs array):
            \(modelInputs.enumerated().map { line($0, graph[$1].name, graph[$1].type) }.joined(separator: "\n"))
             * Labels: \(labels.type.dtype.rawValue) \(formatShape(labels.type.shape))
             * Predictions (the predictions array, or NULL):
            \(predictions.enumerated().map { line($0, $1.name, graph[$1.value].type) }.joined(separator: "\n"))
             *
             * The state buffer (\(prefix)_state_size() bytes, 64-byte aligned, owned by the caller): the
             * steps taken as an int64_t at byte 0, then each weight, piece of optimizer state and running
             * statistic (PyTorch state_dict names; \(prefix)_state_info() lists them):
            \(state.joined(separator: "\n"))
             *
             * Usage:
             *     void *state = aligned_alloc(64, \(prefix)_state_size());   (zeroed, then the initial weights
             *                                                          copied in at their offsets)
             *     void *workspace = malloc(\(prefix)_train_workspace_size());   (or NULL: allocated per call)
             *     float loss;
             *     int status = \(prefix)_train_step(inputs, labels, learning_rate, state, workspace, &loss, NULL);
             *
             * A step reads the weights from the state and writes their next values, and the next optimizer
             * state, back into it; a step that fails (status not DLC_OK) leaves the state as it was. The
             * learning rate is an argument, so a schedule changes it between steps. One state buffer
             * trains one model: steps on it must not run concurrently. At run time the library needs
             * libgomp (OpenMP threads) and libm.
             */
            #ifndef DLC_TRAINING_\(macro)_H
            #define DLC_TRAINING_\(macro)_H

            #include <stddef.h>
            #include <stdint.h>

            #ifdef __cplusplus
            extern "C" {
            #endif

            \(abiDeclarations)

            #ifndef DLC_TRAINING_ABI_\(dlcABIVersion)
            #define DLC_TRAINING_ABI_\(dlcABIVersion)
            typedef struct dlc_state_tensor {
                const char *name;
                int32_t dtype;
                int32_t rank;
                const int64_t *shape;
                int64_t byte_size;
                int64_t offset;                  /* from the state buffer's start */
            } dlc_state_tensor;

            typedef struct dlc_state_info {
                int32_t abi_version;             /* \(dlcABIVersion) */
                int32_t tensor_count;
                const dlc_state_tensor *tensors;
                int64_t state_size;
            } dlc_state_info;
            #endif

            #define \(macro)_STATE_SIZE \(layout.byteCount)
            #define \(macro)_TRAIN_WORKSPACE_SIZE \(compiler.trainingWorkspaceBytes)

            /* The state buffer's layout. */
            const dlc_state_info *\(prefix)_state_info(void);
            int64_t \(prefix)_state_size(void);
            int64_t \(prefix)_train_workspace_size(void);

            /* One training step on a batch: inputs and labels as above, the loss's mean over the batch in
               *loss, the model's outputs before the update into predictions (when not NULL). */
            int \(prefix)_train_step(const void *const *inputs, const void *labels, float learning_rate,
                                     void *state, void *workspace, float *loss, void *const *predictions);

            #ifdef __cplusplus
            }
            #endif

            #endif

            """
    }
}

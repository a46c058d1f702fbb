/// Computes one layer on concrete tensors. Constant folding evaluates layers whose inputs are
/// all known; the reference interpreter provides the implementation (`ReferenceEvaluator`), so
/// the optimizer does not depend on a later pipeline stage.
public protocol LayerEvaluator: Sendable {
    func evaluate(_ operation: Operation, inputs: [TensorData], parameters: [TensorData],
                  outputType: TensorType) throws(DLCError) -> TensorData
}

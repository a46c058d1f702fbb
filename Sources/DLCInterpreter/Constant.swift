import DLCGraph

extension Constant {
    func evaluate() -> TensorData { TensorData(shape: shape, floats: elements) }
}

import DLCGraph

/// The short human summary `dlc run` prints for each output.
public enum OutputReport {
    /// For a batch of probability vectors, the argmax and top 5 of each row; otherwise the
    /// shape and value range.
    public static func describe(_ name: String, _ tensor: TensorData) -> String {
        var text = "\(name): \(tensor.type)"
        guard tensor.dtype == .float32, !tensor.shape.isEmpty else { return text }
        let values = tensor.floats
        if tensor.shape.count == 2, isProbabilityRows(values, width: tensor.shape[1]) {
            let width = tensor.shape[1]
            for row in 0..<tensor.shape[0] {
                let probabilities = Array(values[(row * width)..<((row + 1) * width)])
                let ranked = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
                let top = ranked.prefix(5).map { "\($0) (\(percent(probabilities[$0])))" }.joined(separator: ", ")
                let prefix = tensor.shape[0] > 1 ? "  [\(row)] " : "  "
                text += "\n\(prefix)prediction: \(ranked[0])  top-5: \(top)"
            }
            return text
        }
        if let low = values.min(), let high = values.max() {
            let mean = values.reduce(0, +) / Float(values.count)
            text += "  min \(low)  max \(high)  mean \(mean)"
        }
        return text
    }

    private static func isProbabilityRows(_ values: [Float], width: Int) -> Bool {
        guard width > 1, values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { return false }
        return stride(from: 0, to: values.count, by: width).allSatisfy { start in
            abs(values[start..<(start + width)].reduce(0, +) - 1) < 1e-3
        }
    }

    private static func percent(_ value: Float) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

/// Checks caller-supplied inputs against a model's declared inputs: every input present, none
/// unknown, exact shapes and dtypes. Every backend runs this same check.
///
/// ```swift
/// try checkInputs(["image": image], declared: [("image", TensorType(shape: [1, 1, 28, 28]))], model: "lenet")
/// ```
package func checkInputs(_ inputs: [String: TensorData], declared: [(name: String, type: TensorType)], model: String) throws(DLCError) {
    for name in inputs.keys.sorted() where !declared.contains(where: { $0.name == name }) {
        let known = declared.map { "'\($0.name)'" }.joined(separator: ", ")
        throw DLCError("unknown input '\(name)'; model '\(model)' takes \(known)")
    }
    for (name, type) in declared {
        guard let tensor = inputs[name] else { throw DLCError("missing input '\(name)' \(type)") }
        guard tensor.type == type else { throw DLCError("input '\(name)': expected \(type), got \(tensor.type)") }
    }
}

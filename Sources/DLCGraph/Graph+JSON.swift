import Foundation

extension Graph {
    /// The graph as JSON, for tools (the benchmarks' ONNX export reads it): inputs, outputs and
    /// every layer with its operator, its attributes as the operator's definition holds them,
    /// its data inputs and parameters by name, and its output's shape and layout.
    ///
    /// ```sh
    /// dlc graph examples/resnet18.swiftgraph -O0 --format json | jq '.nodes[0]'
    /// ```
    public func json() -> String {
        struct Tensor: Encodable {
            var name: String
            var shape: [Int]
            var dtype: String
            var layout: String
        }
        struct Layer: Encodable {
            var name: String
            var op: String
            var operation: Operation
            var inputs: [String]
            var parameters: [Tensor]
            var output: Tensor
            var macs: Int
        }
        struct Output: Encodable {
            var name: String
            var value: String
        }
        struct Document: Encodable {
            var name: String
            var inputs: [Tensor]
            var outputs: [Output]
            var nodes: [Layer]
        }
        func tensor(_ id: ValueID) -> Tensor {
            let value = self[id]
            return Tensor(name: value.name, shape: value.type.shape, dtype: value.type.dtype.rawValue,
                          layout: value.type.layout.description)
        }
        let document = Document(
            name: name, inputs: inputs.map(tensor),
            outputs: outputs.map { Output(name: $0.name, value: self[$0.value].name) },
            nodes: nodes.map { node in
                Layer(name: node.name, op: node.operation.kindName, operation: node.operation,
                      inputs: node.inputs.map { self[$0].name }, parameters: node.parameters.map(tensor), output: tensor(node.output),
                      macs: node.operation.definition.macCount(inputs: node.inputs.map { self[$0].type }, output: self[node.output].type))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Every field is a string, number, array or one of the encodable attribute types.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

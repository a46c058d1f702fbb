import ArgumentParser
import DLC
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a model and its weights as an ONNX file (opset 17; 20 when it has a GELU).",
        discussion: """
            The model is exported as written (no optimization), so ONNX Runtime or another compiler \
            applies its own. Convolutional LSTMs, which ONNX lacks, are exported as the convolutions \
            and element-wise layers they are made of. Weights above 1 GiB in all go to OUT.onnx.data.
            """)

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The .onnx file to write.", valueName: "file"))
    var output: String

    func run() throws {
        try reportingErrors {
            var graph = try model.load()
            try model.checkOutputs([("-o", output), ("-o", output + ".data")], graph: graph, weights: weightsOptions)
            try weightsOptions.bind(&graph)
            graph = try CompilationPlan.portable(graph)
            try ONNXExporter.write(graph, to: output)
            print("exported \(graph.name) (\(graph.nodes.count) layers, \(groupedDigits(graph.parameterCount)) parameters) to \(output)")
        }
    }
}

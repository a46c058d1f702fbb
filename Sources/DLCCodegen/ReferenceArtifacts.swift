import DLCGraph
import DLCLLVM

/// The files of generated/: for a (usually optimized) model, the C header and the LLVM IR dlc emits, for a fixed
/// reference target so they read the same on every machine. The IR is the module before LLVM's
/// optimization passes, with weights as external declarations instead of hundreds of megabytes
/// of bytes.
public enum ReferenceArtifacts {
    /// x86-64 with AVX2 and FMA (8 floats per vector).
    public static func target() throws(DLCError) -> CodegenTarget {
        try CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: "x86-64-v3")
    }

    /// The examples whose IR generated/ keeps (every example keeps its header): small models a
    /// reviewer reads whole — direct and blocked convolutions, pooling, dense layers, an LSTM.
    public static let examplesWithIR = ["lenet", "mnist_cnn", "lstm_sentiment"]

    /// A MobileNet v1 block, 3x3 depthwise then 1x1 pointwise at 14x14 with 256 channels, each
    /// with ReLU6: generated/mobilenet_block.ll shows the fused depthwise+pointwise kernel without
    /// the rest of MobileNet (a megabyte of IR). Weights initialized.
    public static func mobileNetBlock() throws(DLCError) -> Graph {
        let builder = GraphBuilder(name: "mobilenet_block")
        let x = try builder.input("x", shape: [1, 256, 14, 14])
        let depthwise = try builder.depthwiseConv2d(x, kernel: Size2D(square: 3), padding: 1, bias: false, activation: .elementwise(.clamp(0, 6)))
        try builder.output("y", builder.conv2d(depthwise, filters: 256, kernel: Size2D(square: 1), bias: false, activation: .elementwise(.clamp(0, 6))))
        var graph = try builder.finish()
        graph.initializeWeights()
        return graph
    }

    /// The header and IR text of a model (weights bound).
    public static func render(_ graph: Graph) throws(DLCError) -> (header: String, ir: String) {
        let compiler = try ModelCompiler(graph: graph, options: try CompileOptions(target: target()), declaringWeights: true)
        let ir = "; \(graph.name): LLVM IR emitted by dlc \(DLCVersion.current) with LLVM \(LLVM.majorVersion) for the graph at -O3, before LLVM's passes.\n"
            + "; Weights are declared, not included. Regenerate with: swift run dlc-generate\n"
            + compiler.module.irText
        return (HeaderWriter.header(for: compiler), ir)
    }
}

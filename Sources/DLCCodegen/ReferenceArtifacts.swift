import DLCGraph

/// The files of generated/: for a (usually optimized) model, the C header and the LLVM IR dlc emits, for a fixed
/// reference target so they read the same on every machine. The IR is the module before LLVM's
/// optimization passes, with weights as external declarations instead of hundreds of megabytes
/// of bytes.
public enum ReferenceArtifacts {
    /// x86-64 with AVX2 and FMA (8 floats per vector).
    public static func target() throws(DLCError) -> CodegenTarget {
        try CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: "x86-64-v3")
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

import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct OptimizerCommandTests {
    let resnet = "\(packageRoot)/examples/resnet50.swiftgraph"
    let lenet = "\(packageRoot)/examples/lenet.swiftgraph"

    @Test func graphAsTextBeforeAndAfterOptimization() throws {
        let before = try dlc("graph", resnet, "-O0")
        #expect(before.status == 0, "\(before.standardError)")
        #expect(before.standardOutput.hasPrefix("graph resnet50 {\n  input %image: f32[1, 3, 224, 224]\n"))
        #expect(before.standardOutput.contains("= batchNorm("))
        let after = try dlc("graph", resnet, "-O3", "--format", "text")
        #expect(!after.standardOutput.contains("= batchNorm("))
        #expect(!after.standardOutput.contains("= relu("))
        #expect(after.standardOutput.contains("+residual activation=relu"))
    }

    /// The DOT output renders with Graphviz.
    @Test func graphAsDotRendersWithGraphviz() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("graph", resnet, "-O3", "--format", "dot", "-o", "\(directory)/resnet50.dot")
        #expect(result.status == 0, "\(result.standardError)")
        let dot = try String(contentsOfFile: "\(directory)/resnet50.dot", encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"resnet50\" {"))
        #expect(dot.contains("(residual)"))
        #expect(dot.contains("f32[1, 256, 56, 56]"), "edges carry shapes")
        #expect(dot.contains("fillcolor"), "fused layers are highlighted")
        let svg = try runProgram("/usr/bin/env", ["dot", "-Tsvg", "\(directory)/resnet50.dot", "-o", "\(directory)/resnet50.svg"])
        #expect(svg.status == 0, "\(svg.standardError)")
        #expect(try String(contentsOfFile: "\(directory)/resnet50.svg", encoding: .utf8).contains("<svg"))
    }

    @Test func passReportsOnStandardError() throws {
        // `dlc graph`: the passes are compile's without LLVM (summaryReportsThePlannedWorkspace
        // checks the workspace compile reports).
        let result = try dlc("graph", resnet, "-O3", "-v", "--time-passes", "--print-after", "fuse-residual-add")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("fold-batch-norm: 53 changes\n  folded batchNorm_1 into conv2d_1"))
        #expect(result.standardError.contains("fuse-residual-add: 16 changes"))
        #expect(result.standardError.contains("// after fuse-residual-add\ngraph resnet50 {"))
        #expect(result.standardError.contains("fuse-activations                 "))

        let all = try dlc("graph", lenet, "-O1", "--print-after-all")
        #expect(all.standardError.contains("// after remove-dropout\ngraph lenet {"))
        #expect(all.standardError.contains("// after eliminate-dead-code\ngraph lenet {"))
    }

    @Test func levelsOnRunVerifyAndBench() throws {
        let directory = try makeTemporaryDirectory()
        for level in ["-O0", "-O1", "-O2", "-O3"] {
            let run = try dlc("run", lenet, level, "--backend", "jit", "--input", "\(packageRoot)/examples/digits/4.npy", "--output", directory)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.contains("prediction: 4 "))
        }
        // A residual network with batch norms small enough to compile twice in seconds.
        let verify = try dlc("verify", "\(packageRoot)/Tests/Fixtures/training/models/small_resnet.swiftgraph", "-O3")
        #expect(verify.status == 0, "\(verify.standardError)")
        #expect(verify.standardOutput.hasPrefix("verifying small_resnet at -O3 against the interpreter at -O0"))
        let bench = try dlc("bench", lenet, "-O2", "--runs", "2")
        #expect(bench.standardOutput.contains("lenet (backend jit -O2, "))
    }

    @Test func badOptimizerOptions() throws {
        let level = try dlc("compile", lenet, "-O5", "--emit-llvm", "/tmp/x.ll")
        #expect(level.status != 0)
        #expect(level.standardError.contains("-O takes a level from 0 to 3, got 5"))
        let pass = try dlc("graph", lenet, "--print-after", "fuse-everything")
        #expect(pass.status == 1)
        #expect(pass.standardError.hasPrefix("error: unknown pass 'fuse-everything'; passes are remove-dropout, eliminate-reshapes"))
    }

    /// ResNet-50's figures are this planner's (6.62 MiB before Winograd layers got scratch; 73.61
    /// MiB without reuse before its stem took its pool, 70.55 before its 7x7 layers took
    /// F(2x2)'s scratch);
    /// VGG-16's peak is its first Winograd layer, computed here.
    @Test func summaryReportsThePlannedWorkspace() throws {
        let result = try dlc("summary", resnet)
        #expect(result.standardOutput.hasSuffix("Workspace at -O3: 8.86 MiB planned, 72.62 MiB for all intermediate tensors without reuse\n"))
        let vgg = try dlc("summary", "\(packageRoot)/examples/vgg16.swiftgraph", "-O0")
        // The 64-channel 224x224 layer's input, its output pooled to 112x112 in the output
        // transform (its pool fused), and its scratch: the input copied with a zero border to
        // 226x226 (56 tiles of 4, plus 2), and V and M of one group of tiles, 36 positions × 113
        // tiles (2 MB of 36 · 128 floats each) × 64 channels each.
        let peak = 64 * 224 * 224 * 4 + 64 * 112 * 112 * 4 + (64 * 226 * 226 + 36 * 113 * (64 + 64)) * 4
        #expect(String(format: "%.2f", Double(peak) / 1_048_576) == "29.77")
        #expect(vgg.standardOutput.hasSuffix("Workspace at -O0: 29.77 MiB planned, 140.91 MiB for all intermediate tensors without reuse\n"))
    }
}

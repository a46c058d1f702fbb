import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct BenchCommandTests {
    let cifar = "\(packageRoot)/examples/cifar10_cnn.swiftgraph"

    /// The measured peak is a plausible figure for the host's vector width (a core issues at
    /// most a few FMAs per cycle at a few GHz), never a constant.
    @Test func peakIsMeasured() throws {
        let result = try dlc("peak")
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        let number = text.split(separator: " ").dropFirst(3).first.flatMap { Double($0) }
        let lanes = try CodegenTarget.host().floatLanes
        #expect(text.hasPrefix("fp32 FMA peak: ") && text.contains("GFLOP/s per core") && text.contains("\(lanes)-lane vectors"))
        let gflops = try #require(number)
        #expect(gflops > 1 && gflops < Double(lanes) * 2 * 4 * 6, "\(gflops) GFLOP/s")
    }

    /// Every layer of the compiled graph, reorders included, with its kernel; the shares add up.
    @Test func profileTable() throws {
        let result = try dlc("bench", cifar, "--profile", "--threads", "1", "--runs", "3", "--warmup", "1")
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines[1].split(separator: " ") == ["layer", "op", "kernel", "output", "ms", "share", "MMAC", "run", "GFLOP/s", "%", "peak"])
        #expect(lines.contains { $0.hasPrefix("conv2d_1 ") && $0.contains(" conv2d ") && $0.contains(" blocked ") && $0.contains(" 100% ") })
        // The 32-channel 3x3 layer from 32x32 to 30x30 runs as Winograd with its 2x2 pool fused:
        // 8x8 tiles of 36 products each, 2,304 per filter and channel instead of the direct
        // 900 · 9 = 8,100 (28%).
        let winograd = try #require(lines.first { $0.hasPrefix("conv2d_2 ") })
        #expect(winograd.contains(" winograd+maxPool2d ") && winograd.contains(" 28% "), "\(winograd)")
        #expect(lines.contains { $0.contains(" reorder ") && $0.contains(" to plain ") }, "the reorder before flatten is a layer")
        #expect(lines.contains { $0.hasPrefix("total ") && $0.contains(" 100% ") })
        #expect(lines.last?.hasPrefix("whole run: ") == true)
    }

    /// `--conv-algorithm winograd-2x2` forces F(2x2, 3x3): the same layer as 15x15 tiles of 16
    /// products, 3,600 per filter and channel (44% of 8,100).
    @Test func profileShowsTheForcedTile() throws {
        let result = try dlc("bench", cifar, "--profile", "--threads", "1", "--runs", "2", "--warmup", "0",
                             "--conv-algorithm", "winograd-2x2")
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let winograd = try #require(lines.first { $0.hasPrefix("conv2d_2 ") })
        #expect(winograd.contains(" winograd-2x2+maxPool2d ") && winograd.contains(" 44% "), "\(winograd)")
    }

    @Test func profileJSON() throws {
        // The kernel choices depend on the vector width: AVX2's, which every CI host runs.
        let result = try dlc("bench", cifar, "--profile", "--format", "json", "--threads", "1", "--runs", "2", "--warmup", "0",
                             "--cpu", "x86-64-v3")
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(document["model"] as? String == "cifar10_cnn")
        let layers = try #require(document["layers"] as? [[String: Any]])
        let convolutions = layers.filter { $0["op"] as? String == "conv2d" }
        #expect(convolutions.count == 4)
        #expect(convolutions.allSatisfy { ($0["macs"] as? Int ?? 0) > 0 && ($0["executedMacs"] as? Int ?? 0) > 0 })
        #expect(convolutions.map { $0["kernel"] as? String } == ["blocked", "winograd+maxPool2d", "winograd", "winograd+maxPool2d"])
        let share = layers.compactMap { $0["share"] as? Double }.reduce(0, +)
        #expect(abs(share - 1) < 1e-6)
    }

    @Test func profileNeedsAModelFile() throws {
        let result = try dlc("bench", "/tmp/some.so", "--profile")
        #expect(result.status == 1)
        #expect(result.standardError == "error: --profile compiles the model itself; pass the model file, not /tmp/some.so\n")
    }

    /// `dlc graph --layouts` shows what the compiler computes in and what its kernels fused;
    /// `--format json` is for tools.
    @Test func graphLayoutsAndJSON() throws {
        let laidOut = try dlc("graph", cifar, "--layouts", "--cpu", "x86-64-v3", "--features", "+avx2,+fma")
        #expect(laidOut.status == 0, "\(laidOut.standardError)")
        #expect(laidOut.standardOutput.contains("{nchw8c}"))
        #expect(laidOut.standardOutput.contains("= reorder(") && laidOut.standardOutput.contains("to=nchw"))
        // The Winograd layers took their 2x2 pools.
        #expect(laidOut.standardOutput.contains(" +maxPool2d(kernel=2,stride=2) : "), "\(laidOut.standardOutput)")
        let json = try dlc("graph", cifar, "-O0", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        let first = try #require(nodes.first)
        #expect(first["op"] as? String == "conv2d")
        let operation = try #require((first["operation"] as? [String: Any])?["conv2d"] as? [String: Any])
        #expect((operation["_0"] as? [String: Any])?["filters"] as? Int == 32)
        #expect((first["macs"] as? Int ?? 0) > 0)
    }
}

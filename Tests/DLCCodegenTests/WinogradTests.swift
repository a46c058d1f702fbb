@testable import DLCCodegen
import DLC
import DLCTestSupport
import Foundation
import Testing

/// The bound of a single Winograd layer against the interpreter, relative to the largest output.
/// F(4x4, 3x3) rounds through transforms whose coefficients reach 8 and 1/24, so its error is
/// about ten times the direct kernel's and grows with the reduction: measured on 14x14 maps with
/// 64 filters (`dlc verify`, seeded inputs) it was 2.0e-6 at 8 input channels, 4.1e-6 at 32,
/// 7.5e-6 at 128, 1.4e-5 at 512 and 1.7e-5 at 1024 (the direct kernel: 0.3e-6 to 1.3e-6), about
/// 1.4e-6 · √(channels / 8). 5e-5 covers 4096 channels by that growth. F(2x2, 3x3), whose
/// coefficients are 0, ±1 and 1/2, stays closer to the direct kernel (512 channels at 7x7:
/// 2.6e-6, against 1.6e-6 direct and 9.7e-6 for F(4x4)).
let winogradTolerance: Float = 5e-5

/// Layers forced onto the Winograd kernel: tiles cut by the map's edge on either axis, maps
/// smaller than one tile, unpadded layers whose tiles fit exactly (read in place), batches,
/// a residual in the output's buffer, and filter sets too large to stay in L2 (the products then
/// go panel by panel).
let winogradCases: [OpCase] = [
    // 48 filters fill whole channel blocks at 8 and at 16 lanes (24 would be plain with AVX-512).
    OpCase(name: "3x3 16 to 48, 9x11, partial tiles both ways", shape: [1, 16, 9, 11]) { conv2d($0, filters: 48, kernel: 3, padding: 1, activation: .relu) },
    OpCase(name: "unpadded 14x14 to 12x12, whole tiles", shape: [1, 64, 14, 14]) { conv2d($0, filters: 32, kernel: 3) },
    OpCase(name: "unpadded 11x10 to 9x8", shape: [1, 32, 11, 10]) { conv2d($0, filters: 16, kernel: 3, activation: .leakyRelu(0.1)) },
    OpCase(name: "batch 2, 13x13, one-row last tiles", shape: [2, 32, 13, 13]) { conv2d($0, filters: 48, kernel: 3, padding: 1) },
    OpCase(name: "1x1 map, padding 1", shape: [1, 32, 1, 1]) { conv2d($0, filters: 32, kernel: 3, padding: 1) },
    OpCase(name: "2x3 map, no bias", shape: [1, 16, 2, 3]) { conv2d($0, filters: 16, kernel: 3, padding: 1, bias: false) },
    OpCase(name: "asymmetric same padding", shape: [1, 16, 8, 7]) { conv2d($0, filters: 32, kernel: 3, padding: .same) },
    OpCase(name: "residual in the output's buffer", shape: [1, 64, 6, 10]) { x in
        let a = conv2d(x, filters: 64, kernel: 1), residual = conv2d(x, filters: 64, kernel: 1)
        return relu(conv2d(a, filters: 64, kernel: 3, padding: 1) + residual)
    },
    OpCase(name: "256 to 512 at 5x5: filters beyond L2, panel by panel", shape: [1, 256, 5, 5]) { conv2d($0, filters: 512, kernel: 3, padding: 1, activation: .clamp(0, 6)) },
    // 63 · 63 tiles of 36 · 32 floats: 18 MB of V and M, past `wholeLayerBytes`, so 9 groups of
    // 455 tiles with a last one of 329.
    OpCase(name: "250x250 in groups of tiles, a smaller last group", shape: [1, 16, 250, 250]) { conv2d($0, filters: 16, kernel: 3, padding: 1, activation: .relu) },
]

@Suite struct WinogradTests {
    /// `Aᵀ [(G g Gᵀ) ⊙ (Bᵀ d B)] A` is the m x m valid correlation of an (m + 2) x (m + 2)
    /// window with a 3x3 filter, for both tiles. The filter transform is the kernel's (it runs
    /// at compile time); Bᵀ and Aᵀ are written out here from Lavin & Gray's F(4x4, 3x3) and
    /// F(2x2, 3x3), independently of the emitted code.
    @Test(arguments: WinogradTile.allCases) func transformsComputeTheCorrelation(_ tile: WinogradTile) {
        let (inputMatrix, outputMatrix): ([[Double]], [[Double]]) = switch tile {   // Bᵀ, Aᵀ
        case .f4x4: ([[4, 0, -5, 0, 1, 0], [0, -4, -4, 1, 1, 0], [0, 4, -4, -1, 1, 0],
                      [0, -2, -1, 2, 1, 0], [0, 2, -1, -2, 1, 0], [0, 4, 0, -5, 0, 1]],
                     [[1, 1, 1, 1, 1, 0], [0, 1, -1, 2, -2, 0], [0, 1, 1, 4, 4, 0], [0, 1, -1, 8, -8, 1]])
        case .f2x2: ([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]],
                     [[1, 1, 1, 0], [0, 1, -1, -1]])
        }
        let (side, outputSide) = (inputMatrix.count, outputMatrix.count)
        #expect(side == tile.windowSide && outputSide == tile.outputSide && tile.positions == side * side)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20 {
            let d = (0..<(side * side)).map { _ in Double.random(in: -1...1, using: &generator) }
            let g = (0..<9).map { _ in Double.random(in: -1...1, using: &generator) }
            let u = tile.transformFilter(g)
            // V = Bᵀ d B, then Y = Aᵀ (U ⊙ V) A.
            var v = [Double](repeating: 0, count: side * side)
            for i in 0..<side {
                for j in 0..<side {
                    var sum = 0.0
                    for k in 0..<side { for l in 0..<side { sum += inputMatrix[i][k] * d[k * side + l] * inputMatrix[j][l] } }
                    v[i * side + j] = sum
                }
            }
            for r in 0..<outputSide {
                for c in 0..<outputSide {
                    var y = 0.0
                    for i in 0..<side { for j in 0..<side { y += outputMatrix[r][i] * u[i * side + j] * v[i * side + j] * outputMatrix[c][j] } }
                    var direct = 0.0
                    for i in 0..<3 { for j in 0..<3 { direct += d[(r + i) * side + c + j] * g[i * 3 + j] } }
                    #expect(abs(y - direct) < 1e-12, "\(tile) output (\(r), \(c)): \(y) against \(direct)")
                }
            }
        }
    }

    /// Each case JIT-compiled with each tile forced, for every vector width, against the interpreter.
    @Test(arguments: winogradCases, [ConvolutionAlgorithm.winograd, .winograd2x2])
    func agreesWithTheInterpreterAtEveryWidth(_ op: OpCase, _ algorithm: ConvolutionAlgorithm) throws {
        let graph = try op.graph()
        let inputs = op.inputs(graph)
        let reference = try Interpreter(graph: graph).run(inputs)["y"]!
        for (name, var options) in try runnableTargets() where options.blockedLayout {
            options.convolutionAlgorithm = algorithm
            let kernels = try CompilationPlan(graph, options: options).layers.map(\.kernel)
            #expect(kernels.contains(algorithm.rawValue), "\(name): \(kernels)")
            let result = try Model.jit(graph, options: options).run(inputs)["y"]!
            #expect(result.difference(from: reference).relative <= winogradTolerance, "\(name): \(result.difference(from: reference))")
        }
    }

    /// The AVX-512 Winograd kernels compile on every host and compute in zmm registers.
    @Test func avx512KernelsCompileEverywhere() throws {
        let features = "+avx512f,+avx512bw,+avx512cd,+avx512dq,+avx512vl,+avx2,+avx,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe"
        var options = try CompileOptions(target: CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: "x86-64-v4", features: features))
        let directory = try makeTemporaryDirectory()
        for algorithm in [ConvolutionAlgorithm.winograd, .winograd2x2] {
            options.convolutionAlgorithm = algorithm
            for (index, op) in winogradCases.prefix(3).enumerated() {
                let path = "\(directory)/\(algorithm)-case\(index).s"
                try ModelCompiler.compile(try op.graph(), options: options, to: ArtifactPaths(assembly: path))
                #expect(try String(contentsOfFile: path, encoding: .utf8).contains("zmm"), "\(algorithm) \(op.name)")
            }
        }
    }

    /// Layers whose V and M exceed `wholeLayerBytes` go in groups of tiles; their scratch is
    /// one group's.
    @Test func largeLayersGoInGroups() {
        let op = Conv2D(filters: 16, kernel: Size2D(square: 3), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1))
        let (input, output) = (TensorType(shape: [1, 16, 250, 250], layout: .blocked(8)), TensorType(shape: [1, 16, 250, 250], layout: .blocked(8)))
        let shape = WinogradShape(op, input: input, output: output, tile: .f4x4, registers: 16)
        #expect(shape.tiles == 63 * 63)
        #expect(shape.tilesPerGroup == (2 << 20) / (36 * 32 * 4) && shape.groups == 9)
        #expect(shape.lastGroupGEMM.m == 63 * 63 - 8 * 455)
        // The padded copy (252 rows and columns, rounded up to 63 tiles of 4 plus 2: 254), then
        // V and M for one group.
        #expect(shape.scratchBytes == (16 * 254 * 254 + 36 * 455 * 32) * 4)
        // F(2x2): 125 · 125 tiles of 16 · 32 floats, 32 MB, in groups of 1024 tiles; the padded
        // plane reaches 2 · 125 + 2 = 252.
        let small = WinogradShape(op, input: input, output: output, tile: .f2x2, registers: 16)
        #expect(small.tiles == 125 * 125 && small.tilesPerGroup == (2 << 20) / (16 * 32 * 4) && small.groups == 16)
        #expect(small.scratchBytes == (16 * 252 * 252 + 16 * 1024 * 32) * 4)
    }

    /// `auto` takes the kernel the measurements inside the networks said wins (docs/performance.md):
    /// F(4x4) for VGG's, ResNet's, NiN's and GoogLeNet's 3x3 layers on 12x12 and larger maps,
    /// F(2x2) for 7x7 and 5x5 maps with hundreds of channels, where F(4x4)'s 4x larger
    /// transformed filters cost more to stream than the arithmetic they save; never Winograd
    /// for layers it cannot compute (strided, or 1000 filters in 16-lane blocks).
    @Test(arguments: [
        (64, 56, 64, 1, ConvolutionKernel.winograd), (256, 56, 256, 1, .winograd), (512, 28, 512, 1, .winograd),
        (256, 14, 256, 1, .winograd), (512, 14, 512, 1, .winograd), (256, 12, 384, 1, .winograd),
        (512, 7, 512, 1, .winograd2x2), (160, 7, 320, 1, .winograd2x2), (192, 7, 384, 1, .winograd2x2),
        (384, 5, 1000, 1, .winograd2x2), (64, 56, 64, 2, .blocked),
    ]) func costModelChoice(_ channels: Int, _ side: Int, _ filters: Int, _ stride: Int, _ kernel: ConvolutionKernel) {
        let op = Conv2D(filters: filters, kernel: Size2D(square: 3), stride: Size2D(square: stride), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1))
        let outputSide = (side + 2 - 3) / stride + 1
        for (block, registers) in [(8, 16), (16, 32)] {
            let input = TensorType(shape: [1, channels, side, side], layout: .blocked(block))
            let output = TensorType(shape: [1, filters, outputSide, outputSide], layout: .blocked(block))
            let expected = output.fillsBlocks(of: block) ? kernel : .blocked
            #expect(ConvolutionKernel.select(op, input: input, output: output, algorithm: .auto, registers: registers) == expected, "\(block) lanes")
            #expect(ConvolutionKernel.select(op, input: input, output: output, algorithm: .direct, registers: registers) == .blocked)
        }
    }

    /// `winograd` and `winograd-2x2` force their tile wherever Winograd applies, whatever `auto`
    /// would take.
    @Test(arguments: [(128, 28, ConvolutionKernel.winograd), (512, 7, .winograd2x2)])
    func forcedAlgorithmsTakeTheirTile(_ channels: Int, _ side: Int, _ automatic: ConvolutionKernel) {
        let op = Conv2D(filters: channels, kernel: Size2D(square: 3), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1))
        let type = TensorType(shape: [1, channels, side, side], layout: .blocked(16))
        #expect(ConvolutionKernel.select(op, input: type, output: type, algorithm: .auto, registers: 32) == automatic)
        #expect(ConvolutionKernel.select(op, input: type, output: type, algorithm: .winograd, registers: 32) == .winograd)
        #expect(ConvolutionKernel.select(op, input: type, output: type, algorithm: .winograd2x2, registers: 32) == .winograd2x2)
    }
}

@testable import DLCCodegen
import DLC
import DLCTestSupport
import Foundation
import Testing

/// Layers the blocked kernels and the layout pass must get right: channels that fill blocks of 8
/// but not 16, channels that fill none, 1-channel inputs, tiny maps, large strides, every
/// convolution variant, and the layers that keep blocked tensors blocked.
let blockedCases: [OpCase] = [
    OpCase(name: "conv 3x3 64 to 64", shape: [1, 64, 9, 11]) { conv2d($0, filters: 64, kernel: 3, padding: 1, activation: .relu) },
    OpCase(name: "conv 24 channels (8 not 16)", shape: [1, 24, 7, 7]) { conv2d($0, filters: 24, kernel: 3, padding: 1) },
    OpCase(name: "conv odd channels 5 to 16", shape: [1, 5, 8, 8]) { conv2d($0, filters: 16, kernel: 3, padding: 1) },
    OpCase(name: "conv 16 to 20 (filters split a block)", shape: [1, 16, 6, 6]) { conv2d($0, filters: 20, kernel: 3) },
    OpCase(name: "conv 1-channel input", shape: [1, 1, 10, 10]) { conv2d($0, filters: 32, kernel: 5, padding: 2, activation: .relu) },
    OpCase(name: "conv tiny map 1x1 with padding", shape: [1, 32, 1, 1]) { conv2d($0, filters: 32, kernel: 3, padding: 1) },
    OpCase(name: "conv tiny map 2x3", shape: [1, 16, 2, 3]) { conv2d($0, filters: 48, kernel: 3, padding: 1) },
    OpCase(name: "conv 13x13: tasks of 4, 4, 4 and 1 rows", shape: [1, 16, 13, 13]) { conv2d($0, filters: 24, kernel: 3, padding: 1, activation: .relu) },
    OpCase(name: "conv 7x7 map, rows in one task", shape: [1, 32, 7, 7]) { x in
        relu(conv2d(x, filters: 32, kernel: 3, padding: 1) + conv2d(x, filters: 32, kernel: 1))
    },
    OpCase(name: "conv stride 4 kernel 1", shape: [1, 16, 13, 13]) { conv2d($0, filters: 16, kernel: 1, stride: 4) },
    OpCase(name: "conv stride 3 dilation 2", shape: [1, 16, 17, 19]) { conv2d($0, filters: 32, kernel: 3, stride: 3, padding: 2, dilation: 2) },
    OpCase(name: "conv 1x7 and 7x1", shape: [1, 32, 9, 9]) { x in
        conv2d(conv2d(x, filters: 32, kernel: (1, 7), padding: (0, 3)), filters: 16, kernel: (7, 1), padding: (3, 0))
    },
    OpCase(name: "conv same stride 2 asymmetric", shape: [1, 16, 10, 9]) { conv2d($0, filters: 16, kernel: 4, stride: 2, padding: .same) },
    OpCase(name: "stem 7x7 stride 2, 3 channels", shape: [1, 3, 37, 37]) { conv2d($0, filters: 64, kernel: 7, stride: 2, padding: 3, activation: .relu) },
    OpCase(name: "pointwise long plane", shape: [1, 32, 23, 29]) { conv2d($0, filters: 64, kernel: 1, activation: .relu) },
    OpCase(name: "pointwise 7x7 2048", shape: [1, 256, 7, 7]) { conv2d($0, filters: 128, kernel: 1) },
    OpCase(name: "conv reduced in chunks, residual in the output's buffer", shape: [1, 64, 5, 9]) { x in
        let a = conv2d(x, filters: 64, kernel: 1), residual = conv2d(x, filters: 64, kernel: 1)
        return relu(conv2d(a, filters: 64, kernel: 3, padding: 1) + residual)
    },
    OpCase(name: "pointwise 1024 channels to a partial block group", shape: [1, 1024, 3, 5]) { conv2d($0, filters: 40, kernel: 1, activation: .relu) },
    OpCase(name: "groups filling blocks", shape: [1, 32, 8, 8]) { conv2d($0, filters: 64, kernel: 3, padding: 1, groups: 2) },
    OpCase(name: "depthwise stride 2 dilation 2", shape: [1, 32, 11, 12]) { depthwiseConv2d($0, kernel: 3, stride: 2, padding: 2, dilation: 2) },
    OpCase(name: "depthwise 5x5 relu6", shape: [1, 16, 9, 9]) { depthwiseConv2d($0, kernel: 5, padding: 2, activation: .clamp(0, 6)) },
    // Wide rows: several full interior tiles, each loading a kernel row's inputs once for all its taps.
    OpCase(name: "depthwise wide rows, stride 1 and 2", shape: [1, 16, 5, 61]) { x in
        depthwiseConv2d(depthwiseConv2d(x, kernel: 3, padding: 1, activation: .relu), kernel: 3, stride: 2, padding: 1)
    },
    OpCase(name: "depthwise 1x7 dilation 2, multiplier 2", shape: [1, 8, 4, 70]) { x in
        depthwiseConv2d(x, kernel: (1, 7), padding: (0, 6), dilation: (1, 2), multiplier: 2)
    },
    // Tiles at fixed columns leave out the taps outside the row: whole narrow rows, and border
    // runs longer than a tile (padding wider than the input: some columns read nothing).
    OpCase(name: "depthwise narrow rows and padding wider than the input", shape: [1, 16, 7, 7]) { x in
        depthwiseConv2d(depthwiseConv2d(x, kernel: 3, padding: 1, activation: .relu), kernel: (3, 5), stride: (1, 2), padding: (1, 16))
    },
    OpCase(name: "blocked max pool ceil, avg count padding", shape: [1, 16, 9, 9]) { x in
        let y = conv2d(x, filters: 16, kernel: 1)
        return concat([maxPool2d(y, kernel: 3, stride: 2, padding: 1, ceilMode: true), avgPool2d(y, kernel: 3, stride: 2, padding: 1, countIncludePad: true)])
    },
    // Wide rows: interior columns four at a time and a partial tile, border columns clipped.
    OpCase(name: "blocked pools on wide rows", shape: [1, 16, 7, 47]) { x in
        let y = conv2d(x, filters: 16, kernel: 1)
        return concat([maxPool2d(y, kernel: 3, stride: 2, padding: 1), avgPool2d(y, kernel: 3, stride: 2, padding: 1),
                       avgPool2d(y, kernel: 3, stride: 2, padding: 1, countIncludePad: true)])
    },
    OpCase(name: "blocked pools padded by kernel - 1", shape: [1, 16, 6, 21]) { x in
        let y = conv2d(x, filters: 16, kernel: 1)
        return concat([maxPool2d(y, kernel: 3, stride: 2, padding: 2, ceilMode: true), avgPool2d(y, kernel: 3, stride: 2, padding: 2, ceilMode: true),
                       avgPool2d(y, kernel: 3, stride: 2, padding: 2, ceilMode: true, countIncludePad: true)])
    },
    OpCase(name: "blocked pools, 2x2 and (2, 3) windows", shape: [1, 8, 9, 26]) { x in
        let y = conv2d(x, filters: 8, kernel: 1)
        return concat([maxPool2d(y, kernel: 2), avgPool2d(y, kernel: (2, 3), stride: (1, 2), padding: (0, 1))], axis: 2)
    },
    OpCase(name: "blocked add, concat, global pools", shape: [1, 16, 6, 6]) { x in
        let a = conv2d(x, filters: 16, kernel: 3, padding: 1)
        let b = conv2d(x, filters: 16, kernel: 1)
        let joined = concat([relu(a + b), sigmoid(a)])
        return concat([globalAvgPool2d(joined), globalMaxPool2d(joined)])
    },
    OpCase(name: "concats assembled in place, nested, a branch read again", shape: [1, 8, 6, 6]) { x in
        let a = conv2d(x, filters: 16, kernel: 1, activation: .relu), b = conv2d(x, filters: 8, kernel: 3, padding: 1)
        let inner = concat([a, maxPool2d(x, kernel: 3, stride: 1, padding: 1), b])
        let outer = concat([conv2d(inner, filters: 8, kernel: 1), inner])
        return conv2d(outer, filters: 8, kernel: 1) + conv2d(a, filters: 8, kernel: 1)
    },
    OpCase(name: "concat copied: a branch is overwritten before the concat is read", shape: [1, 8, 6, 6]) { x in
        let a = conv2d(x, filters: 8, kernel: 1)
        let joined = concat([a, conv2d(x, filters: 8, kernel: 1)])
        let later = relu(a)
        return concat([globalAvgPool2d(joined), globalAvgPool2d(later)])
    },
    // Windows across block boundaries on both sides, the first and last blocks, both window
    // conventions, and each exponent the kernel computes its own way (3/4, 1/2, 1, others).
    OpCase(name: "blocked lrn, windows across blocks, batch 2", shape: [2, 48, 5, 7], inputScale: 10) { x in
        let y = conv2d(x, filters: 48, kernel: 1)
        return concat([lrn(y), lrn(y, size: 4, alpha: 0.5, beta: 0.6, k: 1.5, moreChannelsAfter: true),
                       lrn(y, size: 3, alpha: 0.5, beta: 1, k: 1), lrn(y, size: 7, alpha: 0.3, beta: 0.5, k: 1)])
    },
    OpCase(name: "lrn window wider than a block of 8", shape: [1, 32, 3, 3]) { x in
        maxPool2d(lrn(conv2d(x, filters: 32, kernel: 1), size: 19, alpha: 0.5, beta: 0.75, k: 1), kernel: 2)
    },
    OpCase(name: "blocked into lrn and flatten dense", shape: [1, 8, 5, 5]) { x in
        dense(flatten(lrn(conv2d(x, filters: 16, kernel: 3, padding: 1))), units: 7)
    },
    // Partial last blocks (12 filters: 16 lanes in blocks of 8 or 16): sigmoid makes the
    // padding lanes 0.5, which the pools carry and the global pools must leave out.
    OpCase(name: "partial last block through sigmoid, pools and global pools", shape: [1, 16, 9, 9]) { x in
        let y = maxPool2d(sigmoid(conv2d(x, filters: 12, kernel: 3, padding: 1)), kernel: 2)
        return concat([globalAvgPool2d(y), globalMaxPool2d(avgPool2d(y, kernel: 2, stride: 1))])
    },
    OpCase(name: "partial last blocks read by a conv and an add", shape: [1, 8, 7, 7]) { x in
        let a = conv2d(x, filters: 7, kernel: 3, padding: 1, activation: .relu)
        return a + conv2d(a, filters: 7, kernel: 1, activation: .sigmoid)
    },
    OpCase(name: "1000 filters: a partial last block of 16, whole blocks of 8", shape: [1, 32, 5, 5]) { x in
        globalAvgPool2d(conv2d(x, filters: 1000, kernel: 3, padding: 1, activation: .relu))
    },
    OpCase(name: "partial last block reordered to a plain output", shape: [1, 3, 11, 13]) { x in
        conv2d(x, filters: 14, kernel: 3, stride: 2, activation: .tanh)
    },
    // Planes of 2,115 pixels: more than one reorder segment at 8 and 16 lanes, 3 pixels left over
    // after the squares; a partial last block (14 filters) reordered too; two images.
    OpCase(name: "reorders of planes longer than a segment", shape: [2, 16, 47, 45]) { x in
        concat([conv2d(x, filters: 16, kernel: 1, activation: .relu), conv2d(x, filters: 14, kernel: 3, padding: 1)])
    },
]

/// Convolutions whose pooling layer the compiler fuses into their epilogue (`FusePooling`):
/// overlapping and disjoint windows, padding, ceil mode, strides past the window (rows the
/// pool never reads), a partial last block group, groups, two images, a partial last block, and
/// one layer large enough to be split over threads (each thread's ring starts empty).
let pooledCases: [OpCase] = [
    OpCase(name: "stem 7x7/2 into max pool 3x3/2", shape: [1, 3, 40, 38]) { x in
        maxPool2d(conv2d(x, filters: 32, kernel: 7, stride: 2, padding: 3, activation: .relu), kernel: 3, stride: 2, padding: 1)
    },
    OpCase(name: "80 filters (a partial block group) into avg pool 2x2 ceil", shape: [1, 16, 17, 33]) { x in
        avgPool2d(conv2d(x, filters: 80, kernel: 3, padding: 1, activation: .relu), kernel: 2, ceilMode: true)
    },
    OpCase(name: "pointwise into max pool 3x3/2 ceil", shape: [1, 32, 17, 23]) { x in
        maxPool2d(conv2d(x, filters: 48, kernel: 1, activation: .relu), kernel: 3, stride: 2, ceilMode: true)
    },
    OpCase(name: "avg pool counting padding, stride past the window", shape: [1, 16, 14, 20]) { x in
        avgPool2d(conv2d(x, filters: 16, kernel: 3, padding: 1, activation: .tanh), kernel: 2, stride: 3, padding: 1, countIncludePad: true)
    },
    OpCase(name: "groups and two images into max pool 2x2", shape: [2, 32, 9, 20]) { x in
        maxPool2d(conv2d(x, filters: 64, kernel: 3, padding: 1, groups: 2), kernel: 2)
    },
    OpCase(name: "partial last block into max pool (2, 3)", shape: [1, 8, 10, 20]) { x in
        maxPool2d(conv2d(x, filters: 12, kernel: 3, padding: 1, activation: .sigmoid), kernel: (2, 3), stride: (2, 2), padding: (0, 1))
    },
    OpCase(name: "large enough for threads, 3x3/2 windows", shape: [1, 16, 64, 70]) { x in
        maxPool2d(conv2d(x, filters: 32, kernel: 3, padding: 1, activation: .relu), kernel: 3, stride: 2)
    },
]

/// Winograd layers whose 2x2/2 pool the output transform computes: whole tiles, maps whose last
/// tiles are cut (an odd row and column dropped by floor mode), ceil mode on even maps, two
/// images, an unpadded layer.
let winogradPooledCases: [OpCase] = [
    OpCase(name: "winograd into max pool 2x2", shape: [1, 16, 16, 20]) { x in
        maxPool2d(conv2d(x, filters: 32, kernel: 3, padding: 1, activation: .relu), kernel: 2)
    },
    OpCase(name: "winograd 15x13 into avg pool 2x2", shape: [1, 16, 15, 13]) { x in
        avgPool2d(conv2d(x, filters: 16, kernel: 3, padding: 1, activation: .tanh), kernel: 2)
    },
    OpCase(name: "winograd, two images, ceil max pool", shape: [2, 16, 14, 10]) { x in
        maxPool2d(conv2d(x, filters: 32, kernel: 3, padding: 1), kernel: 2, ceilMode: true)
    },
    OpCase(name: "winograd unpadded into max pool 2x2", shape: [1, 16, 18, 18]) { x in
        maxPool2d(conv2d(x, filters: 16, kernel: 3, activation: .relu), kernel: 2)
    },
]

/// Depthwise layers fused into the pointwise layer reading them (`FuseDepthwisePointwise`):
/// MobileNet's block, stride 2, dilation with a 5x5 window, two images of a 7x7 map with a
/// partial last block, a row wider than a band of 128 pixels, no bias.
let depthwisePointwiseCases: [OpCase] = [
    OpCase(name: "depthwise 3x3 into pointwise", shape: [1, 32, 28, 28]) { x in
        conv2d(depthwiseConv2d(x, kernel: 3, padding: 1, activation: .relu), filters: 64, kernel: 1, activation: .relu)
    },
    OpCase(name: "depthwise stride 2 into 48 filters", shape: [1, 32, 29, 30]) { x in
        conv2d(depthwiseConv2d(x, kernel: 3, stride: 2, padding: 1, activation: .clamp(0, 6)), filters: 48, kernel: 1)
    },
    OpCase(name: "depthwise 5x5 dilation 2 into pointwise", shape: [1, 16, 12, 20]) { x in
        conv2d(depthwiseConv2d(x, kernel: 5, padding: 4, dilation: 2), filters: 32, kernel: 1, activation: .sigmoid)
    },
    OpCase(name: "two 7x7 images into a partial last block", shape: [2, 64, 7, 7]) { x in
        conv2d(depthwiseConv2d(x, kernel: 3, padding: 1, bias: false, activation: .relu), filters: 40, kernel: 1, bias: false)
    },
    OpCase(name: "rows wider than a band", shape: [1, 16, 4, 130]) { x in
        conv2d(depthwiseConv2d(x, kernel: 3, padding: 1), filters: 16, kernel: 1, activation: .relu)
    },
]

/// The cases whose blocks differ at 16 lanes from 8: channel counts that fill blocks of 8 but not
/// of 16, and partial last blocks.
let sixteenLaneCases: Set<String> = [
    "conv 24 channels (8 not 16)", "conv 16 to 20 (filters split a block)", "conv 13x13: tasks of 4, 4, 4 and 1 rows",
    "pointwise 1024 channels to a partial block group", "blocked pools, 2x2 and (2, 3) windows",
    "concats assembled in place, nested, a branch read again", "partial last block through sigmoid, pools and global pools",
    "partial last blocks read by a conv and an add", "1000 filters: a partial last block of 16, whole blocks of 8",
    "partial last block reordered to a plain output", "reorders of planes longer than a segment",
]

/// Every target of `runnableTargets`, plus, on an AVX2 host and for `sixteenLaneCases`, 16-lane
/// blocks compiled for AVX2 (LLVM splits each vector in two): the AVX-512 kernels' block logic
/// checked on any x86 host.
func blockTargets(for op: OpCase) throws -> [(String, CompileOptions)] {
    let host = try CodegenTarget.host()
    guard host.isX86, host.floatLanes == 8, sixteenLaneCases.contains(op.name) else { return try runnableTargets() }
    let wide = CodegenTarget(triple: host.triple, cpu: "x86-64-v3", features: "+avx2,+fma,+avx,+f16c", floatLanes: 16)
    return try runnableTargets() + [("16-lane blocks on x86-64-v3", try CompileOptions(target: wide))]
}

/// JIT-compiles `op` with each named set of options and checks it against the interpreter.
func expectAgreesWithTheInterpreter(_ op: OpCase, compiledWith targets: [(String, CompileOptions)]) throws {
    let graph = try op.graph()
    let inputs = op.inputs(graph)
    let reference = try Interpreter(graph: graph).run(inputs)["y"]!
    for (name, options) in targets {
        let result = try Model.jit(graph, options: options).run(inputs)["y"]!
        #expect(result.difference(from: reference).relative <= singleOpTolerance, "\(name): \(result.difference(from: reference))")
    }
}

@Suite struct BlockedKernelTests {
    /// Each case JIT-compiled for every width against the interpreter.
    @Test func sixteenLaneCasesNameBlockedCases() {
        #expect(sixteenLaneCases.isSubset(of: blockedCases.map(\.name)))
    }

    @Test(arguments: blockedCases) func agreesWithTheInterpreterAtEveryWidth(_ op: OpCase) throws {
        try expectAgreesWithTheInterpreter(op, compiledWith: try blockTargets(for: op))
    }

    /// Each pooled case is fused at every width (the pool is gone from the lowered graph) and
    /// agrees with the interpreter at 1, 2 and 3 threads.
    @Test(arguments: pooledCases) func pooledConvolutionsAgreeWithTheInterpreter(_ op: OpCase) throws {
        // Direct convolutions: under `auto` some of these 3x3 layers would be Winograd's.
        try expectFusedAndAgrees(op, algorithm: .direct)
    }

    /// F(4x4)'s tiles hold 2x2 pooled pixels, F(2x2)'s one.
    @Test(arguments: winogradPooledCases, [ConvolutionAlgorithm.winograd, .winograd2x2])
    func pooledWinogradLayersAgreeWithTheInterpreter(_ op: OpCase, _ algorithm: ConvolutionAlgorithm) throws {
        try expectFusedAndAgrees(op, algorithm: algorithm)
    }

    @Test(arguments: depthwisePointwiseCases) func depthwisePointwisePairsAgreeWithTheInterpreter(_ op: OpCase) throws {
        try expectFusedAndAgrees(op, algorithm: .auto, removes: "depthwise")
    }

    /// `op` loses its pooling layers (or, with `removes: "depthwise"`, its depthwise layers) when
    /// lowered for every blocked width, and agrees with the interpreter there, in plain layout and
    /// at 1 and 3 threads.
    private func expectFusedAndAgrees(_ op: OpCase, algorithm: ConvolutionAlgorithm, removes: String = "pool") throws {
        let targets = try (runnableTargets() + [1, 3].map { ("host, \($0) threads", try CompileOptions(target: .host(), threads: $0)) })
            .map { name, options in
                var chosen = options
                chosen.convolutionAlgorithm = algorithm
                return (name, chosen)
            }
        var graph = try op.graph()
        try PassManager(level: 3, evaluator: ReferenceEvaluator()).run(&graph)
        for (name, options) in targets where options.blockedLayout {
            let lowered = try ModelCompiler.lowered(graph, for: options.target, algorithm: algorithm)
            let remaining = lowered.nodes.filter { node in
                guard removes == "depthwise" else { return node.operation.kindName.hasSuffix("Pool2d") }
                guard case .conv2d(let conv) = node.operation else { return false }
                return conv.groups > 1
            }
            #expect(remaining.isEmpty, "\(name): not fused")
        }
        try expectAgreesWithTheInterpreter(op, compiledWith: targets)
    }

    /// The pass leaves the pool alone where the kernel has no epilogue for it: Winograd layers
    /// with windows other than 2x2/2, maps under 16 columns, depthwise layers.
    @Test func poolsStaySeparateWhereTheKernelCannotTakeThem() throws {
        let cases: [(String, [Int], ConvolutionAlgorithm, @Sendable (Tensor) -> Tensor)] = [
            ("winograd 3x3/2", [1, 64, 28, 28], .winograd, { maxPool2d(conv2d($0, filters: 64, kernel: 3, padding: 1), kernel: 3, stride: 2) }),
            ("winograd ceil on an odd map", [1, 64, 27, 28], .winograd,
             { maxPool2d(conv2d($0, filters: 64, kernel: 3, padding: 1), kernel: 2, ceilMode: true) }),
            ("13 columns", [1, 16, 13, 13], .direct, { maxPool2d(conv2d($0, filters: 16, kernel: 3, padding: 1), kernel: 2) }),
            ("depthwise", [1, 16, 20, 20], .auto, { maxPool2d(depthwiseConv2d($0, kernel: 3, padding: 1), kernel: 2) }),
        ]
        for (name, shape, algorithm, build) in cases {
            let graph = try OpCase(name: name, shape: shape, build: build).graph()
            let lowered = try ModelCompiler.lowered(graph, for: avx512Target(), algorithm: algorithm)
            #expect(lowered.nodes.contains { $0.operation.kindName == "maxPool2d" }, "\(name)")
        }
    }

    /// A 3x3 layer's reduction goes in chunks of input units whose weights fit the L1 budget:
    /// 2 units of 8 channels for AVX2's 2-block tile (4.5 KB a unit), one 16-channel unit for
    /// AVX-512's (18 KB) and for a 5x5 layer; the 3-channel stem takes every unit at once.
    @Test func reductionChunksFitL1() {
        #expect(BlockedConvolution.unitsPerChunk(units: 16, bytesPerUnit: 9 * 8 * 16 * 4) == 2)
        #expect(BlockedConvolution.unitsPerChunk(units: 8, bytesPerUnit: 9 * 16 * 32 * 4) == 1)
        #expect(BlockedConvolution.unitsPerChunk(units: 3, bytesPerUnit: 49 * 1 * 16 * 4) == 3)
        #expect(BlockedConvolution.unitsPerChunk(units: 12, bytesPerUnit: 25 * 8 * 16 * 4) == 1)
    }

    /// The AVX-512 kernels compile (and verify) on every host, and use zmm FMAs on blocked data.
    @Test func avx512KernelsCompileEverywhere() throws {
        let features = "+avx512f,+avx512bw,+avx512cd,+avx512dq,+avx512vl,+avx2,+avx,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe"
        let options = try CompileOptions(target: CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: "x86-64-v4", features: features))
        let directory = try makeTemporaryDirectory()
        for (index, op) in blockedCases.enumerated() {
            let path = "\(directory)/case\(index).s"
            try ModelCompiler.compile(try op.graph(), options: options, to: ArtifactPaths(assembly: path))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("zmm"), "\(op.name)")
        }
    }
}

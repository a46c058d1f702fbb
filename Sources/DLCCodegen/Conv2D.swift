import CLLVM
import DLCGraph
import DLCLLVM

/// The convolution kernels, one file each; `select` says which a layer gets.
enum ConvolutionKernel: String {
    /// `Conv2D+Blocked.swift`: blocked output, vectorized over output channels.
    case blocked
    /// `Conv2D+Blocked.swift` on a 1x1 stride-1 layer: a matrix product over the plane.
    case blockedPointwise = "blocked-pointwise"
    /// `Conv2D+Depthwise.swift`: one filter per channel, blocked.
    case depthwise
    /// `Conv2D+Winograd.swift`: F(4x4, 3x3) on a 3x3 stride-1 blocked layer.
    case winograd
    /// `Conv2D+Winograd.swift`: F(2x2, 3x3), for small maps with many channels.
    case winograd2x2 = "winograd-2x2"
    /// `Conv2D+DepthwisePointwise.swift`: a depthwise layer and the 1x1 layer reading it, band by band.
    case depthwisePointwise = "depthwise+pointwise"
    /// `Conv2D+Plain.swift`: plain NCHW, vectorized over output columns.
    case plain
    /// `Conv2D+Plain.swift` on a 1x1 stride-1 layer.
    case plainPointwise = "plain-pointwise"

    /// The kernel for a convolution whose layouts the layout pass has chosen (`output` is what
    /// the convolution computes, before a fused pool): blocked outputs
    /// get the blocked kernels, plain ones the plain kernels. A 3x3 stride-1 blocked layer is
    /// Winograd with the tile `algorithm` names, or (`auto`) with the tile ``WinogradCost``
    /// expects fastest when it expects it faster than the direct kernel.
    static func select(_ op: Conv2D, input: TensorType, output: TensorType, algorithm: ConvolutionAlgorithm,
                       registers: Int) -> ConvolutionKernel {
        if op.depthwise != nil { return .depthwisePointwise }
        if output.layout.block != nil {
            if op.isDepthwise(channels: input.shape[1]) && op.groups > 1 { return .depthwise }
            if op.isPointwise { return .blockedPointwise }
            if WinogradConvolution.applies(op, input: input, output: output) {
                switch algorithm {
                case .direct: break
                case .winograd: return .winograd
                case .winograd2x2: return .winograd2x2
                case .auto: if let tile = WinogradCost(op, input: input, output: output, registers: registers).choice { return ConvolutionKernel(tile) }
                }
            }
            return .blocked
        }
        return op.isPointwise ? .plainPointwise : .plain
    }

    /// Whether the kernel a convolution gets pools `pool` in its epilogue (what `FusePooling`
    /// asks; `output` is the convolution's own, unpooled): the blocked direct kernels on rows of
    /// 16 pixels or more, Winograd for 2x2/2 windows (which never cross its tiles).
    static func hasPoolingEpilogue(_ op: Conv2D, input: TensorType, output: TensorType, pool: Pool2D,
                                   algorithm: ConvolutionAlgorithm, registers: Int) -> Bool {
        guard !op.addsResidual, output.layout.block != nil else { return false }
        switch select(op, input: input, output: output, algorithm: algorithm, registers: registers) {
        case .blocked, .blockedPointwise: return BlockedConvolution.canPool(op, output: output, pool: pool, registers: registers)
        case .winograd, .winograd2x2: return WinogradConvolution.canPool(pool, output: output)
        case .depthwise, .depthwisePointwise, .plain, .plainPointwise: return false
        }
    }
}

extension ConvolutionKernel {
    /// The Winograd kernel of `tile`.
    init(_ tile: WinogradTile) {
        switch tile {
        case .f4x4: self = .winograd
        case .f2x2: self = .winograd2x2
        }
    }

    /// The tile of a Winograd kernel; nil for the others.
    var winogradTile: WinogradTile? {
        switch self {
        case .winograd: .f4x4
        case .winograd2x2: .f2x2
        case .blocked, .blockedPointwise, .depthwise, .depthwisePointwise, .plain, .plainPointwise: nil
        }
    }
}

/// What a kernel strategy states about a layer it runs. Each strategy's file gives its own
/// (`BlockedConvolution.facts`, `WinogradConvolution.facts`, ...).
struct KernelFacts: Hashable, Sendable {
    /// Workspace bytes the kernel uses while the layer runs.
    var scratchBytes: Int
    /// Multiply-accumulates the kernel executes.
    var executedMACs: Int
}

extension ConvolutionKernel {
    /// The facts of this kernel on a convolution of `inputs` into `output` (the layer's own
    /// types: a fused pool's output, a residual among the inputs) on a target of `registers`
    /// vector registers.
    func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType, registers: Int) -> KernelFacts {
        switch self {
        case .blocked, .blockedPointwise: BlockedConvolution.facts(op, inputs: inputs, output: output, pointwise: self == .blockedPointwise)
        case .winograd, .winograd2x2: WinogradConvolution.facts(op, inputs: inputs, output: output, tile: winogradTile!, registers: registers)
        case .depthwise: DepthwiseConvolution.facts(op, inputs: inputs, output: output)
        case .depthwisePointwise: DepthwisePointwiseConvolution.facts(op, inputs: inputs, output: output)
        case .plain, .plainPointwise: PlainConvolution.facts(op, inputs: inputs, output: output)
        }
    }
}

extension Conv2D {
    /// The type the convolution itself computes: `output`, or with a fused pool the unpooled
    /// tensor (in `output`'s layout), which the kernels and their sizes are chosen for.
    func convolvedType(input: TensorType, output: TensorType) -> TensorType {
        guard pool != nil, let convolved = try? convolutionOutputType(inputs: [input]) else { return output }
        return convolved.with(layout: output.layout)
    }

    func lower(_ context: NodeContext) {
        let kernel = context.compiler.compilation.layers[context.index].convolution!
        switch kernel {
        case .blocked, .blockedPointwise: BlockedConvolution(self, context).lower()
        case .winograd, .winograd2x2: WinogradConvolution(self, context, tile: kernel.winogradTile!).lower()
        case .depthwise: DepthwiseConvolution(self, context).lower()
        case .depthwisePointwise: DepthwisePointwiseConvolution(self, context).lower()
        case .plain: PlainConvolution(self, context).lowerRows()
        case .plainPointwise: PlainConvolution(self, context).lowerPointwise()
        }
    }
}

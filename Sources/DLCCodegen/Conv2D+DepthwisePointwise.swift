import CLLVM
import DLCGraph
import DLCLLVM

/// A depthwise convolution and the pointwise (1x1) convolution reading it, computed band by
/// band (`Conv2D.depthwise`, set by the `FuseDepthwisePointwise` pass; MobileNet's pairs): a
/// task computes the depthwise output of a band of `bandRows` rows, every channel, into a
/// buffer on its thread's stack, then the pointwise product of that band for its output blocks
/// with the blocked pointwise kernel reading the buffer. The depthwise result never goes to
/// memory and back, and the pair is one step instead of two.
///
/// A band is at most 128 pixels (whole rows: 2 rows of a 56-wide map, 7 of a 14-wide one), so
/// the pointwise tiles run over rows as long as the unfused kernel's. With fewer bands than
/// threads (7x7 maps are one band), the output blocks of a band are split into sets, a task
/// each, every one computing the band's depthwise part itself (a few percent of the pointwise
/// work). The number of sets is decided at run time from the team's size, so `--threads 0`
/// code does not depend on the machine that compiled it.
struct DepthwisePointwiseConvolution {
    let op: Conv2D
    let context: NodeContext
    let depthwise: DepthwiseConvolution
    let pointwise: BlockedConvolution
    let bandRows: Int

    /// Stack bytes a band may take: well within a thread's stack and the L2 cache.
    static let bandBudget = 256 * 1024

    init(_ op: Conv2D, _ context: NodeContext) {
        self.op = op
        self.context = context
        let input = context.inputType(0), output = context.outputType
        let between = Self.betweenType(op, input: input, output: output)
        depthwise = DepthwiseConvolution(op.depthwise!.convolution(channels: input.shape[1]), context, output: between,
                                         firstParameter: op.hasBias ? 2 : 1)
        bandRows = Self.bandRows(height: output.shape[2], width: output.shape[3])
        var pointwiseOp = op
        pointwiseOp.depthwise = nil
        pointwise = BlockedConvolution(band: pointwiseOp, context, channels: input.shape[1], pixels: bandRows * output.shape[3])
    }

    /// The depthwise stage's output: the pointwise layer's input.
    static func betweenType(_ op: Conv2D, input: TensorType, output: TensorType) -> TensorType {
        TensorType(shape: [output.shape[0], input.shape[1], output.shape[2], output.shape[3]], layout: output.layout)
    }

    /// Rows per band: the most whole rows up to 128 pixels that divide the map's rows.
    static func bandRows(height: Int, width: Int) -> Int {
        (1...height).last { height % $0 == 0 && $0 * width <= 128 } ?? 1
    }

    /// Whether a depthwise layer (`input` to `between`) and the pointwise layer reading it (to
    /// `output`) can run as one: blocked throughout, the depthwise one on its blocked kernel,
    /// and a band within `bandBudget` (`registers`: the target's vector registers).
    static func applies(depthwise: Conv2D, pointwise: Conv2D, input: TensorType, between: TensorType, output: TensorType,
                        registers: Int) -> Bool {
        guard let block = output.layout.block, input.layout.block == block, between.layout.block == block,
              ConvolutionKernel.select(depthwise, input: input, output: between, algorithm: .auto, registers: registers) == .depthwise,
              ConvolutionKernel.select(pointwise, input: between, output: output, algorithm: .auto, registers: registers) == .blockedPointwise,
              !depthwise.addsResidual, !pointwise.addsResidual, pointwise.pool == nil else { return false }
        let rows = bandRows(height: output.shape[2], width: output.shape[3])
        return rows * output.shape[3] * between.shape[1] * 4 <= bandBudget
    }

    func lower() {
        let output = context.outputType
        let (height, width) = (output.shape[2], output.shape[3])
        let bands = height / bandRows
        let block = pointwise.block
        let inputBlocks = depthwise.channels / block
        let bandTasks = output.shape[0] * bands
        let depthwiseConstants = depthwise.stepConstants()
        let depthwiseCost = bandRows * width * depthwise.channels * op.depthwise!.kernel.height * op.depthwise!.kernel.width
        let cost = bandTasks * (depthwiseCost + pointwise.blockGroups * pointwise.taskCost)

        context.cooperativeStep(cost: cost, sharingKey: context.configurationKey("depthwise-pointwise", op),
                                constants: pointwise.stepConstants() + depthwiseConstants) { b, thread, threadCount, buffers in
            // Sets of output blocks per band: enough tasks for every thread, at most a block group each.
            let sets = b.smax(b.index(1), b.smin(b.index(pointwise.blockGroups), b.sdivRoundingUp(threadCount, b.index(bandTasks))))
            let setSize = b.sdivRoundingUp(b.index(pointwise.blockGroups), sets)

            let bandPlane = bandRows * width * block   // floats of one channel block's band
            let storage = b.alloca(b.module.array(b.module.float, inputBlocks * bandPlane), "band")
            LLVMSetAlignment(storage, 64)
            let bandBuffer = b.bitcast(storage, to: b.module.floatPointer)

            let constants = buffers.constants
            let (depthwiseWeights, depthwiseBias) = (constants[constants.count - depthwiseConstants.count],
                                                     depthwiseConstants.count > 1 ? constants[constants.count - 1] : nil)

            let (firstTask, endTask) = context.share(b.mul(sets, b.index(bandTasks)), thread: thread, threadCount: threadCount)
            b.loop(from: firstTask, to: endTask, "task") { task in
                let set = b.srem(task, sets)
                let band = b.srem(b.sdiv(task, sets), b.index(bands))
                let n = b.sdiv(task, b.mul(sets, b.index(bands)))
                b.loop(count: inputBlocks, "channel.block", unrolled: false) { channelBlock in
                    let plane = b.add(b.mul(n, b.index(inputBlocks)), channelBlock)
                    b.loop(count: bandRows, "band.row", unrolled: false) { row in
                        let y = b.add(b.mul(band, b.index(bandRows)), row)
                        let target = b.mul(b.add(b.mul(channelBlock, b.index(bandRows)), row), b.index(width * block))
                        depthwise.emitRow(b, weights: depthwiseWeights, bias: depthwiseBias, source: buffers.inputs[0], plane: plane,
                                          y: y, into: bandBuffer, at: target, residual: nil)
                    }
                }

                let firstGroup = b.mul(set, setSize)
                let lastGroup = b.smin(b.add(firstGroup, setSize), b.index(pointwise.blockGroups))
                b.loop(from: firstGroup, to: lastGroup, "block.group") { blockGroup in
                    let firstBlock = pointwise.firstBlock(b, g: b.index(0), blockGroup: blockGroup)
                    let destination = BlockedConvolution.TileDestination(base: buffers.output, rowPixel: b.mul(band, b.index(bandRows * width))) { r in
                        b.mul(pointwise.outputBlock(b, n: n, firstBlock: firstBlock, r: r), b.index(height * width * block))
                    }
                    pointwise.emitTask(b, buffers, n: b.index(0), g: b.index(0), blockGroup: blockGroup, rowTask: b.index(0),
                                       into: destination, from: bandBuffer)
                }
            }
        }
    }
}

extension DepthwisePointwiseConvolution {
    /// No scratch in the workspace (a band of the depthwise output lives on each thread's
    /// stack); both stages' MACs.
    static func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType) -> KernelFacts {
        KernelFacts(scratchBytes: 0, executedMACs: op.macCount(inputs: inputs, output: output))
    }
}

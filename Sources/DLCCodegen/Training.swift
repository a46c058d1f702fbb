import CLLVM
import DLCGraph
import DLCLLVM

/// The layers of a training step as compiled code: each backward layer, loss and update has a
/// lowering in the file named like its interpreter kernel (`Conv2D+Gradient.swift`, ...).
extension TrainingOperation {
    /// Whether dlc compiles the layer; a step with a layer it does not is refused by
    /// ``CompilationPlan`` with the layer's name, and trains in the interpreter.
    var isCompiled: Bool {
        switch self {
        case .elementwiseGradient, .sum, .conv2dInputGradient, .conv2dWeightGradient, .denseInputGradient, .denseWeightGradient,
             .pool2dGradient, .globalPool2dGradient, .loss, .lossGradient, .optimizerFormula, .dropoutTraining, .clipScale:
            true
        case .softmaxGradient, .batchNormTraining, .batchNormInputGradient, .batchNormScaleGradient, .runningStatistic, .scatter,
             .lrnGradient, .recurrentGradient:
            false
        }
    }

    func lower(_ context: NodeContext) {
        switch self {
        case .elementwiseGradient(let op): op.lower(context)
        case .sum(let op): op.lower(context)
        case .conv2dInputGradient(let op): op.lower(context)
        case .conv2dWeightGradient(let op): op.lower(context)
        case .denseInputGradient(let op): op.lower(context)
        case .denseWeightGradient(let op): op.lower(context)
        case .pool2dGradient(let op): op.lower(context)
        case .globalPool2dGradient(let op): op.lower(context)
        case .loss(let op): op.lower(context)
        case .lossGradient(let op): op.lower(context)
        case .optimizerFormula(let op): op.lower(context)
        case .dropoutTraining(let op): op.lower(context)
        case .clipScale(let op): op.lower(context)
        case .softmaxGradient, .batchNormTraining, .batchNormInputGradient, .batchNormScaleGradient, .runningStatistic, .scatter,
             .lrnGradient, .recurrentGradient:
            preconditionFailure("\(context.node.name): CompilationPlan refuses layers without a lowering")
        }
    }

    /// Workspace bytes the layer's kernel uses while it runs: the packed operand of the dense
    /// products, the transposed weights and padded output gradient of the input gradient of a convolution, the batch-innermost copies of its weight gradient (`lanes` floats a
    /// vector, `registers` vector registers).
    func scratchBytes(inputs: [TensorType], output: TensorType, lanes: Int, registers: Int) -> Int {
        switch self {
        case .denseInputGradient(let op): return op.product(inputs[0], lanes: lanes, registers: registers).packedBytes
        case .denseWeightGradient(let op): return op.product(inputs[0], inputs[1], lanes: lanes, registers: registers).packedBytes
        case .conv2dInputGradient(let op): return 4 * op.scratchFloats
        case .conv2dWeightGradient(let op):
            let copies = op.copies(input: inputs[0], outputGradient: inputs[1], lanes: lanes)
            return 4 * (copies.input.count + copies.outputGradient.count)
        case .elementwiseGradient, .sum, .pool2dGradient, .globalPool2dGradient, .softmaxGradient, .loss, .lossGradient,
             .optimizerFormula, .batchNormTraining, .batchNormInputGradient, .batchNormScaleGradient, .runningStatistic,
             .dropoutTraining, .scatter, .lrnGradient, .recurrentGradient, .clipScale:
            return 0
        }
    }
}

extension CompilationPlan {
    /// The first layer of a training step that dlc does not compile yet (the step then trains
    /// in the interpreter), or nil.
    ///
    /// ```swift
    /// if let layer = CompilationPlan.uncompiledTrainingLayer(in: step.graph) { print(layer.name) }
    /// ```
    public static func uncompiledTrainingLayer(in graph: Graph) -> Node? {
        graph.nodes.first { node in
            switch node.operation {
            case .training(let op): !op.isCompiled
            // Their lowerings transform weights at compile time (the recurrent weights
            // transposed, batch norm folded); a training step has no compile-time weights.
            case .recurrent, .convLSTM2d, .batchNorm: true
            case .conv2d, .conv2dTranspose, .pool2d, .globalPool2d, .dense, .flatten, .reshape, .dropout, .lrn, .unary, .binary,
                 .softmax, .concat, .slice, .transpose, .embedding, .pad2d, .constant, .reorder, .matmul, .gather:
                false
            }
        }
    }

    /// Refuses a training step with a layer dlc does not compile yet, naming it.
    package static func refuseUncompiledTrainingLayers(_ graph: Graph) throws(DLCError) {
        guard let node = uncompiledTrainingLayer(in: graph) else { return }
        throw DLCError("layer '\(node.name)' (\(node.operation.kindName)) of the training step has no compiled kernel yet; "
                       + "the interpreter trains this model (dlc train --backend interpreter)", location: node.location)
    }
}

extension ElementwiseGradient {
    /// `g · f'(x)` a vector at a time, `f'` from the function's output, or from its input (the
    /// output recomputed) when ``readsInput``.
    func lower(_ context: NodeContext) {
        context.elementwiseStep(count: context.outputType.elementCount, cost: 4) { b, i, lanes, buffers in
            let value = b.loadFloats(buffers.inputs[0], i, lanes: lanes)
            let gradient = b.loadFloats(buffers.inputs[1], i, lanes: lanes)
            let (x, y) = readsInput ? (value, b.activation(function, value)) : (nil, value)
            b.storeFloats(b.fmul(gradient, b.activationDerivative(function, input: x, output: y)), buffers.output, i)
        }
    }
}

extension Sum {
    /// One output element per iteration: its input elements, a nest of loops over the summed
    /// axes (adjacent axes merged), the innermost summed as vectors when it is contiguous.
    func lower(_ context: NodeContext) {
        let shape = context.inputType(0).shape
        // Merged runs of axes: (length, stride, summed).
        var runs: [(length: Int, stride: Int, summed: Bool)] = []
        var stride = 1
        for axis in shape.indices.reversed() where shape[axis] != 1 {
            let summed = axes.contains(axis)
            if let last = runs.last, last.summed == summed, last.stride * last.length == stride {
                runs[runs.count - 1].length *= shape[axis]
            } else {
                runs.append((shape[axis], stride, summed))
            }
            stride *= shape[axis]
        }
        runs.reverse()
        let kept = runs.filter { !$0.summed }, summed = runs.filter(\.summed)
        let perOutput = summed.reduce(1) { $0 * $1.length }
        let lanes = context.lanes
        let scale = self.scale
        context.step(iterations: context.outputType.elementCount, cost: perOutput) { b, element, buffers in
            var remainder = element, base = b.index(0)
            for run in kept.reversed() {
                base = b.add(base, b.mul(b.srem(remainder, b.index(run.length)), b.index(run.stride)))
                remainder = b.sdiv(remainder, b.index(run.length))
            }
            let vector = b.module.vector(b.module.float, lanes)
            let total = b.alloca(vector)
            b.store(b.float(0, lanes: lanes), total)
            let contiguous = summed.last.map { $0.stride == 1 } ?? false
            let outer = contiguous ? Array(summed.dropLast()) : summed
            func nest(_ level: Int, _ offset: LLVMValueRef) {
                guard level == outer.count else {
                    return b.loop(count: outer[level].length, "axis\(level)", unrolled: false) { i in
                        nest(level + 1, b.add(offset, b.mul(i, b.index(outer[level].stride))))
                    }
                }
                let length = contiguous ? summed.last!.length : 1
                b.forEachVector(from: offset, to: b.add(offset, b.index(length)), lanes: lanes) { i, n in
                    let value = b.loadFloats(buffers.inputs[0], i, lanes: n)
                    let current = b.load(vector, total)
                    b.store(n == 0 ? b.insert(current, b.fadd(b.extract(current, 0), value), 0) : b.fadd(current, value), total)
                }
            }
            nest(0, base)
            let sum = b.horizontalSum(b.load(vector, total))
            b.storeFloat(scale == 1 ? sum : b.fmul(sum, b.module.constant(scale)), buffers.output, element)
        }
    }
}

extension ClipScale {
    /// `min(1, maxNorm / (√Σg² + 1e-6))` from the summed squares.
    func lower(_ context: NodeContext) {
        context.step(iterations: 1, cost: 1) { b, _, buffers in
            let norm = b.fadd(b.sqrt(b.loadFloat(buffers.inputs[0], b.index(0))), b.module.constant(Float(1e-6)))
            let ratio = b.fdiv(b.module.constant(maxNorm), norm)
            let one = b.module.constant(Float(1))
            b.storeFloat(b.select(b.fcmp(LLVMRealOLT, ratio, one), ratio, one), buffers.output, b.index(0))
        }
    }
}

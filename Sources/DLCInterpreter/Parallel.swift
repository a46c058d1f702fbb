import DLCGraph
import Dispatch

/// Runs `body(i)` for `i` in `0..<count` across the machine's cores. Kernels split their outer
/// loop this way; each iteration writes a disjoint part of the output.
func parallelFor(_ count: Int, _ body: (Int) -> Void) {
    if count <= 1 {
        for index in 0..<count { body(index) }
        return
    }
    withoutActuallyEscaping(body) { body in
        let box = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
    }
}

/// Lets a closure or pointer cross into `concurrentPerform`; callers guarantee disjoint writes.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A mutable float buffer shared by parallel iterations that write disjoint ranges.
struct SharedFloats: @unchecked Sendable {
    let base: UnsafeMutablePointer<Float>
}

/// Allocates `count` zeroed floats, lets `fill` write them (possibly in parallel) and returns them.
func makeFloats(_ count: Int, _ fill: (SharedFloats) -> Void) -> [Float] {
    var result = [Float](repeating: 0, count: count)
    result.withUnsafeMutableBufferPointer { buffer in
        if let base = buffer.baseAddress { fill(SharedFloats(base: base)) }
    }
    return result
}

/// Computes a float tensor of `outputType` in `tasks` parallel tasks, with the input and weight
/// elements pinned: `body(task, input, weights, output)` writes its disjoint part of `output`.
func computeInParallel(_ outputType: TensorType, tasks: Int, input: [Float], weights: [Float],
                       _ body: (Int, UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> TensorData {
    let result = makeFloats(outputType.elementCount) { output in
        input.withUnsafeBufferPointer { input in
            weights.withUnsafeBufferPointer { weights in
                parallelFor(tasks) { task in body(task, input.baseAddress!, weights.baseAddress!, output.base) }
            }
        }
    }
    return TensorData(shape: outputType.shape, floats: result)
}

/// The range of `x` for which `x · stride + offset` falls in `0..<limit`, clipped to `0..<count`.
@inline(__always)
func validRange(count: Int, stride: Int, offset: Int, limit: Int) -> Range<Int> {
    // Smallest x with x·stride + offset ≥ 0, and first x with x·stride + offset ≥ limit.
    let low = offset >= 0 ? 0 : (-offset + stride - 1) / stride
    let high = limit - offset <= 0 ? 0 : (limit - offset + stride - 1) / stride
    let start = min(max(low, 0), count)
    return start..<max(start, min(high, count))
}

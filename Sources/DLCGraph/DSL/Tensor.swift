/// A symbolic tensor in a model being built: what the DSL functions take and return.
///
/// A `Tensor` knows its static shape, so Swift code can do channel arithmetic:
///
/// ```swift
/// func residual(_ x: Tensor, filters: Int) -> Tensor {
///     let shortcut = x.shape[1] == filters ? x : conv2d(x, filters: filters, kernel: 1)
///     return relu(conv2d(x, filters: filters, kernel: 3, padding: 1) + shortcut)
/// }
/// ```
public struct Tensor: Sendable {
    /// Nil once a layer producing this tensor failed; later layers then skip silently and
    /// `Graph.build` reports the first error.
    let value: ValueID?
    let builder: GraphBuilder

    init(_ value: ValueID?, _ builder: GraphBuilder) {
        self.value = value
        self.builder = builder
    }

    /// The static type, or nil after an error.
    public var type: TensorType? { value.map { builder.type(of: $0) } }

    /// The static shape (empty after an error).
    public var shape: [Int] { type?.shape ?? [] }

    public var dtype: DType { type?.dtype ?? .float32 }

    /// `a + b`: element-wise addition with broadcasting.
    public static func + (a: Tensor, b: Tensor) -> Tensor { add(a, b) }

    /// `a * b`: element-wise multiplication with broadcasting.
    public static func * (a: Tensor, b: Tensor) -> Tensor { multiply(a, b) }
}

extension GraphBuilder {
    /// The builder of the `Graph.build` body running on this task, if any.
    @TaskLocal public static var current: GraphBuilder?
}

extension Graph {
    /// Builds a graph by running `body`, in which the DSL functions (`input`, `conv2d`, ...)
    /// add layers. Throws the first error any of them raised.
    ///
    /// ```swift
    /// let graph = try Graph.build("tiny") {
    ///     let x = input("x", shape: [1, 4])
    ///     output("y", dense(x, units: 2, activation: .softmax))
    /// }
    /// ```
    public static func build(_ name: String = "model", _ body: () throws -> Void) throws -> Graph {
        let builder = GraphBuilder(name: name)
        try GraphBuilder.$current.withValue(builder) { try body() }
        return try builder.finish()
    }
}

/// Runs one DSL call: finds the builder, skips after an earlier error, records the location and
/// any error.
func dslCall(_ file: String, _ line: Int, _ inputs: [Tensor] = [],
             _ body: (GraphBuilder) throws(DLCError) -> ValueID) -> Tensor {
    guard let builder = inputs.first?.builder ?? GraphBuilder.current else {
        preconditionFailure("dlc DSL functions must be called inside Graph.build { ... }")
    }
    let ids = inputs.compactMap(\.value)
    guard ids.count == inputs.count else { return Tensor(nil, builder) }
    builder.location = SourceLocation(file: file, line: line)
    do {
        return Tensor(try body(builder), builder)
    } catch {
        var located = error
        if located.location == nil { located.location = builder.location }
        builder.record(located)
        return Tensor(nil, builder)
    }
}

/// Converts a DSL size argument (`3` or `(3, 1)`) to a ``Size2D``.
func size2D(_ value: Any, label: String) throws(DLCError) -> Size2D {
    if let square = value as? Int { return Size2D(square: square) }
    if let pair = value as? (Int, Int) { return Size2D(pair.0, pair.1) }
    throw DLCError("\(label): expected an Int or an (Int, Int) pair, got \(type(of: value))")
}

/// Converts a DSL padding argument (`1`, `(1, 2)`, `(top, left, bottom, right)`) to ``Padding``.
func padding(_ value: Any) throws(DLCError) -> Padding {
    if let padding = value as? Padding { return padding }
    if let all = value as? Int { return Padding(integerLiteral: all) }
    if let pair = value as? (Int, Int) { return .symmetric(pair.0, pair.1) }
    if let edges = value as? (Int, Int, Int, Int) {
        return .explicit(EdgePadding(top: edges.0, left: edges.1, bottom: edges.2, right: edges.3))
    }
    throw DLCError("padding: expected an Int, (h, w), (top, left, bottom, right), .valid or .same, got \(type(of: value))")
}

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

    /// The element type (float32 after an error).
    public var dtype: DType { type?.dtype ?? .float32 }

    /// `a + b`: element-wise addition with broadcasting.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        dslLayer("add", #fileID, #line, [("a", .tensor(a)), ("b", .tensor(b)), ("name", .value(.string(nil)))])
    }

    /// `a * b`: element-wise multiplication with broadcasting.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        dslLayer("multiply", #fileID, #line, [("a", .tensor(a)), ("b", .tensor(b)), ("name", .value(.string(nil)))])
    }

    /// `a - b`: element-wise subtraction with broadcasting.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        dslLayer("subtract", #fileID, #line, [("a", .tensor(a)), ("b", .tensor(b)), ("name", .value(.string(nil)))])
    }

    /// `a / b`: element-wise division with broadcasting.
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        dslLayer("divide", #fileID, #line, [("a", .tensor(a)), ("b", .tensor(b)), ("name", .value(.string(nil)))])
    }
}

extension GraphBuilder {
    /// The builder of the `Graph.build` body running on this task, if any.
    @TaskLocal package static var current: GraphBuilder?
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

// The model DSL, declared once: every function's parameters (labels, types, defaults), its
// documentation, and what it adds to the graph. The `.swiftgraph` evaluator binds a call's
// arguments against these declarations at run time; the Swift API (DLCDSL/Layers+Generated.swift)
// is generated from them by `swift run dlc-generate`, with a typed overload for each spelling a
// size or padding takes. DSL.md lists the same vocabulary for people.

/// What a DSL parameter accepts.
package enum LayerParameterType: Sendable {
    case tensor, tensors, int, float, bool, string, optionalString
    /// An `Int` or an `(Int, Int)` pair.
    case size
    /// A size or `nil`.
    case optionalSize
    /// An `Int`, `(h, w)`, `(top, left, bottom, right)`, `.valid` or `.same`.
    case padding
    case activation, direction, dtype, paddingMode
    /// An array of `Int`s.
    case shape
    /// A number or an array of numbers.
    case floats

    /// What an argument of this type must be, for error messages.
    package var expectation: String {
        switch self {
        case .tensor: "a Tensor"
        case .tensors: "an array of Tensors"
        case .int: "an Int"
        case .float: "a Float"
        case .bool: "a Bool"
        case .string: "a String"
        case .optionalString: "a String or nil"
        case .size: "an Int or an (Int, Int) pair"
        case .optionalSize: "an Int, an (Int, Int) pair or nil"
        case .padding: "an Int, (h, w), (top, left, bottom, right), .valid or .same"
        case .activation: Activation.spellings
        case .direction: ".forward, .reverse or .bidirectional"
        case .paddingMode: ".constant, .reflect, .edge or .wrap"
        case .dtype: ".float32, .int32 or .int64"
        case .shape: "an array of Ints"
        case .floats: "a number or an array of numbers"
        }
    }
}

/// One argument, of its parameter's type.
package enum LayerArgument: Equatable, Sendable {
    case tensor(ValueID)
    case tensors([ValueID])
    case int(Int)
    case float(Float)
    case bool(Bool)
    case string(String?)
    case size(Size2D?)
    case padding(Padding)
    case activation(Activation)
    case direction(Direction)
    case paddingMode(PaddingMode)
    case dtype(DType)
    case shape([Int])
    case floats([Float])
}

extension LayerArgument {
    /// The argument as DSL source: `3`, `(1, 7)`, `.same`, `.leakyRelu(0.1)`, `[1, 2]`;
    /// `tensorName` names a tensor (the variable holding it), `quoted` writes a string literal.
    package func swiftLiteral(tensorName: (ValueID) -> String, quoted: (String) -> String) -> String {
        switch self {
        case .tensor(let id): return tensorName(id)
        case .tensors(let ids): return "[" + ids.map(tensorName).joined(separator: ", ") + "]"
        case .int(let number): return "\(number)"
        case .float(let number): return number.description
        case .bool(let flag): return "\(flag)"
        case .string(let text): return text.map(quoted) ?? "nil"
        case .size(let size?): return size.height == size.width ? "\(size.height)" : "(\(size.height), \(size.width))"
        case .size(nil): return "nil"
        case .padding(.same): return ".same"
        case .padding(.valid): return ".valid"
        case .padding(.explicit(let e)):
            if Set([e.top, e.left, e.bottom, e.right]).count == 1 { return "\(e.top)" }
            if e.top == e.bottom && e.left == e.right { return "(\(e.top), \(e.left))" }
            return "(\(e.top), \(e.left), \(e.bottom), \(e.right))"
        case .activation(let activation): return activation.swiftSpelling
        case .direction(let direction): return ".\(direction.rawValue)"
        case .paddingMode(let mode): return ".\(mode.rawValue)"
        case .dtype(let dtype): return ".\(dtype.rawValue)"
        case .shape(let shape): return "[" + shape.map(String.init).joined(separator: ", ") + "]"
        case .floats(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

/// One parameter of a DSL function: `label` nil for an unlabeled (`_`) parameter.
package struct LayerParameter: Sendable {
    package let label: String?
    package let name: String
    package let type: LayerParameterType
    package let defaultValue: LayerArgument?

    init(_ label: String?, _ type: LayerParameterType, _ defaultValue: LayerArgument? = nil, name: String? = nil) {
        self.label = label
        self.name = name ?? label ?? "x"
        self.type = type
        self.defaultValue = defaultValue
    }

    /// `filters:` or `_ x` as written in a signature.
    package var spelling: String { label.map { "\($0):" } ?? "_ \(name)" }
}

/// A call's arguments by parameter name, each of its parameter's type (the binder checked).
package struct LayerArguments: Sendable {
    package let values: [String: LayerArgument]

    package init(_ values: [String: LayerArgument]) { self.values = values }

    /// The argument `name`, taken apart by `extract` (nil when it is not `what`).
    private func value<T>(_ name: String, _ what: String, _ extract: (LayerArgument) -> T?) -> T {
        guard let argument = values[name] else { preconditionFailure("argument '\(name)' was not bound") }
        guard let value = extract(argument) else { preconditionFailure("\(name) is not \(what)") }
        return value
    }

    package func tensor(_ name: String) -> ValueID { value(name, "a Tensor") { if case .tensor(let x) = $0 { x } else { nil } } }
    package func tensors(_ name: String) -> [ValueID] { value(name, "[Tensor]") { if case .tensors(let x) = $0 { x } else { nil } } }
    package func int(_ name: String) -> Int { value(name, "an Int") { if case .int(let x) = $0 { x } else { nil } } }
    package func float(_ name: String) -> Float { value(name, "a Float") { if case .float(let x) = $0 { x } else { nil } } }
    package func bool(_ name: String) -> Bool { value(name, "a Bool") { if case .bool(let x) = $0 { x } else { nil } } }
    package func string(_ name: String) -> String? { value(name, "a String") { if case .string(let x) = $0 { .some(x) } else { nil } } }
    package func size(_ name: String) -> Size2D? { value(name, "a size") { if case .size(let x) = $0 { .some(x) } else { nil } } }
    package func padding(_ name: String) -> Padding { value(name, "a padding") { if case .padding(let x) = $0 { x } else { nil } } }
    package func activation(_ name: String) -> Activation {
        value(name, "an activation") { if case .activation(let x) = $0 { x } else { nil } }
    }
    package func direction(_ name: String) -> Direction {
        value(name, "a direction") { if case .direction(let x) = $0 { x } else { nil } }
    }
    package func paddingMode(_ name: String) -> PaddingMode {
        value(name, "a padding mode") { if case .paddingMode(let x) = $0 { x } else { nil } }
    }
    package func dtype(_ name: String) -> DType { value(name, "a dtype") { if case .dtype(let x) = $0 { x } else { nil } } }
    package func shape(_ name: String) -> [Int] { value(name, "a shape") { if case .shape(let x) = $0 { x } else { nil } } }
    package func floats(_ name: String) -> [Float] { value(name, "[Float]") { if case .floats(let x) = $0 { x } else { nil } } }

    /// The layer's `name:`.
    package var layerName: String? { string("name") }
}

/// A function of the model DSL.
package struct LayerDeclaration: Sendable {
    package let name: String
    /// The documentation of the Swift function (its first line is the summary).
    package let documentation: String
    package let parameters: [LayerParameter]
    /// Whether the function returns the tensor it adds (`output`, `model`, `weights` do not).
    package let returnsTensor: Bool
    /// Adds the layer to the builder's graph; the new tensor, or nil for the others.
    package let build: @Sendable (LayerArguments, GraphBuilder) throws(DLCError) -> ValueID?

    init(_ name: String, _ documentation: String, _ parameters: [LayerParameter], returnsTensor: Bool = true,
         _ build: @escaping @Sendable (LayerArguments, GraphBuilder) throws(DLCError) -> ValueID?) {
        self.name = name
        self.documentation = documentation
        self.parameters = parameters
        self.returnsTensor = returnsTensor
        self.build = build
    }

    /// `conv2d(_ x, filters:, kernel:, ...)` as in messages.
    package var signature: String { "\(name)(" + parameters.map(\.spelling).joined(separator: ", ") + ")" }
}

// MARK: - The vocabulary

private let x = LayerParameter(nil, .tensor, name: "x")
private let layerName = LayerParameter("name", .optionalString, .string(nil))
private let activationNone = LayerParameter("activation", .activation, .activation(.none))
private let biasTrue = LayerParameter("bias", .bool, .bool(true))
private let one = LayerArgument.size(Size2D(square: 1))
private let noPadding = LayerArgument.padding(0)

/// The layer of an element-wise function: `hardSigmoid(x, alpha: 0.2, beta: 0.5, name: ...)`.
private func activationLayer(_ kind: ElementwiseFunction.Kind) -> LayerDeclaration {
    let parameters = kind.parameters.map { LayerParameter($0.label, .float, $0.defaultValue.map { .float($0) }) }
    return LayerDeclaration(kind.rawValue, kind.documentation, [x] + parameters + [layerName]) { a, builder throws(DLCError) in
        // The binder gave one Float per parameter, so the function exists.
        let function = ElementwiseFunction(kind, kind.parameters.map { a.float($0.label) })!
        return try builder.activation(a.tensor("x"), function, name: a.layerName)
    }
}

package enum DSLVocabulary {
    /// Every DSL function by name.
    package static let byName: [String: LayerDeclaration] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Every DSL function, in the order of DSL.md.
    package static let all: [LayerDeclaration] = [
        LayerDeclaration("model", "Names the model (the symbol prefix of compiled code); a C identifier.",
                         [LayerParameter(nil, .string, name: "name")], returnsTensor: false) { a, builder throws(DLCError) in
            try builder.setModelName(a.string("name")!)
            return nil
        },
        LayerDeclaration("weights", """
            Names the model's safetensors weights file (in a `.swiftgraph` file, relative to that file).
            """, [LayerParameter(nil, .string, name: "path")], returnsTensor: false) { a, builder throws(DLCError) in
            builder.setWeightsFile(a.string("path")!)
            return nil
        },
        LayerDeclaration("input", """
            A graph input.

            ```swift
            let image = input("image", shape: [1, 3, 224, 224])
            ```
            """, [LayerParameter(nil, .string, name: "name"), LayerParameter("shape", .shape),
                  LayerParameter("dtype", .dtype, .dtype(.float32))]) { a, builder throws(DLCError) in
            try builder.input(a.string("name")!, shape: a.shape("shape"), dtype: a.dtype("dtype"))
        },
        LayerDeclaration("output", "Marks a tensor as a named output.",
                         [LayerParameter(nil, .string, name: "name"), x], returnsTensor: false) { a, builder throws(DLCError) in
            try builder.output(a.string("name")!, a.tensor("x"))
            return nil
        },

        // Convolution
        LayerDeclaration("conv2d", """
            2-D convolution, NCHW input, OIHW weights `NAME.weight` and bias `NAME.bias`.

            ```swift
            x = conv2d(x, filters: 64, kernel: 3, padding: 1, activation: .relu)
            ```
            """, [x, LayerParameter("filters", .int), LayerParameter("kernel", .size), LayerParameter("stride", .size, one),
                  LayerParameter("padding", .padding, noPadding), LayerParameter("dilation", .size, one),
                  LayerParameter("groups", .int, .int(1)), biasTrue, activationNone, layerName]) { a, builder throws(DLCError) in
            try builder.conv2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!, stride: a.size("stride")!,
                               padding: a.padding("padding"), dilation: a.size("dilation")!, groups: a.int("groups"),
                               bias: a.bool("bias"), activation: a.activation("activation"), name: a.layerName)
        },
        LayerDeclaration("depthwiseConv2d", """
            Depthwise convolution: one `kernel` per input channel (`multiplier` of them), weights
            `[C·multiplier, 1, kH, kW]`.

            ```swift
            x = depthwiseConv2d(x, kernel: 3, padding: 1, activation: .clamp(0, 6))
            ```
            """, [x, LayerParameter("kernel", .size), LayerParameter("stride", .size, one), LayerParameter("padding", .padding, noPadding),
                  LayerParameter("dilation", .size, one), LayerParameter("multiplier", .int, .int(1)), biasTrue, activationNone,
                  layerName]) { a, builder throws(DLCError) in
            try builder.depthwiseConv2d(a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride")!,
                                        padding: a.padding("padding"), dilation: a.size("dilation")!,
                                        multiplier: a.int("multiplier"), bias: a.bool("bias"),
                                        activation: a.activation("activation"), name: a.layerName)
        },
        LayerDeclaration("separableConv2d", """
            Depthwise convolution then a 1x1 pointwise convolution (`NAME.depthwise`, `NAME.pointwise`).

            ```swift
            x = separableConv2d(x, filters: 128, kernel: 3, padding: .same, activation: .relu)
            ```
            """, [x, LayerParameter("filters", .int), LayerParameter("kernel", .size), LayerParameter("stride", .size, one),
                  LayerParameter("padding", .padding, noPadding), biasTrue, activationNone, layerName]) { a, builder throws(DLCError) in
            try builder.separableConv2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!,
                                        stride: a.size("stride")!, padding: a.padding("padding"), bias: a.bool("bias"),
                                        activation: a.activation("activation"), name: a.layerName)
        },
        LayerDeclaration("conv2dTranspose", """
            Transposed convolution, weights `[C, filters/groups, kH, kW]`.

            ```swift
            let upsampled = conv2dTranspose(x, filters: 32, kernel: 2, stride: 2)
            ```
            """, [x, LayerParameter("filters", .int), LayerParameter("kernel", .size), LayerParameter("stride", .size, one),
                  LayerParameter("padding", .padding, noPadding), LayerParameter("outputPadding", .size, .size(Size2D(square: 0))),
                  LayerParameter("dilation", .size, one), LayerParameter("groups", .int, .int(1)), biasTrue, activationNone,
                  layerName]) { a, builder throws(DLCError) in
            try builder.conv2dTranspose(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!,
                                        stride: a.size("stride")!, padding: a.padding("padding"),
                                        outputPadding: a.size("outputPadding")!, dilation: a.size("dilation")!,
                                        groups: a.int("groups"), bias: a.bool("bias"),
                                        activation: a.activation("activation"), name: a.layerName)
        },

        // Pooling
        LayerDeclaration("maxPool2d", """
            Max pooling; `stride: nil` means the kernel size.

            ```swift
            x = maxPool2d(x, kernel: 3, stride: 2, padding: 1)
            ```
            """, [x, LayerParameter("kernel", .size), LayerParameter("stride", .optionalSize, .size(nil)),
                  LayerParameter("padding", .padding, noPadding), LayerParameter("ceilMode", .bool, .bool(false)),
                  layerName]) { a, builder throws(DLCError) in
            try builder.pool2d(.max, a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride"),
                               padding: a.padding("padding"), ceilMode: a.bool("ceilMode"), name: a.layerName)
        },
        LayerDeclaration("avgPool2d", """
            Average pooling; by default padded elements are not counted in the divisor.

            ```swift
            x = avgPool2d(x, kernel: 2)
            ```
            """, [x, LayerParameter("kernel", .size), LayerParameter("stride", .optionalSize, .size(nil)),
                  LayerParameter("padding", .padding, noPadding), LayerParameter("ceilMode", .bool, .bool(false)),
                  LayerParameter("countIncludePad", .bool, .bool(false)), layerName]) { a, builder throws(DLCError) in
            try builder.pool2d(.average, a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride"),
                               padding: a.padding("padding"), ceilMode: a.bool("ceilMode"),
                               countIncludePad: a.bool("countIncludePad"), name: a.layerName)
        },
        LayerDeclaration("globalAvgPool2d", "Average over each channel: `[N, C, H, W]` to `[N, C, 1, 1]`.",
                         [x, layerName]) { a, builder throws(DLCError) in
            try builder.globalPool2d(.average, a.tensor("x"), name: a.layerName)
        },
        LayerDeclaration("globalMaxPool2d", "Maximum over each channel: `[N, C, H, W]` to `[N, C, 1, 1]`.",
                         [x, layerName]) { a, builder throws(DLCError) in
            try builder.globalPool2d(.max, a.tensor("x"), name: a.layerName)
        },

        // Dense and shape
        LayerDeclaration("dense", """
            Fully connected layer over `[batch, features]`, weights `NAME.weight` `[units, features]`.

            ```swift
            let logits = dense(flatten(x), units: 10)
            ```
            """, [x, LayerParameter("units", .int), biasTrue, activationNone, layerName]) { a, builder throws(DLCError) in
            try builder.dense(a.tensor("x"), units: a.int("units"), bias: a.bool("bias"),
                              activation: a.activation("activation"), name: a.layerName)
        },
        LayerDeclaration("flatten", "`[N, ...]` to `[N, product of the rest]`.", [x, layerName]) { a, builder throws(DLCError) in
            try builder.flatten(a.tensor("x"), name: a.layerName)
        },
        LayerDeclaration("reshape", "A new full shape for the same elements; one entry may be `-1`.",
                         [x, LayerParameter(nil, .shape, name: "shape"), layerName]) { a, builder throws(DLCError) in
            try builder.reshape(a.tensor("x"), a.shape("shape"), name: a.layerName)
        },
        LayerDeclaration("transpose", """
            Permutes the axes: output axis `i` is input axis `permutation[i]` (NumPy's `transpose`).

            ```swift
            // A channel shuffle of 2 groups: [N, C, H, W] → [N, 2, C/2, H, W] → swap → [N, C, H, W].
            x = reshape(transpose(reshape(x, [1, 2, 8, 7, 7]), [0, 2, 1, 3, 4]), [1, 16, 7, 7])
            ```
            """, [x, LayerParameter(nil, .shape, name: "permutation"), layerName]) { a, builder throws(DLCError) in
            try builder.transpose(a.tensor("x"), a.shape("permutation"), name: a.layerName)
        },
        LayerDeclaration("slice", "Entries `start ..< start + count` of one axis; the other axes are kept.",
                         [x, LayerParameter("axis", .int), LayerParameter("start", .int), LayerParameter("count", .int), layerName]) { a, builder throws(DLCError) in
            try builder.slice(a.tensor("x"), axis: a.int("axis"), start: a.int("start"), count: a.int("count"), name: a.layerName)
        },
        LayerDeclaration("dropout", "Identity at inference.", [x, LayerParameter("rate", .float), layerName]) { a, builder throws(DLCError) in
            try builder.dropout(a.tensor("x"), rate: a.float("rate"), name: a.layerName)
        },
        LayerDeclaration("zeroPadding2d", "Explicit zero padding: `Int`, `(h, w)` or `(top, left, bottom, right)`.",
                         [x, LayerParameter("padding", .padding), layerName]) { a, builder throws(DLCError) in
            try builder.zeroPadding2d(a.tensor("x"), padding: a.padding("padding"), name: a.layerName)
        },
        LayerDeclaration("pad2d", """
            Explicit padding: `Int`, `(h, w)` or `(top, left, bottom, right)`, filled with `value` \
            (`.constant`), the image mirrored (`.reflect`), its edge repeated (`.edge`) or its \
            opposite side (`.wrap`).
            """,
                         [x, LayerParameter("padding", .padding), LayerParameter("mode", .paddingMode, .paddingMode(.constant)),
                          LayerParameter("value", .float, .float(0)), layerName]) { a, builder throws(DLCError) in
            try builder.pad2d(a.tensor("x"), padding: a.padding("padding"), mode: a.paddingMode("mode"), value: a.float("value"),
                              name: a.layerName)
        },
        LayerDeclaration("constant", """
            A constant tensor of `shape`: one value everywhere, or `values` in C order.

            ```swift
            let scale = constant(0.5, shape: [1, 64, 1, 1])
            ```
            """, [LayerParameter(nil, .floats, name: "values"), LayerParameter("shape", .shape), layerName]) { a, builder throws(DLCError) in
            try builder.constant(a.floats("values"), shape: a.shape("shape"), name: a.layerName)
        },

        // Normalization
        LayerDeclaration("batchNorm", """
            Inference batch normalization over axis 1 with `NAME.weight`, `.bias`, `.running_mean`, `.running_var`.
            """, [x, LayerParameter("epsilon", .float, .float(1e-5)), layerName]) { a, builder throws(DLCError) in
            try builder.batchNorm(a.tensor("x"), epsilon: a.float("epsilon"), name: a.layerName)
        },
        LayerDeclaration("lrn", """
            Local response normalization across channels (AlexNet). The window of channel c runs from
            `c - size/2` to `c + (size-1)/2` (PyTorch's); `moreChannelsAfter: true` gives an even window
            its extra channel after c instead, `c - (size-1)/2` to `c + size/2` (ONNX's).

            ```swift
            x = lrn(x, size: 5, alpha: 1e-4, beta: 0.75, k: 2.0)
            ```
            """, [
            x, LayerParameter("size", .int, .int(5)), LayerParameter("alpha", .float, .float(1e-4)),
            LayerParameter("beta", .float, .float(0.75)), LayerParameter("k", .float, .float(2.0)),
            LayerParameter("moreChannelsAfter", .bool, .bool(false)), layerName,
        ]) { a, builder throws(DLCError) in
            try builder.lrn(a.tensor("x"), size: a.int("size"), alpha: a.float("alpha"), beta: a.float("beta"),
                            k: a.float("k"), moreChannelsAfter: a.bool("moreChannelsAfter"), name: a.layerName)
        },

        // Activations: one layer per element-wise function (ElementwiseFunction.Kind).
    ] + ElementwiseFunction.Kind.allCases.map(activationLayer) + [
        LayerDeclaration("softmax", "Softmax over `axis` (the last by default).",
                         [x, LayerParameter("axis", .int, .int(-1)), layerName]) { a, builder throws(DLCError) in
            try builder.softmax(a.tensor("x"), axis: a.int("axis"), name: a.layerName)
        },
        LayerDeclaration("logSoftmax", "The logarithm of the softmax over `axis`, computed stably.",
                         [x, LayerParameter("axis", .int, .int(-1)), layerName]) { a, builder throws(DLCError) in
            try builder.softmax(a.tensor("x"), axis: a.int("axis"), log: true, name: a.layerName)
        },

        // Element-wise and concatenation
        LayerDeclaration("add", "Element-wise sum with NumPy broadcasting (also `a + b`).",
                         [LayerParameter(nil, .tensor, name: "a"), LayerParameter(nil, .tensor, name: "b"), layerName]) { a, builder throws(DLCError) in
            try builder.binary(.add, a.tensor("a"), a.tensor("b"), name: a.layerName)
        },
        LayerDeclaration("subtract", "Element-wise difference `a - b` with NumPy broadcasting (also `a - b`).",
                         [LayerParameter(nil, .tensor, name: "a"), LayerParameter(nil, .tensor, name: "b"), layerName]) { a, builder throws(DLCError) in
            try builder.binary(.subtract, a.tensor("a"), a.tensor("b"), name: a.layerName)
        },
        LayerDeclaration("multiply", "Element-wise product with NumPy broadcasting (also `a * b`).",
                         [LayerParameter(nil, .tensor, name: "a"), LayerParameter(nil, .tensor, name: "b"), layerName]) { a, builder throws(DLCError) in
            try builder.binary(.multiply, a.tensor("a"), a.tensor("b"), name: a.layerName)
        },
        LayerDeclaration("gather", """
            Entries of `x` along `axis` picked by integer `indices` computed at run time (NumPy's \
            `take`): shape `x[..<axis] + indices + x[(axis+1)...]`; negative indices count from the \
            end, others outside the axis are a run-time error.
            """,
                         [LayerParameter(nil, .tensor, name: "x"), LayerParameter(nil, .tensor, name: "indices"),
                          LayerParameter("axis", .int, .int(0)), layerName]) { a, builder throws(DLCError) in
            try builder.gather(a.tensor("x"), a.tensor("indices"), axis: a.int("axis"), name: a.layerName)
        },
        LayerDeclaration("matmul", """
            The matrix product of the last two axes, the axes before them broadcast (NumPy's \
            `matmul`; a 1-D `a` is a row, a 1-D `b` a column). `dense` is the layer for a product \
            with weights.
            """,
                         [LayerParameter(nil, .tensor, name: "a"), LayerParameter(nil, .tensor, name: "b"), layerName]) { a, builder throws(DLCError) in
            try builder.matmul(a.tensor("a"), a.tensor("b"), name: a.layerName)
        },
        LayerDeclaration("divide", "Element-wise quotient `a / b` with NumPy broadcasting (also `a / b`).",
                         [LayerParameter(nil, .tensor, name: "a"), LayerParameter(nil, .tensor, name: "b"), layerName]) { a, builder throws(DLCError) in
            try builder.binary(.divide, a.tensor("a"), a.tensor("b"), name: a.layerName)
        },
        LayerDeclaration("concat", """
            Joins tensors along `axis` (channels by default).

            ```swift
            let block = concat([branch1, branch2, branch3, branch4])
            ```
            """, [LayerParameter(nil, .tensors, name: "xs"), LayerParameter("axis", .int, .int(1)), layerName]) { a, builder throws(DLCError) in
            try builder.concat(a.tensors("xs"), axis: a.int("axis"), name: a.layerName)
        },

        // Sequences
        LayerDeclaration("embedding", """
            Token indices `[N, T]` to vectors `[N, T, dimension]`, table `NAME.weight` `[vocabulary, dimension]`.
            """, [LayerParameter(nil, .tensor, name: "tokens"), LayerParameter("vocabulary", .int), LayerParameter("dimension", .int),
                  layerName]) { a, builder throws(DLCError) in
            try builder.embedding(a.tensor("tokens"), vocabulary: a.int("vocabulary"), dimension: a.int("dimension"),
                                  name: a.layerName)
        },
        LayerDeclaration("simpleRNN", "Elman RNN: `h' = activation(W_ih x + b_ih + W_hh h + b_hh)`.", [
            x, LayerParameter("units", .int), LayerParameter("activation", .activation, .activation(.elementwise(.tanh))),
            LayerParameter("returnSequences", .bool, .bool(false)), LayerParameter("direction", .direction, .direction(.forward)),
            layerName,
        ]) { a, builder throws(DLCError) in
            let activation = a.activation("activation")
            guard let function = activation.elementwise else {
                throw DLCError("a simple RNN needs an element-wise activation, got \(activation)")
            }
            return try builder.recurrent(.simple(function), a.tensor("x"), units: a.int("units"),
                                  returnSequences: a.bool("returnSequences"), direction: a.direction("direction"),
                                  name: a.layerName)
        },
        LayerDeclaration("lstm", """
            LSTM with PyTorch's gates (i, f, g, o) and weights; `peephole: true` adds Gers & Schmidhuber's
            peepholes (i and f see c(t-1), o sees c(t); weights `NAME.weight_peephole_l0` `[3, units]`).

            ```swift
            let h = lstm(x, units: 64, peephole: true)
            ```
            """, [x, LayerParameter("units", .int), LayerParameter("returnSequences", .bool, .bool(false)),
                  LayerParameter("direction", .direction, .direction(.forward)), LayerParameter("peephole", .bool, .bool(false)),
                  layerName]) { a, builder throws(DLCError) in
            try builder.recurrent(.lstm, a.tensor("x"), units: a.int("units"), returnSequences: a.bool("returnSequences"),
                                  direction: a.direction("direction"), peephole: a.bool("peephole"), name: a.layerName)
        },
        LayerDeclaration("convLSTM2d", """
            A convolutional LSTM (Shi et al. 2015) over frames `[N, T, C, H, W]`: gates from convolutions
            of the frame and of the state (plus peepholes V∘c with `peephole: true`), output the last
            state `[N, F, H, W]` or every step's (`returnSequences`). Weights `NAME.weight_ih`
            `[4F, C, kh, kw]`, `NAME.weight_hh` `[4F, F, kh, kw]`, `NAME.bias` `[4F]` (gates i, f, g, o),
            `NAME.weight_peephole` `[3, F, H, W]` (i, f, o).

            ```swift
            let h = convLSTM2d(frames, filters: 16, kernel: 3, returnSequences: true)
            ```
            """, [x, LayerParameter("filters", .int), LayerParameter("kernel", .size), LayerParameter("padding", .padding, .padding(.same)),
                  LayerParameter("returnSequences", .bool, .bool(false)), LayerParameter("peephole", .bool, .bool(false)),
                  LayerParameter("direction", .direction, .direction(.forward)), layerName]) { a, builder throws(DLCError) in
            try builder.convLSTM2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!, padding: a.padding("padding"),
                                   returnSequences: a.bool("returnSequences"), peephole: a.bool("peephole"),
                                   direction: a.direction("direction"), name: a.layerName)
        },
        LayerDeclaration("gru", """
            GRU with PyTorch's gates (r, z, n) and weights. `resetAfter: false` applies the reset gate to
            the state before the candidate's recurrent product, `n = tanh(W_in x + b_in + W_hn (r·h) + b_hn)`
            (Cho et al. 2014, Keras' `reset_after=False`, ONNX's `linear_before_reset = 0`) instead of
            after it, `n = tanh(W_in x + b_in + r·(W_hn h + b_hn))`.

            ```swift
            let h = gru(tokens, units: 64, resetAfter: false)
            ```
            """, [
            x, LayerParameter("units", .int), LayerParameter("returnSequences", .bool, .bool(false)),
            LayerParameter("direction", .direction, .direction(.forward)), LayerParameter("resetAfter", .bool, .bool(true)), layerName,
        ]) { a, builder throws(DLCError) in
            try builder.recurrent(.gru, a.tensor("x"), units: a.int("units"), returnSequences: a.bool("returnSequences"),
                                  direction: a.direction("direction"), resetAfter: a.bool("resetAfter"), name: a.layerName)
        },
    ]
}

// What the generated Swift API of the DSL (DLCDSL/Layers+Generated.swift) is made of: the one
// function every DSL call goes through, and the arguments it passes on.

/// An argument of a generated DSL function on its way to the declaration's `build`.
package enum SwiftArgument {
    case tensor(Tensor)
    case tensors([Tensor])
    case value(LayerArgument)
}

/// Runs one DSL call: finds the builder, skips after an earlier error (a tensor argument without
/// a value), records the location, builds the layer through its declaration, and records any
/// error for `Graph.build` to throw.
package func dslLayer(_ function: String, _ file: String, _ line: Int, _ arguments: [(String, SwiftArgument)]) -> Tensor {
    let tensors = arguments.flatMap { argument -> [Tensor] in
        switch argument.1 {
        case .tensor(let tensor): [tensor]
        case .tensors(let list): list
        case .value: []
        }
    }
    guard let builder = tensors.first?.builder ?? GraphBuilder.current else {
        preconditionFailure("dlc DSL functions must be called inside Graph.build { ... }")
    }
    guard tensors.allSatisfy({ $0.value != nil }) else { return Tensor(nil, builder) }
    var values: [String: LayerArgument] = [:]
    for (name, argument) in arguments {
        switch argument {
        case .tensor(let tensor): values[name] = .tensor(tensor.value!)
        case .tensors(let list): values[name] = .tensors(list.map { $0.value! })
        case .value(let value): values[name] = value
        }
    }
    builder.location = SourceLocation(file: file, line: line)
    do {
        return Tensor(try DSLVocabulary.byName[function]!.build(LayerArguments(values), builder), builder)
    } catch {
        var located = error
        if located.location == nil { located.location = builder.location }
        builder.record(located)
        return Tensor(nil, builder)
    }
}

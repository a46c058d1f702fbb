import DLCGraph
import Foundation
import SwiftSyntax

// Calls: DSL functions bound against their declarations, the file's own functions, and the few
// Swift built-ins a model file may use.

extension SwiftGraphEvaluator {
    func evaluateCall(_ call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        if let closure = call.trailingClosure { throw failure("unsupported Swift construct: trailing closure", at: closure) }
        var arguments: [(label: String?, value: ScriptValue, node: LabeledExprSyntax)] = []
        for argument in call.arguments {
            arguments.append((argument.label?.text, try evaluate(argument.expression), argument))
        }
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            if member.base == nil {
                if let labeled = arguments.first(where: { $0.label != nil }) {
                    throw failure("unexpected argument label '\(labeled.label!):' in .\(member.declName.baseName.text)(...)", at: labeled.node)
                }
                return .member(member.declName.baseName.text, arguments.map(\.value))
            }
            return try callMethod(member, arguments.map(\.value), at: call)
        }
        guard let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) else {
            throw failure("unsupported Swift construct: call of \(describe(call.calledExpression))", at: call.calledExpression)
        }
        let name = reference.baseName.text
        if let function = lookupFunction(name) { return try callUser(function, arguments, at: call) }
        if let function = DSLVocabulary.byName[name] { return try callDSL(function, arguments, at: call) }
        if let value = try callSwiftBuiltin(name, arguments.map(\.value), at: call) { return value }
        throw failure("cannot find '\(name)' in scope\(didYouMean(name, among: functionNames))", at: reference)
    }

    /// `array.append(x)` on a variable.
    func callMethod(_ member: MemberAccessExprSyntax, _ arguments: [ScriptValue],
                            at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        let method = member.declName.baseName.text
        guard method == "append", arguments.count == 1, let base = member.base?.as(DeclReferenceExprSyntax.self),
              case .array? = lookup(base.baseName.text)?.value else {
            throw failure("unsupported Swift construct: method call '.\(method)(...)'", at: member)
        }
        try modify(base.baseName.text, at: base) { value in
            // The array is taken out of the variable before it grows, so that nothing else holds
            // it and it grows in place: assigning `elements + [element]` copied it at every
            // append, quadratic in a loop that collects layers.
            guard case .array(var elements) = value else { return }
            value = .void
            elements.append(arguments[0])
            value = .array(elements)
        }
        return .void
    }

    func callDSL(_ function: LayerDeclaration, _ arguments: [(label: String?, value: ScriptValue, node: LabeledExprSyntax)],
                         at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        var values: [String: LayerArgument] = [:]
        var next = 0
        for parameter in function.parameters {
            if next < arguments.count, arguments[next].label == parameter.label {
                let argument = arguments[next]
                guard let value = argument.value.argument(for: parameter.type) else {
                    throw failure("\(function.name): argument '\(parameter.spelling)' expects \(parameter.type.expectation), "
                                  + "got \(argument.value.text)", at: argument.node)
                }
                values[parameter.name] = value
                next += 1
            } else if let defaultValue = parameter.defaultValue {
                values[parameter.name] = defaultValue
            } else if next < arguments.count, !function.parameters.contains(where: { $0.label == arguments[next].label }) {
                let label = arguments[next].label.map { "'\($0):'" } ?? "without a label"
                throw failure("\(function.name): unknown argument \(label); expected \(function.signature)", at: arguments[next].node)
            } else {
                let node = next < arguments.count ? Syntax(arguments[next].node) : Syntax(call)
                throw failure("\(function.name): missing argument '\(parameter.spelling)'; expected \(function.signature)", at: node)
            }
        }
        if next < arguments.count {
            let extra = arguments[next]
            let spelling = extra.label.map { "'\($0):'" } ?? "without a label"
            let known = function.parameters.contains { $0.label == extra.label }
            throw failure(known
                ? "\(function.name): argument \(spelling) is out of order; expected \(function.signature)"
                : "\(function.name): unknown argument \(spelling); expected \(function.signature)", at: extra.node)
        }
        // A weights file is named relative to the model file, and stays beside it: a model file
        // from elsewhere must not make dlc read /etc/passwd (`--weights` names any file).
        if function.name == "weights", case .string(let path?)? = values["path"] {
            let directory = URL(fileURLWithPath: source.path).deletingLastPathComponent().path
            do {
                values["path"] = .string(try pathInsideModelDirectory(path, directory: directory, what: "weights: the path"))
            } catch {
                throw failure(error.message + " (give another file with --weights)", at: call)
            }
        }
        let builder = self.builder
        return try buildLayer(at: call) { () throws(DLCError) in
            try function.build(LayerArguments(values), builder).map { .tensor($0) } ?? .void
        }
    }

    /// Runs a builder call with this call site as the layer's location.
    func buildLayer(at node: some SyntaxProtocol, _ body: () throws(DLCError) -> ScriptValue) throws(DLCError) -> ScriptValue {
        let here = location(of: node)
        builder.location = here
        builder.callSites = callStack.reversed().map(\.location)
        do {
            return try body()
        } catch {
            throw located(error, at: here)
        }
    }

    func callUser(_ function: FunctionDeclSyntax, _ arguments: [(label: String?, value: ScriptValue, node: LabeledExprSyntax)],
                          at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        let name = function.name.text
        guard callStack.count < maximumCallDepth else {
            throw failure("calls nest deeper than \(maximumCallDepth) levels (unbounded recursion in '\(name)'?)", at: call)
        }
        guard let body = function.body else { throw failure("function '\(name)' has no body", at: function) }
        var parameters: [String: ScriptValue] = [:]
        var next = 0
        for parameter in function.signature.parameterClause.parameters {
            let label = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
            let internalName = (parameter.secondName ?? parameter.firstName).text
            let value: ScriptValue
            if next < arguments.count, arguments[next].label == label {
                value = arguments[next].value
                try check(value, against: parameter.type, function: name, parameter: internalName, at: arguments[next].node)
                next += 1
            } else if let defaultValue = parameter.defaultValue {
                value = try evaluate(defaultValue.value)
            } else {
                throw failure("missing argument '\(label.map { "\($0):" } ?? "_ \(internalName)")' in call to '\(name)'", at: call)
            }
            parameters[internalName] = value
        }
        if next < arguments.count {
            throw failure("extra argument '\(arguments[next].label.map { "\($0):" } ?? arguments[next].node.trimmedDescription)' in call to '\(name)'",
                          at: arguments[next].node)
        }
        // A function sees the top-level names and its parameters, as a Swift top-level function does.
        let savedScopes = scopes, savedFunctions = functions
        scopes = [scopes[0], parameters.mapValues { Binding(value: $0, isMutable: false) }]
        functions = [functions[0]]
        callStack.append((name, location(of: call)))
        defer {
            scopes = savedScopes
            functions = savedFunctions
            callStack.removeLast()
        }
        let flow = try executeBlock(body)
        var result = ScriptValue.void
        if case .returned(let value) = flow { result = value }
        if let returnType = function.signature.returnClause?.type {
            try check(result, against: returnType, function: name, parameter: nil, at: function.signature)
        }
        return result
    }

    /// Checks a value against a declared Swift type where the type is one the DSL knows.
    func check(_ value: ScriptValue, against type: TypeSyntax, function: String, parameter: String?,
                       at node: some SyntaxProtocol) throws(DLCError) {
        let expected = type.trimmedDescription
        let fits: Bool
        switch (expected, value) {
        case ("Tensor", .tensor), ("Int", .int), ("Bool", .bool), ("String", .string), ("Float", .float), ("Float", .int),
             ("Double", .float), ("Double", .int):
            fits = true
        case ("Tensor", _), ("Int", _), ("Bool", _), ("String", _), ("Float", _), ("Double", _):
            fits = false
        case ("[Tensor]", .array(let elements)):
            fits = elements.allSatisfy { if case .tensor = $0 { true } else { false } }
        case ("[Int]", .array(let elements)):
            fits = elements.allSatisfy { $0.intValue != nil }
        default:
            fits = true
        }
        guard fits else {
            let what = parameter.map { "argument '\($0)' of '\(function)'" } ?? "'\(function)' returns"
            throw failure("\(what) expects \(expected), got \(value.typeName)", at: node)
        }
    }

    /// The few Swift standard functions channel arithmetic needs: min, max, abs, Int, Float, Double.
    /// The Swift standard library functions a model file may call.
    static let swiftBuiltins = ["min", "max", "abs", "Int", "Float", "Double"]

    func callSwiftBuiltin(_ name: String, _ arguments: [ScriptValue], at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue? {
        guard Self.swiftBuiltins.contains(name) else { return nil }
        let integers = arguments.compactMap(\.intValue)
        let numbers = arguments.compactMap(\.numberValue)
        switch name {
        case "min" where integers.count == 2 && arguments.count == 2: return .int(Swift.min(integers[0], integers[1]))
        case "max" where integers.count == 2 && arguments.count == 2: return .int(Swift.max(integers[0], integers[1]))
        case "min" where numbers.count == 2 && arguments.count == 2: return .float(Swift.min(numbers[0], numbers[1]))
        case "max" where numbers.count == 2 && arguments.count == 2: return .float(Swift.max(numbers[0], numbers[1]))
        case "abs" where integers.count == 1 && arguments.count == 1: return .int(Swift.abs(integers[0]))
        case "abs" where numbers.count == 1 && arguments.count == 1: return .float(Swift.abs(numbers[0]))
        case "Int" where numbers.count == 1 && arguments.count == 1:
            guard numbers[0].isFinite, Swift.abs(numbers[0]) < 9e18 else { throw failure("Int(\(numbers[0])) is out of range", at: call) }
            return .int(Int(numbers[0]))
        case "Float" where numbers.count == 1 && arguments.count == 1, "Double" where numbers.count == 1 && arguments.count == 1:
            return .float(numbers[0])
        default:
            throw failure("no overload of '\(name)' takes (\(arguments.map(\.typeName).joined(separator: ", ")))", at: call)
        }
    }

    func describe(_ node: some SyntaxProtocol) -> String {
        switch Syntax(node).kind {
        case .whileStmt: "'while' loop"
        case .repeatStmt: "'repeat' loop"
        case .guardStmt: "'guard' statement"
        case .switchExpr: "'switch'"
        case .closureExpr: "closure"
        case .classDecl: "class declaration"
        case .structDecl: "struct declaration"
        case .enumDecl: "enum declaration"
        case .protocolDecl: "protocol declaration"
        case .extensionDecl: "extension"
        case .doStmt: "'do' block"
        case .deferStmt: "'defer'"
        case .throwStmt: "'throw'"
        case .tryExpr: "'try'"
        case .awaitExpr: "'await'"
        case .forceUnwrapExpr: "force unwrap '!'"
        case .optionalChainingExpr: "optional chaining"
        case .dictionaryExpr: "dictionary literal"
        case .macroExpansionExpr, .macroExpansionDecl: "macro"
        case let kind: "\(kind)"
        }
    }
}

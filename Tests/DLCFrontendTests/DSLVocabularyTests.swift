@testable import DLCFrontend
import DLCTestSupport
import Foundation
import SwiftParser
import SwiftSyntax
import Testing

/// The `.swiftgraph` evaluator and the Swift API must offer the same functions with the same
/// labels and defaults (DSL.md). This reads the Swift API's declarations from its source with
/// SwiftParser and compares them with the evaluator's table.
@Suite struct DSLVocabularyTests {
    struct Declared: Equatable, CustomStringConvertible {
        var labels: [String?]
        var defaults: [ScriptValue?]
        var description: String {
            zip(labels, defaults).map { "\($0 ?? "_"):\($1.map { "=\($0.text)" } ?? "")" }.joined(separator: " ")
        }
    }

    /// Public functions of Layers.swift, overloads merged (a default from any overload counts).
    func swiftAPI() throws -> [String: Declared] {
        let path = "\(packageRoot)/Sources/DLCGraph/DSL/Layers.swift"
        let tree = Parser.parse(source: try String(contentsOfFile: path, encoding: .utf8))
        var result: [String: Declared] = [:]
        for statement in tree.statements {
            guard let function = statement.item.as(FunctionDeclSyntax.self),
                  function.modifiers.contains(where: { $0.name.tokenKind == .keyword(.public) }) else { continue }
            let parameters = function.signature.parameterClause.parameters.filter {
                !["file", "line"].contains($0.firstName.text)
            }
            let declared = Declared(
                labels: parameters.map { $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text },
                defaults: parameters.map { $0.defaultValue.map { literal($0.value) } })
            if var existing = result[function.name.text] {
                #expect(existing.labels == declared.labels, "overloads of \(function.name.text) differ in labels")
                existing.defaults = zip(existing.defaults, declared.defaults).map { $0 ?? $1 }
                result[function.name.text] = existing
            } else {
                result[function.name.text] = declared
            }
        }
        return result
    }

    func literal(_ expression: ExprSyntax) -> ScriptValue {
        if let integer = expression.as(IntegerLiteralExprSyntax.self) { return .int(Int(integer.literal.text)!) }
        if let float = expression.as(FloatLiteralExprSyntax.self) { return .float(Double(float.literal.text)!) }
        if let boolean = expression.as(BooleanLiteralExprSyntax.self) { return .bool(boolean.literal.text == "true") }
        if expression.is(NilLiteralExprSyntax.self) { return .none }
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil { return .member(member.declName.baseName.text, []) }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), case .int(let value) = literal(prefix.expression) { return .int(-value) }
        Issue.record("unexpected default \(expression)")
        return .void
    }

    @Test func swiftAPIAndEvaluatorAgree() throws {
        let api = try swiftAPI()
        #expect(Set(api.keys) == Set(dslFunctions.keys))
        for (name, function) in dslFunctions {
            let table = Declared(labels: function.parameters.map(\.label), defaults: function.parameters.map(\.defaultValue))
            #expect(api[name] == table, "\(name): Swift API \(api[name].map(\.description) ?? "missing") vs evaluator \(table)")
        }
    }

    @Test func everyFunctionOfDSLMdExists() {
        let vocabulary = ["input", "output", "conv2d", "depthwiseConv2d", "separableConv2d", "conv2dTranspose", "maxPool2d",
                          "avgPool2d", "globalAvgPool2d", "globalMaxPool2d", "dense", "flatten", "reshape", "dropout",
                          "batchNorm", "lrn", "relu", "leakyRelu", "sigmoid", "tanh", "softmax", "logSoftmax", "add",
                          "multiply", "concat", "embedding", "simpleRNN", "lstm", "convLSTM2d", "gru", "model", "weights"]
        for name in vocabulary { #expect(dslFunctions[name] != nil, "\(name)") }
    }
}

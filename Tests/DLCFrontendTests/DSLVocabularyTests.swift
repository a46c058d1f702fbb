@testable import DLCFrontend
import DLCGraph
import DLCTestSupport
import Foundation
import SwiftParser
import SwiftSyntax
import Testing

/// The DSL is declared once (DSLVocabulary); the `.swiftgraph` evaluator binds calls against the
/// declarations and the Swift API is generated from them. These check the generated file is
/// current, says what the declarations say, rejects mistyped arguments at compile time, and that
/// DSL.md lists every function.
@Suite struct DSLVocabularyTests {
    static let generatedPath = "\(packageRoot)/Sources/DLCDSL/Layers+Generated.swift"

    @Test func generatedSwiftAPIIsCurrent() throws {
        let committed = try String(contentsOfFile: Self.generatedPath, encoding: .utf8)
        #expect(committed == SwiftAPIRenderer.render(), "Layers+Generated.swift is stale: run swift run dlc-generate-dsl")
        let activations = try String(contentsOfFile: "\(packageRoot)/Sources/DLCDSL/Activation+Generated.swift", encoding: .utf8)
        #expect(activations == SwiftAPIRenderer.renderActivations(), "Activation+Generated.swift is stale: run swift run dlc-generate-dsl")
    }

    struct Overload {
        var labels: [String?]
        var defaults: [String: ExprSyntax]   // parameter label (or `_`) → default as written
    }

    /// A default value as the `.swiftgraph` evaluator reads it.
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

    /// The public functions of the generated file, read back with SwiftParser.
    func generatedFunctions() throws -> [String: [Overload]] {
        let tree = Parser.parse(source: try String(contentsOfFile: Self.generatedPath, encoding: .utf8))
        var result: [String: [Overload]] = [:]
        for statement in tree.statements {
            guard let function = statement.item.as(FunctionDeclSyntax.self) else { continue }
            #expect(function.modifiers.contains { $0.name.tokenKind == .keyword(.public) }, "\(function.name.text) is not public")
            let parameters = function.signature.parameterClause.parameters.filter { !["file", "line"].contains($0.firstName.text) }
            var overload = Overload(labels: [], defaults: [:])
            for parameter in parameters {
                let label = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
                overload.labels.append(label)
                if let value = parameter.defaultValue?.value { overload.defaults[label ?? "_"] = value }
            }
            result[function.name.text, default: []].append(overload)
        }
        return result
    }

    @Test func swiftAPISaysWhatTheDeclarationsSay() throws {
        let functions = try generatedFunctions()
        #expect(Set(functions.keys) == Set(DSLVocabulary.byName.keys))
        for declaration in DSLVocabulary.all {
            let overloads = functions[declaration.name] ?? []
            let labels = declaration.parameters.map(\.label)
            // Every overload has the declared labels in order; only an optional size may be left out.
            for overload in overloads {
                var remaining = overload.labels[...]
                for parameter in declaration.parameters {
                    if remaining.first == parameter.label {
                        remaining.removeFirst()
                    } else {
                        #expect(parameter.type == .optionalSize, "\(declaration.name): overload lacks \(parameter.spelling)")
                    }
                }
                #expect(remaining.isEmpty, "\(declaration.name): labels \(overload.labels) vs \(labels)")
            }
            // The first overload carries every default, and a .swiftgraph file reading the Swift
            // default gets the value the evaluator applies.
            for parameter in declaration.parameters where parameter.type != .optionalSize {
                let written = overloads.first?.defaults[parameter.label ?? "_"]
                #expect(written.flatMap { literal($0).argument(for: parameter.type) } == parameter.defaultValue,
                        "\(declaration.name): default of \(parameter.spelling): \(written.map(\.trimmedDescription) ?? "none")")
            }
        }
        // Each spelling of a size is an overload: Int or Size2D, or (Int, Int), for each.
        #expect(functions["conv2d"]?.count == 2 * 2 * 2 * 4)
        #expect(functions["maxPool2d"]?.count == 2 * 3 * 4)
    }

    /// Type-checks each expression in a function of its own (so each gets its own errors)
    /// against the built DLCDSL module; expression `i` is on line `3 + i`.
    func typecheck(_ expressions: [String]) throws -> CommandResult {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = "\(directory)/model.swift"
        let functions = expressions.enumerated().map { "func check\($0.offset)(_ x: Tensor) { _ = \($0.element) }" }
        try (["import DLCDSL", "let k = 3"] + functions).joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("Modules").path
        return try runProgram("/usr/bin/env", ["swiftc", "-typecheck", "-I", modules, file])
    }

    @Test func sizeAndPaddingArgumentsAreTypedAtCompileTime() throws {
        let accepted = try typecheck([
            "conv2d(x, filters: 8, kernel: (1, 7), stride: k, padding: (0, 3), dilation: (1, 2))",
            "maxPool2d(conv2d(x, filters: 8, kernel: k, padding: .same), kernel: 2, stride: (2, 1), padding: k - 2)",
            "conv2dTranspose(x, filters: 4, kernel: Size2D(2, 3), stride: 2, padding: (0, 1, 1, 0), outputPadding: (1, 0))",
        ])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        // One mistyped argument per line: each line gets its own error.
        let rejected = try typecheck([
            #"conv2d(x, filters: 8, kernel: "x")"#,
            "maxPool2d(x, kernel: 2, stride: 1.5)",
            #"conv2d(x, filters: 8, kernel: 3, padding: "same")"#,
        ])
        #expect(rejected.status != 0, "mistyped arguments type-checked")
        for line in 3...5 {
            #expect(rejected.standardError.contains("model.swift:\(line):"), "no error on line \(line): \(rejected.standardError)")
        }
    }

    @Test func dslMdListsEveryFunction() throws {
        let reference = try String(contentsOfFile: "\(packageRoot)/docs/DSL.md", encoding: .utf8)
        for name in DSLVocabulary.byName.keys {
            #expect(reference.contains("`\(name)(") || reference.contains(" \(name)("), "docs/DSL.md does not list \(name)")
        }
    }
}

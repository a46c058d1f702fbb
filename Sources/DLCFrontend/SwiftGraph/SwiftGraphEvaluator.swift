import DLCGraph
import Foundation
import SwiftOperators
import SwiftParser
import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Evaluates a `.swiftgraph` model file into a ``Graph``.
///
/// The file is Swift source in the DSL vocabulary (DSL.md), parsed by swift-syntax's `SwiftParser`
/// and evaluated statement by statement: `let`/`var`, assignment, calls with labels and defaults,
/// literals, implicit members (`.relu`, `.same`, `.leakyRelu(0.1)`), `+`/`*` on tensors, integer
/// and float arithmetic, `for` over ranges and arrays, `if`, and `func` definitions.
///
/// ```swift
/// let graph = try SwiftGraphFile.load("examples/lenet.swiftgraph")
/// ```
public enum SwiftGraphFile {
    /// Reads and evaluates a model file.
    public static func load(_ path: String) throws(DLCError) -> Graph {
        let bytes = try readFileBytes(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DLCError("\(path): the file is not UTF-8 text")
        }
        return try evaluate(text, path: path)
    }

    /// Evaluates model source; `path` names the file in diagnostics and anchors relative
    /// weights paths.
    public static func evaluate(_ text: String, path: String) throws(DLCError) -> Graph {
        try checkPlainText(text, path: path)
        try checkNesting(text, path: path)
        return try SwiftGraphEvaluator(text: text, path: path).run()
    }

    /// Brackets may nest this deep: swift-syntax's parser takes time exponential in the depth
    /// (0.1 s at 16 levels, 2 s at 22, a minute at 28) and deeper still overflows the stack. No
    /// model comes close; the examples nest at most 4 deep.
    static let maximumNesting = 16

    /// Refuses brackets (`(`, `[`, `{`, string interpolations) nested deeper than
    /// `maximumNesting`, outside comments and string text, before the parser sees the file.
    static func checkNesting(_ text: String, path: String) throws(DLCError) {
        /// Code (with the parentheses open inside it when it is a string interpolation), or string text.
        enum Context { case code(interpolationParentheses: Int?), string(multiline: Bool) }
        var contexts: [Context] = [.code(interpolationParentheses: nil)]
        var depth = 0, line = 1, column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        while index < scalars.count {
            let scalar = scalars[index]
            var width = 1
            switch contexts.last! {
            case .code(let parentheses):
                if scalar == "/", at(1) == "/" {
                    while let following = at(width), following != "\n" { width += 1 }
                } else if scalar == "/", at(1) == "*" {
                    var open = 1
                    width = 2
                    while open > 0, let following = at(width) {
                        if following == "/", at(width + 1) == "*" { (open, width) = (open + 1, width + 1) }
                        else if following == "*", at(width + 1) == "/" { (open, width) = (open - 1, width + 1) }
                        width += 1
                    }
                } else if scalar == "\"" {
                    let multiline = at(1) == "\"" && at(2) == "\""
                    contexts.append(.string(multiline: multiline))
                    width = multiline ? 3 : 1
                } else if "([{".unicodeScalars.contains(scalar) {
                    depth += 1
                    if scalar == "(", let parentheses { contexts[contexts.count - 1] = .code(interpolationParentheses: parentheses + 1) }
                } else if ")]}".unicodeScalars.contains(scalar) {
                    depth = max(0, depth - 1)
                    if scalar == ")", let parentheses {
                        if parentheses == 0 { contexts.removeLast() }   // the end of the interpolation
                        else { contexts[contexts.count - 1] = .code(interpolationParentheses: parentheses - 1) }
                    }
                }
            case .string(let multiline):
                if scalar == "\\", at(1) == "(" {
                    depth += 1
                    contexts.append(.code(interpolationParentheses: 0))
                    width = 2
                } else if scalar == "\\" {
                    width = 2
                } else if scalar == "\"", !multiline || (at(1) == "\"" && at(2) == "\"") {
                    contexts.removeLast()
                    width = multiline ? 3 : 1
                } else if scalar == "\n", !multiline {
                    contexts.removeLast()   // an unterminated string: the parser reports it
                }
            }
            if depth > maximumNesting {
                throw DLCError("brackets nest deeper than \(maximumNesting) levels", location: DLCGraph.SourceLocation(file: path, line: line, column: column))
            }
            for consumed in scalars[index..<min(index + width, scalars.count)] {
                if consumed == "\n" { (line, column) = (line + 1, 1) } else { column += UTF8.width(consumed) }
            }
            index += width
        }
    }

    /// Refuses control characters other than tab and line breaks before the parser sees them:
    /// swift-syntax's diagnostics trap on some (a form feed before `=`: "A Fix-It must have at
    /// least one change"), and no model needs them.
    static func checkPlainText(_ text: String, path: String) throws(DLCError) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                (line, column) = (line + 1, 1)
                continue
            }
            if (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F {
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw DLCError("control character U+\(String(repeating: "0", count: 4 - code.count) + code) in the file; "
                               + "model files are plain text (tabs and line breaks only)",
                               location: DLCGraph.SourceLocation(file: path, line: line, column: column))
            }
            column += UTF8.width(scalar)   // columns count bytes, as swift-syntax's do
        }
    }

    /// The model name a file gets when it does not call `model(...)`: its base name as a C
    /// identifier (`model_` in front of names the C interface reserves, `dlc_...`).
    public static func defaultModelName(for path: String) -> String {
        let name = cIdentifier(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        return name.lowercased().hasPrefix("dlc_") ? "model_" + name : name
    }
}

/// Where control goes after a statement.
private enum Flow {
    case normal
    case returned(ScriptValue)
    case broke
    case continued
}

private struct Binding {
    var value: ScriptValue
    let isMutable: Bool
}

private final class SwiftGraphEvaluator {
    let source: SourceText
    let builder: GraphBuilder
    private var tree: SourceFileSyntax
    private var converter: SourceLocationConverter
    private var scopes: [[String: Binding]] = [[:]]
    private var functions: [[String: FunctionDeclSyntax]] = [[:]]
    /// Call sites of user functions being evaluated, innermost last.
    private var callStack: [(name: String, location: DLCGraph.SourceLocation)] = []
    private let maximumCallDepth = 256
    private let maximumLoopIterations = 1_000_000
    /// Expressions evaluated in all, and nested inside each other: a file that never finishes
    /// (loops within loops, branching recursion) or that nests deeper than the stack allows
    /// stops with an error at the expression that ran out, instead of running unbounded.
    static let maximumSteps = 1_000_000, maximumExpressionDepth = 1_000
    private var steps = 0, expressionDepth = 0

    init(text: String, path: String) {
        source = SourceText(path: path, text: text)
        builder = GraphBuilder(name: SwiftGraphFile.defaultModelName(for: path))
        tree = Parser.parse(source: text)
        converter = SourceLocationConverter(fileName: path, tree: tree)
    }

    func run() throws(DLCError) -> Graph {
        try checkSyntax()
        let folded = OperatorTable.standardOperators.foldAll(tree) { _ in }
        guard let file = folded.as(SourceFileSyntax.self) else {
            throw DLCError("\(source.path): internal error: operator folding failed")
        }
        tree = file
        converter = SourceLocationConverter(fileName: source.path, tree: file)
        let statements = Array(file.statements)
        declareFunctions(in: statements)
        switch try execute(statements) {
        case .normal: break
        case .returned, .broke, .continued:
            break  // `return` at top level ends evaluation, as in a Swift script
        }
        do {
            return try builder.finish()
        } catch {
            throw DLCError("\(source.path): \(error.message)")
        }
    }

    // MARK: - Diagnostics

    private func checkSyntax() throws(DLCError) {
        // swift-syntax's diagnostics trap on an `=` with spaces on both sides and something else
        // in between (`x \u{FFFD}= 1`: "A Fix-It must have at least one change"); report it here.
        for token in tree.tokens(viewMode: .sourceAccurate)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
            let location = location(of: token)
            throw DLCError("'=' must have consistent whitespace on both sides", location: location, notes: source.quote(location))
        }
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        guard let first = diagnostics.first else { return }
        var notes: [String] = []
        func quoted(_ diagnostic: Diagnostic) -> (DLCGraph.SourceLocation, [String]) {
            let location = self.location(diagnostic.location(converter: converter))
            return (location, source.quote(location))
        }
        let (location, lines) = quoted(first)
        notes += lines
        for other in diagnostics.dropFirst() {
            let (otherLocation, otherLines) = quoted(other)
            notes.append("\(otherLocation): error: \(other.message)")
            notes += otherLines
        }
        throw DLCError(first.message, location: location, notes: notes)
    }

    private func location(_ location: SwiftSyntax.SourceLocation) -> DLCGraph.SourceLocation {
        DLCGraph.SourceLocation(file: source.path, line: location.line, column: location.column)
    }

    private func location(of node: some SyntaxProtocol) -> DLCGraph.SourceLocation {
        location(node.startLocation(converter: converter, afterLeadingTrivia: true))
    }

    /// An error at a node: the source line with a caret, then the call sites that led there.
    private func failure(_ message: String, at node: some SyntaxProtocol) -> DLCError {
        located(DLCError(message), at: location(of: node))
    }

    /// Adds the quote and the call-site notes to an error raised at `location`.
    private func located(_ error: DLCError, at fallback: DLCGraph.SourceLocation) -> DLCError {
        var error = error
        let location = error.location ?? fallback
        error.location = location
        error.notes = source.quote(location)
        for call in callStack.reversed() {
            error.notes.append("\(call.location): note: in call to '\(call.name)' from here")
            error.notes += source.quote(call.location)
        }
        return error
    }

    // MARK: - Scopes

    private func declareFunctions(in statements: [CodeBlockItemSyntax]) {
        for statement in statements {
            if case .decl(let declaration) = statement.item, let function = declaration.as(FunctionDeclSyntax.self) {
                functions[functions.count - 1][function.name.text] = function
            }
        }
    }

    private func lookup(_ name: String) -> Binding? {
        for scope in scopes.reversed() { if let binding = scope[name] { return binding } }
        return nil
    }

    private func lookupFunction(_ name: String) -> FunctionDeclSyntax? {
        for level in functions.reversed() { if let function = level[name] { return function } }
        return nil
    }

    private func declare(_ name: String, _ value: ScriptValue, mutable: Bool, at node: some SyntaxProtocol) throws(DLCError) {
        guard scopes[scopes.count - 1][name] == nil else { throw failure("invalid redeclaration of '\(name)'", at: node) }
        scopes[scopes.count - 1][name] = Binding(value: value, isMutable: mutable)
    }

    private func assign(_ name: String, _ value: ScriptValue, at node: some SyntaxProtocol) throws(DLCError) {
        for index in scopes.indices.reversed() {
            guard let binding = scopes[index][name] else { continue }
            guard binding.isMutable else {
                throw failure("cannot assign to value: '\(name)' is a 'let' constant", at: node)
            }
            scopes[index][name]!.value = value
            return
        }
        throw failure("cannot find '\(name)' in scope\(didYouMean(name, among: boundNames))", at: node)
    }

    /// The names of every value in scope, for "did you mean".
    private var boundNames: [String] { scopes.flatMap(\.keys) }

    /// The names of every function a call may name: the DSL's, the file's and Swift's.
    private var functionNames: [String] {
        Array(dslFunctions.keys) + functions.flatMap(\.keys) + Self.swiftBuiltins
    }

    private func withScope<T>(_ body: () throws(DLCError) -> T) throws(DLCError) -> T {
        scopes.append([:])
        functions.append([:])
        defer {
            scopes.removeLast()
            functions.removeLast()
        }
        return try body()
    }

    // MARK: - Statements

    private func execute(_ statements: [CodeBlockItemSyntax]) throws(DLCError) -> Flow {
        for statement in statements {
            let flow: Flow
            switch statement.item {
            case .decl(let declaration): flow = try execute(declaration)
            case .stmt(let statement): flow = try execute(statement)
            case .expr(let expression): flow = try executeExpression(expression)
            }
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    private func executeBlock(_ block: CodeBlockSyntax) throws(DLCError) -> Flow {
        try withScope { () throws(DLCError) -> Flow in
            let statements = Array(block.statements)
            declareFunctions(in: statements)
            return try execute(statements)
        }
    }

    private func execute(_ declaration: DeclSyntax) throws(DLCError) -> Flow {
        if let variable = declaration.as(VariableDeclSyntax.self) {
            let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
            for binding in variable.bindings {
                guard let initializer = binding.initializer else {
                    throw failure("'\(binding.pattern.trimmedDescription)' needs an initial value", at: binding)
                }
                if binding.accessorBlock != nil { throw failure("unsupported Swift construct: computed variable", at: binding) }
                try bind(binding.pattern, to: evaluate(initializer.value), mutable: mutable)
            }
            return .normal
        }
        if declaration.is(FunctionDeclSyntax.self) { return .normal }   // declared when its block was entered
        if declaration.is(ImportDeclSyntax.self) { return .normal }     // `import DLC` keeps files valid Swift
        throw failure("unsupported Swift construct: \(describe(declaration))", at: declaration)
    }

    private func bind(_ pattern: PatternSyntax, to value: ScriptValue, mutable: Bool) throws(DLCError) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            try declare(identifier.identifier.text, value, mutable: mutable, at: pattern)
        } else if pattern.is(WildcardPatternSyntax.self) {
            return
        } else if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard case .tuple(let elements) = value, elements.count == tuple.elements.count else {
                throw failure("cannot destructure \(value.typeName) into \(tuple.elements.count) names", at: pattern)
            }
            for (element, value) in zip(tuple.elements, elements) { try bind(element.pattern, to: value, mutable: mutable) }
        } else {
            throw failure("unsupported Swift construct: \(describe(pattern)) pattern", at: pattern)
        }
    }

    private func execute(_ statement: StmtSyntax) throws(DLCError) -> Flow {
        if let expression = statement.as(ExpressionStmtSyntax.self) { return try executeExpression(expression.expression) }
        if let loop = statement.as(ForStmtSyntax.self) { return try executeFor(loop) }
        if let returned = statement.as(ReturnStmtSyntax.self) {
            guard !callStack.isEmpty else { return .returned(.void) }
            return .returned(try returned.expression.map { expression throws(DLCError) in try evaluate(expression) } ?? .void)
        }
        if statement.is(BreakStmtSyntax.self) { return .broke }
        if statement.is(ContinueStmtSyntax.self) { return .continued }
        throw failure("unsupported Swift construct: \(describe(statement))", at: statement)
    }

    private func executeExpression(_ expression: ExprSyntax) throws(DLCError) -> Flow {
        if let conditional = expression.as(IfExprSyntax.self) { return try executeIf(conditional) }
        _ = try evaluate(expression)
        return .normal
    }

    private func executeIf(_ statement: IfExprSyntax) throws(DLCError) -> Flow {
        if try condition(statement.conditions) { return try executeBlock(statement.body) }
        switch statement.elseBody {
        case .ifExpr(let next): return try executeIf(next)
        case .codeBlock(let block): return try executeBlock(block)
        case nil: return .normal
        }
    }

    private func condition(_ conditions: ConditionElementListSyntax) throws(DLCError) -> Bool {
        for element in conditions {
            guard case .expression(let expression) = element.condition else {
                throw failure("unsupported Swift construct: optional binding in a condition", at: element)
            }
            let value = try evaluate(expression)
            guard case .bool(let truth) = value else {
                throw failure("a condition must be a Bool, got \(value.typeName)", at: expression)
            }
            if !truth { return false }
        }
        return true
    }

    private func executeFor(_ loop: ForStmtSyntax) throws(DLCError) -> Flow {
        if loop.whereClause != nil || loop.caseKeyword != nil || loop.awaitKeyword != nil || loop.tryKeyword != nil {
            throw failure("unsupported Swift construct: 'for' with where/case/try/await", at: loop)
        }
        let sequence = try evaluate(loop.sequence)
        let elements: [ScriptValue]
        switch sequence {
        case .range(let range) where range.count > maximumLoopIterations:
            throw failure("a loop of \(range.count) iterations is too long (at most \(maximumLoopIterations))", at: loop.sequence)
        case .range(let range): elements = range.map { .int($0) }
        case .array(let values): elements = values
        default: throw failure("'for' needs a range or an array, got \(sequence.typeName)", at: loop.sequence)
        }
        for element in elements {
            let flow = try withScope { () throws(DLCError) -> Flow in
                try bind(loop.pattern, to: element, mutable: false)
                return try executeBlock(loop.body)
            }
            switch flow {
            case .normal, .continued: continue
            case .broke: return .normal
            case .returned: return flow
            }
        }
        return .normal
    }

    // MARK: - Expressions

    private func evaluate(_ expression: ExprSyntax) throws(DLCError) -> ScriptValue {
        steps += 1
        guard steps <= Self.maximumSteps else {
            throw failure("evaluation takes more than \(groupedDigits(Self.maximumSteps)) steps; "
                          + "the loops or recursion around this expression do not finish", at: expression)
        }
        guard expressionDepth < Self.maximumExpressionDepth else {
            throw failure("expressions nest more than \(groupedDigits(Self.maximumExpressionDepth)) deep; "
                          + "split the expression with intermediate variables", at: expression)
        }
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        return try evaluateExpression(expression)
    }

    private func evaluateExpression(_ expression: ExprSyntax) throws(DLCError) -> ScriptValue {
        if let literal = expression.as(IntegerLiteralExprSyntax.self) {
            guard let value = Int(literal.literal.text.replacingOccurrences(of: "_", with: "")) else {
                throw failure("integer literal '\(literal.literal.text)' is out of range", at: literal)
            }
            return .int(value)
        }
        if let literal = expression.as(FloatLiteralExprSyntax.self) {
            guard let value = Double(literal.literal.text.replacingOccurrences(of: "_", with: "")) else {
                throw failure("invalid float literal '\(literal.literal.text)'", at: literal)
            }
            return .float(value)
        }
        if let literal = expression.as(BooleanLiteralExprSyntax.self) { return .bool(literal.literal.tokenKind == .keyword(.true)) }
        if expression.is(NilLiteralExprSyntax.self) { return .none }
        if let literal = expression.as(StringLiteralExprSyntax.self) { return try evaluateString(literal) }
        if let array = expression.as(ArrayExprSyntax.self) {
            var elements: [ScriptValue] = []
            for element in array.elements { elements.append(try evaluate(element.expression)) }
            return .array(elements)
        }
        if let tuple = expression.as(TupleExprSyntax.self) {
            var elements: [ScriptValue] = []
            for element in tuple.elements {
                if let label = element.label { throw failure("unsupported Swift construct: labeled tuple element '\(label.text)'", at: element) }
                elements.append(try evaluate(element.expression))
            }
            return elements.count == 1 ? elements[0] : .tuple(elements)
        }
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let binding = lookup(name) { return binding.value }
            if lookupFunction(name) != nil || dslFunctions[name] != nil {
                throw failure("function '\(name)' must be called", at: reference)
            }
            throw failure("cannot find '\(name)' in scope\(didYouMean(name, among: boundNames + functionNames))", at: reference)
        }
        if let member = expression.as(MemberAccessExprSyntax.self) { return try evaluateMember(member) }
        if let call = expression.as(FunctionCallExprSyntax.self) { return try evaluateCall(call) }
        if let subscriptCall = expression.as(SubscriptCallExprSyntax.self) { return try evaluateSubscript(subscriptCall) }
        if let infix = expression.as(InfixOperatorExprSyntax.self) { return try evaluateInfix(infix) }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self) {
            let operand = try evaluate(prefix.expression)
            switch (prefix.operator.text, operand) {
            case ("-", .int(let value)):
                let (negated, overflow) = Int(0).subtractingReportingOverflow(value)
                guard !overflow else { throw failure("arithmetic overflow in -(\(value))", at: prefix) }
                return .int(negated)
            case ("-", .float(let value)): return .float(-value)
            case ("!", .bool(let value)): return .bool(!value)
            default:
                throw failure("unary operator '\(prefix.operator.text)' cannot be applied to \(operand.typeName)", at: prefix)
            }
        }
        if let ternary = expression.as(TernaryExprSyntax.self) {
            let test = try evaluate(ternary.condition)
            guard case .bool(let truth) = test else {
                throw failure("a condition must be a Bool, got \(test.typeName)", at: ternary.condition)
            }
            return try evaluate(truth ? ternary.thenExpression : ternary.elseExpression)
        }
        throw failure("unsupported Swift construct: \(describe(expression))", at: expression)
    }

    private func evaluateString(_ literal: StringLiteralExprSyntax) throws(DLCError) -> ScriptValue {
        var text = ""
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let piece): text += piece.content.text
            case .expressionSegment(let interpolation):
                for element in interpolation.expressions {
                    switch try evaluate(element.expression) {
                    case .string(let value): text += value
                    case let value: text += value.text
                    }
                }
            }
        }
        return .string(text)
    }

    private func evaluateMember(_ member: MemberAccessExprSyntax) throws(DLCError) -> ScriptValue {
        let name = member.declName.baseName.text
        guard let baseExpression = member.base else { return .member(name, []) }
        let base = try evaluate(baseExpression)
        switch (base, name) {
        case (.tensor(let id), "shape"): return .array(builder.type(of: id).shape.map { .int($0) })
        case (.tensor(let id), "rank"): return .int(builder.type(of: id).rank)
        case (.array(let elements), "count"): return .int(elements.count)
        case (.array(let elements), "first"): return elements.first ?? .none
        case (.array(let elements), "last"): return elements.last ?? .none
        case (.array(let elements), "isEmpty"): return .bool(elements.isEmpty)
        case (.range(let range), "count"): return .int(range.count)
        case (.tuple(let elements), _) where Int(name).map({ elements.indices.contains($0) }) == true:
            return elements[Int(name)!]
        default:
            throw failure("value of type \(base.typeName) has no member '\(name)'", at: member.declName)
        }
    }

    private func evaluateSubscript(_ call: SubscriptCallExprSyntax) throws(DLCError) -> ScriptValue {
        let base = try evaluate(call.calledExpression)
        guard call.arguments.count == 1, let argument = call.arguments.first, argument.label == nil else {
            throw failure("a subscript takes one index", at: call)
        }
        let index = try evaluate(argument.expression)
        guard case .array(let elements) = base else {
            throw failure("value of type \(base.typeName) has no subscripts", at: call.calledExpression)
        }
        guard case .int(let position) = index else { throw failure("an index must be an Int, got \(index.typeName)", at: argument) }
        guard elements.indices.contains(position) else {
            throw failure("index \(position) is out of range for an array of \(elements.count) elements", at: argument)
        }
        return elements[position]
    }

    private func evaluateInfix(_ infix: InfixOperatorExprSyntax) throws(DLCError) -> ScriptValue {
        if infix.operator.is(AssignmentExprSyntax.self) {
            let value = try evaluate(infix.rightOperand)
            try store(value, into: infix.leftOperand)
            return .void
        }
        guard let operatorSyntax = infix.operator.as(BinaryOperatorExprSyntax.self) else {
            throw failure("unsupported Swift construct: \(describe(infix.operator))", at: infix.operator)
        }
        let symbol = operatorSyntax.operator.text
        if ["+=", "-=", "*=", "/="].contains(symbol) {
            let combined = try apply(String(symbol.dropLast()), try evaluate(infix.leftOperand), try evaluate(infix.rightOperand),
                                     at: operatorSyntax)
            try store(combined, into: infix.leftOperand)
            return .void
        }
        // Short-circuit as Swift does.
        if symbol == "&&" || symbol == "||" {
            let left = try evaluate(infix.leftOperand)
            guard case .bool(let leftTruth) = left else {
                throw failure("'\(symbol)' needs Bool operands, got \(left.typeName)", at: infix.leftOperand)
            }
            if symbol == "&&" && !leftTruth { return .bool(false) }
            if symbol == "||" && leftTruth { return .bool(true) }
            let right = try evaluate(infix.rightOperand)
            guard case .bool(let rightTruth) = right else {
                throw failure("'\(symbol)' needs Bool operands, got \(right.typeName)", at: infix.rightOperand)
            }
            return .bool(rightTruth)
        }
        return try apply(symbol, try evaluate(infix.leftOperand), try evaluate(infix.rightOperand), at: operatorSyntax)
    }

    private func store(_ value: ScriptValue, into target: ExprSyntax) throws(DLCError) {
        if target.is(DiscardAssignmentExprSyntax.self) { return }
        guard let reference = target.as(DeclReferenceExprSyntax.self) else {
            throw failure("unsupported Swift construct: assignment to \(describe(target))", at: target)
        }
        try assign(reference.baseName.text, value, at: reference)
    }

    private func apply(_ symbol: String, _ left: ScriptValue, _ right: ScriptValue,
                       at node: BinaryOperatorExprSyntax) throws(DLCError) -> ScriptValue {
        switch (symbol, left, right) {
        case ("+", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.add, a, b)) }
        case ("*", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.multiply, a, b)) }
        case ("+", .int(let a), .int(let b)), ("-", .int(let a), .int(let b)), ("*", .int(let a), .int(let b)):
            let (result, overflow) = symbol == "+" ? a.addingReportingOverflow(b)
                : symbol == "-" ? a.subtractingReportingOverflow(b) : a.multipliedReportingOverflow(by: b)
            guard !overflow else { throw failure("arithmetic overflow in \(a) \(symbol) \(b)", at: node) }
            return .int(result)
        case ("/", .int, .int(0)), ("%", .int, .int(0)): throw failure("division by zero", at: node)
        case ("/", .int(let a), .int(let b)):
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            guard !overflow else { throw failure("arithmetic overflow in \(a) / \(b)", at: node) }
            return .int(quotient)
        case ("%", .int(let a), .int(let b)):
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            guard !overflow else { throw failure("arithmetic overflow in \(a) % \(b)", at: node) }
            return .int(remainder)
        case ("..<", .int(let a), .int(let b)), ("...", .int(let a), .int(let b)):
            let (end, endOverflow) = symbol == "..." ? b.addingReportingOverflow(1) : (b, false)
            guard a <= b, !endOverflow, !end.subtractingReportingOverflow(a).overflow else {
                throw failure("range requires lowerBound <= upperBound within Int, got \(a)\(symbol)\(b)", at: node)
            }
            return .range(a..<end)
        case ("+", .string(let a), .string(let b)): return .string(a + b)
        case ("+", .array(let a), .array(let b)): return .array(a + b)
        case ("==", _, _): return .bool(left == right)
        case ("!=", _, _): return .bool(left != right)
        default: break
        }
        if let a = left.numberValue, let b = right.numberValue {
            switch symbol {
            case "+": return .float(a + b)
            case "-": return .float(a - b)
            case "*": return .float(a * b)
            case "/": return .float(a / b)
            case "<": return .bool(a < b)
            case "<=": return .bool(a <= b)
            case ">": return .bool(a > b)
            case ">=": return .bool(a >= b)
            default: break
            }
        }
        throw failure("binary operator '\(symbol)' cannot be applied to \(left.typeName) and \(right.typeName)", at: node)
    }

    // MARK: - Calls

    private func evaluateCall(_ call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
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
        if let function = dslFunctions[name] { return try callDSL(function, arguments, at: call) }
        if let value = try callSwiftBuiltin(name, arguments.map(\.value), at: call) { return value }
        throw failure("cannot find '\(name)' in scope\(didYouMean(name, among: functionNames))", at: reference)
    }

    /// `array.append(x)` on a variable.
    private func callMethod(_ member: MemberAccessExprSyntax, _ arguments: [ScriptValue],
                            at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        let method = member.declName.baseName.text
        guard method == "append", arguments.count == 1, let base = member.base?.as(DeclReferenceExprSyntax.self),
              case .array(let elements)? = lookup(base.baseName.text)?.value else {
            throw failure("unsupported Swift construct: method call '.\(method)(...)'", at: member)
        }
        try assign(base.baseName.text, .array(elements + [arguments[0]]), at: base)
        return .void
    }

    private func callDSL(_ function: DSLFunction, _ arguments: [(label: String?, value: ScriptValue, node: LabeledExprSyntax)],
                         at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue {
        var values: [String: ScriptValue] = [:]
        var next = 0
        for parameter in function.parameters {
            if next < arguments.count, arguments[next].label == parameter.label {
                let argument = arguments[next]
                guard argument.value.fits(parameter.kind) else {
                    throw failure("\(function.name): argument '\(parameter.spelling)' expects \(parameter.kind.expectation), "
                                  + "got \(argument.value.text)", at: argument.node)
                }
                values[parameter.name] = argument.value
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
        if function.name == "weights", case .string(let path)? = values["path"] {
            let directory = URL(fileURLWithPath: source.path).deletingLastPathComponent().path
            builder.setWeightsFile(path.hasPrefix("/") ? path : "\(directory)/\(path)")
            return .void
        }
        return try buildLayer(at: call) { () throws(DLCError) in try function.body(BoundArguments(values: values, builder: builder)) }
    }

    /// Runs a builder call with this call site as the layer's location.
    private func buildLayer(at node: some SyntaxProtocol, _ body: () throws(DLCError) -> ScriptValue) throws(DLCError) -> ScriptValue {
        let here = location(of: node)
        builder.location = here
        builder.callSites = callStack.reversed().map(\.location)
        do {
            return try body()
        } catch {
            throw located(error, at: here)
        }
    }

    private func callUser(_ function: FunctionDeclSyntax, _ arguments: [(label: String?, value: ScriptValue, node: LabeledExprSyntax)],
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
    private func check(_ value: ScriptValue, against type: TypeSyntax, function: String, parameter: String?,
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
    private static let swiftBuiltins = ["min", "max", "abs", "Int", "Float", "Double"]

    private func callSwiftBuiltin(_ name: String, _ arguments: [ScriptValue], at call: FunctionCallExprSyntax) throws(DLCError) -> ScriptValue? {
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

    private func describe(_ node: some SyntaxProtocol) -> String {
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

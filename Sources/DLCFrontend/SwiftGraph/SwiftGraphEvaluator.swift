import DLCGraph
import SwiftOperators
import SwiftParser
import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Where control goes after a statement.
enum Flow {
    case normal
    case returned(ScriptValue)
    case broke
    case continued
}

struct Binding {
    var value: ScriptValue
    let isMutable: Bool
}

final class SwiftGraphEvaluator {
    let source: SourceText
    let builder: GraphBuilder
    var tree: SourceFileSyntax
    var converter: SourceLocationConverter
    var scopes: [[String: Binding]] = [[:]]
    var functions: [[String: FunctionDeclSyntax]] = [[:]]
    /// Call sites of user functions being evaluated, innermost last.
    var callStack: [(name: String, location: DLCGraph.SourceLocation)] = []
    let maximumCallDepth = 256
    let maximumLoopIterations = 1_000_000
    /// Expressions evaluated in all, and nested inside each other: a file that never finishes
    /// (loops within loops, branching recursion) or that nests deeper than the stack allows
    /// stops with an error at the expression that ran out, instead of running unbounded.
    static let maximumSteps = 1_000_000, maximumExpressionDepth = 1_000
    var steps = 0, expressionDepth = 0

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

    func checkSyntax() throws(DLCError) {
        // A tree without error or warning flags has nothing to report, and walking it costs
        // about a kilobyte a statement (a gigabyte for a million-statement file).
        guard tree.hasError || tree.hasWarning else { return }
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

    func location(_ location: SwiftSyntax.SourceLocation) -> DLCGraph.SourceLocation {
        DLCGraph.SourceLocation(file: source.path, line: location.line, column: location.column)
    }

    func location(of node: some SyntaxProtocol) -> DLCGraph.SourceLocation {
        location(node.startLocation(converter: converter, afterLeadingTrivia: true))
    }

    /// An error at a node: the source line with a caret, then the call sites that led there.
    func failure(_ message: String, at node: some SyntaxProtocol) -> DLCError {
        located(DLCError(message), at: location(of: node))
    }

    /// Adds the quote and the call-site notes to an error raised at `location`.
    func located(_ error: DLCError, at fallback: DLCGraph.SourceLocation) -> DLCError {
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

    func declareFunctions(in statements: [CodeBlockItemSyntax]) {
        for statement in statements {
            if case .decl(let declaration) = statement.item, let function = declaration.as(FunctionDeclSyntax.self) {
                functions[functions.count - 1][function.name.text] = function
            }
        }
    }

    func lookup(_ name: String) -> Binding? {
        for scope in scopes.reversed() { if let binding = scope[name] { return binding } }
        return nil
    }

    func lookupFunction(_ name: String) -> FunctionDeclSyntax? {
        for level in functions.reversed() { if let function = level[name] { return function } }
        return nil
    }

    func declare(_ name: String, _ value: ScriptValue, mutable: Bool, at node: some SyntaxProtocol) throws(DLCError) {
        guard scopes[scopes.count - 1][name] == nil else { throw failure("invalid redeclaration of '\(name)'", at: node) }
        scopes[scopes.count - 1][name] = Binding(value: value, isMutable: mutable)
    }

    func assign(_ name: String, _ value: ScriptValue, at node: some SyntaxProtocol) throws(DLCError) {
        try modify(name, at: node) { $0 = value }
    }

    /// Changes the value of variable `name` where it is stored, so that `append` can grow an
    /// array the variable alone holds without copying it.
    func modify(_ name: String, at node: some SyntaxProtocol, _ change: (inout ScriptValue) -> Void) throws(DLCError) {
        // No copy of the binding is kept while `change` runs: it would share the value.
        for index in scopes.indices.reversed() where scopes[index][name] != nil {
            guard scopes[index][name]!.isMutable else {
                throw failure("cannot assign to value: '\(name)' is a 'let' constant", at: node)
            }
            change(&scopes[index][name]!.value)
            return
        }
        throw failure("cannot find '\(name)' in scope\(didYouMean(name, among: boundNames))", at: node)
    }

    /// The names of every value in scope, for "did you mean".
    var boundNames: [String] { scopes.flatMap(\.keys) }

    /// The names of every function a call may name: the DSL's, the file's and Swift's.
    var functionNames: [String] {
        Array(DSLVocabulary.byName.keys) + functions.flatMap(\.keys) + Self.swiftBuiltins
    }

    func withScope<T>(_ body: () throws(DLCError) -> T) throws(DLCError) -> T {
        scopes.append([:])
        functions.append([:])
        defer {
            scopes.removeLast()
            functions.removeLast()
        }
        return try body()
    }
}

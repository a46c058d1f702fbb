import DLCGraph
import SwiftSyntax

// Statements: declarations and bindings, expression statements, `if` and `for`.

extension SwiftGraphEvaluator {
    func execute(_ statements: [CodeBlockItemSyntax]) throws(DLCError) -> Flow {
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

    func executeBlock(_ block: CodeBlockSyntax) throws(DLCError) -> Flow {
        try withScope { () throws(DLCError) -> Flow in
            let statements = Array(block.statements)
            declareFunctions(in: statements)
            return try execute(statements)
        }
    }

    func execute(_ declaration: DeclSyntax) throws(DLCError) -> Flow {
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

    func bind(_ pattern: PatternSyntax, to value: ScriptValue, mutable: Bool) throws(DLCError) {
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

    func execute(_ statement: StmtSyntax) throws(DLCError) -> Flow {
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

    func executeExpression(_ expression: ExprSyntax) throws(DLCError) -> Flow {
        if let conditional = expression.as(IfExprSyntax.self) { return try executeIf(conditional) }
        _ = try evaluate(expression)
        return .normal
    }

    func executeIf(_ statement: IfExprSyntax) throws(DLCError) -> Flow {
        if try condition(statement.conditions) { return try executeBlock(statement.body) }
        switch statement.elseBody {
        case .ifExpr(let next): return try executeIf(next)
        case .codeBlock(let block): return try executeBlock(block)
        case nil: return .normal
        }
    }

    func condition(_ conditions: ConditionElementListSyntax) throws(DLCError) -> Bool {
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

    func executeFor(_ loop: ForStmtSyntax) throws(DLCError) -> Flow {
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
}

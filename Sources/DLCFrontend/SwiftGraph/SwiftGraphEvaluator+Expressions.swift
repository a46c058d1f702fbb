import DLCGraph
import SwiftParser
import SwiftSyntax

// Expressions: literals, names, members, subscripts and operators, within the step and depth budgets.

extension SwiftGraphEvaluator {
    func evaluate(_ expression: ExprSyntax) throws(DLCError) -> ScriptValue {
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

    func evaluateExpression(_ expression: ExprSyntax) throws(DLCError) -> ScriptValue {
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
            if lookupFunction(name) != nil || DSLVocabulary.byName[name] != nil {
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

    func evaluateString(_ literal: StringLiteralExprSyntax) throws(DLCError) -> ScriptValue {
        var text = ""
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let piece):
                // The segment's text as Swift reads it, escapes resolved (`\\`, `\"`, `\u{d}`,
                // `\0`, ...): a literal of that segment alone, with this literal's delimiters.
                let alone = literal.with(\.segments, StringLiteralSegmentListSyntax([.stringSegment(piece)]))
                guard let value = alone.representedLiteralValue else {
                    throw failure("invalid escape sequence in the string \(piece.content.text.debugDescription)", at: literal)
                }
                text += value
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

    func evaluateMember(_ member: MemberAccessExprSyntax) throws(DLCError) -> ScriptValue {
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

    func evaluateSubscript(_ call: SubscriptCallExprSyntax) throws(DLCError) -> ScriptValue {
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

    func evaluateInfix(_ infix: InfixOperatorExprSyntax) throws(DLCError) -> ScriptValue {
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

    func store(_ value: ScriptValue, into target: ExprSyntax) throws(DLCError) {
        if target.is(DiscardAssignmentExprSyntax.self) { return }
        guard let reference = target.as(DeclReferenceExprSyntax.self) else {
            throw failure("unsupported Swift construct: assignment to \(describe(target))", at: target)
        }
        try assign(reference.baseName.text, value, at: reference)
    }

    func apply(_ symbol: String, _ left: ScriptValue, _ right: ScriptValue,
                       at node: BinaryOperatorExprSyntax) throws(DLCError) -> ScriptValue {
        switch (symbol, left, right) {
        case ("+", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.add, a, b)) }
        case ("*", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.multiply, a, b)) }
        case ("-", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.subtract, a, b)) }
        case ("/", .tensor(let a), .tensor(let b)): return try buildLayer(at: node) { () throws(DLCError) in .tensor(try builder.binary(.divide, a, b)) }
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
}

import DLC
import DLCTestSupport
import Testing

/// The full text of the error a model source raises.
private func diagnose(_ source: String) -> String? {
    errorMessage { _ = try SwiftGraphFile.evaluate(source, path: "m.swiftgraph") }
}

@Suite struct SwiftGraphDiagnosticsTests {
    @Test func syntaxErrorsComeFromSwiftParser() {
        #expect(diagnose("""
            let x = input("x", shape: [1, 2]
            output("y", x)
            """) == """
            m.swiftgraph:1:33: error: expected ')' to end function call
            let x = input("x", shape: [1, 2]
                                            ^
            """)
    }

    @Test func unknownFunctionsAndNames() {
        #expect(diagnose("""
            let x = input("x", shape: [1, 2])
            output("y", desne(x, units: 3))
            """) == """
            m.swiftgraph:2:13: error: cannot find 'desne' in scope; did you mean 'dense'?
            output("y", desne(x, units: 3))
                        ^
            """)
        #expect(diagnose("output(\"y\", relu(image))") == """
            m.swiftgraph:1:18: error: cannot find 'image' in scope
            output("y", relu(image))
                             ^
            """)
    }

    /// A misspelt layer or variable gets the closest name in scope (edit distance, a case
    /// difference counting half), and nothing when no name is close.
    @Test func misspeltNamesGetSuggestions() {
        #expect(diagnose("let x = maxpool2d(input(\"x\", shape: [1, 1, 4, 4]), kernel: 2)")?
            .hasPrefix("m.swiftgraph:1:9: error: cannot find 'maxpool2d' in scope; did you mean 'maxPool2d'?\n") == true)
        #expect(diagnose("""
            let image = input("image", shape: [1, 2])
            output("y", relu(imgae))
            """)?.hasPrefix("m.swiftgraph:2:18: error: cannot find 'imgae' in scope; did you mean 'image'?\n") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 2])
            output("y", convolution(x))
            """)?.hasPrefix("m.swiftgraph:2:13: error: cannot find 'convolution' in scope\n") == true)
    }

    @Test func unknownMissingAndMisorderedLabels() {
        #expect(diagnose("""
            let x = input("x", shape: [1, 2])
            output("y", dense(x, unit: 3))
            """) == """
            m.swiftgraph:2:22: error: dense: unknown argument 'unit:'; expected dense(_ x, units:, bias:, activation:, name:)
            output("y", dense(x, unit: 3))
                                 ^
            """)
        #expect(diagnose("""
            let x = input("x", shape: [1, 1, 8, 8])
            output("y", conv2d(x, kernel: 3))
            """)?.hasPrefix("m.swiftgraph:2:23: error: conv2d: missing argument 'filters:'") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 1, 8, 8])
            output("y", conv2d(x, filters: 2, kernel: 3, padding: 1, stride: 2))
            """)?.hasPrefix("m.swiftgraph:2:58: error: conv2d: argument 'stride:' is out of order") == true)
    }

    @Test func wrongArgumentTypes() {
        #expect(diagnose("""
            let x = input("x", shape: [1, 1, 8, 8])
            output("y", conv2d(x, filters: 2, kernel: 3, padding: .full))
            """) == """
            m.swiftgraph:2:46: error: conv2d: argument 'padding:' expects an Int, (h, w), (top, left, bottom, right), .valid or .same, got .full
            output("y", conv2d(x, filters: 2, kernel: 3, padding: .full))
                                                         ^
            """)
        #expect(diagnose("""
            let x = input("x", shape: [1, 4])
            output("y", dense(x, units: 3, activation: .swish))
            """)?.contains("dense: argument 'activation:' expects .none, .relu, .leakyRelu(alpha), .sigmoid, .clamp(min, max), .tanh, "
                           + ".hardSigmoid(alpha, beta), .hardSwish, .gelu, .geluTanh or .softmax, got .swish") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 4])
            output("y", dense(x, units: 3, activation: .clamp(0)))
            """)?.contains("dense: argument 'activation:' expects") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 3, 8, 8])
            output("y", pad2d(x, padding: 2, mode: .mirror))
            """)?.contains("m.swiftgraph:2:34: error: pad2d: argument 'mode:' expects .constant, .reflect, .edge or .wrap, got .mirror") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 3, 8, 8])
            output("y", pad2d(x, padding: 8, mode: .reflect, name: "mirror"))
            """)?.contains("m.swiftgraph:2:13: error: layer 'mirror' (pad2d): reflect padding 8 must be smaller than the 8x8 image on each side") == true)
        #expect(diagnose("""
            let x = input("x", shape: [1, 4])
            output("y", x + 1)
            """)?.contains("error: binary operator '+' cannot be applied to Tensor and Int") == true)
        #expect(diagnose("""
            func f(_ n: Int) -> Int { return n }
            output("y", input("x", shape: [f(1.5)]))
            """)?.contains("error: argument 'n' of 'f' expects Int, got Float") == true)
    }

    @Test func unsupportedSwiftConstructs() {
        #expect(diagnose("""
            var i = 0
            while i < 3 { i += 1 }
            """) == """
            m.swiftgraph:2:1: error: unsupported Swift construct: 'while' loop
            while i < 3 { i += 1 }
            ^
            """)
        #expect(diagnose("struct Block {}")?.hasPrefix("m.swiftgraph:1:1: error: unsupported Swift construct: struct declaration") == true)
        #expect(diagnose("let f = { 1 }")?.contains("unsupported Swift construct: closure") == true)
        #expect(diagnose("let d = [\"a\": 1]")?.contains("unsupported Swift construct: dictionary literal") == true)
    }

    @Test func shapeErrorsPointAtTheLayerAndItsCallSites() {
        #expect(diagnose("""
            func block(_ x: Tensor, filters: Int) -> Tensor {
                return conv2d(x, filters: filters, kernel: 3, groups: 3)
            }
            func stage(_ x: Tensor) -> Tensor { return block(x, filters: 6) }
            let image = input("image", shape: [1, 4, 32, 32])
            output("y", stage(image))
            """) == """
            m.swiftgraph:2:12: error: layer 'conv2d_1' (conv2d): input channels (4) are not divisible by groups (3); input f32[1, 4, 32, 32]
                return conv2d(x, filters: filters, kernel: 3, groups: 3)
                       ^
            m.swiftgraph:4:44: note: in call to 'block' from here
            func stage(_ x: Tensor) -> Tensor { return block(x, filters: 6) }
                                                       ^
            m.swiftgraph:6:13: note: in call to 'stage' from here
            output("y", stage(image))
                        ^
            """)
        #expect(diagnose("""
            let a = input("a", shape: [1, 4])
            let b = input("b", shape: [1, 5])
            output("y", a + b)
            """)?.hasPrefix("m.swiftgraph:3:15: error: layer 'add_1' (add): shapes [1, 4] and [1, 5] do not broadcast") == true)
    }

    @Test func semanticErrors() {
        #expect(diagnose("let x = 1\nx = 2")?.hasPrefix("m.swiftgraph:2:1: error: cannot assign to value: 'x' is a 'let' constant") == true)
        #expect(diagnose("let x = 1\nlet x = 2")?.hasPrefix("m.swiftgraph:2:5: error: invalid redeclaration of 'x'") == true)
        #expect(diagnose("let x = 4 / 0")?.contains("error: division by zero") == true)
        #expect(diagnose("let s = [1, 2]\nlet t = s[2]")?.contains("error: index 2 is out of range for an array of 2 elements") == true)
        #expect(diagnose("if 1 { }")?.contains("error: a condition must be a Bool, got Int") == true)
        #expect(diagnose("for i in 5 { }")?.contains("error: 'for' needs a range or an array, got Int") == true)
        #expect(diagnose("let x = input(\"x\", shape: [1])\nlet y = x.channels")?.contains("value of type Tensor has no member 'channels'") == true)
        #expect(diagnose("model(\"a b\")\noutput(\"y\", input(\"x\", shape: [1]))")?
            .hasPrefix("m.swiftgraph:1:1: error: model name 'a b' must be a C identifier") == true)
        #expect(diagnose("model(\"é\")\noutput(\"y\", input(\"x\", shape: [1]))")?
            .hasPrefix("m.swiftgraph:1:1: error: model name 'é' must be a C identifier") == true)
        #expect(diagnose("model(\"dlc_model\")\noutput(\"y\", input(\"x\", shape: [1]))")?
            .hasPrefix("m.swiftgraph:1:1: error: model name 'dlc_model': names starting with dlc_ are reserved") == true)
        #expect(diagnose("model(\"a\")\nmodel(\"b\")\noutput(\"y\", input(\"x\", shape: [1]))")?
            .hasPrefix("m.swiftgraph:2:1: error: model(...) is called a second time; the model is already named 'a' at line 1") == true)
        #expect(SwiftGraphFile.defaultModelName(for: "/models/dlc_tensor.swiftgraph") == "model_dlc_tensor")
        // Nesting is bounded before parsing (parse time grows exponentially with it; found by
        // fuzz/run.sh); brackets in comments and string text do not count, interpolations do.
        let deep = "let x = " + String(repeating: "(", count: 17) + "1" + String(repeating: ")", count: 17)
        #expect(diagnose(deep)?.hasPrefix("m.swiftgraph:1:25: error: brackets nest deeper than 16 levels") == true)
        let quiet = "// " + String(repeating: "(", count: 40) + "\n/* " + String(repeating: "[", count: 40) + " */\nlet s = \"" + String(repeating: "{", count: 40) + "\""
        #expect(diagnose(quiet)?.contains("nest deeper") == false)
        let interpolated = "let s = \"" + String(repeating: "\\(", count: 17) + String(repeating: ")", count: 17) + "\""
        #expect(diagnose(interpolated)?.contains("error: brackets nest deeper than 16 levels") == true)
        // A quote inside a regex literal opens no string: the brackets after it count (a file
        // like this took the parser 30 s; found by fuzz/run.sh).
        let afterRegex = "let r = /a \"b/\nlet y = " + String(repeating: "[", count: 17) + "1" + String(repeating: "]", count: 17)
        #expect(diagnose(afterRegex)?.hasPrefix("m.swiftgraph:2:25: error: brackets nest deeper than 16 levels") == true)
        // A form feed or an invalid character before `=` made swift-syntax's diagnostics trap
        // (found by fuzz/run.sh).
        #expect(diagnose("let x \u{FFFD}= 1")?.hasPrefix("m.swiftgraph:1:10: error: '=' must have consistent whitespace on both sides") == true)
        #expect(diagnose("let x = 1\nlet y =1")?.hasPrefix("m.swiftgraph:2:7: error: '=' must have consistent whitespace on both sides") == true)
        #expect(diagnose("let y = 2\nlet x \u{0C}= 1")?.hasPrefix(
            "m.swiftgraph:2:7: error: control character U+000C in the file; model files are plain text (tabs and line breaks only)") == true)
        #expect(diagnose("let x = input(\"x\", shape: [1, 2])") == "error: m.swiftgraph: model 'm' has no outputs; mark results with output(\"name\", x)")
        #expect(errorMessage { _ = try SwiftGraphFile.load("/nonexistent/m.swiftgraph") } == "error: /nonexistent/m.swiftgraph: no such file")
    }
}

/// Absurd sizes and values are errors, never crashes.
@Suite struct SwiftGraphLimitTests {
    private func diagnose(_ source: String) -> String? {
        errorMessage { _ = try SwiftGraphFile.evaluate(source, path: "m.swiftgraph") }
    }

    @Test func hugeShapesAndAttributes() {
        #expect(diagnose("output(\"y\", input(\"x\", shape: [100000, 100000, 1000]))")?
            .contains("input 'x': shape [100000, 100000, 1000] has more than 4,294,967,296 elements") == true)
        #expect(diagnose("output(\"y\", dense(input(\"x\", shape: [1, 100000]), units: 100000))")?
            .contains("its parameter 'dense_1.weight' [100000, 100000] has more than 4,294,967,296 elements") == true)
        #expect(diagnose("output(\"y\", conv2d(input(\"x\", shape: [1, 1, 4, 4]), filters: 1, kernel: 3, padding: 9223372036854775807))")?
            .contains("padding 9223372036854775807 is too large (at most 2147483648)") == true)
        #expect(diagnose("output(\"y\", reshape(input(\"x\", shape: [2, 2]), [9223372036854775807, 9223372036854775807, -1]))")?
            .contains("cannot reshape f32[2, 2]") == true)
        #expect(diagnose("output(\"y\", constant(1, shape: [100000, 100000, 1000]))")?.contains("has too many elements") == true)
    }

    @Test func arithmeticAndLoops() {
        #expect(diagnose("let a = -9223372036854775807 - 1\nlet b = a / -1")?.contains("arithmetic overflow in -9223372036854775808 / -1") == true)
        #expect(diagnose("let a = -9223372036854775807 - 1\nlet b = a % -1")?.contains("arithmetic overflow") == true)
        #expect(diagnose("for i in 0..<100000000 { }")?.contains("a loop of 100000000 iterations is too long (at most 1000000)") == true)
        #expect(diagnose("let r = (-9223372036854775807 - 1)..<9223372036854775807")?.contains("range requires lowerBound <= upperBound within Int") == true)
        #expect(diagnose("let r = 0...9223372036854775807")?.contains("range requires lowerBound <= upperBound within Int") == true)
    }

    /// `+ - *` and unary minus are checked like `/` and `%` (they used to wrap, and `-Int.min` trapped).
    @Test func everyIntegerOperationIsChecked() {
        #expect(diagnose("let a = 9223372036854775807 + 1")?
            .hasPrefix("m.swiftgraph:1:29: error: arithmetic overflow in 9223372036854775807 + 1\n") == true)
        #expect(diagnose("let a = -9223372036854775807 - 2")?.contains("arithmetic overflow in -9223372036854775807 - 2") == true)
        #expect(diagnose("let a = 4294967296 * 4294967296")?.contains("arithmetic overflow in 4294967296 * 4294967296") == true)
        #expect(diagnose("var a = 9223372036854775807\na += 1")?.contains("arithmetic overflow in 9223372036854775807 + 1") == true)
        #expect(diagnose("let a = -9223372036854775807 - 1\nlet b = -a")?
            .hasPrefix("m.swiftgraph:2:9: error: arithmetic overflow in -(-9223372036854775808)\n") == true)
    }

    /// A 5,000-term sum (a 20 KB line) nests deeper than the evaluator allows: an error, quoted
    /// around the caret, not a stack overflow.
    @Test func deepExpressionsAreAnError() throws {
        let message = try #require(diagnose("let a = " + Array(repeating: "1", count: 5000).joined(separator: " + ")))
        let lines = message.split(separator: "\n")
        #expect(lines.first == "m.swiftgraph:1:9: error: expressions nest more than 1,000 deep; split the expression with intermediate variables")
        #expect(lines.count == 3 && lines[1].count <= 170 && lines[1].hasPrefix("let a = 1 + 1") && lines[1].hasSuffix("..."))
        #expect(lines.last == "        ^")
    }

    /// Work within every per-loop and depth limit still ends: loops nested three deep (10^9
    /// iterations) stop at the global step budget, at the expression that ran out.
    @Test func evaluationHasAStepBudget() {
        let message = diagnose("""
            var n = 0
            for i in 0..<1000 {
                for j in 0..<1000 {
                    for k in 0..<1000 { n = n + 1 }
                }
            }
            """)
        #expect(message?.contains("error: evaluation takes more than 1,000,000 steps; the loops or recursion around this expression do not finish") == true,
                "\(message ?? "no error")")
        #expect(message?.hasPrefix("m.swiftgraph:4:") == true, "\(message ?? "")")
    }
}

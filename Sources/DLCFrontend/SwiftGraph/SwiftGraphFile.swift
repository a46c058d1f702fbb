import DLCGraph
import Foundation

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

import DLCGraph
import Foundation
@_spi(Testing) import SwiftParser
@_spi(RawSyntax) import SwiftSyntax

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
    /// `maximumNesting` before the parser sees the file. The tokens come from swift-syntax's own
    /// lexer (an SPI of the version Package.swift pins), so comments, strings, raw strings,
    /// regex literals and editor placeholders are told apart exactly as the parser will: a
    /// scanner of our own missed that `/-5 (.../` is a regex literal, and 26 brackets after it
    /// took the parser 30 s (found by fuzz/run.sh).
    static func checkNesting(_ text: String, path: String) throws(DLCError) {
        var text = text
        let deepest: Int? = text.withUTF8 { bytes in
            var tracker = LookaheadTracker()
            return withUnsafeMutablePointer(to: &tracker) { tracker in
                var depth = 0, offset = 0
                // The sequence repeats its end-of-file token forever.
                for lexeme in Lexer.tokenize(bytes, lookaheadTracker: tracker, experimentalFeatures: []) {
                    switch lexeme.rawTokenKind {
                    case .endOfFile: return nil
                    case .leftParen, .leftSquare, .leftBrace: depth += 1
                    case .rightParen, .rightSquare, .rightBrace: depth = max(0, depth - 1)
                    default: break
                    }
                    if depth > maximumNesting { return offset + lexeme.leadingTriviaText.count }
                    offset += lexeme.byteLength
                }
                return nil
            }
        }
        guard let deepest else { return }
        throw DLCError("brackets nest deeper than \(maximumNesting) levels", location: location(in: text, utf8Offset: deepest, path: path))
    }

    /// Refuses control characters other than tab and line breaks before the parser sees them:
    /// swift-syntax's diagnostics trap on some (a form feed before `=`: "A Fix-It must have at
    /// least one change"), and no model needs them.
    static func checkPlainText(_ text: String, path: String) throws(DLCError) {
        var offset = 0
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\t" && scalar != "\r" && scalar != "\n") || scalar.value == 0x7F {
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw DLCError("control character U+\(String(repeating: "0", count: 4 - code.count) + code) in the file; "
                               + "model files are plain text (tabs and line breaks only)",
                               location: location(in: text, utf8Offset: offset, path: path))
            }
            offset += UTF8.width(scalar)
        }
    }

    /// The line and column of a byte of `text`, counted as swift-syntax counts them (columns in
    /// bytes, from 1), for errors found before the file is parsed.
    static func location(in text: String, utf8Offset: Int, path: String) -> DLCGraph.SourceLocation {
        var line = 1, column = 1
        for byte in text.utf8.prefix(utf8Offset) {
            if byte == UInt8(ascii: "\n") { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return DLCGraph.SourceLocation(file: path, line: line, column: column)
    }

    /// The model name a file gets when it does not call `model(...)` (``defaultModelName(forFileNamed:)``).
    public static func defaultModelName(for path: String) -> String {
        DLCGraph.defaultModelName(forFileNamed: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }
}

import DLCGraph

/// Source text of a model file, for quoting lines under diagnostics.
struct SourceText {
    let path: String
    let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The line at a location and a caret under its column, tabs expanded so the caret lines up.
    func quote(_ location: SourceLocation) -> [String] {
        guard location.line >= 1, location.line <= lines.count else { return [] }
        let line = String(lines[location.line - 1]).replacingOccurrences(of: "\t", with: "    ")
        let prefix = lines[location.line - 1].prefix(max(0, location.column - 1))
        let indent = prefix.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        return [line, String(repeating: " ", count: indent) + "^"]
    }
}

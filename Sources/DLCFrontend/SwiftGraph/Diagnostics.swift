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
        // A long line is quoted around the caret only (a generated file can have a 20 KB line).
        let width = 160
        guard line.count > width else { return [line, String(repeating: " ", count: indent) + "^"] }
        let start = max(0, min(indent - width / 3, line.count - width))
        let window = line.dropFirst(start).prefix(width)
        let (before, after) = (start > 0 ? "..." : "", start + width < line.count ? "..." : "")
        return [before + window + after, String(repeating: " ", count: before.count + indent - start) + "^"]
    }
}

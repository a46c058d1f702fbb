/// A place in a model's source: a `.swiftgraph` file or the Swift file that called the DSL.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, 0 when unknown.
    public var column: Int

    /// A location in `file`.
    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)" }
}

/// Every error dlc reports to a user: what went wrong, and where when that is known.
///
/// `description` is the text the CLI prints, e.g.
/// `lenet.swiftgraph:9:5: error: layer 'dense_1' (dense): expected a 2-D input ...`.
public struct DLCError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong, in one line.
    public var message: String
    /// Where the failing layer was created.
    public var location: SourceLocation?
    /// Further lines printed after the message: the source line with a caret, call sites.
    public var notes: [String]

    /// An error with an optional location and notes.
    public init(_ message: String, location: SourceLocation? = nil, notes: [String] = []) {
        self.message = message
        self.location = location
        self.notes = notes
    }

    public var description: String {
        var text = location.map { "\($0): error: \(message)" } ?? "error: \(message)"
        for note in notes { text += "\n" + note }
        return text
    }
}

/// The error an operator definition raises: the message only; the graph adds the layer's name
/// and location when it turns it into a ``DLCError``.
public struct OperatorError: Error, Sendable {
    /// What went wrong, in one line.
    public var message: String
    /// An error with its message.
    public init(_ message: String) { self.message = message }
}

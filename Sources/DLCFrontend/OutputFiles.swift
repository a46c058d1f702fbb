import DLCGraph

/// File names for a model's outputs in a directory: `NAME.npy` when the name is a plain file
/// name, else a sanitized one. An output name comes from the model file, so it must never
/// become a path: `../../x` would write outside the directory.
///
/// ```swift
/// OutputFiles.names(for: ["probs", "../../PWNED", "a/b", "a_b"])
/// // ["probs.npy", "_.._.._PWNED.npy", "a_b.npy", "a_b_2.npy"]
/// ```
public enum OutputFiles {
    /// One file name per output, in order: letters, digits, `-`, `_` and `.` kept (other
    /// characters become `_`), never starting with `.`, at most 100 characters before `.npy`,
    /// unique even on case-insensitive file systems.
    public static func names(for outputs: [String]) -> [String] {
        var unique = UniqueNames(key: { $0.lowercased() })
        return outputs.map { name in
            var base = String(name.unicodeScalars.prefix(100).map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
            if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
            return unique.claim(base) + ".npy"
        }
    }
}

import DLCGraph

/// Names as they may appear in a generated C header.
///
/// Tensor names come from model files people download, so nothing of them reaches the header
/// unchecked: identifiers are sanitized, made unique and kept clear of C and C++ keywords, the
/// API's own parameter and macro names; comments show names escaped so that no name can close
/// the comment or break its line.
///
/// ```swift
/// HeaderNames.identifiers(for: ["a-b", "a_b", "int", "workspace"])   // ["a_b", "a_b_2", "int_", "workspace_"]
/// HeaderNames.comment("y */ int x; /*")                            // "y *\/ int x; /\*"
/// ```
enum HeaderNames {
    /// One parameter identifier per name, in order: lowercase (the header's own macros and those
    /// of <stddef.h> and <stdint.h> are uppercase, so a macro can never rename a parameter),
    /// unique, not a keyword, not `workspace` (the last parameter), not `count` (its uppercase
    /// form is the `_INPUT_COUNT` macro's suffix), not reserved (`__`), not ending in `_t` (the
    /// C library's type names).
    static func identifiers(for names: [String]) -> [String] {
        var unique = UniqueNames(reserved: reserved)
        return names.map { name in
            var base = cIdentifier(name).lowercased()
            if base.hasPrefix("__") || base == "_" { base = "t" + base }
            // A parameter named like a type would hide it from the parameters after it (int32_t).
            if reserved.contains(base) || base.hasSuffix("_t") { base += "_" }
            return unique.claim(base)
        }
    }

    /// `text` as it may stand inside a `/* ... */` comment: line breaks and control characters
    /// escaped, and a backslash between `*` and `/` so that the pair neither ends nor opens a
    /// comment.
    static func comment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "/" where result.hasSuffix("*"), "*" where result.hasSuffix("/"):
                result += "\\" + String(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// C11 and C++20 keywords, alternative operator spellings, and the names the header's own
    /// declarations use.
    static let reserved: Set<String> = [
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
        "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
        "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
        "alignas", "alignof", "and", "and_eq", "asm", "bitand", "bitor", "bool", "catch", "char8_t", "char16_t",
        "char32_t", "class", "compl", "concept", "consteval", "constexpr", "constinit", "const_cast", "co_await",
        "co_return", "co_yield", "decltype", "delete", "dynamic_cast", "explicit", "export", "false", "friend",
        "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private",
        "protected", "public", "reinterpret_cast", "requires", "static_assert", "static_cast", "template", "this",
        "thread_local", "throw", "true", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
        "workspace", "count", "inputs", "outputs",
    ]
}

/// A name as a C identifier: letters, digits and underscores, not starting with a digit (every
/// other character becomes `_`). Model names, header macros and C parameter names use it.
///
/// ```swift
/// cIdentifier("3d-unet.v2")   // "_3d_unet_v2"
/// ```
package func cIdentifier(_ name: String) -> String {
    var result = String(name.unicodeScalars.map { scalar in
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
    })
    if result.isEmpty || result.first!.isNumber { result = "_" + result }
    return result
}

/// The model name a file named `stem` gets when nothing names the model: `stem` as a C
/// identifier, with `model` in front of names that begin with an underscore (`-.onnx` would make
/// symbols such as `__infer`, which C reserves) and of names the C interface reserves (`dlc_...`).
///
/// ```swift
/// defaultModelName(forFileNamed: "resnet-50")   // "resnet_50"
/// defaultModelName(forFileNamed: "-")           // "model_"
/// ```
package func defaultModelName(forFileNamed stem: String) -> String {
    let name = cIdentifier(stem.isEmpty ? "model" : stem)
    return name.hasPrefix("_") ? "model" + name : name.lowercased().hasPrefix("dlc_") ? "model_" + name : name
}

/// Hands out names that are unique among those handed out before, compared by `key` (say,
/// lowercased for case-insensitive file systems) and never in `reserved`: a taken `base` becomes
/// `base_2`, `base_3`, ...
///
/// ```swift
/// var names = UniqueNames(key: { $0.lowercased() })
/// names.claim("a_b")   // "a_b"
/// names.claim("A_B")   // "A_B_2"
/// ```
public struct UniqueNames {
    private var taken = Set<String>()
    private let reserved: Set<String>
    private let key: (String) -> String

    /// A namer that avoids `reserved` names; `key` maps a name to what must be unique (e.g. lowercased).
    public init(reserved: Set<String> = [], key: @escaping (String) -> String = { $0 }) {
        self.reserved = reserved
        self.key = key
    }

    /// A unique C identifier made from `base` (sanitized, then suffixed `_2`, `_3`, ... on collision).
    public mutating func claim(_ base: String) -> String {
        var candidate = base, suffix = 2
        while taken.contains(key(candidate)) || reserved.contains(key(candidate)) {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        taken.insert(key(candidate))
        return candidate
    }
}

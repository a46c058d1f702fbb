/// A name as a C identifier: letters, digits and underscores, not starting with a digit (every
/// other character becomes `_`). Model names, header macros and C parameter names use it.
///
/// ```swift
/// cIdentifier("3d-unet.v2")   // "_3d_unet_v2"
/// ```
public func cIdentifier(_ name: String) -> String {
    var result = String(name.unicodeScalars.map { scalar in
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
    })
    if result.isEmpty || result.first!.isNumber { result = "_" + result }
    return result
}

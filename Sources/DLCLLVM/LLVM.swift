import CLLVM
import DLCGraph

/// Process-wide LLVM facts and one-time initialization.
package enum LLVM {
    /// LLVM's version, e.g. `14.0`.
    package static var version: String { "\(dlc_llvm_version_major()).\(dlc_llvm_version_minor())" }

    package static var majorVersion: Int { Int(dlc_llvm_version_major()) }

    /// Registers every target compiled into LLVM (for cross-compilation). Idempotent.
    package static func initializeTargets() {
        _ = targetsInitialized
    }

    private static let targetsInitialized: Bool = {
        dlc_llvm_initialize_all_targets()
        return true
    }()
}

/// Turns an LLVM-owned message into a Swift string and frees it.
package func takeMessage(_ message: UnsafeMutablePointer<CChar>?) -> String {
    guard let message else { return "" }
    defer { LLVMDisposeMessage(message) }
    return String(cString: message)
}

/// Turns an `LLVMErrorRef` into a ``DLCError`` (consuming it), or nil for success.
package func takeError(_ error: LLVMErrorRef?, context: String) -> DLCError? {
    guard let error else { return nil }
    let message = LLVMGetErrorMessage(error)
    defer { LLVMDisposeErrorMessage(message) }
    return DLCError("\(context): \(message.map { String(cString: $0) } ?? "unknown LLVM error")")
}

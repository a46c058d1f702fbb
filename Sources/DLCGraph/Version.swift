/// dlc's version, embedded in compiled models and printed by `dlc --version`.
public enum DLCVersion {
    /// This dlc's version (semantic versioning).
    public static let current = "0.2.0"
}

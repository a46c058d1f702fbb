/// dlc's version, embedded in compiled models and printed by `dlc --version`.
public enum DLCVersion {
    public static let current = "0.2.0"
}

import DLCGraph
import Foundation

/// Samples and their labels, as `dlc train` reads them: the first axis counts samples.
///
/// Integer samples (the bytes of IDX and uint8 `.npy` images) are pixels and are scaled to
/// [0, 1] (`x / 255`), as the course's tutorials and Keras' examples do; float samples are taken
/// as they are. Labels are class indices (integers) or float targets.
///
/// ```swift
/// let train = try Dataset.load("/usr/share/datasets/fashion-mnist")            // train-* files
/// let test = try Dataset.load("/usr/share/datasets/fashion-mnist", split: .test) // t10k-* files
/// ```
public struct Dataset: Sendable {
    /// `[N, ...]` float32.
    public let samples: TensorData
    /// `[N]` int32 class indices, or `[N, ...]` float32 targets.
    public let labels: TensorData
    /// Where it came from, for messages.
    public let source: String

    /// Which part of a directory of MNIST-style files.
    public enum Split: Sendable { case train, test }

    /// The number of samples.
    public var count: Int { samples.shape[0] }
    /// One sample's shape.
    public var sampleShape: [Int] { Array(samples.shape.dropFirst()) }
    /// Whether labels are class indices.
    public var hasClassLabels: Bool { labels.dtype != .float32 }

    /// Samples and labels; fails unless both count the same samples and every value is finite.
    public init(samples: TensorData, labels: TensorData, source: String) throws(DLCError) {
        guard samples.shape.count >= 2 else {
            throw DLCError("\(source): samples must be [count, ...], got \(samples.type)")
        }
        guard labels.shape.first == samples.shape[0] else {
            throw DLCError("\(source): \(samples.shape[0]) samples but \(labels.shape.first ?? 0) labels (x is \(samples.type), y is \(labels.type))")
        }
        var floats = samples.floats
        if samples.dtype != .float32 {
            for index in floats.indices { floats[index] /= 255 }
        } else if let bad = floats.firstIndex(where: { !$0.isFinite }) {
            throw DLCError("\(source): sample \(bad / max(1, samples.type.elementCount / samples.shape[0])) holds \(floats[bad]); the data must be finite")
        }
        if labels.dtype == .float32, let bad = labels.floats.firstIndex(where: { !$0.isFinite }) {
            throw DLCError("\(source): label \(bad) is \(labels.floats[bad]); targets must be finite")
        }
        self.samples = TensorData(shape: samples.shape, floats: floats)
        self.labels = labels.dtype == .int64 ? TensorData(shape: labels.shape, int32s: try Self.narrowed(labels.integers, source: source)) : labels
        self.source = source
    }

    private static func narrowed(_ values: [Int64], source: String) throws(DLCError) -> [Int32] {
        if let bad = values.firstIndex(where: { $0 < Int64(Int32.min) || $0 > Int64(Int32.max) }) {
            throw DLCError("\(source): label \(bad) is \(values[bad]), not a class index")
        }
        return values.map { Int32($0) }
    }

    /// Reads a dataset: a directory of MNIST-style IDX files (`train-images-idx3-ubyte[.gz]` and
    /// `train-labels-idx1-ubyte[.gz]`, or the `t10k-` pair for `.test`), an IDX images file (its
    /// labels beside it, `images-idx3` → `labels-idx1`, unless `labels` names them), an `.npz`
    /// archive with arrays `x` and `y` (or `x_train`/`y_train`, `x_test`/`y_test`), or an `.npy`
    /// file of samples with `labels` naming the `.npy` of labels.
    public static func load(_ path: String, labels labelsPath: String? = nil, split: Split = .train) throws(DLCError) -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw DLCError("\(path): no such file or directory") }
        if isDirectory.boolValue {
            let prefix = split == .train ? "train" : "t10k"
            let images = try idxFile(in: path, "\(prefix)-images-idx3-ubyte"), labels = try idxFile(in: path, "\(prefix)-labels-idx1-ubyte")
            return try Dataset(samples: IDX.read(images), labels: IDX.read(labels), source: path)
        }
        if path.hasSuffix(".npz") {
            let arrays = try NPZ.read(path)
            let suffix = split == .train ? "train" : "test"
            for (x, y) in [("x", "y"), ("x_\(suffix)", "y_\(suffix)")] {
                if let samples = arrays[x], let labels = arrays[y] { return try Dataset(samples: samples, labels: labels, source: path) }
            }
            throw DLCError("\(path): expected arrays 'x' and 'y' (or 'x_\(suffix)' and 'y_\(suffix)'), found "
                           + arrays.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))
        }
        if path.hasSuffix(".npy") {
            guard let labelsPath else { throw DLCError("\(path): an .npy file holds samples only; name the labels' .npy with --labels") }
            return try Dataset(samples: NumPy.read(path), labels: NumPy.read(labelsPath), source: path)
        }
        let labels = labelsPath ?? path.replacingOccurrences(of: "images-idx3", with: "labels-idx1")
        guard labels != path else {
            throw DLCError("\(path): not a directory, .npz or .npy; an IDX images file needs its labels (--labels)")
        }
        return try Dataset(samples: IDX.read(path), labels: IDX.read(labels), source: path)
    }

    private static func idxFile(in directory: String, _ name: String) throws(DLCError) -> String {
        for candidate in ["\(directory)/\(name).gz", "\(directory)/\(name)"] where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        throw DLCError("\(directory): has no \(name)[.gz]")
    }

    /// The samples at `indices` shaped `[indices.count] + sampleShape` (a sample's elements in any
    /// shape of the same count: 28x28 images feed `[1, 28, 28]` and `[28, 28]` inputs), and their labels.
    public func batch(_ indices: ArraySlice<Int>, sampleShape shape: [Int]) -> (samples: TensorData, labels: TensorData) {
        let size = samples.type.elementCount / count
        let values = samples.floats
        var batch = [Float](); batch.reserveCapacity(indices.count * size)
        for index in indices { batch.append(contentsOf: values[(index * size)..<((index + 1) * size)]) }
        let labelSize = labels.type.elementCount / count
        let labelShape = [indices.count] + labels.shape.dropFirst()
        let picked: TensorData
        switch labels.storage {
        case .float32(let all): picked = TensorData(shape: labelShape, floats: indices.flatMap { all[($0 * labelSize)..<(($0 + 1) * labelSize)] })
        case .int32(let all): picked = TensorData(shape: labelShape, int32s: indices.flatMap { all[($0 * labelSize)..<(($0 + 1) * labelSize)] })
        case .int64(let all): picked = TensorData(shape: labelShape, int64s: indices.flatMap { all[($0 * labelSize)..<(($0 + 1) * labelSize)] })
        }
        return (TensorData(shape: [indices.count] + shape, floats: batch), picked)
    }

    /// The last `fraction` of the samples split off (Keras' `validation_split`: before shuffling).
    public func split(validationFraction fraction: Double) throws(DLCError) -> (training: Dataset, validation: Dataset) {
        guard fraction > 0 && fraction < 1 else { throw DLCError("the validation split must be in (0, 1), got \(fraction)") }
        let validationCount = Int((Double(count) * fraction).rounded())
        guard validationCount >= 1 && validationCount < count else {
            throw DLCError("a validation split of \(fraction) of \(count) samples leaves \(validationCount) for validation")
        }
        let shape = sampleShape
        let (trainX, trainY) = batch(Array(0..<(count - validationCount))[...], sampleShape: shape)
        let (validX, validY) = batch(Array((count - validationCount)..<count)[...], sampleShape: shape)
        return (try Dataset(samples: trainX, labels: trainY, source: source), try Dataset(samples: validX, labels: validY, source: "\(source) (validation split)"))
    }
}

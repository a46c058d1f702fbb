import DLCGraph
import DLCLLVM

/// How a graph is compiled: for which machine, and with how many threads.
///
/// ```swift
/// let options = try CompileOptions(target: .host(), threads: 0)
/// ```
public struct CompileOptions: Sendable {
    /// The machine the code is compiled for.
    public var target: CodegenTarget
    /// Threads of each parallel loop; 0 lets the OpenMP runtime decide (the machine's cores, or
    /// `OMP_NUM_THREADS`).
    public var threads: Int
    /// Whether convolutions and the layers around them compute in the blocked NCHW[lanes]c
    /// layout (the default); off, every tensor stays plain NCHW (for comparisons).
    public var blockedLayout: Bool
    /// Whether the run function times every layer into the exported `NAME_profile_ns` array
    /// (nanoseconds summed over runs, one entry per layer of ``ModelCompiler/graph``).
    public var profile = false
    /// How 3x3 stride-1 convolutions are computed: chosen per layer by the cost model (`auto`),
    /// or forced (a layer Winograd cannot compute stays direct).
    public var convolutionAlgorithm = ConvolutionAlgorithm.auto

    /// The most threads a parallel loop runs on, given or taken from `OMP_NUM_THREADS`: far
    /// more than any CPU has cores, far fewer than would exhaust a process (libgomp crashes
    /// starting a team of 100,000).
    public static let maximumThreads = 1024

    /// Options for `target` (the host when nil), `threads` per parallel loop (0: the machine's cores), with or without the blocked layout.
    public init(target: CodegenTarget? = nil, threads: Int = 0, blockedLayout: Bool = true) throws(DLCError) {
        if let target { self.target = target } else { self.target = try CodegenTarget.host() }
        guard (0...Self.maximumThreads).contains(threads) else {
            throw DLCError("threads must be from 0 (the machine's cores) to \(Self.maximumThreads), got \(threads)")
        }
        self.threads = threads
        self.blockedLayout = blockedLayout
    }
}

/// The algorithm of a convolution, as `--conv-algorithm` names it.
///
/// ```swift
/// var options = try CompileOptions()
/// options.convolutionAlgorithm = .direct   // no Winograd layers
/// ```
public enum ConvolutionAlgorithm: String, Sendable, CaseIterable {
    /// Winograd where the cost model expects it to be faster, direct elsewhere.
    case auto
    /// Direct convolution everywhere.
    case direct
    /// Winograd F(4x4, 3x3) for every layer it can compute.
    case winograd
    /// Winograd F(2x2, 3x3) for every layer it can compute.
    case winograd2x2 = "winograd-2x2"
}

/// Status codes of a compiled model's run function (also in the generated C header).
public enum RunStatus: Int32, Sendable {
    case ok = 0
    case invalidArgument = 1
    case outOfMemory = 2
    case invalidInput = 3
    /// A training step computed a loss, next weight or optimizer state that is not finite; the state
    /// is left as it was.
    case nonFiniteState = 4

    /// The message the Swift runtime reports for a non-zero status.
    public var message: String {
        switch self {
        case .ok: "success"
        case .invalidArgument: "a null input, output or buffer pointer was passed"
        case .outOfMemory: "the workspace could not be allocated"
        case .invalidInput: "an input value is out of range (a token outside the vocabulary, or a gather index outside its axis)"
        case .nonFiniteState: "the step's loss, next weights or optimizer state are not finite (NaN or infinity); the state is left as it was"
        }
    }
}

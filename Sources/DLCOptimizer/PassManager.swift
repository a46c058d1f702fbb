import DLCGraph
import Foundation

/// A graph-to-graph transformation. Passes mark layers removed and edit them in place; the
/// pass manager compacts and verifies the graph after each one.
public protocol GraphPass: Sendable {
    /// The name `--print-after` and reports use (`fold-batch-norm`).
    var name: String { get }
    /// Rewrites the graph; returns one line per change made.
    func run(on graph: inout Graph) throws(DLCError) -> [String]
}

/// Runs a pipeline of passes: `-O0` (none) to `-O3` (everything), with printing and timing.
///
/// ```swift
/// var manager = PassManager(level: 3, evaluator: ReferenceEvaluator())
/// manager.log = { print($0) }
/// try manager.run(&graph)
/// ```
public struct PassManager: Sendable {
    /// The passes, in order.
    public var passes: [any GraphPass]
    /// Print the graph after every pass.
    public var printAfterAll = false
    /// Print the graph after the passes with these names.
    public var printAfter: Set<String> = []
    /// Report each pass's time.
    public var timePasses = false
    /// Report what each pass changed.
    public var verbose = false
    /// Where reports go.
    public var log: @Sendable (String) -> Void = { _ in }

    /// A pipeline of `passes`, run in order.
    public init(passes: [any GraphPass]) { self.passes = passes }

    /// The standard pipeline of an optimization level:
    /// - `-O0`: nothing;
    /// - `-O1`: clean-up (dropout, no-op reshapes, common subexpressions, dead layers);
    /// - `-O2`: and folding (constants, batch norm into convolutions and dense layers, explicit
    ///   zero padding into convolution and pooling padding);
    /// - `-O3`: and fusion (residual adds and activations into the convolution's epilogue).
    /// Constant folding needs `evaluator` to compute layers.
    public init(level: Int, evaluator: (any LayerEvaluator)? = nil) throws(DLCError) {
        guard (0...3).contains(level) else { throw DLCError("optimization level must be 0 to 3, got \(level)") }
        var passes: [any GraphPass] = []
        if level >= 1 {
            passes += [RemoveDropout(), EliminateNoOpReshapes(), EliminateCommonSubexpressions()]
        }
        if level >= 2 {
            if let evaluator { passes.append(FoldConstants(evaluator: evaluator)) }
            passes += [FoldBatchNorm(), FoldZeroPadding()]
        }
        if level >= 3 {
            passes += [FuseResidualAdd(), FuseActivation()]
        }
        if level >= 1 { passes.append(EliminateDeadCode()) }
        self.init(passes: passes)
    }

    /// The names of every pass `--print-after` accepts.
    public static let passNames = [
        RemoveDropout().name, EliminateNoOpReshapes().name, EliminateCommonSubexpressions().name, FoldConstants.passName,
        FoldBatchNorm().name, FoldZeroPadding().name, FuseResidualAdd().name, FuseActivation().name, EliminateDeadCode().name,
    ]

    /// Runs every pass on `graph`, verifying it after each.
    public func run(_ graph: inout Graph) throws(DLCError) {
        for name in printAfter where !Self.passNames.contains(name) {
            throw DLCError("unknown pass '\(name)'; passes are \(Self.passNames.joined(separator: ", "))")
        }
        for pass in passes {
            let start = Date()
            let changes = try pass.run(on: &graph)
            try graph.compact()
            try graph.verify()
            let seconds = Date().timeIntervalSince(start)
            if verbose {
                log("\(pass.name): \(changes.isEmpty ? "no change" : "\(changes.count) change\(changes.count == 1 ? "" : "s")")")
                for change in changes { log("  \(change)") }
            }
            if timePasses {
                log(pass.name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%9.3f ms", seconds * 1000))
            }
            if printAfterAll || printAfter.contains(pass.name) {
                log("// after \(pass.name)\n\(graph)")
            }
        }
    }
}

extension Graph {
    /// Whether `value` feeds exactly one live layer and is not an output: it can be folded away.
    func hasSingleUse(_ value: ValueID) -> Bool {
        !isOutput(value) && userCount(of: value) == 1
    }
}

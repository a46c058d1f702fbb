import DLCGraph
import DLCInterpreter
import DLCOptimizer

extension Graph {
    /// This graph after the standard pipeline of an optimization level (0 to 3), with the
    /// reference kernels folding constants.
    ///
    /// ```swift
    /// let fast = try graph.optimized(level: 3)
    /// ```
    public func optimized(level: Int = 3) throws(DLCError) -> Graph {
        var graph = self
        try PassManager(level: level, evaluator: ReferenceEvaluator()).run(&graph)
        return graph
    }
}

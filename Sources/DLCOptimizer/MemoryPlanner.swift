import DLCGraph

/// Where every tensor of a compiled graph lives during one inference.
///
/// Views (flatten, reshape, dropout) share their source's storage; a graph output is computed
/// straight into the caller's output buffer when it can be; every other intermediate tensor, and
/// each layer's scratch space, gets an offset in one workspace arena, reusing the space of
/// tensors that are no longer live.
public struct MemoryPlan: Sendable {
    public enum Location: Hashable, Sendable {
        /// The caller's input buffer of that index.
        case input(Int)
        /// The caller's output buffer of that index.
        case output(Int)
        /// A weight, read from the compiled constants.
        case parameter
        /// A byte offset into the workspace.
        case workspace(offset: Int)
    }

    /// The location of each value (a view has its source's location).
    public var locations: [ValueID: Location]
    /// Scratch offset of each node that asked for scratch space, by node index.
    public var scratchOffsets: [Int: Int]
    /// Bytes of workspace the plan needs (aligned offsets included).
    public var workspaceSize: Int
    /// The sum of all intermediate tensors and scratch buffers: the arena without any reuse.
    public var unplannedSize: Int
    /// Outputs whose value lives elsewhere (an input, a weight, another output), copied at the end.
    public var outputCopies: [(output: Int, value: ValueID)]

    public func location(of value: ValueID) -> Location { locations[value]! }
}

/// Plans the memory of a graph with liveness-based reuse.
///
/// ```swift
/// let plan = MemoryPlanner.plan(graph)
/// print(plan.workspaceSize, "bytes instead of", plan.unplannedSize)
/// ```
public enum MemoryPlanner {
    /// Whether a node's output is its input reinterpreted (no code, no storage of its own).
    public static func isView(_ operation: Operation) -> Bool {
        switch operation {
        case .flatten, .reshape, .dropout: true
        default: false
        }
    }

    /// The value whose storage `value` shares: itself unless it is a view.
    public static func storageRoot(of value: ValueID, in graph: Graph) -> ValueID {
        var current = value
        while let node = graph.producer(of: current), isView(node.operation) { current = node.inputs[0] }
        return current
    }

    /// Plans storage for `graph`. `scratchBytes` gives the scratch space a node's kernel needs
    /// (live only while that node runs); `alignment` aligns every offset.
    public static func plan(_ graph: Graph, alignment: Int = 64, scratchBytes: (Node) -> Int = { _ in 0 }) -> MemoryPlan {
        var locations: [ValueID: MemoryPlan.Location] = [:]
        for (index, id) in graph.inputs.enumerated() { locations[id] = .input(index) }
        for id in graph.parameters { locations[id] = .parameter }

        // Outputs are computed in place when their storage is a node's own and not yet claimed.
        var outputCopies: [(output: Int, value: ValueID)] = []
        for (index, output) in graph.outputs.enumerated() {
            let root = storageRoot(of: output.value, in: graph)
            if locations[root] == nil, graph.producer(of: root) != nil {
                locations[root] = .output(index)
            } else {
                outputCopies.append((index, output.value))
            }
        }

        // Live intervals, in node indices, of the remaining roots and of scratch buffers.
        struct Request {
            var owner: Int   // value index, or -1 - node index for scratch
            var bytes: Int
            var first: Int
            var last: Int
        }
        var requests: [Int: Request] = [:]
        func aligned(_ bytes: Int) -> Int { (bytes + alignment - 1) / alignment * alignment }
        for (index, node) in graph.nodes.enumerated() where !isView(node.operation) && locations[node.output] == nil {
            requests[node.output.index] = Request(owner: node.output.index, bytes: aligned(graph[node.output].type.byteCount),
                                                  first: index, last: index)
        }
        for (index, node) in graph.nodes.enumerated() {
            for operand in node.inputs {
                let root = storageRoot(of: operand, in: graph)
                if requests[root.index] != nil { requests[root.index]!.last = max(requests[root.index]!.last, index) }
            }
        }
        var scratch: [Request] = []
        for (index, node) in graph.nodes.enumerated() {
            let bytes = scratchBytes(node)
            if bytes > 0 { scratch.append(Request(owner: -1 - index, bytes: aligned(bytes), first: index, last: index)) }
        }
        let all = Array(requests.values) + scratch
        let unplanned = all.reduce(0) { $0 + $1.bytes }

        // Greedy first fit, largest first: each buffer takes the lowest offset that overlaps no
        // buffer live at the same time.
        var placed: [(request: Request, offset: Int)] = []
        for request in all.sorted(by: { ($0.bytes, -$0.first, $0.owner) > ($1.bytes, -$1.first, $1.owner) }) {
            let conflicts = placed.filter { $0.request.first <= request.last && request.first <= $0.request.last }
                .map { ($0.offset, $0.offset + $0.request.bytes) }.sorted { $0.0 < $1.0 }
            var offset = 0
            for (start, end) in conflicts {
                if offset + request.bytes <= start { break }
                offset = max(offset, end)
            }
            placed.append((request, offset))
        }
        var scratchOffsets: [Int: Int] = [:]
        var size = 0
        for (request, offset) in placed {
            if request.owner >= 0 {
                locations[ValueID(request.owner)] = .workspace(offset: offset)
            } else {
                scratchOffsets[-1 - request.owner] = offset
            }
            size = max(size, offset + request.bytes)
        }
        // Views share their root's location.
        for node in graph.nodes where isView(node.operation) {
            locations[node.output] = locations[storageRoot(of: node.output, in: graph)]
        }
        return MemoryPlan(locations: locations, scratchOffsets: scratchOffsets, workspaceSize: size,
                          unplannedSize: unplanned, outputCopies: outputCopies)
    }
}

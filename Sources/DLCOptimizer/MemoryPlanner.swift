import DLCGraph

/// Where every tensor of a compiled graph lives during one inference.
///
/// Views (flatten, reshape, dropout) share their source's storage; a graph output is computed
/// straight into the caller's output buffer when it can be; a concat's inputs are computed
/// straight into their slices of its output when they can be (the concat then has no code);
/// every other intermediate tensor, and each layer's scratch space, gets an offset in one
/// workspace arena, reusing the space of tensors that are no longer live.
public struct MemoryPlan: Sendable {
    /// Where a tensor lives.
    public enum Location: Hashable, Sendable {
        /// The caller's input buffer of that index.
        case input(Int)
        /// The caller's output buffer of that index.
        case output(Int)
        /// A weight, read from the compiled constants.
        case parameter
        /// A constant layer's value, also compiled in.
        case constant
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
    /// Layers that write over one of their inputs: layer index → position of that input.
    public var inPlaceNodes: [Int: Int]
    /// Layers whose output is assembled where their inputs were computed (concats whose inputs
    /// were written into their slices): they need no code.
    public var assembledNodes: Set<Int>

    /// The location of `value`.
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
    public static func isView(_ operation: Operation) -> Bool { operation.definition.isView }

    /// The value whose storage `value` shares: itself unless it is a view.
    public static func storageRoot(of value: ValueID, in graph: Graph) -> ValueID {
        var current = value
        while let node = graph.producer(of: current), isView(node.operation) { current = node.inputs[0] }
        return current
    }

    /// The data input a layer may overwrite with its output, if any (its operator's definition
    /// says which).
    public static func overwritableInput(of node: Node, in graph: Graph) -> Int? {
        node.operation.definition.overwritableInput(inputs: node.inputs.map { graph[$0].type }, output: graph[node.output].type)
    }

    /// Plans storage for `graph`. `scratchBytes` gives the scratch space a node's kernel needs
    /// (live only while that node runs); `alignment` aligns every offset. With `inPlace`,
    /// element-wise layers write over an input that is not read afterwards.
    public static func plan(_ graph: Graph, alignment: Int = 64, inPlace: Bool = true,
                            scratchBytes: (Node) -> Int = { _ in 0 }) -> MemoryPlan {
        // Storage classes: a view shares its input's storage, an in-place layer its input's.
        var parent = Array(graph.values.indices)
        func find(_ index: Int) -> Int {
            var root = index
            while parent[root] != root { root = parent[root] }
            var current = index
            while parent[current] != root { (parent[current], current) = (root, parent[current]) }
            return root
        }
        for node in graph.nodes where isView(node.operation) { parent[find(node.output.index)] = find(node.inputs[0].index) }

        var pinned = Set<Int>()   // classes holding an input, a weight or a constant
        for id in graph.inputs + graph.parameters { pinned.insert(find(id.index)) }
        for node in graph.nodes { if case .constant = node.operation { pinned.insert(find(node.output.index)) } }
        var lastUse: [Int: Int] = [:]
        for (index, node) in graph.nodes.enumerated() {
            for operand in node.inputs { lastUse[find(operand.index)] = max(lastUse[find(operand.index)] ?? -1, index) }
        }
        for output in graph.outputs { lastUse[find(output.value.index)] = Int.max }

        var inPlaceNodes: [Int: Int] = [:]
        if inPlace {
            for (index, node) in graph.nodes.enumerated() {
                guard let position = overwritableInput(of: node, in: graph) else { continue }
                let input = find(node.inputs[position].index)
                let output = find(node.output.index)
                // The input dies here, is not read twice by this layer, and is an intermediate.
                guard input != output, !pinned.contains(input), lastUse[input] == index,
                      node.inputs.filter({ find($0.index) == input }).count == 1 else { continue }
                parent[input] = output
                lastUse[output] = max(lastUse[output] ?? index, index)
                inPlaceNodes[index] = position
            }
        }

        var locations: [ValueID: MemoryPlan.Location] = [:]
        var classLocations: [Int: MemoryPlan.Location] = [:]
        for (index, id) in graph.inputs.enumerated() { classLocations[find(id.index)] = .input(index) }
        for id in graph.parameters { classLocations[find(id.index)] = .parameter }
        for node in graph.nodes { if case .constant = node.operation { classLocations[find(node.output.index)] = .constant } }

        // Outputs are computed in place when their storage is a layer's own and not yet claimed.
        var outputCopies: [(output: Int, value: ValueID)] = []
        for (index, output) in graph.outputs.enumerated() {
            let root = find(output.value.index)
            if classLocations[root] == nil {
                classLocations[root] = .output(index)
            } else {
                outputCopies.append((index, output.value))
            }
        }

        // Concats assembled in place: each input's storage class becomes a slice of the
        // concat's, at the input's byte offset. Nested concats chain slices.
        var members: [Int: [Int]] = [:]   // class → its values
        for index in graph.values.indices { members[find(index), default: []].append(index) }
        // Class → the layers that write it (not views), gathered once: a class of many in-place
        // layers would otherwise be searched at every concat reading it.
        var writersOfClass: [Int: [Int]] = [:]
        for (index, node) in graph.nodes.enumerated() where !isView(node.operation) {
            writersOfClass[find(node.output.index), default: []].append(index)
        }
        func writers(of storageClass: Int) -> [Int] { writersOfClass[storageClass] ?? [] }
        var sliceOf: [Int: (whole: Int, offset: Int)] = [:]
        var assembledNodes: Set<Int> = []
        if inPlace {
            for (index, node) in graph.nodes.enumerated() {
                guard let offsets = node.operation.definition.inputPlacements(
                    inputs: node.inputs.map { graph[$0].type }, output: graph[node.output].type) else { continue }
                let whole = find(node.output.index)
                let parts = node.inputs.map { find($0.index) }
                let partsLastUse = parts.map { lastUse[$0] ?? index }.max() ?? index
                // The concat's storage is an intermediate not written over while its parts are
                // read; each part is an intermediate of its own, produced (and written) only
                // before the concat, and in no other place.
                guard classLocations[whole] == nil, !pinned.contains(whole),
                      writers(of: whole).allSatisfy({ $0 == index || $0 > partsLastUse }),
                      Set(parts).count == parts.count,
                      parts.allSatisfy({ part in
                          part != whole && classLocations[part] == nil && !pinned.contains(part) && sliceOf[part] == nil
                              && writers(of: part).allSatisfy { $0 < index }
                      })
                else { continue }
                for (part, offset) in zip(parts, offsets) { sliceOf[part] = (whole, offset) }
                assembledNodes.insert(index)
            }
        }
        /// The class whose buffer holds `storageClass`, and the byte offset in it. Each class's
        /// answer is kept: a chain of concats, each assembled in the next (DenseNet's), made
        /// following the slices from every value quadratic in the layers.
        var homes: [Int: (root: Int, offset: Int)] = [:]
        func home(of storageClass: Int) -> (root: Int, offset: Int) {
            var chain: [Int] = []   // the slices passed on the way out
            var current = storageClass
            while homes[current] == nil, let slice = sliceOf[current] {
                chain.append(current)
                current = slice.whole
            }
            var found = homes[current] ?? (root: current, offset: 0)
            for slice in chain.reversed() {
                found.offset += sliceOf[slice]!.offset
                homes[slice] = found
            }
            return found
        }

        // Live intervals, in layer indices, of workspace classes and of scratch buffers.
        struct Request {
            var owner: Int   // class (value index), or -1 - node index for scratch
            var bytes: Int
            var first: Int
            var last: Int
        }
        func aligned(_ bytes: Int) -> Int { (bytes + alignment - 1) / alignment * alignment }
        var requests: [Int: Request] = [:]
        for (index, node) in graph.nodes.enumerated() {
            let storageClass = find(node.output.index)
            let root = home(of: storageClass).root
            guard classLocations[root] == nil else { continue }
            let last = max(lastUse[storageClass] ?? index, index)
            if var request = requests[root] {
                request.last = max(request.last, last)
                requests[root] = request
            } else {
                let bytes = members[root, default: []].map { graph[ValueID($0)].type.byteCount }.max() ?? 0
                requests[root] = Request(owner: root, bytes: aligned(bytes), first: index, last: last)
            }
        }
        var scratch: [Request] = []
        for (index, node) in graph.nodes.enumerated() {
            let bytes = scratchBytes(node)
            if bytes > 0 { scratch.append(Request(owner: -1 - index, bytes: aligned(bytes), first: index, last: index)) }
        }
        let all = Array(requests.values) + scratch
        // Without reuse: every intermediate tensor (not a view, an output or a constant) and every
        // scratch buffer in space of its own.
        var unplanned = 0
        let outputValues = Set(graph.outputs.map(\.value))
        for node in graph.nodes {
            if !isView(node.operation), !outputValues.contains(node.output), !pinned.contains(find(node.output.index)) {
                unplanned += aligned(graph[node.output].type.byteCount)
            }
            unplanned += aligned(scratchBytes(node))
        }

        // Greedy first fit, largest first: each buffer takes the lowest offset that overlaps no
        // buffer live at the same time. The buffers live at the same time come from an
        // `IntervalIndex`: testing every placed buffer made planning quadratic in the layers.
        let order = all.sorted(by: { ($0.bytes, -$0.first, $0.owner) > ($1.bytes, -$1.first, $1.owner) })
        var placedIntervals = IntervalIndex(order.map { (first: $0.first, last: $0.last) })
        var placed: [(request: Request, offset: Int)] = []
        for (position, request) in order.enumerated() {
            let conflicts = placedIntervals.added(meeting: request.first, through: request.last)
                .map { (placed[$0].offset, placed[$0].offset + placed[$0].request.bytes) }.sorted { $0.0 < $1.0 }
            var offset = 0
            for (start, end) in conflicts {
                if offset + request.bytes <= start { break }
                offset = max(offset, end)
            }
            placed.append((request, offset))
            placedIntervals.add(position)
        }
        var scratchOffsets: [Int: Int] = [:]
        var size = 0
        for (request, offset) in placed {
            if request.owner >= 0 {
                classLocations[request.owner] = .workspace(offset: offset)
            } else {
                scratchOffsets[-1 - request.owner] = offset
            }
            size = max(size, offset + request.bytes)
        }
        for index in graph.values.indices {
            let (root, offset) = home(of: find(index))
            switch classLocations[root] {
            case .workspace(let start)?: locations[ValueID(index)] = .workspace(offset: start + offset)
            case let location?: locations[ValueID(index)] = location   // only workspace classes have slices
            case nil: break
            }
        }
        return MemoryPlan(locations: locations, scratchOffsets: scratchOffsets, workspaceSize: size,
                          unplannedSize: unplanned, outputCopies: outputCopies, inPlaceNodes: inPlaceNodes,
                          assembledNodes: assembledNodes)
    }
}

/// Intervals of layer indices (`first...last`), known in advance and added one at a time, that
/// answer which added ones share a layer with a given interval. A tree over the intervals
/// sorted by `first` keeps in each node the latest `last` added below it, so a question costs
/// O(log n) for each interval found instead of a look at every added one.
private struct IntervalIndex {
    /// Interval numbers in the order of their `first`; the tree's leaves, left to right.
    private let leafIntervals: [Int]
    /// The `first` of each leaf's interval, ascending.
    private let leafFirsts: [Int]
    /// Each interval's leaf.
    private let leafOfInterval: [Int]
    /// Each interval's `last`.
    private let lasts: [Int]
    /// Leaves, a power of two; node `i` of the tree has children `2i` and `2i + 1`, leaf `j` is
    /// node `leafCount + j`.
    private let leafCount: Int
    /// The latest `last` of the intervals added below each node (`Int.min` for none).
    private var latestLast: [Int]

    init(_ intervals: [(first: Int, last: Int)]) {
        leafIntervals = intervals.indices.sorted { intervals[$0].first < intervals[$1].first }
        leafFirsts = leafIntervals.map { intervals[$0].first }
        var leafOfInterval = [Int](repeating: 0, count: intervals.count)
        for (leaf, interval) in leafIntervals.enumerated() { leafOfInterval[interval] = leaf }
        self.leafOfInterval = leafOfInterval
        lasts = intervals.map(\.last)
        var leafCount = 1
        while leafCount < intervals.count { leafCount *= 2 }
        self.leafCount = leafCount
        latestLast = [Int](repeating: .min, count: 2 * leafCount)
    }

    /// Adds interval `interval` (its position in the list given to `init`).
    mutating func add(_ interval: Int) {
        var node = leafCount + leafOfInterval[interval]
        latestLast[node] = lasts[interval]
        while node > 1 {
            node /= 2
            latestLast[node] = max(latestLast[2 * node], latestLast[2 * node + 1])
        }
    }

    /// The added intervals that share a layer with `first...last`.
    func added(meeting first: Int, through last: Int) -> [Int] {
        // Leaves before `end` start at or before `last`; of those, the ones that end at or after
        // `first` meet it.
        var low = 0, end = leafFirsts.count
        while low < end {
            let middle = (low + end) / 2
            if leafFirsts[middle] <= last { low = middle + 1 } else { end = middle }
        }
        var found: [Int] = []
        var pending = [(node: 1, start: 0, width: leafCount)]   // nodes to visit and the leaves below them
        while let (node, start, width) = pending.popLast() {
            guard start < end, latestLast[node] >= first else { continue }
            if width == 1 {
                found.append(leafIntervals[start])
            } else {
                pending.append((2 * node + 1, start + width / 2, width / 2))
                pending.append((2 * node, start, width / 2))
            }
        }
        return found
    }
}

import DLC
import DLCTestSupport
import Testing

@Suite struct MemoryPlannerTests {
    @Test func buffersOfDeadTensorsAreReused() throws {
        // A chain of four same-sized layers needs two buffers, not three (the last is the output).
        let graph = try Graph.build {
            var x = input("x", shape: [1, 1024])
            for _ in 0..<4 { x = relu(x) }
            output("y", x)
        }
        let plan = MemoryPlanner.plan(graph, inPlace: false)
        #expect(plan.unplannedSize == 3 * 4096)
        #expect(plan.workspaceSize == 2 * 4096)
        #expect(plan.location(of: graph.outputs[0].value) == .output(0))
        #expect(plan.location(of: graph.inputs[0]) == .input(0))
    }

    @Test func liveTensorsNeverShareSpace() throws {
        // a feeds both the branch and the final add, so it stays live across b and c.
        let graph = try Graph.build {
            let x = input("x", shape: [1, 256])
            let a = relu(x)
            let b = sigmoid(a)
            let c = tanh(b)
            output("y", add(a, c))
        }
        let plan = MemoryPlanner.plan(graph, inPlace: false)
        var intervals: [(Int, Int, Int, Int)] = []   // first use, last use, offset, end
        for (index, node) in graph.nodes.enumerated() {
            guard case .workspace(let offset) = plan.location(of: node.output) else { continue }
            let last = graph.nodes.indices.last { graph.nodes[$0].inputs.contains(node.output) } ?? index
            intervals.append((index, last, offset, offset + graph[node.output].type.byteCount))
        }
        #expect(intervals.count == 3)
        for (i, a) in intervals.enumerated() {
            for b in intervals[(i + 1)...] where a.0 <= b.1 && b.0 <= a.1 {
                #expect(a.3 <= b.2 || b.3 <= a.2, "overlapping live buffers")
            }
        }
        #expect(plan.workspaceSize == 3 * 1024)
    }

    @Test func elementwiseLayersOverwriteInputsThatDie() throws {
        // relu(x) cannot overwrite the caller's input; each later activation overwrites its
        // input, and the last one is the output, so the whole chain runs in the output buffer.
        let chain = try Graph.build {
            var x = input("x", shape: [1, 1024])
            for _ in 0..<4 { x = relu(x) }
            output("y", x)
        }
        let plan = MemoryPlanner.plan(chain)
        #expect(plan.inPlaceNodes == [1: 0, 2: 0, 3: 0])
        #expect(plan.workspaceSize == 0)
        #expect(chain.nodes.allSatisfy { plan.location(of: $0.output) == .output(0) })

        // a is read again by the add, so sigmoid(a) may not overwrite it; tanh(b) overwrites b;
        // the add overwrites a (its last reader), which is then computed in the output buffer.
        let branch = try Graph.build {
            let x = input("x", shape: [1, 256])
            let a = relu(x)
            let b = sigmoid(a)
            let c = tanh(b)
            output("y", add(a, c))
        }
        let branchPlan = MemoryPlanner.plan(branch)
        #expect(branchPlan.inPlaceNodes == [2: 0, 3: 0])
        #expect(branchPlan.location(of: branch.nodes[0].output) == .output(0))
        #expect(branchPlan.location(of: branch.nodes[1].output) == branchPlan.location(of: branch.nodes[2].output))
        #expect(branchPlan.workspaceSize == 1024)
    }

    @Test func viewsShareTheirSourceAndOutputsAreWrittenInPlace() throws {
        let graph = try Graph.build {
            let x = input("x", shape: [2, 3, 4])
            let y = relu(x)
            output("flat", flatten(y))
            output("again", reshape(y, [24]))
            output("input", x)
        }
        let plan = MemoryPlanner.plan(graph)
        let activated = graph.nodes[0].output
        #expect(plan.location(of: activated) == .output(0))
        #expect(plan.location(of: graph.outputs[0].value) == .output(0))
        #expect(plan.outputCopies.map { $0.output } == [1, 2], "a second view of the same storage and an input are copied")
        #expect(plan.workspaceSize == 0)
    }

    @Test func scratchSpaceLivesOnlyDuringItsLayer() throws {
        let graph = try Graph.build {
            var x = input("x", shape: [1, 128])
            x = relu(x)
            x = relu(x)
            output("y", relu(x))
        }
        let plan = MemoryPlanner.plan(graph, scratchBytes: { _ in 1000 })
        #expect(plan.scratchOffsets.count == 3)
        #expect(plan.workspaceSize < plan.unplannedSize)
        #expect(plan.scratchOffsets.values.allSatisfy { $0 % 64 == 0 })
    }

    /// The workspace offset of a value; nil when it lives elsewhere.
    private func offset(of value: ValueID, in plan: MemoryPlan) -> Int? {
        guard case .workspace(let offset) = plan.location(of: value) else { return nil }
        return offset
    }

    @Test func concatInputsAreComputedIntoTheirSlices() throws {
        // Inception-style: four branches into one concat, then that concat and a third branch
        // into a second one. Every branch lands in its slice; neither concat has code.
        let graph = try Graph.build {
            let x = input("x", shape: [1, 4, 6, 6])
            let a = relu(x), b = sigmoid(x), c = tanh(x), d = relu(x)
            let inner = concat([a, b, c, d])
            let outer = concat([relu(x), inner])
            output("y", globalAvgPool2d(outer))
        }
        let plan = MemoryPlanner.plan(graph)
        let concats = graph.nodes.indices.filter { if case .concat = graph.nodes[$0].operation { true } else { false } }
        #expect(plan.assembledNodes == Set(concats))
        let inner = graph.nodes[concats[0]], outer = graph.nodes[concats[1]]
        let slab = 4 * 36 * 4   // bytes of one [1, 4, 6, 6] branch
        let outerStart = try #require(offset(of: outer.output, in: plan))
        #expect(offset(of: outer.inputs[0], in: plan) == outerStart)
        #expect(offset(of: inner.output, in: plan) == outerStart + slab)
        for (position, branch) in inner.inputs.enumerated() {
            #expect(offset(of: branch, in: plan) == outerStart + slab * (1 + position))
        }
        // The outer concat's buffer (5 slabs, a multiple of 64 bytes) is the whole workspace.
        #expect(plan.workspaceSize == 5 * slab)
    }

    @Test func concatsAreCopiedWhenTheirInputsCannotBeSlices() throws {
        func assembled(_ body: (Tensor) -> Tensor, shape: [Int] = [1, 4, 6, 6]) throws -> Bool {
            let graph = try Graph.build {
                let x = input("x", shape: shape)
                output("y", body(x))
            }
            return !MemoryPlanner.plan(graph).assembledNodes.isEmpty
        }
        #expect(try assembled { x in globalAvgPool2d(concat([relu(x), sigmoid(x)])) })
        #expect(try !assembled { x in globalAvgPool2d(concat([x, sigmoid(x)])) }, "a graph input is the caller's buffer")
        #expect(try !assembled { x in concat([relu(x), sigmoid(x)]) }, "the concat is the output: its buffer is the caller's")
        #expect(try !assembled { x in relu(concat([relu(x), sigmoid(x)])) }, "relu writes the output over the concat")
        #expect(try !assembled({ x in globalAvgPool2d(concat([relu(x), sigmoid(x)])) }, shape: [2, 4, 6, 6]),
                "batch 2: each input is two runs of the output")
        #expect(try !assembled { x in
            let a = relu(x)
            return globalAvgPool2d(concat([a, a]))
        }, "one tensor cannot be in two slices")
        #expect(try !assembled { x in
            let a = relu(x)
            let joined = sigmoid(concat([a, sigmoid(x)]))   // overwrites the concat's buffer, a's slice included
            return concat([globalAvgPool2d(joined), globalAvgPool2d(a)])
        }, "the concat's buffer is written over while a part is still read")
        // A part written in place after the concat, before the concat is read, would change
        // the concat's value.
        let overwritten = try Graph.build {
            let x = input("x", shape: [1, 4, 6, 6])
            let a = relu(x)
            let joined = concat([a, sigmoid(x)])
            let later = tanh(a)   // a's last reader: it overwrites a
            output("y", concat([globalAvgPool2d(joined), globalAvgPool2d(later)]))
        }
        let plan = MemoryPlanner.plan(overwritten)
        let first = try #require(overwritten.nodes.firstIndex { if case .concat = $0.operation { true } else { false } })
        #expect(plan.inPlaceNodes[first + 1] == 0, "tanh overwrites a")
        #expect(!plan.assembledNodes.contains(first), "tanh(a) overwrites a in place after the concat read it")
    }
}

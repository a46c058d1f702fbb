import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct ModelTests {
    func lenet() throws -> Graph {
        var graph = try ModelLoader.load("\(packageRoot)/examples/lenet.swiftgraph")
        try ModelLoader.bindWeights(&graph)
        return graph
    }

    @Test func compiledLibrariesDescribeThemselves() throws {
        let model = try Model.compileAndLoad(lenet())
        #expect(model.info.name == "lenet")
        #expect(model.info.dlcVersion == DLCVersion.current)
        #expect(model.info.target.hasPrefix(try CodegenTarget.host().triple))
        #expect(model.info.inputs == [TensorDescription(name: "image", type: TensorType(shape: [1, 1, 28, 28]))])
        #expect(model.info.outputs == [TensorDescription(name: "probs", type: TensorType(shape: [1, 10]))])
        #expect(model.info.macCount == 416_520)
        #expect(model.info.workspaceSize > 0)
    }

    @Test func concurrentRunsOnOneModelAreSafe() throws {
        let graph = try lenet()
        let images = try NumPy.read("\(packageRoot)/examples/digits/heldout-images.npy").floats
        let inputs = (0..<16).map { index in
            ["image": TensorData(shape: [1, 1, 28, 28], floats: Array(images[(index * 784)..<((index + 1) * 784)]))]
        }
        for model in [try Model.jit(graph), try Model.compileAndLoad(graph)] {
            let expected = try inputs.map { try model.run($0)["probs"]! }
            let results = UncheckedResults(count: 8 * inputs.count)
            DispatchQueue.concurrentPerform(iterations: 8) { thread in
                let workspace = thread.isMultiple(of: 2) ? model.makeWorkspace() : nil   // some own a workspace, some not
                for round in 0..<inputs.count {
                    let index = (round + thread) % inputs.count
                    results.set(thread * inputs.count + index, try? model.run(inputs[index], workspace: workspace)["probs"])
                }
            }
            for thread in 0..<8 {
                for index in inputs.indices { #expect(results.get(thread * inputs.count + index) == expected[index]) }
            }
        }
    }

    /// `run(_:into:)` writes into the outputs it is given (the same memory on every call), replaces
    /// an entry of the wrong type, leaves entries that are not the model's alone, and never writes
    /// into a copy the caller kept of an earlier result.
    @Test func runningIntoOutputsReusesTheirMemory() throws {
        let graph = try lenet()
        let images = try NumPy.read("\(packageRoot)/examples/digits/heldout-images.npy").floats
        let inputs = (0..<2).map { ["image": TensorData(shape: [1, 1, 28, 28], floats: Array(images[($0 * 784)..<(($0 + 1) * 784)]))] }
        let reference = try Interpreter(graph: graph)
        for (index, model) in [try Model.jit(graph), try Model.compileAndLoad(graph), try Model.interpret(graph)].enumerated() {
            var outputs = ["probs": TensorData(zeros: TensorType(shape: [1, 3])), "note": TensorData(shape: [1], floats: [7])]
            try model.run(inputs[0], into: &outputs)
            #expect(outputs["note"] == TensorData(shape: [1], floats: [7]))
            #expect(outputs["probs"]!.difference(from: try reference.run(inputs[0])["probs"]!).relative <= 1e-5)
            let address = outputs["probs"]!.withUnsafeRawBytes { $0.baseAddress }
            try model.run(inputs[1], into: &outputs, workspace: model.makeWorkspace())
            #expect(outputs["probs"]!.difference(from: try reference.run(inputs[1])["probs"]!).relative <= 1e-5)
            if index < 2 { #expect(outputs["probs"]!.withUnsafeRawBytes { $0.baseAddress } == address) }   // compiled: in place
            let kept = outputs["probs"]!
            try model.run(inputs[0], into: &outputs)
            #expect(kept.difference(from: try reference.run(inputs[1])["probs"]!).relative <= 1e-5)   // still the second result
            #expect(outputs["probs"]!.difference(from: try reference.run(inputs[0])["probs"]!).relative <= 1e-5)
        }
    }

    @Test func inputsAreCheckedBeforeRunning() throws {
        let model = try Model.jit(lenet())
        #expect(errorMessage { _ = try model.run(["image": TensorData(zeros: TensorType(shape: [1, 28, 28]))]) }
            == "error: input 'image': expected f32[1, 1, 28, 28], got f32[1, 28, 28]")
        #expect(errorMessage { _ = try model.run([:]) } == "error: missing input 'image' f32[1, 1, 28, 28]")
        #expect(errorMessage {
            _ = try Model.jit(try lenet()).run(["image": TensorData(zeros: TensorType(shape: [1, 1, 28, 28])), "label": TensorData(zeros: TensorType(shape: [1]))])
        } == "error: unknown input 'label'; model 'lenet' takes 'image'")
    }

    @Test func outOfRangeTokensAreAStatusNotACrash() throws {
        var graph = try Graph.build("tokens") {
            output("y", embedding(input("t", shape: [1, 3], dtype: .int64), vocabulary: 10, dimension: 4))
        }
        graph.initializeWeights()
        for model in [try Model.jit(graph), try Model.compileAndLoad(graph)] {
            let good = try model.run(["t": TensorData(shape: [1, 3], int64s: [0, 9, 3])])["y"]!
            #expect(good == (try Interpreter(graph: graph).run(["t": TensorData(shape: [1, 3], int64s: [0, 9, 3])])["y"]!))
            #expect(errorMessage { _ = try model.run(["t": TensorData(shape: [1, 3], int64s: [0, 10, 3])]) }
                == "error: model 'tokens' failed with status 3: an input value is out of range (a token outside the vocabulary, or a gather index outside its axis)")
        }
    }

    /// Negative gather indices count from the end in compiled code too; one outside the axis
    /// is the same status as a token outside the vocabulary.
    @Test func gatherIndicesOutsideTheAxisAreAStatus() throws {
        var graph = try Graph.build("picks") {
            let table = constant((0..<24).map(Float.init), shape: [2, 4, 3])
            output("y", gather(table, input("i", shape: [3], dtype: .int32), axis: 1))
        }
        graph.initializeWeights()
        let picks = TensorData(shape: [3], int32s: [-1, 0, -4])
        for model in [try Model.jit(graph), try Model.compileAndLoad(graph)] {
            let result = try model.run(["i": picks])["y"]!
            #expect(result == (try Interpreter(graph: graph).run(["i": picks])["y"]!))
            #expect(result.floats.prefix(9) == [9, 10, 11, 0, 1, 2, 0, 1, 2])
            #expect(errorMessage { _ = try model.run(["i": TensorData(shape: [3], int32s: [0, 4, 1])]) }
                == "error: model 'picks' failed with status 3: an input value is out of range (a token outside the vocabulary, or a gather index outside its axis)")
        }
    }

    @Test func loadingSomethingElseIsAnError() throws {
        #expect(errorMessage { _ = try Model.load("/nonexistent/m.so") } == "error: /nonexistent/m.so: no such file")
        let directory = try makeTemporaryDirectory()
        FileManager.default.createFile(atPath: "\(directory)/fake.so", contents: Data("not a library".utf8))
        #expect(errorMessage { _ = try Model.load("\(directory)/fake.so") }
                == "error: \(directory)/fake.so: truncated or not a shared library (13 bytes; its headers need 64)")
        #expect(errorMessage { _ = try Model.load("/lib/x86_64-linux-gnu/libm.so.6") }?.contains("not a dlc model (no symbol dlc_model_get_info)") == true)
    }
}

/// Results written by concurrent threads, one slot each.
final class UncheckedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [TensorData?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: TensorData?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> TensorData? { lock.withLock { values[index] } }
}

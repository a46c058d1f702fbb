@testable import DLCCodegen
import DLC
import DLCTestSupport
import Foundation
import Testing

/// A model compiled as several parts (one object each, linked together) computes what the
/// interpreter does, and the symbols the parts share stay hidden inside the library.
@Suite struct ModuleSplitterTests {
    private func network() throws -> Graph {
        var graph = try Graph.build("split") {
            let x = input("x", shape: [1, 8, 12, 12])
            let a = conv2d(x, filters: 16, kernel: 3, padding: 1, activation: .relu)
            let c = conv2d(a, filters: 16, kernel: 3, padding: 1)
            // A 5x5 layer keeps the module above two parts' worth of instructions now that the
            // 3x3 ones are Winograd's (fewer instructions than the direct kernel).
            let d = conv2d(maxPool2d(relu(c + a), kernel: 2), filters: 32, kernel: 5, padding: 2, activation: .relu)
            output("y", dense(flatten(d), units: 10))
        }
        graph.initializeWeights()
        randomizeWeights(&graph)
        return graph
    }

    @Test func partsLinkIntoALibraryThatAgreesWithTheInterpreter() throws {
        let graph = try network()
        let compiler = try ModelCompiler(graph: graph, options: try CompileOptions())
        let splitter = ModuleSplitter(module: compiler.module, parts: 3, minimumInstructionsPerPart: 1)
        #expect(splitter.partCount == 3)
        #expect(Set(splitter.owners.values) == [0, 1, 2])
        let objects = try splitter.objects(target: compiler.options.target, pipeline: ModelCompiler.pipeline)
        #expect(objects.count == 3)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-split-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = "\(directory)/split.so"
        try SharedLibraryLinker.link(objects: objects, to: library)

        let inputs = ["x": randomTensor([1, 8, 12, 12], seed: 3)]
        let reference = try Interpreter(graph: graph).run(inputs)["y"]!
        let result = try Model.load(library).run(inputs)["y"]!
        #expect(result.difference(from: reference).relative <= singleOpTolerance)

        // A kernel step another part calls is linked, but not exported.
        let handle = try #require(dlopen(library, RTLD_NOW | RTLD_LOCAL))
        defer { dlclose(handle) }
        let stepNames = splitter.owners.keys.filter { $0.contains(".step") }
        #expect(!stepNames.isEmpty)
        for name in stepNames { #expect(dlsym(handle, name) == nil, "\(name) is exported") }
        #expect(dlsym(handle, "split_run") != nil)
    }

    @Test func aSmallModuleIsOnePart() throws {
        var graph = try Graph.build("tiny") { output("y", relu(input("x", shape: [1, 16]))) }
        graph.initializeWeights()
        let compiler = try ModelCompiler(graph: graph, options: try CompileOptions())
        #expect(ModuleSplitter(module: compiler.module, parts: 8).partCount == 1)
        #expect(ModuleSplitter(module: try ModelCompiler(graph: try network(), options: try CompileOptions()).module, parts: 8).partCount > 1)
    }
}

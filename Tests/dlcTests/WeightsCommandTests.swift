import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct WeightsCommandTests {
    let lenet = "\(packageRoot)/examples/lenet.swiftgraph"

    @Test func initWritesTheSeededInitializationAndRunUsesIt() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("weights", "init", lenet, "-o", "\(directory)/init.safetensors", "--seed", "3")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "wrote 10 tensors, 61,706 parameters, to \(directory)/init.safetensors\n")
        var graph = try SwiftGraphFile.load(lenet)
        graph.initializeWeights(seed: 3)
        #expect(try Safetensors.read("\(directory)/init.safetensors") == graph.weights)

        let fromFile = try dlc("run", lenet, "--weights", "\(directory)/init.safetensors", "--input", "\(packageRoot)/examples/digits/7.npy",
                               "--output", "\(directory)/a.npy")
        let seeded = try dlc("run", lenet, "--weights", "\(directory)/init.safetensors", "--input", "\(packageRoot)/examples/digits/7.npy",
                             "--output", "\(directory)/b.npy")
        #expect(fromFile.status == 0 && seeded.status == 0)
        let expected = try Interpreter(graph: graph).run(["image": try NumPy.read("\(packageRoot)/examples/digits/7.npy")])["probs"]!
        #expect(try NumPy.read("\(directory)/a.npy") == expected)
    }

    @Test func mismatchedWeightFilesNameTheTensor() throws {
        let directory = try makeTemporaryDirectory()
        var weights = try Safetensors.read("\(packageRoot)/examples/lenet.safetensors")
        weights["dense_1.weight"] = TensorData(zeros: TensorType(shape: [400, 120]))
        try Safetensors.write(weights, to: "\(directory)/shape.safetensors")
        weights.removeValue(forKey: "dense_1.weight")
        try Safetensors.write(weights, to: "\(directory)/missing.safetensors")
        weights["dense_1.weight"] = TensorData(zeros: TensorType(shape: [120, 400]))
        weights["fc9.weight"] = TensorData(zeros: TensorType(shape: [1]))
        try Safetensors.write(weights, to: "\(directory)/extra.safetensors")
        func run(_ file: String) throws -> CommandResult {
            try dlc("run", lenet, "--weights", "\(directory)/\(file)", "--input", "\(packageRoot)/examples/digits/7.npy", "--output", directory)
        }
        let shape = try run("shape.safetensors")
        #expect(shape.status == 1)
        // dense_1 is examples/lenet.swiftgraph's `x = dense(x, units: 120, ...)` at line 13, column 5.
        let layer = "(layer 'dense_1' at \(lenet):13:5)"
        #expect(shape.standardError
                == "error: \(directory)/shape.safetensors: tensor 'dense_1.weight' has shape f32[400, 120], expected f32[120, 400] \(layer)\n")
        #expect(try run("missing.safetensors").standardError
                == "error: \(directory)/missing.safetensors: missing tensor 'dense_1.weight' f32[120, 400] \(layer)\n")
        #expect(try run("extra.safetensors").standardError == "error: \(directory)/extra.safetensors: tensor 'fc9.weight' matches no parameter of model 'lenet'\n")
        let absent = try run("absent.safetensors")
        #expect(absent.status == 1 && absent.standardError == "error: \(directory)/absent.safetensors: no such file\n")
    }

    @Test func modelFileErrorsReachTheCommandLine() throws {
        let directory = try makeTemporaryDirectory()
        try "let x = input(\"x\", shape: [1, 4, 4])\noutput(\"y\", dense(x, units: 2))\n"
            .write(toFile: "\(directory)/bad.swiftgraph", atomically: true, encoding: .utf8)
        let result = try dlc("summary", "\(directory)/bad.swiftgraph")
        #expect(result.status == 1)
        #expect(result.standardError == """
            \(directory)/bad.swiftgraph:2:13: error: layer 'dense_1' (dense): expected a 2-D input [batch, features], got f32[1, 4, 4]; insert flatten(x) before the dense layer
            output("y", dense(x, units: 2))
                        ^

            """)
        let initResult = try dlc("weights", "init", "\(directory)/bad.swiftgraph", "-o", "\(directory)/w.safetensors")
        #expect(initResult.status == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/w.safetensors"))
    }
}

import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func runsLeNetOnTheInterpreterAndWritesTheOutput() throws {
        let directory = try makeTemporaryDirectory()
        let image = randomTensor([1, 1, 28, 28], seed: 7)
        try NumPy.write(image, to: "\(directory)/x.npy")
        let result = try dlc("run", "lenet", "--input", "image=\(directory)/x.npy", "--output", "\(directory)/out",
                             "--backend", "interpreter")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("probs: f32[1, 10]"))
        #expect(result.standardOutput.contains("prediction: "))
        #expect(result.standardOutput.contains("top-5: "))

        // The file holds what the interpreter computes in process with the same seeded weights.
        var graph = try BuiltinModels.lenet()
        graph.initializeWeights()
        let expected = try Interpreter(graph: graph).run(["image": image])["probs"]!
        #expect(try NumPy.read("\(directory)/out/probs.npy") == expected)
        let argmax = expected.floats.indices.max { expected.floats[$0] < expected.floats[$1] }!
        #expect(result.standardOutput.contains("prediction: \(argmax) "))
    }

    @Test func anUnnamedInputGoesToASingleInputModel() throws {
        let directory = try makeTemporaryDirectory()
        try NumPy.write(randomTensor([1, 1, 28, 28], seed: 8), to: "\(directory)/x.npy")
        let result = try dlc("run", "lenet", "--input", "\(directory)/x.npy", "--output", "\(directory)/probs.npy")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: "\(directory)/probs.npy"))
    }

    @Test func inputsOfTheWrongShapeOrTypeAreRejected() throws {
        let directory = try makeTemporaryDirectory()
        try NumPy.write(randomTensor([1, 28, 28], seed: 9), to: "\(directory)/flat.npy")
        try NumPy.write(TensorData(shape: [1, 1, 28, 28], int32s: [Int32](repeating: 0, count: 784)), to: "\(directory)/ints.npy")
        let shape = try dlc("run", "lenet", "--input", "image=\(directory)/flat.npy", "--output", directory)
        #expect(shape.status == 1)
        #expect(shape.standardError == "error: input 'image': expected f32[1, 1, 28, 28], got f32[1, 28, 28]\n")
        let dtype = try dlc("run", "lenet", "--input", "image=\(directory)/ints.npy", "--output", directory)
        #expect(dtype.status == 1)
        #expect(dtype.standardError == "error: input 'image': expected f32[1, 1, 28, 28], got i32[1, 1, 28, 28]\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["flat.npy", "ints.npy"],
                "nothing is written when the run fails")
    }

    @Test func missingUnknownAndUnreadableInputs() throws {
        let directory = try makeTemporaryDirectory()
        let missing = try dlc("run", "lenet", "--output", directory)
        #expect(missing.status == 1)
        #expect(missing.standardError == "error: missing input 'image' f32[1, 1, 28, 28]\n")
        let unknown = try dlc("run", "lenet", "--input", "pixels=\(directory)/x.npy")
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("error: \(directory)/x.npy: no such file"))
        try NumPy.write(randomTensor([1, 1, 28, 28], seed: 1), to: "\(directory)/x.npy")
        let wrongName = try dlc("run", "lenet", "--input", "pixels=\(directory)/x.npy", "--output", directory)
        #expect(wrongName.standardError == "error: unknown input 'pixels'; model 'lenet' takes 'image'\n")
        let twice = try dlc("run", "lenet", "--input", "\(directory)/x.npy", "--input", "image=\(directory)/x.npy")
        #expect(twice.standardError == "error: --input: 'image' is given twice\n")
    }

    @Test func outputPathsAreChecked() throws {
        let directory = try makeTemporaryDirectory()
        try NumPy.write(randomTensor([1, 1, 28, 28], seed: 1), to: "\(directory)/x.npy")
        FileManager.default.createFile(atPath: "\(directory)/file", contents: Data())
        let notDirectory = try dlc("run", "lenet", "--input", "\(directory)/x.npy", "--output", "\(directory)/file")
        #expect(notDirectory.status == 1)
        #expect(notDirectory.standardError == "error: --output \(directory)/file: exists and is not a directory\n")
    }

    @Test func unknownBackendsAreRejectedByTheParser() throws {
        let result = try dlc("run", "lenet", "--backend", "gpu")
        #expect(result.status != 0)
        #expect(result.standardError.contains("The value 'gpu' is invalid for '--backend <backend>'"))
    }
}

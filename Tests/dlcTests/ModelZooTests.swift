import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct ModelZooTests {
    @Test(arguments: ExampleModel.all) func summaryTotalsAgreeWithThePublishedCounts(_ example: ExampleModel) throws {
        let result = try dlc("summary", example.path)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Trainable params: \(groupedDigits(example.trainable))\n"))
        #expect(result.standardOutput.contains("Non-trainable params: \(groupedDigits(example.frozen))\n"))
        #expect(result.standardOutput.contains("Total params: \(groupedDigits(example.trainable + example.frozen)) "))
    }

    @Test(arguments: ExampleModel.all) func runsOnTheInterpreter(_ example: ExampleModel) throws {
        let directory = try makeTemporaryDirectory()
        let graph = try SwiftGraphFile.load(example.path)
        var arguments = ["run", example.path, "--backend", "interpreter", "--output", directory]
        for (name, tensor) in graph.sampleInputs() {
            try NumPy.write(tensor, to: "\(directory)/\(name).input.npy")
            arguments += ["--input", "\(name)=\(directory)/\(name).input.npy"]
        }
        let result = try runProgram(dlcExecutable, arguments)
        #expect(result.status == 0, "\(result.standardError)")
        for output in graph.outputs {
            let tensor = try NumPy.read("\(directory)/\(output.name).npy")
            #expect(tensor.type == graph[output.value].type)
            #expect(tensor.floats.allSatisfy { $0.isFinite })
            let printed = result.standardOutput.contains("\(output.name): \(tensor.type)")
            #expect(printed)
        }
    }

    /// ZFNet's layers against the paper's Figure 3: each layer's output size, and its weights
    /// from the figure's filter counts and sizes.
    @Test func zfNetLayersMatchFigure3() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/zfnet.swiftgraph")
        let figure: [(String, Int, Int, Int, [Int])] = [   // layer, filters, kernel, input channels, output
            ("conv1", 96, 7, 3, [1, 96, 110, 110]), ("conv2", 256, 5, 96, [1, 256, 26, 26]),
            ("conv3", 384, 3, 256, [1, 384, 13, 13]), ("conv4", 384, 3, 384, [1, 384, 13, 13]),
            ("conv5", 256, 3, 384, [1, 256, 13, 13]),
            ("fc6", 4096, 1, 256 * 6 * 6, [1, 4096]), ("fc7", 4096, 1, 4096, [1, 4096]), ("fc8", 1000, 1, 4096, [1, 1000]),
        ]
        for (name, filters, kernel, channels, shape) in figure {
            let node = try #require(graph.nodes.first { $0.name == name })
            #expect(graph[node.output].type.shape == shape, "\(name)")
            let weight = graph.parameters.map { graph[$0] }.first { $0.name == "\(name).weight" }
            #expect(weight?.type.elementCount == filters * channels * kernel * kernel, "\(name)")
        }
        // The pooled maps between: 55x55 after layer 1, 13x13 after layer 2, 6x6 after layer 5.
        let pooled = graph.nodes.filter { $0.operation.kindName == "maxPool2d" }.map { graph[$0.output].type.shape }
        #expect(pooled == [[1, 96, 55, 55], [1, 256, 13, 13], [1, 256, 6, 6]])
    }

    /// GoogLeNet's inception blocks against the paper's Table 1 (in the course notes): each
    /// block's weights follow from the table's channel columns (#1x1, #3x3 reduce, #3x3,
    /// #5x5 reduce, #5x5, pool proj). The table's rounded "params" column is not exact (4c is
    /// printed as 463K for 509,440 weights), so the columns, not that figure, are the reference.
    @Test func googLeNetInceptionBlocksMatchTable1() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/googlenet.swiftgraph")
        let table: [(String, Int, [Int], Int)] = [
            ("inception3a", 192, [64, 96, 128, 16, 32, 32], 28), ("inception3b", 256, [128, 128, 192, 32, 96, 64], 28),
            ("inception4a", 480, [192, 96, 208, 16, 48, 64], 14), ("inception4b", 512, [160, 112, 224, 24, 64, 64], 14),
            ("inception4c", 512, [128, 128, 256, 24, 64, 64], 14), ("inception4d", 512, [112, 144, 288, 32, 64, 64], 14),
            ("inception4e", 528, [256, 160, 320, 32, 128, 128], 14), ("inception5a", 832, [256, 160, 320, 32, 128, 128], 7),
            ("inception5b", 832, [384, 192, 384, 48, 128, 128], 7),
        ]
        for (name, inputs, c, size) in table {
            let expected = inputs * c[0] + inputs * c[1] + c[1] * c[2] * 9 + inputs * c[3] + c[3] * c[4] * 25 + inputs * c[5]
            let weights = graph.parameters.map { graph[$0] }
                .filter { $0.name.hasPrefix(name + ".") && $0.name.hasSuffix(".weight") }
                .reduce(0) { $0 + $1.type.elementCount }
            #expect(weights == expected, "\(name)")
            let block = graph.nodes.first { $0.name == name }.map { graph[$0.output].type.shape }
            #expect(block == [1, c[0] + c[2] + c[4] + c[5], size, size], "\(name) output size")
        }
        #expect(graph[graph.outputs[0].value].type.shape == [1, 1000])
    }
}

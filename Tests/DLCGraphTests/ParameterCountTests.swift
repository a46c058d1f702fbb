import DLCDSL
import DLCGraph
import DLCTestSupport
import Testing

@Suite struct ParameterCountTests {
    @Test func leNetHas61706Parameters() throws {
        let graph = try Graph.build {
            let image = input("image", shape: [1, 1, 28, 28])
            var x = conv2d(image, filters: 6, kernel: 5, padding: 2, activation: .relu)
            x = maxPool2d(x, kernel: 2)
            x = conv2d(x, filters: 16, kernel: 5, activation: .relu)
            x = maxPool2d(x, kernel: 2)
            x = dense(flatten(x), units: 120, activation: .relu)
            x = dense(x, units: 84, activation: .relu)
            output("probs", dense(dropout(x, rate: 0.5), units: 10, activation: .softmax))
        }
        // 6·25+6 + 16·6·25+16 + 400·120+120 + 120·84+84 + 84·10+10
        #expect(graph.trainableParameterCount == 156 + 2_416 + 48_120 + 10_164 + 850)
        #expect(graph.trainableParameterCount == 61_706)
        // Conv MACs are outputs · (C_in · kH · kW): 6·28·28·25 and 16·10·10·150.
        #expect(graph.layerStatistics.first { $0.name == "conv2d_1" }?.macs == 117_600)
        #expect(graph.layerStatistics.first { $0.name == "conv2d_2" }?.macs == 240_000)
    }

    /// The activation-shape / parameter table of the lecture notes for a 32x32x3 input, with
    /// the arithmetic corrected (the printed table has 208, 416, 48,001, 10,081 and 841).
    @Test func notesActivationTableWithCorrectArithmetic() throws {
        let graph = try Graph.build {
            let x = input("input", shape: [1, 3, 32, 32])
            let conv1 = conv2d(x, filters: 8, kernel: 5, name: "CONV1")
            let pool1 = maxPool2d(conv1, kernel: 2, name: "POOL1")
            let conv2 = conv2d(pool1, filters: 16, kernel: 5, name: "CONV2")
            let pool2 = maxPool2d(conv2, kernel: 2, name: "POOL2")
            let fc3 = dense(flatten(pool2), units: 120, name: "FC3")
            let fc4 = dense(fc3, units: 84, name: "FC4")
            output("y", dense(fc4, units: 10, activation: .softmax, name: "Softmax"))
        }
        let rows = Dictionary(uniqueKeysWithValues: graph.layerStatistics.map { ($0.name, $0) })
        let expected: [(String, [Int], Int)] = [
            ("CONV1", [1, 8, 28, 28], 5 * 5 * 3 * 8 + 8),     // 608, activation size 6,272
            ("POOL1", [1, 8, 14, 14], 0),                     // 1,568
            ("CONV2", [1, 16, 10, 10], 5 * 5 * 8 * 16 + 16),  // 3,216, activation size 1,600
            ("POOL2", [1, 16, 5, 5], 0),                      // 400
            ("FC3", [1, 120], 400 * 120 + 120),               // 48,120
            ("FC4", [1, 84], 120 * 84 + 84),                  // 10,164
            ("Softmax", [1, 10], 84 * 10 + 10),               // 850
        ]
        for (name, shape, parameters) in expected {
            #expect(rows[name]?.outputType.shape == shape, "\(name)")
            #expect(rows[name]?.trainableParameters == parameters, "\(name)")
        }
        #expect(rows["CONV1"]?.trainableParameters == 608)
        #expect(rows["CONV1"]?.outputType.elementCount == 6_272)
        #expect(rows["POOL1"]?.outputType.elementCount == 1_568)
    }

    /// The notes count an LSTM as 4·n·(m + n + 1): four gates, each with input weights (n·m),
    /// recurrent weights (n·n) and one bias (n). PyTorch's layout, which dlc uses, stores a
    /// second bias vector (`bias_hh`), 4·n more.
    @Test func lstmParameterCount() throws {
        for (m, n) in [(3, 4), (128, 128), (10, 1)] {
            let graph = try Graph.build { output("y", lstm(input("x", shape: [1, 5, m]), units: n, name: "lstm")) }
            let sizes = Dictionary(uniqueKeysWithValues: graph.parameters.map { (graph[$0].name, graph[$0].type.elementCount) })
            let notes = sizes["lstm.weight_ih_l0"]! + sizes["lstm.weight_hh_l0"]! + sizes["lstm.bias_ih_l0"]!
            #expect(notes == 4 * n * (m + n + 1))
            #expect(graph.trainableParameterCount == 4 * n * (m + n + 1) + 4 * n)
        }
    }

    @Test func recurrentCellsAndDirections() throws {
        func count(_ body: (Tensor) -> Tensor) throws -> Int {
            try Graph.build { output("y", body(input("x", shape: [1, 5, 6]))) }.trainableParameterCount
        }
        // G·n·(m + n + 2) per direction: simple RNN G = 1, GRU G = 3, LSTM G = 4.
        #expect(try count { simpleRNN($0, units: 4) } == 1 * 4 * (6 + 4 + 2))
        #expect(try count { gru($0, units: 4) } == 3 * 4 * (6 + 4 + 2))
        #expect(try count { lstm($0, units: 4, direction: .bidirectional) } == 2 * 4 * 4 * (6 + 4 + 2))
        #expect(try count { gru($0, units: 4, direction: .reverse) } == 3 * 4 * (6 + 4 + 2))
        // Peepholes add 3 weights per unit and direction (i, f, o).
        #expect(try count { lstm($0, units: 4, direction: .bidirectional, peephole: true) } == 2 * (4 * 4 * (6 + 4 + 2) + 3 * 4))
    }

    @Test func convolutionVariants() throws {
        func count(_ shape: [Int], _ body: (Tensor) -> Tensor) throws -> Int {
            try Graph.build { output("y", body(input("x", shape: shape))) }.trainableParameterCount
        }
        // The notes' 96 filters of 11x11x3: 96·11·11·3 + 96 = 34,944.
        #expect(try count([1, 3, 227, 227]) { conv2d($0, filters: 96, kernel: 11, stride: 4) } == 34_944)
        // 5 filters of 3x3x3: 5·(27 + 1) = 140 (the 004 notes).
        #expect(try count([1, 3, 8, 8]) { conv2d($0, filters: 5, kernel: 3) } == 140)
        #expect(try count([1, 8, 8, 8]) { conv2d($0, filters: 16, kernel: 3, groups: 4, bias: false) } == 16 * 2 * 9)
        #expect(try count([1, 8, 8, 8]) { depthwiseConv2d($0, kernel: 3) } == 8 * 9 + 8)
        #expect(try count([1, 8, 8, 8]) { separableConv2d($0, filters: 16, kernel: 3) } == (8 * 9 + 8) + (16 * 8 + 16))
        #expect(try count([1, 8, 4, 4]) { conv2dTranspose($0, filters: 4, kernel: 3, stride: 2) } == 8 * 4 * 9 + 4)
        #expect(try count([1, 10, 4]) { _ in input("t", shape: [1, 3], dtype: .int32) } == 0)
    }

    @Test func batchNormStatisticsAreNotTrainable() throws {
        let graph = try Graph.build { output("y", batchNorm(input("x", shape: [1, 32, 4, 4]))) }
        #expect(graph.trainableParameterCount == 64)
        #expect(graph.parameterCount == 128)
        #expect(graph.layerStatistics.last?.frozenParameters == 64)
    }
}

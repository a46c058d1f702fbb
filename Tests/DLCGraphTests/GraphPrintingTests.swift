import DLCDSL
import DLCGraph
import DLCTestSupport
import Testing

@Suite struct GraphPrintingTests {
    private func tiny() throws -> Graph {
        try Graph.build("tiny") {
            let x = input("image", shape: [1, 3, 8, 8])
            let y = conv2d(x, filters: 4, kernel: 3, padding: 1, activation: .relu, name: "conv")
            output("probs", dense(flatten(globalAvgPool2d(y)), units: 2, activation: .softmax, name: "fc"))
        }
    }

    @Test func textDumpShowsTypesAttributesAndParameters() throws {
        #expect(try tiny().description == """
            graph tiny {
              input %image: f32[1, 3, 8, 8]
              %conv = conv2d(%image) filters=4 kernel=3 padding=1 activation=relu : f32[1, 4, 8, 8]  params: f32[4, 3, 3, 3], f32[4]
              %globalAvgPool2d_1 = globalAvgPool2d(%conv) : f32[1, 4, 1, 1]
              %flatten_1 = flatten(%globalAvgPool2d_1) : f32[1, 4]
              %fc = dense(%flatten_1) units=2 : f32[1, 2]  params: f32[2, 4], f32[2]
              %fc.softmax = softmax(%fc) axis=1 : f32[1, 2]
              output probs = %fc.softmax
            }

            """)
    }

    @Test func summaryTableAndTotals() throws {
        // conv: 4·3·3·3 + 4 = 112 parameters, 4·8·8 outputs · 27 = 6,912 MACs, a 3x3 field at
        // jump 1; fc: 2·4 + 2, 8 MACs; from the global pooling on every element sees all.
        #expect(try tiny().summary() == """
            Model: tiny
            Layer              Op               Output shape     Params   MACs   RF  Jump
            -----------------------------------------------------------------------------
            image              input            f32[1, 3, 8, 8]       0      0    1     1
            conv               conv2d           f32[1, 4, 8, 8]     112  6,912    3     1
            globalAvgPool2d_1  globalAvgPool2d  f32[1, 4, 1, 1]       0      0  all     -
            flatten_1          flatten          f32[1, 4]             0      0  all     -
            fc                 dense            f32[1, 2]            10      8  all     -
            fc.softmax         softmax          f32[1, 2]             0      0  all     -
            =============================================================================
            Total params: 122 (488 B)
            Trainable params: 122
            Non-trainable params: 0
            Total MACs: 6,920

            """)
    }

    @Test func numberFormatting() {
        #expect(groupedDigits(61_706) == "61,706")
        #expect(groupedDigits(138_357_544) == "138,357,544")
        #expect(groupedDigits(999) == "999")
        #expect(formatBytes(246_824) == "241.04 KiB")
        #expect(formatBytes(553_430_176) == "527.79 MiB")
    }

    @Test func verifierAcceptsBuiltGraphs() throws {
        var graph = try tiny()
        try graph.verify()
        graph.initializeWeights()
        try graph.verify()
    }
}

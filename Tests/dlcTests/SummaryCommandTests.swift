import DLC
import DLCTestSupport
import Testing

@Suite struct SummaryCommandTests {
    @Test func leNetSummary() throws {
        let result = try dlc("summary", "lenet")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Total params: 61,706"))
        #expect(result.standardOutput.contains("conv2d_1         conv2d     f32[1, 6, 28, 28]      156  117,600"))
        #expect(result.standardOutput.contains("Total MACs: 416,520"))
    }

    /// Image models get each layer's receptive field and jump (values: ReceptiveFieldTests).
    @Test func receptiveFieldColumns() throws {
        let result = try dlc("summary", "\(packageRoot)/examples/vgg16.swiftgraph")
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Layer") && $0.hasSuffix("RF  Jump") })
        let lastPool = try #require(lines.last { $0.contains(" maxPool2d ") }).split(separator: " ")
        #expect(lastPool.suffix(2) == ["212", "32"])
        let classifier = try #require(lines.last { $0.contains(" dense ") }).split(separator: " ")
        #expect(classifier.suffix(2) == ["all", "-"])
    }

    @Test func unknownModelsAreAnError() throws {
        let result = try dlc("summary", "resnet1000")
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: unknown model 'resnet1000': no such file, and no built-in model of that name"))
    }
}

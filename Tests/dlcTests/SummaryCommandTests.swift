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

    @Test func unknownModelsAreAnError() throws {
        let result = try dlc("summary", "resnet1000")
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: unknown model 'resnet1000': no such file, and no built-in model of that name"))
    }
}

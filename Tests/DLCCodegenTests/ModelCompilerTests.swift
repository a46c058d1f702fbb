@testable import DLCCodegen
import DLC
import Testing

@Suite struct ModelCompilerTests {
    /// A library reaches its constants by 32-bit offsets from its code, so the packed weights
    /// (up to 4× for Winograd layers) must stay under 2 GiB less room for the code. Models reach this
    /// only near the graph's own 2 GiB limit (HostileInputTests), too large to compile in a test.
    @Test func constantsALibraryCannotAddressAreRefused() throws {
        #expect(ModelCompiler.maximumConstantBytes == (1 << 31) - (128 << 20))
        try ModelCompiler.checkConstantBytes(ModelCompiler.maximumConstantBytes, model: "vgg")
        do {
            try ModelCompiler.checkConstantBytes(ModelCompiler.maximumConstantBytes + 1, model: "vgg")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "error: model 'vgg': its weights take 1.88 GiB as the kernels store them (packed, and up to 4× "
                    + "for Winograd layers), more than the 1.88 GiB a shared library can address; --conv-algorithm direct "
                    + "stores convolutions' weights once")
        }
    }
}

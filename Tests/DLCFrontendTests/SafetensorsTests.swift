import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct SafetensorsTests {
    /// A file from a header JSON and raw data.
    func file(_ header: String, data: [UInt8] = [], declaredLength: UInt64? = nil) -> [UInt8] {
        let json = Array(header.utf8)
        return withUnsafeBytes(of: (declaredLength ?? UInt64(json.count)).littleEndian, Array.init) + json + data
    }

    func decode(_ bytes: [UInt8]) throws -> [String: TensorData] {
        try bytes.withUnsafeBytes { try Safetensors.decode($0, source: "w.safetensors") }
    }

    func message(_ bytes: [UInt8]) -> String? { errorMessage { _ = try decode(bytes) } }

    @Test func roundTrips() throws {
        let tensors = [
            "conv.weight": randomTensor([2, 1, 3, 3], seed: 1),
            "conv.bias": TensorData(shape: [2], floats: [0.5, -0.5]),
            "ids": TensorData(shape: [3], int64s: [1, 2, 1 << 40]),
            "small": TensorData(shape: [2, 2], int32s: [1, -1, 7, 0]),
            "scalar": TensorData(shape: [], floats: [3]),
        ]
        let bytes = Safetensors.encode(tensors)
        let headerLength = bytes.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(headerLength % 8 == 0)
        #expect(try decode(bytes) == tensors)
    }

    /// The committed LeNet weights were written by the `safetensors` Python package.
    @Test func readsFilesFromTheReferenceImplementation() throws {
        let weights = try Safetensors.read("\(packageRoot)/examples/lenet.safetensors")
        #expect(weights.count == 10)
        #expect(weights["conv2d_1.weight"]?.shape == [6, 1, 5, 5])
        #expect(weights["dense_1.weight"]?.shape == [120, 400])
        #expect(weights.values.reduce(0) { $0 + $1.type.elementCount } == 61_706)
    }

    @Test func thePythonPackageReadsWhatDLCWrites() throws {
        let directory = try makeTemporaryDirectory()
        try Safetensors.write(["a.weight": TensorData(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6]),
                               "b": TensorData(shape: [2], int64s: [7, -8])], to: "\(directory)/w.safetensors")
        let python = try runProgram("/usr/bin/env", ["python3", "-c", """
            from safetensors.numpy import load_file
            import numpy as np
            d = load_file('\(directory)/w.safetensors')
            assert d['a.weight'].dtype == np.float32 and (d['a.weight'] == np.arange(1, 7).reshape(2, 3)).all()
            assert d['b'].dtype == np.int64 and list(d['b']) == [7, -8]
            """])
        #expect(python.status == 0, "\(python.standardError)")
    }

    @Test func malformedFilesAreClearErrorsWithoutOutOfBoundsReads() throws {
        let four = [UInt8](repeating: 0, count: 16)
        let entry = #"{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}"#
        #expect(try decode(file(entry, data: four))["w"]?.shape == [2, 2])
        #expect(message([1, 2, 3]) == "error: w.safetensors: truncated safetensors file (3 bytes; the header length alone takes 8)")
        #expect(message(file(entry, declaredLength: 1 << 62)) == "error: w.safetensors: not a safetensors file: its header length field declares more than 100,000,000 bytes")
        #expect(message(file(entry, declaredLength: 500)) == "error: w.safetensors: truncated safetensors file: the header needs 500 bytes, only \(entry.utf8.count) follow the length")
        #expect(message(file("{not json", data: four)) == "error: w.safetensors: malformed safetensors header: expected a string key at byte 1")
        #expect(message(file("[1]", data: four)) == "error: w.safetensors: malformed safetensors header: not a JSON object")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[2,2]}}"#, data: four))
            == "error: w.safetensors: malformed safetensors header: tensor \"w\" needs dtype, shape and two data_offsets")
        #expect(message(file(#"{"w":{"dtype":"F16","shape":[2,2],"data_offsets":[0,8]}}"#, data: four))
            == "error: w.safetensors: tensor \"w\" has dtype \"F16\"; dlc reads F32, I32 and I64")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,64]}}"#, data: four))
            == "error: w.safetensors: tensor \"w\" has data_offsets [0, 64] outside the 16 bytes of data")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[8,4]}}"#, data: four))
            == "error: w.safetensors: tensor \"w\" has data_offsets [8, 4] outside the 16 bytes of data")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[3,2],"data_offsets":[0,16]}}"#, data: four))
            == "error: w.safetensors: tensor \"w\" has data_offsets [0, 16] (16 bytes) but F32 [3, 2] needs 24")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[9000000000000,9000000000000],"data_offsets":[0,16]}}"#, data: four))?
            .contains("needs more") == true)
        #expect(message(file(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#, data: four))?
            .contains("overlaps another tensor") == true)
        #expect(message(file(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}"#, data: four))?
            .contains("leaves a hole in the data at byte 0") == true)
        #expect(message(file(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#, data: four))
            == "error: w.safetensors: 8 bytes of data after the last tensor belong to none")
        #expect(errorMessage { _ = try Safetensors.read("/nonexistent.safetensors") } == "error: /nonexistent.safetensors: no such file")
    }

    /// What the strict header reader refuses that JSONSerialization let through or misreported.
    @Test func headersAreReadStrictly() throws {
        let four = [UInt8](repeating: 0, count: 16)
        let w = #""w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}"#
        #expect(message(file("{\(w),\(w)}", data: four))
            == "error: w.safetensors: malformed safetensors header: the key \"w\" appears twice at byte \(w.utf8.count + 2)")
        #expect(message(file(#"{"__metadata__":{"n":1},"# + w + "}", data: four))
            == "error: w.safetensors: malformed safetensors header: __metadata__ must map names to strings")
        #expect(try decode(file(#"{"__metadata__":{"producer":"dlc"},"# + w + "}", data: four)).keys.sorted() == ["w"])
        #expect(message(file(String(repeating: "[", count: 100_000), data: four))
            == "error: w.safetensors: malformed safetensors header: nested deeper than 16 levels at byte 16")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[1e400],"data_offsets":[0,16]}}"#, data: four))
            == "error: w.safetensors: malformed safetensors header: tensor \"w\" has 1e400 in its shape; expected integers from 0")
        #expect(message(file(#"{"w":{"dtype":"F32","shape":[-6],"data_offsets":[0,16]}}"#, data: four))
            == "error: w.safetensors: malformed safetensors header: tensor \"w\" has -6 in its shape; expected integers from 0")
        #expect(message(file(#"{"a\u0000b":{"dtype":"F8","shape":[4],"data_offsets":[0,16]}}"#, data: four))
            == "error: w.safetensors: tensor \"a\\0b\" has dtype \"F8\"; dlc reads F32, I32 and I64", "NUL is escaped")
        #expect(message(file("{\(w)} x", data: four)) == "error: w.safetensors: malformed safetensors header: text after the JSON value at byte \(w.utf8.count + 3)")
        #expect(message(file(#"{"w":"#, data: four)) == "error: w.safetensors: malformed safetensors header: unexpected end of the header at byte 5")
    }
}

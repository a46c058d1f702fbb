import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct NumPyTests {
    /// A version 1.0 file with the given header dictionary, padded as NumPy pads it.
    func npy(_ header: String, data: [UInt8], major: UInt8 = 1) -> [UInt8] {
        var text = header
        let fixed = major == 1 ? 10 : 12
        text += String(repeating: " ", count: (64 - (fixed + text.utf8.count + 1) % 64) % 64) + "\n"
        let length = text.utf8.count
        let lengthBytes: [UInt8] = major == 1 ? [UInt8(length & 0xFF), UInt8(length >> 8)]
            : [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), 0, 0]
        return [0x93] + Array("NUMPY".utf8) + [major, 0] + lengthBytes + Array(text.utf8) + data
    }

    func littleEndian(_ values: [Float]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) } }

    @Test func decodesNumPyHeaders() throws {
        let data = littleEndian([1, 2, 3, 4, 5, 6])
        let tensor = try NumPy.decode(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", data: data), source: "a.npy")
        #expect(tensor.shape == [2, 3])
        #expect(tensor.floats == [1, 2, 3, 4, 5, 6])
        let version2 = try NumPy.decode(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }", data: data, major: 2),
                                        source: "b.npy")
        #expect(version2.shape == [6])
        let scalar = try NumPy.decode(npy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }",
                                          data: withUnsafeBytes(of: Int64(42).littleEndian, Array.init)), source: "c.npy")
        #expect(scalar.shape == [] && scalar.integers == [42])
    }

    @Test func roundTripsEveryDType() throws {
        let tensors = [
            TensorData(shape: [1, 1, 28, 28], floats: randomFloats(784, seed: 1)),
            TensorData(shape: [2, 3], int32s: [1, -2, 3, Int32.max, Int32.min, 0]),
            TensorData(shape: [1, 200], int64s: (0..<200).map { Int64($0) * 1_000_000_007 }),
            TensorData(shape: [5], floats: [0, -0, .infinity, -1.5, 3]),
        ]
        for tensor in tensors {
            let bytes = NumPy.encode(tensor)
            #expect((bytes.count - tensor.type.byteCount) % 64 == 0, "data starts on a 64-byte boundary")
            #expect(try NumPy.decode(bytes, source: "t.npy") == tensor)
        }
    }

    /// NumPy itself reads what dlc writes and writes what dlc reads.
    @Test func interoperatesWithNumPy() throws {
        let directory = try makeTemporaryDirectory()
        let tensor = TensorData(shape: [2, 3, 4], floats: (0..<24).map { Float($0) / 4 })
        try NumPy.write(tensor, to: "\(directory)/dlc.npy")
        let script = """
            import numpy as np
            a = np.load('\(directory)/dlc.npy')
            assert a.dtype == np.float32 and a.shape == (2, 3, 4), (a.dtype, a.shape)
            assert (a == np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 4).all()
            np.save('\(directory)/numpy.npy', np.arange(6, dtype=np.int64).reshape(3, 2) * 7)
            """
        let python = try runProgram("/usr/bin/env", ["python3", "-c", script])
        #expect(python.status == 0, "\(python.standardError)")
        let fromNumPy = try NumPy.read("\(directory)/numpy.npy")
        #expect(fromNumPy.shape == [3, 2] && fromNumPy.integers == [0, 7, 14, 21, 28, 35])
    }

    @Test func badFilesGetClearErrors() {
        let four = littleEndian([1, 2, 3, 4])
        func message(_ bytes: [UInt8]) -> String? { errorMessage { _ = try NumPy.decode(bytes, source: "x.npy") } }
        #expect(message(npy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", data: four))
            == "error: x.npy: Fortran-order arrays are not supported; save np.ascontiguousarray(x) instead")
        #expect(message(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", data: four))
            == "error: x.npy: unsupported dtype '<f8': dlc reads float32 ('<f4'), int32 ('<i4') and int64 ('<i8'); convert with x.astype(np.float32)")
        #expect(message(npy("{'descr': '>f4', 'fortran_order': False, 'shape': (4,), }", data: four))?
            .contains("big-endian data is not supported") == true)
        #expect(message(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", data: four))
            == "error: x.npy: truncated: shape [2, 3] <f4 needs 24 bytes of data, the file has 16")
        #expect(message(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", data: four))
            == "error: x.npy: 4 unexpected bytes after the data of shape [3]")
        #expect(message(Array("not numpy at all".utf8)) == "error: x.npy: not a NumPy .npy file (bad magic bytes)")
        #expect(message(Array(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", data: four).prefix(30)))?
            .contains("truncated .npy header") == true)
        #expect(message(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, x), }", data: four))?
            .contains("malformed .npy header: expected an integer") == true)
        #expect(message(npy("{'fortran_order': False, 'shape': (4,), }", data: four)) == "error: x.npy: .npy header has no 'descr' string")
        #expect(errorMessage { _ = try NumPy.read("/nonexistent/x.npy") } == "error: /nonexistent/x.npy: no such file")
    }

    @Test func writingIsAtomic() throws {
        let directory = try makeTemporaryDirectory()
        let tensor = TensorData(shape: [1], floats: [1])
        #expect(errorMessage { try NumPy.write(tensor, to: "\(directory)/missing/x.npy") }
            == "error: \(directory)/missing/x.npy: the directory \(directory)/missing does not exist")
        try NumPy.write(tensor, to: "\(directory)/x.npy")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["x.npy"], "no temporary file is left")
    }
}

@Suite struct NumPyLimitTests {
    @Test func shapesThatOverflowAreRejected() {
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (9223372036854775807, 9223372036854775807), }"
        header += String(repeating: " ", count: (64 - (10 + header.utf8.count + 1) % 64) % 64) + "\n"
        let bytes = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)] + Array(header.utf8)
        #expect(errorMessage { _ = try NumPy.decode(bytes, source: "big.npy") }?
            .contains("big.npy: shape [9223372036854775807, 9223372036854775807] has more than 4,294,967,296 elements") == true)
    }
}

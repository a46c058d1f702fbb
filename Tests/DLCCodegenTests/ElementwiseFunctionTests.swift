import DLC
import DLCTestSupport
import Foundation
import Testing

/// Every element-wise function, alone and fused into a convolution, in the interpreter and
/// compiled for every runnable vector width, against its definition written out here in double
/// precision (PyTorch's formulas), over [-8, 8] in steps of 1/64 — where the polynomial
/// approximations of exp, tanh and erf work. NonFiniteTests covers NaN and the infinities.
@Suite struct ElementwiseFunctionTests {
    static let range: [Float] = (-512...512).map { Float($0) / 64 }

    @Test(arguments: NonFiniteTests.activations.map(\.0)) func functionMatchesItsFormula(_ name: String) throws {
        let (_, activation, reference) = NonFiniteTests.activations.first { $0.0 == name }!
        let x = TensorData(shape: [1, Self.range.count], floats: Self.range)
        let alone = try Graph.build("op") { output("y", applying(activation, to: input("x", shape: [1, Self.range.count]))) }
        let expected = Self.range.map { Float(reference(Double($0))) }
        try expectMatches(alone, ["x": x], expected, name)

        // In a convolution's epilogue: one input channel, weights 1 and bias 0, so each of the
        // 16 filters outputs f(x); 1025 pixels as a 25x41 image.
        var conv = try Graph.build("op") {
            output("y", conv2d(input("x", shape: [1, 1, 25, 41]), filters: 16, kernel: 1, activation: activation))
        }
        setWeights(&conv, to: 1)
        try expectMatches(conv, ["x": TensorData(shape: [1, 1, 25, 41], floats: Self.range)],
                          (0..<16).flatMap { _ in expected }, "\(name) fused into conv2d")
    }

    @Test func everyFunctionIsCovered() {
        let covered = Set(NonFiniteTests.activations.compactMap { $0.1.elementwise?.kind })
        #expect(covered == Set(ElementwiseFunction.Kind.allCases))
    }
}

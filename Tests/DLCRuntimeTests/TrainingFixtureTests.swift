import DLC
import DLCTestSupport
import Foundation
import Testing

/// Whole models trained by dlc against the same training in PyTorch (Tests/Fixtures/training,
/// made by scripts/training/make_fixtures.sh): the same initial weights, the 20 batches, the
/// hyper-parameters and the dropout masks. The loss of every step must match within 1e-4
/// relative, and each sampled weight after the 20th step within 1e-4 of the larger of its
/// magnitude and its tensor's root-mean-square (a plain relative error means nothing for a weight
/// near zero), and each tensor's norm within 1e-4 relative.
@Suite struct TrainingFixtureTests {
    private static let directory = "\(packageRoot)/Tests/Fixtures/training"

    /// Every fixture: each model under each optimizer it was trained with.
    static let cases: [(String, String)] = {
        var cases: [(String, String)] = []
        for model in ["lenet", "bn_cnn", "mnist_cnn", "small_resnet", "row_lstm", "row_gru", "row_bilstm"] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: "\(directory)/\(model)")) ?? []
            for file in files.sorted() where file.hasSuffix(".json") { cases.append((model, String(file.dropLast(5)))) }
        }
        return cases
    }()

    private struct Fixture: Decodable {
        struct Weight: Decodable {
            let indices: [Int]
            let values: [Double]
            let norm: Double
        }
        let optimizer: [String: JSONValue]
        let losses: [Double]
        let weights: [String: Weight]
    }

    /// The JSON values of an optimizer's hyper-parameters.
    private enum JSONValue: Decodable {
        case number(Double), bool(Bool), string(String), numbers([Double])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode([Double].self) { self = .numbers(value) }
            else { self = .string(try container.decode(String.self)) }
        }

        var number: Double? { if case .number(let value) = self { value } else { nil } }
        var bool: Bool { if case .bool(let value) = self { value } else { false } }
        var pair: (Double, Double)? { if case .numbers(let values) = self, values.count == 2 { (values[0], values[1]) } else { nil } }
    }

    /// dlc's optimizer for PyTorch's class and arguments.
    private func optimizer(_ settings: [String: JSONValue]) throws -> Optimizer {
        func number(_ key: String) throws -> Double { try #require(settings[key]?.number, "\(key)") }
        switch settings["torch_class"] {
        case .string("SGD"):
            return .sgd(momentum: try number("momentum"), dampening: try number("dampening"), nesterov: settings["nesterov"]!.bool,
                        weightDecay: try number("weight_decay"))
        case .string("Adam"), .string("AdamW"):
            let (beta1, beta2) = try #require(settings["betas"]?.pair)
            return .adam(beta1: beta1, beta2: beta2, epsilon: try number("eps"), weightDecay: try number("weight_decay"),
                         decoupledWeightDecay: settings["decoupled_weight_decay"]?.bool ?? false)
        case .string("Adamax"):
            let (beta1, beta2) = try #require(settings["betas"]?.pair)
            return .adamax(beta1: beta1, beta2: beta2, epsilon: try number("eps"), weightDecay: try number("weight_decay"))
        case .string("Adagrad"):
            return .adagrad(learningRateDecay: try number("lr_decay"), epsilon: try number("eps"), weightDecay: try number("weight_decay"))
        case .string("Adadelta"):
            return .adadelta(rho: try number("rho"), epsilon: try number("eps"), weightDecay: try number("weight_decay"))
        case .string("RMSprop"):
            return .rmsprop(alpha: try number("alpha"), epsilon: try number("eps"), weightDecay: try number("weight_decay"),
                            momentum: try number("momentum"), centered: settings["centered"]!.bool)
        default:
            throw DLCError("unknown optimizer \(settings)")
        }
    }

    @Test(arguments: cases.map { "\($0.0)/\($0.1)" })
    func matchesPyTorch(_ name: String) throws {
        let (model, optimizerName) = (String(name.split(separator: "/")[0]), String(name.split(separator: "/")[1]))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: URL(fileURLWithPath: "\(Self.directory)/\(model)/\(optimizerName).json")))
        var graph = try ModelLoader.load("\(Self.directory)/models/\(model).swiftgraph")
        graph.weights = try Safetensors.read("\(Self.directory)/\(model)/initial.safetensors")
        let data = try Dataset.load("\(Self.directory)/batches-images-idx3-ubyte.gz")
        let input = graph.inputs[0]
        var trainer = try Trainer(model: graph, loss: .crossEntropy(), optimizer: optimizer(fixture.optimizer))
        let learningRate = Float(try #require(fixture.optimizer["lr"]?.number))
        for (step, expected) in fixture.losses.enumerated() {
            let (images, labels) = data.batch(Array((16 * step)..<(16 * step + 16))[...], sampleShape: Array(graph[input].type.shape.dropFirst()))
            let loss = try trainer.train([graph[input].name: images], labels: labels, learningRate: learningRate).loss
            #expect(abs(Double(loss) - expected) <= 1e-4 * abs(expected), "step \(step + 1): loss \(loss), PyTorch \(expected)")
        }
        for (parameter, reference) in fixture.weights {
            let values = try #require(trainer.state[parameter], "\(parameter)").floats
            let norm = values.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
            #expect(abs(norm - reference.norm) <= 1e-4 * max(reference.norm, 1e-6), "\(parameter): norm \(norm), PyTorch \(reference.norm)")
            let rms = reference.norm / Double(values.count).squareRoot()
            for (index, expected) in zip(reference.indices, reference.values) {
                let allowed = 1e-4 * max(abs(expected), rms)
                if abs(Double(values[index]) - expected) > allowed {
                    Issue.record("\(parameter)[\(index)]: \(values[index]), PyTorch \(expected) (±\(allowed))")
                    break
                }
            }
        }
    }
}

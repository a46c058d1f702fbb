import DLC
import Foundation

/// An example model of examples/ with its published parameter counts.
public struct ExampleModel: Sendable, CustomStringConvertible {
    public var name: String
    public var trainable: Int
    public var frozen: Int

    public var path: String { "\(packageRoot)/examples/\(name).swiftgraph" }
    public var description: String { name }

    /// Every example and the counts its header comment cites.
    public static let all: [ExampleModel] = [
        ExampleModel(name: "lenet", trainable: 61_706, frozen: 0),
        ExampleModel(name: "alexnet", trainable: 60_965_224, frozen: 0),
        ExampleModel(name: "zfnet", trainable: 62_357_608, frozen: 0),
        ExampleModel(name: "vgg11", trainable: 132_863_336, frozen: 0),
        ExampleModel(name: "vgg16", trainable: 138_357_544, frozen: 0),
        ExampleModel(name: "nin", trainable: 7_439_608, frozen: 0),
        ExampleModel(name: "googlenet", trainable: 6_998_552, frozen: 0),
        ExampleModel(name: "resnet18", trainable: 11_689_512, frozen: 9_600),
        ExampleModel(name: "resnet50", trainable: 25_557_032, frozen: 53_120),
        ExampleModel(name: "mobilenet_v1", trainable: 4_231_976, frozen: 21_888),
        ExampleModel(name: "cifar10_cnn", trainable: 1_250_858, frozen: 0),
        ExampleModel(name: "mnist_cnn", trainable: 1_199_882, frozen: 0),
        ExampleModel(name: "lstm_sentiment", trainable: 2_692_225, frozen: 0),
        ExampleModel(name: "gru_activity", trainable: 39_750, frozen: 0),
        ExampleModel(name: "bilstm_tagger", trainable: 1_239_889, frozen: 0),
        ExampleModel(name: "nowcast", trainable: 126_673, frozen: 0),
    ]
}

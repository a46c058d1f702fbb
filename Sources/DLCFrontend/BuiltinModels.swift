import DLCGraph

/// Models compiled into dlc, usable by name (`dlc summary lenet`).
public enum BuiltinModels {
    /// The names `dlc` accepts in place of a model file.
    public static let names = ["lenet"]

    /// Builds the named model, or returns nil for an unknown name.
    public static func graph(named name: String) throws -> Graph? {
        switch name {
        case "lenet": try lenet()
        default: nil
        }
    }

    /// LeNet-5 (LeCun et al., 1998) with ReLU and max pooling on 28x28 digits: 61,706 parameters.
    /// The same model as DSL.md's example, evaluated like a `.swiftgraph` file.
    public static func lenet() throws -> Graph {
        try SwiftGraphFile.evaluate("""
            model("lenet")
            let image = input("image", shape: [1, 1, 28, 28])
            var x = conv2d(image, filters: 6, kernel: 5, padding: 2, activation: .relu)
            x = maxPool2d(x, kernel: 2)
            x = conv2d(x, filters: 16, kernel: 5, activation: .relu)
            x = maxPool2d(x, kernel: 2)
            x = flatten(x)
            x = dense(x, units: 120, activation: .relu)
            x = dense(x, units: 84, activation: .relu)
            x = dropout(x, rate: 0.5)
            output("probs", dense(x, units: 10, activation: .softmax))
            """, path: "lenet")
    }
}

// swift-tools-version:6.0
// A Swift program that uses dlc as a library: see Sources/Example/main.swift.
//
//     swift run --package-path examples/swift Example
//
// In a project of your own, depend on dlc by URL and version instead of this checkout's path:
// .package(url: "https://github.com/OWNER/dlc.git", from: "0.2.0").
import PackageDescription

let package = Package(
    name: "Example",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "dlc", path: "../..")],
    targets: [
        .executableTarget(name: "Example", dependencies: [.product(name: "DLC", package: "dlc")]),
    ])

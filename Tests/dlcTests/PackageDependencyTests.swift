import DLC
import DLCTestSupport
import Foundation
import Testing

/// dlc as a versioned SwiftPM dependency: a package that depends on it by URL and version must
/// resolve it. SwiftPM refuses a tagged dependency whose targets use unsafe flags (dlc's LLVM
/// paths, its always-optimized interpreter) unless its manifest is swift-tools-version 6.2 or
/// later; this loads the package graph of such a consumer against a copy of this checkout
/// tagged with dlc's version, so a manifest change that breaks it fails here.
@Suite struct PackageDependencyTests {
    @Test func resolvesByURLAndVersion() throws {
        let directory = try makeTemporaryDirectory()
        let repository = "\(directory)/dlc"
        let manager = FileManager.default
        try manager.createDirectory(atPath: repository, withIntermediateDirectories: true)
        for item in ["Package.swift", "Sources", "Tests"] {
            try manager.copyItem(atPath: "\(packageRoot)/\(item)", toPath: "\(repository)/\(item)")
        }
        func git(_ arguments: String...) throws {
            let result = try runProgram("/usr/bin/env", ["git", "-c", "user.name=dlc", "-c", "user.email=dlc@localhost"] + arguments,
                                        directory: repository)
            #expect(result.status == 0, "git \(arguments): \(result.standardError)")
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-q", "-m", "dlc")
        try git("tag", DLCVersion.current)

        let consumer = "\(directory)/consumer"
        try manager.createDirectory(atPath: "\(consumer)/Sources/App", withIntermediateDirectories: true)
        try """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "consumer",
                dependencies: [.package(url: "file://\(repository)", from: "\(DLCVersion.current)")],
                targets: [.executableTarget(name: "App", dependencies: [.product(name: "DLC", package: "dlc")])])

            """.write(toFile: "\(consumer)/Package.swift", atomically: true, encoding: .utf8)
        try "import DLC\nprint(DLCVersion.current)\n".write(toFile: "\(consumer)/Sources/App/main.swift", atomically: true, encoding: .utf8)

        let result = try runProgram("/usr/bin/env", ["swift", "package", "show-dependencies"], directory: consumer)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("unsafe build flags"), "\(result.standardError)")
        #expect(result.standardOutput.contains("dlc<\(repository)@\(DLCVersion.current)>"), "\(result.standardOutput)")
    }
}

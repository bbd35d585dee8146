import Foundation
import Testing

/// Runs the built `geograph` binary and captures what it prints and its exit status.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `geograph` executable beside the test bundle.
    static func binary() throws -> URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("geograph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = packageRoot.appendingPathComponent(".build/debug/geograph")
        return try #require(FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil,
                            "build the geograph binary first (swift build)")
    }

    /// Runs `geograph arguments…` in `directory` (default: the package root), with `executable`
    /// (default: the built binary).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    executable: URL? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = try executable ?? binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GEOGRAPH_GRAPH")
        env.removeValue(forKey: "GEOGRAPH_CORPUS")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A path under the test fixtures of the GeoGraph library tests.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/GeoGraphTests/Fixtures/\(name)").path
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The corpus folder, if this machine has one (`GEOGRAPH_CORPUS`, else `../shared/corpus`).
    static var corpus: String? {
        let candidates = [ProcessInfo.processInfo.environment["GEOGRAPH_CORPUS"],
                          packageRoot.appendingPathComponent("../shared/corpus").standardized.path].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/manifest.tsv") }
    }
}

import Foundation
import Testing

/// Outputs are written atomically: a run killed at any moment leaves each file as it was or complete.
@Suite struct CLIAtomicOutputTests {
    /// The files in `folder` and their contents.
    static func contents(of folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }

    /// `geograph figures` on the reference graph with another style, over a copy of the checked-in
    /// figures, killed with SIGKILL after 0.2 s, 0.5 s and 1 s and at 80%, 90%, 95% and 99% of a full
    /// run's time: every file afterwards is the checked-in one or the one a full run writes, byte for
    /// byte, and no other file (no temporary file) is there.
    @Test func killedFiguresRunLeavesEachFileOldOrNewAndNoTemporaryFile() throws {
        let root = CLI.packageRoot
        let checkedIn = root.appendingPathComponent("Graphs/figures")
        let arguments = ["figures", "--graph", "Graphs/central-asia.yaml", "--style", "Tests/Fixtures/other-style.yaml"]
        // The figures `figures` writes (the folder also holds the explorer's screenshot).
        let old = try Self.contents(of: checkedIn).filter { $0.key.hasSuffix(".dot") || $0.key.hasSuffix(".svg") }

        let full = try CLI.temporaryFolder()
        let start = Date()
        let complete = try CLI.run(arguments + ["-o", full.path])
        let duration = Date().timeIntervalSince(start)
        #expect(complete.status == 0, "\(complete.stderr)")
        let new = try Self.contents(of: full)
        #expect(Set(new.keys) == Set(old.keys))
        #expect(new.allSatisfy { old[$0.key] != $0.value }, "the other style must change every figure")

        var outcomes: [String] = []
        for delay in [0.2, 0.5, 1.0] + [0.8, 0.9, 0.95, 0.99].map({ $0 * duration }) {
            let folder = try CLI.temporaryFolder()
            for (name, data) in old { try data.write(to: folder.appendingPathComponent(name)) }
            let process = Process()
            process.executableURL = try CLI.binary()
            process.arguments = arguments + ["-o", folder.path]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = try Self.contents(of: folder)
            #expect(Set(after.keys) == Set(old.keys), "after \(delay) s: \(after.keys.sorted())")
            var replaced = 0
            for (name, data) in after {
                #expect(data == old[name] || data == new[name], "after \(delay) s, \(name) is neither old nor new")
                if data == new[name] { replaced += 1 }
            }
            outcomes.append(String(format: "%.2f s: %d of %d replaced", delay, replaced, after.count))
            try? FileManager.default.removeItem(at: folder)
        }
        print("killed figures runs: \(outcomes.joined(separator: "; "))")
        try? FileManager.default.removeItem(at: full)
    }
}

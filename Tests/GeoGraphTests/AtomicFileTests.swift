import Foundation
import Testing

@testable import GeoGraph

@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [0, 1, 100_000, 3_000_000])
    func writeReplacesTheFileAndLeavesNothingElse(size: Int) throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("out.svg").path
        try AtomicFile.write("old", to: path)
        let data = Data((0..<size).map { UInt8(truncatingIfNeeded: $0) })
        try AtomicFile.write(data, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.svg"])
    }

    @Test func aMissingFolderIsAnErrorNamingThePath() throws {
        #expect(throws: AtomicFileError(path: "/nonexistent/x.svg", reason: "folder /nonexistent does not exist")) {
            try AtomicFile.write("x", to: "/nonexistent/x.svg")
        }
    }

    /// A temporary file left by a killed process (one that no longer runs) is removed by the next
    /// write of the same file; one of a live process, or of another file, is left alone.
    @Test func temporaryFilesOfDeadProcessesAreSweptOnTheNextWrite() throws {
        let dir = try folder()
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let stale = ".out.svg.tmp-\(dead.processIdentifier)-1"
        let live = ".out.svg.tmp-\(getpid())-2"
        let other = ".other.svg.tmp-\(dead.processIdentifier)-3"
        for name in [stale, live, other] {
            try Data("half".utf8).write(to: dir.appendingPathComponent(name))
        }
        try AtomicFile.write("new", to: dir.appendingPathComponent("out.svg").path)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["out.svg", live, other])
    }
}

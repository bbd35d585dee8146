import Foundation
import Testing
@testable import GeoGraph

/// Findings F2, F3 and F13 of the second hostile review: paths inside graph files stay in the graph's
/// folder, are never echoed, and gazetteers that name each other are an error, not a crash.
@Suite struct GraphFilePathTests {
    /// A fresh folder with the files given (name → text).
    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }

    static let actors = "actors:\n  - {id: alpha, kind: state}\n  - {id: beta, kind: state}\nties: []\n"

    @Test(arguments: ["../../../../etc/passwd", "/etc/shadow", "ok/../../x.txt", "a/../../b"])
    func f2DocumentNamesCannotLeaveTheFolder(name: String) throws {
        let folder = try Self.folder([
            "g.yaml": "schema: geograph/2\ndocuments:\n  - {file: a.txt}\n  - {file: b.txt}\n  - {file: '\(name)'}\n" + Self.actors,
        ])
        do {
            _ = try GraphFileReader.load(path: folder + "/g.yaml")
            Issue.record("a document name escaping the folder was accepted")
        } catch let error as GraphFileError {
            #expect(error.problem == .escapesFolder(what: "document name 3"))
            #expect(error.line == 5)
            #expect(!error.description.contains(name), "the path is never echoed")
            #expect(error.description.contains("document name 3 escapes the graph's folder"))
        }
    }

    @Test(arguments: ["sub/doc.txt", "doc.txt", "./doc.txt", "a..b.txt"])
    func f2DocumentNamesInsideTheFolderStillLoad(name: String) throws {
        let folder = try Self.folder(["g.yaml": "schema: geograph/2\ndocuments:\n  - {file: '\(name)'}\n" + Self.actors])
        #expect(try GraphFileReader.load(path: folder + "/g.yaml").documents.map(\.file) == [name])
    }

    @Test(arguments: ["/etc/shadow", "../../../../etc/shadow", "link.yaml"])
    func f13GazetteerOutsideTheFolderIsNeverRead(name: String) throws {
        let folder = try Self.folder(["g.yaml": "schema: geograph/2\ngazetteer: '\(name)'\nactors: [alpha]\nties: []\n"])
        // A link inside the folder that points out of it is refused like the path itself.
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: "/etc/passwd")
        do {
            _ = try GraphFileReader.load(path: folder + "/g.yaml")
            Issue.record("a gazetteer outside the folder was read")
        } catch let error as GraphFileError {
            #expect(error.problem == .escapesFolder(what: "the gazetteer"))
            #expect(!error.description.contains(name))
            #expect(!error.description.contains("root"), "nothing of the file outside is quoted")
        }
    }

    @Test(arguments: ["../c", "/tmp", "x/../../y"])
    func f2CorpusKeyCannotLeaveTheFolder(name: String) throws {
        let folder = try Self.folder(["g.yaml": "schema: geograph/2\ncorpus: '\(name)'\n" + Self.actors])
        #expect(throws: GraphFileError(path: folder + "/g.yaml", line: 2, problem: .escapesFolder(what: "the corpus"))) {
            try GraphFileReader.load(path: folder + "/g.yaml")
        }
    }

    @Test func f2CorpusKeyInsideTheFolderIsKept() throws {
        let folder = try Self.folder(["g.yaml": "schema: geograph/2\ncorpus: texts\n" + Self.actors])
        #expect(try GraphFileReader.load(path: folder + "/g.yaml").corpus == "texts")
        #expect(try GraphFileReader.decode("schema: geograph/2\n" + Self.actors, path: "x.yaml").corpus == nil)
    }

    /// A file naming itself, two naming each other, three in a ring: each an error with the chain.
    @Test(arguments: [
        (["g.yaml": "g.yaml"], ["g.yaml", "g.yaml"]),
        (["g.yaml": "h.yaml", "h.yaml": "g.yaml"], ["g.yaml", "h.yaml", "g.yaml"]),
        (["g.yaml": "h.yaml", "h.yaml": "i.yaml", "i.yaml": "h.yaml"], ["g.yaml", "h.yaml", "i.yaml", "h.yaml"]),
    ])
    func f3GazetteerLoopsAreAnErrorWithTheChain(links: [String: String], chain: [String]) throws {
        let folder = try Self.folder(links.mapValues { "schema: geograph/2\ngazetteer: \($0)\nactors: []\nties: []\n" })
        do {
            _ = try GraphFileReader.load(path: folder + "/g.yaml")
            Issue.record("a gazetteer loop loaded")
        } catch let error as GraphFileError {
            #expect(error.problem == .gazetteerCycle(chain: chain))
            #expect(error.description.contains(chain.joined(separator: " → ")))
        }
    }

    @Test func f3GazetteersNestedTooDeepAreRefused() throws {
        var files: [String: String] = [:]
        for i in 0..<12 { files["g\(i).yaml"] = "schema: geograph/2\ngazetteer: g\(i + 1).yaml\nactors: []\nties: []\n" }
        files["g12.yaml"] = "schema: geograph/2\nactors: []\nties: []\n"
        let folder = try Self.folder(files)
        #expect(throws: GraphFileError.self) { try GraphFileReader.load(path: folder + "/g0.yaml") }
        #expect(try GraphFileReader.load(path: folder + "/g6.yaml").actors.isEmpty, "six deep is fine")
    }

    @Test(arguments: ["/dev/zero", "/dev/null"])
    func f15DevicesAreNotGraphFiles(path: String) throws {
        #expect(throws: GraphFileError(path: path, line: 0, problem: .unreadable(reason: InputFile.notRegularReason))) {
            try GraphFileReader.load(path: path)
        }
    }

    @Test func f15AFIFOIsNotAGraphFileAndDoesNotBlock() throws {
        let folder = try Self.folder([:])
        let fifo = folder + "/g.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: GraphFileError(path: fifo, line: 0, problem: .unreadable(reason: InputFile.notRegularReason))) {
            try GraphFileReader.load(path: fifo)
        }
    }
}

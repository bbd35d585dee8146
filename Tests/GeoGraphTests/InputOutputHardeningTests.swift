import Foundation
import Testing
@testable import GeoGraph

/// Findings F1, F14, F15 and F16 of the second hostile review, in the GeoGraph library.
@Suite struct InputOutputHardeningTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Outputs go only to regular files: a FIFO, a device (made here, never the real /dev/null) and a
    /// link to a device are refused, and stay what they were.
    @Test(arguments: ["fifo", "device", "link-to-null"])
    func f1OutputRefusesDevicesFIFOsAndLinksToThem(kind: String) throws {
        let folder = try Self.folder()
        let path = folder + "/out.json"
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o600) == 0)
        case "device":
            guard mknod(path, S_IFCHR | 0o600, Self.deviceNumber(1, 3)) == 0 else { return }  // needs root; skipped otherwise
        default: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
        }
        #expect(throws: AtomicFileError.self) { try AtomicFile.write("{}", to: path) }
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_mode & S_IFMT != S_IFREG, "the special file was not replaced")
    }

    @Test func f1ARegularFileAndALinkToOneAreStillWritten() throws {
        let folder = try Self.folder()
        try AtomicFile.write("old", to: folder + "/a.txt")
        try AtomicFile.write("new", to: folder + "/a.txt")
        #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "new")
    }

    private static func deviceNumber(_ major: UInt32, _ minor: UInt32) -> dev_t {
        dev_t((major << 8) | minor)
    }

    @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1+2", "-3", "\tx", "\rx"])
    func f14CSVCellsThatAreFormulasAreDefused(cell: String) throws {
        let row = Graph.csvRow([cell, "plain"])
        let first = row.hasPrefix("\"") ? String(row.dropFirst()) : row
        #expect(first.hasPrefix("'"), "\(row)")
        #expect(row.hasSuffix(",plain\n"))
    }

    @Test func f14ATagWithABarIsNotTwoTags() {
        #expect(Graph.csvList(["a|b", "c", "d\\e"]) == "a\\|b|c|d\\\\e")
        #expect(Graph.csvList(["a", "b"]) == "a|b")
    }

    @Test func f15ACRLFEdgeListLoadsAndItsErrorsShowNoRawCarriageReturn() throws {
        let good = "source\ttarget\tlayer\tpolarity\tweight\r\na\tb\teconomic\t+\t 0.5\r\n"
        #expect(try GraphFileReader.decodeTSV(good, path: "g.tsv").ties.first?.weight == 0.5)
        let bad = "source\ttarget\tlayer\tpolarity\r\na\tb\teconomic\t+\t0.5\r\n"
        do {
            _ = try GraphFileReader.decodeTSV(bad, path: "g.tsv")
            Issue.record("a bad header loaded")
        } catch let error as GraphFileError {
            #expect(error.line == 1)
            #expect(!error.description.contains("\r") && !error.description.contains("\t"))
            #expect(error.description.contains("\\t"))
        }
        let withBOM = "\u{FEFF}" + good
        #expect(try GraphFileReader.decodeTSV(withBOM, path: "g.tsv").ties.count == 1)
    }

    @Test(arguments: [" 0.5", "0.5 ", "\" 0.5\""])
    func f15AWeightWithSpacesIsANumber(weight: String) throws {
        let yaml = """
            schema: geograph/2
            actors: [{id: a, kind: state}, {id: b, kind: state}]
            ties: [{source: a, target: b, layer: economic, polarity: cooperation, weight: \(weight)}]
            """
        #expect(try GraphFileReader.decode(yaml, path: "g.yaml").ties.first?.weight == 0.5)
    }

    @Test(arguments: [
        ("2024-02-30", false), ("2023-02-29", false), ("2024-04-31", false), ("1900-02-29", false), ("2024-13", false),
        ("2024-02-29", true), ("2000-02-29", true), ("2024-04-30", true), ("2024-12-31", true), ("2024-02", true),
    ])
    func f16OnlyRealCalendarDatesAreValid(date: String, valid: Bool) {
        #expect(Document.isValidDate(date) == valid)
    }

    @Test func f16ImpossibleDatesInGraphFilesAreRefused() {
        let yaml = "schema: geograph/2\ndocuments: [{file: a.txt, date: 2024-02-30}]\nactors: []\nties: []\n"
        #expect(throws: GraphFileError(path: "g.yaml", line: 2, problem: .invalidDate("2024-02-30"))) {
            try GraphFileReader.decode(yaml, path: "g.yaml")
        }
    }

    /// U+0085 (NEL) and U+2028 are line breaks to YAML: written raw they came back as a space, or not at all.
    @Test(arguments: ["A\u{85}B", "C \u{2028} D", "E\u{2029}F", "G\u{FEFF}H", "I\u{7F}J"])
    func f16YAMLExportKeepsLineBreakCharacters(name: String) throws {
        let graph = try Graph(actors: [Actor(id: "a", name: name, kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        for text in [GraphFileWriter.yaml(graph), GraphFileWriter.json(graph)] {
            #expect(try GraphFileReader.decode(text, path: "g.yaml").actor("a")?.name == name)
        }
    }
}

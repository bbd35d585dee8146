import Foundation
import Testing

/// The error catalogue (`ErrorCatalogue.md` in the GeoGraph documentation) is true: every row's
/// command prints its message and exits with its status, and every error the sources can raise has a row.
@Suite struct CLIErrorCatalogueTests {
    /// Error cases no command can reach, and why: the catalogue lists what a user can see.
    static let unreachable: [String: String] = [
        "GraphError.invalidActorID": "the graph-file reader and the DOT importer check ids first",
        "GraphError.duplicateActor": "the reader reports GraphFileError.duplicateActor; the importer makes ids unique",
        "GraphError.unknownDocument": "the reader reports GraphFileError.unknownDocument first",
        "GraphError.unknownTie": "curation re-weights only ties that exist",
        "GraphError.unknownActor": "the reader, the importer and curation check actors first, naming file and line",
        "GraphError.selfLoop": "the reader, the importer and curation refuse self-loops first, naming file and line",
        "GraphError.weightOutOfRange": "the reader, the importer and curation check weights first",
    ]

    @Test(arguments: try ErrorCatalogue.entries())
    func entryPrintsItsMessageAndExitStatus(_ entry: CatalogueEntry) throws {
        let (directory, environment, arguments) = try entry.invocation()
        let result = try CLI.run(
            arguments, in: directory.map { URL(fileURLWithPath: $0) }, environment: environment)
        #expect(result.status == entry.status, "\(result.stderr)")
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("geograph: error: ") }
        #expect(errors.count == 1, "one error line on stderr: \(result.stderr)")
        #expect(result.stderr.hasSuffix((errors.last.map(String.init) ?? "") + "\n"), "the error is the last line")
        let message = errors.last.map { String($0.dropFirst("geograph: error: ".count)) } ?? ""
        if entry.message.hasSuffix("…") {
            #expect(message.hasPrefix(entry.message.dropLast()), "\(message)")
        } else {
            #expect(message == entry.message)
        }
        #expect(result.stdout.isEmpty, "nothing on stdout: \(result.stdout)")
    }

    @Test func catalogueHasEveryRowOnce() throws {
        let entries = try ErrorCatalogue.entries()
        #expect(entries.count >= 100)
        #expect(Set(entries.map(\.command)).count == entries.count)
    }

    /// Every case of every error enum in Sources/ has a row (or is listed in ``unreachable``).
    @Test func everyErrorCaseHasARow() throws {
        let raisedBy = Set(try ErrorCatalogue.entries().map(\.raisedBy))
        let cases = try SourceScan.errorCases()
        #expect(cases.count >= 40, "the scan found \(cases.count) cases")
        for name in cases where Self.unreachable[name] == nil {
            #expect(raisedBy.contains(name), "\(name) has no row in the error catalogue (\(ErrorCatalogue.article))")
        }
        for name in Self.unreachable.keys { #expect(cases.contains(name), "\(name) is no longer a case") }
    }

    /// Every message written as a literal in Sources/ (usage errors, lexicon, curation, manifest and
    /// style problems) starts a row's message, or follows its file and line.
    @Test(arguments: ["ValidationError", "DataFileError", "FigureStyleError", "CorpusError.badManifest"])
    func everyLiteralMessageHasARow(raisedBy: String) throws {
        let entries = try ErrorCatalogue.entries().filter { $0.raisedBy == raisedBy }
        let literals = try SourceScan.literalMessages(of: raisedBy)
        #expect(!literals.isEmpty)
        for literal in literals {
            let found = entries.contains { entry in
                entry.message.hasPrefix(literal) || entry.message.contains(": \(literal)")
            }
            #expect(found, "'\(literal)…' (\(raisedBy)) has no row in the error catalogue (\(ErrorCatalogue.article))")
        }
    }
}

/// Reads the package's sources for the errors they can raise.
enum SourceScan {
    static func sources() throws -> [String] {
        let root = CLI.packageRoot.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map {
            try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// `Type.case` for every case of an `enum …Error` (and of `GraphFileError.Problem`).
    static func errorCases() throws -> Set<String> {
        var out: Set<String> = []
        for text in try sources() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var owner: String?
            var indent = ""
            for line in lines {
                if owner == nil,
                    let match = line.firstMatch(of: /^(\s*)(?:public )?enum (\w+Error|Problem)\b.*\{$/)
                {
                    indent = String(match.1)
                    owner = match.2 == "Problem" ? "GraphFileError" : String(match.2)
                } else if let current = owner {
                    if line == indent + "}" {
                        owner = nil
                    } else if let match = line.firstMatch(of: /^\s*case (\w+)/) {
                        out.insert("\(current).\(match.1)")
                    }
                }
            }
        }
        return out
    }

    /// The fixed start of every message literal given to `raisedBy` (up to the first interpolation).
    static func literalMessages(of raisedBy: String) throws -> Set<String> {
        let pattern: Regex<(Substring, Substring)>
        switch raisedBy {
        case "ValidationError": pattern = /ValidationError\(\s*"((?:[^"\\]|\\[^(])*)/
        case "DataFileError": pattern = /DataFileError\(path: [^,]+, line: [^,]+, reason: "((?:[^"\\]|\\[^(])*)/
        case "FigureStyleError": pattern = /FigureStyleError\(\s*path: path,\s*reason: "((?:[^"\\]|\\[^(])*)/
        default: pattern = /badManifest\(path: path, line: [^,]+, reason: "((?:[^"\\]|\\[^(])*)/
        }
        var out: Set<String> = []
        for text in try sources() {
            for match in text.matches(of: pattern) where !match.1.isEmpty {
                out.insert(String(match.1).replacingOccurrences(of: "\\'", with: "'"))
            }
        }
        return out
    }
}

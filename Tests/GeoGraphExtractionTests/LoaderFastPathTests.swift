import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// The manifest parser before it read UTF-8 bytes: character lines and fields, Foundation's trimming.
    static func manifest(tsv text: String, path: String) throws -> Manifest {
        var rows: [Document] = []
        var columns: [String: Int] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty {
                columns = Dictionary(fields.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
                guard columns["file"] != nil else {
                    throw CorpusError.badManifest(path: path, line: offset + 1, reason: "the header has no 'file' column")
                }
                continue
            }
            func field(_ name: String) -> String? {
                guard let i = columns[name], i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            guard let file = field("file") else {
                throw CorpusError.badManifest(path: path, line: offset + 1, reason: "the row has no file name")
            }
            let date = field("date")
            if let date, !Document.isValidDate(date) {
                throw CorpusError.badManifest(path: path, line: offset + 1, reason: "date '\(date)' is not YYYY-MM-DD or YYYY-MM")
            }
            rows.append(Document(file: file, date: date, outlet: field("outlet"), title: field("title")))
        }
        return Manifest(documents: rows)
    }
}

/// The loader's byte-level fast paths against the character and Foundation code they replace.
@Suite struct LoaderFastPathTests {
    /// What parsing gives: the rows, or the error.
    static func outcome(_ parse: () throws -> Manifest) -> Result<[Document], CorpusError> {
        do { return .success(try parse().documents) } catch { return .failure(error as! CorpusError) }
    }

    static let manifestPieces = ["file", "date", "outlet", "title", "File", "DATE", "\t", "\t", "\t", "\n", "\n", "\n", "\r\n", "\r",
                                 " ", "  ", "\u{00A0}", "\u{2003}", "\u{200B}", "\u{301}", "a.txt", "b.html", "é.md", "x",
                                 "2024-01-02", "2023-12", "2024-13", "2024-00-10", "2024-02-32", "2024-1-01", "+123-01", "2024-+1",
                                 "２０２４-01", "2024-01-0\u{301}", "Eurasia Ledger", "Talks on water", ""]

    static let manifests = [
        "",
        "file\tdate\toutlet\ttitle\n00000.txt\t2023-01-18\tCaspian Wire\tTalks resume\n00001.txt\t2020-06\tSteppe Daily\tA dam\n",
        "file\tdate\r\na.txt\t2024-01-01\r\n",
        "\n \t\n\u{00A0}\nFILE\tDate\n\nb.txt\t\n  \na.txt\t2021-03\textra\textra\r",
        "title\tfile\ntitle only\n",
        "date\toutlet\nx.txt\t2024-01\n",
        "file\tdate\na.txt\t2024-13\n",
        "file\tdate\na.txt\t+123-+1\nb.txt\t2024-1-1\n",
        "file\tfile\tdate\na.txt\tb.txt\t2024-02-31\n",
        "file\n\u{200B}\n\t\u{2003}\n\u{301}\n",
        "file\tdate\n\ta\n",
        "file\tdate\na.txt\t2024-01\n\r\n",
    ]

    @Test(arguments: manifests)
    func manifestsParseAsTheCharacterParserParsesThem(text: String) {
        #expect(Self.outcome { try Manifest(tsv: text, path: "m.tsv") } == Self.outcome { try Reference.manifest(tsv: text, path: "m.tsv") })
    }

    @Test func generatedManifestsParseAsTheCharacterParserParsesThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var text = Int.random(in: 0..<3, using: &generator) == 0 ? "" : "file\tdate\toutlet\ttitle\n"
            for _ in 0..<Int.random(in: 0...24, using: &generator) { text += Self.manifestPieces.randomElement(using: &generator)! }
            #expect(Self.outcome { try Manifest(tsv: text, path: "m.tsv") } == Self.outcome { try Reference.manifest(tsv: text, path: "m.tsv") },
                    "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["2024-01-02", "2024-12", "0000-01-31", "2024-00", "2024-13", "2024-01-00", "2024-01-32", "2024/01/02", "2024-1-02",
                      "20240-01", "+123-01", "2024-+1", "2024-01-+1", "2024-01-", "-2024-01", "2024", "", "２０２４-01-02", "2024-01-0\u{301}",
                      "2024-01-02-03", "abcd-ef", "9999-09-09"])
    func datesAreValidAsTheDocumentSays(date: String) {
        #expect(Manifest.isValidDate(date) == Document.isValidDate(date))
    }
}

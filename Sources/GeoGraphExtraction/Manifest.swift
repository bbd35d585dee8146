import Foundation
import GeoGraph

/// A corpus manifest: one row per document with date, outlet and title.
///
/// The format is the TSV of `../shared/corpus/manifest.tsv`: a header `file date outlet title`
/// (tab-separated, columns found by name), then one row per file.
public struct Manifest: Sendable {
    /// The rows, sorted by file name.
    public var documents: [Document]

    public init(documents: [Document]) { self.documents = documents.sorted() }

    /// Parses manifest text.
    /// - Throws: ``CorpusError/badManifest(path:line:reason:)``.
    public init(tsv text: String, path: String) throws {
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
        self.init(documents: rows)
    }

    /// The row for a file name, if any.
    public func document(_ file: String) -> Document? { documents.first { $0.file == file } }
}

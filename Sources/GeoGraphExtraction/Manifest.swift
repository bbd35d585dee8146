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
    ///
    /// The rules are those of splitting the text into characters: lines end at a `\n` that is a
    /// character of its own (the `\n` of `\r\n` ends no line), a line's last `\r` is dropped, lines of
    /// white space only (`.whitespaces`) are skipped, fields end at every tab. They are read here on
    /// the text's UTF-8 bytes, which answer the same: `\n` and `\t` are always characters of their
    /// own but after `\r`, and only a non-ASCII line asks Foundation whether it is blank. Callgrind
    /// showed the character version (`split`, `trimmingCharacters`) at 127 k instructions a row
    /// (0.71 G for the 5,585 rows of the 50 MB corpus); `ManifestFastPathTests` keeps it as the
    /// reference.
    /// - Throws: ``CorpusError/badManifest(path:line:reason:)``.
    public init(tsv text: String, path: String) throws {
        var text = text
        let rows = try text.withUTF8 { try Self.rows(of: $0, path: path) }
        self.init(documents: rows)
    }

    /// The rows of manifest text given as UTF-8 bytes, in the order of the text.
    private static func rows(of bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> [Document] {
        var rows: [Document] = []
        // The columns of the header, once it is read: the first column of each name.
        var columns: (file: Int, date: Int?, outlet: Int?, title: Int?)?
        var fields: [Range<Int>] = []
        var lineNumber = 0
        let n = bytes.count
        // A UTF-8 byte order mark (spreadsheets write one) is not part of the first column's name.
        var lineStart = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while lineStart <= n {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < n, bytes[lineEnd] != 0x0A || (lineEnd > 0 && bytes[lineEnd - 1] == 0x0D) { lineEnd += 1 }
            let next = lineEnd + 1
            defer { lineStart = next }
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = lineStart..<lineEnd
            if isBlank(bytes, line) { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = line.lowerBound
            for i in line where bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            fields.append(fieldStart..<line.upperBound)
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            guard let header = columns else {
                let names = Dictionary(fields.enumerated().map { (string($1).lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
                guard let file = names["file"] else {
                    throw CorpusError.badManifest(path: path, line: lineNumber, reason: "the header has no 'file' column")
                }
                columns = (file, names["date"], names["outlet"], names["title"])
                continue
            }
            func field(_ column: Int?) -> String? {
                guard let i = column, i < fields.count, !fields[i].isEmpty else { return nil }
                return string(fields[i])
            }
            guard let file = field(header.file) else {
                throw CorpusError.badManifest(path: path, line: lineNumber, reason: "the row has no file name")
            }
            let date = field(header.date)
            if let date, !isValidDate(date) {
                throw CorpusError.badManifest(path: path, line: lineNumber, reason: "date '\(date)' is not YYYY-MM-DD or YYYY-MM")
            }
            rows.append(Document(file: file, date: date, outlet: field(header.outlet), title: field(header.title)))
        }
        return rows
    }

    /// Whether a line is white space only, as `trimmingCharacters(in: .whitespaces).isEmpty` says:
    /// spaces and tabs are, an ASCII byte of another kind is not; a line whose first other byte is
    /// non-ASCII is asked of Foundation.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        for i in line where bytes[i] != 0x20 && bytes[i] != 0x09 {
            guard bytes[i] >= 0x80 else { return false }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
        }
        return true
    }

    /// `Document.isValidDate(_:)`, answered at once for the usual `YYYY-MM-DD` and `YYYY-MM` of ASCII
    /// digits (which it accepts when the month is 1–12 and the day is in that month); any other text is asked of it.
    static func isValidDate(_ date: String) -> Bool {
        let utf8 = date.utf8
        guard utf8.count == 7 || utf8.count == 10 else { return Document.isValidDate(date) }
        // The digits in one number (`2024-05-17` → 20240517), checking the dashes on the way.
        var number = 0
        for (i, b) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard b == UInt8(ascii: "-") else { return Document.isValidDate(date) }
            } else {
                guard b &- UInt8(ascii: "0") < 10 else { return Document.isValidDate(date) }
                number = number * 10 + Int(b &- UInt8(ascii: "0"))
            }
        }
        let (month, day) = utf8.count == 7 ? (number % 100, 1) : (number / 100 % 100, number % 100)
        let year = utf8.count == 7 ? number / 100 : number / 10_000
        return (1...12).contains(month) && day >= 1 && day <= Document.daysIn(month: month, year: year)
    }

    /// The row for a file name, if any.
    public func document(_ file: String) -> Document? { documents.first { $0.file == file } }
}

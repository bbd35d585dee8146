import Foundation

/// One row of the error catalogue (`Sources/GeoGraph/GeoGraph.docc/ErrorCatalogue.md`): what raises the error, the exit status, a command that
/// triggers it and the message it prints after `geograph: error: ` (a trailing `…` means "starts with").
struct CatalogueEntry: Sendable, CustomStringConvertible {
    var raisedBy: String
    var status: Int32
    var command: String
    var message: String

    var description: String { command }

    /// The folder the command runs in (`cd DIR && …`), its environment (`VAR=value …`) and its
    /// arguments after `geograph`; single quotes group words.
    func invocation() throws -> (directory: String?, environment: [String: String], arguments: [String]) {
        var text = command
        var directory: String?
        if text.hasPrefix("cd "), let and = text.range(of: " && ") {
            directory = String(text[text.index(text.startIndex, offsetBy: 3)..<and.lowerBound])
            text = String(text[and.upperBound...])
        }
        var words: [String] = []
        var word: String?
        var quoted = false
        for character in text {
            if character == "'" {
                quoted.toggle()
                word = word ?? ""
            } else if character == " ", !quoted {
                if let w = word { words.append(w) }
                word = nil
            } else {
                word = (word ?? "") + String(character)
            }
        }
        if let w = word { words.append(w) }
        var environment: [String: String] = [:]
        while let first = words.first, let equals = first.firstIndex(of: "="), first.first?.isUppercase == true {
            environment[String(first[..<equals])] = String(first[first.index(after: equals)...])
            words.removeFirst()
        }
        guard words.first == "geograph" else { throw CatalogueError.notACommand(command) }
        return (directory, environment, Array(words.dropFirst()))
    }
}

enum CatalogueError: Error {
    case notACommand(String)
    case noCatalogue
}

/// Reads the error catalogue from the GeoGraph documentation, so that a row added there is a test case here.
enum ErrorCatalogue {
    /// The DocC article that holds the catalogue, from the package root.
    static let article = "Sources/GeoGraph/GeoGraph.docc/ErrorCatalogue.md"
    static let heading = "## Messages"

    /// Every row of the table under ``heading`` (up to the next section).
    static func entries() throws -> [CatalogueEntry] {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(article), encoding: .utf8)
        guard let start = text.range(of: "\n\(heading)\n") else { throw CatalogueError.noCatalogue }
        var entries: [CatalogueEntry] = []
        for line in text[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = Self.cells(of: String(line))
            guard cells.count == 4, let status = Int32(cells[1]) else { continue }
            entries.append(
                CatalogueEntry(raisedBy: code(cells[0]), status: status, command: code(cells[2]), message: code(cells[3])))
        }
        return entries
    }

    /// The cells of a Markdown table row; `\|` is a literal bar.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                cell.append(character == "|" ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }

    /// The text of a code span, `` `x` `` (DocC reads a double-backtick span as a symbol link, so a
    /// message in the catalogue has no backtick of its own).
    static func code(_ cell: String) -> String {
        if cell.hasPrefix("`"), cell.hasSuffix("`") { return String(cell.dropFirst().dropLast()) }
        return cell
    }
}

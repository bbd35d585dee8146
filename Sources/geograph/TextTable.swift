/// An aligned plain-text table for people; numbers right-aligned.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row) }

    func rendered() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let numeric = header.indices.map { column in
            !rows.isEmpty && rows.allSatisfy { Double($0[column]) != nil || $0[column].isEmpty }
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return numeric[c] ? pad + cells[c] : cells[c] + pad
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// A weight for tables: three decimals.
func formatWeight(_ w: Double) -> String {
    let scaled = (w * 1000).rounded() / 1000
    var text = String(scaled)
    let decimals = text.split(separator: ".").last.map(\.count) ?? 0
    if !text.contains(".") { text += ".000" } else if decimals < 3 { text += String(repeating: "0", count: 3 - decimals) }
    return text
}

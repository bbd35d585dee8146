import Foundation

/// CSV tables of a graph, with fixed columns (RFC 4180 quoting, lists joined with `|`).
extension Graph {
    /// The header of ``actorsCSV(_:)``.
    public static let actorsCSVHeader = "id,name,kind,tags,aliases"
    /// The header of ``tiesCSV(_:)``.
    public static let tiesCSVHeader = "source,target,layer,polarity,weight,symmetric,evidence_count"

    /// Actors as CSV: `id,name,kind,tags,aliases`.
    public static func actorsCSV(_ actors: [Actor]) -> String {
        var out = actorsCSVHeader + "\n"
        for a in actors {
            out += csvRow([a.id, a.name, a.kind.rawValue, csvList(a.tags), csvList(a.aliases)])
        }
        return out
    }

    /// Ties as CSV: `source,target,layer,polarity,weight,symmetric,evidence_count`.
    public static func tiesCSV(_ ties: [Tie]) -> String {
        var out = tiesCSVHeader + "\n"
        for t in ties {
            out += csvRow([t.source, t.target, t.layer.rawValue, t.polarity.rawValue, JSONValue.format(t.weight),
                           String(t.isSymmetric), String(t.evidence.count)])
        }
        return out
    }

    /// One CSV line (with its newline); fields with commas, quotes or line breaks are quoted.
    ///
    /// A field that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return, such as a name `=HYPERLINK(…)`) is written with a leading `'`, OWASP's
    /// defence against CSV injection.
    public static func csvRow(_ fields: [String]) -> String {
        fields.map { raw in
            let field = spreadsheetSafe(raw)
            return field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\n"
    }

    /// `field` as a spreadsheet opens it safely: one starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return (a formula to a spreadsheet) gets a leading `'`; any other field is unchanged.
    public static func spreadsheetSafe(_ field: String) -> String {
        field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + field : field
    }

    /// A list in one CSV field: the items joined by `|`, a `|` or `\\` inside an item escaped with `\\`,
    /// so that a tag `a|b` cannot be read as two tags.
    public static func csvList(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }
}

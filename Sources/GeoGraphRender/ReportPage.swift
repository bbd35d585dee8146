import Foundation
import GeoGraph

/// One self-contained HTML page: figures inline as SVG, the tie table with each tie's evidence as
/// footnotes, and any further sections (centrality, balance) appended as ``Section`` values.
///
/// Extension point: a query that has something to report builds a ``Section`` (its body is HTML
/// made with ``ReportPage/escape(_:)`` for every text) and appends it to ``sections``.
public struct ReportPage: Sendable {
    /// One part of the page with a heading and an anchor.
    public struct Section: Sendable {
        /// The anchor (`#id`) and the table-of-contents key.
        public var id: String
        public var title: String
        /// The section's HTML; every text inside must come through ``ReportPage/escape(_:)``.
        public var body: String

        public init(id: String, title: String, body: String) {
            self.id = id
            self.title = title
            self.body = body
        }
    }

    public var title: String
    /// A paragraph under the title (escaped when written).
    public var summary: String
    public var sections: [Section]

    public init(title: String, summary: String, sections: [Section] = []) {
        self.title = title
        self.summary = summary
        self.sections = sections
    }

    /// Text escaped for HTML element content and attribute values.
    public static func escape(_ text: String) -> String { DOTEscaping.html(text) }

    /// A section showing one figure: the SVG inline (its XML prolog and doctype removed).
    public static func figure(id: String, title: String, svg: Data) -> Section {
        let text = String(decoding: svg, as: UTF8.self)
        let start = text.range(of: "<svg")?.lowerBound ?? text.startIndex
        return Section(id: id, title: title, body: "<figure class=\"figure\">\(text[start...])</figure>")
    }

    /// A section holding a table; every cell is escaped, cells that parse as numbers are right-aligned.
    public static func table(id: String, title: String, note: String? = nil, header: [String], rows: [[String]])
        -> Section
    {
        var body = note.map { "<p class=\"pointer\">\(escape($0))</p>\n" } ?? ""
        body +=
            "<table class=\"ties\"><thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for row in rows {
            body +=
                "<tr>"
                + row.map { cell in
                    Double(cell) != nil ? "<td class=\"num\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return Section(id: id, title: title, body: body + "</tbody></table>\n")
    }

    /// The tie table: one row per tie, each piece of evidence a numbered footnote with the sentence
    /// itself when `sentences` has it, else its pointer and cues.
    /// - Parameters:
    ///   - graph: The graph whose ties are listed (sorted by key).
    ///   - sentences: The sentence each evidence pointer points at, where the corpus was reachable.
    /// - Returns: The section with the table and the numbered footnotes.
    public static func ties(of graph: Graph, sentences: [Evidence: String]) -> Section {
        var rows = ""
        var notes = ""
        var number = 0
        for tie in graph.ties.sorted(by: { $0.key < $1.key }) {
            let names = [tie.source, tie.target].map { escape(graph.actor($0)?.name ?? $0) }
            var marks: [String] = []
            for evidence in tie.evidence {
                number += 1
                marks.append("<a href=\"#note-\(number)\" id=\"ref-\(number)\">[\(number)]</a>")
                let document = graph.document(evidence.document)
                let source = [document?.outlet, evidence.date ?? document?.date].compactMap { $0 }.joined(
                    separator: ", ")
                var note = "<li id=\"note-\(number)\"><a href=\"#ref-\(number)\">&#8593;</a> "
                note += "\(names[0]) &#8594; \(names[1]): "
                if let sentence = sentences[evidence] {
                    note += "&#8220;\(escape(sentence))&#8221; "
                }
                note += "<span class=\"pointer\">(\(escape(source.isEmpty ? evidence.document : source)); "
                note +=
                    "\(escape(evidence.pointer)); cues: \(escape(evidence.cues.joined(separator: ", "))))</span></li>\n"
                notes += note
            }
            let arrow = tie.isSymmetric ? "&#8596;" : "&#8594;"
            rows += "<tr><td>\(names[0])</td><td>\(arrow)</td><td>\(names[1])</td><td>\(tie.layer.rawValue)</td>"
            rows += "<td>\(tie.polarity.rawValue)</td><td class=\"num\">\(DOTAttributes.number(tie.weight))</td>"
            rows += "<td>\(marks.joined(separator: " "))</td></tr>\n"
        }
        var body = "<table class=\"ties\"><thead><tr><th>Source</th><th></th><th>Target</th><th>Layer</th>"
        body += "<th>Polarity</th><th>Weight</th><th>Evidence</th></tr></thead><tbody>\n\(rows)</tbody></table>\n"
        if !notes.isEmpty { body += "<ol class=\"notes\">\n\(notes)</ol>\n" }
        if sentences.isEmpty, number > 0 {
            body +=
                "<p class=\"pointer\">The corpus was not reachable: evidence is shown as pointers "
                + "(document#sentence). Set GEOGRAPH_CORPUS to print the sentences.</p>\n"
        }
        return Section(id: "ties", title: "Ties and their evidence", body: body)
    }

    /// The page as one HTML document with its own stylesheet (no external resources).
    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body { font-family: Helvetica, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
            nav ol { columns: 2; font-size: .9em; }
            figure.figure { margin: 0; overflow-x: auto; }
            figure.figure svg { max-width: 100%; height: auto; }
            table.ties { border-collapse: collapse; font-size: .85em; width: 100%; }
            table.ties th, table.ties td { border-bottom: 1px solid #e3e3e3; padding: 2px 6px; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            ol.notes { font-size: .8em; color: #333; } .pointer { color: #666; }
            </style></head><body>
            <h1>\(Self.escape(title))</h1>
            <p>\(Self.escape(summary))</p>
            <nav><ol>
            """
        out += "\n"
        for section in sections {
            out += "<li><a href=\"#\(Self.escape(section.id))\">\(Self.escape(section.title))</a></li>\n"
        }
        out += "</ol></nav>\n"
        for section in sections {
            out +=
                "<section id=\"\(Self.escape(section.id))\"><h2>\(Self.escape(section.title))</h2>\n\(section.body)\n</section>\n"
        }
        return out + "</body></html>\n"
    }
}

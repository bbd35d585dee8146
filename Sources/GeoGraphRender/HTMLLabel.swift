/// An HTML-like Graphviz label built from typed parts, so that every text is escaped and every
/// colour is a checked `#RRGGBB` value.
///
/// Graphviz needs HTML-like labels to be well-formed XML; building them only here keeps actor names
/// and document titles from adding markup.
public struct HTMLLabel: Sendable, Equatable {
    /// One table cell.
    public enum Cell: Sendable, Equatable {
        /// Plain text, escaped; `bold` and `size` (points) optional.
        case text(String, bold: Bool = false, size: Int? = nil, color: HexColor? = nil)
        /// A short line in a colour with a label beside it, at `size` points.
        case swatch(HexColor, String, size: Int = 10)
    }

    /// The rows of the table, each a list of cells.
    public var rows: [[Cell]]

    public init(rows: [[Cell]]) { self.rows = rows }

    /// The label's markup (without the enclosing `<` `>`): a one-column table, one left-aligned
    /// cell per row holding that row's parts in sequence (cells of their own would be stretched to
    /// the widest row and leave gaps).
    public var markup: String {
        var out = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">"
        for row in rows {
            out += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
            out += row.map(Self.markup(of:)).joined(separator: "&#160;&#160;&#160;")
            out += "</TD></TR>"
        }
        return out + "</TABLE>"
    }

    private static func markup(of cell: Cell) -> String {
        switch cell {
        case .text(let text, let bold, let size, let color):
            var font = ""
            if let size { font += " POINT-SIZE=\"\(size)\"" }
            if let color { font += " COLOR=\"\(color.value)\"" }
            var body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { DOTEscaping.html(String($0)) }.joined(separator: "<BR/>")
            if bold { body = "<B>\(body)</B>" }
            if !font.isEmpty { body = "<FONT\(font)>\(body)</FONT>" }
            return body
        case .swatch(let color, let text, let size):
            // A heavy line (U+2501) in the colour, then its meaning.
            return "<FONT POINT-SIZE=\"\(size)\"><FONT COLOR=\"\(color.value)\"><B>&#9473;&#9473;&#9473;</B></FONT>&#160;"
                + "\(DOTEscaping.html(text))</FONT>"
        }
    }
}

/// A colour as `#RRGGBB` (or `#RRGGBBAA`), checked on creation.
public struct HexColor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The colour text, upper-case hex.
    public let value: String

    /// Accepts `#RRGGBB` or `#RRGGBBAA`; returns `nil` for anything else.
    public init?(_ text: String) {
        let hex = text.dropFirst()
        guard text.first == "#", hex.count == 6 || hex.count == 8, hex.allSatisfy(\.isHexDigit) else { return nil }
        value = text.uppercased()
    }

    /// This colour with an alpha channel in 0…1.
    public func withAlpha(_ alpha: Double) -> HexColor {
        let byte = max(0, min(255, Int((alpha * 255).rounded())))
        let hex = String(byte, radix: 16, uppercase: true)
        return HexColor(String(value.prefix(7)) + (hex.count == 1 ? "0" + hex : hex)) ?? self
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let color = HexColor(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a #RRGGBB colour"))
        }
        self = color
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

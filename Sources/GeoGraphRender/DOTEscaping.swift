/// Quoting for DOT identifiers and string values.
///
/// Every ID and every string attribute we write goes through ``quoted(_:)``, so no actor name can
/// close a string, add an attribute or add a node (see `../shared/GRAPHVIZ.md`, "Escaping").
public enum DOTEscaping {
    /// The longest label we emit: Graphviz's scanner fails on a quoted run of 16,383+ characters.
    public static let maximumLength = 4_000

    /// `text` as a double-quoted DOT string: backslashes doubled first, quotes escaped, line breaks
    /// as `\n`, other control characters dropped, capped at ``maximumLength`` characters.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= maximumLength { break }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out + "\""
    }

    /// Escapes text for an HTML-like label (`label=<…>`): `& < > " '` become entities, control
    /// characters are dropped.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

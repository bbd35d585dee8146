import GeoGraph

/// A piece of an HTML page built from typed parts: elements from the ``HTMLTag`` whitelist,
/// attributes from the ``HTMLAttribute`` whitelist, text, and the contents of `script` and `style`.
///
/// Every text and attribute value is escaped when the page is written (``escapeText(_:)``,
/// ``escapeAttribute(_:)``), so names, cues and sentences (which may hold `<`, `&`, quotes,
/// `</script>` or U+2028) can never add markup. Data for a script goes in as a `JSONValue` and is
/// written by ``ScriptJSON``; code and style sheets are `StaticString`s, so only text written in this
/// package's source can run.
public struct HTML: Sendable {
    indirect enum Node: Sendable {
        case element(HTMLTag, [(HTMLAttribute, String)], [HTML])
        case text(String)
        case rawText(HTMLTag, [(HTMLAttribute, String)], String)
        case fragment([HTML])
    }

    let node: Node

    /// An element with attributes (written in this order) and children.
    public static func element(_ tag: HTMLTag, _ attributes: [(HTMLAttribute, String)] = [], _ children: [HTML] = [])
        -> HTML
    {
        precondition(!tag.isRawText, "script and style content goes through HTML.script or HTML.style")
        return HTML(node: .element(tag, attributes, tag.isVoid ? [] : children))
    }

    /// An element holding only text.
    public static func element(_ tag: HTMLTag, _ attributes: [(HTMLAttribute, String)] = [], text: String) -> HTML {
        element(tag, attributes, [.text(text)])
    }

    /// Text, escaped when written.
    public static func text(_ text: String) -> HTML { HTML(node: .text(text)) }

    /// Several parts in sequence, without an element around them.
    public static func fragment(_ parts: [HTML]) -> HTML { HTML(node: .fragment(parts)) }

    /// A `<script type="application/json">` holding `value`, for the page's code to read with
    /// `JSON.parse(element.textContent)`.
    public static func script(json value: JSONValue, id: String) -> HTML {
        HTML(node: .rawText(.script, [(.type, "application/json"), (.id, id)], ScriptJSON.encode(value)))
    }

    /// A `<script>` with code written in the source.
    /// - Precondition: the code holds no `</script` and no `<!--` (a test checks ours).
    public static func script(_ code: StaticString) -> HTML {
        let text = code.description
        precondition(isSafeRawText(text, closing: "</script"), "script code must not hold </script or <!--")
        return HTML(node: .rawText(.script, [], text))
    }

    /// A `<style>` with a style sheet written in the source.
    /// - Precondition: the sheet holds no `</style` and no `<!--`.
    public static func style(_ sheet: StaticString) -> HTML {
        let text = sheet.description
        precondition(isSafeRawText(text, closing: "</style"), "a style sheet must not hold </style or <!--")
        return HTML(node: .rawText(.style, [], text))
    }

    /// Whether raw text can sit inside its element without ending it or starting a comment.
    static func isSafeRawText(_ text: String, closing: String) -> Bool {
        let lower = text.lowercased()
        return !lower.contains(closing) && !lower.contains("<!--")
    }

    // MARK: Writing

    /// The page: `<!DOCTYPE html>` and this part (normally the `html` element).
    public var document: String {
        var out = "<!DOCTYPE html>\n"
        write(to: &out, inSVG: false)
        return out + "\n"
    }

    /// This part as HTML text.
    public var rendered: String {
        var out = ""
        write(to: &out, inSVG: false)
        return out
    }

    func write(to out: inout String, inSVG: Bool) {
        switch node {
        case .text(let text):
            out += Self.escapeText(text)
        case .fragment(let parts):
            for part in parts { part.write(to: &out, inSVG: inSVG) }
        case .rawText(let tag, let attributes, let text):
            Self.openTag(tag, attributes, to: &out)
            out += text
            out += "</\(tag.rawValue)>"
        case .element(let tag, let attributes, let children):
            let foreign = inSVG || tag == .svg
            Self.openTag(tag, attributes, to: &out, selfClosing: foreign && children.isEmpty)
            if tag.isVoid || (foreign && children.isEmpty) { return }
            for child in children { child.write(to: &out, inSVG: foreign) }
            out += "</\(tag.rawValue)>"
            // A line break after block-level parts keeps the file readable; inside text it would show.
            if [.div, .section, .header, .main, .aside, .fieldset, .head, .g, .ul, .li, .p].contains(tag) {
                out += "\n"
            }
        }
    }

    static func openTag(
        _ tag: HTMLTag, _ attributes: [(HTMLAttribute, String)], to out: inout String, selfClosing: Bool = false
    ) {
        out += "<\(tag.rawValue)"
        for (name, value) in attributes { out += " \(name.rawValue)=\"\(escapeAttribute(value))\"" }
        out += selfClosing ? "/>" : ">"
    }

    // MARK: Escaping

    /// Text for element content: `&`, `<` and `>` become entities; control characters other than tab
    /// and line feed are dropped.
    public static func escapeText(_ text: String) -> String { escape(text, quotes: false) }

    /// Text for a double-quoted attribute value: as ``escapeText(_:)``, and `"` and `'` become entities.
    public static func escapeAttribute(_ text: String) -> String { escape(text, quotes: true) }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

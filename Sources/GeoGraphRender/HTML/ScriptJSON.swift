import GeoGraph

/// Writes a `JSONValue` compactly for a `<script type="application/json">` element.
///
/// Inside a script element the HTML parser ends the element at the first `</script` and treats
/// `<!--` specially, whatever JSON thinks of them. So beyond JSON's own escaping (`JSONValue.quote(_:)`,
/// which already writes U+2028 and U+2029 as `\u2028`, `\u2029`), every `<`, `>` and `&` in a string is
/// written `\u003c`, `\u003e`, `\u0026`: the text then holds none of them, and `JSON.parse` gives the
/// original strings back.
public enum ScriptJSON {
    /// `value` as one line of JSON with no `<`, `>` or `&` anywhere.
    public static func encode(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    private static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .object(let pairs):
            out += "{"
            for (i, (key, member)) in pairs.enumerated() {
                if i > 0 { out += "," }
                out += quote(key)
                out += ":"
                write(member, to: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .string(let text): out += quote(text)
        case .number(let number): out += JSONValue.format(number)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A JSON string literal with `<`, `>` and `&` escaped as well.
    static func quote(_ text: String) -> String {
        var out = ""
        for scalar in JSONValue.quote(text).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

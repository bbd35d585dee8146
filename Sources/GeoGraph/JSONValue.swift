/// A JSON value with ordered object keys, for deterministic machine output.
///
/// Every `--format json` output and the JSON graph encoding go through this type, so equal data
/// always gives equal bytes.
public indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// A string value, or `null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as pretty-printed JSON (two-space indent), ending without a newline.
    public func rendered(indent: Int = 0) -> String {
        var writer = JSONWriter(indent: indent)
        write(to: &writer)
        return writer.text
    }

    /// Writes the value at the writer's position.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .object(let pairs):
            writer.beginObject()
            for (key, value) in pairs {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.endObject()
        case .array(let items) where items.allSatisfy(\.isScalar):
            writer.beginLine()
            for (i, item) in items.enumerated() {
                if i > 0 { writer.separator() }
                item.write(to: &writer)
            }
            writer.endLine()
        case .array(let items):
            writer.beginArray()
            for item in items {
                writer.item()
                item.write(to: &writer)
            }
            writer.endArray()
        case .string(let text): writer.string(text)
        case .number(let value): writer.number(value)
        case .int(let value): writer.int(value)
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        }
    }

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// A number in its shortest round-tripping form; non-finite values become `null`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A JSON string literal with every character that needs it escaped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // C1 controls (U+0085 NEL is a line break to YAML, which would fold it into a space), the
            // line and paragraph separators and the byte order mark are escaped too, for JSON and YAML.
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

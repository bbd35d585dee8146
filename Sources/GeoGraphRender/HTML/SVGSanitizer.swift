/// Turns the SVG Graphviz writes into ``HTML`` parts, keeping only whitelisted elements and
/// attributes.
///
/// Graphviz's SVG is regular XML: a prolog, a doctype, comments, elements with double-quoted
/// attributes, and text with entities. The sanitizer reads it with a small scanner, decodes the
/// entities, and rebuilds the drawing from ``HTMLTag/svgElements`` and ``HTMLAttribute/svgAttributes``
/// only, so every text and value is escaped again on the way into the page. Comments (which
/// Graphviz fills with node names), the prolog and doctype, and any element outside the whitelist
/// (`script`, `foreignObject`, `image`, `style`…) with all its content are dropped, as are links
/// (`href`, `xlink:href`), event handlers and any value holding `url(` or `javascript:`. The root
/// `svg` loses its fixed `width` and `height`, so a page can size it from its `viewBox`.
///
/// See `../shared/GRAPHVIZ.md`, "Security": the DOT we write already carries whitelisted
/// attributes only; this is the second line, at the point where the SVG enters a page.
public enum SVGSanitizer {
    /// The drawing as an ``HTML`` `svg` element.
    /// - Parameter svg: SVG text as Graphviz writes it.
    /// - Returns: The root `svg` element with its whitelisted content.
    /// - Throws: ``ExplorerPageError/malformedSVG(reason:)`` when the text is not well-formed or has no
    ///   `svg` root.
    public static func sanitize(_ svg: String) throws -> HTML {
        var scanner = Scanner(text: Array(svg.unicodeScalars))
        // Open elements: each kept one with its attributes and the children gathered so far; a
        // dropped one as `nil` (its content is dropped with it).
        var stack: [(tag: String, kept: (HTMLTag, [(HTMLAttribute, String)])?, children: [HTML])] = []
        var root: HTML?
        while let token = try scanner.next() {
            switch token {
            case .open(let name, let attributes, let selfClosing):
                let insideDropped = stack.contains { $0.kept == nil }
                var kept: (HTMLTag, [(HTMLAttribute, String)])?
                if !insideDropped, let tag = HTMLTag(rawValue: name), HTMLTag.svgElements.contains(tag) {
                    kept = (tag, keptAttributes(attributes, isRoot: tag == .svg && stack.isEmpty))
                }
                if stack.isEmpty, kept?.0 != .svg { throw ExplorerPageError.malformedSVG(reason: "the root element is <\(name)>, not <svg>") }
                stack.append((name, kept, []))
                if selfClosing { try close(name, &stack, &root) }
            case .close(let name):
                try close(name, &stack, &root)
            case .text(let text):
                guard !stack.isEmpty, stack.allSatisfy({ $0.kept != nil }) else { continue }
                // Whitespace between elements says nothing; text inside `text` and `title` is kept.
                if text.unicodeScalars.allSatisfy({ [" ", "\t", "\n", "\r"].contains($0) }) { continue }
                stack[stack.count - 1].children.append(.text(text))
            }
        }
        guard stack.isEmpty else { throw ExplorerPageError.malformedSVG(reason: "<\(stack[stack.count - 1].tag)> is never closed") }
        guard let root else { throw ExplorerPageError.malformedSVG(reason: "no <svg> element") }
        return root
    }

    private static func close(
        _ name: String, _ stack: inout [(tag: String, kept: (HTMLTag, [(HTMLAttribute, String)])?, children: [HTML])],
        _ root: inout HTML?
    ) throws {
        guard let open = stack.popLast() else { throw ExplorerPageError.malformedSVG(reason: "</\(name)> closes nothing") }
        guard open.tag == name else {
            throw ExplorerPageError.malformedSVG(reason: "</\(name)> closes <\(open.tag)>")
        }
        guard let (tag, attributes) = open.kept else { return }
        let element = HTML.element(tag, attributes, open.children)
        if stack.isEmpty {
            guard root == nil else { throw ExplorerPageError.malformedSVG(reason: "more than one root element") }
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    /// The whitelisted attributes, values decoded; values that could load or run anything are dropped.
    static func keptAttributes(_ attributes: [(String, String)], isRoot: Bool) -> [(HTMLAttribute, String)] {
        attributes.compactMap { name, value in
            guard let attribute = HTMLAttribute(rawValue: name),
                HTMLAttribute.svgAttributes.contains(attribute)
                    || (!isRoot && (attribute == .width || attribute == .height))
            else { return nil }
            let lower = value.lowercased()
            guard !lower.contains("url("), !lower.contains("javascript:") else { return nil }
            return (attribute, value)
        }
    }

    // MARK: Scanning

    enum Token {
        case open(String, [(String, String)], selfClosing: Bool)
        case close(String)
        case text(String)
    }

    /// Reads XML tokens, skipping the prolog, doctype, comments, processing instructions and CDATA.
    struct Scanner {
        let text: [Unicode.Scalar]
        var i = 0

        init(text: [Unicode.Scalar]) { self.text = text }

        mutating func next() throws -> Token? {
            while i < text.count {
                if text[i] != "<" {
                    let start = i
                    while i < text.count, text[i] != "<" { i += 1 }
                    return .text(Self.decode(text[start..<i]))
                }
                if starts(with: "<!--") {
                    try skip(past: "-->")
                } else if starts(with: "<![CDATA[") {
                    try skip(past: "]]>")
                } else if starts(with: "<?") {
                    try skip(past: "?>")
                } else if starts(with: "<!") {
                    try skipDeclaration()
                } else if starts(with: "</") {
                    i += 2
                    let name = readName()
                    skipSpace()
                    try expect(">")
                    return .close(name)
                } else {
                    i += 1
                    let name = readName()
                    guard !name.isEmpty else { throw ExplorerPageError.malformedSVG(reason: "a '<' that starts no element") }
                    var attributes: [(String, String)] = []
                    while true {
                        skipSpace()
                        guard i < text.count else { throw ExplorerPageError.malformedSVG(reason: "<\(name) is never ended") }
                        if text[i] == ">" {
                            i += 1
                            return .open(name, attributes, selfClosing: false)
                        }
                        if starts(with: "/>") {
                            i += 2
                            return .open(name, attributes, selfClosing: true)
                        }
                        let attribute = readName()
                        guard !attribute.isEmpty else {
                            throw ExplorerPageError.malformedSVG(reason: "a stray '\(text[i])' in <\(name)>")
                        }
                        skipSpace()
                        try expect("=")
                        skipSpace()
                        guard i < text.count, text[i] == "\"" || text[i] == "'" else {
                            throw ExplorerPageError.malformedSVG(reason: "attribute \(attribute) of <\(name)> is not quoted")
                        }
                        let quote = text[i]
                        i += 1
                        let start = i
                        while i < text.count, text[i] != quote { i += 1 }
                        guard i < text.count else { throw ExplorerPageError.malformedSVG(reason: "attribute \(attribute) of <\(name)> is never closed") }
                        attributes.append((attribute, Self.decode(text[start..<i])))
                        i += 1
                    }
                }
            }
            return nil
        }

        func starts(with prefix: String) -> Bool {
            var j = i
            for scalar in prefix.unicodeScalars {
                guard j < text.count, text[j] == scalar else { return false }
                j += 1
            }
            return true
        }

        mutating func skip(past end: String) throws {
            while i < text.count, !starts(with: end) { i += 1 }
            guard i < text.count else { throw ExplorerPageError.malformedSVG(reason: "a comment or declaration is never closed") }
            i += end.unicodeScalars.count
        }

        /// Skips `<!DOCTYPE …>`, whose quoted parts may not hold `>`.
        mutating func skipDeclaration() throws {
            var quote: Unicode.Scalar?
            while i < text.count {
                let c = text[i]
                i += 1
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    return
                }
            }
            throw ExplorerPageError.malformedSVG(reason: "a declaration is never closed")
        }

        mutating func readName() -> String {
            var name = ""
            while i < text.count {
                let c = text[i]
                guard c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" || c == "."
                else { break }
                name.unicodeScalars.append(c)
                i += 1
            }
            return name
        }

        mutating func skipSpace() {
            while i < text.count, text[i].properties.isWhitespace { i += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) throws {
            guard i < text.count, text[i] == c else {
                throw ExplorerPageError.malformedSVG(reason: "expected '\(c)' at character \(i)")
            }
            i += 1
        }

        /// Text with XML's entities decoded; an unknown or malformed entity stays as written.
        static func decode(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var out = ""
            var k = scalars.startIndex
            while k < scalars.endIndex {
                let c = scalars[k]
                guard c == "&", let semicolon = scalars[k...].prefix(12).firstIndex(of: ";") else {
                    out.unicodeScalars.append(c)
                    k += 1
                    continue
                }
                let name = String(String.UnicodeScalarView(scalars[(k + 1)..<semicolon]))
                if let scalar = entity(name) {
                    out.unicodeScalars.append(scalar)
                    k = semicolon + 1
                } else {
                    out.unicodeScalars.append(c)
                    k += 1
                }
            }
            return out
        }

        static func entity(_ name: String) -> Unicode.Scalar? {
            switch name {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            case "nbsp": return "\u{A0}"
            default:
                guard name.hasPrefix("#") else { return nil }
                let digits = name.dropFirst()
                let value = digits.first == "x" || digits.first == "X"
                    ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                return value.flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
            }
        }
    }
}

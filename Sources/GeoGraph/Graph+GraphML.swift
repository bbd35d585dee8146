/// GraphML export that NetworkX's `read_graphml` and Gephi load.
extension Graph {
    /// The graph as GraphML: a directed graph, one edge per tie (parallel edges for several layers),
    /// node data `name`, `kind`, `tags`, `represents`; edge data `layer`, `polarity`, `weight`,
    /// `symmetric`, `evidence_count` and `evidence` (pointers joined with a space).
    public func graphML() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="tags" for="node" attr.name="tags" attr.type="string"/>
              <key id="represents" for="node" attr.name="represents" attr.type="string"/>
              <key id="layer" for="edge" attr.name="layer" attr.type="string"/>
              <key id="polarity" for="edge" attr.name="polarity" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
              <key id="evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>
              <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>

            """
        out += "  <graph id=\(Graph.xmlAttribute(title ?? "geograph")) edgedefault=\"directed\">\n"
        for a in actors {
            out += "    <node id=\(Graph.xmlAttribute(a.id))>\n"
            out += "      <data key=\"name\">\(Graph.xmlEscape(a.name))</data>\n"
            out += "      <data key=\"kind\">\(a.kind.rawValue)</data>\n"
            out += "      <data key=\"tags\">\(Graph.xmlEscape(Graph.csvList(a.tags)))</data>\n"
            if let r = a.represents { out += "      <data key=\"represents\">\(Graph.xmlEscape(r))</data>\n" }
            out += "    </node>\n"
        }
        for (i, t) in ties.sorted(by: { $0.key < $1.key }).enumerated() {
            out += "    <edge id=\"e\(i)\" source=\(Graph.xmlAttribute(t.source)) target=\(Graph.xmlAttribute(t.target))>\n"
            out += "      <data key=\"layer\">\(t.layer.rawValue)</data>\n"
            out += "      <data key=\"polarity\">\(t.polarity.rawValue)</data>\n"
            out += "      <data key=\"weight\">\(JSONValue.format(t.weight))</data>\n"
            out += "      <data key=\"symmetric\">\(t.isSymmetric)</data>\n"
            out += "      <data key=\"evidence_count\">\(t.evidence.count)</data>\n"
            out += "      <data key=\"evidence\">\(Graph.xmlEscape(t.evidence.map(\.pointer).joined(separator: " ")))</data>\n"
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// Escapes `& < > " '` and drops characters XML 1.0 forbids.
    public static func xmlEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func xmlAttribute(_ text: String) -> String { "\"" + xmlEscape(text) + "\"" }
}

import Foundation
import GeoGraph

/// Reads a DOT sketch into a `Graph` through libcgraph, so an analyst can draw in DOT and analyse.
///
/// Nodes become actors and edges become ties. Only attributes in ``DOTAttribute/importable`` are read;
/// every other attribute (styles, `image`, `URL`, `stylesheet`…) is dropped and listed in
/// ``Result/dropped``. Defaults when an attribute is absent:
/// - node `name`: the node's `label`, else its DOT ID; `kind`: `state`; `tags`: none (comma-separated);
/// - node id: the DOT ID when it is a slug, else a slug made from it (`"Kazakhstan"` → `kazakhstan`);
/// - edge `layer`: ``defaultLayer``; `polarity`: ``defaultPolarity``; `weight`: ``defaultWeight``;
///   `symmetric`: true in an undirected `graph`, or with `symmetric=true` or `dir=both`, else false.
public enum DOTImporter {
    /// The layer of an edge without a `layer` attribute.
    public static let defaultLayer = Layer.diplomatic
    /// The polarity of an edge without a `polarity` attribute.
    public static let defaultPolarity = Polarity.cooperation
    /// The weight of an edge without a `weight` attribute.
    public static let defaultWeight = 0.5
    /// The largest file we read (bytes).
    public static let maximumFileSize = 5_000_000
    /// The most nodes and edges we accept.
    public static let maximumNodes = 5_000, maximumEdges = 50_000

    /// An imported graph and the attribute names that were dropped.
    public struct Result: Sendable {
        public var graph: Graph
        /// The distinct attribute names that were not on the whitelist, sorted.
        public var dropped: [String]
    }

    /// Imports DOT text.
    /// - Parameters:
    ///   - dot: The DOT text.
    ///   - path: The file name, for error messages.
    /// - Returns: The graph and the dropped attribute names.
    /// - Throws: ``DOTImportError`` for unreadable DOT (with the line Graphviz names), a bad attribute
    ///   value, an absurd size or resolution, or too many nodes or edges.
    public static func importGraph(dot: String, path: String) throws -> Result {
        guard dot.utf8.count <= maximumFileSize else {
            throw DOTImportError.absurd(
                path: path, attribute: "file size", value: "\(dot.utf8.count) bytes",
                limit: "\(maximumFileSize) bytes")
        }
        let parsed: ParsedDOT
        do {
            parsed = try GraphvizRenderer.parse(dot: dot)
        } catch RenderError.syntax(let line, let message) {
            throw DOTImportError.unreadable(path: path, line: line, message: message)
        }
        try checkLimits(parsed, path: path)

        var dropped: Set<String> = []
        var ids: [String: String] = [:]  // DOT name -> actor id
        var used: Set<String> = []
        var actors: [Actor] = []
        for node in parsed.nodes {
            dropped.formUnion(node.attributes.keys.filter { !DOTAttribute.importable.contains($0) })
            let id = uniqueSlug(for: node.name, used: &used)
            ids[node.name] = id
            let name =
                node.attributes["name"] ?? node.attributes["label"].flatMap { label in
                    label == "\\N" ? nil : DOTLabel.displayed(label)
                } ?? node.name
            let kindText = node.attributes["kind"] ?? ActorKind.state.rawValue
            guard let kind = ActorKind(rawValue: kindText) else {
                throw DOTImportError.badAttribute(
                    path: path, element: "node \(node.name)", attribute: "kind",
                    value: kindText, expected: "state, organisation, person or region")
            }
            let tags = (node.attributes["tags"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(
                String.init)
            actors.append(Actor(id: id, name: name, kind: kind, tags: tags))
        }
        var ties: [Tie] = []
        for edge in parsed.edges {
            dropped.formUnion(edge.attributes.keys.filter { !DOTAttribute.importable.contains($0) })
            let element = "edge \(edge.tail) \(parsed.isDirected ? "->" : "--") \(edge.head)"
            let a = edge.attributes
            let layerText = a["layer"] ?? defaultLayer.rawValue
            guard let layer = Layer(rawValue: layerText) else {
                throw DOTImportError.badAttribute(
                    path: path, element: element, attribute: "layer", value: layerText,
                    expected: "security, economic or diplomatic")
            }
            let polarityText = a["polarity"] ?? defaultPolarity.rawValue
            guard let polarity = Polarity(rawValue: polarityText) else {
                throw DOTImportError.badAttribute(
                    path: path, element: element, attribute: "polarity",
                    value: polarityText, expected: "cooperation or tension")
            }
            let weightText = a["weight"] ?? String(defaultWeight)
            guard let weight = Double(weightText), Tie.isValidWeight(weight) else {
                throw DOTImportError.badAttribute(
                    path: path, element: element, attribute: "weight", value: weightText,
                    expected: "a number in (0, 1]")
            }
            guard let source = ids[edge.tail], let target = ids[edge.head] else { continue }
            if source == target {
                throw DOTImportError.inconsistent(
                    path: path, reason: "\(element) is a self-loop; a tie needs two actors")
            }
            let symmetric = !parsed.isDirected || a["symmetric"] == "true" || a["dir"] == "both"
            ties.append(
                Tie(
                    source: source, target: target, layer: layer, polarity: polarity, weight: weight,
                    isSymmetric: symmetric))
        }
        let title = parsed.attributes["label"].flatMap {
            $0.isEmpty || $0.hasPrefix("<") ? nil : DOTLabel.displayed($0)
        }
        do {
            let graph = try Graph(title: title, actors: actors, ties: ties)
            return Result(graph: graph, dropped: dropped.sorted())
        } catch let error as GraphError {
            throw DOTImportError.inconsistent(path: path, reason: error.description)
        }
    }

    /// Upper bounds of the numeric attributes whose size sets Graphviz's work or memory when the
    /// graph is drawn: `sides=100000000` makes a polygon of 10⁸ points (3.7 GB), `peripheries=1000000`
    /// a million outlines. Generous for any drawing a person makes.
    public static let numericLimits: [(String, Double)] = [
        ("sides", 100), ("peripheries", 10), ("fontsize", 1_000), ("penwidth", 100), ("width", 200), ("height", 200),
        ("arrowsize", 100), ("nslimit", 1_000), ("nslimit1", 1_000), ("mclimit", 100), ("searchsize", 10_000),
        ("maxiter", 100_000), ("ranksep", 1_000), ("nodesep", 1_000), ("sep", 1_000), ("esep", 1_000),
    ]

    private static func checkLimits(_ parsed: ParsedDOT, path: String) throws {
        if parsed.nodes.count > maximumNodes {
            throw DOTImportError.absurd(
                path: path, attribute: "node count", value: "\(parsed.nodes.count)",
                limit: "\(maximumNodes)")
        }
        if parsed.edges.count > maximumEdges {
            throw DOTImportError.absurd(
                path: path, attribute: "edge count", value: "\(parsed.edges.count)",
                limit: "\(maximumEdges)")
        }
        for name in ["dpi", "resolution"] {
            if let text = parsed.attributes[name], let value = Double(text), !(value <= GraphvizRenderer.maximumDPI) {
                throw DOTImportError.absurd(
                    path: path, attribute: name, value: text,
                    limit: "\(Int(GraphvizRenderer.maximumDPI))")
            }
        }
        let elements = [("the graph", parsed.attributes)] + parsed.nodes.map { ("node \($0.name)", $0.attributes) }
            + parsed.edges.map { ("edge \($0.tail) -> \($0.head)", $0.attributes) }
        for (element, attributes) in elements {
            for (name, limit) in numericLimits {
                guard let text = attributes[name] else { continue }
                // Graphviz reads the leading number of a value (`sides="1e8x"` is 1e8); so do we.
                let number = Double(text.trimmingCharacters(in: .whitespaces).prefix { "0123456789.eE+-".contains($0) }) ?? 0
                if !(number <= limit) {
                    throw DOTImportError.absurd(
                        path: path, attribute: "\(name) of \(element)", value: String(text.prefix(40)),
                        limit: JSONValue.format(limit))
                }
            }
        }
        if let size = parsed.attributes["size"] {
            let sides = size.split(whereSeparator: { $0 == "," || $0 == "!" }).compactMap { Double($0) }
            if sides.contains(where: { !($0 <= 200) }) {
                throw DOTImportError.absurd(path: path, attribute: "size", value: size, limit: "200 inches a side")
            }
        }
    }

    /// `name` as an actor id: itself when it is a slug, else lowercased with runs of other characters
    /// turned into one hyphen; `actor` when nothing is left; a numeric suffix when the id is taken.
    static func uniqueSlug(for name: String, used: inout Set<String>) -> String {
        var base = name
        if !Actor.isValidID(name) {
            var slug = ""
            for scalar in name.lowercased().unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    slug.unicodeScalars.append(scalar)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug += "-"
                }
            }
            while slug.hasSuffix("-") { slug.removeLast() }
            base = slug.isEmpty ? "actor" : slug
        }
        var id = base
        var n = 2
        while used.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        used.insert(id)
        return id
    }
}

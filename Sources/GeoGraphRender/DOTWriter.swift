import Foundation
import GeoGraph

/// Writes a ``Figure`` as DOT: pure Swift, deterministic (the same figure gives the same bytes).
///
/// Every ID and string value is quoted through ``DOTEscaping``, every attribute comes from the
/// ``DOTAttribute`` whitelist, and the legend, title and caption are one HTML-like graph label built
/// by ``HTMLLabel``, so the node and edge counts of the DOT equal the figure's actors and ties.
public struct DOTWriter: Sendable {
    /// The style the figure is drawn in.
    public var style: FigureStyle

    public init(style: FigureStyle = .standard) { self.style = style }

    /// The figure as a DOT digraph.
    /// - Complexity: O(actors × clusters + ties × log ties).
    public func dot(_ figure: Figure) -> String {
        var out = "// Written by geograph; regenerate with `geograph figures` rather than editing.\n"
        out += "digraph \(DOTEscaping.quoted("geograph")) {\n"
        out += "  graph [\(graphAttributes(figure).rendered)];\n"
        out += "  node [\(nodeDefaults(figure).rendered)];\n"
        out += "  edge [\(edgeDefaults(figure.layout).rendered)];\n"

        let actors = figure.actorIDs.compactMap { figure.graph.actor($0) }
        var placed: Set<String> = []
        if figure.layout.drawsClusters, figure.clustered {
            for cluster in style.clusters {
                let members = actors.filter { !placed.contains($0.id) && style.cluster(of: $0) == cluster }
                guard !members.isEmpty else { continue }
                out += "  subgraph \(DOTEscaping.quoted("cluster_" + cluster.tag)) {\n"
                out += "    graph [\(clusterAttributes(cluster, in: figure).rendered)];\n"
                for actor in members {
                    out += "    \(DOTEscaping.quoted(actor.id)) [\(nodeAttributes(actor, in: figure).rendered)];\n"
                    placed.insert(actor.id)
                }
                out += "  }\n"
            }
        }
        for actor in actors where !placed.contains(actor.id) {
            out += "  \(DOTEscaping.quoted(actor.id)) [\(nodeAttributes(actor, in: figure).rendered)];\n"
        }
        for edge in figure.edges {
            var attributes = edgeAttributes(edge, in: figure)
            if figure.marksTies { attributes.set(.class, edge.ties.map { "tie-\($0)" }.joined(separator: " ")) }
            out += "  \(DOTEscaping.quoted(edge.tail)) -> \(DOTEscaping.quoted(edge.head))"
            out += " [\(attributes.rendered)];\n"
        }
        return out + "}\n"
    }

    // MARK: Attributes

    func graphAttributes(_ figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.layout, figure.layout.rawValue)
        a.set(.fontname, style.font)
        a.set(.label, html: legend(figure))
        a.set(.labelloc, "t")
        a.set(.labeljust, "l")
        a.set(.outputorder, "edgesfirst")
        a.set(.pad, 0.3)
        a.set(.bgcolor, "#FFFFFF")
        switch figure.layout {
        case .dot:
            a.set(.rankdir, "LR")
            a.set(.nodesep, 0.3)
            // A chain reads along one row: short steps keep it on the page.
            a.set(.ranksep, figure.chain.isEmpty ? 0.9 : 0.4)
            a.set(.splines, "true")
            // A chain's few edges share their ends: bundle them.
            if !figure.chain.isEmpty { a.set(.concentrate, "true") }
        case .neato, .fdp, .sfdp:
            a.set(.overlap, "prism")
            a.set(.overlapScaling, -(figure.spread ?? Self.spread(figure)))
            a.set(.nodesep, Self.parallelTieSpacing)
            a.set(.splines, Self.routesAroundNodes(figure) ? "true" : "false")
            a.set(.sep, "+\(figure.separation ?? Self.separation)")
            a.set(.esep, "+\(Self.edgeClearance)")
            if let rotation = figure.rotation { a.set(.normalize, Double(rotation)) }
            if figure.layout == .fdp { a.set(.K, 1.2) }
        case .circo, .twopi:
            a.set(.overlap, "false")
            a.set(.nodesep, Self.parallelTieSpacing)
            a.set(.splines, Self.routesAroundNodes(figure) ? "true" : "false")
            a.set(.sep, "+10")
        }
        return a
    }

    /// How far apart a force-directed figure's actors start before prism removes their overlaps,
    /// in average label sizes (Graphviz's `overlap_scaling`, negated; its default is 4): 1 for a
    /// figure of ``compactActors`` or more, so that the largest figures stay about 850 pt wide and
    /// their labels readable at 16 cm (see ``FigureFontSizes``), growing as √(``compactActors``/n) up
    /// to 3 for small figures, which a tight layout would only crowd.
    static func spread(_ figure: Figure) -> Double {
        let n = Double(max(1, figure.actorIDs.count))
        return min(3, max(1, ((Double(compactActors) / n).squareRoot() * 100).rounded() / 100))
    }

    /// The points prism keeps between two actors' boxes (`sep`), unless the figure says otherwise.
    public static let separation = 6
    /// The points an edge keeps from an actor it passes (`esep`); below ``separation`` so that the
    /// widened actors never overlap (else no edge is routed around them).
    public static let edgeClearance = 3

    /// The actor count from which force-directed figures are laid out at their most compact.
    public static let compactActors = 40

    /// The spacing, in inches, of parallel ties between one pair of actors in the non-`dot` layouts
    /// (their `nodesep`; Graphviz's default is 0.25).
    ///
    /// When the straight line between two actors is clear, Graphviz draws all their ties as a fan
    /// of arcs around that line without routing the arcs around other nodes, so a wide fan sweeps
    /// over the labels beside it (Kazakhstan–Russia's eleven ties over "SCO" in the overview). At
    /// 0.12 in the arcs stay 8.6 pt apart, wider than the thickest tie, and no checked-in figure has
    /// an edge across a label (``LabelClearance``, pinned by `CheckedInFiguresTests`).
    public static let parallelTieSpacing = 0.08

    /// The most ties and actors a figure may have for edges to be routed around the nodes
    /// (`splines=true`) by the force-directed and circular layouts; larger figures get straight edges.
    ///
    /// Graphviz's obstacle-avoiding router is what keeps edges off the labels, and most of a figure's
    /// time: 1 s for the 152-tie overview, over 3 minutes for 300 actors and 600 ties (0.2 s with
    /// straight edges). `dot` routes its own splines and is not affected.
    public static let maximumRoutedTies = 250, maximumRoutedActors = 150

    /// Whether `figure` is small enough for ``maximumRoutedTies`` and ``maximumRoutedActors``.
    static func routesAroundNodes(_ figure: Figure) -> Bool {
        figure.edges.count <= maximumRoutedTies && figure.actorIDs.count <= maximumRoutedActors
    }

    func nodeDefaults(_ figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.fontname, style.font)
        a.set(.fontsize, Double(figure.fontSizes.actor))
        a.set(.style, "filled")
        a.set(.fillcolor, "#FFFFFF")
        a.set(.color, "#333333")
        a.set(.margin, "0.05,0.06")
        return a
    }

    func edgeDefaults(_ layout: LayoutEngine) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.fontname, style.font)
        a.set(.arrowsize, 0.7)
        // Longer springs spread the hubs apart so their labels stay clear of the edges.
        if layout == .neato || layout == .fdp { a.set(.len, Self.springLength) }
        return a
    }

    func clusterAttributes(_ cluster: FigureStyle.ClusterStyle, in figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.label, cluster.label)
        a.set(.fontsize, Double(figure.fontSizes.legend))
        a.set(.fontcolor, "#333333")
        a.set(.style, "filled,rounded")
        a.set(.color, cluster.color.value)
        a.set(.fillcolor, cluster.color.withAlpha(0.13).value)
        a.set(.labeljust, "l")
        return a
    }

    func nodeAttributes(_ actor: Actor, in figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        let label = Self.breakName(actor.name)
        a.set(.label, label)
        // The importer reads `name` before `label`: the name comes back whole.
        if label != actor.name { a.set(.name, actor.name) }
        let shape = style.kinds[actor.kind] ?? .ellipse
        a.set(.shape, shape.rawValue)
        if shape == .box { a.set(.style, "filled,rounded") }
        if let scaled = figure.measure?.scaled(actor.id) {
            a.set(.fillcolor, style.measureFill.withAlpha(0.1 + 0.9 * scaled).value)
            if scaled > 0.6 { a.set(.fontcolor, "#FFFFFF") }
        }
        if figure.focus.contains(actor.id) {
            a.set(.penwidth, 2.5)
        }
        var tooltip = "\(actor.name) (\(actor.kind.rawValue))"
        if let measure = figure.measure, let value = measure.values[actor.id] {
            tooltip += ", \(measure.name) \(DOTAttributes.number(value))"
        }
        a.set(.tooltip, tooltip)
        a.set(.kind, actor.kind.rawValue)
        if !actor.tags.isEmpty { a.set(.tags, actor.tags.joined(separator: ",")) }
        return a
    }

    /// The spring length of an edge in `neato` and `fdp`, in inches.
    static let springLength = 1.8

    /// The attributes of one edge: colour by layer; line by the polarities it draws (one polarity's
    /// own line, a double line for both); at each end the arrowheads of the polarities that point at
    /// that actor; width by evidence; the tooltip lists every tie.
    func edgeAttributes(_ edge: FigureEdge, in figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        let ties = edge.ties.map { figure.ties[$0] }
        let polarities = Polarity.allCases.filter { p in ties.contains { $0.polarity == p } }
        let highlighted = ties.contains { figure.highlighted.contains($0.key) }
        let faded = !figure.highlighted.isEmpty && !highlighted
        // Only the chain's own edges rank the actors; the rest bend around it.
        if !figure.chain.isEmpty, !figure.isOnChain(edge) { a.set(.constraint, "false") }
        var color = style.color(of: edge.layer)
        if faded { color = color.withAlpha(0.3) }
        if polarities.count == 1 {
            a.set(.color, color.value)
            a.set(.style, style.look(of: polarities[0]).line.rawValue)
        } else {
            // Two strokes side by side: both polarities on this layer.
            a.set(.color, "\(color.value):\(color.value)")
            a.set(.style, "solid")
        }
        let evidence = edge.evidenceCount(in: figure.ties)
        // Faded edges are the thinnest the style has: context, not story.
        let width = faded ? style.penwidth.lowerBound : penwidth(evidence: evidence, polarities: polarities.count)
        a.set(.penwidth, width + (highlighted ? 1.5 : 0))
        let head = arrow(edge.polaritiesTowardsHead(in: figure.ties))
        let tail = arrow(edge.polaritiesTowardsTail(in: figure.ties))
        switch (head, tail) {
        case (let head?, let tail?):
            a.set(.dir, "both")
            a.set(.arrowhead, head)
            a.set(.arrowtail, tail)
        case (let head?, nil):
            a.set(.arrowhead, head)
        case (nil, let tail?):
            a.set(.dir, "back")
            a.set(.arrowtail, tail)
        case (nil, nil):
            a.set(.dir, "none")
        }
        a.set(.tooltip, ties.map { tooltip($0, in: figure) }.joined(separator: "; "))
        // The strongest tie's values, for the DOT importer (which reads one tie per edge).
        let lead = ties.max { ($0.weight, $1.key) < ($1.weight, $0.key) }!
        a.set(.layer, edge.layer.rawValue)
        a.set(.polarity, lead.polarity.rawValue)
        a.set(.weight, lead.weight)
        if lead.isSymmetric { a.set(.symmetric, "true") }
        return a
    }

    /// The arrowheads for the polarities pointing at one end, nearest the actor first (Graphviz
    /// draws a concatenated arrow type such as `normaltee` as a row of heads); `nil` for none.
    func arrow(_ polarities: [Polarity]) -> String? {
        let shapes = polarities.map { style.look(of: $0).arrowhead }.filter { $0 != .none }.map(\.rawValue)
        return shapes.isEmpty ? nil : shapes.joined()
    }

    /// The pen width for an edge backed by `evidence` reports: the style's range on a log scale,
    /// one report the thinnest, ``evidenceForWidest`` or more the widest. A double line (both
    /// polarities) takes half per stroke, so it is as wide as a single one.
    func penwidth(evidence: Int, polarities: Int) -> Double {
        let fraction = min(1, log2(Double(max(1, evidence))) / log2(Double(Self.evidenceForWidest)))
        let width = style.penwidth.lowerBound + (style.penwidth.upperBound - style.penwidth.lowerBound) * fraction
        return polarities > 1 ? max(style.penwidth.lowerBound, width / 2) : width
    }

    /// The evidence count drawn at the style's widest pen.
    public static let evidenceForWidest = 16

    func tooltip(_ tie: Tie, in figure: Figure) -> String {
        let arrow = tie.isSymmetric ? "<->" : "->"
        let names = [tie.source, tie.target].map { figure.graph.actor($0)?.name ?? $0 }
        return "\(names[0]) \(arrow) \(names[1]): \(tie.layer.rawValue) \(tie.polarity.rawValue), "
            + "weight \(DOTAttributes.number(tie.weight)), \(tie.evidence.count) evidence"
    }

    // MARK: Legend

    /// The title, the legend for what is drawn, and the caption naming the sources, one short row
    /// each so that the legend is no wider than a small figure.
    func legend(_ figure: Figure) -> HTMLLabel {
        let size = figure.fontSizes.legend
        var rows: [[HTMLLabel.Cell]] = [
            [.text(Self.wrap(figure.title, width: Self.legendWidth * 3 / 4), bold: true, size: figure.fontSizes.title)]
        ]
        let edges = figure.edges
        let layers = Layer.allCases.filter { layer in edges.contains { $0.layer == layer } }
        if !layers.isEmpty {
            rows.append(layers.map { .swatch(style.color(of: $0), "\($0.rawValue)", size: size) })
        }
        let drawn = edges.map { e in Set(e.ties.map { figure.ties[$0].polarity }) }
        var lines: [String] = []
        let single = Polarity.allCases.filter { p in drawn.contains([p]) }
        var kinds = single.map { "\(style.look(of: $0).line.rawValue) line: \($0.rawValue)" }
        if drawn.contains(where: { $0.count > 1 }) { kinds.append("double line: both") }
        if !kinds.isEmpty { lines.append(kinds.joined(separator: "; ")) }
        let polarities = Polarity.allCases.filter { p in figure.ties.contains { $0.polarity == p } }
        if !polarities.isEmpty {
            let heads = polarities.map { "\(style.look(of: $0).arrowhead.rawValue) head: \($0.rawValue)" }
            lines.append(heads.joined(separator: "; ") + ", towards that actor")
        }
        if figure.ties.contains(where: \.isSymmetric) { lines.append("heads at both ends: mutual") }
        if !edges.isEmpty {
            lines.append("thicker line: more evidence")
        }
        rows += lines.map { [.text($0, size: size)] }
        if figure.labelsEvidenceCounts, !edges.isEmpty {
            rows.append([.text(Self.wrap(evidenceList(figure), width: Self.legendWidth), size: size)])
        }
        let kinds2 = ActorKind.allCases.filter { kind in
            figure.actorIDs.contains { figure.graph.actor($0)?.kind == kind }
        }
        if !kinds2.isEmpty {
            let text = kinds2.map { "\((style.kinds[$0] ?? .ellipse).rawValue): \($0.rawValue)" }
            rows.append([.text(Self.wrap(text.joined(separator: ", "), width: Self.legendWidth), size: size)])
        }
        if !figure.leftOut.isEmpty {
            rows.append([.text(Self.wrap(leftOutLine(figure), width: Self.legendWidth), size: size)])
        }
        if let measure = figure.measure {
            rows.append([.swatch(style.measureFill, "fill: \(measure.name) (darker is higher)", size: size)])
        }
        let sources = figure.sources.map { d in
            [d.outlet ?? d.file, d.date].compactMap { $0 }.joined(separator: ", ")
        }
        if !sources.isEmpty {
            rows.append([
                .text(
                    Self.wrap("Sources: " + sources.joined(separator: "; ") + ".", width: Self.legendWidth),
                    size: size, color: HexColor("#555555"))
            ])
        }
        return HTMLLabel(rows: rows)
    }

    /// The legend line naming the actors a figure leaves out (``Figure/leftOut``), by name:
    /// "Not shown, 20 actors with one tie each: ASEAN, Azerbaijan, …".
    func leftOutLine(_ figure: Figure) -> String {
        let names = figure.leftOut.map { figure.graph.actor($0)?.name ?? $0 }
            .sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        let count = names.count == 1 ? "1 actor" : "\(names.count) actors"
        let ties =
            switch figure.minimumTies {
            case ...1: "no tie"
            case 2: "one tie each"
            default: "fewer than \(figure.minimumTies) ties each"
            }
        return "Not shown, \(count) with \(ties): " + names.joined(separator: ", ") + "."
    }

    /// The evidence behind each pair of actors, most first ("Kazakhstan–Russia 20"): the counts a
    /// balance figure reports. They stand in the legend rather than on the edges, where Graphviz
    /// puts a label over the pair's other edges.
    func evidenceList(_ figure: Figure) -> String {
        var totals: [String: (names: String, count: Int)] = [:]
        for edge in figure.edges {
            let ends = [edge.tail, edge.head].sorted()
            let names = ends.map { figure.graph.actor($0)?.name ?? $0 }.joined(separator: "–")
            totals[ends.joined(separator: "\u{0}"), default: (names, 0)].count += edge.evidenceCount(in: figure.ties)
        }
        let pairs = totals.values.sorted { ($1.count, $0.names) < ($0.count, $1.names) }
        return "Evidence per pair: " + pairs.map { "\($0.names) \($0.count)" }.joined(separator: ", ") + "."
    }

    /// The longest legend line, in characters: about 30 em at the legend's size, narrower than the
    /// standard figures' drawings.
    static let legendWidth = 52

    /// `name` on two lines of about equal length when it is longer than ``nameWidth`` and has a
    /// space ("Recep Tayyip Erdogan" → "Recep Tayyip\nErdogan"): long one-line labels make nodes
    /// wide and the figure with them.
    static func breakName(_ name: String) -> String {
        // Only plain names: the importer reads `name` as written, without undoing DOT's escapes.
        guard name.count > nameWidth,
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " -.'".unicodeScalars.contains($0) })
        else { return name }
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 1 else { return name }
        var best = (width: Int.max, text: name)
        for cut in 1..<words.count {
            let first = words[..<cut].joined(separator: " "), second = words[cut...].joined(separator: " ")
            let width = max(first.count, second.count)
            if width < best.width { best = (width, first + "\n" + second) }
        }
        return best.text
    }

    /// The longest actor label kept on one line.
    static let nameWidth = 10

    /// `text` broken at spaces into lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

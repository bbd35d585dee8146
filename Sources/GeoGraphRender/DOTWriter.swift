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
        out += "  node [\(nodeDefaults.rendered)];\n"
        out += "  edge [\(edgeDefaults(figure.layout).rendered)];\n"

        let actors = figure.actorIDs.compactMap { figure.graph.actor($0) }
        var placed: Set<String> = []
        if figure.layout.drawsClusters, figure.clustered {
            for cluster in style.clusters {
                let members = actors.filter { !placed.contains($0.id) && style.cluster(of: $0) == cluster }
                guard !members.isEmpty else { continue }
                out += "  subgraph \(DOTEscaping.quoted("cluster_" + cluster.tag)) {\n"
                out += "    graph [\(clusterAttributes(cluster).rendered)];\n"
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
        for (index, tie) in figure.ties.enumerated() {
            var attributes = edgeAttributes(tie, in: figure)
            if figure.marksTies { attributes.set(.class, "tie-\(index)") }
            out += "  \(DOTEscaping.quoted(tie.source)) -> \(DOTEscaping.quoted(tie.target))"
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
            a.set(.ranksep, 0.9)
            a.set(.splines, "true")
        case .neato, .fdp, .sfdp:
            a.set(.overlap, "false")
            a.set(.nodesep, Self.parallelTieSpacing)
            a.set(.splines, Self.routesAroundNodes(figure) ? "true" : "false")
            a.set(.sep, "+20")
            a.set(.esep, "+8")
            if figure.layout == .neato { a.set(.model, "subset") }
            if figure.layout == .fdp { a.set(.K, 1.2) }
        case .circo, .twopi:
            a.set(.overlap, "false")
            a.set(.nodesep, Self.parallelTieSpacing)
            a.set(.splines, Self.routesAroundNodes(figure) ? "true" : "false")
            a.set(.sep, "+10")
        }
        return a
    }

    /// The spacing, in inches, of parallel ties between one pair of actors in the non-`dot` layouts
    /// (their `nodesep`; Graphviz's default is 0.25).
    ///
    /// When the straight line between two actors is clear, Graphviz draws all their ties as a fan
    /// of arcs around that line without routing the arcs around other nodes, so a wide fan sweeps
    /// over the labels beside it (Kazakhstan–Russia's eleven ties over "SCO" in the overview). At
    /// 0.12 in the arcs stay 8.6 pt apart, wider than the thickest tie, and no checked-in figure has
    /// an edge across a label (``LabelClearance``, pinned by `CheckedInFiguresTests`).
    public static let parallelTieSpacing = 0.12

    /// The most ties and actors a figure may have for edges to be routed around the nodes
    /// (`splines=true`) by the force-directed and circular layouts; larger figures get straight edges.
    ///
    /// Graphviz's obstacle-avoiding router is what keeps edges off the labels, and most of a figure's
    /// time: 1 s for the 152-tie overview, over 3 minutes for 300 actors and 600 ties (0.2 s with
    /// straight edges). `dot` routes its own splines and is not affected.
    public static let maximumRoutedTies = 250, maximumRoutedActors = 150

    /// Whether `figure` is small enough for ``maximumRoutedTies`` and ``maximumRoutedActors``.
    static func routesAroundNodes(_ figure: Figure) -> Bool {
        figure.ties.count <= maximumRoutedTies && figure.actorIDs.count <= maximumRoutedActors
    }

    var nodeDefaults: DOTAttributes {
        var a = DOTAttributes()
        a.set(.fontname, style.font)
        a.set(.fontsize, 11)
        a.set(.style, "filled")
        a.set(.fillcolor, "#FFFFFF")
        a.set(.color, "#333333")
        a.set(.margin, "0.08,0.04")
        return a
    }

    func edgeDefaults(_ layout: LayoutEngine) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.fontname, style.font)
        a.set(.arrowsize, 0.7)
        // Longer springs spread the hubs apart so their labels stay clear of the edges.
        if layout == .neato || layout == .fdp { a.set(.len, 1.8) }
        return a
    }

    func clusterAttributes(_ cluster: FigureStyle.ClusterStyle) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.label, cluster.label)
        a.set(.fontsize, 12)
        a.set(.fontcolor, "#333333")
        a.set(.style, "filled,rounded")
        a.set(.color, cluster.color.value)
        a.set(.fillcolor, cluster.color.withAlpha(0.13).value)
        a.set(.labeljust, "l")
        return a
    }

    func nodeAttributes(_ actor: Actor, in figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        a.set(.label, actor.name)
        let shape = style.kinds[actor.kind] ?? .ellipse
        a.set(.shape, shape.rawValue)
        if shape == .box { a.set(.style, "filled,rounded") }
        if let scaled = figure.measure?.scaled(actor.id) {
            a.set(.fillcolor, style.measureFill.withAlpha(0.1 + 0.9 * scaled).value)
            if scaled > 0.6 { a.set(.fontcolor, "#FFFFFF") }
        }
        if figure.focus.contains(actor.id) {
            a.set(.penwidth, 2.5)
            a.set(.fontsize, 13)
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

    func edgeAttributes(_ tie: Tie, in figure: Figure) -> DOTAttributes {
        var a = DOTAttributes()
        let look = style.look(of: tie.polarity)
        let faded = !figure.highlighted.isEmpty && !figure.highlighted.contains(tie.key)
        let color = style.color(of: tie.layer)
        a.set(.color, faded ? color.withAlpha(0.3).value : color.value)
        a.set(.style, look.line.rawValue)
        a.set(.penwidth, style.penwidth(for: tie.weight) + (figure.highlighted.contains(tie.key) ? 1.5 : 0))
        a.set(.arrowhead, look.arrowhead.rawValue)
        if tie.isSymmetric {
            a.set(.dir, "both")
            a.set(.arrowtail, look.arrowhead.rawValue)
        }
        if figure.labelsEvidenceCounts {
            a.set(.label, "\(tie.evidence.count)")
            a.set(.fontsize, 10)
        }
        let arrow = tie.isSymmetric ? "<->" : "->"
        let names = [tie.source, tie.target].map { figure.graph.actor($0)?.name ?? $0 }
        a.set(
            .tooltip,
            "\(names[0]) \(arrow) \(names[1]): \(tie.layer.rawValue) \(tie.polarity.rawValue), "
                + "weight \(DOTAttributes.number(tie.weight)), \(tie.evidence.count) evidence")
        a.set(.layer, tie.layer.rawValue)
        a.set(.polarity, tie.polarity.rawValue)
        a.set(.weight, tie.weight)
        if tie.isSymmetric { a.set(.symmetric, "true") }
        return a
    }

    // MARK: Legend

    /// The title, the legend for what is drawn, and the caption naming the sources.
    func legend(_ figure: Figure) -> HTMLLabel {
        var rows: [[HTMLLabel.Cell]] = [[.text(figure.title, bold: true, size: 16)]]
        let layers = Layer.allCases.filter { layer in figure.ties.contains { $0.layer == layer } }
        if !layers.isEmpty {
            rows.append(layers.map { .swatch(style.color(of: $0), "\($0.rawValue) tie") })
        }
        var lines: [String] = []
        let polarities = Polarity.allCases.filter { p in figure.ties.contains { $0.polarity == p } }
        lines += polarities.map { p in
            let look = style.look(of: p)
            return "\(look.line.rawValue) line, \(look.arrowhead.rawValue) end: \(p.rawValue)"
        }
        if figure.ties.contains(where: \.isSymmetric) { lines.append("ends at both sides: mutual") }
        if !figure.ties.isEmpty { lines.append("thicker line: stronger tie") }
        if !lines.isEmpty { rows.append([.text(lines.joined(separator: ";  "), size: 10)]) }
        let kinds = ActorKind.allCases.filter { kind in
            figure.actorIDs.contains { figure.graph.actor($0)?.kind == kind }
        }
        if !kinds.isEmpty {
            let text = kinds.map { "\((style.kinds[$0] ?? .ellipse).rawValue): \($0.rawValue)" }
            rows.append([.text("shapes: " + text.joined(separator: ", "), size: 10)])
        }
        if let measure = figure.measure {
            rows.append([.swatch(style.measureFill, "fill: \(measure.name) (darker is higher)")])
        }
        let sources = figure.sources.map { d in
            [d.outlet ?? d.file, d.date].compactMap { $0 }.joined(separator: ", ")
        }
        if !sources.isEmpty {
            rows.append([
                .text(
                    Self.wrap("Sources: " + sources.joined(separator: "; ") + ".", width: 110),
                    size: 9, color: HexColor("#555555"))
            ])
        }
        return HTMLLabel(rows: rows)
    }

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

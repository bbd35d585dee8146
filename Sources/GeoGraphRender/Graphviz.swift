import CGraphviz
import Foundation

/// The single owner of every Graphviz call in the process: one `gvContext`, behind one lock.
///
/// libcgraph and libgvc are not thread-safe (cgraph(3); four threads crash 5 runs in 5 here), so every
/// call into them in this package goes through ``GraphvizOwner/shared`` while holding its `NSLock`:
/// a process-wide serialisation, which is what lets Swift Testing run rendering tests in parallel.
/// This file and `Graphviz+Routing.swift` (the edge router's glue) are the only ones that call C.
final class GraphvizOwner: @unchecked Sendable {
    /// The process-wide owner.
    static let shared = GraphvizOwner()

    /// Guards every Graphviz call; also guards ``capturedMessages`` and the plugin cache.
    private let lock = NSLock()

    private init() {}

    /// The largest `dpi` we render at; larger requests are clamped (dpi 20000 crashes Graphviz).
    static let maximumDPI = 600.0
    /// The largest `size` (inches, either side) a graph may ask for.
    static let maximumSizeInches = 200.0

    /// The one `gvContext`, created on first use and kept for the life of the process.
    ///
    /// One context for all renders: `gvContext` leaks about 3.6 KB in `gvconfig` each time it is
    /// created (measured with Scripts/leak-check.sh), so a context per render would leak per render.
    private var context: OpaquePointer?

    /// Runs `body` holding the lock, with the context created and the error handler installed.
    private func locked<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            _ = agseterrf(captureGraphvizMessage)
            _ = agseterr(cgv_level_warning())
            context = gvContext()
        }
        guard let context else {
            throw RenderError.pluginsMissing(kind: "context", name: "gvContext", available: [])
        }
        capturedMessages.removeAll()
        _ = agreseterrors()
        return try body(context)
    }

    /// Checks that the layout and device plugins we need are registered.
    private func checkPlugins(_ gvc: OpaquePointer, layout: LayoutEngine?, format: RenderFormat?) throws {
        if let layout {
            let engines = pluginNames(gvc, kind: "layout")
            guard engines.contains(layout.rawValue) else {
                throw RenderError.pluginsMissing(kind: "layout", name: layout.rawValue, available: engines)
            }
        }
        if let format {
            let devices = pluginNames(gvc, kind: "device")
            guard devices.contains(format.rawValue) else {
                throw RenderError.pluginsMissing(kind: "output", name: format.rawValue, available: devices)
            }
        }
    }

    private var pluginCache: [String: [String]] = [:]

    private func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
        if let cached = pluginCache[kind] { return cached }
        var count: Int32 = 0
        let list = kind.withCString { gvPluginList(gvc, $0, &count, nil) }
        defer { cgv_free_plugin_list(list, count) }
        var names: [String] = []
        for i in 0..<Int(count) {
            guard let entry = list?[i] else { continue }
            // Entries look like "png" or "png:cairo"; keep the part before the colon.
            let name = String(cString: entry).split(separator: ":").first.map(String.init) ?? ""
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        pluginCache[kind] = names
        return names
    }

    /// Parses, lays out and renders `dot`.
    /// - Throws: ``RenderError``.
    func render(
        dot: String, layout: LayoutEngine, format: RenderFormat, dpi: Double?, budget: RenderBudget?,
        routing: EdgeRouting = .geograph
    ) throws -> Data {
        try render(dot: dot, layout: layout, formats: [format], dpi: dpi, budget: budget, routing: routing)[0]
    }

    /// Parses and lays out `dot` once, then renders that one layout in each of `formats`, in order.
    ///
    /// Each output is byte-identical to rendering `dot` alone in that format, as long as the formats
    /// agree on ``RenderFormat/isBitmap`` (`dpi` is set on the graph before the layout).
    /// - Throws: ``RenderError``.
    func render(
        dot: String, layout: LayoutEngine, formats: [RenderFormat], dpi: Double?, budget: RenderBudget?,
        routing: EdgeRouting = .geograph
    ) throws -> [Data] {
        precondition(!formats.isEmpty && Set(formats.map(\.isBitmap)).count == 1, "formats must all be bitmaps or none")
        return try locked { gvc in
            try checkPlugins(gvc, layout: layout, format: nil)
            for format in formats { try checkPlugins(gvc, layout: nil, format: format) }
            let graph = try read(dot)
            defer { agclose(graph) }
            if let budget { try budget.check(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)), layout: layout) }
            try refuseFileAccess(graph)
            try applyLimits(graph, format: formats[0], dpi: dpi)
            var keptPositions = false
            if routing == .geograph, canRoute(graph, layout: layout) {
                keptPositions = try layOutWithOwnRouting(gvc, graph)
            } else {
                try layOut(gvc, graph, layout)
            }
            defer { freeLayout(gvc, graph, keptPositions: keptPositions) }
            return try formats.map { format in
                var data: UnsafeMutablePointer<CChar>?
                var length = 0
                let status = format.rawValue.withCString { cgv_render_data(gvc, graph, $0, &data, &length) }
                defer { if let data { gvFreeRenderData(data) } }
                guard status == 0, let data else {
                    throw RenderError.renderFailed(format: format, message: takeMessages() ?? "unknown error")
                }
                return Data(bytes: data, count: length)
            }
        }
    }

    /// Parses `dot` and copies out its nodes, edges and attributes.
    /// - Throws: ``RenderError/syntax(line:message:)``.
    func parse(dot: String) throws -> ParsedDOT {
        try locked { _ in
            let graph = try read(dot)
            defer { agclose(graph) }
            let nodeSymbols = symbols(graph, kind: cgv_kind_node())
            let edgeSymbols = symbols(graph, kind: cgv_kind_edge())
            var attributes: [String: String] = [:]
            for (name, symbol) in symbols(graph, kind: cgv_kind_graph()) {
                attributes[name] = string(agxget(UnsafeMutableRawPointer(graph), symbol))
            }
            var nodes: [ParsedDOT.Node] = []
            var edges: [ParsedDOT.Edge] = []
            var node = agfstnode(graph)
            while let n = node {
                nodes.append(
                    ParsedDOT.Node(
                        name: string(agnameof(UnsafeMutableRawPointer(n))),
                        attributes: values(of: UnsafeMutableRawPointer(n), nodeSymbols)))
                var edge = agfstout(graph, n)
                while let e = edge {
                    edges.append(
                        ParsedDOT.Edge(
                            tail: string(agnameof(UnsafeMutableRawPointer(cgv_tail(e)))),
                            head: string(agnameof(UnsafeMutableRawPointer(cgv_head(e)))),
                            attributes: values(of: UnsafeMutableRawPointer(e), edgeSymbols)))
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, n)
            }
            return ParsedDOT(isDirected: agisdirected(graph) != 0, attributes: attributes, nodes: nodes, edges: edges)
        }
    }

    // MARK: Helpers (called with the lock held)

    /// `gvLayout` with `engine`.
    /// - Throws: ``RenderError/layoutFailed(engine:message:)`` with Graphviz's message.
    func layOut(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ engine: LayoutEngine) throws {
        guard engine.rawValue.withCString({ gvLayout(gvc, graph, $0) }) == 0 else {
            throw RenderError.layoutFailed(engine: engine, message: takeMessages() ?? "unknown error")
        }
    }

    private func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        // cgraph's scanner keeps state between reads (its line counter, and a newline left after the
        // closing brace): drain it with an empty read, then reset the counter, so that a syntax error
        // names the right line whatever was parsed before.
        if let stale = "".withCString({ agmemread($0) }) { agclose(stale) }
        capturedMessages.removeAll()
        agreadline(1)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            let message = takeMessages() ?? "unreadable DOT"
            throw RenderError.syntax(line: Self.lineNumber(in: message), message: message)
        }
        return graph
    }

    private func applyLimits(_ graph: UnsafeMutablePointer<Agraph_t>, format: RenderFormat, dpi: Double?) throws {
        let raw = UnsafeMutableRawPointer(graph)
        if let size = attribute(raw, "size"), !size.isEmpty {
            let sides = size.split(whereSeparator: { $0 == "," || $0 == "!" }).compactMap { Double($0) }
            if sides.contains(where: { !$0.isFinite || $0 > Self.maximumSizeInches }) {
                throw RenderError.tooLarge(reason: "size \"\(size)\" exceeds \(Int(Self.maximumSizeInches)) inches")
            }
        }
        for name in ["dpi", "resolution"] {
            let declared = attribute(raw, name).flatMap(Double.init)
            var wanted = name == "dpi" && format.isBitmap ? (dpi ?? declared) : declared
            if let value = wanted, !(value > 0) || !value.isFinite { wanted = 96 }
            if let value = wanted {
                let clamped = min(value, Self.maximumDPI)
                setAttribute(graph, name, DOTAttributes.number(clamped))
            }
        }
    }

    /// Attributes that make Graphviz read a local file (`image`, `shapefile`), redirect where it looks
    /// for files (`imagepath`, `fontpath`) or pull in or link to something outside (`stylesheet`, and
    /// every `URL`/`href` variant). ``DOTWriter`` cannot write them; this catches any other DOT.
    static let fileAttributes: Set<String> = ["image", "shapefile", "imagepath", "fontpath", "stylesheet"]

    /// Refuses a graph that would make Graphviz read a file or link out: an attribute in
    /// ``fileAttributes`` or named `…URL`/`…href`, a `fontname` that is a path, or an HTML-like label
    /// with an `<IMG>`. Checked on every render, whatever wrote the DOT.
    /// - Throws: ``RenderError/unsafeAttribute(name:reason:)``.
    private func refuseFileAccess(_ graph: UnsafeMutablePointer<Agraph_t>) throws {
        var fontSymbols: [(Int32, UnsafeMutablePointer<Agsym_t>)] = []
        var labelSymbols: [(Int32, String, UnsafeMutablePointer<Agsym_t>)] = []
        for kind in [cgv_kind_graph(), cgv_kind_node(), cgv_kind_edge()] {
            for (name, symbol) in symbols(graph, kind: kind) {
                let lower = name.lowercased()
                if Self.fileAttributes.contains(lower) || lower.hasSuffix("url") || lower.hasSuffix("href") {
                    throw RenderError.unsafeAttribute(name: name, reason: "reads or links to a file; remove it")
                }
                if lower == "fontname" { fontSymbols.append((kind, symbol)) }
                if lower.hasSuffix("label") { labelSymbols.append((kind, name, symbol)) }
            }
        }
        guard !fontSymbols.isEmpty || !labelSymbols.isEmpty else { return }
        func check(_ object: UnsafeMutableRawPointer, kind: Int32) throws {
            for (k, symbol) in fontSymbols where k == kind {
                let font = string(agxget(object, symbol))
                if font.contains("/") || font.contains("\\") {
                    throw RenderError.unsafeAttribute(
                        name: "fontname", reason: "names a file path ('\(font)'); give a font family")
                }
            }
            for (k, name, symbol) in labelSymbols where k == kind {
                guard let value = agxget(object, symbol), aghtmlstr(value) != 0 else { continue }
                if String(cString: value).range(of: "<img", options: .caseInsensitive) != nil {
                    throw RenderError.unsafeAttribute(name: name, reason: "has an <IMG>, which reads a file; remove it")
                }
            }
        }
        func walk(_ g: UnsafeMutablePointer<Agraph_t>) throws {
            try check(UnsafeMutableRawPointer(g), kind: cgv_kind_graph())
            var sub = agfstsubg(g)
            while let s = sub {
                try walk(s)
                sub = agnxtsubg(s)
            }
        }
        try walk(graph)
        var node = agfstnode(graph)
        while let n = node {
            try check(UnsafeMutableRawPointer(n), kind: cgv_kind_node())
            var edge = agfstout(graph, n)
            while let e = edge {
                try check(UnsafeMutableRawPointer(e), kind: cgv_kind_edge())
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
    }

    func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        let value = name.withCString { agget(object, UnsafeMutablePointer(mutating: $0)) }
        return value.map { String(cString: $0) }
    }

    func setAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(
                        UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: n),
                        UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(
        String, UnsafeMutablePointer<Agsym_t>
    )] {
        var out: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            out.append((string(s.pointee.name), s))
            symbol = agnxtattr(graph, kind, s)
        }
        return out
    }

    private func values(of object: UnsafeMutableRawPointer, _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)])
        -> [String: String]
    {
        var out: [String: String] = [:]
        for (name, symbol) in symbols {
            let value = string(agxget(object, symbol))
            if !value.isEmpty { out[name] = value }
        }
        return out
    }

    func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The messages Graphviz reported since the lock was taken, joined, or `nil` when there were none.
    func takeMessages() -> String? {
        let text = capturedMessages.joined().split(whereSeparator: \.isNewline)
            .map { line -> String in
                var line = line.trimmingCharacters(in: .whitespaces)
                for prefix in ["Error:", "Warning:"] where line.hasPrefix(prefix) {
                    line = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                }
                return line
            }
            .filter { !$0.isEmpty }.joined(separator: " ")
        capturedMessages.removeAll()
        return text.isEmpty ? nil : text
    }

    /// The line number in a message such as "syntax error in line 3 near 'x'".
    static func lineNumber(in message: String) -> Int? {
        guard let range = message.range(of: "line ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}

/// Text Graphviz reported through ``captureGraphvizMessage``; read and written only under
/// ``GraphvizOwner``'s lock (Graphviz calls the handler from inside the calls the lock serialises).
nonisolated(unsafe) private var capturedMessages: [String] = []

/// The `agseterrf` handler: collects Graphviz's error and warning text instead of printing it.
private let captureGraphvizMessage: agusererrf = { message in
    if let message { capturedMessages.append(String(cString: message)) }
    return 0
}

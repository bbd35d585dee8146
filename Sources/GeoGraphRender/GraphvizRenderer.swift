import Foundation

/// Renders DOT with Graphviz's own libraries, in this process (no `dot` child process).
///
/// Every call is serialised through one process-wide owner (see `Graphviz.swift`), so the renderer
/// may be used from any thread or task.
public enum GraphvizRenderer {
    /// The largest dpi a bitmap is rendered at; larger requests are clamped to it.
    public static var maximumDPI: Double { GraphvizOwner.maximumDPI }

    /// Lays out `dot` with `layout` and renders it as `format`.
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - layout: The layout engine (overrides a `layout` attribute in the text).
    ///   - format: The output format.
    ///   - dpi: Resolution for bitmaps, clamped to ``maximumDPI``; `nil` keeps the graph's own.
    ///   - budget: The most actors and ties the layout may take; `nil` for no limit (`--force`).
    ///   - routing: Who routes curved ties around actors in `neato` layouts (``EdgeRouting``).
    /// - Returns: The rendered bytes.
    /// - Throws: ``RenderError`` for missing plugins, a syntax error, a graph over the budget, an
    ///   attribute that would read a file, a failed layout or render, or an oversized `size`.
    public static func render(
        dot: String, layout: LayoutEngine, format: RenderFormat, dpi: Double? = nil,
        budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph
    ) throws -> Data {
        try GraphvizOwner.shared.render(
            dot: dot, layout: layout, format: format, dpi: dpi, budget: budget, routing: routing)
    }

    /// Lays out `dot` with `layout` once and renders that layout in each of `formats`.
    ///
    /// Each output is the bytes ``render(dot:layout:format:dpi:budget:routing:)`` gives for its
    /// format, for one layout instead of one per format.
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - layout: The layout engine (overrides a `layout` attribute in the text).
    ///   - formats: The output formats, in order; not empty, and all bitmaps or none (`dpi` is set
    ///     before the layout).
    ///   - dpi: Resolution for bitmaps, clamped to ``maximumDPI``; `nil` keeps the graph's own.
    ///   - budget: The most actors and ties the layout may take; `nil` for no limit (`--force`).
    ///   - routing: Who routes curved ties around actors in `neato` layouts (``EdgeRouting``).
    /// - Returns: The rendered bytes, one per format, in the order of `formats`.
    /// - Throws: ``RenderError``, as for one format.
    public static func render(
        dot: String, layout: LayoutEngine, formats: [RenderFormat], dpi: Double? = nil,
        budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph
    ) throws -> [Data] {
        try GraphvizOwner.shared.render(
            dot: dot, layout: layout, formats: formats, dpi: dpi, budget: budget, routing: routing)
    }

    /// Parses `dot` with libcgraph, without laying it out.
    /// - Returns: The nodes, edges and attributes as libcgraph read them.
    /// - Throws: ``RenderError/syntax(line:message:)``.
    public static func parse(dot: String) throws -> ParsedDOT {
        try GraphvizOwner.shared.parse(dot: dot)
    }

    /// Renders a figure: writes its DOT with `writer`, then lays it out with the figure's engine.
    /// - Throws: ``RenderError``.
    public static func render(
        _ figure: Figure, writer: DOTWriter = DOTWriter(), format: RenderFormat,
        dpi: Double? = nil, budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph
    ) throws -> Data {
        try budget?.check(figure)
        return try render(
            dot: writer.dot(figure), layout: figure.layout, format: format, dpi: dpi, budget: budget, routing: routing)
    }

    /// Renders a figure in each of `formats` from one layout, as
    /// ``render(dot:layout:formats:dpi:budget:routing:)`` does.
    /// - Throws: ``RenderError``.
    public static func render(
        _ figure: Figure, writer: DOTWriter = DOTWriter(), formats: [RenderFormat],
        dpi: Double? = nil, budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph
    ) throws -> [Data] {
        try budget?.check(figure)
        return try render(
            dot: writer.dot(figure), layout: figure.layout, formats: formats, dpi: dpi, budget: budget,
            routing: routing)
    }
}

import Foundation
import GeoGraph

/// A timeline as an SVG line chart: one line per tie (direction, layer, polarity), windows along the
/// x axis, the tie's weight in each window up the y axis; cooperation solid, tension dashed, each
/// layer in its own colour. Pure SVG written by hand: no Graphviz call, deterministic bytes.
public struct TimelineChart: Sendable {
    public var timeline: Timeline
    public var title: String

    public init(timeline: Timeline, title: String) {
        self.timeline = timeline
        self.title = title
    }

    static let colours: [Layer: String] = [.security: "#c0392b", .economic: "#2471a3", .diplomatic: "#239b56"]

    /// The chart's SVG document.
    public func svg() -> String {
        let width = 760.0, height = 340.0, left = 50.0, right = 230.0, top = 40.0, bottom = 50.0
        let plotW = width - left - right, plotH = height - top - bottom
        let windows = timeline.windows
        let xStep = windows.count > 1 ? plotW / Double(windows.count - 1) : 0
        let index = Dictionary(uniqueKeysWithValues: windows.enumerated().map { ($1, $0) })
        func x(_ w: String) -> Double { left + (windows.count > 1 ? Double(index[w] ?? 0) * xStep : plotW / 2) }
        func y(_ v: Double) -> Double { top + plotH * (1 - min(1, max(0, v))) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="11">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(left))" y="22" font-size="14" font-weight="bold">\(esc(title))</text>

            """
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(tick)))\" stroke=\"#dddddd\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(String(format: "%.2f", tick))</text>\n"
        }
        let labelEvery = max(1, windows.count / 8)
        for (i, w) in windows.enumerated() where i % labelEvery == 0 || i == windows.count - 1 {
            out += "<text x=\"\(f(x(w)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(esc(w))</text>\n"
        }
        out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">window</text>\n"
        for (i, s) in timeline.series.enumerated() {
            let colour = TimelineChart.colours[s.layer] ?? "#333333"
            let dash = s.polarity == .tension ? " stroke-dasharray=\"6 3\"" : ""
            let points = s.points.map { "\(f(x($0.window))),\(f(y($0.weight)))" }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash) points=\"\(points)\"/>\n"
            for p in s.points { out += "<circle cx=\"\(f(x(p.window)))\" cy=\"\(f(y(p.weight)))\" r=\"2.5\" fill=\"\(colour)\"/>\n" }
            let ly = top + 14 * Double(i)
            out += "<line x1=\"\(f(width - right + 12))\" y1=\"\(f(ly))\" x2=\"\(f(width - right + 36))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
            out += "<text x=\"\(f(width - right + 40))\" y=\"\(f(ly + 4))\">\(esc(s.label))</text>\n"
        }
        return out + "</svg>\n"
    }
}

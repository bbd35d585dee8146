import Foundation

/// Finds edges drawn across labels, in a layout as Graphviz's `json` output gives it.
///
/// A label's box is computed from Graphviz's own text drawing operations (`_ldraw_`: each `T` op's
/// anchor, alignment and width, and the font size of the `F` op before it): from a quarter of the
/// font size below the baseline to three quarters above it, widened by `margin` points on every
/// side. An edge is the polyline through 24 points per cubic Bézier segment of its `_draw_` curves;
/// it crosses a box when one of its segments meets the box. An edge never counts as crossing the
/// labels of its own two nodes or its own label. Arrowheads are not checked: they end on their node.
public enum LabelClearance {
    /// Points sampled on each cubic Bézier segment of an edge.
    static let samplesPerSegment = 24

    /// The crossings in `json`, sorted by edge and label; empty when every edge keeps clear.
    /// - Parameters:
    ///   - json: A layout rendered with ``RenderFormat/json``.
    ///   - margin: Points added around every label box.
    /// - Throws: ``RenderError/renderFailed(format:message:)`` when `json` is not Graphviz's layout JSON.
    public static func crossings(inLayout json: Data, margin: Double = 2) throws -> [LabelCrossing] {
        guard let root = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw RenderError.renderFailed(format: .json, message: "the layout JSON does not parse")
        }
        let objects = root["objects"] as? [[String: Any]] ?? []
        let edges = root["edges"] as? [[String: Any]] ?? []
        var names: [Int: String] = [:]
        var labels: [(owner: LabelCrossing.Owner, node: Int?, edge: Int?, box: Box, text: String)] = []
        for box in textBoxes(root["_ldraw_"], margin: margin) {
            labels.append((.graph(root["name"] as? String ?? ""), nil, nil, box.box, box.text))
        }
        for object in objects {
            guard let id = object["_gvid"] as? Int else { continue }
            let name = object["name"] as? String ?? ""
            let isNode = object["nodes"] == nil && object["edges"] == nil && object["subgraphs"] == nil
            if isNode { names[id] = name }
            for box in textBoxes(object["_ldraw_"], margin: margin) {
                labels.append((isNode ? .node(name) : .graph(name), isNode ? id : nil, nil, box.box, box.text))
            }
        }
        for edge in edges {
            guard let id = edge["_gvid"] as? Int, let tail = edge["tail"] as? Int, let head = edge["head"] as? Int
            else { continue }
            let owner = LabelCrossing.Owner.edge(tail: names[tail] ?? "", head: names[head] ?? "")
            for box in textBoxes(edge["_ldraw_"], margin: margin) { labels.append((owner, nil, id, box.box, box.text)) }
        }
        var found: Set<LabelCrossing> = []
        for edge in edges {
            guard let id = edge["_gvid"] as? Int, let tail = edge["tail"] as? Int, let head = edge["head"] as? Int
            else { continue }
            let line = polyline(edge["_draw_"])
            guard line.count > 1 else { continue }
            for label in labels where label.node != tail && label.node != head && label.edge != id {
                if crosses(line, label.box) {
                    found.insert(
                        LabelCrossing(tail: names[tail] ?? "", head: names[head] ?? "", owner: label.owner, text: label.text))
                }
            }
        }
        return found.sorted { ($0.tail, $0.head, $0.text, "\($0.owner)") < ($1.tail, $1.head, $1.text, "\($1.owner)") }
    }

    // MARK: Geometry

    struct Box: Equatable {
        var minX: Double, maxX: Double, minY: Double, maxY: Double
        func contains(_ p: (Double, Double)) -> Bool { p.0 > minX && p.0 < maxX && p.1 > minY && p.1 < maxY }
    }

    /// The boxes of the text lines drawn by one `_ldraw_` operation list.
    static func textBoxes(_ ops: Any?, margin: Double) -> [(box: Box, text: String)] {
        guard let ops = ops as? [[String: Any]] else { return [] }
        var size = 14.0  // Graphviz's default font size, until an F op says otherwise.
        var boxes: [(Box, String)] = []
        for op in ops {
            switch op["op"] as? String {
            case "F": size = number(op["size"]) ?? size
            case "T":
                guard let point = op["pt"] as? [Any], point.count == 2, let x = number(point[0]),
                    let y = number(point[1]), let width = number(op["width"])
                else { continue }
                let left: Double
                switch op["align"] as? String {
                case "l": left = x
                case "r": left = x - width
                default: left = x - width / 2
                }
                let box = Box(
                    minX: left - margin, maxX: left + width + margin,
                    minY: y - 0.25 * size - margin, maxY: y + 0.75 * size + margin)
                boxes.append((box, op["text"] as? String ?? ""))
            default: continue
            }
        }
        return boxes
    }

    /// The points of an edge's Bézier curves (`b` and `B` ops), sampled into one polyline per curve
    /// and joined.
    static func polyline(_ ops: Any?) -> [(Double, Double)] {
        guard let ops = ops as? [[String: Any]] else { return [] }
        var line: [(Double, Double)] = []
        for op in ops where op["op"] as? String == "b" || op["op"] as? String == "B" {
            let points = (op["points"] as? [[Any]] ?? []).compactMap { p -> (Double, Double)? in
                guard p.count == 2, let x = number(p[0]), let y = number(p[1]) else { return nil }
                return (x, y)
            }
            guard points.count >= 4 else { continue }
            line.append(points[0])
            var k = 0
            while k + 3 < points.count {
                for s in 1...samplesPerSegment {
                    line.append(bezier(points[k], points[k + 1], points[k + 2], points[k + 3], Double(s) / Double(samplesPerSegment)))
                }
                k += 3
            }
        }
        return line
    }

    static func bezier(
        _ p0: (Double, Double), _ p1: (Double, Double), _ p2: (Double, Double), _ p3: (Double, Double), _ t: Double
    ) -> (Double, Double) {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return (a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0, a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1)
    }

    /// Whether any segment of `line` meets the inside of `box` (Liang–Barsky clipping).
    static func crosses(_ line: [(Double, Double)], _ box: Box) -> Bool {
        for i in 1..<line.count where segment(line[i - 1], line[i], meets: box) { return true }
        return false
    }

    static func segment(_ p: (Double, Double), _ q: (Double, Double), meets box: Box) -> Bool {
        if box.contains(p) || box.contains(q) { return true }
        let dx = q.0 - p.0, dy = q.1 - p.1
        var t0 = 0.0, t1 = 1.0
        for (denominator, numerator) in [
            (-dx, p.0 - box.minX), (dx, box.maxX - p.0), (-dy, p.1 - box.minY), (dy, box.maxY - p.1),
        ] {
            if denominator == 0 {
                if numerator <= 0 { return false }
                continue
            }
            let t = numerator / denominator
            if denominator < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 >= t1 { return false }
        }
        return true
    }

    static func number(_ value: Any?) -> Double? {
        if let d = value as? Double { return d }
        if let n = value as? NSNumber { return n.doubleValue }
        return nil
    }
}

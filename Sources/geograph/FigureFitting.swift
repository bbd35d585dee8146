import Foundation
import GeoGraphRender

/// Each figure laid out with ``FigureFit``, as `figures` and `report` lay them out, with what its
/// layout measured and its SVG (``FigureFit/Result/svg``), so that no caller renders it again.
///
/// The first candidate layout that reads on an A4 page with no edge across a label; a figure with
/// none keeps the best candidate and gets one warning line on standard error.
/// - Throws: ``RenderError`` when Graphviz fails or a figure is over the budget.
func fitToPage(
    _ items: [FigureSet.Item], writer: DOTWriter, budget: RenderBudget?, routing: EdgeRouting
) throws -> [(item: FigureSet.Item, fitted: FigureFit.Result)] {
    try items.map { item in
        let fitted = try FigureFit.fit(item.figure, writer: writer, budget: budget, routing: routing)
        if !fitted.passes {
            let line = "warning: \(item.name): \(describe(fitted.fit, fitted.crossings))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        return (FigureSet.Item(name: item.name, figure: fitted.figure), fitted)
    }
}

/// One line of what a figure measured: "830 pt wide; at 16 cm actor labels 8.7 pt, legend 7.6 pt;
/// 0 edge/label crossings".
func describe(_ fit: PageFit, _ crossings: [LabelCrossing]) -> String {
    func points(_ value: Double?) -> String { value.map { String(format: "%.1f pt", $0) } ?? "none" }
    return "\(Int(fit.width.rounded())) pt wide; at 16 cm actor labels \(points(fit.smallestActorLabel)), "
        + "legend \(points(fit.smallestLegendText)); \(crossings.count) edge/label "
        + (crossings.count == 1 ? "crossing" : "crossings")
}

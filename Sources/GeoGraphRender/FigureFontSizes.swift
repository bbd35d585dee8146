/// The font sizes of a figure, in points of the drawing (before it is scaled to a page).
///
/// A figure is read scaled to the page: at 16 cm (453.5 pt) wide, a drawing `w` points wide shows
/// a label of `s` points at `s × 453.5 / w`. The standard sizes are large for a drawing so that
/// the standard figures, at most about 900 pt wide, keep actor labels at 8 pt or more and the legend
/// at 7 pt or more on an A4 page (``PageFit``).
public struct FigureFontSizes: Sendable, Equatable {
    /// Actor labels.
    public var actor: Int
    /// The title.
    public var title: Int
    /// The legend, cluster labels, edge labels and the sources line.
    public var legend: Int

    /// The sizes of the standard figures: actors 16 pt, title 20 pt, legend 14 pt.
    public static let standard = FigureFontSizes(actor: 16, title: 20, legend: 14)

    public init(actor: Int, title: Int, legend: Int) {
        self.actor = actor
        self.title = title
        self.legend = legend
    }
}

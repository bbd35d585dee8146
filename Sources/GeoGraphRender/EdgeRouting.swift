/// Who routes curved ties around actors when `neato` draws a figure with `splines=true`.
public enum EdgeRouting: String, CaseIterable, Sendable, Codable {
    /// GeoGraph's router (the default): Graphviz lays out the actors and draws every tie whose straight
    /// line is clear exactly as it would; the ties whose straight line would cross another actor are
    /// routed around the actors by `ObstacleRouter` and smoothed by Graphviz's own spline fitter
    /// (`Proutespline`, the one `neato` uses). Same figure, a fraction of the time: Graphviz's own
    /// router builds the sight lines between every pair of actor corners first, which is cubic.
    case geograph
    /// Graphviz's own router throughout (`neato -Tsvg` as on the command line).
    case graphviz
}

/// Why an explorer page could not be written.
public enum ExplorerPageError: Error, Equatable, Sendable {
    /// The page would be larger than the limit (`--max-size`).
    case tooLarge(bytes: Int, limit: Int)
    /// The SVG from Graphviz could not be read.
    case malformedSVG(reason: String)
}

extension ExplorerPageError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the explorer page would take more than \(Self.megabytes(bytes)) (limit \(Self.megabytes(limit))); "
                + "narrow the view (--layer, --since, --min-weight), lower --max-evidence, raise --max-size, or pass --force"
        case .malformedSVG(let reason):
            "the overview's SVG from Graphviz cannot be read: \(reason)"
        }
    }

    /// `850 kB`, `2.5 MB`, `31 MB`.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, bytes / 1000)) kB" }
        let mb = Double(bytes) / 1_000_000
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }
}

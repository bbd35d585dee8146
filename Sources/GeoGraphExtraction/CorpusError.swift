/// A corpus that cannot be found or read.
public enum CorpusError: Error, Equatable, Sendable {
    case notFound(tried: [String])
    case badManifest(path: String, line: Int, reason: String)
    case unreadableDocument(path: String, reason: String)
    case spanOutOfRange(document: String, span: Range<Int>, length: Int)
    /// A document name that leaves the corpus folder (absolute, `..`, or a link out); never echoed.
    case documentEscapes
    /// The graph file's `corpus:` leaves the graph's folder; never echoed.
    case escapesGraphFolder
}

extension CorpusError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let tried):
            "no corpus found (tried \(tried.joined(separator: ", "))); pass --corpus DIR, set GEOGRAPH_CORPUS or name one with 'corpus:' in the graph file"
        case .badManifest(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .unreadableDocument(let path, let reason): "\(path): \(reason)"
        case .documentEscapes:
            "a document name in the graph escapes the corpus folder (an absolute path, '..' or a link out); keep the corpus's documents inside its folder"
        case .escapesGraphFolder:
            "the graph file's corpus: escapes the graph's folder; name a folder inside it or pass --corpus DIR"
        case .spanOutOfRange(let document, let span, let length):
            "\(document): span [\(span.lowerBound), \(span.upperBound)] is outside the document (\(length) code points); the corpus file has changed"
        }
    }
}

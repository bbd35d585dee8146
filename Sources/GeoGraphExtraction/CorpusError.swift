/// A corpus that cannot be found or read.
public enum CorpusError: Error, Equatable, Sendable {
    case notFound(tried: [String])
    case badManifest(path: String, line: Int, reason: String)
    case unreadableDocument(path: String, reason: String)
    case spanOutOfRange(document: String, span: Range<Int>, length: Int)
}

extension CorpusError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let tried):
            "no corpus found (tried \(tried.joined(separator: ", "))); pass --corpus DIR or set GEOGRAPH_CORPUS"
        case .badManifest(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .unreadableDocument(let path, let reason): "\(path): \(reason)"
        case .spanOutOfRange(let document, let span, let length):
            "\(document): span [\(span.lowerBound), \(span.upperBound)] is outside the document (\(length) code points); the corpus file has changed"
        }
    }
}

import Foundation
import GeoGraph
import GeoGraphExtraction

/// The corpus for a command that shows pointers when it has none, by ``CorpusLocator``'s order.
///
/// A folder given with `--corpus` that cannot be opened is an error; one named by `$GEOGRAPH_CORPUS`
/// or the graph file's `corpus:` that cannot be opened is a note on standard error, and the evidence
/// stays pointers.
/// - Returns: The corpus, or `nil` and the sentence saying why there is none.
func lookUpCorpus(_ explicit: String?, graphFile: String?, graph: Graph) throws -> (corpus: Corpus?, note: String) {
    let locator = CorpusLocator(explicit: explicit, graphFile: graphFile, graph: graph)
    do {
        guard let corpus = try locator.locate() else {
            note(CorpusLocator.noneNamed + "; evidence shown as pointers")
            return (nil, CorpusLocator.noneNamed)
        }
        return (corpus, "")
    } catch let error as CorpusError where locator.origin != .flag {
        note("\(error.description) (named by \(locator.origin?.rawValue ?? "?")); evidence shown as pointers")
        return (nil, error.description)
    }
}

private func note(_ text: String) {
    FileHandle.standardError.write(Data("geograph: note: \(text)\n".utf8))
}

import GeoGraph

extension Corpus {
    /// The sentences many evidence pointers point at, each document read once.
    ///
    /// A document the corpus lacks, or a span past a document's end, leaves its pointers without a
    /// sentence and adds one problem per document, so a page can show the rest.
    /// - Parameter evidence: The pointers, in any order and with repeats.
    /// - Returns: The sentence of each pointer that could be read, and the problems met, by document.
    /// - Complexity: O(*d* + *e*) for *d* code points in the documents named and *e* pointers.
    public func sentences(for evidence: some Sequence<Evidence>) -> (sentences: [Evidence: String], problems: [CorpusError]) {
        var sentences: [Evidence: String] = [:]
        var problems: [CorpusError] = []
        let byDocument = Dictionary(grouping: evidence, by: \.document)
        for document in byDocument.keys.sorted() {
            let scalars: [Unicode.Scalar]
            do { scalars = try self.scalars(of: document) } catch let error as CorpusError {
                problems.append(error)
                continue
            } catch {
                problems.append(.unreadableDocument(path: document, reason: "\(error)"))
                continue
            }
            var reported = false
            for pointer in byDocument[document] ?? [] where sentences[pointer] == nil {
                do { sentences[pointer] = try Corpus.text(of: pointer, in: scalars) } catch let error as CorpusError {
                    if !reported { problems.append(error) }
                    reported = true
                } catch {}
            }
        }
        return (sentences, problems)
    }
}

import Foundation
import GeoGraph

/// Where every command finds the corpus that evidence points into: one order for all of them.
///
/// 1. `--corpus DIR`;
/// 2. else `$GEOGRAPH_CORPUS` (when set and not empty);
/// 3. else the `corpus:` the graph file names, relative to the graph file's folder and confined to it
///    (no `..`, no absolute path, no link out; see `ConfinedPath` in GeoGraph).
///
/// Nothing else: the binary never guesses a folder such as `../shared/corpus`, so a graph file from
/// anyone reads only what its own folder holds unless the user names a corpus.
public struct CorpusLocator: Sendable {
    /// Who named the corpus.
    public enum Origin: String, Sendable {
        case flag = "--corpus"
        case environment = "$GEOGRAPH_CORPUS"
        case graphFile = "the graph file's corpus:"
    }

    /// `--corpus`, if given.
    public var explicit: String?
    /// The process environment (for `GEOGRAPH_CORPUS`).
    public var environment: [String: String]
    /// The graph file's path, or `nil` for a graph built into the binary.
    public var graphFile: String?
    /// The graph file's `corpus:` (`Graph.corpus`).
    public var graphCorpus: String?

    /// A locator for a command's `--corpus` and the graph it loaded.
    /// - Parameters:
    ///   - explicit: `--corpus DIR`, if given.
    ///   - graphFile: The path the graph was read from; `nil` for a bundled graph.
    ///   - graph: The graph read from it (its `Graph.corpus` is the third place looked).
    ///   - environment: The environment to read `GEOGRAPH_CORPUS` from.
    public init(explicit: String?, graphFile: String?, graph: Graph?,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.explicit = explicit
        self.environment = environment
        self.graphFile = graphFile
        self.graphCorpus = graphFile == nil ? nil : graph?.corpus
    }

    /// Which of the three places names the corpus, or `nil` when none does.
    public var origin: Origin? {
        if explicit != nil { return .flag }
        if let value = environment[Corpus.environmentVariable], !value.isEmpty { return .environment }
        if graphCorpus != nil { return .graphFile }
        return nil
    }

    /// Opens the corpus the first place names.
    /// - Returns: The corpus, or `nil` when no place names one.
    /// - Throws: ``CorpusError/notFound(tried:)`` when the named folder is missing;
    ///   ``CorpusError/escapesGraphFolder`` when the graph file's `corpus:` leaves its folder.
    public func locate() throws -> Corpus? {
        switch origin {
        case nil: return nil
        case .flag: return try Corpus(directory: explicit ?? "")
        case .environment: return try Corpus(directory: environment[Corpus.environmentVariable] ?? "")
        case .graphFile:
            let folder = ((graphFile ?? "") as NSString).deletingLastPathComponent
            guard let name = graphCorpus, let path = ConfinedPath.resolve(name, in: folder) else {
                throw CorpusError.escapesGraphFolder
            }
            return try Corpus(directory: path)
        }
    }

    /// The sentence a page or a command prints when no place names a corpus.
    public static let noneNamed =
        "no corpus named (pass --corpus DIR, set GEOGRAPH_CORPUS, or add 'corpus:' to the graph file)"
}

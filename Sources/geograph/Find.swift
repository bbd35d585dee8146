import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the ties whose evidence says something: words of the sentence, a cue, an event type.",
        discussion: """
            Words match whole words of the evidence's sentence, ignoring case and regular endings \
            (ally finds allies), a phrase in order. The sentences are read from the corpus (--corpus, \
            else $GEOGRAPH_CORPUS, else the graph file's corpus:); without one, words are looked for in the \
            cues and each match is shown as its pointer. The view options narrow the ties first: \
            --actor, --since/--until, --type, --layer, --roll-up …
            Examples: geograph find remittances | geograph find --type threaten --actor Kazakhstan --roll-up | \
            geograph find ally --actor Russia --since 2022-09
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Argument(help: "Words the evidence's sentence holds (a phrase matches in order).") var text: String?
    @Option(help: "Text one of the evidence's cues holds.") var cue: String?
    @Option(help: "Only ties touching this actor (any alias).") var actor: String?
    @Option(help: ArgumentHelp("The corpus folder the evidence points into.", valueName: "dir")) var corpus: String?
    @Flag(name: .customLong("no-corpus"), help: "Look in the cues and show pointers even where the corpus is reachable.")
    var noCorpus = false
    @Option(help: "Show at most this many ties (0: all).") var limit: Int = 50
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        if text == nil, cue == nil, view.types.isEmpty {
            throw ValidationError("find needs words to look for, --cue or --type")
        }
        if let text, EvidenceQuery.words(of: text).isEmpty { throw ValidationError("find: '\(text)' holds no word to look for") }
        if noCorpus, corpus != nil { throw ValidationError("--corpus and --no-corpus cannot be combined") }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        if format == .csv { throw ValidationError("find prints table or json") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let selection = try TieSelection(graph: graph, actors: actor.map { [$0] } ?? [], view: view)
        let opened = try reportingDataErrors { try locateCorpus(graph) }
        let query = EvidenceQuery(text: text, cue: cue, types: Set(view.types))
        var cache: [String: [Unicode.Scalar]?] = [:]
        func sentence(_ e: Evidence) -> String? {
            guard let opened, !e.isEventRecord else { return nil }
            if cache[e.document] == nil { cache[e.document] = .some(try? opened.scalars(of: e.document)) }
            guard let scalars = cache[e.document] ?? nil else { return nil }
            return try? Corpus.text(of: e, in: scalars)
        }
        var found: [(tie: Tie, matches: [(Evidence, String?)])] = []
        for tie in selection.ties.sorted(by: { $0.key < $1.key }) {
            let matches = tie.evidence.compactMap { e -> (Evidence, String?)? in
                let s = sentence(e)
                return query.matches(e, sentence: s) ? (e, s) : nil
            }
            if !matches.isEmpty { found.append((tie, matches)) }
        }
        let shown = limit == 0 ? found : Array(found.prefix(limit))
        if format == .json {
            print(JSONValue.array(shown.map { tie, matches in
                guard case .object(var pairs) = selection.json(tie) else { return .null }
                pairs.removeAll { $0.0 == "evidence" }
                pairs.append(("evidence", .array(matches.map { e, s in
                    guard case .object(var fields) = GraphFileWriter.evidenceJSON(e) else { return .null }
                    fields.append(("text", .optional(s)))
                    return .object(fields)
                })))
                return .object(pairs)
            }).rendered())
            return
        }
        print(view.header(.listings, people: selection.rollUpText))
        if let note = selection.absentNote { print(note) }
        let source = opened.map { "sentences of \($0.directory)" }
            ?? (noCorpus ? "cues only (--no-corpus)" : "cues only (\(CorpusLocator.noneNamed))")
        print("Searched \(source).")
        if found.isEmpty {
            print("No evidence matches in this view.")
            return
        }
        for (tie, matches) in shown {
            let arrow = tie.isSymmetric ? "<->" : "->"
            print("\n\(tie.source) \(arrow) \(tie.target)  \(tie.layer.rawValue) \(tie.polarity.rawValue)  weight \(formatWeight(tie.weight))  (\(matches.count) of \(tie.evidence.count) evidence)")
            for (e, s) in matches {
                let date = e.date.map { ", \($0)" } ?? ""
                let type = e.eventType.map { "; type: \($0)" } ?? ""
                print("  [\(e.pointer)\(date); cues: \(e.cues.joined(separator: ", "))\(type)]")
                if let s { print("    \u{201C}\(s)\u{201D}") }
            }
        }
        let cut = found.count - shown.count
        print("\n\(found.count) ties" + (cut > 0 ? " (\(cut) more not shown: raise --limit)" : ""))
    }

    /// The corpus, where one is named (``CorpusLocator``'s order: --corpus, $GEOGRAPH_CORPUS, the graph
    /// file's corpus:); a folder --corpus names must open, one named elsewhere that does not leaves
    /// the search to the cues, with a note.
    func locateCorpus(_ graph: Graph) throws -> Corpus? {
        if noCorpus { return nil }
        return try lookUpCorpus(corpus, graphFile: options.graphFile, graph: graph).corpus
    }
}

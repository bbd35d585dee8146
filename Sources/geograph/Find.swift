import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the ties whose evidence says something: words of the sentence, a cue, an event type.",
        discussion: """
            Words match whole words of the evidence's sentence, ignoring case and regular endings \
            (ally finds allies), a phrase in order. The sentences are read from the corpus (--corpus, \
            else $GEOGRAPH_CORPUS, else the graph file's corpus:); without one, words are looked for in the \
            cues and each match is shown as its pointer. A sentence may state several ties: ties whose \
            cues hold the words come first; ties whose sentence alone holds them follow, flagged; a tie \
            whose sentence holds words that another tie's cues carry is left out and counted \
            (--whole-sentence lists it, flagged). The view options narrow the ties first: \
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
    @Flag(name: .customLong("whole-sentence"),
          help: "Also list the ties of a matching sentence whose words another tie's cues carry (flagged).")
    var wholeSentence = false
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
        // Sentences whose words some tie carries in its cues: another tie of such a sentence is not
        // what the words are about, and is listed only with --whole-sentence.
        var carriers: [String: [String]] = [:]
        if opened != nil {
            for tie in graph.ties {
                for e in tie.evidence where !e.isEventRecord && query.matchesCues(e) {
                    carriers[e.pointer, default: []].append(FoundTie.name(tie))
                }
            }
        }
        var found: [FoundTie] = []
        var otherTies = 0
        for tie in selection.ties.sorted(by: { $0.key < $1.key }) {
            let own = FoundTie.name(tie)
            let matches = tie.evidence.compactMap { e -> FoundTie.Match? in
                let s = sentence(e)
                guard let m = query.match(e, sentence: s) else { return nil }
                if m == .sentence, let others = carriers[e.pointer]?.filter({ $0 != own }), !others.isEmpty {
                    return FoundTie.Match(evidence: e, sentence: s, kind: .otherTie, carriers: Array(Set(others)).sorted())
                }
                return FoundTie.Match(evidence: e, sentence: s, kind: m == .cue ? .cue : .sentence, carriers: [])
            }
            guard !matches.isEmpty else { continue }
            let tieFound = FoundTie(tie: tie, matches: matches)
            if tieFound.kind == .otherTie, !wholeSentence {
                otherTies += 1
                continue
            }
            found.append(tieFound)
        }
        // Ties the words are about first (their cues hold them), then those whose sentence alone does.
        found = found.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }.map(\.element)
        let shown = limit == 0 ? found : Array(found.prefix(limit))
        if format == .json {
            print(JSONValue.array(shown.map { found in
                guard case .object(var pairs) = selection.json(found.tie) else { return .null }
                pairs.removeAll { $0.0 == "evidence" }
                pairs.append(("match", .string(found.kind.rawValue)))
                pairs.append(("evidence", .array(found.matches.map { m in
                    guard case .object(var fields) = GraphFileWriter.evidenceJSON(m.evidence) else { return .null }
                    fields.append(("text", .optional(m.sentence)))
                    fields.append(("match", .string(m.kind.rawValue)))
                    if !m.carriers.isEmpty { fields.append(("carried_by", .array(m.carriers.map { .string($0) }))) }
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
        let passedOver = otherTies > 0
            ? "\(otherTies) more \(otherTies == 1 ? "tie shares" : "ties share") a matching sentence whose words another tie's cues carry (--whole-sentence lists \(otherTies == 1 ? "it" : "them"))"
            : nil
        if found.isEmpty {
            print("No evidence matches in this view.")
            if let passedOver { print(passedOver) }
            return
        }
        var heading = FoundTie.Kind.cue
        for found in shown {
            if found.kind != heading {
                heading = found.kind
                print("\n\(heading.heading)")
            }
            let tie = found.tie
            let arrow = tie.isSymmetric ? "<->" : "->"
            print("\n\(tie.source) \(arrow) \(tie.target)  \(tie.layer.rawValue) \(tie.polarity.rawValue)  weight \(formatWeight(tie.weight))  (\(found.matches.count) of \(tie.evidence.count) evidence)")
            for m in found.matches {
                let e = m.evidence
                let date = e.date.map { ", \($0)" } ?? ""
                let type = e.eventType.map { "; type: \($0)" } ?? ""
                let why = switch m.kind {
                case .cue: ""
                case .sentence: "; the words are in the sentence, not in this tie's cues"
                case .otherTie: "; the words are in the cues of \(m.carriers.joined(separator: ", "))"
                }
                print("  [\(e.pointer)\(date); cues: \(e.cues.joined(separator: ", "))\(type)\(why)]")
                if let s = m.sentence { print("    \u{201C}\(s)\u{201D}") }
            }
        }
        let cut = found.count - shown.count
        let byCue = found.filter { $0.kind == .cue }.count
        let split = byCue < found.count ? " (\(byCue) by their cues, \(found.count - byCue) by their sentence only)" : ""
        print("\n\(found.count) ties" + split + (cut > 0 ? " (\(cut) more not shown: raise --limit)" : ""))
        if let passedOver { print(passedOver) }
    }

    /// The corpus, where one is named (``CorpusLocator``'s order: --corpus, $GEOGRAPH_CORPUS, the graph
    /// file's corpus:); a folder --corpus names must open, one named elsewhere that does not leaves
    /// the search to the cues, with a note.
    func locateCorpus(_ graph: Graph) throws -> Corpus? {
        if noCorpus { return nil }
        return try lookUpCorpus(corpus, graphFile: options.graphFile, graph: graph).corpus
    }
}

/// A tie `find` lists, with the evidence that matched and how.
struct FoundTie {
    /// How a piece of evidence matched, from the most to the least direct.
    enum Kind: String, Comparable {
        /// The evidence's cues hold the words (or the query asks no words).
        case cue
        /// Only the sentence holds the words, and no tie of it carries them in its cues.
        case sentence
        /// The sentence holds the words, and another tie of it carries them in its cues.
        case otherTie = "other-tie"

        static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .cue ? 0 : self == .sentence ? 1 : 2 }

        /// The line above the ties matched this way (after the first group).
        var heading: String {
            switch self {
            case .cue: "Ties whose cues hold the words:"
            case .sentence: "Ties whose sentence holds the words, not their cues:"
            case .otherTie: "Ties of a matching sentence whose words another tie's cues carry (--whole-sentence):"
            }
        }
    }

    struct Match {
        var evidence: Evidence
        var sentence: String?
        var kind: Kind
        /// For `otherTie`: the ties whose cues carry the words.
        var carriers: [String]
    }

    var tie: Tie
    var matches: [Match]
    /// A tie as the notes name it: `russia -> kyrgyzstan economic cooperation`.
    static func name(_ tie: Tie) -> String {
        "\(tie.source) \(tie.isSymmetric ? "<->" : "->") \(tie.target) \(tie.layer.rawValue) \(tie.polarity.rawValue)"
    }

    /// The tie's most direct match.
    var kind: Kind { matches.map(\.kind).min() ?? .otherTie }
}

import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every tie between two actors with its evidence.",
        discussion: """
            With a corpus (--corpus, else $GEOGRAPH_CORPUS, else the graph file's corpus:) each piece of \
            evidence is printed as the sentence it points at; without one, as its pointer (document, \
            sentence, span, cues). The view options select ties as `ties` does: --since/--until keep \
            the evidence dated in the window, --roll-up counts leaders as their states.
            Example: geograph explain Moscow Astana --corpus ~/corpus
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Argument(help: "The first actor (any alias).") var first: String
    @Argument(help: "The second actor (any alias).") var second: String
    @Option(help: ArgumentHelp("The corpus folder the evidence points into.", valueName: "dir")) var corpus: String?
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        if format == .csv { throw ValidationError("explain prints table or json, not csv") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let selection = try TieSelection(graph: graph, actors: [first, second], view: view)
        let a = selection.actors[0], b = selection.actors[1]
        let locator = CorpusLocator(explicit: corpus, graphFile: options.graphFile, graph: graph)
        let opened = try reportingDataErrors { try locator.locate() }
        let ties = selection.ties.sorted { ($0.layer, $0.polarity, $0.source) < ($1.layer, $1.polarity, $1.source) }
        let explanation = try reportingDataErrors { try TieExplanation(ties: ties, corpus: opened) }
        switch format {
        case .json: print(explanation.json.rendered())
        default:
            print(view.header(.listings, people: selection.rollUpText))
            if let note = selection.absentNote { print(note) }
            if ties.isEmpty {
                print("No ties between \(a.name) and \(b.name) in this view.")
                return
            }
            print("\(ties.count) ties between \(a.name) and \(b.name):")
            print(explanation.text, terminator: "")
        }
    }
}

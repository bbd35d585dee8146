import ArgumentParser
import Foundation
import GeoGraph

struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Who balances whom: hedging profiles, balancing patterns, structural balance, change over time.",
        discussion: """
            Poles are the actors balanced between: those tagged great-power, or --poles, or the top \
            --auto-poles K states and organisations by PageRank. Leaders count for the state they represent \
            (--no-roll-up: as themselves). An actor's lean weighs tension against cooperation: it leans to \
            the pole with the most cooperation net of tension, and poles where tension outweighs \
            cooperation are named. --structural's two camps are signed blocs with k = 2 (geograph blocs).
            Examples: geograph balance | geograph balance Tajikistan | geograph balance --structural | \
            geograph balance --diff --split 2023-01-01
            """)

    @OptionGroup var options: GraphOptions
    @Argument(help: "Show this actor's profile in full.") var actor: String?
    @Option(help: ArgumentHelp("The poles, comma-separated (any alias).", valueName: "a,b,…")) var poles: String?
    @Option(name: .customLong("auto-poles"), help: "Use the top K states and organisations by PageRank as poles.")
    var autoPoles: Int?
    @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [Layer] = []
    @Option(help: "Smallest weaker/stronger ratio that counts as a hedge.") var ratio: Double = 0.5
    @Flag(help: "Hedging index as normalised entropy instead of 1 − normalised Herfindahl.") var entropy = false
    @Option(help: ArgumentHelp("Only evidence dated on or after this.", valueName: "YYYY[-MM[-DD]]")) var since: String?
    @Option(help: ArgumentHelp("Only evidence dated on or before this.", valueName: "YYYY[-MM[-DD]]")) var until: String?
    @Flag(name: .customLong("roll-up"), inversion: .prefixedNo, help: "Count leaders as the state they represent (default: on).")
    var rollUp = true
    @Flag(help: "Compare the windows before and after --split.") var diff = false
    @Option(help: ArgumentHelp("The date that splits the two windows of --diff.", valueName: "YYYY-MM[-DD]")) var split: String?
    @Flag(help: "Structural balance: triad census, degree of balance, two-camp split.") var structural = false
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        guard (0...1).contains(ratio) else { throw ValidationError("--ratio must be between 0 and 1") }
        if let autoPoles, autoPoles < 2 { throw ValidationError("--auto-poles needs at least 2") }
        if poles != nil, autoPoles != nil { throw ValidationError("give --poles or --auto-poles, not both") }
        if diff != (split != nil) { throw ValidationError("--diff and --split go together") }
        for date in [since, until].compactMap({ $0 }) where DateBound.parse(date, as: .since) == nil {
            throw ValidationError("date '\(date)' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let split, !Document.isValidDate(split) { throw ValidationError("--split '\(split)' must be YYYY-MM-DD or YYYY-MM") }
        if format == .csv { throw ValidationError("balance prints table or json") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let selected = layers.isEmpty ? Layer.allCases : Layer.allCases.filter(layers.contains)
        let since = self.since.flatMap { DateBound.parse($0, as: .since) }, until = self.until.flatMap { DateBound.parse($0, as: .until) }
        let context = BalanceContext(graph: graph, layers: selected, since: since, until: until, lift: rollUp)
        if structural {
            printView()
            let report = BalanceReport(graph: graph, poles: [])
            let signed = SignedGraph(context: context)
            let balance = StructuralBalance(signed), split = SignedBlocs(signed, k: 2)
            print(format == .json ? report.structuralJSON(balance, split, signed).rendered() : report.structuralText(balance, split, signed),
                  terminator: format == .json ? "\n" : "")
            return
        }
        let poleIDs = try resolvePoles(graph: graph, context: context)
        let focus = try actor.map { try resolve($0, in: graph).id }
        let report = BalanceReport(graph: graph, poles: poleIDs)
        printView()
        if let split {
            let before = BalanceAnalysis(context: BalanceContext(graph: graph, layers: selected, since: since, before: split, lift: rollUp),
                                         poles: poleIDs, ratio: ratio, entropy: entropy)
            let after = BalanceAnalysis(context: BalanceContext(graph: graph, layers: selected, since: split, until: until, lift: rollUp),
                                        poles: poleIDs, ratio: ratio, entropy: entropy)
            print(format == .json ? report.diffJSON(before, after, split: split).rendered() : report.diffText(before, after, split: split),
                  terminator: format == .json ? "\n" : "")
            return
        }
        let analysis = BalanceAnalysis(context: context, poles: poleIDs, ratio: ratio, entropy: entropy)
        if let focus, analysis.profiles.first(where: { $0.actor == focus }) == nil, !poleIDs.contains(focus) {
            if format == .json {
                print(report.json(analysis, focus: focus, context: context).rendered())
                return
            }
            print("\(graph.actor(focus)?.name ?? focus) has no cooperative tie with the poles in this selection.")
            print(report.mixedText(focus, context: context), terminator: "")
            return
        }
        switch format {
        case .json: print(report.json(analysis, focus: focus, context: context).rendered())
        default: print(focus.map { report.actorText(analysis, actor: $0, context: context) } ?? report.text(analysis), terminator: "")
        }
    }

    /// The view line every table starts with (not for JSON).
    func printView() {
        guard format != .json else { return }
        print(ViewOptions.viewLine(layers: layers, since: since, until: until, people: ViewOptions.peopleText(rollsUp: rollUp)))
    }

    func resolvePoles(graph: Graph, context: BalanceContext) throws -> [String] {
        if let poles {
            let ids = try poles.split(separator: ",").map { try resolve(String($0).trimmingCharacters(in: .whitespaces), in: graph).id }
            guard Set(ids).count >= 2 else { throw ValidationError("--poles needs at least two different actors") }
            return ids
        }
        if let autoPoles {
            let core = CompactGraph(graph)
            let view = GraphView(layers: Set(context.layers), kinds: [.state, .organisation])
            let digraph = view.digraph(of: core)
            let ranks = try reportingDataErrors { try digraph.pageRank() }
            return (0..<digraph.nodeCount).sorted { ranks[$0] != ranks[$1] ? ranks[$0] > ranks[$1] : $0 < $1 }
                .prefix(autoPoles).map { core.ids[Int(digraph.nodes[$0])] }
        }
        let ids = BalanceAnalysis.defaultPoles(in: context)
        guard ids.count >= 2 else {
            throw ValidationError("fewer than two actors tagged great-power take part; name the poles with --poles a,b")
        }
        return ids
    }
}

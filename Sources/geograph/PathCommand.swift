import ArgumentParser
import GeoGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how influence travels from one actor to another, hop by hop, with evidence.",
        discussion: """
            Modes: fewest (hops), strongest (largest product of tie strengths normalised to (0,1]), \
            widest (largest weakest link). --k lists the k best paths (Yen; fewest and strongest); \
            --max-hops alone lists the strongest simple paths up to that length (at most --limit), \
            searching at most --max-work edges and saying so (truncated) when it stops early.
            Sign-aware by default: paths follow cooperation ties (influence does not travel along a \
            sanction or a threat); --polarity all follows every tie. The strength of a path is the \
            product of its hops' weights, each divided by the view's strongest edge, and is shown so.
            Example: geograph path Beijing Bishkek --mode strongest --k 3
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Argument(help: "Where the path starts (any alias).") var from: String
    @Argument(help: "Where it ends (any alias).") var to: String
    @Option(help: "fewest, strongest or widest.") var mode: PathMode = .strongest
    @Option(help: "The k best paths.") var k: Int = 1
    @Option(name: .customLong("max-hops"), help: "List the strongest simple paths up to this many hops.") var maxHops: Int?
    @Option(help: "With --max-hops: list at most this many paths, the strongest.")
    var limit: Int = PathEnumeration.defaultLimit
    @Option(name: .customLong("max-work"), help: "With --max-hops: stop after trying this many edges, and say so.")
    var maxWork: Int = PathEnumeration.defaultBudget
    @Option(help: "Pass through this actor.") var via: String?
    @Option(help: "Never pass through this actor (repeatable).") var avoid: [String] = []
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        guard k >= 1 else { throw ValidationError("--k must be at least 1") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard maxWork >= 1 else { throw ValidationError("--max-work must be at least 1") }
        if k > 1, mode == .widest { throw ValidationError("--k works with --mode fewest or strongest") }
        if k > 1, via != nil { throw ValidationError("--k and --via cannot be combined") }
        if format == .csv { throw ValidationError("path prints table or json") }
    }

    func run() throws {
        let loaded = try reportingDataErrors { try view.load(options, .paths) }
        let named = try Set(([from, to] + (via.map { [$0] } ?? []) + avoid).map(loaded.id(of:)))
        let digraph = view.view(.paths, named: named).digraph(of: loaded.core)
        func node(_ name: String) throws -> Int {
            let id = try loaded.id(of: name)
            guard let i = loaded.core.index(of: id) else { throw ValidationError("no actor '\(name)'") }
            // The actors named are kept by every filter (ViewOptions), so each is a node of the view.
            guard let local = digraph.nodes.firstIndex(of: Int32(i)) else { throw ValidationError("no actor '\(name)' in this view") }
            return local
        }
        let s = try node(from), t = try node(to)
        let avoided = Set(try avoid.map(node))
        let paths: [WeightedPath]
        var enumeration: PathEnumeration?
        if let via {
            paths = digraph.bestPath(from: s, via: try node(via), to: t, mode: mode, avoiding: avoided).map { [$0] } ?? []
        } else if let maxHops, k == 1 {
            let found = digraph.strongestSimplePaths(from: s, to: t, maxHops: maxHops, avoiding: avoided, limit: limit, budget: maxWork)
            enumeration = found
            paths = found.paths
        } else if k > 1 {
            paths = digraph.kBestPaths(from: s, to: t, k: k, mode: mode, avoiding: avoided)
        } else {
            paths = digraph.bestPath(from: s, to: t, mode: mode, avoiding: avoided).map { [$0] } ?? []
        }
        let report = PathReport(loaded: loaded, digraph: digraph, combine: view.combine)
        if format != .json { print(view.header(.paths)) }
        if format == .json {
            let list = report.json(paths, mode: mode)
            guard let enumeration else { return print(list.rendered()) }
            print(JSONValue.object([
                ("paths", list), ("found", .int(enumeration.found)), ("listed", .int(paths.count)),
                ("truncated", .bool(enumeration.truncated)), ("bound_cut", .bool(enumeration.boundCut)),
                ("steps", .int(enumeration.steps)),
                ("max_work", .int(enumeration.budget)),
            ]).rendered())
            return
        }
        if paths.isEmpty {
            print("No path from \(loaded.name(report.id(s))) to \(loaded.name(report.id(t))) \(maxHops.map { "within \($0) hops " } ?? "")in this view.")
        } else {
            print(report.text(paths, mode: mode), terminator: "")
        }
        if let enumeration, let maxHops { print(Self.account(enumeration, maxHops: maxHops)) }
    }
}

extension PathCommand {
    /// The last line of a `--max-hops` listing: how many paths, and whether the search was cut short.
    static func account(_ e: PathEnumeration, maxHops: Int) -> String {
        if e.truncated {
            return "truncated: true — the search stopped after \(e.steps) edges tried (--max-work \(e.budget)) with \(e.found) "
                + "paths of at most \(maxHops) hops found and \(e.paths.count) listed; stronger paths may be missing: "
                + "lower --max-hops or raise --max-work"
        }
        if e.boundCut {
            return "truncated: false — the \(e.paths.count) strongest paths of at most \(maxHops) hops (--limit); "
                + "\(e.found) met, weaker ones cut by the strongest-path bound (\(e.steps) edges tried)"
        }
        return "truncated: false — \(e.found) paths of at most \(maxHops) hops"
            + (e.found > e.paths.count ? ", the \(e.paths.count) strongest listed (--limit)" : "")
            + " (\(e.steps) edges tried)"
    }
}

struct Reach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "List whom an actor reaches within N hops (or, with --reverse, who reaches it).",
        discussion: """
            Every tie by default (--polarity cooperation or tension to follow one sign); --kind and \
            --tag filter the actors reached, never the actor asked about.
            Examples: geograph reach China --hops 2 --layer economic | geograph reach "Central Asia" --reverse --tag west
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Argument(help: "The actor (any alias).") var actor: String
    @Option(help: "At most this many hops.") var hops: Int = 2
    @Flag(help: "Who reaches the actor, following ties backwards.") var reverse = false
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        guard hops >= 1 else { throw ValidationError("--hops must be at least 1") }
    }

    func run() throws {
        let loaded = try reportingDataErrors { try view.load(options, .listings) }
        let id = try loaded.id(of: actor)
        let digraph = view.view(.listings, named: [id]).digraph(of: loaded.core)
        guard let i = loaded.core.index(of: id), let s = digraph.nodes.firstIndex(of: Int32(i)) else {
            throw ValidationError("no actor '\(actor)' in this view")
        }
        let found = digraph.reach(from: s, hops: hops, reverse: reverse)
            .sorted { $0.hops != $1.hops ? $0.hops < $1.hops : loaded.core.ids[Int(digraph.nodes[$0.node])] < loaded.core.ids[Int(digraph.nodes[$1.node])] }
        func name(_ n: Int) -> String { loaded.core.ids[Int(digraph.nodes[n])] }
        switch format {
        case .csv:
            print("actor,hops,via\n" + found.map { "\(name($0.node)),\($0.hops),\(name($0.from))\n" }.joined(), terminator: "")
        case .json:
            print(JSONValue.array(found.map { .object([("actor", .string(name($0.node))), ("hops", .int($0.hops)),
                                                       ("via", .string(name($0.from)))]) }).rendered())
        case .table:
            print(view.header(.listings))
            if found.isEmpty {
                print("\(loaded.name(id)) \(reverse ? "is reached by" : "reaches") no one within \(hops) hops in this view.")
                return
            }
            var table = TextTable(["actor", "hops", reverse ? "next hop toward \(id)" : "reached from"])
            for f in found { table.add([name(f.node), String(f.hops), name(f.from)]) }
            print("\(loaded.name(id)) \(reverse ? "is reached by" : "reaches") \(found.count) actors within \(hops) hops:")
            print(table.rendered(), terminator: "")
        }
    }
}

extension PathMode: ExpressibleByArgument {}

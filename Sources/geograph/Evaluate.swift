import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score an extracted graph against a reference graph (precision, recall, F1).",
        discussion: """
            Prints precision, recall and F1 of actors, pairs and directed ties (rolled up: persons replaced by \
            what they represent on the evidence's date; raw: as they are), per layer, per region (from --regions), per \
            document, the sign accuracy on the pairs found, and the misses and false hits. Against the test \
            half of a development set (a reference with `split: test`, or --totals-only) it prints the totals \
            only: no document, tie or error is listed.
            Example: geograph evaluate /tmp/ca.json (against the bundled Central Asia graph)
            """)

    @Argument(help: "The extracted graph.") var graph: String
    @Option(help: ArgumentHelp(
        "The reference graph.", discussion: "Default: the bundled Central Asia graph (Graphs/central-asia.yaml, built in).",
        valueName: "file"))
    var gold: String?
    @Option(help: ArgumentHelp(
        "Each document's region: a TSV with columns file and region.",
        discussion: "Default: dev-set.tsv beside the reference graph, when there is one.", valueName: "file"))
    var regions: String?
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Flag(help: "List every miss and false hit.") var details = false
    @Flag(name: .customLong("totals-only"), help: "Print the totals only: no per-document rows, no ties (always so for a `split: test` reference).")
    var totalsOnly = false
    @Flag(help: ArgumentHelp(
        "Sort the misses and false hits by why they are wrong.",
        discussion: "Counts per kind (reversed, other sign, other layer, an end never tied, sentence tied others, sentence tied nothing), also with --totals-only; the listed ties grouped by kind."))
    var breakdown = false

    func validate() throws {
        if format == .csv { throw ValidationError("evaluate prints table or json") }
        if details && totalsOnly { throw ValidationError("--details lists ties; --totals-only prints none: give one of them") }
    }

    func run() throws {
        let predicted = try reportingDataErrors { try GraphFileReader.load(path: graph) }
        let reference = try reportingDataErrors {
            try gold.map { try GraphFileReader.load(path: $0) } ?? GraphFileReader.load(BundledFile.centralAsia)
        }
        let regionTable = try loadRegions()
        let totals = totalsOnly || reference.split == "test"
        if reference.split == "test", details {
            throw ValidationError("the reference is a test half (split: test): its ties are never listed; drop --details")
        }
        let e = Evaluation(predicted: predicted, gold: reference, regions: regionTable)
        if format == .json {
            print(json(e, totals: totals).rendered())
        } else {
            print(table(e, totals: totals), terminator: "")
        }
    }

    /// The region table: --regions, else dev-set.tsv beside the reference graph, else none.
    func loadRegions() throws -> [String: String] {
        var path = regions
        if path == nil, let gold {
            let beside = ((gold as NSString).deletingLastPathComponent as NSString).appendingPathComponent("dev-set.tsv")
            if FileManager.default.fileExists(atPath: beside) { path = beside }
        }
        guard let path else { return [:] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("geograph: error: \(path): cannot read the region table (a TSV with columns file and region)\n".utf8))
            throw ExitCode(1)
        }
        return Evaluation.regions(tsv: text)
    }

    func f(_ x: Double) -> String { String(format: "%.2f", x) }

    func table(_ e: Evaluation, totals: Bool) -> String {
        var table = TextTable(["scope", "what", "precision", "recall", "F1", "extracted", "reference"])
        func add(_ scope: String, _ what: String, _ s: Evaluation.Score) {
            table.add([scope, what, f(s.precision), f(s.recall), f(s.f1), String(s.predicted), String(s.gold)])
        }
        add("overall", "actors", e.actors)
        add("overall", "pairs", e.pairs)
        add("overall", "directed ties", e.ties)
        add("raw", "pairs", e.rawPairs)
        add("raw", "directed ties", e.rawTies)
        for (layer, s) in e.byLayer { add("layer", "\(layer.rawValue) ties", s) }
        for r in e.byRegion {
            add("region", "\(r.region) pairs", r.pairs)
            add("region", "\(r.region) ties", r.ties)
        }
        if !totals {
            for d in e.byDocument {
                add(String(d.file.prefix(3)), "pairs", d.pairs)
                add(String(d.file.prefix(3)), "directed ties", d.ties)
            }
        }
        var out = table.rendered()
        out += "\nsign accuracy on the pairs found: \(f(e.signs.accuracy)) (\(e.signs.same) of \(e.signs.compared) pair-layers with the same polarities)\n"
        out += "all rows but raw roll persons and agents up to what they represent on the evidence's date; raw rows keep them\n"
        if breakdown { out += "\n" + kinds(e) }
        if totals {
            out += "totals only: \(e.misses.count) misses and \(e.falseHits.count) false hits not listed\n"
            return out
        }
        let limit = details ? Int.max : 10
        func list(_ title: String, _ all: [String], _ byKind: [(kind: Evaluation.ErrorKind, labels: [String])]) {
            out += "\(title) (\(all.count))" + (details ? "" : ", first 10") + ":\n"
            guard breakdown else {
                for m in all.prefix(limit) { out += "  \(m)\n" }
                return
            }
            var left = limit
            for (kind, labels) in byKind where left > 0 {
                out += "  \(kind.rawValue) (\(labels.count)):\n"
                for m in labels.prefix(left) { out += "    \(m)\n" }
                left -= min(left, labels.count)
            }
        }
        out += "\n"
        list("misses", e.misses, e.missesByKind)
        list("false hits", e.falseHits, e.falseHitsByKind)
        return out
    }

    /// The misses and false hits counted by kind, every kind a row.
    func kinds(_ e: Evaluation) -> String {
        var table = TextTable(["why", "misses", "false hits"])
        for (missed, extra) in zip(Evaluation.counts(e.missesByKind), Evaluation.counts(e.falseHitsByKind)) {
            table.add([missed.kind.rawValue, String(missed.count), String(extra.count)])
        }
        return table.rendered()
    }

    func json(_ e: Evaluation, totals: Bool) -> JSONValue {
        func score(_ s: Evaluation.Score) -> JSONValue {
            .object([("precision", .number(s.precision)), ("recall", .number(s.recall)), ("f1", .number(s.f1)),
                     ("predicted", .int(s.predicted)), ("gold", .int(s.gold))])
        }
        var fields: [(String, JSONValue)] = [
            ("actors", score(e.actors)), ("pairs", score(e.pairs)), ("ties", score(e.ties)),
            ("raw", .object([("pairs", score(e.rawPairs)), ("ties", score(e.rawTies))])),
            ("layers", .object(e.byLayer.map { ($0.layer.rawValue, score($0.ties)) })),
            ("regions", .object(e.byRegion.map { ($0.region, .object([("documents", .int($0.documents)), ("pairs", score($0.pairs)), ("ties", score($0.ties))])) })),
            ("signs", .object([("accuracy", .number(e.signs.accuracy)), ("same", .int(e.signs.same)), ("compared", .int(e.signs.compared))])),
            ("totals_only", .bool(totals)),
        ]
        if breakdown {
            func counts(_ byKind: [(kind: Evaluation.ErrorKind, labels: [String])]) -> JSONValue {
                .object(Evaluation.counts(byKind).map { ($0.kind.rawValue, .int($0.count)) })
            }
            fields.append(("breakdown", .object([("misses", counts(e.missesByKind)), ("false_hits", counts(e.falseHitsByKind))])))
            if !totals {
                func lists(_ byKind: [(kind: Evaluation.ErrorKind, labels: [String])]) -> JSONValue {
                    .object(byKind.map { ($0.kind.rawValue, .array($0.labels.map(JSONValue.string))) })
                }
                fields.append(("by_kind", .object([("misses", lists(e.missesByKind)), ("false_hits", lists(e.falseHitsByKind))])))
            }
        }
        if totals {
            fields += [("misses", .int(e.misses.count)), ("false_hits", .int(e.falseHits.count))]
        } else {
            fields += [
                ("documents", .array(e.byDocument.map { .object([("file", .string($0.file)), ("ties", score($0.ties)), ("pairs", score($0.pairs))]) })),
                ("misses", .array(e.misses.map(JSONValue.string))), ("false_hits", .array(e.falseHits.map(JSONValue.string))),
            ]
        }
        return .object(fields)
    }
}

import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show how the relation of two actors moved, window by window, per layer and polarity.",
        discussion: """
            Event ties give their events per window (count, mean strength, types); text ties the sentences \
            dated in each window. Each point's weight is the tie's weight over that window alone.
            Example: geograph timeline Russia Kazakhstan --graph /tmp/events.json --figure /tmp/ru-kz.svg
            """)

    @OptionGroup var options: GraphOptions
    @Argument(help: "One actor (any alias).") var a: String
    @Argument(help: "The other actor.") var b: String
    @Option(help: "table or csv.") var format: TimelineFormat = .table
    @Option(help: "month, quarter or year: the windows text evidence is counted in.") var window: WindowSize = .month
    @Option(help: ArgumentHelp("Also draw the series as an SVG chart.", valueName: "file.svg")) var figure: String?

    func validate() throws {
        if let figure, !figure.lowercased().hasSuffix(".svg") { throw ValidationError("--figure writes SVG; name a .svg file") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let x = try resolve(a, in: graph).id, y = try resolve(b, in: graph).id
        guard x != y else { throw ValidationError("'\(a)' and '\(b)' are the same actor (\(x)); name two actors") }
        let timeline = Timeline(graph: graph, a: x, b: y, size: window)
        if let figure {
            try reportingDataErrors { try AtomicFile.write(TimelineChart(timeline: timeline, title: "\(graph.actor(x)?.name ?? x) – \(graph.actor(y)?.name ?? y)").svg(), to: figure) }
        }
        if format == .csv {
            print(timeline.csv(), terminator: "")
            return
        }
        guard !timeline.series.isEmpty else {
            print("no ties between \(x) and \(y)")
            return
        }
        var table = TextTable(["window", "tie", "events", "intensity", "sentences", "weight", "types"])
        for (s, p) in timeline.rows() {
            table.add([p.window, "\(s.source) -> \(s.target) \(s.layer.rawValue) \(s.polarity == .cooperation ? "+" : "-")", String(p.events),
                       p.events > 0 ? String(format: "%.2f", p.meanIntensity) : "", String(p.sentences), formatWeight(p.weight),
                       p.types.prefix(3).map { "\($0.type) \($0.count)" }.joined(separator: ", ")])
        }
        print(table.rendered(), terminator: "")
        print("\(timeline.series.count) ties over \(timeline.windows.count) windows")
    }
}

/// The formats `timeline` prints.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv
}

struct ShiftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shifts",
        abstract: "List the pairs whose relation moved most between two periods, with the events behind the move.",
        discussion: """
            A pair's signed weight (cooperation +, tension -, all layers) is measured in each period; pairs \
            are ranked by the size of the change, a change of sign first among equals.
            Example: geograph shifts --graph /tmp/events.json --from 2023-Q1 --to 2023-Q2
            """)

    @OptionGroup var options: GraphOptions
    @Option(help: ArgumentHelp("The first period: a window (2023-05, 2023-Q2, 2023) or a date.", valueName: "period")) var from: String
    @Option(help: ArgumentHelp("The second period.", valueName: "period")) var to: String
    @Option(help: "How many pairs to list.") var top = 10
    @Option(help: "Event records shown per pair.") var evidence = 3
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        for p in [from, to] where Shifts.period(p) == nil || (p.count == 10 && !Document.isValidDate(p)) {
            throw ValidationError("period '\(p)' must be YYYY-MM, YYYY-Qn, YYYY or a real date YYYY-MM-DD")
        }
        if let a = Shifts.period(from), let b = Shifts.period(to), a == b {
            throw ValidationError("--from and --to are the same period (\(a.first) to \(a.last)); compare two periods")
        }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        guard let shifts = Shifts(graph: graph, first: from, second: to, top: top, evidence: evidence) else {
            throw ValidationError("period '\(from)' must be YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD")
        }
        func types(_ t: [(type: String, count: Int)]) -> String { t.prefix(3).map { "\($0.type) \($0.count)" }.joined(separator: ", ") }
        switch format {
        case .json:
            print(JSONValue.array(shifts.shifts.map { s in
                .object([("a", .string(s.a)), ("b", .string(s.b)), ("before", .number(s.before)), ("after", .number(s.after)),
                         ("change", .number(s.change)), ("sign_changed", .bool(s.signChanged)),
                         ("types_before", .object(s.typesBefore.map { ($0.type, JSONValue.int($0.count)) })),
                         ("types_after", .object(s.typesAfter.map { ($0.type, JSONValue.int($0.count)) })),
                         ("evidence", .array(s.evidence.map(GraphFileWriter.evidenceJSON)))])
            }).rendered())
        case .csv:
            print("a,b,before,after,change,sign_changed,types_before,types_after")
            for s in shifts.shifts {
                print("\(s.a),\(s.b),\(JSONValue.format(s.before)),\(JSONValue.format(s.after)),\(JSONValue.format(s.change)),\(s.signChanged),\(types(s.typesBefore)),\(types(s.typesAfter))")
            }
        case .table:
            print("\(from) (\(shifts.before.first) to \(shifts.before.last)) -> \(to) (\(shifts.after.first) to \(shifts.after.last))")
            var table = TextTable(["pair", "before", "after", "change", "sign", "events before", "events after"])
            for s in shifts.shifts {
                table.add(["\(s.a) - \(s.b)", String(format: "%+.3f", s.before), String(format: "%+.3f", s.after), String(format: "%+.3f", s.change),
                           s.signChanged ? "flipped" : "", types(s.typesBefore), types(s.typesAfter)])
            }
            guard !shifts.shifts.isEmpty else {
                print("no pair has ties in either period")
                return
            }
            print(table.rendered(), terminator: "")
            for s in shifts.shifts where !s.evidence.isEmpty {
                print("\(s.a) - \(s.b): " + s.evidence.map { e in
                    "\(e.date ?? "?") \(e.eventType ?? "") \(e.eventID.map { "event \($0)" } ?? e.pointer)" + (e.url.map { " \($0)" } ?? "")
                }.joined(separator: "; "))
            }
        }
    }
}

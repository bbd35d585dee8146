import Foundation
import Testing
@testable import GeoGraph

/// Ties made from event data: the saturating weight, windows in graph files, merging with text ties,
/// views by source and date.
@Suite struct EventTieTests {
    static func eventTie(_ windows: [EventWindow], source: String = "russia", target: String = "kazakhstan") -> Tie {
        let events = windows.reduce(0) { $0 + $1.events }, intensity = windows.reduce(0) { $0 + $1.intensity }
        let evidence = [Evidence(document: "events.CSV", sentence: 0, span: 0..<1, cues: ["CAMEO 042"], date: "2023-01-05", eventType: "consult",
                                 eventID: "1001", url: "https://news.example.org/1")]
        return Tie(source: source, target: target, layer: .diplomatic, polarity: .cooperation,
                   weight: EventWeight.weight(events: events, intensity: intensity), evidence: evidence, reports: events, windows: windows)
    }

    static let windows = [EventWindow(window: "2023-01", events: 12, intensity: 6, types: ["consult": 10, "agree": 2]),
                          EventWindow(window: "2023-02", events: 3, intensity: 1.5, types: ["consult": 3])]

    @Test func theEventWeightSaturatesBelowItsCeiling() {
        let one = EventWeight.weight(events: 1, intensity: 1), ten = EventWeight.weight(events: 10, intensity: 10)
        let many = EventWeight.weight(events: 10_000, intensity: 10_000)
        #expect(one < ten && ten < many)
        #expect(abs(ten - EventWeight.ceiling * (1 - exp(-1))) < 1e-12)
        #expect(many <= EventWeight.ceiling)
        #expect(EventWeight.strength(magnitude: 0) == 1.0 / 11 && EventWeight.strength(magnitude: -10) == 1)
    }

    @Test func tenThousandEventsDoNotDrownASentenceNorTheReverse() throws {
        let text = Tie(source: "russia", target: "kazakhstan", layer: .diplomatic, polarity: .cooperation, weight: 0.6,
                       evidence: [Evidence(document: "a.txt", sentence: 3, span: 0..<40, date: "2023-01-10")])
        var events = Self.eventTie([EventWindow(window: "2023-01", events: 10_000, intensity: 10_000)])
        let eventOnly = events.weight
        events.merge(text)
        #expect(events.weight > eventOnly)                               // the sentence still counts
        #expect(abs(events.weight - Tie.combine(0.6, eventOnly)) < 1e-12)
        #expect(abs(try #require(events.textWeight) - 0.6) < 1e-9)      // and can be taken back out
        #expect(events.weight > 0.6)                                     // the events still count
    }

    @Test func mergingTwoEventTiesAddsTheirWindows() throws {
        var a = Self.eventTie([Self.windows[0]])
        let b = Self.eventTie(Self.windows)
        a.merge(b)
        #expect(a.reports == 27)
        #expect(a.windows.map(\.events) == [24, 3])
        #expect(a.windows[0].types == ["consult": 20, "agree": 4])
        #expect(abs(a.weight - EventWeight.weight(events: 27, intensity: 13.5)) < 1e-12)
        #expect(a.textWeight == nil)
    }

    @Test func viewsSelectBySourceAndRecomputeOverTheWindowsKept() throws {
        var tie = Self.eventTie(Self.windows)
        tie.merge(Tie(source: "russia", target: "kazakhstan", layer: .diplomatic, polarity: .cooperation, weight: 0.5,
                      evidence: [Evidence(document: "a.txt", sentence: 1, span: 0..<9, date: "2023-03-02")]))
        let text = try #require(tie.selected(source: .text))
        #expect(abs(text.weight - 0.5) < 1e-9 && text.windows.isEmpty && text.evidence.allSatisfy { !$0.isEventRecord })
        let events = try #require(tie.selected(source: .events))
        #expect(abs(events.weight - EventWeight.weight(events: 15, intensity: 7.5)) < 1e-12)
        let february = try #require(tie.selected(since: "2023-02", until: "2023-02"))
        #expect(february.windows.map(\.window) == ["2023-02"])
        #expect(abs(february.weight - EventWeight.weight(events: 3, intensity: 1.5)) < 1e-12)
        #expect(tie.selected(since: "2024-01") == nil)
    }

    @Test func windowsReportsAndEventRecordsSurviveJSONAndYAML() throws {
        var graph = Graph()
        graph.add(Document(file: "events.CSV", outlet: "GDELT events"))
        try graph.add(Actor(id: "russia", name: "Russia", kind: .state))
        try graph.add(Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state))
        try graph.add(Self.eventTie(Self.windows))
        let json = GraphFileWriter.json(graph)
        for text in [json, GraphFileWriter.yaml(graph)] {
            let back = try GraphFileReader.decode(text, path: "back.json")
            let tie = try #require(back.ties.first)
            #expect(tie.reports == 15)
            #expect(tie.windows == Self.windows)
            #expect(tie.evidence.first?.eventID == "1001" && tie.evidence.first?.url == "https://news.example.org/1")
            #expect(GraphFileWriter.json(back) == json)
        }
    }

    @Test(arguments: [
        ("windows: [{window: 2023-13, events: 1, intensity: 0.5}]", "'window' must be YYYY-MM, YYYY-Qn or YYYY"),
        ("windows: [{window: 2023-01, events: 0, intensity: 0.5}]", "'events' must be a whole number from 1"),
        ("windows: [{window: 2023-01, events: 1, intensity: 3}]", "'intensity' must be a number in (0, events]"),
        ("windows: [{window: 2023-01, events: 1, intensity: 0.5, colour: red}]", "unknown field 'colour' in a window"),
        ("reports: -2", "'reports' must be a whole number from 0"),
    ])
    func badWindowsNameTheirLine(_ field: String, _ says: String) throws {
        let text = """
            schema: geograph/2
            actors: [{id: a, kind: state}, {id: b, kind: state}]
            ties:
              - {source: a, target: b, layer: economic, polarity: cooperation, weight: 0.5,
                 \(field)}
            """
        let error = try #require(throws: GraphFileError.self) { try GraphFileReader.decode(text, path: "w.yaml") }
        #expect(error.line == 5)
        #expect(error.description.contains(says))
    }

    /// A symmetric text tie russia–kazakhstan, event ties both ways on its layer and polarity, an
    /// event tie of the other polarity, and a directed text tie with an event tie of its own key.
    static func mutualGraphs() throws -> (text: Graph, events: Graph) {
        var text = Graph(), events = Graph()
        for g in [0, 1] {
            var graph = Graph()
            graph.add(Document(file: g == 0 ? "a.txt" : "events.CSV"))
            try graph.add(Actor(id: "russia", name: "Russia", kind: .state))
            try graph.add(Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state))
            if g == 0 { text = graph } else { events = graph }
        }
        try text.add(Tie(source: "kazakhstan", target: "russia", layer: .diplomatic, polarity: .cooperation, weight: 0.5, isSymmetric: true,
                         evidence: [Evidence(document: "a.txt", sentence: 2, span: 0..<30, date: "2023-01-09")]))
        try text.add(Tie(source: "russia", target: "kazakhstan", layer: .security, polarity: .cooperation, weight: 0.4,
                         evidence: [Evidence(document: "a.txt", sentence: 4, span: 0..<25, date: "2023-01-09")]))
        func eventTie(_ s: String, _ t: String, _ layer: Layer, _ polarity: Polarity, _ w: EventWindow, id: String) -> Tie {
            Tie(source: s, target: t, layer: layer, polarity: polarity, weight: EventWeight.weight(events: w.events, intensity: w.intensity),
                evidence: [Evidence(document: "events.CSV", sentence: 0, span: 0..<1, cues: ["CAMEO 042"], date: "2023-01-05",
                                    eventType: w.types.keys.sorted().first, eventID: id)],
                reports: w.events, windows: [w])
        }
        try events.add(eventTie("russia", "kazakhstan", .diplomatic, .cooperation, Self.windows[0], id: "1"))
        try events.add(eventTie("kazakhstan", "russia", .diplomatic, .cooperation, Self.windows[1], id: "2"))
        try events.add(eventTie("kazakhstan", "russia", .diplomatic, .tension,
                                EventWindow(window: "2023-04", events: 4, intensity: 3, types: ["threaten": 4]), id: "3"))
        try events.add(eventTie("russia", "kazakhstan", .security, .cooperation,
                                EventWindow(window: "2023-01", events: 2, intensity: 1, types: ["aid": 2]), id: "4"))
        return (text, events)
    }

    @Test(arguments: [false, true])
    func directedEventTiesMergeIntoTheSymmetricTieOfTheirPair(eventsFirst: Bool) throws {
        let (text, events) = try Self.mutualGraphs()
        let merged = try Graph.merging(eventsFirst ? [events, text] : [text, events])
        // The mutual diplomatic cooperation absorbs the events both ways; the rest keep their keys.
        #expect(merged.ties.count == 3)
        let mutual = try #require(merged.ties.first { $0.isSymmetric })
        #expect(mutual.layer == .diplomatic && mutual.polarity == .cooperation)
        #expect(mutual.reports == 15)
        #expect(mutual.windows.map(\.events) == [12, 3] && mutual.windows[0].types == ["consult": 10, "agree": 2])
        #expect(abs(mutual.weight - Tie.combine(0.5, EventWeight.weight(events: 15, intensity: 7.5))) < 1e-12)
        #expect(abs(try #require(mutual.textWeight) - 0.5) < 1e-9)
        #expect(mutual.evidence.compactMap(\.eventID) == ["1", "2"] && mutual.evidence.count == 3)
        // Tension has no symmetric tie: it stays directed, as does the directed text tie, which merges
        // with the directed event tie of its own key only.
        let tension = try #require(merged.ties.first { $0.polarity == .tension })
        #expect(!tension.isSymmetric && tension.source == "kazakhstan" && tension.reports == 4)
        let security = merged.ties.filter { $0.layer == .security }
        #expect(security.count == 1 && security[0].reports == 2 && !security[0].isSymmetric && security[0].textWeight != nil)
        // Merging once more changes nothing but what is merged again (windows add up).
        let again = try Graph.merging([merged, text])
        #expect(again.ties.count == 3)
    }

    @Test func eventTiesAloneStayDirected() throws {
        let (_, events) = try Self.mutualGraphs()
        let merged = try Graph.merging([events, events])
        #expect(merged.ties.count == 4 && merged.ties.allSatisfy { !$0.isSymmetric })
        #expect(merged.ties.first { $0.polarity == .tension }?.reports == 8)
    }

    @Test func windowLabelsSpanTheirDays() {
        #expect(WindowLabel.firstDay("2024-Q1") == "2024-01-01" && WindowLabel.lastDay("2024-02") == "2024-02-29")
        #expect(WindowLabel.lastDay("2023") == "2023-12-31" && !WindowLabel.isValid("2023-Q5"))
        #expect(EventWindow(window: "2023-Q2", events: 1, intensity: 1).overlaps(since: "2023-06-30", until: nil))
        #expect(!EventWindow(window: "2023-Q2", events: 1, intensity: 1).overlaps(since: nil, until: "2023-03"))
    }

    /// Event ties as `writeEventTie` writes them (the graph writer's path for a tie with reports or
    /// windows), one per case: with windows and event records; with reports and no window; with no
    /// evidence; with strings to escape and a text record among the event ones.
    static func writtenTies() -> [Tie] {
        var escaped = eventTie(windows + [EventWindow(window: "2023-03", events: 1, intensity: 0.1, types: ["say \"no\"\n": 1, "": 2])],
                               source: "côte “d’ivoire”", target: "tab\there")
        escaped.evidence.append(Evidence(document: "a note.txt", sentence: 4, span: 2..<9, cues: ["x", "y\\"], date: nil, confidence: 0.125))
        var bare = eventTie([])
        bare.evidence = []
        bare.reports = 7
        return [eventTie(windows), bare, { var t = eventTie(windows); t.evidence = []; t.reports = nil; return t }(), escaped]
    }

    @Test(arguments: 0..<4)
    func anEventTieIsWrittenAsItsTreeRenders(index: Int) {
        let tie = Self.writtenTies()[index]
        var writer = JSONWriter()
        GraphFileWriter.writeEventTie(tie, GraphFileWriter.EvidenceFragments(depth: 2), to: &writer)
        #expect(writer.text == GraphFileWriter.tieJSON(tie).rendered())
    }
}

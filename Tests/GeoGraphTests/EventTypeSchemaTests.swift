import Foundation
import Testing
@testable import GeoGraph

/// Schema geograph/2: evidence may carry an event type; geograph/1 files still load.
@Suite struct EventTypeSchemaTests {
    static func file(schema: String, type: String?) -> String {
        """
        schema: \(schema)
        documents: [{file: a.txt, date: 2024-05}]
        actors:
          - {id: lender, kind: state}
          - {id: debtor, kind: state}
        ties:
          - source: lender
            target: debtor
            layer: economic
            polarity: cooperation
            weight: 0.6
            evidence:
              - {doc: a.txt, sentence: 1, span: [10, 80], cues: [loan]\(type.map { ", type: \($0)" } ?? "")}
              - {doc: a.txt, sentence: 3, span: [120, 200], cues: [credit line]\(type.map { ", type: \($0)" } ?? "")}
              - {doc: a.txt, sentence: 4, span: [201, 260], cues: [talks]}
        """
    }

    @Test func evidenceTypesSurviveJSONAndYAML() throws {
        let graph = try GraphFileReader.decode(Self.file(schema: "geograph/2", type: "lend"), path: "t.yaml")
        let tie = try #require(graph.ties.first)
        #expect(tie.eventTypes.map(\.type) == ["lend"])
        #expect(tie.eventTypes.map(\.count) == [2])
        #expect(tie.reports(eventType: "lend"))
        #expect(!tie.reports(eventType: "remit"))
        for text in [GraphFileWriter.json(graph), GraphFileWriter.yaml(graph)] {
            #expect(text.contains("geograph/2"))
            let back = try GraphFileReader.decode(text, path: "back.yaml")
            #expect(back.ties.first?.evidence.map(\.eventType) == tie.evidence.map(\.eventType))
        }
    }

    @Test func schemaOneFilesStillLoad() throws {
        let graph = try GraphFileReader.decode(Self.file(schema: "geograph/1", type: nil), path: "old.yaml")
        #expect(graph.ties.first?.eventTypes.isEmpty == true)
    }

    @Test(arguments: ["Lend", "lend money", "''"])
    func aTypeMustBeASlug(type: String) throws {
        #expect {
            try GraphFileReader.decode(Self.file(schema: "geograph/2", type: type), path: "bad.yaml")
        } throws: { error in
            "\(error)".hasPrefix("bad.yaml:13: ") && "\(error)".contains("'type'")
        }
    }
}

/// Date-bounded roles: a leader stands for a state only during the term the gazetteer gives.
@Suite struct ActorTermTests {
    static let yaml = """
        schema: geograph/2
        actors:
          - {id: aland, kind: state}
          - {id: old-leader, kind: person, represents: aland, term: [2015-03, 2021-06-30]}
          - {id: new-leader, kind: person, represents: aland, term: [2021-07-01, ~]}
          - {id: envoy, kind: person, represents: aland}
          - {id: returner, kind: person, represents: aland, term: [[2017-01-20, 2021-01-20], [2025-01-20, ~]]}
        ties: []
        """

    @Test(arguments: [
        ("old-leader", "2015-03", true), ("old-leader", "2015-02-28", false), ("old-leader", "2021-06", true),
        ("old-leader", "2021-07-01", false), ("new-leader", "2021-07", true), ("new-leader", "2021-06", false), ("new-leader", "2021-06-15", false),
        ("new-leader", "2030-01", true), ("envoy", "1990-01", true),
        ("returner", "2017-01-20", true), ("returner", "2021-01-20", true), ("returner", "2021-01-21", false),
        ("returner", "2023-06", false), ("returner", "2025-01", true), ("returner", "2025-01-19", false), ("returner", "2026-03", true),
    ])
    func representsOnlyInOffice(id: String, date: String, represents: Bool) throws {
        let graph = try GraphFileReader.decode(Self.yaml, path: "t.yaml")
        let actor = try #require(graph.actor(id))
        #expect((actor.represents(on: date) == "aland") == represents)
        #expect(actor.represents(on: nil) == "aland")
    }

    /// A year-only end stands for its whole year, in `Term.contains` as in the day spans the
    /// extractor counts (`Term.days`): a term until 2021 holds June 2021 (the string compare held
    /// it to "2021" and refused every day of that year).
    @Test(arguments: [
        ("2021-06", true), ("2021-12-31", true), ("2021", true), ("2022-01-01", false), ("2022", false),
        ("2019-01-01", true), ("2018-12", false), ("2018", false), ("not a date", true),
    ])
    func aYearOnlyEndIsTheWholeYear(date: String, inOffice: Bool) throws {
        let term = Term(from: "2019", until: "2021")
        #expect(term.contains(date) == inOffice)
        let span = try #require(term.days)
        #expect(span == 2019_01_01...2021_12_31)
        if let day = DaySpan(date) { #expect(span.overlaps(day.days) == inOffice) }
    }

    @Test(arguments: [("2021", 2021_01_01...2021_12_31), ("2021-02", 2021_02_01...2021_02_31), ("2021-02-03", 2021_02_03...2021_02_03)])
    func aDateSpansItsDays(date: String, days: ClosedRange<Int>) {
        #expect(DaySpan(date)?.days == days)
    }

    @Test func anEmptyTermHoldsNoDay() {
        #expect(Term(from: "2022", until: "2021").days == nil)
        #expect(!Term(from: "2022", until: "2021").contains("2021-06"))
        #expect(Term().days == Int.min...Int.max)
    }

    @Test func termsSurviveJSONAndYAML() throws {
        let graph = try GraphFileReader.decode(Self.yaml, path: "t.yaml")
        for text in [GraphFileWriter.json(graph), GraphFileWriter.yaml(graph)] {
            let back = try GraphFileReader.decode(text, path: "back.yaml")
            #expect(back.actors.map(\.terms) == graph.actors.map(\.terms))
        }
        #expect(graph.actor("returner")?.terms.count == 2)
        #expect(graph.actor("new-leader")?.term == Term(from: "2021-07-01", until: nil))
    }

    @Test(arguments: ["[2020-01]", "[2021-13, ~]", "[2022-01, 2021-12]", "2020-01", "[[2020-01, ~], [2022-01, ~]]",
                      "[[2022-01, 2023-01], [2020-01, 2021-01]]", "[[2020-01, 2021-01], 2022-01]"])
    func badTermsAreRefusedWithTheirLine(term: String) throws {
        let yaml = "schema: geograph/2\nactors:\n  - {id: aland, kind: state}\n  - {id: p, kind: person, represents: aland, term: \(term)}\nties: []\n"
        #expect { try GraphFileReader.decode(yaml, path: "bad.yaml") } throws: { "\($0)".hasPrefix("bad.yaml:4: ") }
    }
}

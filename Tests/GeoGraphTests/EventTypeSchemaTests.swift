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

import Testing
@testable import GeoGraph

/// Leaders roll up to the state they represent, in their term.
@Suite struct RollUpTests {
    static func graph() throws -> Graph {
        var g = Graph()
        for d in [Document(file: "a.txt", date: "2018-05"), Document(file: "b.txt", date: "2022-09")] { g.add(d) }
        try g.add(Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state))
        try g.add(Actor(id: "china", name: "China", kind: .state))
        try g.add(Actor(id: "tokayev", name: "Tokayev", kind: .person, represents: "kazakhstan", term: Term(from: "2019-03")))
        try g.add(Actor(id: "xi", name: "Xi", kind: .person, represents: "china"))
        func e(_ doc: String, _ date: String, _ sentence: Int = 0) -> Evidence {
            Evidence(document: doc, sentence: sentence, span: sentence..<(sentence + 1), date: date, eventType: "consult")
        }
        try g.add(Tie(source: "tokayev", target: "xi", layer: .diplomatic, polarity: .cooperation, weight: 0.5,
                      evidence: [e("a.txt", "2018-05"), e("b.txt", "2022-09")]))
        try g.add(Tie(source: "kazakhstan", target: "china", layer: .diplomatic, polarity: .cooperation, weight: 0.5,
                      evidence: [e("b.txt", "2022-09", 1)]))
        try g.add(Tie(source: "tokayev", target: "kazakhstan", layer: .diplomatic, polarity: .cooperation, weight: 0.4,
                      evidence: [e("b.txt", "2022-09")]))
        return g
    }

    @Test func leadersCountForTheirStatesInTheirTerm() throws {
        let rolled = try Self.graph().rolledUp()
        let keys = Set(rolled.ties.map { "\($0.source)>\($0.target)" })
        // 2022: Tokayev in office, so his meeting is Kazakhstan's and merges with the state tie;
        // 2018: before his term, the meeting stays his own (with Xi rolled up, who has no term).
        #expect(keys == ["kazakhstan>china", "tokayev>china"])
        let merged = try #require(rolled.ties.first { $0.source == "kazakhstan" })
        #expect(abs(merged.weight - Tie.combine(0.5, 0.5)) < 1e-12)
        #expect(merged.evidence.count == 2)
        #expect(rolled.actor("xi") == nil, "a person left without ties of their own is dropped")
        #expect(rolled.actor("tokayev") != nil)
    }

    @Test(arguments: [("tokayev", "2022-09", "kazakhstan"), ("tokayev", "2018-05", "tokayev"), ("tokayev", nil, "kazakhstan"),
                      ("xi", "1990", "china"), ("china", "2022-09", "china")])
    func rolledUpID(id: String, date: String?, expected: String) throws {
        #expect(try Self.graph().rolledUp(id, on: date) == expected)
    }
}

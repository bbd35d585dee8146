import GeoGraph
import Testing

/// `GraphView.ties(of:)`: the ties a view keeps, with their evidence narrowed to its window.
@Suite struct GraphViewTiesTests {
    static func graph() throws -> Graph {
        let actors = [
            Actor(id: "alpha", name: "Alpha", kind: .state, tags: ["great-power"]),
            Actor(id: "beta", name: "Beta", kind: .state, tags: ["central-asia"]),
            Actor(id: "bloc", name: "Bloc", kind: .organisation),
        ]
        func e(_ sentence: Int, _ date: String?) -> Evidence {
            Evidence(document: "a.txt", sentence: sentence, span: 0..<5, date: date)
        }
        return try Graph(
            documents: [Document(file: "a.txt")], actors: actors,
            ties: [
                Tie(source: "alpha", target: "beta", layer: .security, polarity: .cooperation, weight: 0.8,
                    evidence: [e(0, "2022-11"), e(1, "2023-06-02"), e(2, nil)]),
                Tie(source: "beta", target: "alpha", layer: .diplomatic, polarity: .tension, weight: 0.3, evidence: [e(3, "2021-01")]),
                Tie(source: "bloc", target: "beta", layer: .economic, polarity: .cooperation, weight: 0.5, evidence: [e(4, "2023-06")]),
            ])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var view: GraphView
        /// Each kept tie as `source>target:sentences`.
        var kept: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "everything", view: GraphView(), kept: ["alpha>beta:0,1,2", "beta>alpha:3", "bloc>beta:4"]),
        Case(name: "one layer", view: GraphView(layers: [.diplomatic]), kept: ["beta>alpha:3"]),
        Case(name: "tension", view: GraphView(polarity: .tension), kept: ["beta>alpha:3"]),
        Case(name: "strong ties", view: GraphView(minimumWeight: 0.5), kept: ["alpha>beta:0,1,2", "bloc>beta:4"]),
        Case(name: "states only", view: GraphView(kinds: [.state]), kept: ["alpha>beta:0,1,2", "beta>alpha:3"]),
        Case(name: "both ends tagged", view: GraphView(tags: ["central-asia"]), kept: []),
        Case(name: "a window narrows the evidence, undated records leave",
             view: GraphView(since: "2023-06"), kept: ["alpha>beta:1", "bloc>beta:4"]),
        Case(name: "a month counts when any of its days does",
             view: GraphView(since: "2022-11-15", until: "2022-11-20"), kept: ["alpha>beta:0"]),
    ])
    func keepsTheTiesOfTheView(_ c: Case) throws {
        let kept = c.view.ties(of: try Self.graph()).map { tie in
            "\(tie.source)>\(tie.target):" + tie.evidence.map { String($0.sentence) }.joined(separator: ",")
        }
        #expect(kept == c.kept)
    }

    @Test func weightsStayTheTiesOwn() throws {
        let narrowed = GraphView(since: "2023-01").ties(of: try Self.graph())
        #expect(narrowed.first?.weight == 0.8)
    }
}

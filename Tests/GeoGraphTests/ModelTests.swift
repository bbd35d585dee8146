import Testing
@testable import GeoGraph

@Suite struct TieMergeTests {
    @Test func combineIsNoisyOr() {
        #expect(abs(Tie.combine(0.5, 0.5) - 0.75) < 1e-12)
        #expect(Tie.combine(1, 0.2) == 1)
        #expect(Tie.combine(0.3, 0.4) >= 0.4)
    }

    @Test func sameKeyMergesKeepingAllEvidence() throws {
        var graph = try Graph(
            documents: [Document(file: "a.txt")],
            actors: [Actor(id: "a", name: "A", kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        let e1 = Evidence(document: "a.txt", sentence: 1, span: 0..<5, cues: ["loan"])
        let e2 = Evidence(document: "a.txt", sentence: 4, span: 9..<20, cues: ["debt"])
        try graph.add(Tie(source: "a", target: "b", layer: .economic, polarity: .cooperation, weight: 0.5, evidence: [e2]))
        try graph.add(Tie(source: "a", target: "b", layer: .economic, polarity: .cooperation, weight: 0.5, evidence: [e1]))
        #expect(graph.ties.count == 1)
        #expect(graph.ties[0].evidence == [e1, e2])
        #expect(abs(graph.ties[0].weight - 0.75) < 1e-12)
    }

    @Test func symmetricTiesMergeAcrossDirections() throws {
        var graph = try Graph(actors: [Actor(id: "a", name: "A", kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        try graph.add(Tie(source: "b", target: "a", layer: .security, polarity: .cooperation, weight: 0.5, isSymmetric: true))
        try graph.add(Tie(source: "a", target: "b", layer: .security, polarity: .cooperation, weight: 0.5, isSymmetric: true))
        #expect(graph.ties.count == 1)
    }

    @Test func directedTiesInOppositeDirectionsStayApart() throws {
        var graph = try Graph(actors: [Actor(id: "a", name: "A", kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        try graph.add(Tie(source: "b", target: "a", layer: .security, polarity: .cooperation, weight: 0.5))
        try graph.add(Tie(source: "a", target: "b", layer: .security, polarity: .cooperation, weight: 0.5))
        #expect(graph.ties.count == 2)
    }

    @Test(arguments: [
        (Layer.security, Polarity.cooperation), (.security, .tension), (.economic, .cooperation), (.diplomatic, .tension),
    ])
    func differentLayerOrPolarityIsADifferentTie(layer: Layer, polarity: Polarity) throws {
        var graph = try Graph(actors: [Actor(id: "a", name: "A", kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        try graph.add(Tie(source: "a", target: "b", layer: .economic, polarity: .tension, weight: 0.5))
        try graph.add(Tie(source: "a", target: "b", layer: layer, polarity: polarity, weight: 0.5))
        #expect(graph.ties.count == 2)
    }

    @Test func addingATieToAnUnknownActorFails() throws {
        var graph = try Graph(actors: [Actor(id: "a", name: "A", kind: .state)], ties: [])
        #expect(throws: GraphError.unknownActor(id: "zz")) {
            try graph.add(Tie(source: "a", target: "zz", layer: .economic, polarity: .tension, weight: 0.5))
        }
    }

    @Test(arguments: [0.0, -0.1, 1.5, Double.nan, Double.infinity])
    func weightsOutsideTheUnitIntervalAreRejected(weight: Double) throws {
        var graph = try Graph(actors: [Actor(id: "a", name: "A", kind: .state), Actor(id: "b", name: "B", kind: .state)], ties: [])
        #expect(throws: GraphError.self) {
            try graph.add(Tie(source: "a", target: "b", layer: .economic, polarity: .tension, weight: weight))
        }
    }
}

@Suite struct ActorTests {
    @Test(arguments: [("kazakhstan", true), ("xi-jinping", true), ("a1", true), ("Kazakhstan", false),
                      ("-x", false), ("x-", false), ("a--b", false), ("", false), ("a b", false), ("é", false)])
    func idSlugs(id: String, valid: Bool) {
        #expect(Actor.isValidID(id) == valid)
    }

    @Test(arguments: [("2024-03-19", true), ("2022-11", true), ("2022", false), ("2022-13", false),
                      ("2022-1-01", false), ("24-01-01", false), ("2022-11-32", false)])
    func dates(text: String, valid: Bool) {
        #expect(Document.isValidDate(text) == valid)
    }

    @Test func editDistanceCountsEdits() {
        #expect(Graph.editDistance("kitten", "sitting") == 3)
        #expect(Graph.editDistance("", "abc") == 3)
        #expect(Graph.editDistance("russia", "russia") == 0)
    }
}

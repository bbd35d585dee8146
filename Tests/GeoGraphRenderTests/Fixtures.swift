import GeoGraph

@testable import GeoGraphRender

/// Small graphs written for these tests.
enum Fixtures {
    /// Five actors over every kind and cluster tag; parallel ties of different layers between Russia
    /// and Kazakhstan, a symmetric tension, evidence in two documents.
    static func region(reversed: Bool = false) throws -> Graph {
        var actors = [
            Actor(id: "russia", name: "Russia", kind: .state, tags: ["great-power"]),
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, tags: ["central-asia"]),
            Actor(id: "uzbekistan", name: "Uzbekistan", kind: .state, tags: ["central-asia"]),
            Actor(id: "csto", name: "CSTO", kind: .organisation),
            Actor(id: "tokayev", name: "Kassym-Jomart Tokayev", kind: .person, represents: "kazakhstan"),
            Actor(id: "armenia", name: "Armenia", kind: .state, tags: ["caucasus"]),
            Actor(id: "central-asia", name: "Central Asia", kind: .region),
        ]
        let e1 = Evidence(document: "a.txt", sentence: 1, span: 0..<10, cues: ["base"])
        let e2 = Evidence(document: "b.txt", sentence: 4, span: 20..<40, cues: ["loan"])
        var ties = [
            Tie(
                source: "russia", target: "kazakhstan", layer: .security, polarity: .cooperation, weight: 0.8,
                evidence: [e1]),
            Tie(
                source: "russia", target: "kazakhstan", layer: .economic, polarity: .cooperation, weight: 0.4,
                evidence: [e2]),
            Tie(
                source: "kazakhstan", target: "uzbekistan", layer: .economic, polarity: .tension, weight: 0.3,
                isSymmetric: true),
            Tie(source: "kazakhstan", target: "csto", layer: .security, polarity: .cooperation, weight: 0.6),
            Tie(source: "tokayev", target: "russia", layer: .diplomatic, polarity: .tension, weight: 0.2),
            Tie(source: "armenia", target: "csto", layer: .security, polarity: .tension, weight: 0.5),
            Tie(source: "russia", target: "central-asia", layer: .diplomatic, polarity: .cooperation, weight: 1.0),
        ]
        if reversed {
            actors.reverse()
            ties.reverse()
        }
        return try Graph(
            title: "Test region",
            documents: [
                Document(file: "a.txt", date: "2024-01", outlet: "Wire One"),
                Document(file: "b.txt", date: "2023-05-02", outlet: "Wire & <Two>"),
            ],
            actors: actors, ties: ties)
    }

    /// A graph whose actors carry the given display names, chained by ties.
    static func named(_ names: [String]) throws -> Graph {
        let actors = names.enumerated().map { i, name in Actor(id: "a\(i)", name: name, kind: .state) }
        let ties = actors.indices.dropFirst().map { i in
            Tie(source: "a\(i - 1)", target: "a\(i)", layer: Layer.allCases[i % 3], polarity: .cooperation, weight: 0.5)
        }
        return try Graph(title: names.first, actors: actors, ties: ties)
    }
}

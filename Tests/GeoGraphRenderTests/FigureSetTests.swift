import GeoGraph
import Testing

@testable import GeoGraphRender

@Suite struct FigureSetTests {
    @Test func standardSetHasOverviewLayersAndOneEgoPerCentralAsianState() throws {
        let names = FigureSet.standard(for: try Fixtures.region()).map(\.name)
        #expect(
            names == [
                "overview", "layer-security", "layer-economic", "layer-diplomatic",
                "ego-kazakhstan", "ego-uzbekistan",
            ])
    }

    @Test func everyFigureReparsesWithCountsEqualToItsGraph() throws {
        let graph = try Fixtures.region()
        for item in FigureSet.standard(for: graph) {
            let parsed = try GraphvizRenderer.parse(dot: DOTWriter().dot(item.figure))
            #expect(parsed.nodes.count == item.figure.actorIDs.count, "\(item.name)")
            #expect(parsed.edges.count == item.figure.edges.count, "\(item.name)")
            #expect(Set(parsed.nodes.map(\.name)) == Set(item.figure.actorIDs))
        }
        let overview = try #require(FigureSet.standard(for: graph).first)
        #expect(overview.figure.ties.count == graph.ties.count)
        #expect(overview.figure.actorIDs.count == graph.actors.count)
    }

    /// The region's tie counts: Russia 4, Kazakhstan 4, CSTO 2, and one each for Armenia, Central
    /// Asia, Tokayev and Uzbekistan.
    @Test(arguments: [
        (1, ["armenia", "central-asia", "csto", "kazakhstan", "russia", "tokayev", "uzbekistan"], ""),
        (
            2, ["csto", "kazakhstan", "russia"],
            "Not shown, 4 actors with one tie each: Armenia, Central Asia, Kassym-Jomart Tokayev, Uzbekistan."
        ),
        (
            3, ["kazakhstan", "russia"],
            "Not shown, 5 actors with fewer than 3 ties each: Armenia, Central Asia, CSTO,"
        ),
    ])
    func keepingActorsWithEnoughTiesNamesTheOthersInTheLegend(minimum: Int, kept: [String], legend: String) throws {
        let figure = Figure.overview(of: try Fixtures.region()).keepingActors(withAtLeast: minimum)
        #expect(figure.actorIDs == kept)
        #expect(figure.leftOut.count == 7 - kept.count)
        #expect(figure.ties.allSatisfy { kept.contains($0.source) && kept.contains($0.target) })
        let dot = DOTWriter().dot(figure).replacingOccurrences(of: "<BR/>", with: " ")
        if legend.isEmpty {
            #expect(!dot.contains("Not shown"))
        } else {
            #expect(dot.contains(legend), "\(dot)")
        }
    }

    @Test func keepingActorsKeepsTheFocus() throws {
        let figure = Figure.ego("uzbekistan", of: try Fixtures.region()).keepingActors(withAtLeast: 2)
        #expect(figure.actorIDs == ["uzbekistan"])
        #expect(figure.leftOut == ["kazakhstan"])
    }

    @Test func smallGraphsKeepEveryActorInTheOverview() throws {
        let overview = try #require(FigureSet.standard(for: try Fixtures.region()).first).figure
        #expect(overview.leftOut.isEmpty)
        #expect(!DOTWriter().dot(overview).contains("Not shown"))
    }

    @Test func measureReachesEveryFigure() throws {
        let measure = NodeMeasure(name: "PageRank", values: ["russia": 1])
        #expect(
            FigureSet.standard(for: try Fixtures.region(), measure: measure).allSatisfy { $0.figure.measure == measure }
        )
    }
}

@Suite struct QueryFigureTests {
    static func reference() throws -> Graph {
        try GraphFileReader.load(path: CheckedInFiguresTests.root.appendingPathComponent("Graphs/central-asia.yaml").path)
    }

    @Test func balanceFigureDrawsTheActorBetweenItsPolesWithEvidenceCounts() throws {
        let graph = try Self.reference()
        let figure = Figure.balance("tajikistan", poles: ["russia", "china"], of: graph)
        #expect(Set(figure.actorIDs) == ["tajikistan", "russia", "china"])
        #expect(figure.labelsEvidenceCounts)
        let dot = DOTWriter(style: .standard).dot(figure)
        let pair = figure.ties.filter { Set([$0.source, $0.target]) == ["china", "tajikistan"] }
        let total = pair.reduce(0) { $0 + $1.evidence.count }
        #expect(total >= 10, "the ten pieces of evidence of the China–Tajikistan security tie, and more")
        #expect(dot.replacingOccurrences(of: "<BR/>", with: " ").contains("China–Tajikistan \(total)"))
        #expect(!dot.contains("label=\"\(total)\""), "the counts stand in the legend, not on the edges")
        #expect(!figure.highlighted.isEmpty)
    }

    @Test func strongestPathsFigureKeepsOneTiePerHop() throws {
        let graph = try Self.reference()
        let item = try #require(FigureSet.strongestPaths(for: graph, poles: ["russia", "china"]))
        #expect(item.figure.ties.count == item.figure.highlighted.count)
        #expect(Set(["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan"]).isSubset(of: Set(item.figure.actorIDs)))
    }

    /// A figure's ties are in ``TieKey`` order (compared by the ends' ranks since the F7 speed-up),
    /// exactly as sorting by key puts them, symmetric ties (ends swapped in the key) and a tie whose
    /// end is not drawn included.
    @Test(arguments: [1, 7, 42])
    func figureTiesAreInKeyOrder(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let ids = ["b", "a-1", "z", "a", "c9", "m", "aa"]
        var graph = Graph()
        for id in ids { try graph.add(Actor(id: id, name: id, kind: .state)) }
        var ties: [Tie] = []
        for _ in 0..<200 {
            let s = ids[Int(random.next(below: UInt64(ids.count)))], t = ids[Int(random.next(below: UInt64(ids.count)))]
            guard s != t else { continue }
            ties.append(Tie(source: s, target: t, layer: Layer.allCases[Int(random.next(below: 3))],
                            polarity: random.next(below: 2) == 0 ? .cooperation : .tension,
                            weight: 0.5, isSymmetric: random.next(below: 2) == 0))
        }
        let figure = Figure(graph: graph, actorIDs: ids.filter { $0 != "m" }, ties: ties, title: "t", layout: .neato)
        let expected = ties.filter { $0.source != "m" && $0.target != "m" }.sorted { $0.key < $1.key }
        #expect(figure.ties == expected)
        #expect(figure.actorIDs == ids.filter { $0 != "m" }.sorted())
    }
}

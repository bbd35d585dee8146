import Testing
@testable import GeoGraph

/// Small signed graphs built by hand, with known answers.
enum BalanceFixture {
    /// Builds a graph from (source, target, layer, polarity, weight) rows; every id is a state
    /// unless it starts with "p-" (a pole, tagged great-power).
    static func graph(_ rows: [(String, String, Layer, Polarity, Double)], symmetric: Bool = false) throws -> Graph {
        var graph = Graph()
        for id in Set(rows.flatMap { [$0.0, $0.1] }).sorted() {
            try graph.add(Actor(id: id, name: id, kind: .state, tags: id.hasPrefix("p-") ? ["great-power"] : []))
        }
        for (s, t, l, p, w) in rows {
            try graph.add(Tie(source: s, target: t, layer: l, polarity: p, weight: w, isSymmetric: symmetric,
                              evidence: []))
        }
        return graph
    }

    static func signed(_ pairs: [(String, String, Int)]) -> SignedGraph {
        SignedGraph(pairs: pairs.map { ($0.0, $0.1, Double($0.2)) })
    }
}

@Suite struct HedgingIndexTests {
    @Test(arguments: [([0.5, 0.5], 1.0), ([1.0, 0.0], 0.0), ([0.25, 0.25, 0.25, 0.25], 1.0), ([1.0, 0, 0], 0.0)])
    func herfindahlForm(shares: [Double], expected: Double) {
        #expect(abs(HedgingProfile.index(shares) - expected) < 1e-12)
    }

    @Test func entropyFormIsOneWhenEvenAndBetweenOtherwise() {
        #expect(abs(HedgingProfile.index([0.5, 0.5], entropy: true) - 1) < 1e-12)
        let skewed = HedgingProfile.index([0.9, 0.1], entropy: true)
        #expect(skewed > 0 && skewed < 1)
        #expect(HedgingProfile.index([0.9, 0.1]) < skewed, "Herfindahl punishes concentration harder")
    }

    @Test func profileCountsBothDirectionsAndShowsTension() throws {
        let g = try BalanceFixture.graph([
            ("x", "p-a", .economic, .cooperation, 0.6), ("p-b", "x", .economic, .cooperation, 0.2),
            ("x", "p-b", .security, .cooperation, 0.2), ("p-a", "x", .diplomatic, .tension, 0.7),
        ])
        let context = BalanceContext(graph: g)
        let p = try #require(HedgingProfile(actor: "x", poles: ["p-a", "p-b"], context: context))
        #expect(abs(p.overall["p-a"]! - 0.6) < 1e-12)
        #expect(abs(p.shares["p-b"]![.economic]! - 0.25) < 1e-12)
        #expect(p.shares["p-b"]![.security] == 1)
        #expect(p.tension["p-a"] == 0.7)
        #expect(p.leadingPole == "p-a")
    }
}

@Suite struct BalancePatternTests {
    @Test func hedgeNeedsComparableWeightOnOneLayer() throws {
        let g = try BalanceFixture.graph([
            ("x", "p-a", .economic, .cooperation, 0.8), ("x", "p-b", .economic, .cooperation, 0.5),
            ("y", "p-a", .economic, .cooperation, 0.8), ("y", "p-b", .economic, .cooperation, 0.3),
        ])
        let context = BalanceContext(graph: g)
        let x = HedgePattern.find(actor: "x", poles: ["p-a", "p-b"], context: context, ratio: 0.5)
        #expect(x.count == 1)
        #expect(abs(x[0].score - 0.625) < 1e-12)
        #expect(x[0].partners == ["p-a", "p-b"])
        #expect(HedgePattern.find(actor: "y", poles: ["p-a", "p-b"], context: context, ratio: 0.5).isEmpty)
    }

    @Test func divisionOfLabourWhenLeadersDifferByLayer() throws {
        let g = try BalanceFixture.graph([
            ("p-a", "x", .security, .cooperation, 0.9), ("p-b", "x", .security, .cooperation, 0.1),
            ("p-b", "x", .economic, .cooperation, 0.9), ("p-a", "x", .economic, .cooperation, 0.3),
        ])
        let findings = DivisionOfLabourPattern.find(actor: "x", poles: ["p-a", "p-b"], context: BalanceContext(graph: g))
        #expect(findings.count == 1)
        #expect(findings[0].partners == ["p-a", "p-b"])
        #expect(findings[0].layers == [.security, .economic])
        #expect(abs(findings[0].score - 0.75) < 1e-12)
    }

    @Test func regionalDivisionSumsOverTheGroup() throws {
        let g = try BalanceFixture.graph([
            ("p-a", "x", .security, .cooperation, 0.9), ("p-b", "x", .economic, .cooperation, 0.9),
            ("p-a", "y", .security, .cooperation, 0.5), ("p-b", "y", .economic, .cooperation, 0.2),
            ("p-a", "y", .economic, .cooperation, 0.3),
        ])
        let context = BalanceContext(graph: g, layers: [.security, .economic])
        let findings = DivisionOfLabourPattern.regional(actors: ["x", "y"], group: "the region", poles: ["p-a", "p-b"], context: context)
        #expect(findings.count == 1)
        #expect(findings[0].partners == ["p-a", "p-b"])
        #expect(findings[0].sentence.contains("the same split holds for x on its own"))
    }

    @Test func regionalGroupIsItsStatesAndTheRegionButNotItsSubRegions() throws {
        var g = Graph()
        try g.add(Actor(id: "p-a", name: "A", kind: .state, tags: ["great-power"]))
        try g.add(Actor(id: "p-b", name: "B", kind: .state, tags: ["great-power"]))
        try g.add(Actor(id: "x", name: "X", kind: .state, tags: ["zone"]))
        try g.add(Actor(id: "y", name: "Y", kind: .state, tags: ["zone"]))
        try g.add(Actor(id: "zone", name: "The Zone", kind: .region, tags: ["zone"]))
        try g.add(Actor(id: "valley", name: "Valley", kind: .region, tags: ["zone"]))
        for (s, t, l, w) in [("p-a", "x", Layer.security, 0.9), ("p-b", "x", .economic, 0.5), ("p-a", "y", .security, 0.6),
                             ("p-b", "y", .economic, 0.3), ("p-b", "zone", .economic, 0.1), ("p-a", "valley", .economic, 1.0)] {
            try g.add(Tie(source: s, target: t, layer: l, polarity: .cooperation, weight: w, isSymmetric: false, evidence: []))
        }
        let context = BalanceContext(graph: g, layers: [.security, .economic])
        let analysis = BalanceAnalysis(context: context, poles: ["p-a", "p-b"], regionTag: "zone")
        let regional = try #require(analysis.findings.first { $0.kind == .division && $0.actor == "zone" })
        #expect(regional.partners == ["p-a", "p-b"], "the valley's heavy economic tie to A must not count")
        #expect(regional.sentence.hasPrefix("Across The Zone (2 states and the region as a whole)"))
        #expect(regional.sentence.contains("holds for X, Y on its own"))
    }

    @Test func offsetAddsAThirdStateBesideTheDominantPole() throws {
        let g = try BalanceFixture.graph([
            ("p-a", "x", .security, .cooperation, 0.9), ("x", "c", .security, .cooperation, 0.5),
            ("x", "d", .economic, .cooperation, 0.5),
        ])
        let findings = OffsetPattern.find(actor: "x", poles: ["p-a", "p-b"], context: BalanceContext(graph: g))
        #expect(findings.map(\.partners) == [["p-a", "c"]])
        #expect(abs(findings[0].score - 0.5 / 1.4) < 1e-12)
    }

    @Test func offsetSentenceQuotesTheCuesOfTheThirdPartyLeg() throws {
        var g = try BalanceFixture.graph([("p-a", "x", .security, .cooperation, 0.9)])
        try g.add(Actor(id: "c", name: "C", kind: .state))
        g.add(Document(file: "d.txt"))
        let evidence = Evidence(document: "d.txt", sentence: 3, span: 0..<10, cues: ["help", "border"])
        try g.add(Tie(source: "x", target: "c", layer: .security, polarity: .cooperation, weight: 0.4, isSymmetric: false,
                      evidence: [evidence]))
        let finding = try #require(OffsetPattern.find(actor: "x", poles: ["p-a", "p-b"], context: BalanceContext(graph: g)).first)
        #expect(finding.sentence.hasSuffix("on the same layer (cues: border, help)."))
        #expect(finding.evidence == ["d.txt#3"])
    }

    @Test(arguments: [(Polarity.cooperation, "partner"), (.tension, "rival")])
    func wedgeBetweenAPoleAndItsPartnerOrRival(relation: Polarity, word: String) throws {
        let g = try BalanceFixture.graph([
            ("x", "p-a", .economic, .cooperation, 0.6), ("x", "p-b", .diplomatic, .tension, 0.4),
            ("p-a", "p-b", .diplomatic, relation, 0.5),
        ])
        let findings = WedgePattern.find(actor: "x", poles: ["p-a", "p-b"], context: BalanceContext(graph: g))
        #expect(findings.count == 1)
        #expect(findings[0].sentence.hasSuffix("p-a's \(word)."))
        #expect(findings[0].score == 0.4)
    }

    @Test func leadersAreLiftedToTheStateTheyRepresent() throws {
        var g = try BalanceFixture.graph([("x", "p-a", .economic, .cooperation, 0.2)])
        try g.add(Actor(id: "boss", name: "Boss", kind: .person, represents: "x"))
        try g.add(Tie(source: "boss", target: "p-a", layer: .diplomatic, polarity: .cooperation, weight: 0.5))
        try g.add(Tie(source: "boss", target: "x", layer: .diplomatic, polarity: .cooperation, weight: 0.5))
        let context = BalanceContext(graph: g)
        #expect(context.weight(between: "x", and: "p-a", polarity: .cooperation) == 0.7)
        #expect(context.ties.count == 2, "the leader's tie to their own state is dropped")
    }

    @Test func dateWindowsKeepOnlyEvidenceInside() throws {
        var g = Graph()
        g.add(Document(file: "old.txt", date: "2021-05"))
        g.add(Document(file: "new.txt", date: "2023-02-01"))
        for id in ["x", "p-a"] { try g.add(Actor(id: id, name: id, kind: .state)) }
        try g.add(Tie(source: "x", target: "p-a", layer: .economic, polarity: .cooperation, weight: 0.5,
                      evidence: [Evidence(document: "old.txt", sentence: 1, span: 0..<5, date: "2021-05")]))
        try g.add(Tie(source: "x", target: "p-a", layer: .security, polarity: .cooperation, weight: 0.5,
                      evidence: [Evidence(document: "new.txt", sentence: 1, span: 0..<5, date: "2023-02-01")]))
        #expect(BalanceContext(graph: g, before: "2023-01-01").ties.map(\.layer) == [.economic])
        #expect(BalanceContext(graph: g, since: "2023-01-01").ties.map(\.layer) == [.security])
    }
}

@Suite struct StructuralBalanceTests {
    @Test func allNegativeTriangleIsUnbalanced() {
        let b = StructuralBalance(BalanceFixture.signed([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)]))
        #expect(b.census == [0, 0, 0, 1])
        #expect(b.degree == 0)
        #expect(b.unbalancedTies.count == 3)
    }

    @Test(arguments: [
        ([("a", "b", 1), ("b", "c", 1), ("a", "c", 1)], [1, 0, 0, 0], 1.0),
        ([("a", "b", 1), ("b", "c", -1), ("a", "c", -1)], [0, 0, 1, 0], 1.0),
        ([("a", "b", 1), ("b", "c", 1), ("a", "c", -1)], [0, 1, 0, 0], 0.0),
    ])
    func triadCensusAndDegree(pairs: [(String, String, Int)], census: [Int], degree: Double) {
        let b = StructuralBalance(BalanceFixture.signed(pairs))
        #expect(b.census == census)
        #expect(b.degree == degree)
    }

    // The two-camp split is `SignedBlocs` with k = 2 (it replaced the earlier two-camp solver).
    @Test func twoCampGraphHasFrustrationZero() {
        // Camps {a, b, c} and {d, e}: friends inside, enemies across.
        let g = BalanceFixture.signed([("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1),
                                       ("a", "d", -1), ("b", "e", -1), ("c", "d", -1)])
        let split = SignedBlocs(g, k: 2)
        #expect(split.frustratedCount == 0)
        #expect(split.frustration == 0)
        #expect(split.isExact)
        #expect(Set(["a", "b", "c"].map { split.blocs[g.nodes.firstIndex(of: $0)!] }).count == 1)
        #expect(split.blocs[g.nodes.firstIndex(of: "a")!] != split.blocs[g.nodes.firstIndex(of: "d")!])
    }

    @Test func allNegativeFourCliqueHasFrustrationTwo() {
        let ids = ["a", "b", "c", "d"]
        var pairs: [(String, String, Int)] = []
        for i in 0..<4 { for j in (i + 1)..<4 { pairs.append((ids[i], ids[j], -1)) } }
        let split = SignedBlocs(BalanceFixture.signed(pairs), k: 2)
        #expect(split.frustratedCount == 2)
        #expect(split.isExact)
    }

    /// Dense unit-weight graphs (about half of all pairs): the exact two-bloc split is the brute-force
    /// minimum, and the local search alone reaches it.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func twoBlocsMatchBruteForceOnDenseRandomGraphs(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var pairs: [(String, String, Int)] = []
        for i in 0..<10 {
            for j in (i + 1)..<10 where random.next(below: 2) == 0 {
                pairs.append(("n\(i)", "n\(j)", random.next(below: 2) == 0 ? 1 : -1))
            }
        }
        let g = BalanceFixture.signed(pairs)
        var brute = Int.max
        for mask in 0..<(1 << g.nodes.count) {
            brute = min(brute, SignedBlocs.frustration(of: g.nodes.indices.map { (mask >> $0) & 1 }, in: g).count)
        }
        #expect(SignedBlocs(g, k: 2).frustratedCount == brute)
        #expect(SignedBlocs(g, k: 2, seed: 9, exact: false).frustratedCount == brute)
    }

    @Test func evidenceIsOrderedByDocumentThenSentenceNumber() {
        #expect(BalanceFinding.ordered(["b.txt#1", "a.txt#10", "a.txt#2", "a.txt#2"]) == ["a.txt#2", "a.txt#10", "b.txt#1"])
    }
}

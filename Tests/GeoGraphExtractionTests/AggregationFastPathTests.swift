import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The aggregation's shortcuts against what they stand for: tie codes against tie keys, the sorted
/// distinct evidence against a set, sorted.
@Suite struct AggregationFastPathTests {
    @Test func tieCodesAreEqualExactlyWhenTieKeysAre() {
        let ids = ["china", "russia", "kazakhstan", "a", "b-c", "zz", "kazakhstan-2"]
        let indices = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var ties: [Tie] = []
        for s in ids + ["unknown"] {
            for t in ids where t != s {
                for layer in Layer.allCases {
                    for polarity in Polarity.allCases {
                        for symmetric in [false, true] {
                            ties.append(Tie(source: s, target: t, layer: layer, polarity: polarity, weight: 0.5, isSymmetric: symmetric))
                        }
                    }
                }
            }
        }
        func code(_ t: Tie) -> TieCode? {
            TieCode(source: t.source, target: t.target, layer: t.layer, polarity: t.polarity, isSymmetric: t.isSymmetric, indices: indices)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let a = ties.randomElement(using: &generator)!, b = ties.randomElement(using: &generator)!
            guard let x = code(a), let y = code(b) else {
                #expect(a.source == "unknown" || b.source == "unknown")
                continue
            }
            #expect((x == y) == (a.key == b.key), "\(a.key) \(b.key)")
            #expect(ids[x.source] == a.key.source && ids[x.target] == a.key.target)
        }
    }

    /// The codes the reports take from the rules' end indices are those their ids give.
    @Test func reportCodesFromEndIndicesAreTheCodesOfTheirIds() {
        let builder = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon)
        let text = """
            Russia and China held joint exercises. The two countries agreed on gas.
            Kazakh President Kassym-Jomart Tokayev met Xi Jinping. He praised the strategic partnership with Beijing.
            Uzbekistan, Turkmenistan, and Kazakhstan signed a water treaty with Tajikistan; Moscow criticised the deal.
            The Russia-led CSTO deployed troops to Kazakhstan, and Kyrgyzstan owes China more than it can repay.
            The United States imposed sanctions on Iran while India and Afghanistan discussed trade.
            """
        let doc = LoadedDocument(document: Document(file: "codes.txt"), scalars: Array(text.unicodeScalars))
        let reports = builder.reports(in: doc).reports
        #expect(reports.count >= 8)
        for r in reports {
            let expected = TieCode(source: r.found.source, target: r.found.target, layer: r.found.layer, polarity: r.found.polarity,
                                   isSymmetric: r.found.isSymmetric, indices: builder.actorIndices)
            #expect(r.code == expected, "\(r.found)")
        }
    }

    @Test func sortedUniqueEvidenceIsTheSortedSetOnGeneratedLists() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let n = Int.random(in: 0...12, using: &generator)
            var evidence = (0..<n).map { _ in
                Evidence(document: ["a.txt", "b.txt"].randomElement(using: &generator)!, sentence: Int.random(in: 0...3, using: &generator),
                         span: Int.random(in: 0...2, using: &generator)..<9, cues: [["x"], ["y"], ["x", "y"]].randomElement(using: &generator)!,
                         date: [nil, "2024-01"].randomElement(using: &generator)!, confidence: [nil, 0.8].randomElement(using: &generator)!)
            }
            // A third of the lists sorted, as reports arrive, most of them then without equal neighbours.
            if Int.random(in: 0..<3, using: &generator) == 0 { evidence.sort() }
            // Sorted, each distinct element once (elements that sort equal but differ keep no set order).
            let unique = GraphBuilder.sortedUnique(evidence)
            #expect(!zip(unique, unique.dropFirst()).contains { $1 < $0 }, "\(evidence)")
            #expect(unique.count == Set(evidence).count && Set(unique) == Set(evidence), "\(evidence)")
        }
    }
}

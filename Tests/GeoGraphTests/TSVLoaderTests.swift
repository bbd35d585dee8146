import Testing

@testable import GeoGraph

/// The TSV fast path reads a large body in two halves on two threads; the result must be the one
/// pass's, index for index and edge for edge, and so must the first error's line.
@Suite struct TSVLoaderTests {
    /// A TSV text of `rows` rows over a few hundred ids, comments and a blank line among them.
    static func text(rows: Int, badRow: Int? = nil) -> String {
        var lines = ["# made by TSVLoaderTests", "", GraphFileReader.tsvHeader]
        let layers = ["security", "economic", "diplomatic"]
        for r in 0..<rows {
            if r == badRow {
                lines.append("n\(r)\tn\(r + 1)\tmilitary\t+\t0.5")
                continue
            }
            if r % 97 == 0 { lines.append("# a comment") }
            let s = (r * 7919) % 389, d = (r * 104_729 + 13) % 421
            lines.append("n\(s)\tm\(d)\t\(layers[r % 3])\t\(r % 4 == 0 ? "-" : "+")\t0.\(r % 9 + 1)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String, threshold: Int) throws -> CompactGraph {
        var text = text
        return try text.withUTF8 { try CompactGraph.decodeTSV(bytes: $0, path: "g.tsv", parallelThreshold: threshold) }
    }

    /// Weights with more digits than the plain path reads go to `strtod` whole: the long fraction is read,
    /// the malformed one refused with its line (the fuzzer found the digits overflowing before).
    @Test(arguments: [("0.5000000000000000000000000000001", true), ("0.5000000000000000000000000000.12", false),
                      ("00000000000000000000000000000.5", true)])
    func longWeightsAreReadOrRefused(weight: String, valid: Bool) throws {
        let text = GraphFileReader.tsvHeader + "\na\tb\tsecurity\t+\t" + weight + "\n"
        if valid {
            let graph = try Self.decode(text, threshold: .max)
            #expect(graph.layers[0].outWeights.first.map { abs($0 - 0.5) < 1e-9 } == true)
        } else {
            #expect(throws: GraphFileError.self) { try Self.decode(text, threshold: .max) }
        }
    }

    @Test(arguments: [1, 2, 999, 5000])
    func twoHalvesGiveTheOnePassGraph(rows: Int) throws {
        let text = Self.text(rows: rows)
        let one = try Self.decode(text, threshold: .max)
        let two = try Self.decode(text, threshold: 1)
        #expect(two.ids == one.ids)
        for (a, b) in zip(one.layers, two.layers) {
            #expect(a.outOffsets == b.outOffsets && a.outTargets == b.outTargets)
            #expect(a.outWeights == b.outWeights && a.outSigns == b.outSigns)
            #expect(a.inOffsets == b.inOffsets && a.inSources == b.inSources && a.inEdges == b.inEdges)
        }
        #expect(one.layers.map(\.edgeCount).reduce(0, +) == rows)
    }

    @Test(arguments: [3, 2_600, 4_990])
    func aBadRowInEitherHalfIsReportedAtItsLine(badRow: Int) {
        let text = Self.text(rows: 5000, badRow: badRow)
        var lines: [Int] = []
        for threshold in [Int.max, 1] {
            do {
                _ = try Self.decode(text, threshold: threshold)
            } catch let error as GraphFileError {
                lines.append(error.line)
                #expect("\(error)".contains("unknown layer 'military'"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        #expect(lines.count == 2 && lines[0] == lines[1])
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("military") }.map { $0 + 1 }
        #expect(lines.first == expected)
    }
}

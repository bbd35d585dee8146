import Foundation
import Testing

/// `geograph evaluate`'s report: totals only against a test half, regions from the table beside the reference.
@Suite struct CLIEvaluateReportTests {
    static func files(split: String?) throws -> (folder: URL, predicted: String, gold: String) {
        let folder = try CLI.temporaryFolder()
        let head = "schema: geograph/2\n" + (split.map { "split: \($0)\n" } ?? "")
            + "documents: [{file: a.txt, date: 2024-01-01}, {file: b.txt, date: 2024-02-01}]\n"
            + "actors:\n  - {id: aland, kind: state}\n  - {id: borovia, kind: state}\n  - {id: corvia, kind: state}\nties:\n"
        func tie(_ s: String, _ t: String, _ doc: String) -> String {
            "  - {source: \(s), target: \(t), layer: security, polarity: tension, weight: 0.5, evidence: [{doc: \(doc), sentence: 0, span: [0, 4]}]}\n"
        }
        let gold = folder.appendingPathComponent("gold.yaml").path, predicted = folder.appendingPathComponent("p.yaml").path
        try (head + tie("aland", "borovia", "a.txt") + tie("corvia", "borovia", "b.txt")).write(toFile: gold, atomically: true, encoding: .utf8)
        try (head.replacingOccurrences(of: "split: test\n", with: "") + tie("aland", "borovia", "a.txt") + tie("aland", "corvia", "b.txt"))
            .write(toFile: predicted, atomically: true, encoding: .utf8)
        try "file\tregion\thalf\na.txt\tnorth\tdev\nb.txt\tsouth\ttest\n".write(to: folder.appendingPathComponent("dev-set.tsv"), atomically: true, encoding: .utf8)
        return (folder, predicted, gold)
    }

    @Test func aDevReferenceListsDocumentsRegionsAndTies() throws {
        let f = try Self.files(split: "dev")
        let r = try CLI.run(["evaluate", f.predicted, "--gold", f.gold])
        #expect(r.status == 0, "\(r.stderr)")
        for text in ["region   north ties", "region   south ties", "layer    security ties", "raw      directed ties",
                     "sign accuracy on the pairs found: 1.00 (1 of 1", "misses (1)", "corvia -> borovia security tension", "a.t      directed ties"] {
            #expect(r.stdout.contains(text), "\(text) in \(r.stdout)")
        }
    }

    @Test(arguments: [("test", [String]()), ("dev", ["--totals-only"])])
    func aTestHalfPrintsTotalsOnly(split: String, flags: [String]) throws {
        let f = try Self.files(split: split)
        for format in ["table", "json"] {
            let r = try CLI.run(["evaluate", f.predicted, "--gold", f.gold, "--format", format] + flags)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("borovia"), "no tie is listed: \(r.stdout)")
            #expect(!r.stdout.contains("a.txt"), "no document is listed")
            #expect(r.stdout.contains("north"), "regions are totals")
        }
        let table = try CLI.run(["evaluate", f.predicted, "--gold", f.gold] + flags)
        #expect(table.stdout.contains("totals only: 1 misses and 1 false hits not listed"))
    }

    @Test func detailsAreRefusedForATestHalf() throws {
        let f = try Self.files(split: "test")
        let r = try CLI.run(["evaluate", f.predicted, "--gold", f.gold, "--details"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
    }
}

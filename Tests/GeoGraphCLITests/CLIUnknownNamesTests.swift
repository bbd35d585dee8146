import Foundation
import Testing

/// `geograph build DIR --unknown names.tsv`: the names the gazetteer lacks, on documents written for the test.
@Suite struct CLIUnknownNamesTests {
    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try """
            Kazakhstan signed a transit deal with the Velmar Trading League on Monday.
            The Velmar Trading League later met Uzbek officials in Tashkent.
            """.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Officials in Astana said Orsk Petroleum would pay. The officials of Orsk Petroleum agreed.\n"
            .write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func listsUnknownNamesWithCountsAndPointers() throws {
        let folder = try Self.folder()
        let names = folder.appendingPathComponent("names.tsv").path
        let r = try CLI.run(["build", folder.path, "-o", folder.appendingPathComponent("g.json").path, "--unknown", names])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("listed 2 names the gazetteer lacks -> \(names)"))
        let text = try String(contentsOfFile: names, encoding: .utf8)
        #expect(text == "name\tcount\texample\nOrsk Petroleum\t2\tb.txt#0:25-39\nVelmar Trading League\t2\ta.txt#0:42-63\n")
    }

    @Test func theLimitCutsTheListAndSaysSo() throws {
        let folder = try Self.folder()
        let names = folder.appendingPathComponent("names.tsv").path
        let r = try CLI.run(["build", folder.path, "-o", folder.appendingPathComponent("g.json").path, "--unknown", names,
                             "--unknown-limit", "1"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("(1 less frequent ones left out by --unknown-limit 1)"))
        #expect(try String(contentsOfFile: names, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test(arguments: [["--unknown-limit", "0"], ["--unknown", "SAME"]])
    func badOptionsAreUsageErrors(extra: [String]) throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("g.json").path
        let r = try CLI.run(["build", folder.path, "-o", out] + extra.map { $0 == "SAME" ? out : $0 })
        #expect(r.status == 64)
    }
}

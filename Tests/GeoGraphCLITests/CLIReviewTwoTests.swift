import Foundation
import Testing

/// The second hostile review's findings (R1–R22) against the binary: each test is the finding's
/// reproducer, run in a fresh folder holding copies of the event fixtures.
@Suite struct CLIReviewTwoTests {
    /// A fresh folder with the event fixtures copied in, and the GDELT fixture's graph as `base.json`.
    static func workspace(base: Bool = true) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for name in ["gdelt2-events.CSV", "gdelt2-mentions.CSV", "icews-events.2022.tab", "plover-2025.jsonl"] {
            try FileManager.default.copyItem(
                atPath: CLI.packageRoot.appendingPathComponent("Tests/GeoGraphEventsTests/Fixtures/\(name)").path,
                toPath: folder.appendingPathComponent(name).path)
        }
        if base {
            let r = try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "-o", "base.json"], in: folder)
            #expect(r.status == 0, "\(r.stderr)")
        }
        return folder
    }

    /// Runs `python3 -c script` in `folder` (the tests make zips and large files with it).
    static func python(_ script: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
    }

    /// A mapping of `types` types whose CAMEO roots and PLOVER events all map to the last one.
    static func mapping(types: Int) -> String {
        var lines = ["schema: geograph-event-types/1", "types:"] + (0..<types).map { "  - {type: t\($0)}" } + ["cameo:"]
        lines += (1...20).map { "  - {code: '\(String(format: "%02d", $0))', type: t\(types - 1), quad: 1}" }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Crashes and hangs

    @Test(arguments: [128, 130, 300])
    func r1R2MappingWithMoreTypesThanTheKeyHoldsIsRefused(types: Int) throws {
        let folder = try Self.workspace(base: false)
        try Self.mapping(types: types).write(to: folder.appendingPathComponent("map.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "--mapping", "map.yaml", "-o", "m.json"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("map.yaml:130: more than 127 event types"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.json").path))
    }

    @Test func r2MappingOf127TypesCountsEventsInTheirOwnMonth() throws {
        let folder = try Self.workspace(base: false)
        try Self.mapping(types: 127).write(to: folder.appendingPathComponent("map.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "--mapping", "map.yaml", "-o", "m.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let graph = try Self.text(folder, "m.json")
        #expect(graph.contains("\"t126\""))
        #expect(graph.contains("\"window\": \"2023-01\"") || graph.contains("\"window\":\"2023-01\""))
    }

    @Test(arguments: ["9223372036854775807", "4611686018427387904", "100000000000", "1073741825"])
    func r3HugeMaxLineBytesIsAUsageError(value: String) throws {
        let folder = try Self.workspace(base: false)
        let r = try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "--max-line-bytes", value, "-o", "x.json"], in: folder)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--max-line-bytes must be from 16 to 1073741824 (1 GiB)"))
    }

    @Test(arguments: ["fifo.CSV", "fifo.zip", "fdir"])
    func r4EventInputFIFOIsRefused(input: String) throws {
        let folder = try Self.workspace(base: false)
        #expect(mkfifo(folder.appendingPathComponent("fifo.CSV").path, 0o600) == 0)
        #expect(mkfifo(folder.appendingPathComponent("fifo.zip").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("fdir"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("gdelt2-events.CSV").path,
                                         toPath: folder.appendingPathComponent("fdir/a.CSV").path)
        #expect(mkfifo(folder.appendingPathComponent("fdir/zz.CSV").path, 0o600) == 0)
        let start = Date()
        let r = try CLI.run(["events", "gdelt", input, "-o", "f.json"], in: folder)
        #expect(Date().timeIntervalSince(start) < 30)
        if input == "fdir" {
            // The FIFO in the folder is passed over; the regular file is read.
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("read 108 rows from 1 files"))
        } else {
            #expect(r.status == 1)
            #expect(r.stderr.contains("\(input): cannot read: not a regular file"))
        }
    }

    @Test func r4DashReadsStandardInput() throws {
        let folder = try Self.workspace(base: false)
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = ["events", "gdelt", "-", "-o", "s.json"]
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle(forReadingAtPath: folder.appendingPathComponent("gdelt2-events.CSV").path)
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("read 108 rows from 1 files: 96 tied"))
        #expect(try Self.text(folder, "s.json").contains("\"file\": \"stdin\"") || Self.text(folder, "s.json").contains("\"file\":\"stdin\""))
    }

    @Test func r5HugeWindowCountsAreRefusedByTheReader() throws {
        let folder = try Self.workspace()
        try Self.python("""
            import json; g=json.load(open('base.json')); w=g['ties'][0]['windows']
            w[0]['events']=w[1]['events']=4611686018427387904; json.dump(g,open('big2.json','w'))
            """, in: folder)
        for command in [["info", "--graph", "big2.json"], ["merge", "big2.json", "base.json", "-o", "bm.json"],
                        ["centrality", "--graph", "big2.json", "--source", "events"]] {
            let r = try CLI.run(command, in: folder)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("big2.json:") && r.stderr.contains("'events' must be a whole number from 1 to 1099511627776"), "\(r.stderr)")
        }
    }

    @Test func r17ExploreMaxSizeBeyondAnIntIsAUsageError() throws {
        let folder = try Self.workspace()
        for size in ["1e300", "9300000000000", "0.0000001"] {
            let r = try CLI.run(["explore", "--graph", "base.json", "-o", "x.html", "--max-size", size], in: folder)
            #expect(r.status == 64, "\(size): \(r.stderr)")
            #expect(r.stderr.contains("--max-size must be from 0.001 (1 kB) to 1000000 megabytes"))
        }
    }

    // MARK: Reading outside folders

    @Test func r6ExplorerAndExplainDoNotFollowALinkOutOfTheCorpus() throws {
        let folder = try Self.workspace()
        let corpus = folder.appendingPathComponent("corp")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "a secret line that must stay home.\n".write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        #expect(symlink(folder.appendingPathComponent("secret.txt").path, corpus.appendingPathComponent("x.txt").path) == 0)
        try Self.python("""
            import json; g=json.load(open('base.json')); g['documents']=[{'file':'x.txt'}]
            [e.update(doc='x.txt',span=[0,30]) for t in g['ties'] for e in t['evidence']]; json.dump(g,open('corp.json','w'))
            """, in: folder)
        let page = try CLI.run(["explore", "--graph", "corp.json", "--corpus", "corp", "-o", "corp.html"], in: folder)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(try !Self.text(folder, "corp.html").contains("a secret line"))
        let explain = try CLI.run(["explain", "russia", "kazakhstan", "--graph", "corp.json", "--corpus", "corp"], in: folder)
        #expect(!explain.stdout.contains("a secret line"))
    }

    @Test func r18LinkInAFolderInputIsNotReadNorQuoted() throws {
        let folder = try Self.workspace(base: false)
        let dir = folder.appendingPathComponent("sdir")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("icews-events.2022.tab").path, toPath: dir.appendingPathComponent("a.tab").path)
        try "root:*:20228:0:99999:7:::\n".write(to: folder.appendingPathComponent("shadow"), atomically: true, encoding: .utf8)
        #expect(symlink(folder.appendingPathComponent("shadow").path, dir.appendingPathComponent("zz.tab").path) == 0)
        let r = try CLI.run(["events", "icews", "sdir", "-o", "s.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("from 1 files"))
        #expect(!r.stderr.contains("root:"))
        // A broken header given directly is named, its text not quoted.
        let direct = try CLI.run(["events", "icews", "shadow", "-o", "s2.json"], in: folder)
        #expect(direct.stderr.contains("shadow:1: expected the ICEWS header (20 columns from 'Event ID'); found 1 columns and the first is not 'Event ID'"))
        #expect(!direct.stderr.contains("root:"))
    }

    @Test func r16EventsStoresFileNamesNotPathsAndThePageNoAbsolutePath() throws {
        let folder = try Self.workspace(base: false)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("gdelt2-events.CSV").path
        let r = try CLI.run(["events", "gdelt", input, "-o", "out/g.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let graph = try Self.text(out, "g.json")
        #expect(!graph.contains(folder.path))
        #expect(graph.contains("gdelt2-events.CSV"))
        let info = try CLI.run(["info", "--graph", "out/g.json"], in: folder)
        #expect(info.status == 0, "\(info.stderr)")
        let page = try CLI.run(["explore", "--graph", out.appendingPathComponent("g.json").path, "--no-corpus", "-o", "p.html"], in: folder)
        #expect(page.status == 0, "\(page.stderr)")
        let html = try Self.text(folder, "p.html")
        #expect(!html.contains(folder.path))
        #expect(html.contains("graph g.json"))
    }

    // MARK: Data loss and exit codes

    @Test(arguments: [
        ["events", "gdelt", "victim.CSV", "-o", "./victim.CSV"],
        ["events", "gdelt", "victim.CSV", "-o", "b2.json", "--unmapped", "./victim.CSV"],
        ["events", "gdelt", "gdelt2-events.CSV", "-o", "same.json", "--unmapped", "same.json"],
        ["merge", "base.json", "icews.json", "-o", "./icews.json"],
        ["events", "gdelt", "gdelt2-events.CSV", "-o", "out.tsv"],
        ["merge", "base.json", "icews.json", "-o", "m.tsv"],
    ])
    func r12OutputsThatWouldReplaceAnInputOrContradictTheirExtensionAreRefused(arguments: [String]) throws {
        let folder = try Self.workspace()
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("gdelt2-events.CSV").path, toPath: folder.appendingPathComponent("victim.CSV").path)
        #expect(try CLI.run(["events", "icews", "icews-events.2022.tab", "-o", "icews.json"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("victim.CSV"))
        let icews = try Data(contentsOf: folder.appendingPathComponent("icews.json"))
        let r = try CLI.run(arguments, in: folder)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("victim.CSV")) == before)
        #expect(try Data(contentsOf: folder.appendingPathComponent("icews.json")) == icews)
    }

    @Test(arguments: [["events", "gdelt", "gdelt2-events.CSV", "-o", "dev.json"], ["merge", "base.json", "base2.json", "-o", "dev.json"],
                      ["timeline", "russia", "kazakhstan", "--graph", "base.json", "--figure", "dev.svg"]])
    func r12DevicesAndFIFOsAreNotReplaced(arguments: [String]) throws {
        let folder = try Self.workspace()
        #expect(try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "-o", "base2.json", "--window", "month", "--evidence", "3"], in: folder).status == 0)
        #expect(mkfifo(folder.appendingPathComponent("dev.json").path, 0o600) == 0)
        #expect(mkfifo(folder.appendingPathComponent("dev.svg").path, 0o600) == 0)
        let r = try CLI.run(arguments, in: folder)
        #expect(r.status != 0)
        var info = stat()
        #expect(lstat(folder.appendingPathComponent(arguments.last!).path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func r13UnreadableInputsExitOne() throws {
        let folder = try Self.workspace(base: false)
        let missing = try CLI.run(["events", "gdelt", "nonexist.CSV", "gdelt2-events.CSV", "-o", "f.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nonexist.CSV: cannot read: no such file; nothing written (--skip-unreadable builds from the rest)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("f.json").path))
        let skipping = try CLI.run(["events", "gdelt", "nonexist.CSV", "gdelt2-events.CSV", "-o", "f.json", "--skip-unreadable"], in: folder)
        #expect(skipping.status == 0, "\(skipping.stderr)")
        #expect(skipping.stderr.contains("nonexist.CSV: cannot open: no such file"))
        let mentions = try CLI.run(["events", "gdelt-mentions", "nonexist.CSV", "--events", "gdelt2-events.CSV", "-o", "gm.json"], in: folder)
        #expect(mentions.status == 1)
        try "garbage\n".write(to: folder.appendingPathComponent("g.txt"), atomically: true, encoding: .utf8)
        let garbage = try CLI.run(["events", "gdelt-mentions", "g.txt", "--events", "gdelt2-events.CSV", "-o", "gm.json"], in: folder)
        #expect(garbage.status == 1, "\(garbage.stderr)")
        #expect(garbage.stderr.contains("the --events files: 108 rows, 0 refused"))
        #expect(garbage.stderr.contains("geograph: error: no row could be read"))
    }

    // MARK: Wrong answers

    @Test(arguments: [["gdelt2-events.CSV", "gdelt2-events.CSV"], ["gdelt2-events.CSV", "./gdelt2-events.CSV"], ["gdelt2-events.CSV", "copies"]])
    func r9AnEventInputGivenTwiceIsRefused(inputs: [String]) throws {
        let folder = try Self.workspace(base: false)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("copies"), withIntermediateDirectories: true)
        #expect(link(folder.appendingPathComponent("gdelt2-events.CSV").path, folder.appendingPathComponent("copies/hard.CSV").path) == 0)
        let r = try CLI.run(["events", "gdelt"] + inputs + ["-o", "dup.json"], in: folder)
        #expect(r.status == 64)
        #expect(r.stderr.contains("is the same file as 'gdelt2-events.CSV'; give each input once"))
    }

    @Test func r9MergingAGraphWithItselfOrACopyIsRefused() throws {
        let folder = try Self.workspace()
        let same = try CLI.run(["merge", "base.json", "./base.json", "-o", "mm.json"], in: folder)
        #expect(same.status == 64)
        #expect(same.stderr.contains("'./base.json' is the same file as 'base.json'; give each graph once"))
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("base.json").path, toPath: folder.appendingPathComponent("copy.json").path)
        let copy = try CLI.run(["merge", "base.json", "copy.json", "-o", "mm.json"], in: folder)
        #expect(copy.status == 1)
        #expect(copy.stderr.contains("'copy.json' holds the same graph as 'base.json'"))
    }

    @Test func r9IdenticalZipEntriesAreReadOnce() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            import zipfile
            data=open('gdelt2-events.CSV','rb').read()
            with zipfile.ZipFile('two.zip','w',zipfile.ZIP_DEFLATED) as z:
              z.writestr('a.CSV', data); z.writestr('b.CSV', data)
            """, in: folder)
        let r = try CLI.run(["events", "gdelt", "two.zip", "-o", "t.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("read 108 rows"))
        #expect(r.stderr.contains("two.zip!b.CSV: the same bytes as a.CSV; read once"))
    }

    @Test func r10WindowsOfDifferentSizesDoNotMix() throws {
        let folder = try Self.workspace()
        #expect(try CLI.run(["events", "gdelt", "gdelt2-events.CSV", "--window", "year", "-o", "y.json"], in: folder).status == 0)
        let merge = try CLI.run(["merge", "base.json", "y.json", "-o", "my.json"], in: folder)
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("'base.json' counts events per month but 'y.json' per year; build them with one --window"))
        try Self.python("""
            import json; g=json.load(open('base.json')); g['ties'][0]['windows'].append({'window':'2021','events':1,'intensity':0.5})
            json.dump(g,open('mixed.json','w'))
            """, in: folder)
        let mixed = try CLI.run(["info", "--graph", "mixed.json"], in: folder)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("this graph counts events per month, so '2021' does not fit"))
    }

    @Test func r11ExploreHonoursSourceAndTheWindowsDates() throws {
        let folder = try Self.workspace()
        let text = try CLI.run(["explore", "--graph", "base.json", "--source", "text", "--no-corpus", "-o", "s1.html"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.contains("0 ties"))
        #expect(try Self.text(folder, "s1.html").contains("text evidence only"))
        let since = try CLI.run(["explore", "--graph", "base.json", "--since", "2023-04", "--no-corpus", "-o", "s4.html"], in: folder)
        let centrality = try CLI.run(["centrality", "--graph", "base.json", "--since", "2023-04"], in: folder)
        #expect(since.status == 0 && centrality.status == 0)
        // The page keeps the ties whose windows fall in the dates, as the queries do.
        #expect(try Self.text(folder, "s4.html").contains("china") && centrality.stdout.contains("china"))
    }

    // MARK: Resource bounds

    @Test func r7ZipBombAndOverlappingEntriesAreRefusedQuickly() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            import zipfile
            with zipfile.ZipFile('bomb.zip','w',zipfile.ZIP_DEFLATED,compresslevel=9) as z:
              with z.open('b.CSV','w') as f:
                for i in range(64): f.write(b'\\n'*(1<<20))
            """, in: folder)
        let start = Date()
        let r = try CLI.run(["events", "gdelt", "bomb.zip", "-o", "b.json"], in: folder)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bomb.zip!b.CSV: expands more than 100 times its stored size, as a zip bomb does (--max-zip-ratio lifts it)"))
        let budget = try CLI.run(["events", "gdelt", "bomb.zip", "-o", "b.json", "--max-zip-ratio", "100000", "--max-zip-bytes", "1000000"], in: folder)
        #expect(budget.stderr.contains("bomb.zip!b.CSV: expands past 1000000 bytes, the budget of one archive (--max-zip-bytes lifts it)"))
    }

    @Test func r8OverlongActorCodesAreBadRecordsAndKeepNoText() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            r=['']*61; r[1]='20230101'; r[26]='042'; r[60]='u'
            with open('long.CSV','w') as f:
              for i in range(20): r[0]=str(i+1); r[5]='A'*100000+str(i); f.write('\\t'.join(r)+'\\n')
            """, in: folder)
        let r = try CLI.run(["events", "gdelt", "long.CSV", "-o", "u.json", "--unmapped", "u.tsv"], in: folder)
        #expect(r.stderr.contains("refused 20: bad record"))
        #expect(r.stderr.contains("long.CSV:1: an actor code is longer than 64 bytes"))
    }

    @Test func r8GDELTUnmappedListIsBoundedToo() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            r=['']*61; r[1]='20230101'; r[26]='042'; r[60]='u'
            with open('many.CSV','w') as f:
              for i in range(70000): r[0]=str(i+1); r[5]='ZZ%06d' % i; f.write('\\t'.join(r)+'\\n')
            """, in: folder)
        _ = try CLI.run(["events", "gdelt", "many.CSV", "-o", "m.json", "--unmapped", "m.tsv"], in: folder)
        let tsv = try Self.text(folder, "m.tsv")
        let listed = tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.count - 1
        #expect(listed == 65_536)
        #expect(tsv.contains("# 4464 more rows named codes not listed"))
    }

    // MARK: Terminal and spreadsheet injection

    @Test func r14ControlCharactersInEventDataAreShownNotSent() throws {
        let folder = try Self.workspace(base: false)
        try "{\"id\":\"x\",\"event\":\"\\u001b]0;pwned\\u0007\",\"date\":\"2025-01-01\"}\n{\"id\":\"y\",\"event\":\"CONSULT\",\"date\":\"\\u001b[31m2025\\r\\n\"}\n"
            .write(to: folder.appendingPathComponent("esc.jsonl"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["events", "plover", "esc.jsonl", "-o", "e.json"], in: folder)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(!r.stderr.contains("\u{07}"))
        #expect(r.stderr.contains("\\u{1B}"))
    }

    @Test func r15UnmappedTSVNeutralisesFormulasAndControls() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            r=['']*61; r[0]='1'; r[1]='20230101'; r[26]='042'; r[5]='=HYPERLINK(1)'; r[15]='@SUM(1+1)\\x00\\x1b[31m'; r[60]='u'
            open('f.CSV','w').write('\\t'.join(r)+'\\n')
            """, in: folder)
        let r = try CLI.run(["events", "gdelt", "f.CSV", "-o", "f.json", "--unmapped", "f.tsv"], in: folder)
        #expect(r.status == 0 || r.status == 1)
        let tsv = try Self.text(folder, "f.tsv")
        #expect(tsv.contains("'=HYPERLINK(1)\t"))
        #expect(tsv.contains("'@SUM(1+1)\\u{0}\\u{1B}[31m\t"))
        #expect(!tsv.contains("\u{1B}") && !tsv.contains("\u{0}"))
    }

    // MARK: CLI oddities

    @Test func r20TimelineAndShiftsRefuseWhatTheyCannotAnswer() throws {
        let folder = try Self.workspace()
        let json = try CLI.run(["timeline", "russia", "kazakhstan", "--graph", "base.json", "--format", "json"], in: folder)
        #expect(json.status == 64)
        #expect(!(try CLI.run(["timeline", "--help"], in: folder).stdout.contains("json)")))
        #expect(try CLI.run(["timeline", "--help"], in: folder).stdout.contains("(values: table, csv"))
        let same = try CLI.run(["timeline", "russia", "Russia", "--graph", "base.json"], in: folder)
        #expect(same.status == 64)
        #expect(same.stderr.contains("are the same actor (russia)"))
        let badDate = try CLI.run(["shifts", "--graph", "base.json", "--from", "2023-02-30", "--to", "2023-03"], in: folder)
        #expect(badDate.status == 64)
        let samePeriod = try CLI.run(["shifts", "--graph", "base.json", "--from", "2023-01", "--to", "2023-01"], in: folder)
        #expect(samePeriod.status == 64)
        #expect(samePeriod.stderr.contains("--from and --to are the same period"))
        let empty = try CLI.run(["shifts", "--graph", "base.json", "--from", "1990-01", "--to", "1991-01"], in: folder)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("no pair has ties in either period"))
    }
}

extension CLIReviewTwoTests {
    @Test func r19AByteOrderMarkOpensNoEventId() throws {
        let folder = try Self.workspace(base: false)
        let plain = try Data(contentsOf: folder.appendingPathComponent("gdelt2-events.CSV"))
        try (Data([0xEF, 0xBB, 0xBF]) + plain).write(to: folder.appendingPathComponent("bom.CSV"))
        let events = try CLI.run(["events", "gdelt", "bom.CSV", "-o", "b.json"], in: folder)
        #expect(events.status == 0, "\(events.stderr)")
        #expect(try !Self.text(folder, "b.json").contains("\u{FEFF}"))
        let mentions = try CLI.run(["events", "gdelt-mentions", "gdelt2-mentions.CSV", "--events", "bom.CSV", "-o", "m.json"], in: folder)
        let reference = try CLI.run(["events", "gdelt-mentions", "gdelt2-mentions.CSV", "--events", "gdelt2-events.CSV", "-o", "m2.json"], in: folder)
        #expect(mentions.status == 0 && reference.status == 0)
        #expect(!mentions.stderr.contains("GLOBALEVENTID is not a number"))
        #expect(mentions.stderr.split(separator: "\n").first == reference.stderr.split(separator: "\n").first)
    }
}

extension CLIReviewTwoTests {
    @Test func r20ABzip2EntryIsAnUnsupportedMethodNotDamage() throws {
        let folder = try Self.workspace(base: false)
        try Self.python("""
            import zipfile
            with zipfile.ZipFile('bz.zip','w',zipfile.ZIP_BZIP2) as z: z.write('gdelt2-events.CSV')
            """, in: folder)
        let r = try CLI.run(["events", "gdelt", "bz.zip", "-o", "b.json"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bz.zip!gdelt2-events.CSV: unsupported compression method (only stored and deflate are read)"))
        #expect(!r.stderr.contains("damaged"))
    }

    @Test func r22MergeOfManyGraphsSaysHowFarItIs() throws {
        let folder = try Self.workspace()
        // 51 graphs that differ in their title only (identical bytes would be refused, R9).
        try Self.python("""
            import json; g=json.load(open('base.json'))
            for i in range(51): g['title']='copy %d'%i; json.dump(g,open('g%d.json'%i,'w'))
            """, in: folder)
        let names = (0..<51).map { "g\($0).json" }
        let r = try CLI.run(["merge"] + names + ["-o", "all.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("geograph: merge: read 50 of 51 graphs"))
    }
}

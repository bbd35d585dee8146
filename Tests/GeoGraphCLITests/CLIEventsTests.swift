import Foundation
import Testing

/// `geograph events`, `merge`, `timeline`, `shifts` and `--source`, end to end against the binary.
@Suite struct CLIEventsTests {
    static func fixture(_ name: String) -> String { "Tests/GeoGraphEventsTests/Fixtures/\(name)" }

    /// Builds the event graph of the GDELT fixture into a fresh folder.
    static func eventGraph() throws -> (folder: URL, graph: String) {
        let folder = try CLI.temporaryFolder()
        let graph = folder.appendingPathComponent("events.json").path
        let r = try CLI.run(["events", "gdelt", fixture("gdelt2-events.CSV"), "-o", graph, "--evidence", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        return (folder, graph)
    }

    @Test func eventsWritesTheGraphTheUnmappedCodesAndASummary() throws {
        let folder = try CLI.temporaryFolder()
        let unmapped = folder.appendingPathComponent("unmapped.tsv").path
        let r = try CLI.run(["events", "gdelt", Self.fixture("gdelt2-events.CSV"), "-o", folder.appendingPathComponent("g.yaml").path,
                             "--unmapped", unmapped])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("geograph: read 108 rows from 1 files: 96 tied, 0 refused, 12 set aside"))
        let tsv = try String(contentsOfFile: unmapped, encoding: .utf8)
        #expect(tsv.hasPrefix("code\treason\trows\n"))
        #expect(tsv.contains("RUSBUS\tsector does not speak for the state\t"))
        let yaml = try String(contentsOfFile: folder.appendingPathComponent("g.yaml").path, encoding: .utf8)
        #expect(yaml.contains("    windows:\n      - {window: \"2023-01\", events: "))
    }

    @Test func badRowsAreListedAndOnlyNothingReadFails() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("g.json").path
        let some = try CLI.run(["events", "gdelt", Self.fixture("gdelt2-bad.CSV"), "-o", out, "--max-line-bytes", "400"])
        #expect(some.status == 0)
        #expect(some.stderr.contains("gdelt2-bad.CSV:2: SQLDATE '2023-13-45' is not a date YYYYMMDD"))
        #expect(some.stderr.contains("gdelt2-bad.CSV:4: line longer than 400 bytes"))
        let none = try CLI.run(["events", "gdelt", Self.fixture("gdelt2-truncated.CSV.zip"), "-o", out])
        #expect(none.status == 1)
        #expect(none.stderr.contains("gdelt2-truncated.CSV.zip: not a readable zip archive"))
        #expect(none.stderr.hasSuffix("geograph: error: no row could be read from \(Self.fixture("gdelt2-truncated.CSV.zip"))\n"))
        let usage = try CLI.run(["events", "gdelt-mentions", Self.fixture("gdelt2-mentions.CSV"), "-o", out])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("gdelt-mentions needs --events FILE"))
    }

    @Test func timelineOfRussiaAndKazakhstanPrintsTheSeries() throws {
        let (folder, graph) = try Self.eventGraph()
        let svg = folder.appendingPathComponent("ru-kz.svg").path
        let r = try CLI.run(["timeline", "Russia", "Kazakhstan", "--graph", graph, "--figure", svg])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("window   tie") == true)
        #expect(lines.contains { $0.hasPrefix("2023-04  russia -> kazakhstan security -") && $0.contains("threaten") })
        #expect(lines.contains { $0.hasPrefix("2023-01  russia -> kazakhstan security +") && $0.contains("cooperate") })
        #expect(lines.last == "6 ties over 6 windows")
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(chart.hasPrefix("<svg") && chart.contains("russia -&gt; kazakhstan security tension"))
        let csv = try CLI.run(["timeline", "Russia", "Kazakhstan", "--graph", graph, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("window,source,target,layer,polarity,events,mean_intensity,sentences,weight,types\n2023-01,"))
    }

    @Test func shiftsNamesTheDyadThatFlippedWithItsEvents() throws {
        let (_, graph) = try Self.eventGraph()
        let r = try CLI.run(["shifts", "--graph", graph, "--from", "2023-Q1", "--to", "2023-Q2", "--top", "3"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2023-Q1 (2023-01-01 to 2023-03-31) -> 2023-Q2 (2023-04-01 to 2023-06-30)")
        #expect(lines[3].hasPrefix("kazakhstan - russia") && lines[3].contains("flipped") && lines[3].contains("threaten"))
        #expect(lines.contains { $0.hasPrefix("kazakhstan - russia: 2023-04-") && $0.contains("threaten event ") })
        let bad = try CLI.run(["shifts", "--graph", graph, "--from", "2023-Q5", "--to", "2023-Q2"])
        #expect(bad.status == 64)
    }

    @Test func mergeJoinsTextAndEventsAndViewsSelectBySource() throws {
        let (folder, events) = try Self.eventGraph()
        let merged = folder.appendingPathComponent("merged.json").path
        let m = try CLI.run(["merge", "Graphs/central-asia.yaml", events, "-o", merged])
        #expect(m.status == 0, "\(m.stderr)")
        let path = ["path", "Russia", "Kazakhstan", "--format", "json"]
        let all = try CLI.run(path + ["--graph", merged])
        let text = try CLI.run(path + ["--graph", merged, "--source", "text"])
        let reference = try CLI.run(path + ["--graph", "Graphs/central-asia.yaml"])
        #expect(all.status == 0 && text.status == 0, "\(all.stderr)\(text.stderr)")
        // The text view of the merge is the document graph: its weights are recovered from the merged
        // ones (`1 − (1 − w)/(1 − e)`), equal to within rounding.
        #expect(Self.sameJSON(text.stdout, reference.stdout))
        #expect(all.stdout != text.stdout)
        let onlyEvents = try CLI.run(["path", "Russia", "Kazakhstan", "--graph", merged, "--source", "events", "--since", "2023-04"])
        #expect(onlyEvents.status == 0, "\(onlyEvents.stderr)")
        let balance = try CLI.run(["balance", "--graph", merged, "--diff", "--split", "2023-04-01"])
        #expect(balance.status == 0, "\(balance.stderr)")
    }

    /// Whether two JSON texts hold the same values, numbers equal to within 1e-12.
    static func sameJSON(_ a: String, _ b: String) -> Bool {
        func same(_ x: Any, _ y: Any) -> Bool {
            switch (x, y) {
            case let (x as [String: Any], y as [String: Any]): return x.keys.sorted() == y.keys.sorted() && x.allSatisfy { same($0.value, y[$0.key]!) }
            case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy(same)
            case let (x as NSNumber, y as NSNumber): return abs(x.doubleValue - y.doubleValue) <= 1e-12
            case let (x as String, y as String): return x == y
            default: return x is NSNull && y is NSNull
            }
        }
        guard let x = try? JSONSerialization.jsonObject(with: Data(a.utf8)), let y = try? JSONSerialization.jsonObject(with: Data(b.utf8)) else { return false }
        return same(x, y)
    }
}

import Foundation
import GeoGraph
import Testing
@testable import GeoGraphEvents

/// The streaming readers on the fixtures (Scripts/gen_event_fixtures.py says what the rows tell).
@Suite struct EventReaderTests {
    @Test func gdeltEventsBecomeTiesPerLayerAndPolarityWithMonthlyWindows() throws {
        let result = EventFixtures.read(.gdelt, ["gdelt2-events.CSV"])
        let g = result.graph
        let threat = try #require(g.tie("russia", "kazakhstan", .security, .tension))
        #expect(threat.windows.map(\.window) == ["2023-04", "2023-05", "2023-06"])
        #expect(threat.windows.allSatisfy { $0.types.keys.sorted() == ["threaten"] })
        #expect(threat.reports == threat.windows.reduce(0) { $0 + $1.events })
        let cooperation = try #require(g.tie("russia", "kazakhstan", .security, .cooperation))
        #expect(cooperation.windows.allSatisfy { $0.window <= "2023-03" })
        #expect(g.tie("china", "kazakhstan", .economic, .cooperation) != nil)
        #expect(g.tie("nato", "russia", .diplomatic, .tension) != nil)
        // The report accounts for every row.
        let r = result.report
        #expect(r.rows == 108)
        #expect(r.tied + r.refused + r.skipped.values.reduce(0, +) == r.rows)
        #expect(r.unmapped["RUSBUS"]?.reason == .sector)
        #expect(r.unmapped["XYZGOV"]?.reason == .unknownCountry)
        #expect((r.skipped[.statement] ?? 0) > 0)
    }

    @Test func evidenceIsCappedToTheFirstByDateThenIdAndTheCountKept() throws {
        let full = try #require(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"]).graph.tie("china", "kazakhstan", .economic, .cooperation))
        let capped = try #require(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"], evidence: 2).graph.tie("china", "kazakhstan", .economic, .cooperation))
        #expect(capped.evidence.count == 2)
        #expect(capped.reports == full.reports)
        #expect(capped.windows == full.windows)
        #expect(capped.weight == full.weight)
        #expect(capped.evidence == Array(full.evidence.sorted().prefix(2)))
        let first = try #require(capped.evidence.first)
        #expect(first.eventID != nil && first.url?.hasPrefix("https://news.example.org/") == true && first.eventType != nil)
    }

    @Test func aZipReadsAsItsEntryAndATruncatedZipIsReported() throws {
        let plain = EventFixtures.read(.gdelt, ["gdelt2-events.CSV"]).graph
        let zipped = EventFixtures.read(.gdelt, ["gdelt2-events.CSV.zip"]).graph
        #expect(plain.ties.map(\.weight) == zipped.ties.map(\.weight))
        #expect(plain.ties.map(\.windows) == zipped.ties.map(\.windows))
        let broken = EventFixtures.read(.gdelt, ["gdelt2-truncated.CSV.zip", "gdelt2-events.CSV"])
        #expect(broken.report.problems[.file] == 1)
        #expect(broken.report.examples.first?.contains("gdelt2-truncated.CSV.zip: not a readable zip archive") == true)
        #expect(broken.graph.ties.count == plain.ties.count)
    }

    @Test func badRowsAreCountedWithFileAndLineAndTheRestIsRead() {
        let r = EventFixtures.read(.gdelt, ["gdelt2-bad.CSV"], maxLine: 400).report
        #expect(r.problems[.columns] == 1)
        #expect(r.problems[.date] == 1)
        #expect(r.problems[.code] == 1)
        #expect(r.problems[.tooLong] == 1)
        #expect(r.tied == 1)
        #expect(r.readAnything)
        let path = EventFixtures.path("gdelt2-bad.CSV")
        #expect(r.examples == [
            "\(path):1: 40 columns; GDELT events have 57 or 58 (1.0) or 61 (2.0)",
            "\(path):2: SQLDATE '2023-13-45' is not a date YYYYMMDD",
            "\(path):3: EventCode '9Z9' is not a CAMEO code the mapping lists",
            "\(path):4: line longer than 400 bytes; skipped to its end",
        ])
    }

    @Test func realGDELT1RowsOfBothWidthsAreRead() {
        let r = EventFixtures.read(.gdelt, ["gdelt1-real.CSV"]).report
        #expect(r.rows == 4)
        #expect(r.refused == 0)
        #expect(r.unmapped["MNCUSA"]?.reason == .sector)  // Exxon is not the United States
    }

    @Test func mentionsPointAtSentencesAndOffsets() throws {
        let g = EventFixtures.read(.gdeltMentions, ["gdelt2-mentions.CSV"], mentionEvents: ["gdelt2-events.CSV"]).graph
        let evidence = g.ties.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        #expect(evidence.allSatisfy { $0.sentence >= 1 && $0.url?.contains("/mention/") == true })
        #expect(evidence.contains { $0.span.lowerBound > 0 })
    }

    /// The `--events` rows held for the mentions are capped: past the cap events are counted, not kept,
    /// their mentions set aside, and the report says where it cut off; a cap above the count changes nothing.
    @Test(arguments: [1, 3, 10])
    func r21MentionEventsAreCappedAndTheCutOffSaid(cap: Int) throws {
        func read(_ cap: Int) -> EventReader.Result {
            var options = EventReader.Options(format: .gdeltMentions)
            options.mentionEvents = [EventFixtures.path("gdelt2-events.CSV")]
            options.maxMentionEvents = cap
            return EventReader(mapping: EventFixtures.mapping, actors: EventFixtures.actors, options: options)
                .read([EventFixtures.path("gdelt2-mentions.CSV")])
        }
        let all = read(EventReader.defaultMaxMentionEvents).report, capped = read(cap).report
        #expect(all.mentionEventsNotKept == 0 && all.mentionEventsKept > 10)
        #expect(capped.mentionEventsKept == cap)
        #expect(capped.mentionEventsNotKept == all.mentionEventsKept - cap)
        #expect(capped.tied < all.tied && capped.tied > 0)
        #expect(capped.tied + (capped.skipped[.unknownEvent] ?? 0) == all.tied + (all.skipped[.unknownEvent] ?? 0),
                "every mention of an event not kept is set aside, none lost")
        #expect(capped.summary().contains { $0.contains("kept the first \(cap) events, the cap (--max-events \(cap))") })
        #expect(!all.summary().contains { $0.contains("--max-events") })
    }

    @Test func icewsMapsNamesSectorsAndCountries() throws {
        let result = EventFixtures.read(.icews, ["icews-events.2022.tab"])
        let g = result.graph
        #expect(g.tie("russia", "kazakhstan", .diplomatic, .cooperation) != nil)  // Government (Russia), Vladimir Putin
        #expect(g.tie("kazakhstan", "sco", .diplomatic, .cooperation) != nil)      // an organisation by name
        #expect(g.tie("russia", "kazakhstan", .diplomatic, .tension) != nil)       // criticism from September on
        #expect(result.report.unmapped["Business (Kazakhstan)"]?.reason == .sector)
        let e = try #require(g.tie("russia", "kazakhstan", .diplomatic, .cooperation)?.evidence.first)
        #expect(e.sentence >= 1 && e.eventID != nil && e.date?.hasPrefix("2022-") == true)
    }

    @Test func polecatAndPloverReadTheirPloverCodes() throws {
        let polecat = EventFixtures.read(.polecat, ["polecat-2024.tsv"])
        #expect(polecat.report.refused == 0)
        #expect(polecat.graph.ties.contains { $0.layer == .security && $0.polarity == .tension })
        #expect(polecat.report.unmapped["Halyk Bank"]?.reason == .sector)
        let plover = EventFixtures.read(.plover, ["plover-2025.jsonl"])
        #expect(plover.report.rows == 40 && plover.report.tied == 40)
        #expect(plover.graph.tie("russia", "kazakhstan", .security, .tension) != nil)
    }

    @Test func aBrokenHeaderSkipsTheFile() throws {
        let path = try EventFixtures.temporary("id\tdate\n1\t2\n", name: "events.tab")
        var options = EventReader.Options(format: .icews)
        options.evidence = 1
        let r = EventReader(mapping: EventFixtures.mapping, actors: EventFixtures.actors, options: options).read([path]).report
        #expect(!r.readAnything)
        #expect(r.examples.first?.contains(":1: expected the ICEWS header") == true)
    }

    @Test func theSameInputGivesTheSameBytes() {
        let a = GraphFileWriter.json(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"], evidence: 3).graph)
        let b = GraphFileWriter.json(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"], evidence: 3).graph)
        #expect(a == b)
    }

    @Test func quarterWindowsSumTheirMonths() throws {
        let months = try #require(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"]).graph.tie("china", "kazakhstan", .economic, .cooperation))
        let quarters = try #require(EventFixtures.read(.gdelt, ["gdelt2-events.CSV"], window: .quarter).graph.tie("china", "kazakhstan", .economic, .cooperation))
        #expect(quarters.windows.map(\.window) == ["2023-Q1", "2023-Q2"])
        #expect(quarters.windows[0].events == months.windows.filter { $0.window <= "2023-03" }.reduce(0) { $0 + $1.events })
    }
}

/// Cutting streams into lines and lines into columns.
@Suite struct LineSplitterTests {
    func lines(_ text: String, limit: Int, chunk: Int) -> (lines: [String], numbers: [Int], overlong: [Int]) {
        var splitter = LineSplitter(maxLineBytes: limit)
        defer { splitter.deallocate() }
        var lines: [String] = [], numbers: [Int] = [], overlong: [Int] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let piece = Array(bytes[i..<min(bytes.count, i + chunk)])
            piece.withUnsafeBytes { splitter.feed($0, line: { lines.append(String(decoding: $0, as: UTF8.self)); numbers.append($1) }, overlong: { overlong.append($0) }) }
            i += chunk
        }
        splitter.finish(line: { lines.append(String(decoding: $0, as: UTF8.self)); numbers.append($1) }, overlong: { overlong.append($0) })
        return (lines, numbers, overlong)
    }

    @Test(arguments: [1, 3, 64])
    func linesPastTheLimitAreSkippedAndNumbered(chunk: Int) {
        let r = lines("short\r\n" + String(repeating: "x", count: 40) + "\nafter\nlast", limit: 10, chunk: chunk)
        #expect(r.lines == ["short", "after", "last"])
        #expect(r.numbers == [1, 3, 4])
        #expect(r.overlong == [2])
    }

    /// A mapped file gives the lines, numbers and overlong lines that the same bytes fed in chunks give,
    /// with windows of a few pages so that lines cross windows and a too-long line spans several.
    @Test(arguments: [(10, true), (100, false), (5000, true)])
    func mappedFilesSplitAsStreamsDo(limit: Int, trailingNewline: Bool) throws {
        var text = ""
        for i in 0..<900 { text += String(repeating: "r", count: (i * 37) % 90) + (i % 7 == 0 ? "\r\n" : "\n") }
        text += String(repeating: "x", count: 30_000) + "\nafter\n" + String(repeating: "y", count: 9_000) + "\nlast"
        if trailingNewline { text += "\n" }
        let path = try EventFixtures.temporary(text, name: "lines.txt")
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var splitter = LineSplitter(maxLineBytes: limit)
        defer { splitter.deallocate() }
        var lines: [String] = [], numbers: [Int] = [], overlong: [Int] = []
        let status = splitter.map(descriptor: descriptor, size: Array(text.utf8).count, window: 4096,
                                  line: { lines.append(String(decoding: $0, as: UTF8.self)); numbers.append($1) }, overlong: { overlong.append($0) })
        #expect(status == 0)
        let streamed = self.lines(text, limit: limit, chunk: 4096)
        #expect(lines == streamed.lines)
        #expect(numbers == streamed.numbers)
        #expect(overlong == streamed.overlong)
        #expect(overlong.count >= 1 && lines.last == "last")
    }

    /// The readers' hash table gives what a dictionary gives, across its growth, for close keys (tie
    /// keys differ in a few bits) and spread ones.
    @Test(arguments: [(5000, UInt64(1)), (100_000, 1 << 8), (3000, 0x9E37_79B9_7F4A_7C15)])
    func slotTableAgreesWithADictionary(count: Int, stride: UInt64) {
        var table = SlotTable(), reference: [UInt64: Int32] = [:]
        for i in 0..<count {
            let key = UInt64(i) &* stride
            let slot = table.slot(key, orInsert: Int32(reference.count))
            if reference[key] == nil { reference[key] = slot }
            #expect(slot == reference[key])
        }
        #expect(table.count == reference.count)
        #expect(reference.allSatisfy { table.slot($0.key) == $0.value })
        #expect(table.slot(UInt64(count) &* stride &+ 7) == nil)
    }

    @Test func tabsAreFoundAcrossEightByteWords() {
        var fields = TabFields()
        let line = "a\tbb\t\tccccccccccc\td\t" + String(repeating: "e", count: 9) + "\tf"
        // The fields point into the line: read them while it is alive.
        Array(line.utf8).withUnsafeBufferPointer { bytes in
            fields.split(bytes)
            #expect(fields.count == 7)
            #expect((0..<7).map { fields.string($0) } == ["a", "bb", "", "ccccccccccc", "d", "eeeeeeeee", "f"])
            #expect(String(decoding: fields.last, as: UTF8.self) == "f")
            fields.split(bytes, columns: 2)  // the first two and the last; the rest counted only
            #expect(fields.count == 7 && fields.string(1) == "bb" && fields.string(3) == "" && fields.string(6) == "f")
        }
    }

    @Test(arguments: [("20230229", nil), ("20240229", 20240229), ("2023-05-01", 20230501), ("2023-5-01", nil), ("1700-01-01", nil)] as [(String, Int32?)])
    func datesAreCheckedDayByDay(_ text: String, _ expected: Int32?) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { FieldParse.date($0) } == expected)
    }
}

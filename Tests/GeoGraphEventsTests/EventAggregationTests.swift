import Foundation
import GeoGraph
import Testing
@testable import GeoGraphEvents

/// The aggregation's flat tables and the event graph written straight to a file: the same ties and
/// bytes as the graph built in memory, whatever the order of the rows.
@Suite struct EventAggregationTests {
    static func reader(_ format: EventFormat, evidence: Int, window: WindowSize = .month, mentionEvents: [String] = []) -> EventReader {
        var options = EventReader.Options(format: format)
        options.evidence = evidence
        options.window = window
        options.mentionEvents = mentionEvents.map(EventFixtures.path)
        return EventReader(mapping: EventFixtures.mapping, actors: EventFixtures.actors, options: options)
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-aggregation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    @Test(arguments: [
        (EventFormat.gdelt, ["gdelt2-events.CSV", "gdelt1-real.CSV"], 5, WindowSize.month),
        (.gdelt, ["gdelt2-events.CSV.zip"], 1, .quarter),
        (.gdeltMentions, ["gdelt2-mentions.CSV"], 2, .month),
        (.icews, ["icews-events.2022.tab"], 3, .year),
        (.polecat, ["polecat-2024.tsv"], 5, .month),
        (.plover, ["plover-2025.jsonl"], 0, .month),
    ])
    func theStreamedGraphIsTheGraphBuiltInMemory(_ format: EventFormat, _ files: [String], _ evidence: Int, _ window: WindowSize) throws {
        let events = format == .gdeltMentions ? ["gdelt2-events.CSV"] : []
        let reader = Self.reader(format, evidence: evidence, window: window, mentionEvents: events)
        let inMemory = reader.read(files.map(EventFixtures.path))
        #expect(!inMemory.graph.ties.isEmpty)
        var aggregate = reader.aggregate(files.map(EventFixtures.path))
        #expect(aggregate.tieCount == inMemory.graph.ties.count && aggregate.actorCount == inMemory.graph.actors.count)
        let out = try Self.temporaryFolder() + "/events.json"
        try aggregate.writeJSON(to: out)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
        let expected = GraphFileWriter.jsonBytes(inMemory.graph)
        #expect(written == expected)
        if written != expected {
            try Data(expected).write(to: URL(fileURLWithPath: out + ".expected"))
            print("streamed \(out), in memory \(out).expected")
        }
        // And the file is one JSON document. (It is not read back as a graph here: its documents are
        // the fixtures' absolute paths, which the graph reader refuses.)
        #expect((try? JSONSerialization.jsonObject(with: Data(written))) != nil)
    }

    /// A GDELT 2.0 row (61 columns) between two states' governments, with a long URL.
    static func gdeltRow(id: Int, date: String, url: String) -> String {
        var c = [String](repeating: "", count: 61)
        c[0] = String(id); c[1] = date; c[5] = "RUSGOV"; c[7] = "RUS"; c[12] = "GOV"
        c[15] = "KAZGOV"; c[17] = "KAZ"; c[22] = "GOV"; c[26] = "042"; c[29] = "1"; c[30] = "1.9"; c[60] = url
        return c.joined(separator: "\t")
    }

    @Test(arguments: [1, 3])
    func evidenceKeepsTheFirstByDateThenIdWhenRowsComeLatestFirst(cap: Int) throws {
        // 12,000 rows, latest first: each row pushes the last kept one out, leaving its 200-byte URL
        // behind, so the byte store is compacted more than once on the way.
        let padding = String(repeating: "p", count: 180)
        var rows: [String] = []
        for i in stride(from: 12_000, to: 0, by: -1) {
            let day = 1 + i % 28, month = 1 + (i / 28) % 12
            let date = String(format: "2023%02d%02d", month, day)
            rows.append(Self.gdeltRow(id: 5_000_000 + i, date: date, url: "https://news.example.org/\(padding)/\(i)"))
        }
        let path = try Self.temporaryFolder() + "/latest-first.CSV"
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let graph = Self.reader(.gdelt, evidence: cap).read([path]).graph
        let tie = try #require(graph.tie("russia", "kazakhstan", .diplomatic, .cooperation))
        #expect(tie.reports == 12_000)
        // The first by date, then id: 2023-01-01 holds the ids i ≡ 0 mod 28 with (i / 28) % 12 == 0.
        let expected = (1...12_000).filter { 1 + $0 % 28 == 1 && 1 + ($0 / 28) % 12 == 1 }.map { "\(5_000_000 + $0)" }.sorted().prefix(cap)
        #expect(tie.evidence.compactMap(\.eventID) == Array(expected))
        #expect(tie.evidence.allSatisfy { $0.date == "2023-01-01" && $0.url == "https://news.example.org/\(padding)/\(Int($0.eventID!)! - 5_000_000)" })
    }

    @Test(arguments: [10, 5_000, 200_000])
    func theCounterTableAgreesWithADictionary(keys: Int) {
        var table = EventCounters(), reference: [UInt64: (events: UInt32, intensity: Double)] = [:]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<(keys * 3) {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let key = EventCounters.key(slot: Int(state % UInt64(keys)), window: Int(state >> 20 % 4), type: Int(state >> 40 % 3))
            let strength = Double(state % 11 + 1) / 11
            table.add(key, strength: strength)
            reference[key, default: (0, 0)].events += 1
            reference[key, default: (0, 0)].intensity += strength
        }
        #expect(table.count == reference.count)
        let drained = table.drain { ~$0 }  // reversed order: the order function is applied
        #expect(drained.map(\.key) == reference.keys.map { ~$0 }.sorted())
        #expect(drained.allSatisfy { reference[~$0.key]!.events == $0.events && reference[~$0.key]!.intensity == $0.intensity })
    }
}

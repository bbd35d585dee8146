import Foundation
import GeoGraph
@testable import GeoGraphEvents

/// The repository's data files and the event fixtures, found from this file's path.
enum EventFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { root.appendingPathComponent("Tests/GeoGraphEventsTests/Fixtures/\(name)").path }
    static func graphs(_ name: String) -> String { root.appendingPathComponent("Graphs/\(name)").path }

    static let gazetteer: Graph = { try! GraphFileReader.load(path: graphs("actors.yaml")) }()
    static let mapping: EventMapping = { try! EventMapping.load(path: graphs("event-types.yaml")) }()
    static let actors: EventActorMap = { try! EventActorMap.load(path: graphs("event-actors.yaml"), gazetteer: gazetteer) }()

    /// Reads fixtures (by name) in `format`.
    static func read(_ format: EventFormat, _ names: [String], evidence: Int = 20, window: WindowSize = .month, maxLine: Int = 1 << 20,
                     mentionEvents: [String] = []) -> EventReader.Result {
        var options = EventReader.Options(format: format)
        options.evidence = evidence
        options.window = window
        options.maxLineBytes = maxLine
        options.mentionEvents = mentionEvents.map(path)
        return EventReader(mapping: mapping, actors: actors, options: options).read(names.map(path))
    }

    /// A temporary file holding `text`.
    static func temporary(_ text: String, name: String = "rows.tsv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

extension Graph {
    /// The tie source → target on `layer` with `polarity`, if any.
    func tie(_ source: String, _ target: String, _ layer: Layer, _ polarity: Polarity) -> Tie? {
        ties.first { $0.source == source && $0.target == target && $0.layer == layer && $0.polarity == polarity }
    }
}

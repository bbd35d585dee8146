import Foundation
import Testing
@testable import GeoGraph

/// Findings R5 and R10 of the second hostile review, in the graph model and its reader.
@Suite struct ReviewTwoEventWindowTests {
    /// A graph file with one event tie holding `windows` (`label: events`).
    static func graph(_ windows: [(String, Int)], reports: Int = 1) -> String {
        let list = windows.map { "      - {window: '\($0.0)', events: \($0.1), intensity: 1}" }.joined(separator: "\n")
        return """
            schema: geograph/2
            actors:
              - {id: north, name: North, kind: state}
              - {id: south, name: South, kind: state}
            ties:
              - source: north
                target: south
                layer: diplomatic
                polarity: cooperation
                weight: 0.3
                reports: \(reports)
                windows:
            \(list)

            """
    }

    @Test(arguments: [(4_611_686_018_427_387_904, "events"), (Int.max, "events")])
    func r5WindowCountsAbove2To40AreRefused(events: Int, field: String) throws {
        let error = try #require(throws: GraphFileError.self) {
            try GraphFileReader.decode(Self.graph([("2023-01", events), ("2023-02", events)]), path: "big.yaml")
        }
        #expect(error.description.contains("'\(field)' must be a whole number from 1 to 1099511627776"))
    }

    @Test func r5ReportsAbove2To40AreRefused() throws {
        let error = try #require(throws: GraphFileError.self) {
            try GraphFileReader.decode(Self.graph([("2023-01", 1)], reports: 1 << 41), path: "big.yaml")
        }
        #expect(error.description.contains("'reports' must be a whole number from 0 to 1099511627776"))
    }

    @Test func r5MergingStopsAtTheMaximumInsteadOfOverflowing() {
        let top = EventWindow.maximumCount
        var window = EventWindow(window: "2023-01", events: top, intensity: Double(top), types: ["consult": top])
        for _ in 0..<3 { window.absorb(window) }
        #expect(window.events == top && window.types["consult"] == top && window.intensity <= Double(top))
        var a = EventTieTests.eventTie([window]), b = a
        a.reports = top
        b.reports = top
        a.merge(b)
        #expect(a.reports == top && a.windows[0].events == top)
        #expect(a.eventWeight.map(Tie.isValidWeight) == true)
    }

    @Test(arguments: [[("2023-01", 1), ("2023", 1)], [("2023-Q1", 1), ("2023-02", 1)]])
    func r10WindowsOfTwoSizesOnOneTieAreRefused(windows: [(String, Int)]) throws {
        let error = try #require(throws: GraphFileError.self) { try GraphFileReader.decode(Self.graph(windows), path: "mixed.yaml") }
        #expect(error.description.contains("so '\(windows[1].0)' does not fit; build the graphs with one --window"))
    }

    @Test func r10WindowSizeIsReadFromTheLabel() {
        #expect(WindowLabel.size(of: "2023-05") == .month && WindowLabel.size(of: "2023-Q2") == .quarter && WindowLabel.size(of: "2023") == .year)
        #expect(WindowLabel.size(of: "2023-13") == nil)
    }
}

import Foundation
import Testing

/// Paths, reach and centrality end to end on the reference graph.
@Suite struct CLIQueryTests {
    /// What a table prints under its view line.
    static func body(_ r: CLIResult) -> String {
        r.stdout.hasPrefix("View: ") ? String(r.stdout.drop { $0 != "\n" }.dropFirst()) : r.stdout
    }

    @Test func strongestPathsFromBeijingToBishkekShowEveryHopWithEvidence() throws {
        let r = try CLI.run(["path", "Beijing", "Bishkek", "--mode", "strongest", "--k", "3"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("View: all layers · cooperation ties (default"))
        #expect(Self.body(r).hasPrefix("1. china → kyrgyzstan"))
        #expect(r.stdout.contains("2. ") && r.stdout.contains("3. "))
        #expect(r.stdout.contains("003_e0b1ebef4c856bf8.txt#27"))
    }

    @Test func pathJSONListsStepsAndTies() throws {
        let r = try CLI.run(["path", "china", "kyrgyzstan", "--format", "json", "--mode", "fewest"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect((json.first?["nodes"] as? [String]) == ["china", "kyrgyzstan"])
        #expect(((json.first?["steps"] as? [[String: Any]])?.first?["ties"] as? [Any])?.isEmpty == false)
    }

    /// Nazarbayev is quoted in 004 but a party to no tie.
    @Test func noPathIsAnAnswerNotAnError() throws {
        let r = try CLI.run(["path", "nazarbayev", "russia"])
        #expect(r.status == 0)
        #expect(Self.body(r).hasPrefix("No path from Nursultan Nazarbayev to Russia"))
    }

    @Test func avoidAndViaChangeTheRoute() throws {
        let direct = try CLI.run(["path", "china", "kyrgyzstan", "--avoid", "kyrgyzstan"])
        #expect(direct.status == 0)
        #expect(Self.body(direct).hasPrefix("No path"))
        // Over every tie the border conflict is a hop; over cooperation (the default) the route goes round it.
        let via = try CLI.run(["path", "china", "kyrgyzstan", "--via", "tajikistan", "--polarity", "all"])
        #expect(Self.body(via).hasPrefix("china → tajikistan → kyrgyzstan"))
        let cooperating = try CLI.run(["path", "china", "kyrgyzstan", "--via", "tajikistan"])
        #expect(Self.body(cooperating).hasPrefix("china → tajikistan → russia → kyrgyzstan"))
    }

    @Test func maxHopsListsAllSimplePaths() throws {
        let r = try CLI.run(["path", "china", "kyrgyzstan", "--max-hops", "2", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let json = try #require(object["paths"] as? [[String: Any]])
        #expect(json.count >= 3)
        #expect(json.allSatisfy { ($0["hops"] as? Int ?? 9) <= 2 })
        #expect(object["truncated"] as? Bool == false)
        #expect(object["found"] as? Int == json.count)
    }

    @Test func reachAndReverseReach() throws {
        let forward = try CLI.run(["reach", "China", "--hops", "1", "--format", "csv"])
        #expect(forward.stdout.contains("tajikistan,1,china"))
        let backward = try CLI.run(["reach", "China", "--hops", "1", "--reverse", "--format", "csv"])
        #expect(backward.stdout.contains("kazakhstan,1,china"))
    }

    @Test func centralityCSVHasRankActorValue() throws {
        // Every tie, people as themselves: the library's all-ties view, as NetworkX reads the graph.
        let r = try CLI.run(["centrality", "--measure", "pagerank", "--top", "3", "--polarity", "all", "--no-roll-up", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "rank,actor,value")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("1,russia,"))
    }

    @Test func centralityByLayerHasOneColumnPerLayer() throws {
        let r = try CLI.run(["centrality", "--measure", "betweenness", "--by-layer", "--format", "csv", "--top", "5"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("actor,security,economic,diplomatic,all\n"))
        let table = try CLI.run(["centrality", "--measure", "betweenness", "--by-layer", "--top", "5"])
        #expect(table.stdout.contains("security") && table.stdout.contains("diplomatic"))
    }

    @Test func centralityTableBacksEachRankWithEvidence() throws {
        let r = try CLI.run(["centrality", "--measure", "in-degree", "--top", "3"])
        #expect(r.stdout.contains(".txt#"))
    }

    @Test func personalisedPageRankFavoursTheSeed() throws {
        let r = try CLI.run(["centrality", "--measure", "pagerank", "--seed", "Dushanbe", "--top", "1", "--format", "csv"])
        #expect(r.stdout.contains("1,tajikistan,"))
    }

    @Test(arguments: [["path", "china", "nowhere"], ["centrality", "--measure", "fame"], ["path", "a", "b", "--k", "0"],
                      ["reach", "china", "--hops", "0"], ["centrality", "--seed", "china", "--measure", "katz"]])
    func badQueryArgumentsExit64(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("geograph: error: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}

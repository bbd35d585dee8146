import Foundation
import Testing

/// The analyst's examples (issue 16): each question answered in one command, sign-aware defaults said
/// on screen, leaders rolled up, leans that agree with their tables, the two-camp split exact.
@Suite struct CLIAnalystTests {
    static func json(_ arguments: [String], environment: [String: String] = [:]) throws -> Any {
        let r = try CLI.run(arguments + ["--format", "json"], environment: environment)
        try #require(r.status == 0, "\(arguments): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    static func ends(_ ties: Any) -> Set<String> {
        Set((ties as? [[String: Any]] ?? []).map { "\($0["source"] ?? "")>\($0["target"] ?? "")" })
    }

    @Test func findRemittancesListsRussiasTiesToKyrgyzstanAndTajikistan() throws {
        let ties = try Self.json(["find", "remittances", "--no-corpus"])
        #expect(Self.ends(ties) == ["russia>kyrgyzstan", "russia>tajikistan"])
        let text = try CLI.run(["find", "remittances", "--no-corpus"])
        #expect(text.stdout.contains("cues only (--no-corpus)") && text.stdout.contains("001_afb074a3ccc66158.txt#"))
    }

    @Test(.enabled(if: CLI.corpus != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
    func findPrintsTheSentenceWithTheCorpus() throws {
        let r = try CLI.run(["find", "remittances"], environment: ["GEOGRAPH_CORPUS": try #require(CLI.corpus)])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Searched sentences of"))
        #expect(r.stdout.components(separatedBy: "\u{201C}").count == 3, "one quoted sentence per tie")
    }

    /// One sentence stating two ties, only one of them about grain; another sentence holding the word
    /// with a tie whose cue does not (our own text, not a corpus sentence).
    static func grainGraph() throws -> (graph: String, corpus: String) {
        let folder = try CLI.temporaryFolder()
        let first = "Kazakhstan buys grain from Russia, and France sells it trains.", second = "At a grain fair France met Russia."
        try (first + " " + second + "\n").write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let a = first.unicodeScalars.count, b = a + 1 + second.unicodeScalars.count
        let graph = """
            schema: geograph/2
            documents:
              - {file: a.txt, date: 2023-01}
            actors:
              - {id: kazakhstan, name: Kazakhstan, kind: state}
              - {id: russia, name: Russia, kind: state}
              - {id: france, name: France, kind: state}
            ties:
              - {source: russia, target: kazakhstan, layer: economic, polarity: cooperation, weight: 0.5, symmetric: false,
                 evidence: [{doc: a.txt, sentence: 0, span: [0, \(a)], cues: [buys grain], date: 2023-01}]}
              - {source: france, target: kazakhstan, layer: economic, polarity: cooperation, weight: 0.5, symmetric: false,
                 evidence: [{doc: a.txt, sentence: 0, span: [0, \(a)], cues: [sells it trains], date: 2023-01}]}
              - {source: france, target: russia, layer: diplomatic, polarity: cooperation, weight: 0.5, symmetric: true,
                 evidence: [{doc: a.txt, sentence: 1, span: [\(a + 1), \(b)], cues: [met], date: 2023-01}]}
            """
        let file = folder.appendingPathComponent("grain.yaml").path
        try graph.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, folder.path)
    }

    @Test func findListsTheTiesTheWordsAreAboutAndSaysWhyForTheRest() throws {
        let (graph, corpus) = try Self.grainGraph()
        let base = ["find", "grain", "--graph", graph, "--corpus", corpus]
        let ties = try #require(try Self.json(base) as? [[String: Any]])
        #expect(ties.map { "\($0["source"] ?? "")>\($0["target"] ?? ""):\($0["match"] ?? "")" }
                == ["russia>kazakhstan:cue", "france>russia:sentence"], "the cue's tie first; France's trains left out")
        let all = try #require(try Self.json(base + ["--whole-sentence"]) as? [[String: Any]])
        #expect(all.map { $0["match"] as? String } == ["cue", "sentence", "other-tie"])
        let text = try CLI.run(base).stdout
        #expect(text.contains("Ties whose sentence holds the words, not their cues:"))
        #expect(text.contains("1 more tie shares a matching sentence whose words another tie's cues carry (--whole-sentence lists it)"))
        #expect(text.contains("2 ties (1 by their cues, 1 by their sentence only)"))
        let flagged = try CLI.run(base + ["--whole-sentence"]).stdout
        #expect(flagged.contains("the words are in the cues of russia -> kazakhstan economic cooperation"))
        // Without the corpus only cues are searched: the one tie whose cue holds the word.
        #expect(Self.ends(try Self.json(["find", "grain", "--graph", graph, "--no-corpus"])) == ["russia>kazakhstan"])
    }

    @Test(arguments: [["find"], ["find", "--since", "2022-02-30", "ally"], ["ties", "--until", "2022-13"],
                      ["ties", "--since", "2023", "--until", "2022"], ["find", "x", "--corpus", "/tmp", "--no-corpus"]])
    func badQuestionsAreUsageErrors(arguments: [String]) throws {
        #expect(try CLI.run(arguments).status == 64)
    }

    @Test func tiesInAWindowKeepOnlyEvidenceInIt() throws {
        let ties = try #require(try Self.json(["ties", "--since", "2022-09", "--until", "2022-12"]) as? [[String: Any]])
        #expect(!ties.isEmpty)
        for tie in ties {
            let dates = (tie["evidence"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
            #expect(!dates.isEmpty && dates.allSatisfy { $0 >= "2022-09" && $0 < "2023" }, "\(tie)")
        }
        let year = try Self.json(["ties", "--since", "2022", "--until", "2022"])
        #expect(Self.ends(year).isSuperset(of: Self.ends(ties)))
    }

    @Test func reachKeepsTheActorAskedAbout() throws {
        let reached = try #require(try Self.json(["reach", "Central Asia", "--reverse", "--tag", "west"]) as? [[String: Any]])
        let actors = Set(reached.compactMap { $0["actor"] as? String })
        #expect(actors.isSuperset(of: ["eu", "usa", "west"]))
        let gazetteer = try #require(try Self.json(["actors", "--tag", "west"]) as? [[String: Any]])
        #expect(actors.isSubset(of: Set(gazetteer.compactMap { $0["id"] as? String })))
    }

    @Test func economicMeasuresLeaveTensionOutByDefaultAndSaySo() throws {
        let table = try CLI.run(["centrality", "--layer", "economic", "--top", "3"])
        #expect(table.stdout.hasPrefix("View: economic · cooperation ties (default; --polarity all for every tie)"))
        func values(_ extra: [String]) throws -> [String: Double] {
            let rows = try #require(try Self.json(["centrality", "--layer", "economic"] + extra) as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["actor"] as! String, $0["value"] as! Double) })
        }
        let byDefault = try values([]), cooperation = try values(["--polarity", "cooperation"]), all = try values(["--polarity", "all"])
        #expect(byDefault == cooperation)
        #expect(byDefault["russia"]! < all["russia"]!, "sanctions, blockades and pressure no longer count as links")
    }

    @Test func tensionRanksTheMostOpposedAndNamesTheirOpponents() throws {
        let r = try CLI.run(["centrality", "--polarity", "tension", "--top", "1"])
        #expect(r.stdout.contains("in-strength") && r.stdout.contains("opposed most by"))
        #expect(r.stdout.split(separator: "\n").last?.contains("russia") == true)
    }

    @Test(arguments: [("Beijing", "Bishkek"), ("Turkmenistan", "NATO"), ("Armenia", "China")])
    func theStrongestPathHasNoTensionHopAndExplainsItsStrength(from: String, to: String) throws {
        let paths = try #require(try Self.json(["path", from, to]) as? [[String: Any]])
        for path in paths {
            for step in path["steps"] as? [[String: Any]] ?? [] {
                for tie in step["ties"] as? [[String: Any]] ?? [] { #expect(tie["polarity"] as? String == "cooperation") }
            }
        }
        let text = try CLI.run(["path", from, to]).stdout
        #expect(paths.isEmpty || text.contains("strength = ") && text.contains("over the view's strongest hop"))
    }

    /// A president who meets another state's president: his act is his state's when rolled up.
    static let leaders = """
        schema: geograph/2
        documents:
          - {file: a.txt, date: 2022-09}
        actors:
          - {id: kazakhstan, name: Kazakhstan, kind: state}
          - {id: france, name: France, kind: state}
          - {id: tokayev, name: Tokayev, kind: person, represents: kazakhstan, term: [2019-03, ~]}
          - {id: macron, name: Macron, kind: person, represents: france}
        ties:
          - source: tokayev
            target: macron
            layer: diplomatic
            polarity: cooperation
            weight: 0.5
            symmetric: true
            evidence:
              - {doc: a.txt, sentence: 1, span: [0, 10], cues: [met], type: consult, date: 2022-09}
        """

    @Test func withRollUpTokayevsActsCountAsKazakhstans() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("leaders.yaml").path
        try Self.leaders.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(Self.ends(try Self.json(["ties", "--graph", file, "--actor", "Kazakhstan", "--roll-up"])) == ["kazakhstan>france"])
        #expect(Self.ends(try Self.json(["ties", "--graph", file, "--actor", "Kazakhstan", "--no-roll-up"])).isEmpty)
        #expect(Self.ends(try Self.json(["ties", "--graph", file, "--actor", "Tokayev"])) == ["tokayev>france"],
                "by default the actor named stays himself, the other end is a state")
        #expect(Self.ends(try Self.json(["ties", "--graph", file, "--actor", "Tokayev", "--kind", "person"])) == ["tokayev>macron"])
        let ranked = try #require(try Self.json(["centrality", "--graph", file, "--measure", "in-degree"]) as? [[String: Any]])
        #expect(Set(ranked.compactMap { $0["actor"] as? String }) == ["kazakhstan", "france"], "measures roll up by default")
        let balance = try CLI.run(["balance", "--graph", file, "Kazakhstan", "--poles", "France,Kazakhstan"])
        #expect(balance.status == 0)
    }

    @Test(arguments: ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"])
    func aLeanNeverContradictsItsTable(actor: String) throws {
        let balance = try #require(try Self.json(["balance", actor, "--poles", "Russia,China"]) as? [String: Any])
        let focus = try #require(balance["focus"] as? [String: Any])
        let net = focus["net"] as? [String: Double] ?? [:]
        if let lean = focus["lean"] as? String {
            #expect(net[lean]! > 0)
            #expect(!(focus["strained"] as? [String] ?? []).contains(lean))
        }
        for pole in focus["strained"] as? [String] ?? [] { #expect(net[pole]! < 0) }
        let text = try CLI.run(["balance", actor, "--poles", "Russia,China"]).stdout
        #expect(text.contains("Lean, weighing tension against cooperation"))
        if actor == "Kazakhstan" {
            #expect(!text.contains("leans to Russia"))
            #expect(text.contains("tension outweighs cooperation with Russia"))
        }
    }

    @Test func theTwoCampSplitIsExactWhereTheGraphIsSmallAndSaysSo() throws {
        let structural = try CLI.run(["balance", "--structural", "--layer", "security"])
        #expect(structural.stdout.contains("exact minimum"))
        let blocs = try #require(try Self.json(["blocs", "--layer", "security", "--samples", "20"]) as? [String: Any])
        #expect(blocs["exact"] as? Bool == true)
        let camps = (blocs["blocs"] as? [[String: Any]] ?? []).map { Set($0["actors"] as? [String] ?? []) }
        let russia = try #require(camps.first { $0.contains("russia") })
        #expect(russia.contains("china") && !russia.contains("ukraine"))
        let text = try CLI.run(["blocs", "--layer", "security", "--samples", "20"]).stdout
        #expect(text.contains("held together by") && text.contains("Significance: p = "))
        let all = try CLI.run(["balance", "--structural"]).stdout
        #expect(all.contains("exact minimum") || all.contains("heuristic: local search"))
    }
}

import Foundation
import Testing

/// `geograph balance` on the reference graph: the acceptance cases of the balance issue.
@Suite struct CLIBalanceTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["balance", "--format", "json"] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func everyCentralAsianStateHasAProfileBetweenRussiaAndChina() throws {
        let result = try json(["--poles", "russia,china"])
        let profiles = try #require(result["profiles"] as? [[String: Any]])
        for state in ["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan"] {
            let p = try #require(profiles.first { $0["actor"] as? String == state }, "\(state) has no profile")
            let shares = try #require(p["shares"] as? [String: [String: Double]])
            #expect(Set(shares.keys) == ["russia", "china"])
            #expect((p["index"] as? Double).map { (0...1).contains($0) } == true)
        }
    }

    @Test func regionalDivisionOfLabourRussiaSecurityChinaEconomy() throws {
        let findings = try #require(try json([])["findings"] as? [[String: Any]])
        let regional = findings.first {
            $0["kind"] as? String == "division" && $0["actor"] as? String == "central-asia"
                && ($0["partners"] as? [String]) == ["russia", "china"] && ($0["layers"] as? [String]) == ["security", "economic"]
        }
        let finding = try #require(regional)
        #expect(((finding["evidence"] as? [String])?.count ?? 0) > 0)
    }

    @Test func tajikistanOffsetsRussiaWithIndiaOnSecurity() throws {
        let findings = try #require(try json(["Tajikistan"])["findings"] as? [[String: Any]])
        let offset = try #require(findings.first {
            $0["kind"] as? String == "offset" && ($0["partners"] as? [String]) == ["russia", "india"]
        })
        #expect((offset["layers"] as? [String]) == ["security"])
        #expect((offset["evidence"] as? [String])?.contains("000_7083b2f269d8d992.txt#15") == true)
    }

    @Test func everyFindingCitesEvidenceAndHasTheDocumentedShape() throws {
        let findings = try #require(try json([])["findings"] as? [[String: Any]])
        #expect(findings.count > 10)
        for f in findings {
            #expect(Set(f.keys) == ["kind", "actor", "partners", "layers", "score", "sentence", "evidence"])
            #expect(((f["evidence"] as? [String])?.isEmpty ?? true) == false, "\(f["sentence"] ?? "")")
        }
    }

    @Test func tableShowsProfilesAndFindingSentences() throws {
        let r = try CLI.run(["balance"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("View: all layers · all dates · leaders rolled up to their states\nPoles: "))
        #expect(r.stdout.contains("hedges between"))
        #expect(r.stdout.contains("evidence: "))
    }

    @Test func structuralBalanceReportsCensusAndCamps() throws {
        let result = try json(["--structural"])
        #expect(result["census"] is [String: Int])
        #expect((result["camps"] as? [[String]])?.count == 2)
        #expect(result["frustration"] is Int)
    }

    @Test func diffComparesTheTwoWindows() throws {
        let r = try CLI.run(["balance", "--diff", "--split", "2023-01-01"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("index before"))
        #expect(r.stdout.contains("kazakhstan"))
    }

    @Test func diffLeavesTheChangeEmptyForAnActorMissingFromOneWindow() throws {
        let result = try json(["--diff", "--split", "2023-01-01"])
        let rows = try #require(result["actors"] as? [[String: Any]])
        let seenOnce = try #require(rows.first { $0["before"] is NSNull || $0["after"] is NSNull })
        #expect(seenOnce["change"] is NSNull)
        let seenTwice = try #require(rows.first { !($0["before"] is NSNull) && !($0["after"] is NSNull) })
        #expect(seenTwice["change"] is Double || seenTwice["change"] is Int)
    }

    @Test func autoPolesPicksTopStatesByPageRank() throws {
        let result = try json(["--auto-poles", "2"])
        #expect((result["poles"] as? [String]) == ["russia", "kazakhstan"] || (result["poles"] as? [String])?.count == 2)
    }

    @Test(arguments: [["--poles", "russia"], ["--ratio", "2"], ["--diff"], ["--split", "2023-01-01"], ["--poles", "russia,atlantis"]])
    func badBalanceArgumentsExit64(arguments: [String]) throws {
        let r = try CLI.run(["balance"] + arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("geograph: error: "))
    }
}

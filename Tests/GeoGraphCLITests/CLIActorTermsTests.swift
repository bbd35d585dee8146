import Foundation
import Testing

/// `geograph actors` shows each actor's terms of office beside what it represents.
@Suite struct CLIActorTermsTests {
    @Test(arguments: [
        ("trump", "usa", "2017-01-20..2021-01-20, 2025-01-20.."),
        ("akhundzada", "afghanistan", "2021-08-15.."),
    ])
    func leadersShowTheirTerms(id: String, state: String, terms: String) throws {
        let r = try CLI.run(["actors", "--graph", "Graphs/actors.yaml", "--tag", "leader"])
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix(id + " ") })
        #expect(row.hasSuffix(terms))
        #expect(row.contains(" \(state) "))
    }

    @Test func anAgentRepresentsItsStateWithoutATerm() throws {
        let r = try CLI.run(["actors", "--graph", "Graphs/actors.yaml", "--tag", "agent"])
        #expect(r.status == 0)
        let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("wagner ") })
        #expect(row.hasSuffix("russia"))
    }
}

import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// Small general mechanisms, one sentence each, written for these tests: the month "May" is no hedge,
/// the reporting verbs' irregular pasts, hosts of talks between two parties, "press" as a verb, acts
/// only called for, and a verb after ", but" that takes the subject of the clause before.
@Suite struct MiscGrammarTests {
    static let cases: [ClauseCase] = [
        // Reporting verbs inflect through the irregular table ("said", "told"); reports read as before.
        ClauseCase(mechanism: "reported speech: after 'said' the report's subject acts",
                   sentence: "Ecuador said Colombia had attacked Venezuelan border posts.",
                   contains: ["colombia -> venezuela security tension"], excludes: ["ecuador -> colombia security tension"]),
        ClauseCase(mechanism: "reported speech: 'told X that' keeps the addressee with the speaker",
                   sentence: "Peru told Chile that Bolivia had violated its airspace.",
                   unrelated: ["bolivia chile"]),
        // A host of talks between two parties consults each; talks only offered tie the two to nobody.
        ClauseCase(mechanism: "host of talks between two parties: the host consults each",
                   sentence: "Norway hosted talks between Colombia and Venezuela.",
                   contains: ["norway -> colombia diplomatic cooperation", "norway -> venezuela diplomatic cooperation",
                              "colombia <-> venezuela diplomatic cooperation"]),
        ClauseCase(mechanism: "talks only offered: the host consults each, the two are not tied",
                   sentence: "Brazil offered to host talks between Peru and Ecuador.",
                   contains: ["brazil -> peru diplomatic cooperation", "brazil -> ecuador diplomatic cooperation"],
                   unrelated: ["ecuador peru"]),
        // "press" is a demand, diplomatic pressure, when a party is its object; "the press" and "pressing"
        // before a noun are not.
        ClauseCase(mechanism: "press: a verb with a party as its object is diplomatic pressure",
                   sentence: "Chile pressed Bolivia to reopen the border crossing.",
                   contains: ["chile -> bolivia diplomatic tension"], types: ["coerce"]),
        ClauseCase(mechanism: "press: after an article it is the noun",
                   sentence: "Colombia answered questions from the press about Venezuela.",
                   unrelated: ["colombia venezuela"]),
        ClauseCase(mechanism: "press: 'pressing' before a noun is an adjective",
                   sentence: "Kenya named drought a pressing problem for Uganda.",
                   unrelated: ["kenya uganda"]),
        // A hostile act called for is the speaker's diplomatic pressure, not the act.
        ClauseCase(mechanism: "called for: a demanded sanction is diplomatic tension",
                   sentence: "Denmark called for sanctions against Venezuela.",
                   contains: ["denmark -> venezuela diplomatic tension"], excludes: ["denmark -> venezuela economic tension"]),
        ClauseCase(mechanism: "pushed for: a demanded embargo is diplomatic tension",
                   sentence: "Sweden pushed for an arms embargo on Nicaragua.",
                   contains: ["sweden -> nicaragua diplomatic tension"], excludes: ["sweden -> nicaragua economic tension"]),
        ClauseCase(mechanism: "called for: sanctions imposed are still economic",
                   sentence: "Finland imposed sanctions on Venezuela.",
                   contains: ["finland -> venezuela economic tension"]),
        // A verb right after ", but" takes the subject of the clause before.
        ClauseCase(mechanism: "', but' + verb: the subject of the clause before acts",
                   sentence: "Costa Rica welcomed the ruling, but criticised Nicaragua.",
                   contains: ["costa-rica -> nicaragua diplomatic tension"]),
        ClauseCase(mechanism: "', but' + verb: the object of the clause before does not act",
                   sentence: "Ecuador criticised Colombia, but praised Peru.",
                   contains: ["ecuador -> colombia diplomatic tension", "ecuador -> peru diplomatic cooperation"],
                   unrelated: ["colombia peru"]),
        ClauseCase(mechanism: "', but' + verb after a report: the speaker acts",
                   sentence: "Guatemala said the vote was fair, but urged Honduras to count again.",
                   contains: ["guatemala -> honduras diplomatic cooperation"], types: ["request"]),
    ]

    @Test(arguments: cases) func mechanism(_ c: ClauseCase) { ClauseReadingTests.check(c) }

    /// Cases at law: filing or bringing a case at a court is a request to the court; a case against a party
    /// accuses it; "the case of X" names no case.
    static let courtCases: [ClauseCase] = [
        ClauseCase(mechanism: "court: filing a case at a court asks the court",
                   sentence: "Belize has filed a case at the International Court of Justice.",
                   contains: ["belize -> icj diplomatic cooperation"], types: ["request"]),
        ClauseCase(mechanism: "court: bringing a case to a court asks the court",
                   sentence: "Slovenia brought a case to the International Court of Justice last spring.",
                   contains: ["slovenia -> icj diplomatic cooperation"], types: ["request"]),
        ClauseCase(mechanism: "court: a possessive's case against a party accuses it",
                   sentence: "Bolivia's case against Chile at the International Court of Justice drags on.",
                   contains: ["bolivia -> chile diplomatic tension"], types: ["accuse"]),
        ClauseCase(mechanism: "court: a lawsuit against a party accuses it",
                   sentence: "Guatemala filed a lawsuit against Belize over the cays.",
                   contains: ["guatemala -> belize diplomatic tension"], types: ["accuse"]),
        ClauseCase(mechanism: "court: 'the case of X' names no case",
                   sentence: "In the case of Montenegro, Croatia raised no objection.",
                   excludes: ["croatia -> montenegro diplomatic tension"]),
    ]

    @Test(arguments: courtCases) func courtCase(_ c: ClauseCase) { ClauseReadingTests.check(c) }

    /// The strength of the tie `label` in `sentence`: a hedged one is 0.3.
    @Test(arguments: [
        ("Uruguay held drills with Argentina in May and criticised Paraguay.", "uruguay -> paraguay diplomatic tension", 0.6),
        ("Since May, Kenya has criticised Uganda.", "kenya -> uganda diplomatic tension", 0.6),
        ("On 12 May Ghana condemned Togo.", "ghana -> togo diplomatic tension", 0.6),
        ("By May 2024 Rwanda had condemned Burundi.", "rwanda -> burundi diplomatic tension", 0.6),
        ("Norway may criticise Iceland.", "norway -> iceland diplomatic tension", 0.3),
        ("Kenya said Uganda may condemn Rwanda.", "uganda -> rwanda diplomatic tension", 0.3),
    ])
    func monthIsNoHedge(_ sentence: String, _ label: String, _ strength: Double) {
        let found = ClauseFixture.found(ClauseCase(mechanism: "", sentence: sentence))
        let tie = found.first { ClauseFixture.label($0) == label }
        #expect(tie?.strength == strength, "\(found.map { "\(ClauseFixture.label($0)) \($0.strength)" })")
    }

    @Test(arguments: [("May", "in", true), ("May", "since", true), ("May", "12", true), ("may", "in", false),
                      ("May", "Kenya", false)])
    func namesMonth(_ word: String, _ before: String, _ isMonth: Bool) {
        let tokens = Tokenizer.tokens(Array("\(before) \(word) criticise".unicodeScalars)[...])
        #expect(TieExtractor.namesMonth(1, tokens) == isMonth)
    }

    @Test func reportingVerbsTakeTheirIrregularPasts() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.pasts.isSuperset(of: ["said", "told", "thought"]))
        #expect(lexicon.pasts.isDisjoint(with: ["sayed", "telled", "thinked"]))
        // The regular forms open a report; the irregular pasts do not (the clause split is as before).
        #expect(lexicon.reporting.isSuperset(of: ["says", "tells", "believed", "insisted"]))
        #expect(lexicon.reporting.isDisjoint(with: ["sayed", "telled", "thinked", "said", "told", "thought"]))
    }
}

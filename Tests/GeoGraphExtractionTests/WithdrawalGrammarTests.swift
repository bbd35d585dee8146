import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// Variants of forms the lexicon already reads, once misread: troops withdrawn from a party read as grammar
/// (`TieExtractor+Withdrawals.swift`), relations that collapsed (the set `WORSENING`), a body left under its
/// acronym ("left ECOWAS", the set `OBJECT_ONLY`). One sentence each, written for these tests.
@Suite struct WithdrawalGrammarTests {
    static let withdrawalCases: [ClauseCase] = [
        ClauseCase(mechanism: "withdrawing its last troops from a party: a retreat from it, not its aid",
                   sentence: "Belgium withdrew its last troops from Rwanda on Friday.",
                   contains: ["belgium -> rwanda security cooperation"], excludes: ["rwanda -> belgium security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "all its troops: a quantifier and a possessive in the object",
                   sentence: "Portugal withdrew all its soldiers from Angola in 1975.",
                   contains: ["portugal -> angola security cooperation"], excludes: ["angola -> portugal security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "a number of soldiers in the object",
                   sentence: "Canada withdrew 900 soldiers from Haiti last spring.",
                   contains: ["canada -> haiti security cooperation"], excludes: ["haiti -> canada security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "pulling forces out of a party",
                   sentence: "Ukraine pulled its remaining forces out of Moldova.",
                   contains: ["ukraine -> moldova security cooperation"], types: ["retreat"]),
        ClauseCase(mechanism: "bringing troops home from a party",
                   sentence: "Australia brought its troops home from Iraq in 2009.",
                   contains: ["australia -> iraq security cooperation"], excludes: ["iraq -> australia security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "the troops' owner named in the object",
                   sentence: "Washington withdrew US troops from Somalia in January.",
                   contains: ["usa -> somalia security cooperation"], excludes: ["somalia -> usa security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "troops sent to a party stay its aid",
                   sentence: "Kenya sent its last troops to Somalia.",
                   contains: ["kenya -> somalia security cooperation"], types: ["aid"]),
        ClauseCase(mechanism: "a withdrawal noun before troops from a party: no aid from that party",
                   sentence: "Chad began a drawdown of its troops from Cameroon.",
                   contains: ["chad -> cameroon security cooperation"], excludes: ["cameroon -> chad security cooperation"]),
        ClauseCase(mechanism: "bringing a party's goods is no withdrawal",
                   sentence: "Turkey brought soldiers from Syria to Libya.",
                   excludes: ["turkey -> syria security cooperation"]),
        ClauseCase(mechanism: "a party after another noun of the 'from' object is not withdrawn from",
                   sentence: "Chile withdrew 40 marines from exercises with Peru.",
                   excludes: ["chile -> peru security cooperation"]),
        ClauseCase(mechanism: "a party after a preposition of place is not withdrawn from",
                   sentence: "Britain brought its troops home from bases near Iran.",
                   excludes: ["uk -> iran security cooperation"]),
        ClauseCase(mechanism: "withdrawing from talks is no troop withdrawal",
                   sentence: "Mongolia withdrew from talks and sent troops to Kazakhstan.",
                   contains: ["mongolia -> kazakhstan security cooperation"], types: ["aid"]),
    ]

    static let worseningCases: [ClauseCase] = [
        ClauseCase(mechanism: "relations that collapsed are a tension",
                   sentence: "Relations between Kenya and Uganda collapsed last year.",
                   contains: ["kenya <-> uganda diplomatic tension"], excludes: ["kenya <-> uganda diplomatic cooperation"]),
        ClauseCase(mechanism: "relations that broke new ground did not break: no bare 'broke' in WORSENING",
                   sentence: "Relations between Chile and Peru broke new ground with the fisheries deal.",
                   excludes: ["chile <-> peru diplomatic tension"]),
        ClauseCase(mechanism: "relations that ruptured, in a relative clause, are a tension",
                   sentence: "Relations between Laos and Thailand, which ruptured in 2019, remain poor.",
                   contains: ["laos <-> thailand diplomatic tension"], excludes: ["laos <-> thailand diplomatic cooperation"]),
        ClauseCase(mechanism: "'apart from' after a relation is no break",
                   sentence: "Ties between Fiji and Tonga, apart from a quarrel over fishing in 2019, have been warm.",
                   excludes: ["fiji <-> tonga diplomatic tension"]),
        ClauseCase(mechanism: "relations that have not collapsed stay a cooperation",
                   sentence: "Relations between Oman and Yemen have not collapsed.",
                   contains: ["oman <-> yemen diplomatic cooperation"], excludes: ["oman <-> yemen diplomatic tension"]),
    ]

    static let leavingCases: [ClauseCase] = [
        ClauseCase(mechanism: "leaving a body named by its acronym is a refusal of it",
                   sentence: "Gabon left ECOWAS in January.",
                   contains: ["gabon -> ecowas diplomatic tension"], types: ["reject"]),
        ClauseCase(mechanism: "leaving a body named with 'the' is a refusal of it too",
                   sentence: "Chad left the Economic Community of Central African States.",
                   contains: ["chad -> eccas diplomatic tension"], types: ["reject"]),
        ClauseCase(mechanism: "a body that modifies the object is not left",
                   sentence: "Saudi Arabia left OPEC output targets unchanged in June.",
                   excludes: ["saudi-arabia -> opec diplomatic tension", "saudi-arabia -> opec economic tension"]),
        ClauseCase(mechanism: "leaving a capital is no refusal",
                   sentence: "Chile's president left Lima after talks with Peru.",
                   excludes: ["chile -> peru diplomatic tension"]),
    ]

    @Test(arguments: withdrawalCases) func withdrawal(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: worseningCases) func worsening(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: leavingCases) func leaving(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

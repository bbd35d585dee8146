import Testing

@testable import GeoGraphExtraction

/// Who the parties of a stance are when the sentence does not name them where the verb expects them:
/// an apposition that sums up the clause before it, a list of agents each after its own "by", an event
/// noun that refers to an act told a few sentences before. Sentences written for these tests about
/// regions other than the reference corpus's, never copied from a text.
@Suite struct PartyGrammarMechanismTests {
    /// "…, a request backed by X", "…, a step X opposes": the stance is on the subject of the clause the
    /// apposition sums up (`TieExtractor.summaryStances`), not on the object nearest the verb.
    static let summaries: [ClauseCase] = [
        ClauseCase(mechanism: "summaries: a passive stance on the request goes to who asked",
                   sentence: "Ghana asked ECOWAS to send observers, a request backed by Togo and by Benin.",
                   contains: ["togo -> ghana diplomatic cooperation", "benin -> ghana diplomatic cooperation"],
                   excludes: ["togo -> ecowas diplomatic cooperation"]),
        ClauseCase(mechanism: "summaries: the subject of a relative clause opposes who took the step",
                   sentence: "Paraguay said it would close the border crossing, a step Bolivia opposes.",
                   contains: ["bolivia -> paraguay diplomatic tension"]),
        ClauseCase(mechanism: "summaries: 'that' and an auxiliary may open the relative clause",
                   sentence: "Vietnamese officials proposed new fishing quotas, a plan that Laos has criticised.",
                   contains: ["laos -> vietnam diplomatic tension"]),
        ClauseCase(mechanism: "summaries: a negated relative clause ties nobody",
                   sentence: "Paraguay said it would close the border crossing, a step Bolivia did not oppose.",
                   excludes: ["bolivia -> paraguay diplomatic tension"]),
        ClauseCase(mechanism: "summaries: a noun with no comma before it sums up nothing",
                   sentence: "Ghana rejected a request by Togo for new talks.",
                   excludes: ["togo -> ghana diplomatic cooperation"]),
    ]

    /// "backed by X and by Y": a conjunction and the preposition that opened a group go on with it.
    static let repeatedPrepositions: [ClauseCase] = [
        ClauseCase(mechanism: "groups: each agent after its own 'by' backs the subject",
                   sentence: "Argentina, backed by Uruguay and by Paraguay, called for new talks.",
                   contains: ["uruguay -> argentina diplomatic cooperation", "paraguay -> argentina diplomatic cooperation"]),
    ]

    @Test(arguments: summaries) func summary(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: repeatedPrepositions) func repeatedPreposition(_ c: ClauseCase) { ClauseReadingTests.check(c) }

    /// An event noun after a stance verb ("rejected the accusation") refers to the last act of its type a
    /// few sentences back in the paragraph when the sentence before states none, and to its one or two
    /// parties acting together.
    static let earlierEvents: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "earlier events: the accusation two sentences back is its accuser's",
            text: "Morocco accused Algeria of arming rebels on Monday. The rebels later raided a convoy near the border. "
                + "Algiers rejected the accusation.",
            contains: ["algeria -> morocco diplomatic tension"]),
        ReferenceCase(
            mechanism: "earlier events: two coordinated attackers both own the attacks",
            text: "Chile and Peru attacked rebel camps in Bolivia on Monday. The rebels later fled into the hills. "
                + "La Paz condemned the attacks.",
            contains: ["bolivia -> chile diplomatic tension", "bolivia -> peru diplomatic tension"]),
        ReferenceCase(
            mechanism: "earlier events: not across a paragraph break",
            text: "Morocco accused Algeria of arming rebels on Monday. The rebels later raided a convoy.\n\n"
                + "Algiers rejected the accusation.",
            excludes: ["algeria -> morocco diplomatic tension"]),
    ]

    @Test(arguments: earlierEvents) func earlierEvent(_ c: ReferenceCase) {
        let found = ReferenceMechanismTests.labels(c.text)
        for tie in c.contains { #expect(found.ties.contains(tie), "missing \(tie); got \(found.ties.sorted())") }
        for tie in c.excludes { #expect(!found.ties.contains(tie), "unexpected \(tie); got \(found.ties.sorted())") }
        for pair in c.unrelated { #expect(!found.pairs.contains(pair), "unexpected tie between \(pair)") }
    }
}

import Testing

@testable import GeoGraphExtraction

/// Verdicts a party passes on an act by naming it (`TieExtractor.findVerdicts`, `verdictStances`): the
/// speaker's stance is against the act's parties, and the speaker is no party to the act. Sentences written
/// for these tests about regions other than the reference corpus's, never copied from a text.
@Suite struct GrammarMechanismVerdictTests {
    static let verdicts: [ClauseCase] = [
        ClauseCase(mechanism: "verdicts: a naming verb, the act's agents after 'by', a verdict after them",
                   sentence: "Peru called the accord signed by Chile and Bolivia null and void.",
                   contains: ["peru -> chile diplomatic tension", "peru -> bolivia diplomatic tension"],
                   excludes: ["peru <-> chile diplomatic cooperation", "peru <-> bolivia diplomatic cooperation",
                              "chile <-> peru diplomatic cooperation", "bolivia <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "verdicts: a region named with 'of' is a party of the act",
                   sentence: "Morocco recalled its envoy on Monday and called a pact signed by Algeria and the breakaway region of Western Sahara illegal.",
                   contains: ["morocco -> algeria diplomatic tension"],
                   excludes: ["algeria <-> morocco diplomatic cooperation", "morocco <-> algeria diplomatic cooperation"]),
        ClauseCase(mechanism: "verdicts: reported speech with a copula; a demonym owns the act",
                   sentence: "Hanoi said the Chinese survey was illegal.",
                   contains: ["vietnam -> china diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: 'described … as', the act's patient after a preposition is no target",
                   sentence: "Quito described the Colombian raid on Venezuela as a flagrant violation of its airspace.",
                   contains: ["ecuador -> colombia diplomatic tension"],
                   excludes: ["ecuador -> venezuela diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: a summing noun before the speaker's relative clause names the act",
                   sentence: "Thailand announced new dam works on the Mekong, a step that Vietnam called a provocation.",
                   contains: ["vietnam -> thailand diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: ', which' after a clause stands for it; the speaker's title and name between",
                   sentence: "Brazil held naval drills near the disputed islands, which the Argentine defence minister, Ana Soto, called a provocation.",
                   contains: ["argentina -> brazil diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: ', which' right after a party stands for that party",
                   sentence: "Chile signed a fishing pact with Ecuador, which Peru called irresponsible.",
                   contains: ["peru -> ecuador diplomatic tension"], excludes: ["peru -> chile diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: quotes may set off the verdict",
                   sentence: "Uruguay called Paraguay's dam works a \"violation of the river treaty\".",
                   contains: ["uruguay -> paraguay diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: a party inside a subject relative clause before the verb is not the speaker",
                   sentence: "The government of Laos, which accuses Thailand of sheltering Cambodian rebels, called the Vietnamese survey illegal.",
                   contains: ["laos -> vietnam diplomatic tension"],
                   excludes: ["cambodia -> vietnam diplomatic tension", "thailand -> vietnam diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: the speaker may be the judged act's target",
                   sentence: "Hanoi called the Chinese tariffs on Vietnamese steel unfair.",
                   contains: ["vietnam -> china diplomatic tension", "china -> vietnam economic tension"]),
        ClauseCase(mechanism: "verdicts: a negated naming passes no verdict",
                   sentence: "Peru did not call the accord signed by Chile and Bolivia illegal.",
                   excludes: ["peru -> chile diplomatic tension", "peru -> bolivia diplomatic tension"]),
        ClauseCase(mechanism: "verdicts: a verb of saying without a copula passes no verdict",
                   sentence: "Peru said the accord with Chile would end the illegal fishing.",
                   excludes: ["peru -> chile diplomatic tension"]),
    ]

    @Test(arguments: verdicts) func verdict(_ c: ClauseCase) { ClauseReadingTests.check(c) }

    /// "The decision, described by X as irresponsible, …": a passive verdict on a fronted event noun judges
    /// whoever did that event in the sentence before (`TieExtractor.frontedVerdictOwners`).
    static let frontedVerdicts: [ReferenceCase] = [
        ReferenceCase(mechanism: "verdicts: a fronted generic event noun stands for the previous sentence's actor",
                      text: "Chile closed its border crossings with Argentina on Monday. The decision, described by the Argentine president as irresponsible, took effect at midnight.",
                      contains: ["argentina -> chile diplomatic tension"]),
        ReferenceCase(mechanism: "verdicts: with no event before, the fronted noun judges nobody",
                      text: "Argentina held elections on Sunday. The decision, described by the Chilean president as irresponsible, took effect at midnight.",
                      excludes: ["chile -> argentina diplomatic tension"]),
    ]

    @Test(arguments: frontedVerdicts) func frontedVerdict(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }
}

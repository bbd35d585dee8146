import Testing
@testable import GeoGraphExtraction

/// Nominal events of force whose agent the sentence does not state: the clause's subject is not their
/// agent unless a light verb makes the noun its own act; an owner, a demonym, "by X" and a mutual noun's
/// "with X" still state it. Sentences written for these tests about regions other than the open sets',
/// with the bundled gazetteer and lexicon (``ClauseFixture``).
@Suite struct GrammarMechanismAgentlessNounTests {
    /// A war noun with no owner and no "by X" ties the clause's subject to nobody.
    static let unownedForce: [ClauseCase] = [
        ClauseCase(mechanism: "unowned force: a complaint about attacks names no attacker",
                   sentence: "Quito complained about attacks on fishermen in Peru.",
                   excludes: ["ecuador -> peru security tension"]),
        ClauseCase(mechanism: "unowned force: an alliance that covers attacks is no attack",
                   sentence: "Seoul said its alliance with Washington covers attacks on Japanese ships.",
                   excludes: ["south-korea -> japan security tension"]),
        ClauseCase(mechanism: "unowned force: alarm about raids is no raid",
                   sentence: "Chile has voiced alarm about raids on Bolivian border posts.",
                   excludes: ["chile -> bolivia security tension"]),
        ClauseCase(mechanism: "unowned force: an ended standoff with no parties of its own ties none",
                   sentence: "Accra agreed to repay its suppliers, ending a standoff that had tested how Abuja treats its neighbours.",
                   excludes: ["ghana <-> nigeria security tension"]),
        ClauseCase(mechanism: "unowned force: a mutual noun's 'with X' names the other side",
                   sentence: "Accra settled with its creditors, ending a standoff with Abuja.",
                   contains: ["ghana <-> nigeria security tension"]),
        ClauseCase(mechanism: "unowned force: a light verb in a relative clause is not the noun's",
                   sentence: "Ghana, which has led the talks, condemned attacks on Togo.",
                   excludes: ["ghana -> togo security tension"]),
        ClauseCase(mechanism: "unowned force: claiming responsibility for attacks makes them the subject's",
                   sentence: "Al-Shabaab claimed responsibility for the attacks on Kenya.",
                   contains: ["al-shabaab -> kenya security tension"]),
        ClauseCase(mechanism: "unowned force: keeping up attacks makes them the subject's",
                   sentence: "Sudan kept up attacks on Chad's border posts.",
                   contains: ["sudan -> chad security tension"]),
        ClauseCase(mechanism: "unowned force: a light verb makes the strikes the subject's",
                   sentence: "Ethiopia launched air strikes on Eritrea on Sunday.",
                   contains: ["ethiopia -> eritrea security tension"]),
        ClauseCase(mechanism: "unowned force: carried-out raids are the subject's",
                   sentence: "Chad carried out raids on rebel camps in Sudan.",
                   contains: ["chad -> sudan security tension"]),
        ClauseCase(mechanism: "unowned force: a response with strikes is the responder's",
                   sentence: "Iran responded with missile strikes on Israel.",
                   contains: ["iran -> israel security tension"]),
        ClauseCase(mechanism: "unowned force: a compound subject locked in a standoff",
                   sentence: "Guyana and Venezuela have been locked in a standoff for months.",
                   contains: ["guyana <-> venezuela security tension"]),
        ClauseCase(mechanism: "unowned force: a possessive determiner owns the war",
                   sentence: "Minsk backed Russia in its war against Ukraine.",
                   contains: ["russia -> ukraine security tension"]),
        ClauseCase(mechanism: "unowned force: a named possessive owns the attacks",
                   sentence: "Belgrade denounced Pristina's attacks on Serb villages.",
                   contains: ["kosovo -> serbia security tension"]),
        ClauseCase(mechanism: "unowned force: clashes with X after the subject's verb",
                   sentence: "Colombia reported clashes with Venezuela along the river.",
                   contains: ["colombia <-> venezuela security tension"]),
    ]

    @Test(arguments: unownedForce) func unownedForceCase(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

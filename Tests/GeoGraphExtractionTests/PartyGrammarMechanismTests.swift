import Testing

@testable import GeoGraphExtraction

/// Who the parties of a stance are when the sentence does not name them where the verb expects them:
/// an apposition that sums up the clause before it, a list of agents each after its own "by". Sentences written for these tests about
/// regions other than the reference corpus's, never copied from a text.
@Suite struct PartyGrammarMechanismTests {
    /// "…, a request backed by X", "…, a step X opposes": the stance is on the subject of the clause the
    /// apposition sums up (`TieExtractor.summaryStances`), not on the object nearest the verb.
    static let summaries: [ClauseCase] = [
        ClauseCase(mechanism: "summaries: a passive stance on the request goes to who asked",
                   sentence: "Ghana asked ECOWAS to send observers, a request backed by Togo and by Benin.",
                   contains: ["togo -> ghana diplomatic cooperation", "benin -> ghana diplomatic cooperation"],
                   excludes: ["togo -> ecowas diplomatic cooperation", "ecowas -> togo diplomatic cooperation",
                              "ecowas -> benin diplomatic cooperation"]),
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
}

extension PartyGrammarMechanismTests {
    /// "Venezuela, which Colombia blames for …": the subject of an object relative clause takes its stance
    /// on the group before ", which" (`TieExtractor.relativeStances`).
    static let relatives: [ClauseCase] = [
        ClauseCase(mechanism: "relatives: the relative clause's subject blames the party before 'which'",
                   sentence: "Venezuela, which Colombia blames for the border closures, denied any role.",
                   contains: ["colombia -> venezuela diplomatic tension"]),
        ClauseCase(mechanism: "relatives: a plural subject's verb looks like a noun ('the … governments blame')",
                   sentence: "Mexico, which the Central American governments blame for the delays, denied any role.",
                   contains: ["central-america -> mexico diplomatic tension"]),
        ClauseCase(mechanism: "relatives: 'whom' and a list before it",
                   sentence: "Laos and Cambodia, whom Thailand has criticised over the dam, rejected the report.",
                   contains: ["thailand -> laos diplomatic tension", "thailand -> cambodia diplomatic tension"]),
        ClauseCase(mechanism: "relatives: a party after a preposition is no antecedent",
                   sentence: "Oman signed a deal with Iran, which Israel opposes.",
                   excludes: ["israel -> iran diplomatic tension"]),
    ]

    /// "talks hosted by X and brokered by Y": each mediator or host acts on the talks' parties, the
    /// sentence's subject (`TieExtractor.mediatedPairs`), not on the agent of the participle before.
    static let mediators: [ClauseCase] = [
        ClauseCase(mechanism: "mediators: a chain of participles after the talks reaches the subject's parties",
                   sentence: "Chile and Peru agreed to a truce after talks hosted by Ecuador and brokered by Brazil.",
                   contains: ["brazil -> chile diplomatic cooperation", "brazil -> peru diplomatic cooperation",
                              "ecuador -> chile diplomatic cooperation", "ecuador -> peru diplomatic cooperation"],
                   excludes: ["brazil -> ecuador diplomatic cooperation", "ecuador -> brazil diplomatic cooperation"]),
        ClauseCase(mechanism: "mediators: demonyms of the talks' parties",
                   sentence: "Serbian and Kosovar negotiators met in Brussels on Monday in talks mediated by the European Union.",
                   contains: ["eu -> serbia diplomatic cooperation", "eu -> kosovo diplomatic cooperation"]),
    ]

    @Test(arguments: relatives) func relative(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: mediators) func mediator(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

extension PartyGrammarMechanismTests {
    /// "both OAS members", "the two NATO allies": the pair "both states" would stand for, each a member of
    /// the body named between (`TieExtractor.bodyPairs`), never the body itself.
    static let bodyPairs: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "body pairs: the previous sentence's pair, members of the body between",
            text: "Ecuador and Peru both sent troops to the border. Brazil urged both OAS members to step back.",
            contains: ["brazil -> ecuador diplomatic cooperation", "brazil -> peru diplomatic cooperation",
                       "ecuador -> oas diplomatic cooperation", "peru -> oas diplomatic cooperation"],
            excludes: ["brazil -> oas diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "body pairs: 'the two' and a security bloc's members",
            text: "Norway and Denmark both sent warships to the strait. Sweden urged the two NATO allies to hold back.",
            contains: ["sweden -> norway diplomatic cooperation", "sweden -> denmark diplomatic cooperation",
                       "norway -> nato security cooperation", "denmark -> nato security cooperation"],
            excludes: ["sweden -> nato diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "body pairs: the two states named before in the sentence, not the clause's subject",
            text: "After Ecuador and Peru recalled their ambassadors, Brazil urged both OAS members to talk.",
            contains: ["brazil -> ecuador diplomatic cooperation", "brazil -> peru diplomatic cooperation",
                       "ecuador -> oas diplomatic cooperation", "peru -> oas diplomatic cooperation"],
            excludes: ["brazil -> oas diplomatic cooperation"]),
    ]

    @Test(arguments: bodyPairs) func bodyPair(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }
}

extension PartyGrammarMechanismTests {
    /// "The strikes, supported by X, …": a stance participle on the event noun opening the sentence is a
    /// stance on the one or two parties that did the previous sentence's event of its type
    /// (`TieExtractor.frontedEventStances`).
    static let frontedEvents: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "fronted events: support for two strikers' strikes is security cooperation with each",
            text: "Chilean and Peruvian jets struck rebel camps in Bolivia on Friday. "
                + "The strikes, supported by Colombia and Ecuador, were the first in years.",
            contains: ["colombia -> chile security cooperation", "colombia -> peru security cooperation",
                       "ecuador -> chile security cooperation", "ecuador -> peru security cooperation"]),
        ReferenceCase(
            mechanism: "fronted events: condemnation of one attacker's raids",
            text: "Colombian troops raided camps inside Venezuela on Sunday. "
                + "The raids, condemned by Cuba and Nicaragua, lasted two days.",
            contains: ["cuba -> colombia diplomatic tension", "nicaragua -> colombia diplomatic tension"]),
        ReferenceCase(
            mechanism: "fronted events: no event of the noun's type before, no tie",
            text: "Colombia and Venezuela held talks in Havana on Sunday. "
                + "The raids, condemned by Cuba and Nicaragua, lasted two days.",
            unrelated: ["colombia cuba", "cuba venezuela"]),
    ]

    @Test(arguments: frontedEvents) func frontedEvent(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }
}

extension PartyGrammarMechanismTests {
    /// "ECOWAS, chaired by Ghana, …": a body set off with a leading participle and "by" names its leaders,
    /// each tied to the body (`TieExtractor.ledBodies`).
    static let ledBodies: [ClauseCase] = [
        ClauseCase(mechanism: "led bodies: the chair of a body set off after it",
                   sentence: "ECOWAS, chaired by Ghana, urged Mali to hold elections.",
                   contains: ["ghana -> ecowas diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "led bodies: a body named with 'the' and a security bloc",
                   sentence: "The CSTO, led by Russia, sent observers to Kazakhstan.",
                   contains: ["russia -> csto security cooperation"]),
        ClauseCase(mechanism: "led bodies: a state set off is no body",
                   sentence: "Mali, led by its junta, urged Ghana to reopen the border.",
                   excludes: ["ghana -> mali diplomatic cooperation"]),
    ]

    @Test(arguments: ledBodies) func ledBody(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

import Testing

@testable import GeoGraphExtraction

/// Recall from references and topics: owners of events told without a target, envoys sent to a pair
/// referred to, the West named by its adjective, and talks on an economic field. Sentences written for these
/// tests about regions other than the reference corpus's, read with the bundled gazetteer and lexicon.
@Suite struct GrammarMechanismRecallTopicsTests {
    /// An event with no party for it to reach still has owners, for a fronted stance on it in the next
    /// sentence (`TieExtractor.untiedEventOwners`).
    static let untiedEvents: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "untied events: two strikers with no target named still own their strikes",
            text: "Chilean and Peruvian jets struck rebel camps high in the Andes on Friday. "
                + "The strikes, supported by Colombia and Ecuador, were the first in years.",
            contains: ["colombia -> chile security cooperation", "colombia -> peru security cooperation",
                       "ecuador -> chile security cooperation", "ecuador -> peru security cooperation"]),
        ReferenceCase(
            mechanism: "untied events: one striker with no target named owns its raids",
            text: "Colombian and Brazilian troops raided jungle camps along the river on Sunday. "
                + "The raids, condemned by Cuba, lasted two days.",
            contains: ["cuba -> colombia diplomatic tension", "cuba -> brazil diplomatic tension"]),
        ReferenceCase(
            mechanism: "untied events: an object clause's event has no owner from a reporting subject",
            text: "Argentina said that rebel jets struck camps high in the Andes on Friday. "
                + "The strikes, supported by Colombia, were the first in years.",
            unrelated: ["argentina colombia"]),
        ReferenceCase(
            mechanism: "untied events: three strikers are too many to own one event",
            text: "Chilean, Peruvian and Bolivian jets struck rebel camps high in the Andes on Friday. "
                + "The strikes, supported by Colombia, were the first in years.",
            unrelated: ["chile colombia", "colombia peru", "bolivia colombia"]),
        ReferenceCase(
            mechanism: "untied events: a mutual event fronted with its one host has no owner",
            text: "Chile and Peru held talks in Lima on Sunday. The talks, hosted by Cuba, lasted two days.",
            unrelated: ["chile cuba", "cuba peru"]),
    ]

    @Test(arguments: untiedEvents) func untiedEvent(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }

    /// Envoys sent to a party are a diplomatic visit; "both capitals" after a coordinated subject is not that
    /// subject but another pair (the document's two most named states).
    static let envoys: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "envoys: plural envoys sent to two parties",
            text: "Ghana dispatched envoys to Mali and Niger on Monday.",
            contains: ["ghana -> mali diplomatic cooperation", "ghana -> niger diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "envoys: 'both capitals' after a coordinated subject is the document's pair",
            text: "Ethiopia and Eritrea exchanged fire along the border. Ethiopia accused Eritrea of shelling a town. "
                + "Eritrea blamed Ethiopia for the clashes. Kenya and Uganda sent envoys to both capitals.",
            contains: ["kenya -> ethiopia diplomatic cooperation", "kenya -> eritrea diplomatic cooperation",
                       "uganda -> ethiopia diplomatic cooperation", "uganda -> eritrea diplomatic cooperation"],
            unrelated: ["kenya uganda"]),
    ]

    @Test(arguments: envoys) func envoy(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }

    /// "Western" alone names the West, as "Western powers" does; talks on an economic field tie on the
    /// economic layer as well, at the talks' strength.
    static let westAndTopics: [ClauseCase] = [
        ClauseCase(mechanism: "west: the adjective 'Western' before a penalty names the West",
                   sentence: "Caracas remains under Western sanctions over the election.",
                   contains: ["west -> venezuela economic tension"]),
        ClauseCase(mechanism: "economic talks: talks named by a trade adjective",
                   sentence: "Chile and Peru held two rounds of trade talks in Lima.",
                   contains: ["chile <-> peru economic cooperation", "chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "economic talks: talks on a free-trade deal",
                   sentence: "Ghana held talks with Togo on a free-trade deal.",
                   contains: ["ghana <-> togo economic cooperation"],
                   excludes: ["ghana <-> togo security cooperation"]),
        ClauseCase(mechanism: "economic talks: talks over gas prices",
                   sentence: "Baku held talks with Tbilisi over gas prices.",
                   contains: ["azerbaijan <-> georgia economic cooperation"]),
        ClauseCase(mechanism: "economic talks: talks on a border dispute stay off the economic layer",
                   sentence: "Ghana held talks with Togo on the border dispute.",
                   excludes: ["ghana <-> togo economic cooperation"]),
    ]

    @Test(arguments: westAndTopics) func westAndTopic(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

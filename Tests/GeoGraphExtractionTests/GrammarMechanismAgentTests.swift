import Testing
@testable import GeoGraphExtraction

/// Whom a passive's "by" agent acts on: the party it finds must belong to the passive's own phrase, not
/// to another predicate or noun phrase of the sentence. Sentences written for these tests.
@Suite struct GrammarMechanismAgentTests {
    /// A party after the agent is the patient only when no verb of another predicate comes between.
    static let laterPredicates: [ClauseCase] = [
        ClauseCase(mechanism: "passive agent: a relative clause after the agent has its own parties",
                   sentence: "The relief flights were supported by Ghana, which has criticised Togo.",
                   contains: ["ghana -> togo diplomatic tension"],
                   excludes: ["ghana -> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "passive agent: 'whose' opens a clause of its own",
                   sentence: "The relief flights were supported by Ghana, whose ministers had long criticised Togo.",
                   excludes: ["ghana -> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "passive agent: a party after the main verb is not the patient",
                   sentence: "The aid convoy, backed by Rwanda, reached the town, according to a Burundian official.",
                   unrelated: ["burundi rwanda"]),
        // What the rule keeps: a fronted participle's patient is the subject after its comma.
        ClauseCase(mechanism: "passive agent: a fronted participle acts on the subject after it",
                   sentence: "Backed by Russia, Mali expelled France.",
                   contains: ["russia -> mali diplomatic cooperation", "mali -> france diplomatic tension"]),
        ClauseCase(mechanism: "passive agent: the party the participle follows is its patient",
                   sentence: "Malian troops, backed by Chadian soldiers, withdrew from the town.",
                   contains: ["chad -> mali security cooperation"]),
    ]

    /// "and a" opens a noun phrase of its own: the party of the phrase before is not the next one's patient.
    static let nounPhrases: [ClauseCase] = [
        ClauseCase(mechanism: "passive agent: 'and a' opens a noun phrase whose agent does not act on the one before",
                   sentence: "Moscow faces an EU ban on its coal and a bid by Canada to cap its oil prices.",
                   contains: ["eu -> russia economic tension"], unrelated: ["canada eu"]),
        ClauseCase(mechanism: "passive agent: a nominal act right after its patient keeps it",
                   sentence: "Peru welcomed a visit by Chile's president.",
                   contains: ["chile -> peru diplomatic cooperation"]),
    ]

    @Test(arguments: laterPredicates) func laterPredicate(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: nounPhrases) func nounPhrase(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

/// The party a definite event noun stands for ("condemned the strikes": who struck) is the stance's
/// object only: the compound subject stays the agent of the clause's other acts. Texts written for these tests.
@Suite struct GrammarMechanismEventObjectTests {
    static let cases: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "event object: a joint statement after 'condemned the strikes' is the subject's",
            text: "Israel struck targets in Lebanon. Egypt and Jordan condemned the strikes in a joint statement.",
            contains: ["egypt -> israel diplomatic tension", "egypt <-> jordan diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "event object: a three-party joint statement after a stance on an earlier event",
            text: "Belarus moved troops toward Lithuania. Poland, Latvia and Estonia condemned the deployment in a joint statement.",
            contains: ["estonia <-> latvia diplomatic cooperation", "latvia <-> poland diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "event object: who made the event signs nothing with the subject",
            text: "Israel struck targets in Lebanon. Egypt and Jordan condemned the strikes and signed a joint declaration.",
            contains: ["egypt <-> jordan diplomatic cooperation"],
            excludes: ["egypt <-> israel diplomatic cooperation", "israel <-> jordan diplomatic cooperation"]),
    ]

    @Test(arguments: cases) func eventObject(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }
}

import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The mechanisms added for recall on unseen text (the unseen set, `Tests/Fixtures/unseen`), one
/// sentence each, written for these tests: phrases set off after a party, places used as modifiers,
/// refusals that take the layer of what they refuse, and a new predicate after ", and X also".
@Suite struct RecallGrammarTests {
    static let cases: [ClauseCase] = [
        // Phrases set off by commas after a party describe it: their parties do not act outside them.
        ClauseCase(mechanism: "set-off participle: the agent after 'by' backs the head, the head acts",
                   sentence: "Chad, supported by France, attacked Sudan.",
                   contains: ["chad -> sudan security tension", "france -> chad diplomatic cooperation"],
                   excludes: ["france -> sudan security tension"]),
        ClauseCase(mechanism: "set-off noun phrase: 'a neighbour of X' does not make X the subject",
                   sentence: "Algeria, a neighbour of Mali, condemned France.",
                   contains: ["algeria -> france diplomatic tension"], unrelated: ["france mali"]),
        ClauseCase(mechanism: "set-off possessive: 'X's neighbour' does not make X the subject",
                   sentence: "Peru, Ecuador's southern neighbour, criticised Chile.",
                   contains: ["peru -> chile diplomatic tension"], unrelated: ["chile ecuador"]),
        ClauseCase(mechanism: "set-off possessive role: the head is the owner's ally and partner",
                   sentence: "China, North Korea's main ally and trading partner, rejected a US request.",
                   contains: ["china -> usa diplomatic tension", "china <-> north-korea economic cooperation"],
                   unrelated: ["north-korea usa"]),
        ClauseCase(mechanism: "set-off relative clause: its object is not the later verb's subject",
                   sentence: "Egypt, which trains Somali troops, accused Ethiopia of provocation.",
                   contains: ["egypt -> ethiopia diplomatic tension", "egypt -> somalia security cooperation"],
                   unrelated: ["ethiopia somalia"]),
        ClauseCase(mechanism: "set-off relative clause after a noun that names no party",
                   sentence: "The three juntas, which formed the Alliance of Sahel States, accuse France of meddling.",
                   unrelated: ["aes france"]),
        ClauseCase(mechanism: "a comma before a preposition does not close the phrase",
                   sentence: "Kenya leads a force, which was formed to fight armed groups, from pirates to al-Shabaab.",
                   contains: ["al-shabaab <-> kenya security tension"]),
        ClauseCase(mechanism: "a list after the article is no apposition",
                   sentence: "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt restored ties with Qatar.",
                   contains: ["qatar <-> saudi-arabia diplomatic cooperation", "qatar <-> uae diplomatic cooperation",
                              "bahrain <-> qatar diplomatic cooperation"]),
        // A place name used as a modifier is no party.
        ClauseCase(mechanism: "modifier: a lowercase prefix makes the name a modifier ('near-Arctic')",
                   sentence: "China, a near-Arctic state, funded Norway's port.",
                   contains: ["china -> norway economic cooperation"], unrelated: ["arctic norway"]),
        ClauseCase(mechanism: "modifier: a lowercase head word makes the name a modifier ('Soviet-era')",
                   sentence: "Russia, which reopened Soviet-era bases, warned NATO.",
                   contains: ["russia -> nato security tension"], unrelated: ["nato ussr"]),
        ClauseCase(mechanism: "modifier: a region qualifying a noun is no party",
                   sentence: "The United States pledged funding for Arctic research stations run by Norway.",
                   unrelated: ["arctic norway", "arctic usa"]),
        ClauseCase(mechanism: "modifier: a region's organs still act for it",
                   sentence: "The president of Finland met Arctic leaders in Oslo.",
                   contains: ["arctic <-> finland diplomatic cooperation"]),
        // A refusal takes the layer of what it refuses.
        ClauseCase(mechanism: "refusal: revoking a security agreement is security tension",
                   sentence: "Niger revoked a security agreement with France.",
                   contains: ["niger -> france security tension"], excludes: ["france <-> niger security cooperation"]),
        ClauseCase(mechanism: "refusal: suspending imports is economic tension",
                   sentence: "China suspended imports of Taiwanese fish.",
                   contains: ["china -> taiwan economic tension"], excludes: ["china -> taiwan diplomatic tension"]),
        ClauseCase(mechanism: "breaking off relations is tension, not the relations",
                   sentence: "Mali cut diplomatic relations with Ukraine.",
                   contains: ["mali <-> ukraine diplomatic tension"], excludes: ["mali <-> ukraine diplomatic cooperation"]),
        // Two verbs joined by "and" share a subject, and an object when the second names none.
        ClauseCase(mechanism: "shared subject: the object of the first verb is not the second's subject",
                   sentence: "Russia warned Finland and threatened Sweden.",
                   contains: ["russia -> finland security tension", "russia -> sweden security tension"],
                   unrelated: ["finland sweden"]),
        ClauseCase(mechanism: "shared object: a second verb naming no party shares the first's",
                   sentence: "Kenya criticised Somalia on Monday and later signed a truce.",
                   contains: ["kenya -> somalia diplomatic tension", "kenya <-> somalia diplomatic cooperation"]),
        ClauseCase(mechanism: "shared object after a preposition's object",
                   sentence: "Japan lodged a protest with China and then summoned its ambassador.",
                   contains: ["japan -> china diplomatic tension"]),
        ClauseCase(mechanism: "two verbs before one object keep sharing it",
                   sentence: "Canada condemned and sanctioned Iran.",
                   contains: ["canada -> iran diplomatic tension", "canada -> iran economic tension"]),
        ClauseCase(mechanism: "a party after 'and' is a new subject, not a shared object",
                   sentence: "Brazil praised Chile, and Peru welcomed the deal.",
                   unrelated: ["brazil peru"]),
        // Mediators and lists.
        ClauseCase(mechanism: "a mediator between two parties consults each, and ties them to nothing",
                   sentence: "Norway, which mediates between Colombia and Venezuela, praised the truce.",
                   contains: ["norway -> colombia diplomatic cooperation", "norway -> venezuela diplomatic cooperation"],
                   unrelated: ["colombia venezuela"]),
        ClauseCase(mechanism: "a plural kind noun after a bloc keeps the list going",
                   sentence: "China summoned the envoys of the G7 states and the European Union.",
                   contains: ["china -> g7 diplomatic tension", "china -> eu diplomatic tension"]),
        // ", and X also": a new predicate, not a list.
        ClauseCase(mechanism: "', and X also' opens a predicate: X is not the first verb's object",
                   sentence: "Colombia condemned Quito, and Nicaragua also cut ties with Ecuador.",
                   contains: ["colombia -> ecuador diplomatic tension"], unrelated: ["colombia nicaragua"]),
        ClauseCase(mechanism: "an Oxford-comma list stays a list",
                   sentence: "Uzbekistan, Turkmenistan, and Kazakhstan signed a pact with Iran.",
                   contains: ["iran <-> kazakhstan diplomatic cooperation", "iran <-> turkmenistan diplomatic cooperation"]),
    ]

    @Test(arguments: cases) func mechanism(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

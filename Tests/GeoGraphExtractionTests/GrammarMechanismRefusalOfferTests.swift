import Testing
@testable import GeoGraphExtraction

/// Refused and ended agreements, offers and armed blocks: an agreement scrapped, suspended or ended is a
/// refusal on the layer of its content only, with no agreement tie left; an offer is a request on the layer
/// of what it offers; armed forces blocking a party's craft coerce it on the security layer. Sentences written for these tests about regions other than the reference corpus's, read with
/// the bundled gazetteer and lexicon.
@Suite struct GrammarMechanismRefusalOfferTests {
    static let refusals: [ClauseCase] = [
        ClauseCase(mechanism: "ended agreement: the agreement of an ended relation makes no agreement tie",
                   sentence: "Ghana has ended its defence cooperation agreement with Togo, officials in Accra said.",
                   contains: ["ghana -> togo security tension"],
                   excludes: ["ghana <-> togo security cooperation", "ghana -> togo security cooperation"]),
        ClauseCase(mechanism: "refused agreement: a military pact scrapped is a security refusal only",
                   sentence: "Peru scrapped its military pact with Bolivia on Tuesday.",
                   contains: ["peru -> bolivia security tension"], excludes: ["peru -> bolivia diplomatic tension"]),
        ClauseCase(mechanism: "refused agreement: a defence treaty terminated is a security refusal only",
                   sentence: "Nepal terminated its defence treaty with Bhutan.",
                   contains: ["nepal -> bhutan security tension"], excludes: ["nepal -> bhutan diplomatic tension"]),
        ClauseCase(mechanism: "refused agreement: a trade agreement suspended is an economic refusal only",
                   sentence: "Kenya suspended its trade agreement with Uganda.",
                   contains: ["kenya -> uganda economic tension"],
                   excludes: ["kenya -> uganda diplomatic tension", "kenya <-> uganda economic cooperation"]),
        ClauseCase(mechanism: "refused agreement: a water treaty suspended halts a supply, economic tension",
                   sentence: "Paraguay suspended the river water treaty with Argentina.",
                   contains: ["paraguay -> argentina economic tension"],
                   excludes: ["paraguay <-> argentina economic cooperation"]),
        ClauseCase(mechanism: "refused agreement: an agreement with no content stays a diplomatic refusal",
                   sentence: "Chile suspended its agreement with Ecuador.",
                   contains: ["chile -> ecuador diplomatic tension"], excludes: ["chile <-> ecuador diplomatic cooperation"]),
    ]

    static let offers: [ClauseCase] = [
        ClauseCase(mechanism: "offer: a loan offered is an economic request",
                   sentence: "Japan offered Laos a loan to build a dam.",
                   contains: ["japan -> laos economic cooperation"], excludes: ["japan -> laos diplomatic cooperation"],
                   types: ["request"]),
        ClauseCase(mechanism: "offer: a sum of money offered is economic",
                   sentence: "Brazil offered Paraguay a 300 million dollar package for its grid.",
                   contains: ["brazil -> paraguay economic cooperation"],
                   excludes: ["brazil -> paraguay diplomatic cooperation"]),
        ClauseCase(mechanism: "offer: help offered with goods is economic",
                   sentence: "Peru offered to help Ecuador with fuel.",
                   contains: ["peru -> ecuador economic cooperation"], excludes: ["peru -> ecuador diplomatic cooperation"]),
        ClauseCase(mechanism: "offer: police instructors offered are security",
                   sentence: "Ghana offered Togo police instructors for its northern districts.",
                   contains: ["ghana -> togo security cooperation"], excludes: ["ghana -> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "offer: a sum written with a scale's letter ('$20m', '$3bn') is money",
                   sentence: "Qatar offered Lebanon $20m for its army's fuel bill.",
                   contains: ["qatar -> lebanon economic cooperation"], excludes: ["qatar -> lebanon diplomatic cooperation"]),
        ClauseCase(mechanism: "offer: a word that only starts with a number is no sum",
                   sentence: "Qatar offered Lebanon 5th-floor offices for the talks.",
                   excludes: ["qatar -> lebanon economic cooperation"]),
        ClauseCase(mechanism: "offer: an offer of mediation stays diplomatic",
                   sentence: "Norway offered to mediate between Colombia and Venezuela.",
                   contains: ["norway -> colombia diplomatic cooperation"],
                   excludes: ["norway -> colombia economic cooperation", "norway -> colombia security cooperation"]),
    ]

    static let blocks: [ClauseCase] = [
        ClauseCase(mechanism: "armed block: a coast guard blocking a neighbour's boats is security coercion",
                   sentence: "Vietnam's coast guard has blocked Malaysian fishing boats near the reef.",
                   contains: ["vietnam -> malaysia security tension"], types: ["coerce"]),
        ClauseCase(mechanism: "armed block: border guards blocking a neighbour's lorries at a crossing",
                   sentence: "Indian border guards blocked Nepali lorries at the crossing on Friday.",
                   contains: ["india -> nepal security tension"], excludes: ["india -> nepal diplomatic tension"]),
        ClauseCase(mechanism: "armed block: the navy's ships, an auxiliary between",
                   sentence: "Colombian navy ships have blocked Venezuelan patrol boats off the coast.",
                   contains: ["colombia -> venezuela security tension"]),
    ]

    @Test(arguments: blocks) func armedBlock(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: refusals) func refusedAgreement(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: offers) func offer(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

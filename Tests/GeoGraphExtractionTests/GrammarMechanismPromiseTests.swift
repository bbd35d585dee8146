import Testing
@testable import GeoGraphExtraction

/// Promises and pledges: a party that promises or pledges something to another offers it, a request on the
/// layer of what it promises (the offer rule); a promise not to act is no offer, and negates the act it
/// names. Sentences written for these tests about regions other than the reference corpus's, read with the
/// bundled gazetteer and lexicon.
@Suite struct GrammarMechanismPromiseTests {
    static let promises: [ClauseCase] = [
        ClauseCase(mechanism: "pledge: a sum pledged to a party is an economic offer",
                   sentence: "Japan pledged 300 million dollars to Laos for its railway.",
                   contains: ["japan -> laos economic cooperation"], excludes: ["japan -> laos diplomatic cooperation"],
                   types: ["request"]),
        ClauseCase(mechanism: "promise: two objects, the party then the goods, economic",
                   sentence: "Chile promised Bolivia food and medicine after the floods.",
                   contains: ["chile -> bolivia economic cooperation"], excludes: ["chile -> bolivia diplomatic cooperation"]),
        ClauseCase(mechanism: "promise: troops promised are a security offer",
                   sentence: "Ghana has promised Togo troops for its northern border.",
                   contains: ["ghana -> togo security cooperation"], excludes: ["ghana -> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "pledge: investment pledged, the relative clause's antecedent its agent",
                   sentence: "He flew to Hanoi, which pledged investment and loans to Cambodia worth two billion dollars.",
                   contains: ["vietnam -> cambodia economic cooperation"]),
        ClauseCase(mechanism: "promise not to act: no offer, and the act promised against is not done",
                   sentence: "Vietnam promised not to send arms to Cambodia.",
                   excludes: ["vietnam -> cambodia security cooperation", "vietnam -> cambodia diplomatic cooperation",
                              "vietnam -> cambodia economic cooperation"]),
        ClauseCase(mechanism: "promise not to help: the party helped is offered nothing",
                   sentence: "Laos has promised not to help Myanmar evade the sanctions.",
                   excludes: ["laos -> myanmar diplomatic cooperation", "laos -> myanmar economic cooperation",
                              "laos -> myanmar security cooperation"]),
        ClauseCase(mechanism: "pledge to refrain from force: no offer to the other party",
                   sentence: "Peru and Ecuador pledged to refrain from the use of force along their border.",
                   excludes: ["peru -> ecuador diplomatic cooperation", "ecuador -> peru diplomatic cooperation",
                              "peru -> ecuador security tension"]),
    ]

    @Test(arguments: promises) func promise(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

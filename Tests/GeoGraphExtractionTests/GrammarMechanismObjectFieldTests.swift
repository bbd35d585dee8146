import Testing
@testable import GeoGraphExtraction

/// An act done to a thing of a field is on that field's layer: expelling or admitting troops is a security
/// act, cutting a revenue or backing a pipeline an economic one, though the verbs alone read as diplomatic.
/// Only the head of the object counts: a protest at a coup led by soldiers stays diplomatic. Sentences
/// written for these tests about regions other than the reference corpus's.
@Suite struct GrammarMechanismObjectFieldTests {
    static let fields: [ClauseCase] = [
        ClauseCase(mechanism: "object field: expelling a party's troops is security tension",
                   sentence: "Chad expelled Libyan troops from its northern desert last spring.",
                   contains: ["chad -> libya security tension"], excludes: ["chad -> libya diplomatic tension"]),
        ClauseCase(mechanism: "object field: the head after 'of' names the field ('the entry of Peruvian soldiers')",
                   sentence: "Bolivia approved the entry of Peruvian soldiers for a joint exercise.",
                   contains: ["bolivia -> peru security cooperation"], excludes: ["bolivia -> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "object field: cutting a party's revenue is economic tension",
                   sentence: "Canada moved to cut Venezuela's oil revenue after the vote.",
                   contains: ["canada -> venezuela economic tension"], excludes: ["canada -> venezuela diplomatic tension"]),
        ClauseCase(mechanism: "object field: backing a pipeline is economic cooperation",
                   sentence: "Kenya backed Uganda's crude pipeline to the coast.",
                   contains: ["kenya -> uganda economic cooperation"],
                   excludes: ["kenya -> uganda diplomatic cooperation"]),
    ]

    static let heads: [ClauseCase] = [
        ClauseCase(mechanism: "object field: a modifier is not the head ('condemned the military coup' stays diplomatic)",
                   sentence: "Ghana condemned Guinea's military takeover.",
                   contains: ["ghana -> guinea diplomatic tension"], excludes: ["ghana -> guinea security tension"]),
        ClauseCase(mechanism: "object field: an object with no field leaves the verb's layer",
                   sentence: "Chad expelled Libyan diplomats from its capital last spring.",
                   contains: ["chad -> libya diplomatic tension"], excludes: ["chad -> libya security tension"]),
    ]

    @Test(arguments: fields) func objectField(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: heads) func objectHead(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

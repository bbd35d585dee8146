import Testing
@testable import GeoGraphExtraction

/// Mechanisms of formats, spheres of influence, cooperation domains and clause breaks, each pinned by
/// sentences written for these tests about regions other than the reference corpus's (never copied
/// from a text), with the bundled gazetteer and lexicon (``ClauseFixture``).
@Suite struct GrammarMechanismFormatTests {
    /// Two names joined by a plus sign name a dialogue format: standing cooperation between them.
    static let formats: [ClauseCase] = [
        ClauseCase(mechanism: "formats: each plus-joined pair is a format between its two names",
                   sentence: "The C5+South Korea and C5+US tracks have grown since 2020.",
                   contains: ["central-asia <-> south-korea diplomatic cooperation",
                              "central-asia <-> usa diplomatic cooperation"],
                   unrelated: ["south-korea usa"], types: ["cooperate"]),
        ClauseCase(mechanism: "formats: a plus-joined pair of blocs",
                   sentence: "Diplomats praised the EU+ASEAN track in Jakarta.",
                   contains: ["asean <-> eu diplomatic cooperation"]),
        ClauseCase(mechanism: "formats: a hyphen is no plus, a place line names no format",
                   sentence: "The Serbia-Kosovo line stayed quiet in May.",
                   unrelated: ["serbia kosovo"]),
    ]

    /// A sphere or zone of influence is dominance: diplomatic tension from the power to whom it encloses.
    static let spheres: [ClauseCase] = [
        ClauseCase(mechanism: "spheres: a zone of influence in a region is tension, not cooperation",
                   sentence: "Turkey is widening its zones of influence in the South Caucasus.",
                   contains: ["turkey -> south-caucasus diplomatic tension"],
                   excludes: ["turkey -> south-caucasus diplomatic cooperation"], types: ["coerce"]),
        ClauseCase(mechanism: "spheres: a sphere of influence over a state is diplomatic, not security, tension",
                   sentence: "Paris kept a sphere of influence over Chad for decades.",
                   contains: ["france -> chad diplomatic tension"],
                   excludes: ["france -> chad security tension"]),
    ]

    /// A cooperation noun whose domain follows after "in" or "on" is cooperation on that domain's layer only.
    static let domains: [ClauseCase] = [
        ClauseCase(mechanism: "domains: cooperation in the energy sector is economic, not also diplomatic",
                   sentence: "Peru and Chile deepened cooperation in the energy sector.",
                   contains: ["chile <-> peru economic cooperation"],
                   excludes: ["chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "domains: cooperation with no domain stays diplomatic",
                   sentence: "Peru and Chile deepened their cooperation last year.",
                   contains: ["chile <-> peru diplomatic cooperation"]),
    ]

    /// Clause breaks and analysts: an ellipsis leaves words out, "observers say" reports.
    static let breaks: [ClauseCase] = [
        ClauseCase(mechanism: "ellipsis: words either side of an ellipsis are no one clause",
                   sentence: "Hungary is more isolated diplomatically … the shelling of Ukraine hurt its image.",
                   unrelated: ["hungary ukraine"]),
        ClauseCase(mechanism: "observers: 'observers say' names analysts, not observer status",
                   sentence: "This makes growing ties with Japan more palatable for Hanoi, observers say.",
                   excludes: ["japan -> vietnam diplomatic cooperation"]),
        ClauseCase(mechanism: "observers: observer status is still membership",
                   sentence: "Turkmenistan gained observer status in the Organization of Turkic States.",
                   types: ["member"]),
    ]

    @Test(arguments: formats) func format(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: spheres) func sphere(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: domains) func domain(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: breaks) func clauseBreak(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

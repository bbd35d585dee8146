import Testing
@testable import GeoGraphExtraction

/// An agreement is on the layer of its content: a security, defence or policing agreement is security
/// cooperation, a trade, loan or water agreement economic, and neither is also diplomatic; a peace deal, a
/// ceasefire agreement and an agreement with no content stay diplomatic. Sentences written for these
/// tests about regions other than the reference corpus's, read with the bundled gazetteer and lexicon.
@Suite struct GrammarMechanismAgreementTests {
    static let content: [ClauseCase] = [
        ClauseCase(mechanism: "agreement layer: the object of 'signed' qualified by a security word",
                   sentence: "Ghana signed a security pact with Togo on Monday.",
                   contains: ["ghana <-> togo security cooperation"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: a mutual defence treaty is security cooperation only",
                   sentence: "Peru and Chile signed a mutual defence treaty in Lima.",
                   contains: ["chile <-> peru security cooperation"], excludes: ["chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: a hyphenated trade word makes the agreement economic",
                   sentence: "Kenya signed a free-trade agreement with Tanzania.",
                   contains: ["kenya <-> tanzania economic cooperation"],
                   excludes: ["kenya <-> tanzania diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: the agreement noun alone, qualified by a field ('a policing deal with')",
                   sentence: "Bolivia concluded a policing deal with Paraguay last year.",
                   contains: ["bolivia <-> paraguay security cooperation"],
                   excludes: ["bolivia <-> paraguay diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: a protocol is an agreement noun; a participle after it names the signers",
                   sentence: "Arms arrived under a defence protocol signed by Ghana and Togo in May.",
                   contains: ["ghana <-> togo security cooperation"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: a naval agreement is security cooperation",
                   sentence: "Turkey signed a ten-year naval agreement with Somalia in February.",
                   contains: ["somalia <-> turkey security cooperation"], excludes: ["somalia <-> turkey diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: a loan agreement is economic",
                   sentence: "Angola signed a loan agreement with Brazil to build two power plants.",
                   excludes: ["angola <-> brazil diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: the content of an agreement's infinitive ('agreed to share water')",
                   sentence: "Uganda and Rwanda agreed to share the river water.",
                   contains: ["rwanda <-> uganda economic cooperation"],
                   excludes: ["rwanda <-> uganda diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: an infinitive naming military content is security cooperation",
                   sentence: "Tunisia and Algeria agreed to exchange military intelligence.",
                   contains: ["algeria <-> tunisia security cooperation"],
                   excludes: ["algeria <-> tunisia diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: the last part of a hyphenated word names the content ('anti-terrorism')",
                   sentence: "Chad and Sudan agreed to hold regular anti-terrorism drills.",
                   contains: ["chad <-> sudan security cooperation"], excludes: ["chad <-> sudan diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: content after 'on' makes a memorandum security cooperation only",
                   sentence: "Bamako signed a memorandum with Beijing on military cooperation last week.",
                   contains: ["china <-> mali security cooperation"], excludes: ["china <-> mali diplomatic cooperation"]),
    ]

    static let diplomatic: [ClauseCase] = [
        ClauseCase(mechanism: "agreement layer: a peace deal stays diplomatic",
                   sentence: "Ghana and Togo signed a peace deal in Accra.",
                   contains: ["ghana <-> togo diplomatic cooperation"], excludes: ["ghana <-> togo security cooperation"]),
        ClauseCase(mechanism: "agreement layer: a ceasefire agreement stays diplomatic, though a ceasefire is a security topic",
                   sentence: "Senegal signed a ceasefire agreement with Gambia.",
                   contains: ["gambia <-> senegal diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: an agreement to hold talks is diplomatic, whatever the talks are about",
                   sentence: "Mali and Niger agreed to hold talks on trade.",
                   contains: ["mali <-> niger diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement layer: an agreement with no content stays diplomatic",
                   sentence: "Estonia signed an agreement with Latvia on Friday.",
                   contains: ["estonia <-> latvia diplomatic cooperation"],
                   excludes: ["estonia <-> latvia security cooperation", "estonia <-> latvia economic cooperation"]),
    ]

    /// What an agreement's own predicate provides names its content when no qualifier does: a relative word or a
    /// verb of the lexicon's set `PROVISIONS` after the noun, then a field word or armed forces.
    static let provided: [ClauseCase] = [
        ClauseCase(mechanism: "provided content: a relative clause naming defence makes the treaty security cooperation",
                   sentence: "Chile and Peru signed a treaty that provides mutual defence against outside attack.",
                   contains: ["chile <-> peru security cooperation"], excludes: ["chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "provided content: a time phrase may stand between the noun and its relative clause",
                   sentence: "Ghana and Togo signed an accord on Friday that allows their forces to train together.",
                   contains: ["ghana <-> togo security cooperation"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "provided content: goods the deal covers make it economic",
                   sentence: "Kenya and Uganda signed a deal that covers oil exports through Mombasa.",
                   contains: ["kenya <-> uganda economic cooperation"], excludes: ["kenya <-> uganda diplomatic cooperation"]),
        ClauseCase(mechanism: "provided content: a predicate naming no field leaves the accord diplomatic",
                   sentence: "Sudan and Chad signed an accord that ends years of hostility.",
                   contains: ["chad <-> sudan diplomatic cooperation"], excludes: ["chad <-> sudan security cooperation"]),
        ClauseCase(mechanism: "provided content: a field word after a preposition, with no relative or provision verb, is none",
                   sentence: "Mali and Niger signed a deal after military clashes on the border.",
                   contains: ["mali <-> niger diplomatic cooperation"], excludes: ["mali <-> niger security cooperation"]),
    ]

    /// A definite agreement noun with no content of its own ("the pact", "the Chile-Peru accord") is the last agreement
    /// the document told, on that one's layer; so is an indefinite one set off after an agreement of its sentence.
    /// Read through ``GraphBuilder``, one sentence leaving its agreement to the next.
    static let references: [ReferenceCase] = [
        ReferenceCase(mechanism: "agreement reference: 'the pact', the subject of a passive, is the defence pact told before",
                      text: "Ghana and Togo signed a defence pact in Accra on Monday. The pact was signed by Ghana's "
                          + "foreign minister and Togo's prime minister.",
                      contains: ["ghana <-> togo security cooperation"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ReferenceCase(mechanism: "agreement reference: 'the accord with X' is the fisheries accord told before",
                      text: "Chile and Argentina signed a fisheries accord last week. Chile's president hailed the accord "
                          + "with Argentina as historic.",
                      contains: ["argentina <-> chile economic cooperation"],
                      excludes: ["argentina <-> chile diplomatic cooperation"]),
        ReferenceCase(mechanism: "agreement reference: parties may qualify the definite noun ('the Namibia-Angola deal')",
                      text: "Namibia and Angola concluded a water-sharing treaty in May. Officials said the Namibia-Angola "
                          + "deal was signed by both presidents.",
                      contains: ["angola <-> namibia economic cooperation"],
                      excludes: ["angola <-> namibia diplomatic cooperation"]),
        ReferenceCase(mechanism: "agreement reference: an indefinite agreement set off after the sentence's own renames it",
                      text: "Kenya and Ethiopia signed a border agreement that lets their forces patrol jointly, a pact "
                          + "welcomed across the region.",
                      contains: ["ethiopia <-> kenya security cooperation"],
                      excludes: ["ethiopia <-> kenya diplomatic cooperation"]),
        ReferenceCase(mechanism: "agreement reference: an indefinite agreement is a new one, with no content",
                      text: "Ghana and Togo signed a defence pact in March. Ghana later signed a deal with Benin.",
                      contains: ["benin <-> ghana diplomatic cooperation", "ghana <-> togo security cooperation"],
                      excludes: ["benin <-> ghana security cooperation"]),
        ReferenceCase(mechanism: "agreement reference: a definite agreement qualified by words of its own is not the one before",
                      text: "Peru signed a defence pact with Chile in May. In June Peru signed the new border treaty with "
                          + "Ecuador.",
                      contains: ["ecuador <-> peru diplomatic cooperation"], excludes: ["ecuador <-> peru security cooperation"]),
        ReferenceCase(mechanism: "agreement reference: a passive agreement verb's subject is read for its qualifiers too",
                      text: "A security pact was signed by Ghana and Togo on Monday.",
                      contains: ["ghana <-> togo security cooperation"], excludes: ["ghana <-> togo diplomatic cooperation"]),
    ]

    @Test(arguments: content) func agreementContent(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: references) func agreementReference(_ c: ReferenceCase) { ReferenceMechanismTests.check(c) }
    @Test(arguments: provided) func providedContent(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: diplomatic) func diplomaticAgreement(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

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

    /// The parties named before a sphere of influence are what it encloses: the owner dominates each.
    static let enclosed: [ClauseCase] = [
        ClauseCase(mechanism: "spheres: the parties before 'were within X's sphere' are dominated by X",
                   sentence: "Mali and Niger were within France's sphere of influence for decades.",
                   contains: ["france -> mali diplomatic tension", "france -> niger diplomatic tension"],
                   unrelated: ["mali niger"]),
        ClauseCase(mechanism: "spheres: 'treated X as part of its zone of influence' is the subject's dominance of X",
                   sentence: "Tehran long treated Iraq as part of its zone of influence.",
                   contains: ["iran -> iraq diplomatic tension"], types: ["coerce"]),
    ]

    /// A bloc and its member noun before a list of states: each state is a member of the bloc.
    static let members: [ClauseCase] = [
        ClauseCase(mechanism: "members: 'BLOC members A and B' makes each a member",
                   sentence: "ASEAN members Vietnam and the Philippines held talks on fishing rights.",
                   contains: ["vietnam -> asean diplomatic cooperation", "philippines -> asean diplomatic cooperation",
                              "philippines <-> vietnam diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "members: a security bloc's member states are security members",
                   sentence: "NATO's member states Poland and Lithuania pledged more troops.",
                   contains: ["poland -> nato security cooperation", "lithuania -> nato security cooperation"]),
        ClauseCase(mechanism: "members: one member named after the noun",
                   sentence: "EU member Hungary vetoed the statement on Monday.",
                   contains: ["hungary -> eu diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "members: 'member countries' before the list",
                   sentence: "Mercosur member countries Uruguay and Paraguay met in Asuncion.",
                   contains: ["uruguay -> mercosur diplomatic cooperation", "paraguay -> mercosur diplomatic cooperation"]),
    ]

    /// A sentence opening with its scene ("In Laos, …") gives an influence or presence without an object
    /// the scene as patient; a war or strike there stays no tie with the place.
    static let scenes: [ClauseCase] = [
        ClauseCase(mechanism: "scenes: 'In X, P widens its soft power' is P's influence on X",
                   sentence: "In Laos, China has plans to widen its soft power through new schools.",
                   contains: ["china -> laos diplomatic cooperation"]),
        ClauseCase(mechanism: "scenes: an investment in a fronted scene goes to the scene",
                   sentence: "In Zambia, the Emirates have expanded their investments this year.",
                   contains: ["uae -> zambia economic cooperation"]),
        ClauseCase(mechanism: "scenes: strikes in a fronted scene are no tie with the place",
                   sentence: "In Syria, Israel launched new airstrikes last week.",
                   unrelated: ["israel syria"]),
    ]

    /// A demonym that owns a nominal event acts in it, not in a later cue of the sentence.
    static let demonyms: [ClauseCase] = [
        ClauseCase(mechanism: "demonyms: a demonym owning the first event of a list is no agent of a later one",
                   sentence: "A year that saw Turkish intervention in Syria, fighting between Armenia and Azerbaijan, and protests followed by a crackdown in Iran's south left Qatar uneasy.",
                   contains: ["turkey -> syria security tension"],
                   unrelated: ["turkey iran", "turkey qatar"]),
    ]

    /// A title in quotes right after a noun names it: its quotation marks break no clause.
    static let titles: [ClauseCase] = [
        ClauseCase(mechanism: "titles: a quoted treaty name keeps the treaty's parties in its clause",
                   sentence: "These include the treaty “On Trust” that included Chile and Peru.",
                   contains: ["chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "titles: a bracketed word inside the quoted name closes its own clause",
                   sentence: "These include the pact “On Roads [and]Rails” that included Bolivia and Paraguay.",
                   contains: ["bolivia <-> paraguay diplomatic cooperation"]),
    ]

    /// A party's act or role within a body: the party takes part in the body.
    static let within: [ClauseCase] = [
        ClauseCase(mechanism: "within: a state's role within a security bloc is security membership",
                   sentence: "Turkey's role within NATO keeps growing.",
                   contains: ["turkey -> nato security cooperation"], types: ["member"]),
        ClauseCase(mechanism: "within: a leader's initiative within a body is the state's participation",
                   sentence: "Lula's initiative within the enlarged Brics angered no one.",
                   date: "2024-05-01",
                   contains: ["brazil -> brics diplomatic cooperation"]),
        ClauseCase(mechanism: "within: a place within a body's territory is no participation",
                   sentence: "Ports within the EU rejected the ships.",
                   isEmpty: true),
    ]

    /// A passive verb with no agent in its clause: its subject is its patient, and no one acts.
    static let passives: [ClauseCase] = [
        ClauseCase(mechanism: "agentless passives: the subject of 'was invaded' is no invader of a later party",
                   sentence: "Georgia was invaded in 2008, and Russia still occupies parts of it.",
                   excludes: ["georgia -> russia security tension"]),
        ClauseCase(mechanism: "agentless passives: 'being sanctioned for helping X' ties nobody to X by the sanction",
                   sentence: "Eritrea was sanctioned for years alongside Sudan.",
                   unrelated: ["eritrea sudan"]),
        ClauseCase(mechanism: "agentless passives: a passive with 'by' keeps its agent",
                   sentence: "Armenia was attacked by Azerbaijan in September.",
                   contains: ["azerbaijan -> armenia security tension"]),
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
        ClauseCase(mechanism: "coordinated clause: ', and' before a party and a verb opens a clause with its own subject",
                   sentence: "Brazil and India, which sit on the council, rejected the plan, and Brasilia tabled a motion.",
                   unrelated: ["brazil india"]),
        ClauseCase(mechanism: "coordinated clause: the object of the first verb is not the second clause's subject",
                   sentence: "Ghana condemned the raid, and Togo has closed its border crossings.",
                   unrelated: ["ghana togo"]),
        ClauseCase(mechanism: "coordinated clause: an apposition may stand between the new clause's subject and its verb",
                   sentence: "Peru and Chile abstained, and Bolivia, a non-permanent member, refused to vote.",
                   unrelated: ["bolivia chile", "bolivia peru"]),
        ClauseCase(mechanism: "coordinated clause: a list of parties may be the new clause's subject",
                   sentence: "Venezuela seized the tanker, and Colombia, the US and Brazil condemned the seizure.",
                   contains: ["colombia -> venezuela diplomatic tension"],
                   excludes: ["venezuela -> colombia security tension", "venezuela -> brazil security tension"]),
        ClauseCase(mechanism: "figurative force: a penalty that 'hits' a party is no assault",
                   sentence: "New US tariffs hit Mexico's car exports.",
                   contains: ["usa -> mexico economic tension"], excludes: ["usa -> mexico security tension"]),
        ClauseCase(mechanism: "figurative force: strikes that hit a party still assault it",
                   sentence: "Russian strikes hit Ukraine's grid after the EU sanctions hit Moscow.",
                   contains: ["russia -> ukraine security tension", "eu -> russia economic tension"],
                   excludes: ["eu -> russia security tension"]),
        ClauseCase(mechanism: "membership: one is a member of a body, never of a state",
                   sentence: "Ghana became a member of the council alongside Peru.",
                   unrelated: ["ghana peru"]),
        ClauseCase(mechanism: "membership: joining talks between two states makes them no members of each other",
                   sentence: "Egypt joined the talks between Sudan and Chad.",
                   contains: ["chad <-> sudan diplomatic cooperation"], types: ["consult"]),
        ClauseCase(mechanism: "coordinated clause: 'as' + party + finite verb opens a headline's second clause",
                   sentence: "Eritrea mobilises reservists as Ethiopia talks of a route to the sea.",
                   unrelated: ["eritrea ethiopia"]),
        ClauseCase(mechanism: "coordinated clause: a list whose comma ends a party stays one subject",
                   sentence: "Peru, Chile, and Bolivia signed a water accord on Tuesday.",
                   contains: ["bolivia <-> chile economic cooperation", "chile <-> peru economic cooperation"]),
        ClauseCase(mechanism: "coordinated clause: each clause keeps its own agent and object",
                   sentence: "Spain sold arms to Peru, and Chile bought drones from Israel.",
                   contains: ["spain -> peru security cooperation", "israel -> chile security cooperation"],
                   unrelated: ["peru chile", "spain chile"]),
    ]

    @Test(arguments: formats) func format(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: spheres) func sphere(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: enclosed) func enclosedBySphere(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: members) func member(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: scenes) func scene(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: demonyms) func demonym(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    /// A title's quotation marks break no clause; speech or a label after a verb's object still does.
    @Test func quotedTitlesAndQuotedSpeech() {
        let splitter = ClauseSplitter(reporting: ["said"])
        func clauseCount(_ sentence: String) -> Int {
            Set(splitter.clauses(Tokenizer.tokens(Array(sentence.unicodeScalars)[...]))).count
        }
        #expect(clauseCount("These include the treaty “On Trust” that included Chile and Peru.") == 1)
        #expect(clauseCount("Ankara called it “Greek provocation” and left.") > 1)
        #expect(clauseCount("Ankara said “Greece is wrong” and left.") > 1)
        #expect(clauseCount("“Greece is wrong” and that is all.") > 1)
    }

    /// ", and" opens a clause only before a party followed by a finite verb, after a word that ends no party.
    @Test(arguments: [
        ("Ghana condemned the raid, and Togo closed its border.", [0..<1, 5..<6], 2),
        ("Ghana condemned the raid, and the Togo government will respond.", [0..<1, 6..<8], 2),
        ("Peru, Chile, and Bolivia signed an accord.", [0..<1, 1..<2, 3..<4], 1),
        ("Ghana condemned the raid, and Togo in particular.", [0..<1, 5..<6], 1),
        ("Ghana condemned the raid, and Togo.", [0..<1, 5..<6], 1),
        // "as" + party + finite verb: a headline's second clause.
        ("Mali expels envoys as Algeria recalls its ambassador.", [0..<1, 4..<5], 2),
        ("Chad closes its border as Sudan's war spreads.", [0..<1, 5..<6], 1),
        ("Kenya joined the talks as a mediator.", [0..<1], 1),
    ])
    func coordinatedClauses(sentence: String, parties: [Range<Int>], count: Int) {
        let splitter = ClauseSplitter(reporting: ["said"])
        #expect(Set(splitter.clauses(Tokenizer.tokens(Array(sentence.unicodeScalars)[...]), parties: parties)).count == count)
    }

    @Test(arguments: titles) func title(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: within) func participation(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: passives) func agentlessPassive(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: domains) func domain(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: breaks) func clauseBreak(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}

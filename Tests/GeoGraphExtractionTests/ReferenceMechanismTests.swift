import GeoGraph
import Testing

@testable import GeoGraphExtraction

/// A short text of a few sentences and the ties an analyst reads in it, for references that reach
/// back to an earlier sentence; written for these tests about regions other than the reference and
/// unseen texts, never copied from one.
struct ReferenceCase: CustomTestStringConvertible, Sendable {
    var mechanism: String
    var text: String
    /// Ties the graph must hold, as "source -> target layer polarity" or "a <-> b layer polarity".
    var contains: [String] = []
    /// Ties the graph must not hold.
    var excludes: [String] = []
    /// Pairs that must have no tie at all ("a b", either direction, any layer).
    var unrelated: [String] = []

    var testDescription: String { "\(mechanism): \(text)" }
}

/// Noun phrases that name no party and still stand for one (``TieExtractor/describedState(at:_:named:context:)``,
/// ``TieExtractor/eventReferences(_:cues:context:parties:)``), read through ``GraphBuilder`` so that one
/// sentence leaves its parties and events to the next, with the bundled gazetteer and lexicon.
@Suite struct ReferenceMechanismTests {
    static let builder = GraphBuilder(gazetteer: ClauseFixture.gazetteer, lexicon: ClauseFixture.extractor.lexicon)

    /// Builds the case's text and checks its ties: each of `contains` found, none of `excludes`, and no tie at
    /// all between each pair of `unrelated`.
    static func check(_ c: ReferenceCase) {
        let found = labels(c.text)
        for tie in c.contains { #expect(found.ties.contains(tie), "missing \(tie); found \(found.ties.sorted())") }
        for tie in c.excludes { #expect(!found.ties.contains(tie), "unexpected \(tie); found \(found.ties.sorted())") }
        for pair in c.unrelated { #expect(!found.pairs.contains(pair), "unexpected tie between \(pair)") }
    }

    static func labels(_ text: String) -> (ties: Set<String>, pairs: Set<String>) {
        let doc = LoadedDocument(
            document: Document(file: "t.txt", date: "2024-05-02"), scalars: Array(text.unicodeScalars))
        let graph = builder.build([doc])
        let ties = Set(
            graph.ties.map {
                "\($0.source) \($0.isSymmetric ? "<->" : "->") \($0.target) \($0.layer.rawValue) \($0.polarity.rawValue)"
            })
        let pairs = Set(graph.ties.flatMap { ["\($0.source) \($0.target)", "\($0.target) \($0.source)"] })
        return (ties, pairs)
    }

    /// "the kingdom", "the junta", "the island": the one state just named that the gazetteer tags so
    /// (a style of its official name, or the `DESCRIPTION_TAGS` table); none when two fit or none does.
    static let descriptions: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "descriptions: 'the kingdom' is the kingdom named in the sentence before",
            text:
                "Jordan reopened its northern crossing last month. The kingdom then signed a trade agreement with Iraq.",
            contains: ["iraq <-> jordan economic cooperation"]),
        ReferenceCase(
            mechanism: "descriptions: 'the junta' is the state under military rule just named, not its partner",
            text:
                "Guinea's rulers met a Turkish delegation on Friday. The junta signed a mining deal with Beijing a day later.",
            contains: ["china <-> guinea diplomatic cooperation"], unrelated: ["china turkey"]),
        ReferenceCase(
            mechanism: "descriptions: 'the island' is the island state named before, as an object",
            text:
                "Russia sent a training ship to Cuba on Monday. Washington sharply criticised the island over the visit.",
            contains: ["usa -> cuba diplomatic tension"]),
        ReferenceCase(
            mechanism: "descriptions: 'the sultanate' is the sultanate of the sentence before",
            text: "Oman hosted envoys from Tehran in the spring. The sultanate later signed a port deal with India.",
            contains: ["india <-> oman diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "descriptions: a state named two sentences before is too far back",
            text:
                "Oman hosted envoys from Tehran in the spring. Officials said little afterwards. The sultanate later signed a port deal with India.",
            unrelated: ["india oman"]),
        ReferenceCase(
            mechanism: "descriptions: 'the military government' is the state under military rule",
            text:
                "Sudan held a national conference in Khartoum. Egypt later signed a water deal with the military government.",
            contains: ["egypt <-> sudan economic cooperation"]),
        ReferenceCase(
            mechanism: "descriptions: two kingdoms just named leave 'the kingdom' unread",
            text:
                "Spain and Morocco discussed migration in Rabat. The kingdom then signed a fisheries agreement with Mauritania.",
            unrelated: ["mauritania spain", "mauritania morocco"]),
        ReferenceCase(
            mechanism: "descriptions: a noun no state just named fits stands for none",
            text: "Chile hosted a regional summit last week. The kingdom signed a trade agreement with Peru.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "descriptions: a new paragraph forgets the states named before",
            text: "Kuwait hosted talks on the oil field.\n\nThe emirate signed a port deal with Pakistan.",
            unrelated: ["kuwait pakistan"]),
    ]

    /// "the three states", "all four countries": the last that many states named before in the sentence,
    /// else the previous sentence's parties when they are that many states.
    static let counted: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "counted states: the three states named before in the sentence",
            text: "Peru, Chile and Colombia closed their borders; Ecuador criticised the three governments.",
            contains: [
                "ecuador -> peru diplomatic tension", "ecuador -> chile diplomatic tension",
                "ecuador -> colombia diplomatic tension",
            ]),
        ReferenceCase(
            mechanism: "counted states: the three states of the sentence before",
            text:
                "Ghana, Togo and Benin held talks in Accra. The three countries later signed a trade deal with Nigeria.",
            contains: [
                "ghana <-> nigeria economic cooperation", "benin <-> nigeria economic cooperation",
                "nigeria <-> togo economic cooperation",
            ]),
        ReferenceCase(
            mechanism: "counted states: two states named are not 'the three countries'",
            text: "Ghana and Togo held talks in Accra. The three countries later signed a trade deal with Nigeria.",
            unrelated: ["ghana nigeria", "nigeria togo"]),
    ]

    /// "both capitals", "the two governments" when neither their sentence nor the previous one names a pair:
    /// the two states the document names most, each in more sentences than any other state.
    static let dyads: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "dyads: 'both capitals' are the two states the text names most",
            text:
                "Ghana accused Togo of harbouring rebels. Togo rejected the claim, and Benin called for calm between Togo and Ghana. Nigeria later urged both capitals to talk.",
            contains: ["nigeria -> ghana diplomatic cooperation", "nigeria -> togo diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "dyads: 'the two governments' are states, not the body and its chair named before them",
            text:
                "Sudan accused Chad of arming militias. Chad denied it, and Egypt offered to mediate between Chad and Sudan. The African Union, chaired by Angola, urged the two governments to negotiate.",
            contains: ["african-union -> chad diplomatic cooperation", "african-union -> sudan diplomatic cooperation"],
            excludes: ["african-union -> angola diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "dyads: three states named alike make no two most named",
            text: "Ghana, Togo and Benin signed a border pact. Nigeria later urged both capitals to talk.",
            unrelated: ["ghana nigeria", "nigeria togo", "benin nigeria"]),
    ]

    /// "¶ A truce between the two neighbours …": a pair reference opening a paragraph is the pair the sentence
    /// before the break named, as "They" is, before the document's two most named states.
    static let pairsAcrossParagraphs: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "pairs: 'the two neighbours' after a break are the pair named just before it, not the dyad",
            text:
                "Mali sent a new envoy to Algeria. Mali and Algeria held talks on water in Bamako. Algeria later hosted Mali's ministers.\n\nNiger and Burkina Faso exchanged fire across their border overnight.\n\nA truce between the two neighbours was brokered by Togo.",
            contains: ["burkina-faso <-> niger diplomatic cooperation"],
            excludes: ["mali <-> togo diplomatic cooperation", "algeria <-> togo diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "pairs: after a break, a sentence naming three parties leaves the dyad to 'both capitals'",
            text:
                "Peru accused Chile of spying. Chile rejected the claim, and Bolivia called for calm between Chile and Peru.\n\nEcuador, Colombia and Brazil met in Quito.\n\nArgentina later urged both capitals to talk.",
            contains: ["argentina -> chile diplomatic cooperation", "argentina -> peru diplomatic cooperation"]),
    ]

    @Test(arguments: pairsAcrossParagraphs)
    func pairAcrossParagraphs(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: dyads)
    func dyad(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: counted)
    func count(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: descriptions)
    func description(_ c: ReferenceCase) {
        Self.check(c)
    }

    /// "Yerevan condemned the attacks": a definite event noun after a verb of stance stands for the party
    /// that did the previous sentence's event of its type; none when two did, or when the event is mutual.
    static let events: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "events: the attacks the sentence before states are their attacker's",
            text: "Azerbaijan attacked Armenian villages overnight. Yerevan condemned the attacks.",
            contains: ["azerbaijan -> armenia security tension", "armenia -> azerbaijan diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: a verb's form after 'the' is its noun ('the raids')",
            text: "Colombian troops raided camps inside Ecuador on Sunday. Quito protested the raids within hours.",
            contains: ["ecuador -> colombia diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: support for the event is support for whom did it",
            text: "Washington imposed sanctions on Caracas in March. Bogota backed the sanctions.",
            contains: ["colombia -> usa diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "events: a reference read leaves its event for the sentence after",
            text:
                "Azerbaijan attacked Armenian villages overnight. Yerevan condemned the attacks. Paris also condemned the attacks.",
            contains: ["france -> azerbaijan diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: two attackers leave 'the attacks' unread",
            text: "Ethiopia attacked Eritrean positions and Sudan attacked Chad. Kenya condemned the attacks.",
            unrelated: ["ethiopia kenya", "kenya sudan"]),
        ReferenceCase(
            mechanism: "events: a mutual event has no one owner",
            text: "Venezuela and Guyana held talks in Brasilia. Colombia welcomed the talks.",
            unrelated: ["colombia venezuela", "colombia guyana"]),
        ReferenceCase(
            mechanism: "events: an event noun naming its own agent is not the earlier event",
            text: "Azerbaijan attacked Armenian villages overnight. Yerevan condemned the attacks by Iran on its ally.",
            excludes: ["armenia -> azerbaijan diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: 'the move' is the one party acting in the sentence before",
            text: "Kenya signed a security pact with Somalia on Friday. Uganda welcomed the move.",
            contains: ["uganda -> kenya diplomatic cooperation"], unrelated: ["somalia uganda"]),
        ReferenceCase(
            mechanism: "events: 'the move' of two coordinated subjects is no one party's",
            text: "Kenya and Ethiopia signed a security pact on Friday. Uganda welcomed the move.",
            unrelated: ["kenya uganda", "ethiopia uganda"]),
        ReferenceCase(
            mechanism: "events: 'the drills' (set EVENTS) are the one party acting in the sentence before",
            text: "Russian warships threatened Norway off its northern coast. Oslo condemned the drills as reckless.",
            contains: ["norway -> russia diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: 'that decision' reads as 'the decision'",
            text: "Hungary vetoed the aid package for Ukraine in Brussels. Kyiv rejected that decision.",
            contains: ["ukraine -> hungary diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: two parties acting leave 'the drills' unread",
            text: "Russia and Belarus threatened Lithuania. Vilnius condemned the drills.",
            excludes: ["lithuania -> russia diplomatic tension", "lithuania -> belarus diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: an event noun naming its patient is an event of its own",
            text: "Azerbaijan attacked Armenian villages overnight. Turkey condemned the attack on Georgia.",
            contains: ["turkey -> georgia diplomatic tension"], unrelated: ["azerbaijan turkey"]),
        ReferenceCase(
            mechanism: "events: an event told earlier in the same sentence is its clause subject's",
            text: "Georgian police raided a Russian-owned depot, and Moscow condemned the raids.",
            contains: ["russia -> georgia diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: the same sentence's event, named by its own noun",
            text: "Azerbaijani troops attacked Armenian posts on Monday and Iran criticised the attacks.",
            contains: ["iran -> azerbaijan diplomatic tension"]),
        ReferenceCase(
            mechanism: "events: an event of a paragraph before is not referred to",
            text: "Azerbaijan attacked Armenian villages overnight.\n\nParis condemned the attacks.",
            unrelated: ["azerbaijan france"]),
    ]

    /// "They" opening a paragraph: the states the paragraph before named (news prints one sentence a
    /// paragraph); any other opening word leaves the paragraph before alone.
    static let theyAcrossParagraphs: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "they: a paragraph opening with 'They' names the states of the paragraph before",
            text: "Ghana, Togo and Benin closed their borders on Friday.\n\nThey announced the step in a joint statement.",
            contains: ["benin <-> ghana diplomatic cooperation", "ghana <-> togo diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "they: two states of the paragraph before sign what 'They' signed",
            text: "Chile and Peru met in Lima last week.\n\nThey signed a fisheries agreement on Monday.",
            contains: ["chile <-> peru diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "they: a body the paragraph before's states acted on is not one of 'They'",
            text: "Kenya, Uganda and Rwanda quit the African Union on Friday.\n\nThey announced the step in a joint statement.",
            contains: ["kenya <-> uganda diplomatic cooperation", "rwanda <-> uganda diplomatic cooperation"],
            excludes: ["african-union <-> kenya diplomatic cooperation", "african-union <-> uganda diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "they: a paragraph opening with another word forgets the states named before",
            text: "Ghana, Togo and Benin closed their borders on Friday.\n\nOfficials announced the step in a joint statement.",
            unrelated: ["benin ghana", "ghana togo"]),
    ]

    @Test(arguments: theyAcrossParagraphs)
    func theyAcrossParagraph(_ c: ReferenceCase) {
        Self.check(c)
    }

    /// A sentence with one party ties nothing, yet its subject's event is there for the next sentence's
    /// definite events (``TieExtractor/loneEvents(_:mentions:cues:party:into:)``); a relative clause set off by
    /// commas may stand between a subject and its verb (``TieExtractor/subjectGroup(before:grouped:groups:tokens:)``).
    static let loneEvents: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "lone events: the one party's strikes are referred to by the next sentence",
            text: "Chile struck rebel camps along its northern frontier on Monday. Lima condemned the strikes.",
            contains: ["peru -> chile diplomatic tension"]),
        ReferenceCase(
            mechanism: "lone events: 'the move' is the lone subject's act",
            text: "Vietnam seized a fishing fleet near the shoals on Tuesday. Manila rejected the move.",
            contains: ["philippines -> vietnam diplomatic tension"]),
        ReferenceCase(
            mechanism: "lone events: the predicate after a relative clause set off by commas",
            text: "Vietnam, whose coast guard patrols the shoals, seized a fishing fleet. Manila criticised the move.",
            contains: ["philippines -> vietnam diplomatic tension"]),
        ReferenceCase(
            mechanism: "lone events: a party that is not the subject did no event",
            text: "Rebels attacked a convoy near the Chilean border on Monday. Lima condemned the attacks.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "lone events: a subject joined to a word that is no party is not alone",
            text: "Chile and its partners struck rebel camps on Monday. Lima condemned the strikes.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "lone events: a passive subject is the patient, not the doer",
            text: "Kuwait was granted a larger quota on Sunday. Baghdad criticised the decision.",
            unrelated: ["iraq kuwait"]),
        ReferenceCase(
            mechanism: "lone events: an event of a paragraph before is not referred to",
            text: "Chile struck rebel camps on Monday.\n\nLima condemned the strikes.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "untied events: the subject before a relative clause owns the verb after it",
            text:
                "Rwanda, whose troops crossed the border after Uganda closed it, shelled several camps. Kinshasa condemned the shelling.",
            contains: ["dr-congo -> rwanda diplomatic tension"], excludes: ["dr-congo -> uganda diplomatic tension"]),
    ]

    /// A noun naming an event without its type ("the move") that the previous sentence leaves unowned stands
    /// for the nearest agent of the two sentences of the paragraph before it
    /// (``TieExtractor/eventOwners(of:in:)``); a typed noun does not reach back.
    static let earlierEvents: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "earlier events: 'the move' reaches over a sentence that names no party",
            text:
                "Vietnam seized a fishing fleet near the shoals on Tuesday. Its coast guard said the boats had no permits. Manila rejected the move.",
            contains: ["philippines -> vietnam diplomatic tension"]),
        ReferenceCase(
            mechanism: "earlier events: 'the move' reaches over a passive subject's sentence, not to it",
            text:
                "Vietnam seized a fishing fleet near the shoals on Tuesday. Malaysia was granted a larger quota in the same waters. Manila rejected the move.",
            contains: ["philippines -> vietnam diplomatic tension"], excludes: ["philippines -> malaysia diplomatic tension"]),
        ReferenceCase(
            mechanism: "earlier events: a typed noun is read in the previous sentence only",
            text: "Chile struck rebel camps on Monday. Peru was granted observer status. Bolivia condemned the strikes.",
            unrelated: ["bolivia chile"]),
        ReferenceCase(
            mechanism: "earlier events: a paragraph break ends them",
            text:
                "Vietnam seized a fishing fleet near the shoals on Tuesday.\n\nMalaysia was granted a larger quota. Manila rejected the move.",
            excludes: ["philippines -> vietnam diplomatic tension"]),
        ReferenceCase(
            mechanism: "earlier events: four sentences back is too far",
            text:
                "Vietnam seized a fishing fleet near the shoals. Malaysia was granted a larger quota. Its officials said nothing. Brunei was granted a quota too. Manila rejected the move.",
            excludes: ["philippines -> vietnam diplomatic tension"]),
    ]

    /// "Quito rejected the charge": a noun of accusation (set `ACCUSATIONS`) after a verb of stance stands for the
    /// party whose accusation was told last, in the sentence (its "by" agent when passive) or up to two sentences
    /// back; the rejection is a diplomatic tension toward it. None when two accused, or the noun names its own party.
    static let rejectedCharges: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "charges: 'the charge' answers the accusation of the sentence before",
            text: "Bolivia accused Chile of diverting a border river. Santiago rejected the charge.",
            contains: ["chile -> bolivia diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: 'the claims' is the accusation, not the noun's own cue (claims over land)",
            text: "Ecuador accused Peru of spying on its naval bases. Lima dismissed the claims as fiction.",
            contains: ["peru -> ecuador diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: the accusation may be two sentences back in the paragraph",
            text:
                "Kenya accused Uganda of arming herders in the north. The clashes have displaced thousands this year. Kampala rejected the allegation.",
            contains: ["uganda -> kenya diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: a passive accusation's agent is the party after 'by'",
            text: "Latvia was accused by Belarus of pushing migrants across the border; Riga rejected the charge.",
            contains: ["latvia -> belarus diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: an active accusation earlier in the sentence is its subject's",
            text: "Serbia accused Croatia of stoking unrest, and Zagreb rejected the accusation within hours.",
            contains: ["croatia -> serbia diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: two accusers leave 'the charge' unread",
            text: "Chad accused Sudan of shelling its villages and Niger accused Libya of hosting rebels. Khartoum rejected the charge.",
            excludes: ["sudan -> chad diplomatic tension", "sudan -> niger diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: a noun naming its own accuser is not the earlier accusation",
            text: "Bolivia accused Chile of diverting a border river. Santiago rejected the claims of Argentina.",
            excludes: ["chile -> bolivia diplomatic tension"]),
        ReferenceCase(
            mechanism: "charges: an accusation of a paragraph before is not answered",
            text: "Bolivia accused Chile of diverting a border river.\n\nSantiago rejected the charge.",
            excludes: ["chile -> bolivia diplomatic tension"]),
    ]

    @Test(arguments: rejectedCharges)
    func rejectedCharge(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: earlierEvents)
    func earlierEvent(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: loneEvents)
    func loneEvent(_ c: ReferenceCase) {
        Self.check(c)
    }

    @Test(arguments: events)
    func event(_ c: ReferenceCase) {
        Self.check(c)
    }
}

import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// One sentence written for these tests (in the manner of short news texts, never copied from one),
/// the mechanism it pins, and the ties that must and must not come of it, with the bundled gazetteer
/// and lexicon: what `geograph build` reads.
struct ClauseCase: CustomTestStringConvertible, Sendable {
    var mechanism: String
    var sentence: String
    var pair: [String]? = nil
    /// The previous sentence's parties, in order (for "they").
    var previous: [String] = []
    var speaker: String? = nil
    /// The document's date (leaders and agents stand for their state while in office).
    var date: String? = nil
    var contains: [String] = []
    var excludes: [String] = []
    /// Pairs that must have no tie at all ("a b", either direction, any layer).
    var unrelated: [String] = []
    /// Event types some tie must report.
    var types: [String] = []
    var isEmpty = false

    var testDescription: String { "\(mechanism): \(sentence)" }
}

enum ClauseFixture {
    static let gazetteer: Graph = {
        // swiftlint:disable:next force_try
        try! GraphFileReader.load(BundledFile.gazetteer)
    }()
    // swiftlint:disable:next force_try
    static let extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer), lexicon: try! Lexicon.bundled())

    static func found(_ c: ClauseCase) -> [TieExtractor.Found] {
        let context = TieExtractor.Context(pair: c.pair, previous: c.previous, speaker: c.speaker, date: c.date)
        return extractor.extract(Tokenizer.tokens(Array(c.sentence.unicodeScalars)[...]), context: context).ties
    }

    static func label(_ f: TieExtractor.Found) -> String {
        "\(f.source) \(f.isSymmetric ? "<->" : "->") \(f.target) \(f.layer.rawValue) \(f.polarity.rawValue)"
    }
}

@Suite struct ClauseReadingTests {
    /// The misreadings that issue 14 opens with, each with what an analyst reads there.
    static let misreadings: [ClauseCase] = [
        // The perceiver is the source (conventions: "X sees Y as a threat": X → Y).
        ClauseCase(mechanism: "respectively, with the perceiver as source",
                   sentence: "Both countries see a danger from a third side - from Tajikistan and Azerbaijan, respectively.",
                   pair: ["kyrgyzstan", "armenia"],
                   contains: ["kyrgyzstan -> tajikistan security tension", "armenia -> azerbaijan security tension"],
                   unrelated: ["armenia tajikistan", "azerbaijan kyrgyzstan"]),
        ClauseCase(mechanism: "a subordinate clause is its own clause; turning away is tension",
                   sentence: "The Kremlin now courts new friends in Asia, since European states have turned away from Putin.",
                   contains: ["eu -> russia diplomatic tension"],
                   excludes: ["eu <-> russia diplomatic cooperation", "eu <-> putin diplomatic cooperation"]),
        ClauseCase(mechanism: "a possessive owns its act; its target is the one the clause names",
                   sentence: "Kazakhstan stays cautious about Russia's aggression and Russia's claims over Ukraine.",
                   contains: ["russia -> ukraine security tension"],
                   excludes: ["russia -> kazakhstan security tension"]),
        ClauseCase(mechanism: "a negated event makes no tie",
                   sentence: "Washington did not send troops to Niger.", isEmpty: true),
        ClauseCase(mechanism: "a compound is a pair; a purpose infinitive has its own object",
                   sentence: "A strong U.S.-Iraq partnership is critical to finish ISIL.",
                   contains: ["iraq <-> usa security cooperation", "usa -> isis security tension", "iraq -> isis security tension"],
                   excludes: ["iraq <-> isis diplomatic cooperation", "isis <-> usa diplomatic cooperation"]),
        ClauseCase(mechanism: "money flows: lender to borrower",
                   sentence: "Tajikistan owes China more than a billion dollars.",
                   contains: ["china -> tajikistan economic cooperation"], excludes: ["tajikistan -> china economic cooperation"],
                   types: ["lend"]),
    ]

    /// One case per mechanism of the clause grammar, more than one where a mechanism has variants.
    static let mechanisms: [ClauseCase] = [
        // Clauses
        ClauseCase(mechanism: "clauses: but opens a new clause",
                   sentence: "Armenia praised France, but Azerbaijan stayed silent.",
                   contains: ["armenia -> france diplomatic cooperation"], unrelated: ["azerbaijan france"]),
        ClauseCase(mechanism: "clauses: a semicolon ends a clause",
                   sentence: "Egypt hosted the talks; Ethiopia condemned Sudan.",
                   contains: ["ethiopia -> sudan diplomatic tension"], unrelated: ["egypt sudan"]),
        ClauseCase(mechanism: "clauses: a parenthesis is a clause of its own",
                   sentence: "Japan (which imports most of its oil) signed a pact with the Philippines.",
                   contains: ["japan <-> philippines diplomatic cooperation"]),
        ClauseCase(mechanism: "clauses: a relative clause's subject is the noun it follows",
                   sentence: "The talks were hosted by Qatar, which later criticised Israel.",
                   contains: ["qatar -> israel diplomatic tension"]),
        ClauseCase(mechanism: "clauses: although opens a clause",
                   sentence: "Although India buys oil from Russia, it criticised Pakistan.",
                   unrelated: ["pakistan russia"]),
        // Reported speech
        ClauseCase(mechanism: "reported speech: the speaker is not the actor of the report",
                   sentence: "Serbia said Kosovo had attacked Serbian border posts.",
                   contains: ["kosovo -> serbia security tension"], excludes: ["serbia -> kosovo security tension"]),
        ClauseCase(mechanism: "reported speech: a speech act aimed at a party is the speaker's",
                   sentence: "Serbia accused Kosovo of provocation.",
                   contains: ["serbia -> kosovo diplomatic tension"], types: ["accuse"]),
        ClauseCase(mechanism: "reported speech: told X that keeps the addressee with the speaker",
                   sentence: "Turkey told Sweden that Greece had violated its airspace.",
                   unrelated: ["sweden greece"]),
        ClauseCase(mechanism: "reported speech: warned is a threat of the speaker",
                   sentence: "Iran warned Israel against any strike.",
                   contains: ["iran -> israel security tension"], types: ["threaten"]),
        // Possessives
        ClauseCase(mechanism: "possessives: the owner acts on the clause's object",
                   sentence: "China's loans to Laos keep growing.",
                   contains: ["china -> laos economic cooperation"], types: ["lend"]),
        ClauseCase(mechanism: "possessives: the owner is not the subject's target",
                   sentence: "Georgia condemned Russia's occupation.",
                   contains: ["georgia -> russia diplomatic tension"], excludes: ["russia -> georgia security tension"]),
        // Respectively
        ClauseCase(mechanism: "respectively pairs two lists in order",
                   sentence: "Chile and Peru signed deals with China and Japan, respectively.",
                   contains: ["chile <-> china diplomatic cooperation", "japan <-> peru diplomatic cooperation"],
                   unrelated: ["chile japan", "china peru"]),
        // Appositions
        ClauseCase(mechanism: "appositions: the noun after a comma describes the party before it",
                   sentence: "Turkey, a NATO member, bought missiles from Russia.",
                   contains: ["turkey -> nato security cooperation"]),
        ClauseCase(mechanism: "appositions: the party after the apposition is still the subject's object",
                   sentence: "Qatar, a small emirate, mediated between Israel and Hamas.",
                   // (The mediator consults each party: the adjudicated annotation keeps mediators' consults.)
                   contains: ["qatar -> israel diplomatic cooperation", "qatar -> hamas diplomatic cooperation"],
                   unrelated: ["hamas israel"]),
        // Compounds
        ClauseCase(mechanism: "compounds: a hyphenated pair of demonyms is a pair",
                   sentence: "Renewed Kyrgyz-Tajik fighting killed dozens.",
                   contains: ["kyrgyzstan <-> tajikistan security tension"]),
        ClauseCase(mechanism: "compounds: a hyphenated pair of names is a pair",
                   sentence: "The India-Pakistan ceasefire held for a week.",
                   contains: ["india <-> pakistan diplomatic cooperation"], types: ["agree"]),
        // Negation
        ClauseCase(mechanism: "negation: never makes no tie",
                   sentence: "Brazil has never sanctioned Venezuela.", isEmpty: true),
        ClauseCase(mechanism: "negation: n't makes no tie",
                   sentence: "Hungary didn't support Ukraine's bid.", unrelated: ["hungary ukraine"]),
        ClauseCase(mechanism: "negation: a negated cooperation is not turned into tension",
                   sentence: "Mexico did not sign the accord with Cuba.", isEmpty: true),
        // Refusals
        ClauseCase(mechanism: "refusals: refused to recognise is reject",
                   sentence: "Serbia refused to recognise Kosovo.",
                   contains: ["serbia -> kosovo diplomatic tension"], types: ["reject"]),
        ClauseCase(mechanism: "refusals: voted against is reject",
                   sentence: "Belarus voted against Ukraine at the assembly.",
                   contains: ["belarus -> ukraine diplomatic tension"], types: ["reject"]),
        ClauseCase(mechanism: "refusals: refusing an act negates the act",
                   sentence: "Germany refused to send tanks to Ukraine.",
                   contains: ["germany -> ukraine diplomatic tension"], excludes: ["germany -> ukraine security cooperation"]),
        // Hedges
        ClauseCase(mechanism: "hedges: reportedly keeps the tie, weak",
                   sentence: "Iran reportedly supplied drones to Russia.",
                   contains: ["iran -> russia security cooperation"]),
        // Predictions
        ClauseCase(mechanism: "predictions: is likely to makes no tie",
                   sentence: "Analysts say China is likely to invade Taiwan.", isEmpty: true),
        ClauseCase(mechanism: "predictions: a conditional makes no tie",
                   sentence: "If Ukraine fell, Russia could then attack Moldova.", unrelated: ["moldova russia"]),
        // Agents
        ClauseCase(mechanism: "agents: a demonym's troops are the state",
                   sentence: "Rwandan troops attacked the DRC.",
                   contains: ["rwanda -> dr-congo security tension"]),
        ClauseCase(mechanism: "agents: the Pentagon is the United States",
                   sentence: "The Pentagon sent weapons to Taiwan.",
                   contains: ["usa -> taiwan security cooperation"], types: ["aid"]),
        ClauseCase(mechanism: "agents: a ministry with a possessive is its state",
                   sentence: "Japan's foreign ministry protested to China.",
                   contains: ["japan -> china diplomatic tension"]),
        ClauseCase(mechanism: "agents: a demonym's police are the state",
                   sentence: "Bolivian police detained two Peruvian nationals near the lake.",
                   contains: ["bolivia -> peru security tension"], types: ["coerce"]),
        // Voice
        ClauseCase(mechanism: "voice: attacked by X makes X the agent",
                   sentence: "Ukraine was attacked by Russia.",
                   contains: ["russia -> ukraine security tension"], excludes: ["ukraine -> russia security tension"]),
        ClauseCase(mechanism: "voice: a participle right after a preposition's object is on that object",
                   sentence: "Ugandan soldiers fought with al-Shabaab fighters backed by Sudan near the border.",
                   contains: ["sudan -> al-shabaab diplomatic cooperation"], excludes: ["sudan -> uganda diplomatic cooperation"]),
        ClauseCase(mechanism: "voice: a participle set off after a preposition's object is on that object",
                   sentence: "Ugandan soldiers fought with al-Shabaab, backed by Sudan, near the border.",
                   contains: ["sudan -> al-shabaab diplomatic cooperation"], excludes: ["sudan -> uganda diplomatic cooperation"]),
        ClauseCase(mechanism: "voice: a participle after a comma is on the subject",
                   sentence: "Nigerian troops, backed by Chad, fought Boko Haram.",
                   contains: ["chad -> nigeria diplomatic cooperation"], excludes: ["chad -> boko-haram diplomatic cooperation"]),
        ClauseCase(mechanism: "quotes: a short quoted label breaks no clause",
                   sentence: "Peru dismissed the report as \u{201C}absurd\u{201D} and accused Bolivia of meddling.",
                   contains: ["peru -> bolivia diplomatic tension"]),
        ClauseCase(mechanism: "reciprocal: a compound subject that each expelled envoys",
                   sentence: "Mali and Algeria each expelled four diplomats on Friday.",
                   contains: ["algeria <-> mali diplomatic tension"]),
        ClauseCase(mechanism: "reciprocal: envoys with no owner named are each other's",
                   sentence: "Ghana and Togo expel senior envoys over the border dispute.",
                   contains: ["ghana <-> togo diplomatic tension"]),
        ClauseCase(mechanism: "reciprocal: envoys of a named third party are not",
                   sentence: "Mali and Niger expelled French diplomats.",
                   contains: ["mali -> france diplomatic tension", "niger -> france diplomatic tension"],
                   unrelated: ["mali niger"]),
        ClauseCase(mechanism: "clauses: and with the subject's article opens a clause after a place",
                   sentence: "Iran seized a tanker near the strait, and the US condemned Iran.",
                   contains: ["usa -> iran diplomatic tension"], excludes: ["iran -> usa security tension"]),
        ClauseCase(mechanism: "clauses: a list of subjects with a final comma stays one clause",
                   sentence: "Russia, China, and the US condemned the strike on Syria.",
                   contains: ["russia -> syria diplomatic tension", "usa -> syria diplomatic tension"]),
        ClauseCase(mechanism: "voice: a quantifier between by and the agent",
                   sentence: "Tehran, criticised by several European governments over the trials, recalled its envoy.",
                   contains: ["eu -> iran diplomatic tension"], excludes: ["iran -> eu diplomatic tension"]),
        ClauseCase(mechanism: "voice: the content of a passive accusation is the accused's act",
                   sentence: "Qatar was accused by Egypt of funding militias in Libya.",
                   contains: ["egypt -> qatar diplomatic tension"], excludes: ["egypt -> libya economic cooperation"]),
        ClauseCase(mechanism: "reactions: a warning from a party is its act",
                   sentence: "Seoul deployed new missiles, drawing a sharp warning from Pyongyang.",
                   contains: ["north-korea -> south-korea security tension"], excludes: ["south-korea -> north-korea security tension"]),
        ClauseCase(mechanism: "appositions: a participle in a noun phrase set off after a party is that party's",
                   sentence: "Weapons reached the Houthis, the militia fighting Saudi Arabia, through Oman.",
                   contains: ["houthis <-> saudi-arabia security tension"], unrelated: ["oman saudi-arabia"]),
        ClauseCase(mechanism: "agents: a word for armed men is no event",
                   sentence: "Algeria accused Morocco of funding militants in Mali.",
                   excludes: ["algeria -> mali security tension"]),
        ClauseCase(mechanism: "turns: relations that soured are a tension",
                   sentence: "Relations between Ghana and Togo have soured since the election.",
                   contains: ["ghana <-> togo diplomatic tension"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "turns: strained ties are a tension",
                   sentence: "Kenya has strained relations with Somalia.",
                   contains: ["kenya <-> somalia diplomatic tension"], excludes: ["kenya <-> somalia diplomatic cooperation"]),
        ClauseCase(mechanism: "turns: relations that haven't soured stay a cooperation",
                   sentence: "Relations between Ghana and Togo haven't soured despite the row.",
                   contains: ["ghana <-> togo diplomatic cooperation"], excludes: ["ghana <-> togo diplomatic tension"]),
        ClauseCase(mechanism: "turns: relations that did not worsen stay a cooperation",
                   sentence: "Relations between India and Japan have not worsened.",
                   contains: ["india <-> japan diplomatic cooperation"]),
        ClauseCase(mechanism: "references: a sentence's opening It is the previous sentence's first party",
                   sentence: "Eritrea rejected the plan. It accused Djibouti of hosting foreign troops.",
                   contains: ["eritrea -> djibouti diplomatic tension"]),
        ClauseCase(mechanism: "references: Its with a role noun is that party's agent",
                   sentence: "Eritrea rejected the plan. Its foreign ministry accused Djibouti of meddling.",
                   contains: ["eritrea -> djibouti diplomatic tension"]),
        ClauseCase(mechanism: "references: an impersonal It stands for no one",
                   sentence: "Eritrea rejected the plan. It is not clear whether Djibouti was consulted.",
                   unrelated: ["eritrea djibouti"]),
        ClauseCase(mechanism: "negation: a negated noun passes the negation to the noun it modifies",
                   sentence: "Serbia will not open accession talks with the European Union this year.",
                   unrelated: ["serbia eu"]),
        ClauseCase(mechanism: "refusals: ruling out is a refusal",
                   sentence: "Ghana ruled out talks with Togo until the border reopens.",
                   contains: ["ghana -> togo diplomatic tension"], excludes: ["ghana <-> togo diplomatic cooperation"]),
        ClauseCase(mechanism: "refusals: refusing to rule out is neither refusal",
                   sentence: "Fiji refused to rule out Chinese loans for the port.",
                   contains: ["china -> fiji economic cooperation"], excludes: ["fiji -> china diplomatic tension"]),
        ClauseCase(mechanism: "agents: a state firm acts for its state",
                   sentence: "Rosatom is building a nuclear plant in Uzbekistan.",
                   contains: ["russia -> uzbekistan economic cooperation"]),
        ClauseCase(mechanism: "refusals: a postponed pact is a refusal",
                   sentence: "Tonga postponed a defence pact with Fiji.",
                   contains: ["tonga -> fiji security tension"], excludes: ["fiji <-> tonga security cooperation"]),
        ClauseCase(mechanism: "membership: its bloc's partners make the owner a member",
                   sentence: "Slovakia angered its EU partners by meeting the Russian president.",
                   contains: ["slovakia -> eu diplomatic cooperation", "russia <-> slovakia diplomatic cooperation"],
                   excludes: ["eu <-> russia diplomatic cooperation"]),
        ClauseCase(mechanism: "membership: its security bloc's allies, on the security layer",
                   sentence: "Romania asked its NATO allies for more air defence.",
                   contains: ["romania -> nato security cooperation"]),
        ClauseCase(mechanism: "clauses: a gerund after by is the subject's act",
                   sentence: "Egypt angered Ethiopia by sending troops to Somalia.",
                   contains: ["egypt -> somalia security cooperation"], excludes: ["ethiopia -> somalia security cooperation"]),
        ClauseCase(mechanism: "agents: Congo and Congolese alone are DR Congo",
                   sentence: "Congolese troops clashed with rebels after Congo accused Rwanda of arming them.",
                   contains: ["dr-congo -> rwanda diplomatic tension"], excludes: ["republic-of-the-congo -> rwanda diplomatic tension"]),
        ClauseCase(mechanism: "agents: the Republic of the Congo named in full",
                   sentence: "The Republic of the Congo signed an oil deal with Angola.",
                   contains: ["angola <-> republic-of-the-congo economic cooperation"], excludes: ["angola <-> dr-congo economic cooperation"]),
        // Inflections from lemmas
        ClauseCase(mechanism: "morphology: a past generated from a lemma",
                   sentence: "Morocco invested in Nigeria.",
                   contains: ["morocco -> nigeria economic cooperation"], types: ["invest"]),
        ClauseCase(mechanism: "morphology: an irregular past from the table",
                   sentence: "Saudi Arabia lent Pakistan three billion dollars.",
                   contains: ["saudi-arabia -> pakistan economic cooperation"], types: ["lend"]),
        ClauseCase(mechanism: "money flows: a borrower's sum between the verb and the lender",
                   sentence: "Kenya borrowed two billion dollars from China last year.",
                   contains: ["china -> kenya economic cooperation"], excludes: ["kenya -> china economic cooperation"],
                   types: ["lend"]),
        ClauseCase(mechanism: "money flows: remittances go from the host to the home state",
                   sentence: "Kyrgyzstan depends on remittances from Russia.",
                   contains: ["russia -> kyrgyzstan economic cooperation"], types: ["remit"]),
        ClauseCase(mechanism: "sanctions point from the sanctioning state",
                   sentence: "Canada imposed sanctions on Iran.",
                   contains: ["canada -> iran economic tension"], types: ["sanction"]),
        // Date-bounded leaders and agents
        ClauseCase(mechanism: "date-bounded leaders: a president in office stands for the state",
                   sentence: "Obama praised Japan.", date: "2015-06-01",
                   contains: ["usa -> japan diplomatic cooperation"]),
        ClauseCase(mechanism: "date-bounded leaders: out of office a former president is no state",
                   sentence: "Obama praised Japan.", date: "2019-06",
                   unrelated: ["japan usa"]),
        ClauseCase(mechanism: "date-bounded agents: a movement stands for the state once it governs",
                   sentence: "The Taliban held talks with Uzbekistan.", date: "2023-05",
                   contains: ["afghanistan <-> uzbekistan diplomatic cooperation"], unrelated: ["taliban uzbekistan"]),
        ClauseCase(mechanism: "date-bounded agents: before it governs, the movement is a party of its own",
                   sentence: "The Taliban held talks with Uzbekistan.", date: "2019-05",
                   contains: ["taliban <-> uzbekistan diplomatic cooperation"], unrelated: ["afghanistan uzbekistan"]),
        // Qualified names and demonyms
        ClauseCase(mechanism: "qualifiers: a compass word makes another place (no longer form needed)",
                   sentence: "South American governments condemned Venezuela.", unrelated: ["usa venezuela"]),
        ClauseCase(mechanism: "qualifiers: a sea named after a country is not the country",
                   sentence: "Brazil joined a South China Sea patrol with Vietnam.", unrelated: ["brazil china"]),
        ClauseCase(mechanism: "acronyms in title case name the body",
                   sentence: "Finland joined Nato in 2023.",
                   contains: ["finland -> nato security cooperation"], types: ["member"]),
        // Membership lists
        ClauseCase(mechanism: "membership: a list of states makes up a body",
                   sentence: "Brazil, India and South Africa make up the BRICS core.",
                   contains: ["brazil -> brics diplomatic cooperation", "india -> brics diplomatic cooperation",
                              "south-africa -> brics diplomatic cooperation"],
                   unrelated: ["brazil india"]),
        ClauseCase(mechanism: "membership: a body comprises its members (reverse)",
                   sentence: "The Alliance of Sahel States comprises Mali, Niger and Burkina Faso.",
                   contains: ["mali -> aes security cooperation", "niger -> aes security cooperation",
                              "burkina-faso -> aes security cooperation"]),
        ClauseCase(mechanism: "membership: a list set off after a body names its members",
                   sentence: "Leaders of the Quad (India, Japan, Australia and the United States) met in Tokyo.",
                   contains: ["india -> quad security cooperation", "japan -> quad security cooperation",
                              "australia -> quad security cooperation", "usa -> quad security cooperation"]),
        ClauseCase(mechanism: "membership: a name the gazetteer lacks does not end a list of members",
                   sentence: "Brazil, Argentina, Freedonia, Paraguay and Uruguay make up Mercosur.",
                   contains: ["brazil -> mercosur diplomatic cooperation", "uruguay -> mercosur diplomatic cooperation",
                              "argentina -> mercosur diplomatic cooperation"],
                   unrelated: ["argentina brazil", "argentina paraguay"]),
        ClauseCase(mechanism: "lists: a party after 'and the' closes the list",
                   sentence: "Russia, China and the European Union signed a grain accord.",
                   contains: ["china <-> russia economic cooperation", "eu <-> russia economic cooperation",
                              "china <-> eu economic cooperation"]),
        ClauseCase(mechanism: "membership: accession of X and Y to Z is each joining Z, whoever approves it",
                   sentence: "Turkey approved the accession of Sweden and Finland to NATO.",
                   contains: ["sweden -> nato security cooperation", "finland -> nato security cooperation"],
                   unrelated: ["finland sweden"]),
        ClauseCase(mechanism: "proper nouns: a capitalised relation noun after 'the' names a body, not a relation",
                   sentence: "Two members have not ratified the accession of Sweden and Finland to the Alliance.",
                   unrelated: ["finland sweden"]),
        ClauseCase(mechanism: "compounds: the hyphen's second name may run on past it",
                   sentence: "Manila said the vessel is covered by the Philippines-United States defence treaty.",
                   contains: ["philippines <-> usa security cooperation"]),
        ClauseCase(mechanism: "compounds: a two-word name after the hyphen",
                   sentence: "The US-North Korea talks in Hanoi collapsed.",
                   contains: ["north-korea <-> usa diplomatic cooperation"]),
        // References
        ClauseCase(mechanism: "references: 'they' opening a sentence is the states the previous sentence named",
                   sentence: "They held talks with Ukraine on grain exports.", previous: ["turkey", "qatar"],
                   contains: ["turkey <-> ukraine diplomatic cooperation", "qatar <-> ukraine diplomatic cooperation"],
                   unrelated: ["qatar turkey"]),
        ClauseCase(mechanism: "references: 'they' stands for nobody after a sentence of one party",
                   sentence: "They held talks with Ukraine on grain exports.", previous: ["turkey"], isEmpty: true),
        // Many-party meetings
        ClauseCase(mechanism: "meetings: bilateral meetings pair the host with each guest, not the guests",
                   sentence: "Macron and the leaders of Kenya, Ghana and Senegal held bilateral meetings in Paris.",
                   contains: ["france <-> kenya diplomatic cooperation", "france <-> ghana diplomatic cooperation",
                              "france <-> senegal diplomatic cooperation"],
                   unrelated: ["ghana kenya", "kenya senegal", "ghana senegal"]),
        // Relation nouns after a hyphenated pair
        ClauseCase(mechanism: "compounds: a relation noun after a hyphenated pair ties the pair, not the clause's object",
                   sentence: "The Armenia-Azerbaijan conflict unsettled Georgia for months.",
                   contains: ["armenia <-> azerbaijan security tension"],
                   unrelated: ["armenia georgia", "azerbaijan georgia"]),
        ClauseCase(mechanism: "compounds: a plain name before a war noun is where it is fought, not its agent",
                   sentence: "The Sudan war has pushed refugees toward Chad.",
                   unrelated: ["chad sudan"]),
        ClauseCase(mechanism: "compounds: a pair reference is no hyphenated pair",
                   sentence: "These countries see a danger from a third side - from Tajikistan and Azerbaijan, respectively.",
                   pair: ["kyrgyzstan", "armenia"], unrelated: ["armenia kyrgyzstan"]),
        // Mutual "with"
        ClauseCase(mechanism: "'with' after a directed cue's object belongs to the object: a directed tie",
                   sentence: "Ghana suspended the fishing accord with Togo last week.",
                   // (A fishing accord is economic: refused on that layer only, GrammarMechanismRefusalOfferTests.)
                   contains: ["ghana -> togo economic tension"],
                   excludes: ["ghana <-> togo economic tension", "ghana <-> togo diplomatic tension"]),
        // Firing at a party
        ClauseCase(mechanism: "lexicon: firing what the FIRED set names at a party is an assault",
                   sentence: "Vietnamese vessels said Chinese patrol boats fired water cannon at them, and Beijing fired warning shots at Vietnam.",
                   contains: ["china -> vietnam security tension"], types: ["assault"]),
        // Companions
        ClauseCase(mechanism: "companions: 'along with X' before the verb joins X to the subject",
                   sentence: "Norway, along with Denmark, expelled diplomats from Belarus.",
                   contains: ["norway -> belarus diplomatic tension", "denmark -> belarus diplomatic tension"],
                   unrelated: ["denmark norway"]),
        ClauseCase(mechanism: "companions: 'together with X' after the object joins X to the subject, not the object",
                   sentence: "Montenegro joined NATO together with Albania.",
                   contains: ["montenegro -> nato security cooperation", "albania -> nato security cooperation"],
                   unrelated: ["albania montenegro"]),
        // Demonyms owning nominal events
        ClauseCase(mechanism: "demonyms: a demonym owns a nominal event a modifier or two after it",
                   sentence: "Seoul voiced alarm at Russian nuclear threats against Finland.",
                   contains: ["russia -> finland security tension"]),
        // Mediation
        ClauseCase(mechanism: "mediation: a deal brokered by X ties its parties; X consults each",
                   sentence: "Eritrea and Djibouti signed an accord brokered by Qatar in the spring.",
                   contains: ["djibouti <-> eritrea diplomatic cooperation", "qatar -> eritrea diplomatic cooperation",
                              "qatar -> djibouti diplomatic cooperation"],
                   excludes: ["djibouti <-> qatar diplomatic cooperation", "eritrea <-> qatar diplomatic cooperation"],
                   types: ["consult"]),
    ]

    static func check(_ c: ClauseCase) {
        let found = ClauseFixture.found(c)
        let ties = Set(found.map(ClauseFixture.label))
        if c.isEmpty { #expect(ties.isEmpty, "\(ties.sorted())") }
        for tie in c.contains { #expect(ties.contains(tie), "missing \(tie); got \(ties.sorted())") }
        for tie in c.excludes { #expect(!ties.contains(tie), "unexpected \(tie); got \(ties.sorted())") }
        for pair in c.unrelated {
            let ends = pair.split(separator: " ").map(String.init)
            #expect(!found.contains { Set([$0.source, $0.target]) == Set(ends) }, "a tie between \(pair); got \(ties.sorted())")
        }
        for type in c.types { #expect(found.contains { $0.eventType == type }, "no \(type) tie; got \(found.map { $0.eventType ?? "-" })") }
    }

    @Test(arguments: misreadings) func misreading(_ c: ClauseCase) { Self.check(c) }
    @Test(arguments: mechanisms) func mechanism(_ c: ClauseCase) { Self.check(c) }
}

@Suite struct MorphologyTests {
    @Test(arguments: [
        ("attack", ["attack", "attacks", "attacking", "attacked"]),
        ("invade", ["invade", "invades", "invading", "invaded"]),
        ("ban", ["ban", "bans", "banning", "banned"]),
        ("admit", ["admit", "admits", "admitting", "admitted"]),
        ("visit", ["visit", "visits", "visiting", "visited"]),
        ("ally with", ["ally with", "allies with", "allying with", "allied with"]),
        ("impose sanctions on", ["impose sanctions on", "imposes sanctions on", "imposing sanctions on", "imposed sanctions on"]),
        ("lend", ["lend", "lends", "lending", "lent"]),
        ("tie", ["tie", "ties", "tying", "tied"]),
        ("veto", ["veto", "vetos", "vetoing", "vetoed"]),
        ("finance", ["finance", "finances", "financing", "financed"]),
        ("push", ["push", "pushes", "pushing", "pushed"]),
    ])
    func inflections(_ lemma: String, _ forms: [String]) {
        let irregular = ["lend": ["lent", "lent"]]
        #expect(Morphology.inflections(of: lemma, irregular: irregular, doubling: ["admit"]) == forms)
    }

    @Test(arguments: [
        ("ban", ["banned"]), ("deny", ["denied"]), ("seize", ["seized"]), ("lend", ["lent", "lent"]),
        ("take part in", ["took part in", "taken part in"]), ("break off ties", ["broke off ties", "broken off ties"]),
    ])
    func pastForms(_ lemma: String, _ forms: [String]) {
        let irregular = ["lend": ["lent", "lent"], "take": ["took", "taken"], "break off ties": ["broke off ties", "broken off ties"]]
        #expect(Morphology.pastForms(of: lemma, irregular: irregular) == forms)
        // The inflections end with the last of them.
        #expect(Morphology.inflections(of: lemma, irregular: irregular).last == forms.last)
    }

    @Test func theLexiconKnowsItsPastsAndTheFormsOfEachLemma() {
        let text = """
        schema: geograph-lexicon/2
        reporting: [say]
        irregular:
          take: [took, taken]
          say: [said, said]
          stand by: [stood by, stood by]
        verbs:
          - {type: support, strength: 0.6, lemmas: [host, stand by, ban]}
        """
        // swiftlint:disable:next force_try
        let lexicon = try! Lexicon.decode(text, path: "t.yaml")
        #expect(lexicon.pasts == ["hosted", "stood", "banned", "took", "said"])
        #expect(lexicon.verbForms["host"] == ["host", "hosts", "hosting", "hosted"])
        #expect(lexicon.verbForms["stand by"] == ["stand by", "stands by", "standing by", "stood by"])
    }

    @Test(arguments: [("loan", ["loan", "loans"]), ("military ally", ["military ally", "military allies"]),
                      ("sanctions", ["sanctions"]), ("crash", ["crash", "crashes"])])
    func plurals(_ noun: String, _ forms: [String]) { #expect(Morphology.plurals(of: noun) == forms) }

    @Test func theBundledLexiconListsLemmasByEventType() throws {
        let lexicon = try Lexicon.bundled()
        // The verb entries' lemma lists, one entry a line.
        let lemmaCount = BundledFile.lexicon.text.split(separator: "\n").filter { $0.contains("lemmas: [") }
            .reduce(0) { $0 + $1.split(separator: "[").last!.split(separator: ",").count }
        #expect(lemmaCount >= 400)
        #expect(lexicon.cues.allSatisfy { $0.eventType != nil })
        #expect(Set(lexicon.cues.compactMap(\.eventType)).isSuperset(of: ["lend", "remit", "sanction", "assault", "reject", "invest"]))
    }
}

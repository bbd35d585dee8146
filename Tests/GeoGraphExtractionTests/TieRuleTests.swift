import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// One sentence written for these tests, the context earlier sentences leave, and what must and must
/// not come out of it. Each case pins one rule of `TieExtractor`.
struct TieRuleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var sentence: String
    var pair: [String]? = nil
    var previous: [String] = []
    var speaker: String? = nil
    var contains: [String] = []
    var excludes: [String] = []
    var isEmpty = false

    var testDescription: String { rule }
}

/// A gazetteer with the actors the cases name, written for these tests.
enum TieRuleFixture {
    static let gazetteer: Graph = {
        var g = Graph()
        let actors = [
            Actor(id: "russia", name: "Russia", kind: .state, names: ["Russian Federation"], seats: ["Moscow", "the Kremlin", "Kremlin"],
                  demonyms: ["Russian", "Russians"]),
            Actor(id: "china", name: "China", kind: .state, seats: ["Beijing"], demonyms: ["Chinese"]),
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, tags: ["central-asia"], seats: ["Astana"], demonyms: ["Kazakh"]),
            Actor(id: "kyrgyzstan", name: "Kyrgyzstan", kind: .state, tags: ["central-asia"], seats: ["Bishkek"], demonyms: ["Kyrgyz"]),
            Actor(id: "tajikistan", name: "Tajikistan", kind: .state, tags: ["central-asia"], seats: ["Dushanbe"], demonyms: ["Tajik"]),
            Actor(id: "turkmenistan", name: "Turkmenistan", kind: .state, tags: ["central-asia"], seats: ["Ashgabat"]),
            Actor(id: "uzbekistan", name: "Uzbekistan", kind: .state, tags: ["central-asia"], seats: ["Tashkent"], demonyms: ["Uzbek"]),
            Actor(id: "afghanistan", name: "Afghanistan", kind: .state, demonyms: ["Afghan"]),
            Actor(id: "armenia", name: "Armenia", kind: .state),
            Actor(id: "azerbaijan", name: "Azerbaijan", kind: .state),
            Actor(id: "turkey", name: "Turkey", kind: .state, demonyms: ["Turkish"]),
            Actor(id: "germany", name: "Germany", kind: .state, demonyms: ["German"]),
            Actor(id: "france", name: "France", kind: .state, seats: ["Paris"], demonyms: ["French"]),
            Actor(id: "usa", name: "United States", kind: .state, names: ["the United States", "US", "U.S."]),
            Actor(id: "eu", name: "European Union", kind: .organisation, names: ["EU"]),
            Actor(id: "iran", name: "Iran", kind: .state),
            Actor(id: "belarus", name: "Belarus", kind: .state),
            Actor(id: "hungary", name: "Hungary", kind: .state),
            Actor(id: "saudi-arabia", name: "Saudi Arabia", kind: .state),
            Actor(id: "ukraine", name: "Ukraine", kind: .state, seats: ["Kyiv"]),
            Actor(id: "nato", name: "NATO", kind: .organisation, tags: ["security-bloc"]),
            Actor(id: "csto", name: "CSTO", kind: .organisation, tags: ["security-bloc"],
                  names: ["Collective Security Treaty Organization"]),
            Actor(id: "cis", name: "CIS", kind: .organisation, names: ["Commonwealth of Independent States"]),
            Actor(id: "central-asia", name: "Central Asia", kind: .region, names: ["Central Asian states"], demonyms: ["Central Asian"]),
            Actor(id: "crimea", name: "Crimea", kind: .region),
            Actor(id: "karakalpakstan", name: "Karakalpakstan", kind: .region),
            Actor(id: "west", name: "the West", kind: .region),
            Actor(id: "africa", name: "Africa", kind: .region),
            Actor(id: "putin", name: "Vladimir Putin", kind: .person, tags: ["leader"], represents: "russia", names: ["Putin"]),
            Actor(id: "xi-jinping", name: "Xi Jinping", kind: .person, tags: ["leader"], represents: "china", names: ["Xi"]),
            Actor(id: "tokayev", name: "Kassym-Jomart Tokayev", kind: .person, tags: ["leader"], represents: "kazakhstan",
                  names: ["Tokayev"]),
            Actor(id: "rahmon", name: "Emomali Rahmon", kind: .person, tags: ["leader"], represents: "tajikistan", names: ["Rahmon"]),
            Actor(id: "japarov", name: "Sadyr Japarov", kind: .person, tags: ["leader"], represents: "kyrgyzstan", names: ["Japarov"]),
            Actor(id: "mirziyoyev", name: "Shavkat Mirziyoyev", kind: .person, tags: ["leader"], represents: "uzbekistan",
                  names: ["Mirziyoyev"]),
            Actor(id: "macron", name: "Emmanuel Macron", kind: .person, tags: ["leader"], represents: "france", names: ["Macron"]),
            Actor(id: "erdogan", name: "Recep Tayyip Erdogan", kind: .person, tags: ["leader"], represents: "turkey",
                  names: ["Erdogan"]),
            Actor(id: "merkel", name: "Angela Merkel", kind: .person, tags: ["former-leader"], represents: "germany",
                  names: ["Merkel"]),
            Actor(id: "medvedev", name: "Dmitry Medvedev", kind: .person, tags: ["official"], represents: "russia",
                  names: ["Medvedev"]),
        ]
        // swiftlint:disable:next force_try
        for a in actors { try! g.add(a) }
        return g
    }()

    static let extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer), lexicon: ExtractionFixture.lexicon)

    static func ties(_ c: TieRuleCase) -> Set<String> {
        let context = TieExtractor.Context(pair: c.pair, previous: c.previous, region: "central-asia", speaker: c.speaker)
        return Set(extractor.extract(ExtractionFixture.tokens(c.sentence), context: context).ties.map {
            "\($0.source) \($0.isSymmetric ? "<->" : "->") \($0.target) \($0.layer.rawValue) \($0.polarity.rawValue)"
        })
    }
}

@Suite struct TieRuleTests {
    static let cases: [TieRuleCase] = [
        TieRuleCase(rule: "a cue inside an actor's name is part of the name",
                    sentence: "Kazakhstan and Armenia perceive the Collective Security Treaty Organization.",
                    excludes: ["armenia <-> kazakhstan security cooperation", "armenia <-> kazakhstan diplomatic cooperation"]),
        TieRuleCase(rule: "the party right before a cue owns it",
                    sentence: "Chinese delegations visit Russian bases in Tajikistan.",
                    contains: ["russia -> tajikistan security cooperation"], excludes: ["china -> tajikistan security cooperation"]),
        TieRuleCase(rule: "by X after the cue's object makes X the agent",
                    sentence: "It was the first visit to Kazakhstan by the Chinese president.",
                    contains: ["china -> kazakhstan diplomatic cooperation", "xi-jinping -> kazakhstan diplomatic cooperation"]),
        TieRuleCase(rule: "a reverse cue lets the party after it act, and such-as examples are the subject",
                    sentence: "Several borrowers, such as Tajikistan and Kyrgyzstan, owe large sums to Beijing.",
                    contains: ["china -> tajikistan economic cooperation", "china -> kyrgyzstan economic cooperation"]),
        TieRuleCase(rule: "a party after in or at is the scene and does not act",
                    sentence: "At the summit in Uzbekistan, Xi met with Putin.",
                    contains: ["china <-> russia diplomatic cooperation", "putin <-> xi-jinping diplomatic cooperation"],
                    excludes: ["russia <-> uzbekistan diplomatic cooperation"]),
        TieRuleCase(rule: "a seat after a locative is a place unless a cue points at it",
                    sentence: "Flights to Beijing resumed, Kyrgyzstan said, and trade with Russia grew.",
                    excludes: ["china <-> kyrgyzstan economic cooperation", "china -> kyrgyzstan economic cooperation"]),
        TieRuleCase(rule: "he stands for the first leader named in the sentence",
                    sentence: "Xi visited Kazakhstan before the summit, where he met with Putin.",
                    contains: ["putin <-> xi-jinping diplomatic cooperation"]),
        TieRuleCase(rule: "the Russian president is the state's one leader",
                    sentence: "Merkel had a long meeting with the Russian president last spring.",
                    contains: ["merkel <-> putin diplomatic cooperation"], excludes: ["merkel <-> russia diplomatic cooperation"]),
        TieRuleCase(rule: "a comma run is a list only when and closes it",
                    sentence: "Russian officials made veiled threats against Kazakhstan, Xi reassured Tokayev.",
                    contains: ["russia -> kazakhstan security tension"], excludes: ["russia -> china security tension"]),
        TieRuleCase(rule: "a region has no tie with its own members",
                    sentence: "Central Asian remittances make up half of Tajikistan's economy.",
                    excludes: ["central-asia -> tajikistan economic cooperation"]),
        TieRuleCase(rule: "a cue's object lies in its clause",
                    sentence: "China is seen as a threat, while Russia is seen as a guarantor.",
                    excludes: ["china -> russia security tension"]),
        TieRuleCase(rule: "a possessive owns a cue a few adjectives on",
                    sentence: "Kyrgyzstan was unhappy about Russia's quiet siding with Tajikistan.",
                    contains: ["russia -> tajikistan diplomatic cooperation"],
                    excludes: ["kyrgyzstan <-> tajikistan diplomatic cooperation"]),
        TieRuleCase(rule: "the owner after a cue acts on what it owns",
                    sentence: "Unrest brought a crackdown in Uzbekistan's Karakalpakstan.",
                    contains: ["uzbekistan -> karakalpakstan security tension"]),
        TieRuleCase(rule: "respectively pairs two lists element by element",
                    sentence: "Kyrgyzstan and Armenia see a threat from Tajikistan and Azerbaijan, respectively.",
                    contains: ["kyrgyzstan -> tajikistan security tension", "armenia -> azerbaijan security tension"],
                    excludes: ["armenia -> tajikistan security tension", "kyrgyzstan -> azerbaijan security tension"]),
        TieRuleCase(rule: "a directed cue whose object is in the compound subject ties the subject",
                    sentence: "Mirziyoyev and Macron during a state visit to Paris.",
                    contains: ["macron <-> mirziyoyev diplomatic cooperation", "france <-> uzbekistan diplomatic cooperation"]),
        TieRuleCase(rule: "a cue asking for an object and finding none ties nobody",
                    sentence: "Tokayev and Rahmon want to deepen ties with other powers.", isEmpty: true),
        TieRuleCase(rule: "a country's experts are not the state",
                    sentence: "Russian experts stress working with Africa.", isEmpty: true),
        TieRuleCase(rule: "a leader has no leader-level tie with an organisation",
                    sentence: "Japarov's absence at the CIS summit angered Putin.",
                    contains: ["kyrgyzstan -> cis diplomatic tension"], excludes: ["japarov -> cis diplomatic tension"]),
        TieRuleCase(rule: "a negation reaches the next cue only",
                    sentence: "He promised not to recognise Russia's annexation of Crimea.", speaker: "tokayev",
                    contains: ["kazakhstan -> russia diplomatic tension", "russia -> crimea security tension"]),
        TieRuleCase(rule: "a speaker acts on the party spoken of; and X could opens a clause",
                    sentence: "Medvedev said Kazakhstan is an artificial state and Russia could one day reclaim the steppe.",
                    contains: ["russia -> kazakhstan diplomatic tension", "medvedev -> kazakhstan diplomatic tension"],
                    excludes: ["kazakhstan <-> russia diplomatic tension"]),
        // (A withdrawal of forces is `retreat`, security cooperation: the annotation guide's "third states as places".)
        TieRuleCase(rule: "a reverse cue with two objects: the first acts on the second",
                    sentence: "The withdrawal of the US and NATO from Afghanistan left a vacuum.",
                    contains: ["usa -> afghanistan security cooperation", "nato -> afghanistan security cooperation"],
                    excludes: ["nato <-> usa security cooperation"]),
        TieRuleCase(rule: "including extends a list",
                    sentence: "Central Asia is reaching out to China and other partners including Turkey.",
                    contains: ["central-asia -> china diplomatic cooperation", "central-asia -> turkey diplomatic cooperation"]),
        TieRuleCase(rule: "those ties carry the previous sentence's pair",
                    sentence: "Those ties have lasted, helped by a common animosity toward the West.", pair: ["china", "russia"],
                    contains: ["china -> west diplomatic tension", "russia -> west diplomatic tension"]),
        TieRuleCase(rule: "a cue after amid is a circumstance the subject does not act in",
                    sentence: "Those ties were put to the test amid the war in Ukraine.", pair: ["china", "russia"],
                    excludes: ["china -> ukraine security tension"]),
        TieRuleCase(rule: "X-led: the actor leads the bloc that follows",
                    sentence: "Japarov skipped the Russia-led Commonwealth of Independent States summit.",
                    contains: ["russia -> cis diplomatic cooperation"]),
        TieRuleCase(rule: "a stance prefix and a border compound name no party",
                    sentence: "A pro-Kremlin presenter praised Chinese forces along the Tajik-Afghan border.",
                    isEmpty: true),
        TieRuleCase(rule: "all regional states except X: the other members stand in",
                    sentence: "A friendship treaty signed last year included all regional states except Turkmenistan and Tajikistan.",
                    contains: ["kazakhstan <-> kyrgyzstan diplomatic cooperation", "kyrgyzstan <-> uzbekistan diplomatic cooperation"],
                    excludes: ["tajikistan <-> turkmenistan diplomatic cooperation"]),
        TieRuleCase(rule: "the country is the last state named before",
                    sentence: "The country has moved closer to the European Union.", previous: ["csto", "armenia"],
                    contains: ["armenia -> eu diplomatic cooperation"]),
        TieRuleCase(rule: "X and his counterpart Y act together",
                    sentence: "Tokayev and his counterpart Erdogan agreed to produce drones.",
                    contains: ["erdogan <-> tokayev security cooperation", "kazakhstan <-> turkey security cooperation"]),
        TieRuleCase(rule: "similar to X is a comparison, not an object",
                    sentence: "Moscow uses a format similar to the one of the United States.",
                    excludes: ["russia -> usa diplomatic cooperation"]),
        TieRuleCase(rule: "a bloc named before member is the bloc joined",
                    sentence: "Kazakhstan exchanged intelligence with Turkey, an important NATO member.",
                    contains: ["turkey -> nato security cooperation"]),
        TieRuleCase(rule: "deployment of X: X deploys, even inside a circumstance",
                    sentence: "Kazakhstan feared for its independence during the deployment of CSTO troops.",
                    contains: ["csto -> kazakhstan security cooperation"], excludes: ["kazakhstan -> csto security cooperation"]),
        TieRuleCase(rule: "a mutual relation of a compound subject has no agent after by",
                    sentence: "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.",
                    contains: ["iran <-> saudi-arabia diplomatic cooperation"], excludes: ["china <-> iran diplomatic cooperation"]),
        TieRuleCase(rule: "over the war is the topic, not an act of the subject",
                    sentence: "The European Union imposed new sanctions on Russia over the war in Ukraine.",
                    contains: ["eu -> russia economic tension"], excludes: ["eu -> ukraine security tension"]),
        TieRuleCase(rule: "criticism from X: X criticises",
                    sentence: "Germany would not supply tanks to Ukraine, drawing criticism from Kyiv.",
                    contains: ["ukraine -> germany diplomatic tension"], excludes: ["germany -> ukraine diplomatic tension"]),
        TieRuleCase(rule: "a role noun after a possessive: the subject plays the role for the owner",
                    sentence: "China is Kyrgyzstan's largest creditor.",
                    contains: ["china -> kyrgyzstan economic cooperation"], excludes: ["kyrgyzstan -> china economic cooperation"]),
        TieRuleCase(rule: "a denial weakens a cue and does not flip it",
                    sentence: "The Kremlin denied reports that it had deployed troops to Belarus.",
                    contains: ["russia -> belarus security cooperation"], excludes: ["russia -> belarus security tension"]),
        TieRuleCase(rule: "a veto is tension with the body vetoed, whose statement acts in turn",
                    sentence: "Hungary vetoed an EU statement criticising China.",
                    contains: ["hungary -> eu diplomatic tension", "eu -> china diplomatic tension"]),
    ]

    @Test(arguments: cases)
    func rule(_ c: TieRuleCase) {
        let ties = TieRuleFixture.ties(c)
        if c.isEmpty { #expect(ties.isEmpty, "\(ties.sorted())") }
        for tie in c.contains { #expect(ties.contains(tie), "missing \(tie); got \(ties.sorted())") }
        for tie in c.excludes { #expect(!ties.contains(tie), "unexpected \(tie)") }
    }
}

@Suite struct LexiconFileTests {
    func load(_ yaml: String) throws -> Lexicon {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Lexicon.load(path: path)
    }

    @Test func aFormClaimedByTwoCuesIsRefusedWithBothLines() throws {
        let yaml = """
            schema: geograph-lexicon/1
            cues:
              - {layer: security, polarity: tension, strength: 0.5, forms: [threat]}
              - {layer: diplomatic, polarity: tension, strength: 0.5, forms: [Threat, warning]}
            """
        #expect(throws: DataFileError.self) { try load(yaml) }
        do { _ = try load(yaml) } catch let error as DataFileError {
            #expect(error.line == 4)
            #expect("\(error)".contains("'Threat' is already a cue on line 3"))
        }
    }

    @Test func rolesAndReverseDirectionsAreRead() throws {
        let lexicon = try load("""
            schema: geograph-lexicon/1
            roles: [creditor]
            cues:
              - {layer: economic, polarity: cooperation, strength: 0.6, direction: reverse, forms: [owes]}
            """)
        #expect(lexicon.roles == ["creditor"])
        #expect(lexicon.cues.first?.isReverse == true)
    }
}

import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The shortcuts of the tie rules against the plain forms they stand for: the word table against the
/// word lists and the small helpers against what they replace. (The copy of the whole rules with id
/// strings they were once compared with is gone: the clause grammar, ``ClauseSplitter`` and the
/// lexicon's event types are read directly, and `ClauseReadingTests` pins what they find.)
@Suite struct TieRuleFastPathTests {
    /// A small deterministic generator (SplitMix64), so that a failure repeats.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    typealias Lists = TieWords.Lists

    /// Every word list the rules ask by token, with its bit in ``TieWords``.
    static let lists: [(WordSet, Lists)] = [
        (TieExtractor.titleWords, .titles), (TieExtractor.placeWords, .placeWords), (TieExtractor.objectWords, .objectWords),
        (TieExtractor.relatives, .relatives), (TieExtractor.auxiliaries, .auxiliaries), (TieExtractor.speechVerbs, .speechVerbs),
        (TieExtractor.clauseBreaks, .clauseBreaks), (TieExtractor.circumstances, .circumstances),
        (TieExtractor.sceneOrPointerWords, .sceneOrPointerWords), (WordSet(Set(ExtractionFixture.lexicon.sets["BORDER"] ?? [])), .borderWords),
        (TieExtractor.determinerWords, .determiners), (TieExtractor.pronouns, .pronouns), (TieExtractor.locatives, .locatives),
        (TieExtractor.pointers, .pointers), (TieExtractor.reportingVerbs, .reportingVerbs), (TieExtractor.peopleNouns, .peopleNouns),
        (TieExtractor.references, .references), (TieExtractor.regionalNouns, .regionalNouns), (TieExtractor.exclusions, .exclusions),
        (TieExtractor.counterpartWords, .counterpartWords), (TieExtractor.clauseVerbs, .clauseVerbs),
        (TieExtractor.exampleWords, .exampleWords), (TieExtractor.conjunctions, .conjunctions),
        (TieExtractor.regionScenes, .regionScenes), (TieExtractor.listWords, .listWords), (TieExtractor.clauseJoins, .clauseJoins),
        (TieExtractor.withinLeads, .withinLeads), (TieExtractor.mutualWords, .mutualWords), (TieExtractor.mutualLeads, .mutualLeads),
        (TieExtractor.leaderTitles, .leaderTitles), (TieExtractor.pairOpeners, .pairOpeners), (TieExtractor.pairWords, .pairWords),
        (ExtractionFixture.lexicon.negationWords, .negations), (ExtractionFixture.lexicon.hedgeWords, .hedges),
    ]

    /// Words made up of the lists' own words, their neighbours by one letter, capitals, possessives and
    /// non-ASCII letters (a Kelvin sign, accents), each tokenised as a sentence would be.
    static func tokens(count: Int, seed: UInt64) -> [Token] {
        var generator = Generator(state: seed)
        let known = lists.flatMap { $0.0.words.sorted() } + TieWords.Word.allCases.map(\.text)
        let letters = Array("abcdefghijklmnopqrstuvwxyzAKS'\u{2019}\u{212A}\u{E9}\u{130}".unicodeScalars)
        var words: [String] = []
        for _ in 0..<count {
            var word = generator.below(3) == 0 ? "" : known[generator.below(known.count)]
            switch generator.below(6) {
            case 0: word += String(Character(letters[generator.below(letters.count)]))
            case 1: if !word.isEmpty { word = word.prefix(1).uppercased() + word.dropFirst() }
            case 2: word += generator.below(2) == 0 ? "'s" : "\u{2019}s"
            case 3: if word.count > 1 { word.removeLast() }
            default: break
            }
            if word.isEmpty || generator.below(4) == 0 {
                for _ in 0..<(1 + generator.below(6)) { word.unicodeScalars.append(letters[generator.below(letters.count)]) }
            }
            words.append(word)
        }
        return Tokenizer.tokens(Array(words.joined(separator: " ").unicodeScalars)[...])
    }

    @Test func wordListsAnswerForATokenAsForItsKey() {
        for seed in UInt64(1)...20 {
            for token in Self.tokens(count: 500, seed: seed) {
                for (list, _) in Self.lists {
                    #expect(list.contains(token) == list.words.contains(token.key), "\(token.key)")
                }
            }
        }
    }

    @Test func theWordTableAnswersAsTheListsAndTheWordsDo() {
        let table = ExtractionFixture.extractor.words
        #expect(Self.lists.count == 34)
        var words = SentenceWords()
        for seed in UInt64(1)...20 {
            let tokens = Self.tokens(count: 300, seed: seed)
            words.read(tokens, table: table)
            #expect(words.hyphenated == tokens.filter(\.isHyphenatedName).count)
            for (i, token) in tokens.enumerated() {
                for (list, bit) in Self.lists {
                    #expect(words.on(i, bit) == list.contains(token), "\(token.key)")
                    #expect(!list.contains(token) || words.any(bit))
                }
                for word in TieWords.Word.allCases {
                    #expect(words.is(i, word, in: tokens) == (token.key == word.text), "\(token.key)")
                }
            }
        }
    }


    typealias Party = TieExtractor.Party

    /// ``TieExtractor/onePerActor(_:extras:)`` by a dictionary: the first party per actor that names a
    /// leader, else its last, sorted by id.
    static func onePerActorByDictionary(_ group: [Party], _ id: (Int) -> String) -> [Party] {
        var byActor: [Int: Party] = [:]
        for p in group where byActor[p.actor]?.person == nil { byActor[p.actor] = p }
        return byActor.values.sorted { id($0.actor) < id($1.actor) }
    }

    @Test func onePartyPerActorAsTheDictionaryGivesIt() {
        let extractor = TieRuleFixture.extractor
        let extras = ["zz-unknown", "aa-unknown", "e\u{301}u"]
        let count = extractor.actors.ids.count
        func id(_ i: Int) -> String { extractor.actors.id(i, extras: extras) }
        var generator = Generator(state: 11)
        for _ in 0..<3_000 {
            let actors = (0..<1 + generator.below(4)).map { _ in generator.below(count + extras.count) }
            let group = (0..<generator.below(7)).map { i in
                Party(actor: generator.pick(actors), start: i, end: i + 1,
                      person: generator.below(3) == 0 ? generator.below(count) : nil, leads: generator.below(5) == 0)
            }
            #expect(extractor.onePerActor(group[...], extras: extras) == Self.onePerActorByDictionary(group, id))
        }
    }

    @Test func actorsAmongAGroupAsTheSetsGiveIt() {
        var generator = Generator(state: 7)
        for _ in 0..<5_000 {
            func group() -> [Party] { (0..<generator.below(5)).map { i in Party(actor: generator.below(6), start: i, end: i + 1) } }
            let (a, b) = (group(), group())
            #expect(TieExtractor.actors(of: a[...], areAmong: b[...]) == Set(a.map(\.actor)).isSubset(of: Set(b.map(\.actor))))
        }
    }

    @Test func actorIndicesCompareAsTheirIds() {
        let table = TieRuleFixture.extractor.actors
        var extras: [String] = []
        let names = table.ids + ["atlantis", "zz", "a", "", "e\u{301}u", "\u{E9}u", "russia", "Russia"]
        let codes = names.map { table.code(of: $0, extras: &extras) }
        #expect(extras == ["atlantis", "zz", "a", "", "e\u{301}u", "Russia"])
        for (a, x) in zip(codes, names) {
            #expect(table.id(a, extras: extras) == x)
            for (b, y) in zip(codes, names) {
                #expect((a == b) == (x == y), "\(x) \(y)")
                #expect(table.precedes(a, b, extras: extras) == (x < y), "\(x) \(y)")
            }
        }
    }

    @Test func theStringShortcutsAnswerAsTheStringMethods() {
        let words = ["", "n", "'t", "n't", "don't", "dont", "won't", "can'T", "n\u{2019}t", "don't\u{301}", "\u{301}n't",
                     "counterpart", "counterparts", "counterpar", "Counterpart", "counterpart\u{301}", "counterpart's",
                     "c", "member", "member of", "members", "membership", "join", "joined", "joins", "Member", "m", "j",
                     "membershipp", "jo", "member\u{301}", "mutual", "joint"]
        for w in words {
            #expect(TieExtractor.endsInNot(w) == w.hasSuffix("n't"), "\(w)")
            #expect(TieExtractor.startsWithCounterpart(w) == w.hasPrefix("counterpart"), "\(w)")
            #expect(TieExtractor.isMembership(w) == TieExtractor.membershipCues.contains(w), "\(w)")
        }
    }

    @Test func aNewlineIsFoundAsContainsFindsIt() {
        var generator = Generator(state: 3)
        let letters = Array("ab \n\r.\u{2028}".unicodeScalars)
        for _ in 0..<500 {
            let scalars = (0..<generator.below(80)).map { _ in generator.pick(letters) }
            let lower = generator.below(scalars.count + 1), upper = lower + generator.below(scalars.count - lower + 1)
            #expect(GraphBuilder.containsNewline(scalars, lower..<upper) == scalars[lower..<upper].contains("\n"))
        }
    }

    // MARK: The rules against their plain form

    /// A gazetteer for the generated sentences: the rule cases' actors and a few more that the rules
    /// treat apart (an analyst, a person who represents an id the gazetteer lacks, a second leader of one
    /// state, a hyphenated name).
    static let gazetteer: Graph = {
        var g = TieRuleFixture.gazetteer
        let more = [
            Actor(id: "anna-karimova", name: "Anna Karimova", kind: .person, tags: ["analyst"], represents: "kazakhstan",
                  names: ["Karimova"]),
            Actor(id: "zed-orlov", name: "Zed Orlov", kind: .person, tags: ["leader"], represents: "atlantis", names: ["Orlov"]),
            Actor(id: "ivan-petrov", name: "Ivan Petrov", kind: .person, tags: ["leader"], represents: "russia", names: ["Petrov"]),
            Actor(id: "guinea-bissau", name: "Guinea-Bissau", kind: .state, tags: ["africa"]),
            Actor(id: "sco", name: "SCO", kind: .organisation, tags: ["security-bloc", "central-asia"],
                  names: ["Shanghai Cooperation Organisation"]),
        ]
        // swiftlint:disable:next force_try
        for a in more { try! g.add(a) }
        return g
    }()
    static let extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer), lexicon: ExtractionFixture.lexicon)

    /// The pieces generated sentences are made of: actors' names, cue forms, the rules' words, and words
    /// of no list; hyphenated compounds; punctuation.
    static let pieces: [String] = {
        var pieces: [String] = []
        for a in gazetteer.actors { pieces += [a.name] + a.names + a.seats + a.demonyms + a.demonyms.map { $0 + "'s" } }
        pieces += gazetteer.actors.filter { $0.kind != .person }.map { $0.name + "'s" }
        pieces += ExtractionFixture.lexicon.cues.map(\.form)
        pieces += lists.flatMap { $0.0.words.sorted() } + TieWords.Word.allCases.map(\.text)
        pieces += ["Russia-led", "Kyrgyz-Tajik", "Tajik-Afghan", "pro-Kremlin", "Sino-Russian", "Kazakh-led", "anti-NATO",
                   "Mr", "President", "Minister", "troops", "pipeline", "summit", "deal", "it", "They", "a", "the",
                   "n't", "didn't", "respectively", "according to", "the president of", "as for", "the two countries",
                   "regional states", "the region", "the country", "the bloc", "except", "and his counterpart",
                   "and his new counterpart,", "and her long-time counterpart", "he said", "she told", "by the president of",
                   ",", ",", ",", ";", "."]
        return pieces
    }()

    static func sentence(_ generator: inout Generator) -> String {
        var words: [String] = []
        for _ in 0..<(2 + generator.below(16)) {
            let piece = generator.pick(pieces)
            if piece == "," || piece == ";" || piece == ".", let last = words.popLast() { words.append(last + piece) } else {
                words.append(piece)
            }
        }
        if generator.below(2) == 0, let first = words.first { words[0] = first.prefix(1).uppercased() + first.dropFirst() }
        return words.joined(separator: " ") + "."
    }

    static func context(_ generator: inout Generator) -> TieExtractor.Context {
        let ids = gazetteer.actors.map(\.id) + ["atlantis", "nowhere", "e\u{301}u"]
        func some(_ n: Int) -> [String] { (0..<n).map { _ in generator.pick(ids) } }
        let pair: [String]? = generator.below(2) == 0 ? nil : some(2 + generator.below(2))
        let region: String? = generator.pick([nil, "central-asia", "africa", "west", "nowhere"])
        return TieExtractor.Context(pair: pair, previous: some(generator.below(4)), region: region,
                                    speaker: generator.below(2) == 0 ? nil : generator.pick(ids))
    }


    /// The parties of a sentence none of whose mentions a cue may point at are the same without its cues
    /// (``TieExtractor/extract(_:context:mentions:buffers:)`` then asks the lexicon only for a sentence
    /// with two parties).
    @Test func partiesNoCueMayPointAtNeedNoCues() {
        var generator = Generator(state: 9)
        var buffers = TieBuffers()
        var (with, without) = ([Party](), [Party]())
        var unpointed = 0
        for _ in 0..<3_000 {
            let tokens = ExtractionFixture.tokens(Self.sentence(&generator))
            let context = TieExtractor.CodedContext(Self.context(&generator), actors: Self.extractor.actors)
            let mentions = Self.extractor.matcher.mentions(tokens)
            buffers.words.read(tokens, table: Self.extractor.words)
            let compounds = Self.extractor.compounds(tokens, buffers.words, mentions: mentions)
            Self.extractor.parties(tokens, buffers.words, context: context, mentions: mentions,
                                   cues: Self.extractor.cues(tokens, mentions: mentions), compounds: compounds, into: &with)
            Self.extractor.parties(tokens, buffers.words, context: context, mentions: mentions, cues: [],
                                   compounds: compounds, into: &without)
            if !Self.extractor.mayBePointedAt(mentions, buffers.words) {
                unpointed += 1
                #expect(with == without)
            }
        }
        #expect(unpointed >= 1_000)
    }

}

import Testing
@testable import GeoGraphExtraction

/// The shortcuts of the tie rules against the plain forms they stand for: a word list answering for a
/// token by its word code as for its key, and the actors of one group among another's without sets.
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
    }

    /// Every word list the rules ask by token.
    static let lists: [WordSet] = [
        TieExtractor.titleWords, TieExtractor.placeWords, TieExtractor.objectWords, TieExtractor.relatives,
        TieExtractor.auxiliaries, TieExtractor.speechVerbs, TieExtractor.clauseBreaks, TieExtractor.circumstances,
        TieExtractor.sceneOrPointerWords, TieExtractor.borderWords, TieExtractor.determinerWords, TieExtractor.pronouns,
        TieExtractor.locatives, TieExtractor.pointers, TieExtractor.reportingVerbs, TieExtractor.peopleNouns,
        TieExtractor.references, TieExtractor.regionalNouns, TieExtractor.exclusions, TieExtractor.counterpartWords,
        TieExtractor.clauseVerbs, TieExtractor.exampleWords, TieExtractor.conjunctions, TieExtractor.regionScenes,
        TieExtractor.listWords, TieExtractor.clauseJoins, TieExtractor.withinLeads, TieExtractor.mutualWords,
        TieExtractor.mutualLeads,
    ]

    /// Words made up of the lists' own words, their neighbours by one letter, capitals, possessives and
    /// non-ASCII letters (a Kelvin sign, accents), each tokenised as a sentence would be.
    static func tokens(count: Int, seed: UInt64) -> [Token] {
        var generator = Generator(state: seed)
        let known = lists.flatMap { $0.words.sorted() }
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
                for list in Self.lists {
                    #expect(list.contains(token) == list.words.contains(token.key), "\(token.key)")
                }
            }
        }
    }

    /// ``TieExtractor/split(_:_:isPronoun:)`` as it was written first: every group rebuilt party by party.
    static func splitByRebuilding(_ groups: [[TieExtractor.Party]], _ joins: [[TieExtractor.Join]],
                                  isPronoun: (TieExtractor.Party) -> Bool) -> [[TieExtractor.Party]] {
        var split: [[TieExtractor.Party]] = []
        for (group, join) in zip(groups, joins) {
            var current = [group[0]]
            for k in 1..<max(1, group.count) {
                let closed = join[(k - 1)...].contains(.conjunction)
                let pronoun = isPronoun(group[k - 1]) && join[k - 1] == .comma
                if join[k - 1] == .comma && (!closed || pronoun) {
                    split.append(current)
                    current = [group[k]]
                } else {
                    current.append(group[k])
                }
            }
            split.append(current)
        }
        return split
    }

    @Test func splittingAtCommasAsRebuildingGivesIt() {
        typealias Party = TieExtractor.Party
        var generator = Generator(state: 5)
        func key(_ groups: [[Party]]) -> [[String]] { groups.map { $0.map { "\($0.actor) \($0.start) \($0.end)" } } }
        for _ in 0..<1_000 {
            var groups: [[Party]] = [], joins: [[TieExtractor.Join]] = []
            var start = 0
            for _ in 0..<generator.below(5) {
                let count = 1 + generator.below(4)
                groups.append((0..<count).map { k in Party(actor: "a\(generator.below(3))", start: start + 2 * k, end: start + 2 * k + 1) })
                joins.append((1..<max(1, count)).map { _ in generator.below(2) == 0 ? .comma : .conjunction })
                start += 2 * count
            }
            let pronounStarts = Set((0..<start).filter { _ in generator.below(4) == 0 })
            let isPronoun = { (p: Party) in pronounStarts.contains(p.start) }
            #expect(key(TieExtractor.split(groups, joins, isPronoun: isPronoun))
                == key(Self.splitByRebuilding(groups, joins, isPronoun: isPronoun)))
        }
    }

    @Test func actorsAmongAGroupAsTheSetsGiveIt() {
        typealias Party = TieExtractor.Party
        let actors = ["russia", "china", "kz", "kg", "tj", "e\u{301}u", "\u{E9}u"]
        var generator = Generator(state: 7)
        for _ in 0..<5_000 {
            func group() -> [Party] {
                (0..<generator.below(5)).map { i in Party(actor: actors[generator.below(actors.count)], start: i, end: i + 1) }
            }
            let (a, b) = (group(), group())
            #expect(TieExtractor.actors(of: a, areAmong: b) == TieExtractor.actorsAreAmongBySets(a, b))
        }
    }
}

/// The tie rules' word lists and the few words they name one by one, in one table by word code: each
/// token of a sentence is looked up once (``SentenceWords``), and every list then answers for it by a
/// bit, every named word by a number, where the rules asked each ``WordSet`` again at every turn and
/// compared keys with string literals (callgrind, 50 MB corpus: a good part of the rules' instructions
/// went to those sets' screens and hashes, to `static let` accessors and to string comparisons).
///
/// **Equivalence.** A token's bit for a list is set exactly when the list's ``WordSet/contains(_:)-(Token)``
/// answers `true`: the table holds the lists' codes, and a key with no code (non-ASCII) is looked up by
/// its string, as a `WordSet` does. A token's word number is that of the named word with its key's code
/// (or string); ``SentenceWords/is(_:_:in:)`` then compares the key with the word, so that it answers as
/// `key == word` does, even for two words with one code.
///
/// (A named word's number is exact for its code: ``init(lists:)`` checks that no two named words share one.)
struct TieWords: Sendable {
    /// One bit per word list of the rules.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt64
        static var titles: Lists { Lists(rawValue: 1 << 0) }
        static var locatives: Lists { Lists(rawValue: 1 << 1) }
        static var pointers: Lists { Lists(rawValue: 1 << 2) }
        static var pronouns: Lists { Lists(rawValue: 1 << 3) }
        static var reportingVerbs: Lists { Lists(rawValue: 1 << 4) }
        static var leaderTitles: Lists { Lists(rawValue: 1 << 5) }
        static var peopleNouns: Lists { Lists(rawValue: 1 << 6) }
        static var regionalNouns: Lists { Lists(rawValue: 1 << 7) }
        static var exclusions: Lists { Lists(rawValue: 1 << 8) }
        static var regionScenes: Lists { Lists(rawValue: 1 << 9) }
        static var listWords: Lists { Lists(rawValue: 1 << 10) }
        static var references: Lists { Lists(rawValue: 1 << 11) }
        static var pairOpeners: Lists { Lists(rawValue: 1 << 12) }
        static var pairWords: Lists { Lists(rawValue: 1 << 13) }
        static var placeWords: Lists { Lists(rawValue: 1 << 14) }
        static var objectWords: Lists { Lists(rawValue: 1 << 15) }
        static var relatives: Lists { Lists(rawValue: 1 << 16) }
        static var auxiliaries: Lists { Lists(rawValue: 1 << 17) }
        static var speechVerbs: Lists { Lists(rawValue: 1 << 18) }
        static var clauseBreaks: Lists { Lists(rawValue: 1 << 19) }
        static var circumstances: Lists { Lists(rawValue: 1 << 20) }
        static var determiners: Lists { Lists(rawValue: 1 << 21) }
        static var sceneOrPointerWords: Lists { Lists(rawValue: 1 << 22) }
        static var clauseJoins: Lists { Lists(rawValue: 1 << 23) }
        static var withinLeads: Lists { Lists(rawValue: 1 << 24) }
        static var mutualWords: Lists { Lists(rawValue: 1 << 25) }
        static var mutualLeads: Lists { Lists(rawValue: 1 << 26) }
        static var borderWords: Lists { Lists(rawValue: 1 << 27) }
        static var counterpartWords: Lists { Lists(rawValue: 1 << 28) }
        static var clauseVerbs: Lists { Lists(rawValue: 1 << 29) }
        static var exampleWords: Lists { Lists(rawValue: 1 << 30) }
        static var conjunctions: Lists { Lists(rawValue: 1 << 31) }
        /// The lexicon's negations and hedges.
        static var negations: Lists { Lists(rawValue: 1 << 32) }
        static var hedges: Lists { Lists(rawValue: 1 << 33) }
        /// The lexicon's forecast and conditional words: what follows them is no event.
        static var predictions: Lists { Lists(rawValue: 1 << 34) }
        /// The last words of definite descriptions and the numbers of counted states ("the junta", "the
        /// three states"): asked only once a sentence's parties are known.
        static var descriptions: Lists { Lists(rawValue: 1 << 35) }
        /// The last words of the lexicon's verb forms that take a stance on an event ("condemned the raids").
        static var stanceVerbs: Lists { Lists(rawValue: 1 << 36) }
        /// The lexicon's set `ACQUIRE`: verbs of buying or receiving ("bought Turkish drones").
        static var acquisitions: Lists { Lists(rawValue: 1 << 37) }
    }

    /// The words the rules name one by one ("according to", "by", "the two countries").
    enum Word: UInt8, CaseIterable, Sendable {
        case according = 1, to, of, the, region, regional, with, by, `for`, `as`, and, respectively
        case this, country, state, organization, organisation, bloc, alliance
        case two, both, those, these, their, countries, states, sides, powers, ties, relationship, partnership
        case capitals, governments, neighbours, neighbors, nations, within

        var text: String {
            switch self {
            case .according: "according"
            case .to: "to"
            case .of: "of"
            case .the: "the"
            case .region: "region"
            case .regional: "regional"
            case .with: "with"
            case .by: "by"
            case .for: "for"
            case .as: "as"
            case .and: "and"
            case .respectively: "respectively"
            case .this: "this"
            case .country: "country"
            case .state: "state"
            case .organization: "organization"
            case .organisation: "organisation"
            case .bloc: "bloc"
            case .alliance: "alliance"
            case .two: "two"
            case .both: "both"
            case .those: "those"
            case .these: "these"
            case .their: "their"
            case .countries: "countries"
            case .states: "states"
            case .sides: "sides"
            case .powers: "powers"
            case .ties: "ties"
            case .relationship: "relationship"
            case .partnership: "partnership"
            case .capitals: "capitals"
            case .governments: "governments"
            case .neighbours: "neighbours"
            case .neighbors: "neighbors"
            case .nations: "nations"
            case .within: "within"
            }
        }
    }

    /// What the table holds for one word, in one integer: its lists (the low bits, ``Lists``) and its
    /// number (the top byte, ``Word`` raw value, 0 for none).
    typealias Entry = UInt64
    static var wordShift: UInt64 { 56 }

    /// Open addressing by code (a code is an FNV hash: its low bits index the slots); 0 is an empty slot.
    private let codes: [UInt64]
    private let entries: [Entry]
    private let mask: Int
    /// Every word by its string, for a key with no code.
    private let byString: [String: Entry]

    /// - Parameter lists: Each list with its bit.
    init(lists: [(words: Set<String>, bit: Lists)]) {
        var byString: [String: Entry] = [:]
        for (words, bit) in lists {
            precondition(bit.rawValue >> Self.wordShift == 0, "a list bit overlaps the word number")
            for w in words { byString[w, default: 0] |= bit.rawValue }
        }
        for w in Word.allCases { byString[w.text, default: 0] |= UInt64(w.rawValue) << Self.wordShift }
        var byCode: [UInt64: Entry] = [:]
        for (w, e) in byString {
            let code = WordCode.of(w)
            guard code != 0 else { continue }
            precondition(byCode[code].map { $0 >> Self.wordShift == 0 || e >> Self.wordShift == 0 } ?? true,
                         "two named words of the tie rules share a word code")
            byCode[code, default: 0] |= e
        }
        var size = 16
        while size < 4 * byCode.count { size *= 2 }
        var codes = [UInt64](repeating: 0, count: size)
        var entries = [Entry](repeating: 0, count: size)
        for (code, e) in byCode.sorted(by: { $0.key < $1.key }) {
            var i = Int(truncatingIfNeeded: code) & (size - 1)
            while codes[i] != 0 { i = (i + 1) & (size - 1) }
            codes[i] = code
            entries[i] = e
        }
        self.codes = codes
        self.entries = entries
        mask = size - 1
        self.byString = byString
    }

    /// The lists and the number of the key of `tokens[i]`.
    @inline(__always) func entry(of tokens: UnsafeBufferPointer<Token>, at i: Int) -> Entry {
        let code = tokens[i].keyCode
        guard code != 0 else { return byString[tokens[i].key] ?? 0 }
        return codes.withUnsafeBufferPointer { codes in
            var slot = Int(truncatingIfNeeded: code) & mask
            while true {
                let c = codes[slot]
                if c == code { return entries[slot] }
                if c == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }
}

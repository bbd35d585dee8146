import GeoGraph

/// Finds the actors a sentence names, from the gazetteer's surface forms: longest match first,
/// proper-noun case rules, possessives, seats and demonyms.
public struct ActorMatcher: Sendable {
    /// How a surface form names its actor.
    public enum Role: Sendable, Hashable {
        case name, seat, demonym
    }

    /// One mention.
    public struct Mention: Sendable, Hashable {
        public var actor: String
        public var role: Role
        /// Token range in the sentence.
        public var start: Int
        public var end: Int
        /// The actor's index in the gazetteer's `actors`, for per-actor tables that need no hashing.
        let actorIndex: Int
    }

    struct Form: Sendable {
        var keys: [String]
        /// The ``WordCode`` of each key.
        var codes: [UInt64]
        var actor: String
        /// The actor's index in the gazetteer's `actors`.
        var actorIndex: Int
        var role: Role
        /// Written all in capitals (an acronym): must match case-sensitively.
        var isAcronym: Bool
        var text: [String]
        /// The form itself starts lowercase ("the Kremlin", "mainland China").
        var startsLowercase: Bool
    }

    /// Every form, those of one first word key together, longest first.
    let forms: [Form]
    /// What ``mayMatch(_:_:at:)`` reads of each form, by the same index: its length and where its
    /// word codes start in `codes`, side by side in one array (not behind each form's own arrays).
    let heads: [FormHead]
    /// Every form's word codes, one form after the other.
    let codes: [UInt64]
    /// The range of `forms` of each first word key.
    let byFirstWord: WordIndex<Range<Int>>
    /// The forms of each first word key that the next word leaves possible.
    let byFirstTwoWords: FormPairIndex
    public let gazetteer: Graph

    public init(gazetteer: Graph) {
        self.gazetteer = gazetteer
        var all: [Form] = []
        for (actorIndex, actor) in gazetteer.actors.enumerated() {
            let forms = [(actor.name, Role.name)] + actor.names.map { ($0, .name) } + actor.seats.map { ($0, .seat) }
                + actor.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let tokens = Tokenizer.tokens(scalars[...])
                guard !tokens.isEmpty else { continue }
                let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
                let acronym = letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
                let form = Form(keys: tokens.map(\.lower), codes: tokens.map(\.lowerCode),
                                actor: actor.id, actorIndex: actorIndex, role: role, isAcronym: acronym, text: tokens.map(\.text),
                                startsLowercase: !(tokens[0].isCapitalised))
                all.append(form)
            }
        }
        let (forms, ranges) = FirstWordGroups.make(all, keys: \.keys)
        self.forms = forms
        heads = FormHead.heads(of: forms.map(\.codes))
        codes = forms.flatMap(\.codes)
        byFirstWord = WordIndex(ranges)
        byFirstTwoWords = FormPairIndex(groups: Array(ranges.values), secondCodes: forms.map { $0.codes.count >= 2 ? $0.codes[1] : nil })
    }

    /// The mentions in a sentence's tokens, left to right, not overlapping.
    public func mentions(_ tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            var best: Int?
            let first = tokens[i].lower
            let candidates = byFirstWord[first, tokens[i].lowerCode]
                // Different codes: different words, no string comparison needed.
                ?? (WordCode.mayBeEqual(tokens[i].lowerCode, tokens[i].keyCode) && first == tokens[i].key
                    ? nil : byFirstWord[tokens[i].key, tokens[i].keyCode])
            // The next word, when its lowercase form and key have one ASCII code, rules out the forms
            // whose second word has another.
            let next = i + 1 < tokens.count && tokens[i + 1].lowerCode != 0 && tokens[i + 1].lowerCode == tokens[i + 1].keyCode
                ? tokens[i + 1].lowerCode : nil
            for c in candidates.map({ byFirstTwoWords.candidates(group: $0.lowerBound, second: next) }) ?? 0..<0 {
                let f = byFirstTwoWords.form(at: c)
                guard mayMatch(f, tokens, at: i) else { continue }
                let matches = forms[f].keys.indices.allSatisfy { k in
                    let t = tokens[i + k]
                    let last = k == forms[f].keys.count - 1
                    guard t.lower == forms[f].keys[k] || (last && t.key == forms[f].keys[k]) else { return false }
                    if forms[f].isAcronym { return t.text == forms[f].text[k] || (last && t.text.hasPrefix(forms[f].text[k])) }
                    return true
                }
                guard matches else { continue }
                // Proper nouns are capitalised in running text.
                if !forms[f].startsLowercase, !tokens[i].isCapitalised { continue }
                best = f
                break
            }
            if let best {
                let length = forms[best].keys.count
                found.append(Mention(actor: forms[best].actor, role: forms[best].role, start: i, end: i + length,
                                     actorIndex: forms[best].actorIndex))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether form `f` fits in the tokens from `i` and may match there, its words' codes against the
    /// tokens' codes: a necessary condition of the word test in ``mentions(_:)``, read from the flat
    /// `heads` and `codes` (a common first word such as "the" has dozens of candidate forms, and this
    /// runs for each).
    @inline(__always) func mayMatch(_ f: Int, _ tokens: [Token], at i: Int) -> Bool {
        let head = heads[f]
        let count = Int(head.length)
        guard i + count <= tokens.count else { return false }
        let first = Int(head.firstCode)
        for k in 0..<count {
            let code = codes[first + k]
            guard WordCode.mayBeEqual(tokens[i + k].lowerCode, code)
                || (k == count - 1 && WordCode.mayBeEqual(tokens[i + k].keyCode, code)) else { return false }
        }
        return true
    }
}

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
        /// The code of each key (``WordCode/ofPhraseWord(_:)``).
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
    /// Every form's word keys and texts, by the same index as `codes`: the word test reads them there,
    /// not behind each form's own arrays.
    let keys: [String]
    let texts: [String]
    /// The range of `forms` of each first word key.
    let byFirstWord: WordIndex<Range<Int>>
    /// The forms of each first word key that the next word leaves possible.
    let byFirstTwoWords: FormPairIndex
    public let gazetteer: Graph

    /// - Parameters:
    ///   - gazetteer: The actors and their names, seats and demonyms.
    ///   - agents: The lexicon's agents table: those with a fixed actor ("the Pentagon") are names of
    ///     that actor here, as seats (a body that stands for its state), when the gazetteer has the actor.
    public init(gazetteer: Graph, agents: [Lexicon.Agent] = []) {
        self.gazetteer = gazetteer
        var all: [Form] = []
        var agentSeats: [String: [String]] = [:]
        for agent in agents { if let actor = agent.actor { agentSeats[actor, default: []].append(agent.words) } }
        for (actorIndex, actor) in gazetteer.actors.enumerated() {
            let known = Set(([actor.name] + actor.names + actor.seats).map { $0.lowercased() })
            let extra = (agentSeats[actor.id] ?? []).filter { !known.contains($0.lowercased()) }
            let forms = [(actor.name, Role.name)] + actor.names.map { ($0, .name) } + (actor.seats + extra).map { ($0, .seat) }
                + actor.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let tokens = Tokenizer.tokens(scalars[...])
                guard !tokens.isEmpty else { continue }
                let acronym = Self.isAcronym(text)
                let form = Form(keys: tokens.map(\.lower), codes: tokens.map { WordCode.ofPhraseWord($0.lower) },
                                actor: actor.id, actorIndex: actorIndex, role: role, isAcronym: acronym, text: tokens.map(\.text),
                                startsLowercase: !(tokens[0].isCapitalised))
                all.append(form)
                // "Nato", "Opec", "Brics": many outlets write an acronym of four letters or more in title
                // case; that spelling names the actor too, as exactly (a shorter one, "Eu", is left alone).
                if acronym, tokens.count == 1, text.count >= 4, text.unicodeScalars.allSatisfy({ $0.value &- 65 < 26 }) {
                    var titled = form
                    titled.text = [text.prefix(1) + text.dropFirst().lowercased()]
                    all.append(titled)
                }
            }
        }
        let (forms, ranges) = FirstWordGroups.make(all, keys: \.keys)
        self.forms = forms
        heads = FormHead.heads(of: forms.map(\.codes))
        codes = forms.flatMap(\.codes)
        keys = forms.flatMap(\.keys)
        texts = forms.flatMap(\.text)
        byFirstWord = WordIndex(ranges)
        byFirstTwoWords = FormPairIndex(groups: Array(ranges.values), secondCodes: forms.map { $0.codes.count >= 2 ? $0.codes[1] : nil })
    }

    /// Capitalised words that, right before a name or demonym, make a compound of their own: a part of
    /// the world ("South American", "Latin America", "Central African"), never the actor named alone.
    static let qualifiers: WordSet = ["north", "south", "east", "west", "central", "latin", "southeast", "southwest",
                                          "northeast", "northwest", "pan", "sub-saharan"]
    /// Before a demonym only: "Western European", "Southern African" (but "Eastern Ukraine" is Ukraine's).
    static let demonymQualifiers: WordSet = ["eastern", "western", "northern", "southern"]

    /// Whether `token`, right before a form of `role`, qualifies it into another place or people: one of
    /// ``qualifiers`` (or ``demonymQualifiers`` before a demonym), capitalised.
    @inline(__always) static func isQualifier(_ token: Token, before role: Role) -> Bool {
        guard token.isCapitalised else { return false }
        return qualifiers.contains(lowerOf: token) || (role == .demonym && demonymQualifiers.contains(lowerOf: token))
    }

    /// Whether a form is written as an acronym: at most five letters, all capitals (digits and signs
    /// aside). Equivalent to filtering the letters by their Unicode properties, with ASCII answered
    /// by its ranges (callgrind: the filter was a quarter of the matcher's set-up).
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for c in text.unicodeScalars {
            let v = c.value
            let isLetter = v < 0x80 ? (v | 0x20) &- 97 < 26 : c.properties.isAlphabetic
            guard isLetter else { continue }
            letters += 1
            let isCapital = v < 0x80 ? v &- 65 < 26 : c.properties.isUppercase
            if letters > 5 || !isCapital { return false }
        }
        return true
    }

    /// The mentions in a sentence's tokens, left to right, not overlapping.
    ///
    /// At each token, the forms of its lowercase first word (else of its key) that the next word leaves
    /// (`FormPairIndex`), longest first; the first whose words all match (`wordsMatch(_:_:at:)`) and
    /// whose case rule holds wins. Callgrind showed most tokens open no form: the first-word index's
    /// filter turns them away by their codes (`WordIndex.mayContain(_:)`) before any string is read,
    /// and tokens are read in place (a copy would retain their strings).
    public func mentions(_ tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        tokens.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                guard let f = form(t, at: i) else {
                    i &+= 1  // below `t.count`
                    continue
                }
                let length = Int(heads[f].length)
                // "South American", "Latin America", "East German": a qualifier the gazetteer has no
                // longer form for makes another place or people, not the actor ("North Korean" is
                // matched whole before its "Korean" is reached: the longest form wins).
                if i > 0, forms[f].role != .seat, t[i].punctuationBefore == .none,
                   Self.isQualifier(t[i - 1], before: forms[f].role) {
                    i += length
                    continue
                }
                if found.isEmpty { found.reserveCapacity(4) }  // one allocation for the sentence's first few
                found.append(Mention(actor: forms[f].actor, role: forms[f].role, start: i, end: i + length,
                                     actorIndex: forms[f].actorIndex))
                i += length
            }
        }
        return found
    }

    /// The form that matches at token `i`, if any: the longest of the candidates.
    @inline(__always) private func form(_ t: UnsafeBufferPointer<Token>, at i: Int) -> Int? {
        let lowerCode = t[i].lowerCode, keyCode = t[i].keyCode
        let lowerMayOpen = byFirstWord.mayContain(lowerCode)
        var group = lowerMayOpen ? byFirstWord.value(code: lowerCode) { t[i].lower } : nil
        // The key, unless it is the lowercase form (just looked up) or its code is turned away (the
        // filter asked once when both codes are one).
        if group == nil, keyCode == lowerCode ? lowerMayOpen : byFirstWord.mayContain(keyCode), !t[i].strings.keyIsLower {
            group = byFirstWord.value(code: keyCode) { t[i].key }
        }
        guard let group else { return nil }
        // The next word, when its lowercase form and key have one ASCII code, rules out the forms
        // whose second word has another.
        let next = i + 1 < t.count && t[i + 1].lowerCode != 0 && t[i + 1].lowerCode == t[i + 1].keyCode ? t[i + 1].lowerCode : nil
        for c in byFirstTwoWords.candidates(group: group.lowerBound, second: next) {
            let f = byFirstTwoWords.form(at: c)
            guard mayMatch(f, t, at: i), wordsMatch(f, t, at: i) else { continue }
            // Proper nouns are capitalised in running text.
            if !forms[f].startsLowercase, !t[i].isCapitalised { continue }
            return f
        }
        return nil
    }

    /// Whether form `f` fits in the tokens from `i` and may match there, its words' codes against the
    /// tokens' codes: a necessary condition of `wordsMatch(_:_:at:)`, read from the flat `heads` and
    /// `codes` (a common first word such as "the" has dozens of candidate forms, and this runs for each).
    @inline(__always) func mayMatch(_ f: Int, _ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        let head = heads[f]
        let count = Int(head.length)
        guard i + count <= tokens.count else { return false }
        let first = Int(head.firstCode)
        for k in 0..<count {
            let code = codes[first + k]
            guard WordCode.mayBeEqual(token: tokens[i + k].lowerCode, phrase: code)
                || (k == count - 1 && WordCode.mayBeEqual(token: tokens[i + k].keyCode, phrase: code)) else { return false }
        }
        return true
    }

    /// Whether the words of form `f`, which fits from token `i`, match the tokens: each token's
    /// lowercase form is the form's word (the last token's key may be instead), and an acronym's
    /// tokens are written as it is (the last may go on, as "US's" does).
    ///
    /// Equivalent to comparing the strings alone: a string is compared only where the codes leave it
    /// possible (``WordCode/mayBeEqual(token:phrase:)``), and equal codes are confirmed by the strings.
    @inline(__always) func wordsMatch(_ f: Int, _ t: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        let head = heads[f]
        let count = Int(head.length)
        let first = Int(head.firstCode)
        let acronym = forms[f].isAcronym
        for k in 0..<count {
            let code = codes[first + k], last = k == count - 1
            let token = i + k
            guard (WordCode.mayBeEqual(token: t[token].lowerCode, phrase: code) && t[token].lower == keys[first + k])
                || (last && WordCode.mayBeEqual(token: t[token].keyCode, phrase: code) && t[token].key == keys[first + k]) else {
                return false
            }
            if acronym, !(t[token].text == texts[first + k] || (last && t[token].text.hasPrefix(texts[first + k]))) { return false }
        }
        return true
    }
}

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
    }

    struct Form: Sendable {
        var keys: [String]
        /// The ``WordCode`` of each key.
        var codes: [UInt64]
        var actor: String
        var role: Role
        /// Written all in capitals (an acronym): must match case-sensitively.
        var isAcronym: Bool
        var text: [String]
        /// The form itself starts lowercase ("the Kremlin", "mainland China").
        var startsLowercase: Bool
    }

    /// Every form, those of one first word key together, longest first.
    let forms: [Form]
    /// The range of `forms` of each first word key.
    let byFirstWord: WordIndex<Range<Int>>
    public let gazetteer: Graph

    public init(gazetteer: Graph) {
        self.gazetteer = gazetteer
        var index: [String: [Form]] = [:]
        for actor in gazetteer.actors {
            let forms = [(actor.name, Role.name)] + actor.names.map { ($0, .name) } + actor.seats.map { ($0, .seat) }
                + actor.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let tokens = Tokenizer.tokens(scalars[...])
                guard !tokens.isEmpty else { continue }
                let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
                let acronym = letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
                let form = Form(keys: tokens.map(\.lower), codes: tokens.map(\.lowerCode),
                                actor: actor.id, role: role, isAcronym: acronym, text: tokens.map(\.text),
                                startsLowercase: !(tokens[0].isCapitalised))
                index[form.keys[0], default: []].append(form)
            }
        }
        var forms: [Form] = []
        var ranges: [String: Range<Int>] = [:]
        for (word, group) in index {
            ranges[word] = forms.count..<(forms.count + group.count)
            forms += group.sorted { $0.keys.count > $1.keys.count }
        }
        self.forms = forms
        byFirstWord = WordIndex(ranges)
    }

    /// The mentions in a sentence's tokens, left to right, not overlapping.
    public func mentions(_ tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            var best: Form?
            let first = tokens[i].lower
            let candidates = byFirstWord[first, tokens[i].lowerCode]
                ?? (first == tokens[i].key ? nil : byFirstWord[tokens[i].key, tokens[i].keyCode])
            for f in candidates ?? 0..<0 where i + forms[f].keys.count <= tokens.count && mayMatch(f, tokens, at: i) {
                let form = forms[f]
                let matches = form.keys.indices.allSatisfy { k in
                    let t = tokens[i + k]
                    let last = k == form.keys.count - 1
                    guard t.lower == form.keys[k] || (last && t.key == form.keys[k]) else { return false }
                    if form.isAcronym { return t.text == form.text[k] || (last && t.text.hasPrefix(form.text[k])) }
                    return true
                }
                guard matches else { continue }
                // Proper nouns are capitalised in running text.
                if !form.startsLowercase, !tokens[i].isCapitalised { continue }
                best = form
                break
            }
            if let best {
                found.append(Mention(actor: best.actor, role: best.role, start: i, end: i + best.keys.count))
                i += best.keys.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether form `f` may match at token `i`, its words' codes against the tokens' codes: a
    /// necessary condition of the word test in ``mentions(_:)``, without copying the form.
    @inline(__always) func mayMatch(_ f: Int, _ tokens: [Token], at i: Int) -> Bool {
        let count = forms[f].codes.count
        for k in 0..<count {
            let code = forms[f].codes[k]
            guard WordCode.mayBeEqual(tokens[i + k].lowerCode, code)
                || (k == count - 1 && WordCode.mayBeEqual(tokens[i + k].keyCode, code)) else { return false }
        }
        return true
    }
}

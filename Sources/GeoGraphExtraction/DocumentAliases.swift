import GeoGraph

/// The names a document introduces with a title of office that stand for their state in the rest of it:
/// "Mali's prime minister, Abdoulaye Maiga, accused Algeria … Maiga also thanked Russia" reads the second
/// sentence as Mali's, as a gazetteer leader's name would be (evaluation rolls persons up to their states).
///
/// The grammar of an introduction (a name as ``UnknownNames`` reads one: capitalised words joined by spaces,
/// none a form of the gazetteer, nor a function word, title, month or weekday; at most four), next to a
/// **title of office** (words of ``officeWords`` ending in one of ``officeHeads``: "prime minister",
/// "foreign minister", "envoy", "army chief"; never "analyst", "professor", "former president"), owned by a
/// state the sentence names:
/// - the state's possessive, demonym or name, the title, the name: "Tuvalu's foreign minister, Kaveh
///   Solani,", "Tuvaluan Prime Minister Kaveh Solani", "Tuvalu Prime Minister Kaveh Solani";
/// - the title, the name, "of" and the state: "Prime Minister Kaveh Solani of Tuvalu";
/// - the name, a comma and the title owned so: "Kaveh Solani, Tuvalu's foreign minister,", "Kaveh Solani,
///   the Tuvaluan envoy,", "Kaveh Solani, the foreign minister of Tuvalu,".
///
/// From the next sentence on, the full name and its last word (the surname) stand for the state wherever
/// either is a whole name of its own (not part of a longer run of capitalised words). A surname is not
/// read when it is a gazetteer form, a word of the lexicon, a word the document writes lowercase, or when
/// the document introduces it for two states (then neither reads it; nor the full name, when that is so).
///
/// One value a document, kept by ``GraphBuilder`` from sentence to sentence: no state across documents. Its
/// table holds at most ``limit`` entries (introductions past them are not learned), so that a document of
/// many introductions costs linear work; a sentence with no title and no alias asks nothing of it.
struct DocumentAliases {
    /// One name and the state it stands for, or none when the document gave it to two.
    struct Alias {
        /// The name's word keys (lowercased, possessive dropped).
        var words: [String]
        var state: Int
        var stateID: String
        var ambiguous: Bool
    }

    private(set) var aliases: [Alias] = []

    /// The most names a document's table holds: a news article introduces a handful of officials, and each
    /// entry is asked at every capitalised word the gazetteer lacks and scans the document once when learned.
    static let limit = 32

    /// Words a title of office is made of.
    static let officeWords: WordSet = [
        "president", "vice", "prime", "minister", "foreign", "defence", "defense", "deputy", "interior", "finance",
        "economy", "trade", "energy", "justice", "security", "affairs", "secretary", "secretary-general", "general",
        "chief", "commander", "ambassador", "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "king",
        "queen", "emir", "sultan", "crown", "prince", "supreme", "leader", "premier", "chancellor", "army", "military",
        "top", "acting", "interim", "senior", "lieutenant", "major", "brigadier", "admiral", "marshal", "navy", "first",
    ]
    /// The words a title of office ends in: what makes the words before them an office.
    static let officeHeads: WordSet = [
        "president", "minister", "secretary", "secretary-general", "general", "chief", "commander", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "emir", "sultan", "prince", "leader",
        "premier", "chancellor", "admiral", "marshal",
    ]

    // MARK: Reading

    /// `mentions` (a sentence's, left to right) with a mention of the state of each alias the sentence names
    /// where no mention is, in order.
    func apply(_ tokens: [Token], to mentions: inout [ActorMatcher.Mention]) {
        guard !aliases.isEmpty else { return }
        var m = 0  // the first mention not ending before `i`
        var i = 0
        while i < tokens.count {
            while m < mentions.count, mentions[m].end <= i { m += 1 }
            if m < mentions.count, mentions[m].start <= i { i = mentions[m].end; continue }
            guard Self.isNameWord(tokens[i]), let alias = match(tokens, at: i, before: m < mentions.count ? mentions[m].start : tokens.count) else {
                i += 1
                continue
            }
            let end = i + aliases[alias].words.count
            mentions.insert(ActorMatcher.Mention(actor: aliases[alias].stateID, role: .name, start: i, end: end,
                                                 actorIndex: aliases[alias].state), at: m)
            m += 1
            i = end
        }
    }

    /// The longest alias whose words are a whole name at token `i`, ending by `limit` (the next mention).
    private func match(_ tokens: [Token], at i: Int, before limit: Int) -> Int? {
        // (Not the last words of a longer name: "Fatoumata Maiga" is no "Maiga" introduced as another.)
        if i > 0, tokens[i].punctuationBefore == .none, Self.isNameWord(tokens[i - 1]), !tokens[i - 1].isPossessive,
           !Self.officeWords.contains(lowerOf: tokens[i - 1]), !UnknownNames.onlyDropped(tokens[i - 1].lower) {
            return nil
        }
        var best: Int?
        for (k, alias) in aliases.enumerated() where !alias.ambiguous && tokens[i].key == alias.words[0] {
            let n = alias.words.count
            guard i + n <= limit, n > (best.map { aliases[$0].words.count } ?? 0) else { continue }
            guard (1..<n).allSatisfy({ tokens[i + $0].punctuationBefore == .none && !tokens[i + $0 - 1].isPossessive
                && tokens[i + $0].key == alias.words[$0] }) else { continue }
            // (Nor the first words of one: "Maiga Foundation".)
            let end = i + n
            if end < tokens.count, !tokens[end - 1].isPossessive, tokens[end].punctuationBefore == .none,
               Self.isNameWord(tokens[end]) { continue }
            best = k
        }
        return best
    }

    // MARK: Learning

    /// Reads the introductions of a sentence (its tokens and mentions) into the table.
    /// - Parameters:
    ///   - actors: For the mentions' kinds: only a state owns an office here.
    ///   - matcher: For whether a surname is a gazetteer form.
    ///   - lexiconWords: The lexicon's words: a surname that is one is a common word.
    ///   - scalars: The document: a surname it writes lowercase is a common word.
    mutating func learn(_ tokens: [Token], mentions: [ActorMatcher.Mention], actors: ActorTable, matcher: ActorMatcher,
                        lexiconWords: Set<String>, scalars: [Unicode.Scalar]) {
        guard mentions.contains(where: { actors.kind($0.actorIndex) == .state }),
              tokens.contains(where: { Self.officeHeads.contains(lowerOf: $0) }) else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for i in m.start..<m.end { covered[i] = true } }
        for m in mentions where actors.kind(m.actorIndex) == .state {
            // (Not a state's name opening a longer one: "Tuvalu Airways".)
            if m.role != .demonym, m.end < tokens.count, tokens[m.end].punctuationBefore == .none,
               tokens[m.end].isCapitalised, !tokens[m.end - 1].isPossessive,
               !Self.officeWords.contains(lowerOf: tokens[m.end]) { continue }
            var name: Range<Int>?
            // "Tuvalu's foreign minister, Kaveh Solani,", "Tuvaluan Prime Minister Kaveh Solani".
            if m.end < tokens.count, tokens[m.end].punctuationBefore == .none, let start = title(tokens, from: m.end),
               start < tokens.count {
                if tokens[start].punctuationBefore == .comma {
                    // (The name in commas: it closes with the clause or the sentence.)
                    if let found = forward(tokens, from: start, covered: covered),
                       found.upperBound == tokens.count || tokens[found.upperBound].punctuationBefore != .none {
                        name = found
                    }
                } else if tokens[start].punctuationBefore == .none {
                    name = forward(tokens, from: start, covered: covered)
                }
            }
            // "Prime Minister Kaveh Solani of Tuvalu".
            if name == nil, m.start >= 2, tokens[m.start - 1].key == "of", tokens[m.start - 1].punctuationBefore == .none,
               tokens[m.start].punctuationBefore == .none, m.role != .demonym,
               let found = backward(tokens, to: m.start - 1, covered: covered), found.title < found.name.lowerBound {
                name = found.name
            }
            // "Kaveh Solani, Tuvalu's foreign minister,", "Kaveh Solani, the Tuvaluan envoy,", "Kaveh Solani, the
            // foreign minister of Tuvalu,".
            if name == nil, let opens = appositionStart(tokens, state: m), tokens[opens].punctuationBefore == .comma,
               let found = backward(tokens, to: opens, covered: covered) {
                name = found.name
            }
            guard let name else { continue }
            add(tokens, name, state: m.actorIndex, stateID: m.actor, matcher: matcher, lexiconWords: lexiconWords,
                scalars: scalars)
        }
    }

    /// Where a title of office starting at `i` ends (exclusive), when the words from `i` are one, joined by
    /// spaces and ending in a head word; `nil` else.
    private func title(_ tokens: [Token], from i: Int) -> Int? {
        var end: Int?
        var j = i
        while j < tokens.count, j - i < 4, Self.officeWords.contains(lowerOf: tokens[j]),
              j == i || tokens[j].punctuationBefore == .none {
            if Self.officeHeads.contains(lowerOf: tokens[j]) { end = j + 1 }
            j += 1
            if tokens[j - 1].isPossessive { break }
        }
        return end
    }

    /// The first token of the apposition that owns state mention `m` as a title ("Tuvalu's foreign
    /// minister", "the Tuvaluan envoy", "the foreign minister of Tuvalu"), when it is one and closes there.
    private func appositionStart(_ tokens: [Token], state m: ActorMatcher.Mention) -> Int? {
        func closes(_ end: Int) -> Bool { end == tokens.count || tokens[end].punctuationBefore != .none }
        if tokens[m.end - 1].isPossessive || m.role == .demonym, let end = title(tokens, from: m.end), closes(end) {
            if m.start > 0, tokens[m.start - 1].key == "the", m.role == .demonym { return m.start - 1 }
            return m.role == .demonym ? nil : m.start
        }
        // "the foreign minister of Tuvalu".
        guard m.role != .demonym, closes(m.end), m.start >= 3, tokens[m.start - 1].key == "of" else { return nil }
        var j = m.start - 2
        while j > 0, Self.officeWords.contains(lowerOf: tokens[j]), tokens[j].punctuationBefore == .none { j -= 1 }
        guard tokens[j].key == "the", j + 1 < m.start - 1, Self.officeHeads.contains(lowerOf: tokens[m.start - 2]) else {
            return nil
        }
        return j
    }

    /// The name from token `i`: capitalised words joined by spaces, joining words between them, no mention
    /// nor a word ``UnknownNames`` drops, at most four capitalised words, ending at a possessive.
    private func forward(_ tokens: [Token], from i: Int, covered: [Bool]) -> Range<Int>? {
        var j = i, last = -1, capitals = 0
        while j < tokens.count, !covered[j], j == i || tokens[j].punctuationBefore == .none {
            if Self.isNameWord(tokens[j]) {
                guard !UnknownNames.onlyDropped(tokens[j].lower), !UnknownNames.onlyDropped(tokens[j].key) else { return nil }
                capitals += 1
                last = j
            } else if j == i || !UnknownNames.joiningWords.contains(tokens[j].lower) {
                break
            }
            j += 1
            if tokens[j - 1].isPossessive { break }
        }
        // (Not a name running into a mention: "Kaveh Solani Tuvalu".)
        guard last >= i, capitals <= 4, !(last + 1 < tokens.count && covered[last + 1]
            && tokens[last + 1].punctuationBefore == .none && !tokens[last].isPossessive) else { return nil }
        return i..<(last + 1)
    }

    /// The name ending right before token `end`, and where the title of office before it starts (the name's
    /// start when none): capitalised words back to the start of the run, titles at its start (in any case)
    /// set apart as the title, function words at the sentence's start dropped.
    private func backward(_ tokens: [Token], to end: Int, covered: [Bool]) -> (name: Range<Int>, title: Int)? {
        var start = end
        while start > 0, !covered[start - 1], Self.isNameWord(tokens[start - 1]) || UnknownNames.joiningWords.contains(tokens[start - 1].lower),
              start == end || tokens[start].punctuationBefore == .none {
            start -= 1
        }
        // (A run that a mention continues is another name: "Tuvalu Solani".)
        if start > 0, start < end, covered[start - 1], tokens[start].punctuationBefore == .none { return nil }
        // (Joining words before the first capitalised word, "the", and function words opening the sentence go.)
        var first = start
        while first < end, !Self.isNameWord(tokens[first])
                || (start == 0 && UnknownNames.functionWords.contains(tokens[first].lower)) {
            first += 1
        }
        var nameStart = first
        var headSeen = false
        while nameStart < end, Self.officeWords.contains(lowerOf: tokens[nameStart])
                || UnknownNames.titleWords.contains(tokens[nameStart].lower) {
            if Self.officeHeads.contains(lowerOf: tokens[nameStart]) { headSeen = true }
            nameStart += 1
        }
        while nameStart < end, !Self.isNameWord(tokens[nameStart]) { nameStart += 1 }
        guard nameStart < end, Self.isNameWord(tokens[end - 1]) else { return nil }
        // A lowercase title before the run: "prime minister Kaveh Solani of Tuvalu".
        var title = headSeen ? first : nameStart
        if title == nameStart, nameStart == first, first == start, start > 0, tokens[start].punctuationBefore == .none,
           Self.officeHeads.contains(lowerOf: tokens[start - 1]) {
            title = start - 1
            while title > 0, Self.officeWords.contains(lowerOf: tokens[title - 1]), tokens[title].punctuationBefore == .none {
                title -= 1
            }
        }
        let capitals = tokens[nameStart..<end].filter(Self.isNameWord)
        guard capitals.count <= 4, !capitals.contains(where: { UnknownNames.onlyDropped($0.lower) || $0.isPossessive }) else {
            return nil
        }
        return (nameStart..<end, title)
    }

    /// Adds the name at `name` and its surname for `state`, or marks them ambiguous when another state has them.
    private mutating func add(_ tokens: [Token], _ name: Range<Int>, state: Int, stateID: String, matcher: ActorMatcher,
                              lexiconWords: Set<String>, scalars: [Unicode.Scalar]) {
        let words = tokens[name].map(\.key)
        var entries = words.count > 1 ? [words] : []
        guard let last = tokens[name].last, aliases.count < Self.limit else { return }
        // (A surname with an article, "al-Sharaa", is written "Sharaa" too.)
        var surnames = [UnknownNames.bare(last)]
        if let hyphen = surnames[0].firstIndex(of: "-"), Self.articles.contains(surnames[0][..<hyphen].lowercased()) {
            surnames.append(String(surnames[0][surnames[0].index(after: hyphen)...]))
        }
        for surname in surnames {
            if let key = Self.properKey(surname, matcher: matcher, lexiconWords: lexiconWords, scalars: scalars) {
                entries.append([key])
            }
        }
        for entry in entries {
            if let k = aliases.firstIndex(where: { $0.words == entry }) {
                if aliases[k].state != state { aliases[k].ambiguous = true }
            } else {
                aliases.append(Alias(words: entry, state: state, stateID: stateID, ambiguous: false))
            }
        }
    }

    /// Whether a word may be part of a name: capitalised, or a name after an article ("al-Sharaa").
    static func isNameWord(_ token: Token) -> Bool {
        if token.isCapitalised { return true }
        guard token.isHyphenatedName, let hyphen = token.lower.firstIndex(of: "-") else { return false }
        return articles.contains(String(token.lower[..<hyphen]))
    }

    /// The articles that open Arabic surnames ("al-Sharaa", "el-Sisi").
    static let articles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az"]

    /// The key of a surname (as written, one word) when it is no common word: not a gazetteer form, nor a
    /// word of the lexicon, nor written lowercase in the document; `nil` else.
    static func properKey(_ surname: String, matcher: ActorMatcher, lexiconWords: Set<String>, scalars: [Unicode.Scalar]) -> String? {
        let tokens = Tokenizer.tokens(Array(surname.unicodeScalars)[...])
        guard tokens.count == 1, let key = tokens.first?.key, key.count >= 2, isNameWord(tokens[0]),
              !UnknownNames.joiningWords.contains(key), !UnknownNames.onlyDropped(key), matcher.mentions(tokens).isEmpty,
              !lexiconWords.contains(key), !writesLowercase(Array(key.unicodeScalars), in: scalars) else { return nil }
        return key
    }

    /// Whether `word` (lowercase) stands in `scalars` as a whole word written lowercase.
    static func writesLowercase(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Bool {
        guard let first = word.first, word.count <= scalars.count else { return false }
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        var i = 0
        while i + word.count <= scalars.count {
            if scalars[i] == first, i == 0 || !isLetter(scalars[i - 1]),
               i + word.count == scalars.count || !isLetter(scalars[i + word.count]),
               (1..<word.count).allSatisfy({ scalars[i + $0] == word[$0] }) {
                return true
            }
            i += 1
        }
        return false
    }
}

/// Compound actors: which parties of a sentence act together.
extension TieExtractor {
    /// Parties joined by "and", "or" or listed together form one group ("Russia and China",
    /// "Uzbekistan, Turkmenistan, and Kazakhstan").
    ///
    /// The groups are ranges of `grouped`: the parties in order, a state and the person who speaks for
    /// it made one. The plain form (an array per group, then each group cut at its commas by rebuilding
    /// it, kept in the tests) makes the same groups: cutting a group keeps its parties' order, so the
    /// cuts are only more range bounds.
    /// - Parameters:
    ///   - joins: How each party of `grouped` is joined to the one before it in its group (`nil` for the
    ///     first of a group); a buffer.
    func groups(_ parties: [Party], _ tokens: [Token], _ words: SentenceWords, into grouped: inout [Party],
                joins: inout [Join?], groups: inout [Range<Int>]) {
        grouped.removeAll(keepingCapacity: true)
        joins.removeAll(keepingCapacity: true)
        for p in parties {
            if let last = grouped.last {
                let between = last.end..<max(last.end, p.start)
                // "Kazakh President Qasym-Zhomart Toqaev", "Russia's foreign minister Sergei Lavrov": one
                // party, the state with the person who speaks for it.
                // (", the former agreed": a reference set off by a comma is a new subject, not a title.)
                if last.actor == p.actor, between.count <= 4,
                   between.allSatisfy({ tokens[$0].isCapitalised || words.on($0, .titles) }),
                   !(between.isEmpty && p.start < tokens.count && tokens[p.start].punctuationBefore == .comma
                     && words.is(p.start, .the, in: tokens)) {
                    grouped[grouped.count - 1] = Party(actor: p.actor, start: last.start, end: p.end,
                                                       person: p.person ?? last.person)
                    continue
                }
                // Parties sharing words ("the two countries", "Kyrgyz-Tajik") or joined by a hyphen
                // ("U.S.-Iraq") or a plus ("C5+Japan") come as a pair.
                if p.start < last.end || (p.start == last.end && p.start < tokens.count
                                          && [.hyphen, .plus].contains(tokens[p.start].punctuationBefore)) {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
                // "X and his counterpart Y", "X and her Uzbek counterpart, Y": the two act together.
                if !between.isEmpty, words.is(between.lowerBound, .and, in: tokens), between.count <= 4,
                   (last.end..<min(tokens.count, p.end + 1)).contains(where: { words.on($0, .counterpartWords) }) {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
                // "backed by Cyprus and by France", "talks with Chile and with Peru": a conjunction and the
                // preposition that opened the group go on with it.
                if between.count == 2 || (between.count == 3 && words.is(between.lowerBound + 2, .the, in: tokens)),
                   words.on(between.lowerBound, .conjunctions), Self.repeatedPrepositions.contains(tokens[between.lowerBound + 1].key),
                   tokens[between.lowerBound + 1].punctuationBefore == .none, tokens[p.start].punctuationBefore == .none,
                   let opener = joins.lastIndex(where: { $0 == nil }),
                   [grouped[opener].start - 1, grouped[opener].start - 2].contains(where: { k in
                       k >= 0 && (k == grouped[opener].start - 1 || tokens[k + 1].key == "the")
                           && tokens[k].key == tokens[between.lowerBound + 1].key
                   }) {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
                // "the United States and other Western powers", "Russia and its allies": one group.
                if between.count == 2, words.on(between.lowerBound, .conjunctions),
                   Self.groupDeterminers.contains(tokens[between.lowerBound + 1].key) {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
                // "the Quad (India, Japan …)", "the bloc – Brazil, Russia …": what a parenthesis or a dash
                // sets off right after a party is about it, not listed with it.
                let setOff = between.isEmpty && p.start < tokens.count
                    && [.parenthesis, .clauseBreak, .quote].contains(tokens[p.start].punctuationBefore)
                // "join NATO, and Helsinki has been accepted": a new clause, not a list.
                // ("condemned Quito, and Nicaragua also cut ties": a comma, "and", a party and an adverb or a
                // past form, after a party that opens no list.)
                // ("praised Chile and Peru welcomed the plan": with no comma, "and", a party and a past form
                // open a clause when the party before "and" is a past verb's object, opening no list.)
                let opensClause = p.end < tokens.count && (words.on(p.end, .clauseVerbs)
                    || (between.count == 1 && tokens[between.lowerBound].punctuationBefore == .comma
                        && joins.last.map { $0 == nil } == true && opensPredicate(tokens[p.end]))
                    || (between.count == 1 && words.is(between.lowerBound, .and, in: tokens)
                        && joins.last.map { $0 == nil } == true && opensPredicate(tokens[p.end])
                        && isPastVerbObject(last, tokens)))
                // "Russia, China and the European Union": the article after the conjunction is the party's.
                let conjunctionAndArticle = between.count == 2 && words.on(between.lowerBound, .conjunctions)
                    && words.is(between.lowerBound + 1, .the, in: tokens)
                if (between.count <= 1 && between.allSatisfy({ words.on($0, .conjunctions) }) || conjunctionAndArticle)
                    && !(between.count >= 1 && opensClause) && !setOff {
                    grouped.append(p)
                    joins.append(between.isEmpty ? .comma : .conjunction)
                    continue
                }
                // "the envoys of the G7 states and the European Union": a plural kind noun after a party
                // names its members; the list goes on after it.
                if (2...3).contains(between.count), Self.kindPlurals.contains(tokens[between.lowerBound]),
                   words.on(between.lowerBound + 1, .conjunctions),
                   between.count == 2 || words.is(between.lowerBound + 2, .the, in: tokens), !setOff {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
                // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the article after a comma is
                // the next item's (a list only when "and" closes it, below).
                if between.count == 1, words.is(between.lowerBound, .the, in: tokens),
                   tokens[between.lowerBound].punctuationBefore == .comma, !setOff {
                    grouped.append(p)
                    joins.append(.comma)
                    continue
                }
                // "Canada, France, Xland, Norway and Spain": a capitalised word the gazetteer lacks, alone
                // between commas, is one more item of the list, not its end.
                if between.count == 1, tokens[between.lowerBound].isCapitalised,
                   tokens[between.lowerBound].punctuationBefore == .comma, tokens[p.start].punctuationBefore == .comma {
                    grouped.append(p)
                    joins.append(.comma)
                    continue
                }
                // "China and other partners including Turkey" (but "several borrowers, such as Tajikistan and
                // Kyrgyzstan, owe": the examples start their own group, the subject).
                if let last = between.last, words.on(last, .exampleWords) {
                    grouped.append(p)
                    joins.append(.conjunction)
                    continue
                }
            }
            grouped.append(p)
            joins.append(nil)
        }
        // A run joined by commas is a list only when "and" or "or" closes it ("Uzbekistan, Turkmenistan,
        // and Kazakhstan"); "threats against Kazakhstan, Mr Xi reassured" is two clauses. A pronoun
        // never opens a list ("turned away from him, Finland and Sweden decided").
        Self.split(joins, isPronoun: { words.on(grouped[$0].start, .pronouns) }, into: &groups)
    }

    /// The groups of parties joined by `joins` (`nil`: a party that starts a group), each cut before a
    /// comma-joined party unless "and" or "or" closes the run after it, or the party before the comma is a
    /// pronoun (`isPronoun(k)` for party `k`), as ranges of the parties, in `groups` (emptied first).
    static func split(_ joins: [Join?], isPronoun: (Int) -> Bool, into groups: inout [Range<Int>]) {
        groups.removeAll(keepingCapacity: true)
        guard !joins.isEmpty else { return }
        var start = 0
        for k in joins.indices.dropFirst() {
            let cut = joins[k].map { join in join == .comma && (!closed(after: k, joins) || isPronoun(k - 1)) } ?? true
            if cut {
                groups.append(start..<k)
                start = k
            }
        }
        groups.append(start..<joins.count)
    }

    /// Whether "and" or "or" joins party `k` or one after it in its group (a comma run is closed).
    static func closed(after k: Int, _ joins: [Join?]) -> Bool {
        var i = k
        while i < joins.count, let join = joins[i] {
            if join == .conjunction { return true }
            i += 1
        }
        return false
    }

    /// Words that, before "with", make the party after a companion of another: "along with", "together with".
    static let companionWords: Set<String> = ["along", "together"]
    /// Cue forms whose agent, after "by", mediates between the parties ("a deal brokered by China").
    static let mediationForms: Set<String> = ["brokered", "mediated", "facilitated"]

    /// The groups introduced by "along with" or "together with" ("Turkey, along with Hungary,"), each with
    /// the party named right before the phrase (the one it acts with), as indices of `groups` and `grouped`.
    func companionGroups(_ tokens: [Token], groups: [Range<Int>], _ grouped: [Party]) -> [(group: Int, partner: Int)] {
        var found: [(group: Int, partner: Int)] = []
        for g in groups.indices {
            var i = grouped[groups[g].lowerBound].start - 1
            if i >= 0, tokens[i].key == "the" { i -= 1 }
            guard i >= 1, tokens[i].key == "with", Self.companionWords.contains(tokens[i - 1].key),
                  let partner = grouped.indices.last(where: { grouped[$0].end == i - 1 }) else { continue }
            found.append((g, partner))
        }
        return found
    }

    /// Adds the companions of a cue's parties to its pairs: "Turkey, along with Hungary, delayed X" (each
    /// of the two acts on X), "A and B make up the force along with the United States" (the companion
    /// joins the subject, and is not the object).
    func withCompanions(_ companions: [(group: Int, partner: Int)], cueStart: Int, cueEnd: Int, clauses: [Int],
                        groups: [Range<Int>], _ grouped: [Party], extras: [String], pairs: inout [(Party, Party, Bool)]) {
        for (g, partner) in companions where clauses[grouped[groups[g].lowerBound].start] == clauses[cueStart] {
            let members = onePerActor(grouped[groups[g]], extras: extras)
            let partnerActor = grouped[partner].actor
            let inGroup = { (p: Party) in members.contains { $0.actor == p.actor } }
            let start = grouped[groups[g].lowerBound].start
            var added: [(Party, Party, Bool)] = []
            if start < cueStart {
                // The companion and its partner are one subject: each acts as the other does.
                let team = members + [grouped[partner]]
                for (s, t, mutual) in pairs where s.actor == partnerActor || inGroup(s) {
                    for m in team where m.actor != t.actor
                        && !(pairs + added).contains(where: { $0.0.actor == m.actor && $0.1.actor == t.actor }) {
                        added.append((m, t, mutual))
                    }
                }
            } else if start >= cueEnd {
                // After the object: the companion joins the subject and is not an object.
                pairs.removeAll { inGroup($0.1) && $0.0.start < cueStart }
                for (s, t, mutual) in pairs where s.start < cueStart && t.actor == partnerActor {
                    for m in members where m.actor != t.actor
                        && !(pairs + added).contains(where: { $0.0.actor == m.actor && $0.1.actor == t.actor }) {
                        added.append((m, t, mutual))
                    }
                }
            }
            pairs += added
        }
    }

    /// Plural nouns after a bloc that name its members: "the G7 states and the EU".
    static let kindPlurals: WordSet = ["states", "countries", "nations", "members", "governments"]

    /// Adverbs that open a new predicate after ", and X": "and Nicaragua also cut ties".
    static let predicateAdverbs: WordSet = ["also", "then", "later", "subsequently", "likewise", "similarly", "too",
                                                "itself", "separately", "meanwhile"]

    /// Whether a word right after ", and X" opens X's own predicate: one of ``predicateAdverbs`` or a
    /// lowercase past form (``isPast(_:)``: "and Nicaragua cut ties", "and Peru sent troops").
    func opensPredicate(_ token: Token) -> Bool {
        guard !token.isCapitalised, token.punctuationBefore == .none else { return false }
        return Self.predicateAdverbs.contains(token) || isPast(token)
    }

    /// Whether `party` follows a past verb right before it, as its object ("praised Chile", "met Chile"):
    /// a lowercase past form (``isPast(_:)``) with no punctuation between.
    func isPastVerbObject(_ party: Party, _ tokens: [Token]) -> Bool {
        guard party.start > 0, tokens[party.start].punctuationBefore == .none else { return false }
        let verb = tokens[party.start - 1]
        return !verb.isCapitalised && isPast(verb)
    }

    /// Whether a token is a past form: a word of five letters or more in -ed, or a past the lexicon
    /// generates for its verbs and its irregular table (``Lexicon/pasts``: "sent", "took", "cut").
    func isPast(_ token: Token) -> Bool { Self.isPast(token, pasts: lexicon.pasts) }

    /// ``isPast(_:)`` with the lexicon's pasts given: for a closure that would otherwise capture the extractor
    /// (a copy of the whole struct for each call of the function that makes the closure).
    static func isPast(_ token: Token, pasts: Set<String>) -> Bool {
        let key = token.key
        return (key.count > 4 && key.hasSuffix("ed")) || pasts.contains(key)
    }

    /// How a party is joined to the one before it in its group.
    enum Join: Sendable { case comma, conjunction }

    /// Words after "and" that keep a list going: "X and other Y", "X and its Y".
    static let groupDeterminers: Set<String> = ["other", "its", "their", "fellow", "several", "many", "some"]
    /// Prepositions that, repeated after a conjunction, go on with the group they opened: "by Cyprus and by France".
    static let repeatedPrepositions: Set<String> = ["by", "with", "from", "between"]

    // The short word lists of the group rules, made once and asked by token (by its word code).
    static let counterpartWords: WordSet = ["counterpart", "counterparts"]
    static let clauseVerbs: WordSet = ["has", "is", "was", "does"]
    static let exampleWords: WordSet = ["including", "notably", "especially", "particularly"]
    static let conjunctions: WordSet = ["and", "or"]
}

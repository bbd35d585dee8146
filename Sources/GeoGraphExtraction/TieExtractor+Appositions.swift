import GeoGraph

/// Phrases set off by commas after a party, that describe it and are not the sentence's predicate:
/// "Chad, supported by France, attacked Sudan", "Peru, Ecuador's neighbour, criticised Chile",
/// "Algeria, a neighbour of Mali, condemned France", "Russia, which backs Serbia, warned NATO".
extension TieExtractor {
    /// One phrase set off after a party: the group it describes (its head) and the phrase's words, from
    /// the word after the opening comma to the word before the closing one.
    struct Apposition: Sendable, Equatable {
        /// The group described; `nil` for a relative clause after a noun that names no party ("The
        /// three states, which formed the AES, accuse France": the AES is not the subject).
        var head: Int?
        var span: Range<Int>
    }

    /// Words that open a noun phrase in apposition ("a neighbour of Mali", "the bloc's chair").
    static let appositionOpeners: Set<String> = ["a", "an", "the", "both", "one", "another", "its", "their", "which",
                                                 "who", "whom", "whose"]

    static let relativeOpeners: WordSet = ["which", "who", "whom", "whose"]
    /// The relative pronouns that may stand for a verb's object ("which Peru accuses", "whom Chile
    /// backs"); "whose" owns a noun instead.
    static let objectRelativeOpeners: Set<String> = ["which", "who", "whom"]

    /// The phrases set off by commas right after a group of `parties` (ranges `groups`), in order.
    ///
    /// A phrase is set off when a comma follows the group, another comma closes the phrase within the
    /// clause (no clause break; no "and" or "or" right after the closing comma: that is a list; no
    /// preposition: "formed to counter X, from pirates to Y" goes on), and the
    /// phrase opens with an article or relative ("a neighbour of Mali", "which held drills with Iran"), a
    /// participle ("supported by France", "speaking in Manila") or a possessive name followed by a
    /// common noun ("North Korea's main ally"). A name that opens the phrase after "the" is a list item
    /// ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"), not an apposition.
    /// - Complexity: O(tokens) per group.
    func appositions(_ groups: [Range<Int>], _ parties: [Party], _ tokens: [Token], _ words: SentenceWords) -> [Apposition] {
        var found: [Apposition] = []
        let count = tokens.count
        for g in groups.indices {
            let open = parties[groups[g].upperBound - 1].end
            guard open + 1 < count, tokens[open].punctuationBefore == .comma,
                  let close = closingComma(after: open, tokens, words) else { continue }
            let first = tokens[open]
            let partyAtOpen = parties.first { $0.start == open }
            let opens: Bool
            if let p = partyAtOpen {
                // "North Korea's main ally": a possessive name owning a common noun.
                opens = tokens[p.end - 1].isPossessive && p.end < close && !tokens[p.end].isCapitalised
            } else if Self.appositionOpeners.contains(first.key) {
                // "the United Arab Emirates" is a list item: a name right after the article ("a Russian-backed
                // state" is no name: a compound modifier).
                opens = !(open + 1 < close && tokens[open + 1].isCapitalised && !Self.isCompoundModifier(tokens[open + 1])
                          && Self.articles.contains(first))
            } else {
                let key = first.key
                // ("ECOWAS, led by Nigeria, imposed …", "the force, run by Kenya,": a short participle opens the
                // phrase when its agent's "by" follows it.)
                opens = !first.isCapitalised && ((key.count > 4 && (key.hasSuffix("ed") || key.hasSuffix("ing")))
                    || (open + 1 < close && tokens[open + 1].key == "by" && tokens[open + 1].punctuationBefore == .none))
            }
            if opens { found.append(Apposition(head: g, span: open..<close)) }
        }
        // Relative clauses after a noun that is no party: ", which …,", ", who …,".
        for open in tokens.indices.dropFirst() where tokens[open].punctuationBefore == .comma
            && Self.relativeOpeners.contains(tokens[open]) && !found.contains(where: { $0.span.lowerBound == open }) {
            guard let close = closingComma(after: open, tokens, words) else { continue }
            found.append(Apposition(head: nil, span: open..<close))
        }
        return found
    }

    /// Whether a hyphenated word whose first part is a name modifies the noun after it: its last part is
    /// lowercase ("Russian-backed", "Turkish-made", "Soviet-era"), where a name's parts are all capitalised
    /// ("Guinea-Bissau").
    static func isCompoundModifier(_ token: Token) -> Bool {
        guard token.isHyphenatedName, let last = token.text.split(separator: "-").last else { return false }
        return !Token.isCapitalised(String(last))
    }

    /// The comma that closes a phrase opened at `open`: the next punctuation (a hyphen is none) when it is a
    /// comma not followed by "and"/"or" (that is a list) or by a preposition (the clause goes on).
    func closingComma(after open: Int, _ tokens: [Token], _ words: SentenceWords) -> Int? {
        guard let close = ((open + 1)..<tokens.count).first(where: { tokens[$0].punctuationBefore != .none
                  && tokens[$0].punctuationBefore != .hyphen && tokens[$0].punctuationBefore != .plus }),
              tokens[close].punctuationBefore == .comma, !["and", "or"].contains(tokens[close].key),
              !words.on(close, .objectWords) else { return nil }
        return close
    }

    /// The subject and the head of an object relative clause holding verb cue `c`: "Bolivia, which Peru
    /// accuses of arming smugglers," — the party right after the pronoun is the clause's subject, and the
    /// pronoun, standing for the head, is the verb's object (peru → bolivia).
    ///
    /// The cue is a verb inside a relative clause set off after a party (`span`, whose head is a group);
    /// the pronoun is followed at once by a group (the subject), then by at most three lowercase words
    /// ("has long", "openly") with no punctuation, preposition or other cue, then the verb. A verb with a
    /// party of its own after it in the clause (`hasObject`) is no object relative's.
    /// - Returns: The subject's and the head's group indices, or `nil`.
    /// - Complexity: O(groups + cues).
    func objectRelative(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], in span: Apposition?,
                        hasObject: Bool, groups: [Range<Int>], _ parties: [Party], _ tokens: [Token],
                        _ words: SentenceWords) -> (subject: Int, head: Int)? {
        let start = cues[c].start
        guard cues[c].cue.isVerb, !hasObject, let span, let head = span.head,
              Self.objectRelativeOpeners.contains(tokens[span.span.lowerBound].key),
              let subject = groups.firstIndex(where: { parties[$0.lowerBound].start == span.span.lowerBound + 1 }),
              subject != head else { return nil }
        let end = parties[groups[subject].upperBound - 1].end
        let gap = end..<max(end, start)
        guard end <= start, gap.count <= 3, tokens[start].punctuationBefore == .none,
              gap.allSatisfy({ !tokens[$0].isCapitalised && tokens[$0].punctuationBefore == .none
                  && !words.on($0, [.objectWords, .placeWords]) }),
              !cues.contains(where: { gap.contains($0.start) }),
              !groups.indices.contains(where: { $0 != subject && gap.contains(parties[groups[$0].lowerBound].start) })
        else { return nil }
        return (subject, head)
    }

    /// The party that a "-led" or "-backed" compound describes from a phrase set off right after it:
    /// "the CSTO, the Russian-led military alliance," (russia leads the CSTO), "Armenia, a Russian-backed
    /// state,". The phrase opens with an article after a comma that follows the party at once, and its
    /// noun, a few lowercase words after the compound, is a kind noun of ``kindReferences`` ("alliance",
    /// "bloc", "state", "country" …) of the party's kind: "Iran, the Saudi-led coalition" names no such
    /// noun, and is a list.
    /// - Returns: The party described, or `nil`.
    func apposedHead(of compound: Party, _ tokens: [Token], _ parties: [Party]) -> Party? {
        let s = compound.start
        guard s >= 2, tokens[s - 1].punctuationBefore == .comma, Self.articles.contains(tokens[s - 1]),
              tokens[s].punctuationBefore == .none,
              let head = parties.last(where: { $0.end == s - 1 }) else { return nil }
        var i = compound.end
        while i < min(tokens.count, compound.end + 3), tokens[i].punctuationBefore == .none, !tokens[i].isCapitalised {
            if let kind = Self.kindNouns[tokens[i].key] { return actors.kind(head.actor) == kind ? head : nil }
            i += 1
        }
        return nil
    }

    /// The articles ("the", "a", "an"), asked by word code wherever a rule skips or looks for one.
    static let articles: WordSet = ["the", "a", "an"]
    /// The nouns of ``kindReferences`` and the kind each stands for ("alliance": an organisation).
    static let kindNouns: [String: ActorKind] = Dictionary(kindReferences.map { ($0.words[$0.words.count - 1], $0.kind) },
                                                           uniquingKeysWith: { first, _ in first })
}

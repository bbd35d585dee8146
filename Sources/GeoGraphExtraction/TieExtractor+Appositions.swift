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
                                                 "who", "whose"]

    static let relativeOpeners: Set<String> = ["which", "who", "whose"]

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
                // "the United Arab Emirates" is a list item: a name right after the article.
                opens = !(open + 1 < close && tokens[open + 1].isCapitalised && ["the", "a", "an"].contains(first.key))
            } else {
                let key = first.key
                opens = !first.isCapitalised && key.count > 4 && (key.hasSuffix("ed") || key.hasSuffix("ing"))
            }
            if opens { found.append(Apposition(head: g, span: open..<close)) }
        }
        // Relative clauses after a noun that is no party: ", which …,", ", who …,".
        for open in tokens.indices.dropFirst() where tokens[open].punctuationBefore == .comma
            && Self.relativeOpeners.contains(tokens[open].key) && !found.contains(where: { $0.span.lowerBound == open }) {
            guard let close = closingComma(after: open, tokens, words) else { continue }
            found.append(Apposition(head: nil, span: open..<close))
        }
        return found
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
}

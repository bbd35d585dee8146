/// Splits a sentence's words into clauses, so that a tie is made only between parties of one clause.
///
/// The grammar, over the words and the punctuation between them (``Token/punctuationBefore``):
///
///     sentence    = clause { boundary clause }
///     boundary    = ";" | ":" | dash | ellipsis
///                 | quotation mark          (not around a title after a noun: ``titleQuotes(_:)``)
///                 | subordinator            ("when", "while", "whereas", "although", "because", "unless", "if",
///                                            "after", "before", "since" …)
///                 | ("," coordinator | "as") subject verb
///                                           (", and Chile signed", ", or the kingdom will": after a word that
///                                            ends no party, a party and a finite verb after it, an apposition
///                                            set off by commas between them at most; "Peru, Chile, and
///                                            Bolivia signed" stays one clause: the comma ends a party)
///                 | reporting-verb ["that"] ("said", "told", "announced": what is reported is its own clause)
///     parenthesis = "(" clause ")"          (its own clause; the clause around it goes on after it)
///
/// A relative clause (", which", ", who") and an apposition (", a NATO member,") stay in the clause of
/// the noun they describe: their subject is that noun (``TieExtractor`` reads them). The reporting
/// verbs come from the lexicon's `reporting` list; speech acts aimed at someone ("warned", "accused",
/// "praised") are cues, not reporting verbs, and keep the speaker as their agent.
struct ClauseSplitter {
    /// Words that open a subordinate or contrasting clause.
    static let subordinators: WordSet = ["when", "while", "whilst", "whereas", "although", "though", "because",
                                         "unless", "if", "but", "yet", "whether", "once", "until", "after", "before",
                                         "since"]
    /// Subordinators that are prepositions before a time: "since last year", "after 2019", "until May".
    static let temporal: Set<String> = ["since", "after", "before", "until"]
    /// Words that open a time after a temporal preposition (besides numbers).
    static let timeWords: Set<String> = ["last", "next", "early", "late", "mid", "then", "january", "february", "march",
                                         "april", "may", "june", "july", "august", "september", "october", "november",
                                         "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "midnight", "dawn", "independence"]

    /// Whether the subordinator at `i` is a preposition before a time ("since last year", "after 2019") or
    /// an adverb after a perfect's auxiliary ("has since closed").
    static func opensTime(_ tokens: [Token], at i: Int) -> Bool {
        guard temporal.contains(tokens[i].key), i + 1 < tokens.count, tokens[i + 1].punctuationBefore == .none else {
            return false
        }
        if i > 0, tokens[i].key == "since", ["has", "have", "had"].contains(tokens[i - 1].key) { return true }
        let next = tokens[i + 1].lower
        return next.first?.isNumber == true || timeWords.contains(next)
    }

    /// Words after a comma that open a new clause when a party and then a finite verb follow ("as" does
    /// so after any word: "Mali expels envoys as Algeria recalls its own").
    static let coordinators: WordSet = ["and", "or", "so"]
    static let asWord: WordSet = ["as"]
    /// Words that open an apposition set off after a coordinated clause's subject ("…, and Algeria, a council
    /// member, refused …").
    static let appositionOpeners: WordSet = ["a", "an", "the", "its", "their"]
    /// Auxiliaries and modals that make the word after a party a finite verb ("…, and Chile will").
    static let auxiliaries: WordSet = ["will", "would", "can", "could", "may", "might", "must", "shall", "should", "has",
                                       "have", "had", "is", "was", "are", "were", "did", "does", "do", "also", "then",
                                       "later", "soon", "quickly", "promptly"]

    /// Whether the coordinator at `i` (after a comma), or "as", opens a clause with a subject of its own:
    /// the word before it ends no party or one no comma sets off as a list's member, a party (`parties`: token ranges) starts right after it (after
    /// "the" at most), and the word after the party (or after a list of parties, "…, and Colombia, the US
    /// and Brazil condemned", or an apposition set off by commas, "…, and Algeria, a council member,
    /// refused") is a finite verb — an auxiliary, a modal or an adverb before one, or a lowercase form in "-ed" or "-s" ("…, and Brasilia tabled a motion"; "Chad
    /// closes its border as Sudan's war spreads" is not one: "war" follows the party).
    static func opensSubject(_ tokens: [Token], at i: Int, parties: some Collection<Range<Int>>) -> Bool {
        // (Word codes, not strings: this is asked of every word.)
        let coordinated = tokens[i].punctuationBefore == .comma && coordinators.contains(tokens[i])
        guard coordinated || (i > 0 && asWord.contains(tokens[i])), i + 1 < tokens.count else { return false }
        // A party right before is a list's last member only when a comma sets it off ("Russia, China, and Iran
        // condemned …"); "seized a tanker in the Gulf, and the US condemned …" opens a clause.
        if let before = parties.first(where: { $0.upperBound == i }) {
            let s = before.lowerBound
            let opener = s > 0 && tokens[s - 1].key == "the" ? s - 1 : s
            guard opener > 0, tokens[opener].punctuationBefore != .comma,
                  !parties.contains(where: { $0.upperBound == opener - 1 || $0.upperBound == opener }) else { return false }
        }
        /// The party starting at `j`: it may hold its article, "the US", or follow it, "the Kremlin's".
        func party(startingAt j: Int) -> Range<Int>? {
            let start = tokens[j].key == "the" ? j + 1 : j
            return parties.first(where: { $0.lowerBound == start || $0.lowerBound == j })
        }
        guard let subject = party(startingAt: i + 1), subject.upperBound < tokens.count else { return false }
        // ("…, and Colombia, the US and Brazil condemned …": the subject may be a list of parties.)
        var v = subject.upperBound
        while v < tokens.count {
            let comma = tokens[v].punctuationBefore == .comma
            let j = coordinators.contains(tokens[v]) ? v + 1 : v
            guard comma || j > v, j < tokens.count, let member = party(startingAt: j),
                  member.upperBound < tokens.count else { break }
            v = member.upperBound
        }
        // ("…, and Algeria, a council member, refused …": an apposition set off by commas may stand between
        // the party and its verb.)
        var apposed = false
        if tokens[v].punctuationBefore == .comma, appositionOpeners.contains(tokens[v]) {
            apposed = true
            guard let close = (v + 1..<min(tokens.count, v + 9)).first(where: {
                      tokens[$0].punctuationBefore != .none && tokens[$0].punctuationBefore != .hyphen }),
                  tokens[close].punctuationBefore == .comma else { return false }
            v = close
        }
        let verb = tokens[v]
        guard verb.punctuationBefore == (apposed ? .comma : .none), !verb.isCapitalised else { return false }
        if auxiliaries.contains(verb) { return true }
        let word = verb.key
        return word.count > 3 && !word.hasSuffix("'s") && !word.hasSuffix("ss") && (word.hasSuffix("ed") || word.hasSuffix("s"))
    }

    /// The lexicon's reporting verbs. (Both lists are asked for each token by its word code, ``WordSet``:
    /// hashing each token's string twice was a twentieth of extraction, perf.)
    let reporting: WordSet

    /// The clause of each token: ids increase along the sentence, a parenthesis's words share an id
    /// of their own and the words after it go back to the id before it. `parties` are the token ranges
    /// of the sentence's parties, which tell a coordinated clause from a list (`opensSubject`): any
    /// collection, so that a caller can pass a lazy view of its parties without building an array per sentence.
    func clauses(_ tokens: [Token], parties: some Collection<Range<Int>> = [Range<Int>]()) -> [Int] {
        var ids = [Int](repeating: 0, count: tokens.count)
        var current = 0, next = 1
        var outer: [Int] = []  // the clause ids around open parentheses
        let titleQuotes = self.titleQuotes(tokens)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            switch t.punctuationBefore {
            case .parenthesis:
                if let back = outer.popLast() {
                    current = back
                } else {
                    outer.append(current)
                    current = next
                    next += 1
                }
            case .clauseBreak:
                current = next
                next += 1
            case .quote:
                // "the treaty “On Friendship” that included …": a title in quotes names the noun before it.
                if titleQuotes.contains(i) { break }
                current = next
                next += 1
            case .comma, .none, .hyphen, .plus:
                if i > 0, Self.subordinators.contains(t), !Self.opensTime(tokens, at: i) {
                    current = next
                    next += 1
                } else if !parties.isEmpty, Self.opensSubject(tokens, at: i, parties: parties) {
                    current = next
                    next += 1
                }
            }
            ids[i] = current
            // "X said (that) …", "X told Y that …": the report is a clause of its own.
            if reporting.contains(t), i + 1 < tokens.count, tokens[i + 1].punctuationBefore != .parenthesis {
                var j = i + 1
                // "told Borduria that …": the addressee stays in the speaker's clause.
                if let that = (j..<min(tokens.count, j + 4)).first(where: { tokens[$0].key == "that" }) {
                    while j <= that { ids[j] = current; j += 1 }
                }
                current = next
                next += 1
                i = j
                continue
            }
            i += 1
        }
        return ids
    }

    /// Words before a quotation that make it speech or a label, not a title: "said “We …”", "called it
    /// “Greek provocation”".
    static let speechOpeners: Set<String> = ["said", "says", "say", "told", "tells", "added", "adds", "declared", "stated",
                                             "wrote", "writes", "asked", "asks", "noted", "notes", "that", "saying", "and",
                                             "but", "as", "is", "was", "are", "were", "it", "this", "them", "him", "her",
                                             "us", "me"]

    /// The tokens whose quotation marks open or close a title right after a noun: the opening one before
    /// a capitalised word that follows a lowercase word (no speech verb, "that" or "-ed" form), the
    /// closing one within eight words before a lowercase word ("the treaty “On Friendship” that …",
    /// "the operation “Northern Wind” was …"). A quotation closed at the sentence's end, or opening it, is
    /// no title: it stays a clause break. A quotation of at most five lowercase words within the sentence is
    /// a label ("rejected the claims as “preposterous” and …") and breaks no clause either.
    func titleQuotes(_ tokens: [Token]) -> Set<Int> {
        var found: Set<Int> = []
        for i in tokens.indices.dropFirst() where tokens[i].punctuationBefore == .quote && !found.contains(i) {
            let before = tokens[i - 1]
            guard tokens[i].isCapitalised, !before.isCapitalised, !before.key.hasSuffix("ed"),
                  !Self.speechOpeners.contains(before.key), !reporting.contains(before.key),
                  let close = ((i + 1)..<min(tokens.count, i + 9)).first(where: {
                      tokens[$0].punctuationBefore == .quote || tokens[$0].punctuationBefore == .clauseBreak }),
                  tokens[close].punctuationBefore == .quote, !tokens[close].isCapitalised else { continue }
            found.insert(i)
            found.insert(close)
        }
        // "rejected the accusations as “preposterous” and accused …": a quotation of at most five lowercase
        // words inside a sentence is a label, not speech; its marks break no clause.
        for i in tokens.indices.dropFirst() where tokens[i].punctuationBefore == .quote && !found.contains(i)
            && !tokens[i].isCapitalised {
            guard let close = ((i + 1)..<min(tokens.count, i + 6)).first(where: {
                      tokens[$0].punctuationBefore != .none && tokens[$0].punctuationBefore != .hyphen }),
                  tokens[close].punctuationBefore == .quote,
                  (i..<close).allSatisfy({ !tokens[$0].isCapitalised }) else { continue }
            found.insert(i)
            found.insert(close)
        }
        return found
    }
}

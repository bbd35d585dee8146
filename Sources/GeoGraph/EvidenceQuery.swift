/// What `geograph find` looks for in evidence: words of the sentence, a cue, event types.
///
/// Words match whole words, ignoring case, in order for a phrase (`"joint ventures"`); a query word
/// also matches its regular inflections (`ally` matches `allies`, `host` matches `hosted`), so a search
/// reads like the question. Without the sentence (no corpus at hand) words are looked for in the cues,
/// the few words the extractor kept. A cue matches a cue containing it, ignoring case. Every part
/// given must match. A sentence can state several ties: ``match(_:sentence:)`` says whether the words
/// are in the evidence's own cues or only in its sentence.
public struct EvidenceQuery: Sendable, Hashable {
    /// The words to find, lowercased, in order.
    public var words: [String]
    /// Text a cue must contain (lowercased), or `nil`.
    public var cue: String?
    /// Event types the evidence must report one of; empty: any.
    public var types: Set<String>

    public init(text: String? = nil, cue: String? = nil, types: Set<String> = []) {
        words = text.map(EvidenceQuery.words(of:)) ?? []
        self.cue = cue?.lowercased()
        self.types = types
    }

    /// Whether the query asks for anything at all.
    public var isEmpty: Bool { words.isEmpty && cue == nil && types.isEmpty }

    /// Where the words of a query were found in one piece of evidence.
    public enum Match: String, Sendable, Hashable, Comparable {
        /// In the evidence's cues, the words that carry its tie (or the query has no words and the
        /// evidence meets its cue and type parts): the evidence is about the words.
        case cue
        /// Only in the evidence's sentence: the sentence holds the words, and may state other ties.
        case sentence

        public static func < (a: Match, b: Match) -> Bool { a == .cue && b == .sentence }
    }

    /// Whether `evidence` matches; `sentence` is its text when the corpus is at hand.
    public func matches(_ evidence: Evidence, sentence: String?) -> Bool { match(evidence, sentence: sentence) != nil }

    /// Where `evidence` matches, `nil` when it does not: in its cues first, else in `sentence` (its
    /// text when the corpus is at hand).
    public func match(_ evidence: Evidence, sentence: String?) -> Match? {
        if !types.isEmpty, !(evidence.eventType.map(types.contains) ?? false) { return nil }
        if let cue, !evidence.cues.contains(where: { $0.lowercased().contains(cue) }) { return nil }
        guard !words.isEmpty else { return .cue }
        if matchesCues(evidence) { return .cue }
        if let sentence, EvidenceQuery.contains(EvidenceQuery.words(of: sentence), words) { return .sentence }
        return nil
    }

    /// Whether one of the evidence's cues holds the query's words (as ``match(_:sentence:)`` finds them).
    public func matchesCues(_ evidence: Evidence) -> Bool {
        !words.isEmpty && evidence.cues.contains { EvidenceQuery.contains(EvidenceQuery.words(of: $0), words) }
    }

    /// Lowercased words: runs of letters and digits (an apostrophe or hyphen inside a word is kept).
    public static func words(of text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || ((c == "'" || c == "\u{2019}" || c == "-") && !current.isEmpty) {
                current.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") ? String($0.dropLast(2)) : $0 }
            .map { $0.trimmingSuffix("-") }
    }

    /// Whether `text` holds `phrase` as consecutive words, each an inflection of the phrase's word.
    static func contains(_ text: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, text.count >= phrase.count else { return false }
        for start in 0...(text.count - phrase.count)
        where zip(text[start...], phrase).allSatisfy({ inflects($0, $1) }) { return true }
        return false
    }

    /// Whether `word` is `base` or a regular inflection of it: -s, -es, -ies for -y, -d, -ed, -ing
    /// (a final -e dropped), -al.
    static func inflects(_ word: String, _ base: String) -> Bool {
        if word == base { return true }
        guard word.hasPrefix(base.hasSuffix("y") || base.hasSuffix("e") ? String(base.dropLast()) : base) else { return false }
        let forms = [base + "s", base + "es", base + "d", base + "ed", base + "ing", base + "al"]
            + (base.hasSuffix("y") ? [String(base.dropLast()) + "ies", String(base.dropLast()) + "ied"] : [])
            + (base.hasSuffix("e") ? [String(base.dropLast()) + "ing"] : [])
        return forms.contains(word)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var s = self
        while s.last == suffix { s.removeLast() }
        return s
    }
}

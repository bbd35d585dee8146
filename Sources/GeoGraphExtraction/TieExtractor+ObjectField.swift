import GeoGraph

/// An act done to a thing of a field is on that field's layer: "expelled the foreign troops", "approved the
/// entry of foreign troops", "cut the regime's revenue", "backed the gas pipeline" are security or economic
/// acts, not diplomatic ones, although the verbs alone ("expelled", "cut", "backed", "approved") are read as
/// diplomatic. The field is the head of the verb's object noun phrase: armed forces and arms (the lexicon's
/// sets `TROOPS`, `MILITARY`, `WEAPON`) or a word of `SECURITY_TOPICS` or `ECONOMIC_TOPICS`. Only the head
/// counts: "condemned the military coup" and "suspended military talks" stay as they are read elsewhere.
extension TieExtractor {
    /// The diplomatic event types whose verb acts on its object: protests, refusals, support, concessions.
    static let objectActTypes: Set<String> = ["protest", "reject", "support", "concede", "oppose"]

    /// Words that end an object noun phrase: prepositions (but "of", which opens the phrase's real head:
    /// "the entry of foreign troops"), conjunctions and relative words.
    static let objectPhraseEnds: WordSet = [
        "in", "on", "at", "to", "from", "for", "by", "with", "into", "onto", "over", "under", "after", "before",
        "during", "since", "until", "against", "across", "through", "near", "toward", "towards", "as", "and", "or",
        "but", "that", "which", "who", "whose", "while", "because", "if", "unless", "than",
    ]

    /// The layer the head of diplomatic verb cue `c`'s object names, when it names a security or an
    /// economic field: the last word before the phrase ends (punctuation, another clause, a word of
    /// `objectPhraseEnds` or the sentence's end, within six words of the cue; a phrase still open after six
    /// words names nothing). Other cues' words and parties' words count ("backed the crude pipeline",
    /// "expelled French troops": a party's troops are its armed forces). `nil` for any other cue or object.
    func objectFieldLayer(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Layer? {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.isVerb, cue.layer == .diplomatic, let type = cue.eventType, Self.objectActTypes.contains(type),
              end < tokens.count, tokens[end].punctuationBefore == .none else { return nil }
        let tables = agreementTables
        var head: Int?
        var i = end
        while i < tokens.count, clauses[i] == clauses[start],
              i == end || tokens[i].punctuationBefore == .none || tokens[i].punctuationBefore == .hyphen,
              !Self.objectPhraseEnds.contains(tokens[i]) {
            if i == end + 6 { return nil }
            head = i
            i += 1
        }
        guard let h = head else { return nil }
        let key = tokens[h].key
        return tables.content[key] ?? (tables.armed.contains(key) ? .security : nil)
    }
}

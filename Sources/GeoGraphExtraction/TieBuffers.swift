import GeoGraph

/// The arrays the tie rules fill for each sentence, kept from one sentence to the next so that their
/// storage is allocated once per document instead of once per sentence and rule (callgrind, 50 MB
/// corpus: growing the arrays of parties alone took 0.36 G of the rules' 6.7 G instructions).
/// What they hold between two sentences means nothing: each rule empties its arrays first.
struct TieBuffers {
    /// The sentence's words as the rules ask them.
    var words = SentenceWords()
    /// The sentence's parties, left to right.
    var parties: [TieExtractor.Party] = []
    /// The parties in their groups, a state and the person who speaks for it made one; each group a range.
    var grouped: [TieExtractor.Party] = []
    var joins: [TieExtractor.Join?] = []
    var groups: [Range<Int>] = []
    /// The sentence's distinct parties, in order: what ``TieExtractor/extract(_:context:mentions:buffers:)``
    /// leaves for the next sentence.
    var distinct: [Int] = []
    /// The ``ActorTable`` indices of the ends of each tie ``TieExtractor/extract(_:context:mentions:buffers:)``
    /// returns, in the ties' order: the reports' ``TieCode``s come from them, without hashing the ids.
    var ends: [(source: Int, target: Int)] = []
    /// The events the sentence states, each with the party that does it: what
    /// ``TieExtractor/extract(_:context:mentions:buffers:)`` leaves for the next sentence's "the raids".
    var events: [(type: String, owner: Int)] = []
    /// The content layers of the sentence's last agreement cue read, empty for one with no content; `nil` when
    /// the sentence read none: what ``TieExtractor/extract(_:context:mentions:buffers:)`` leaves for a later
    /// "the pact" (``TieExtractor/CodedContext/agreement``).
    var agreement: [Layer]?
    /// The (source, target, symmetric) triples of one cue.
    var pairs: [(TieExtractor.Party, TieExtractor.Party, Bool)] = []
}

/// A pointer from a tie to the sentence that states it, or to the coded event record that reports it.
///
/// Evidence never holds the sentence itself: the corpus is third-party text. It holds the document
/// name, the sentence index and the sentence's span, so the sentence can be read back from the corpus.
/// An event record (GDELT, ICEWS, POLECAT) carries its ``eventID`` and, where the data gives one, its
/// ``url``; `document` then names the event file, and `sentence`/`span` are the GDELT mention's
/// sentence id and character offsets or ICEWS's sentence number (`0` and `0..<1` when the data has none).
public struct Evidence: Hashable, Codable, Sendable, Comparable {
    /// The document file name, as listed in the graph's `documents`.
    public var document: String
    /// The 0-based index of the sentence in the document.
    public var sentence: Int
    /// The sentence's span as Unicode code point offsets, start inclusive, end exclusive.
    public var span: Range<Int>
    /// The few words that carry the tie ("military base", "oil blockade").
    public var cues: [String]
    /// The document's date (`YYYY-MM-DD` or `YYYY-MM`), when known.
    public var date: String?
    /// How sure the extractor was, in (0, 1]; `nil` for hand-made evidence.
    public var confidence: Double?
    /// What happens in this report, one of the event types in `Graphs/event-types.yaml` (`lend`,
    /// `sanction`, `consult` …), written `type:` in graph files (schema `geograph/2`); `nil` when the
    /// report gives none.
    public var eventType: String?
    /// The event record's id in its data set (GDELT's GLOBALEVENTID, ICEWS's Event ID, POLECAT's
    /// Event ID), written `event:`; `nil` for a sentence of a document.
    public var eventID: String?
    /// The article the event was coded from (GDELT's SOURCEURL or MentionIdentifier), when known.
    public var url: String?

    public init(
        document: String, sentence: Int, span: Range<Int>, cues: [String] = [], date: String? = nil,
        confidence: Double? = nil, eventType: String? = nil, eventID: String? = nil, url: String? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.span = span
        self.cues = cues
        self.date = date
        self.confidence = confidence
        self.eventType = eventType
        self.eventID = eventID
        self.url = url
    }

    /// Whether this is a coded event record rather than a sentence of a document.
    public var isEventRecord: Bool { eventID != nil }

    /// Whether `text` can be an event type: a lowercase slug (`lend`, `supply`, `assault`).
    public static func isValidEventType(_ text: String) -> Bool { Actor.isValidID(text) }

    /// A short pointer for tables: `000_7083b2f269d8d992.txt#12`.
    public var pointer: String { "\(document)#\(sentence)" }

    /// Orders sentences by (document, sentence, span start, cues joined by `|`), the cues joined only
    /// when the rest ties: sorting a tie's evidence compares mostly different sentences. Event records
    /// come after sentences, ordered by (date, event id, document, sentence, span start, url): the
    /// order in which ``EventWindow`` caps keep the first records.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.eventID != nil || rhs.eventID != nil {
            guard let l = lhs.eventID else { return true }
            guard let r = rhs.eventID else { return false }
            if lhs.date != rhs.date { return (lhs.date ?? "") < (rhs.date ?? "") }
            if l != r { return l < r }
            if lhs.document != rhs.document { return lhs.document < rhs.document }
            if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
            if lhs.span.lowerBound != rhs.span.lowerBound { return lhs.span.lowerBound < rhs.span.lowerBound }
            return (lhs.url ?? "") < (rhs.url ?? "")
        }
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if lhs.span.lowerBound != rhs.span.lowerBound { return lhs.span.lowerBound < rhs.span.lowerBound }
        return lhs.cues.joined(separator: "|") < rhs.cues.joined(separator: "|")
    }
}

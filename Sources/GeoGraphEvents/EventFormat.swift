/// The event data sets `geograph events` reads.
public enum EventFormat: String, CaseIterable, Sendable {
    /// GDELT events: 1.0 (57 tab-separated columns, 58 with SOURCEURL from April 2013) or 2.0 (61
    /// columns), told apart by the column count; no header; `.CSV` or `.zip`.
    case gdelt
    /// GDELT 2.0 mentions (16 columns): each mention of an event is a report, pointing at its
    /// sentence (SentenceID) and character offsets; the events come from `--events` files.
    case gdeltMentions = "gdelt-mentions"
    /// ICEWS `events.*.tab`: 20 tab-separated columns with a header line.
    case icews
    /// POLECAT weekly files: 40 tab-separated columns with a header line, coded in PLOVER.
    case polecat
    /// PLOVER records as JSON lines (one object a line).
    case plover

    /// How the format names itself in documents' `outlet`.
    public var outlet: String {
        switch self {
        case .gdelt: "GDELT events"
        case .gdeltMentions: "GDELT 2.0 mentions"
        case .icews: "ICEWS events"
        case .polecat: "POLECAT events"
        case .plover: "PLOVER events"
        }
    }
}

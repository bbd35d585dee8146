import GeoGraph

/// What reading event files found: rows read and tied, rows refused (with the first few places), rows
/// set aside (no actor, an actor the map cannot place, a statement), actor codes that did not map.
public struct EventReadReport: Sendable {
    /// Why a row could not be read at all.
    public enum Refusal: String, CaseIterable, Sendable, Comparable {
        case columns = "wrong column count"
        case date = "bad date"
        case code = "unknown event code"
        case number = "bad number"
        case record = "bad record"
        case tooLong = "line too long"
        case file = "unreadable file"

        public static func < (a: Refusal, b: Refusal) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    /// Why a readable row gave no tie.
    public enum Skip: String, CaseIterable, Sendable, Comparable {
        case noActor = "a side names no actor"
        case unmapped = "an actor does not map to the gazetteer"
        case statement = "the event code states no relation (skip in the mapping)"
        case sameActor = "both sides are the same actor"
        case unknownEvent = "the mention's event is not in the --events files"

        public static func < (a: Skip, b: Skip) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    /// How many places of problems are kept to show.
    public static let examplesKept = 20

    /// Data rows seen (header lines and blank lines are not rows).
    public var rows = 0
    /// Rows that became an event of a tie.
    public var tied = 0
    public var problems: [Refusal: Int] = [:]
    /// The first ``examplesKept`` problems, as `path:line: what`.
    public var examples: [String] = []
    public var skipped: [Skip: Int] = [:]
    /// Actor codes or names that did not map, with why and how many rows named them.
    public var unmapped: [String: (reason: UnmappedReason, rows: Int)] = [:]
    /// Unmapped codes not kept in ``unmapped`` (past ``unmappedKept`` codes or ``unmappedBytesKept`` bytes), counted in rows.
    public var unmappedNotListed = 0
    /// How many distinct unmapped codes, and how many bytes of them, the report keeps.
    public static let unmappedKept = 1 << 16, unmappedBytesKept = 1 << 22
    private var unmappedBytes = 0
    public var filesRead = 0
    /// Inputs that could not be opened (missing, not a regular file): the command fails on them.
    public var unopened: [String] = []
    /// For `gdelt-mentions`: the rows of the `--events` files, and how many were refused. They are
    /// kept apart from ``rows``: only the mention rows say whether anything was read.
    public var eventFileRows = 0, eventFileRowsRefused = 0
    /// For `gdelt-mentions`: the events of the `--events` files held for the mentions, the cap on
    /// them (`--max-events`, ``EventReader/Options/maxMentionEvents``) and how many tied events came
    /// past it and were not kept (their mentions are among ``Skip/unknownEvent``).
    public var mentionEventsKept = 0, mentionEventCap = 0, mentionEventsNotKept = 0
    /// Rows refused in all (an unreadable file is not a row).
    public var refused: Int { problems.filter { $0.key != .file }.values.reduce(0, +) }
    /// Whether any row could be read (the rest of the report may still list problems).
    public var readAnything: Bool { rows > refused }

    /// Moves the rows counted since `before` (the reading of one `--events` file) to
    /// ``eventFileRows`` and ``eventFileRowsRefused``, and drops its refusals; unreadable files stay
    /// counted as such. (Its set-aside rows are counted aside, in `Ingest`, until the read is settled.)
    mutating func setAsideEventFileRows(since before: EventReadReport) {
        eventFileRows += rows - before.rows
        eventFileRowsRefused += refused - before.refused
        rows = before.rows
        let files = problems[.file] ?? 0
        problems = before.problems
        if files > 0 { problems[.file] = files }
    }

    mutating func problem(_ p: Refusal, _ place: @autoclosure () -> String) {
        problems[p, default: 0] += 1
        // The place quotes the data: its control characters are shown, not sent to the terminal.
        if examples.count < EventReadReport.examplesKept { examples.append(GraphFileError.visible(place())) }
    }

    /// Counts a row naming the unmapped `code`, keeping at most ``unmappedKept`` codes and
    /// ``unmappedBytesKept`` bytes of them; the rows of the rest are counted in ``unmappedNotListed``.
    public mutating func countUnmapped(_ code: String, _ reason: UnmappedReason, rows: Int = 1) {
        if let entry = unmapped[code] {
            unmapped[code] = (entry.reason, entry.rows + rows)
        } else if unmapped.count < EventReadReport.unmappedKept, unmappedBytes + code.utf8.count <= EventReadReport.unmappedBytesKept {
            unmapped[code] = (reason, rows)
            unmappedBytes += code.utf8.count
        } else {
            unmappedNotListed += rows
        }
    }

    /// The unmapped codes, most rows first (then by code), as TSV with a header.
    public func unmappedTSV() -> String {
        var out = "code\treason\trows\n"
        for (code, entry) in unmapped.sorted(by: { ($1.value.rows, $0.key) < ($0.value.rows, $1.key) }) {
            out += "\(EventReadReport.tsvField(code))\t\(entry.reason.rawValue)\t\(entry.rows)\n"
        }
        if unmappedNotListed > 0 { out += "# \(unmappedNotListed) more rows named codes not listed (the list keeps \(EventReadReport.unmappedKept) codes)\n" }
        return out
    }

    /// A code as a TSV field a spreadsheet opens safely: control characters (tab, line breaks, NUL,
    /// escape) shown as `\t` or `\u{1B}`, and a leading `=`, `+`, `-` or `@` (a formula) behind a `'`,
    /// as the CSV export does.
    static func tsvField(_ code: String) -> String {
        Graph.spreadsheetSafe(GraphFileError.visible(code))
    }

    /// Lines for people: the totals, each problem and skip with its count, then the first places.
    public func summary() -> [String] {
        var lines = ["read \(rows) rows from \(filesRead) files: \(tied) tied, \(refused) refused, \(skipped.values.reduce(0, +)) set aside"
            + ((problems[.file] ?? 0) > 0 ? ", \(problems[.file]!) files or entries unreadable" : "")]
        for (p, n) in problems.sorted(by: { $0.key < $1.key }) where p != .file { lines.append("refused \(n): \(p.rawValue)") }
        if eventFileRows > 0 { lines.append("the --events files: \(eventFileRows) rows, \(eventFileRowsRefused) refused") }
        if mentionEventsNotKept > 0 {
            lines.append("the --events files: kept the first \(mentionEventsKept) events, the cap (--max-events \(mentionEventCap)); "
                + "\(mentionEventsNotKept) more were not kept and their mentions are set aside as not in the --events files (raise --max-events)")
        }
        for (s, n) in skipped.sorted(by: { $0.key < $1.key }) { lines.append("set aside \(n): \(s.rawValue)") }
        if !unmapped.isEmpty { lines.append("\(unmapped.count) actor codes did not map (--unmapped FILE lists them)") }
        if unmappedNotListed > 0 { lines.append("\(unmappedNotListed) more rows named unmapped codes past the \(EventReadReport.unmappedKept) kept") }
        let listed = refused + eventFileRowsRefused + (problems[.file] ?? 0)
        if listed > examples.count { lines.append("the first \(examples.count) of \(listed) problems:") }
        return lines + examples
    }
}

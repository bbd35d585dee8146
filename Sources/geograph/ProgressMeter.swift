import ArgumentParser
import Foundation
import GeoGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows how far a long measure has got on standard error (finding F16: betweenness on 50,000
/// actors ran for minutes without a sign of life). Never on standard output, so tables and JSON are
/// the same with or without it.
///
/// On a terminal the line is redrawn in place (`\r`) from one second in, at most five times a
/// second, and ended with a newline when the measure is done, so quick runs print nothing. Forced
/// with `--progress` (on a terminal or not) it starts at once; off a terminal each update is its
/// own line, and the last line (every step done) is always written.
final class ProgressMeter: @unchecked Sendable {
    /// How updates are written: redrawn in place, or one line each.
    enum Style { case terminal, lines }

    private let label: String
    private let unit: String
    private let style: Style
    private let delay: Duration
    private let interval: Duration
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastShown: ContinuousClock.Instant?
    private var last: (done: Int, total: Int)?
    private var shownFinal = false

    /// - Parameters:
    ///   - label: What is measured, first on the line (`betweenness`, `closeness (security)`).
    ///   - unit: What the steps are (`sources`, `samples`).
    ///   - style: Redrawn in place on a terminal, else one line per update.
    ///   - delay: Nothing is shown before this much time has passed.
    ///   - interval: The least time between two updates.
    ///   - write: Where the text goes (standard error).
    init(label: String, unit: String = "sources", style: Style, delay: Duration, interval: Duration = .milliseconds(200),
         write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.label = label
        self.unit = unit
        self.style = style
        self.delay = delay
        self.interval = interval
        self.write = write
        started = clock.now
    }

    /// The handler to give the computation.
    var handler: ProgressHandler { { [self] done, total in update(done: done, total: total) } }

    /// Records `done` of `total` steps and shows them if the delay and the interval allow.
    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        last = (done, total)
        let now = clock.now
        guard now - started >= delay else { return }
        if let lastShown, now - lastShown < interval, done < total { return }
        show(done: done, total: total)
        lastShown = now
    }

    /// Ends the display: the final count and a newline if anything was shown (always, when forced
    /// off a terminal, so a log shows that the measure finished).
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard let last else { return }
        if lastShown == nil, style == .terminal { return }
        if !shownFinal || last.done < last.total { show(done: last.done, total: last.total) }
        if style == .terminal { write("\n") }
    }

    private func show(done: Int, total: Int) {
        shownFinal = done >= total
        let text = Self.text(label: label, unit: unit, done: done, total: total, seconds: (clock.now - started) / .seconds(1))
        switch style {
        case .terminal: write("\r\u{1B}[K" + text)
        case .lines: write(text + "\n")
        }
    }

    /// One update: `betweenness: 24% (12,000 of 50,000 sources, 31 s)`.
    static func text(label: String, unit: String, done: Int, total: Int, seconds: Double) -> String {
        let percent = total > 0 ? done * 100 / total : 100
        return "\(label): \(percent)% (\(grouped(done)) of \(grouped(total)) \(unit), \(Int(seconds.rounded())) s)"
    }

    private static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}

/// `--progress` / `--no-progress`: whether long measures show how far they have got on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: "Show the progress of long measures on standard error (default: when it is a terminal, after a second).")
    var progress: Bool?

    /// A meter for a computation named `label` counting `unit`, or `nil` when progress is off.
    func meter(_ label: String, unit: String = "sources") -> ProgressMeter? {
        let terminal = isatty(STDERR_FILENO) == 1
        switch progress {
        case false: return nil
        case true: return ProgressMeter(label: label, unit: unit, style: terminal ? .terminal : .lines, delay: .zero)
        case nil:
            guard terminal else { return nil }
            return ProgressMeter(label: label, unit: unit, style: .terminal, delay: .seconds(1))
        }
    }
}

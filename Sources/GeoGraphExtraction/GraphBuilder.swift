import Foundation
import GeoGraph

/// Builds a graph from documents: sentences outside page debris, their parties and cues, the ties
/// they state, aggregated with provenance.
///
/// **Weights.** Each sentence's report of a tie has a strength (the cue's, halved when hedged, ×0.8
/// when a negation turned cooperation into tension), decayed with age when a half-life is set
/// (×0.5^(age/half-life), age counted from the newest document). Reports of one relation merge by
/// `Tie.combine` (noisy-or), so a tie grows with every corroborating sentence, document and outlet,
/// with diminishing returns; each sentence counts once per relation.
public struct GraphBuilder: Sendable {
    public let extractor: TieExtractor
    /// Days for a report's strength to halve, or `nil` for no decay.
    public var halfLife: Double?
    public var jobs: Int

    /// Whether each gazetteer actor (by index) is a person who speaks for a state or organisation (a
    /// "He"/"She" may continue them), and whether it is a region: asked per mention without hashing its id.
    let isSpeaker: [Bool]
    let isRegion: [Bool]

    public init(gazetteer: Graph, lexicon: Lexicon, halfLife: Double? = nil, jobs: Int = 1) {
        extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer), lexicon: lexicon)
        isSpeaker = gazetteer.actors.map { $0.kind == .person && $0.represents != nil }
        isRegion = gazetteer.actors.map { $0.kind == .region }
        self.halfLife = halfLife
        self.jobs = jobs
    }

    /// One report: a tie found in a sentence of a document.
    struct Report {
        var found: TieExtractor.Found
        var evidence: Evidence
    }

    /// The longest stretch of text (code points) read as one sentence. Tie detection is quadratic in a
    /// sentence's length (a scraped page with no full stops is one sentence: 40,000 words took 20 s,
    /// twice as many four times that), so a longer sentence is read in pieces of at most this length,
    /// cut at a space; each piece's evidence keeps the sentence's index and points at the piece. The
    /// longest sentence of the bundled corpus has about 640.
    public static let maximumSentenceLength = 2_000

    /// `span` cut into pieces of at most ``maximumSentenceLength`` code points, each ending at a space
    /// when there is one in its second half.
    static func pieces(of span: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = span.lowerBound
        while span.upperBound - start > maximumSentenceLength {
            var end = start + maximumSentenceLength
            if let space = (start + maximumSentenceLength / 2..<end).last(where: { scalars[$0] == " " }) { end = space }
            pieces.append(start..<end)
            start = end
            while start < span.upperBound, scalars[start] == " " { start += 1 }
        }
        if start < span.upperBound { pieces.append(start..<span.upperBound) }
        return pieces
    }

    /// The reports and the actors mentioned in one document.
    func reports(in doc: LoadedDocument) -> (reports: [Report], actors: Set<String>) {
        var vocabulary = TokenVocabulary()
        return reports(in: doc, vocabulary: &vocabulary)
    }

    /// The reports and the actors mentioned in one document, tokenising with `vocabulary`.
    func reports(in doc: LoadedDocument, vocabulary: inout TokenVocabulary) -> (reports: [Report], actors: Set<String>) {
        let spans = SentenceSplitter().split(doc.scalars).enumerated().flatMap { index, span in
            Self.pieces(of: span, in: doc.scalars).map { (index, $0) }
        }
        let debris = DebrisFilter.debrisRanges(doc.scalars)
        var reports: [Report] = []
        // The actors mentioned, by gazetteer index; their ids go into a set once, at the end.
        var mentioned = [Bool](repeating: false, count: isSpeaker.count)
        var previous: (line: Int, parties: [String])?
        var region: String?
        var speaker: (sentence: Int, id: String)?
        var line = 0, lineCursor = 0
        var debrisIndex = 0
        var tokens: [Token] = []  // one buffer for every sentence's tokens
        for (index, span) in spans {
            while debrisIndex < debris.count, debris[debrisIndex].upperBound < span.lowerBound { debrisIndex += 1 }
            if debrisIndex < debris.count, debris[debrisIndex].contains(span.lowerBound) { continue }
            Tokenizer.tokens(doc.scalars[span], vocabulary: &vocabulary, into: &tokens)
            // The line (paragraph) the sentence is on: count newlines up to it, moving forward only.
            while lineCursor < span.lowerBound {
                if doc.scalars[lineCursor] == "\n" { line += 1 }
                lineCursor += 1
            }
            let pair = previous.flatMap { $0.line == line && $0.parties.count == 2 ? $0.parties : nil }
            let mentions = extractor.matcher.mentions(tokens)
            for m in mentions { mentioned[m.actorIndex] = true }
            let context = TieExtractor.Context(
                pair: pair, previous: previous.flatMap { $0.line == line ? $0.parties : nil } ?? [], region: region,
                speaker: speaker.flatMap { index - $0.sentence <= 2 ? $0.id : nil })
            let (found, parties) = extractor.extract(tokens, context: context, mentions: mentions)
            if let leader = mentions.last(where: { isSpeaker[$0.actorIndex] }) {
                speaker = (index, leader.actor)
            }
            if region == nil {
                region = mentions.first { isRegion[$0.actorIndex] }?.actor
            }
            previous = (line, parties)
            // Each sentence counts once per relation (source, target, layer, polarity, symmetric).
            let first = reports.count
            for f in found where !reports[first...].contains(where: {
                $0.found.source == f.source && $0.found.target == f.target && $0.found.layer == f.layer
                    && $0.found.polarity == f.polarity && $0.found.isSymmetric == f.isSymmetric
            }) {
                reports.append(Report(found: f, evidence: Evidence(
                    document: doc.document.file, sentence: index, span: span, cues: f.cues, date: doc.document.date,
                    confidence: f.confidence)))
            }
        }
        let gazetteer = extractor.matcher.gazetteer.actors
        return (reports, Set(mentioned.indices.lazy.filter { mentioned[$0] }.map { gazetteer[$0].id }))
    }

    /// Builds the graph of `documents`, reporting progress through `progress(done, total)`.
    public func build(_ documents: [LoadedDocument], title: String? = nil,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) -> Graph {
        let results = UnsafeResults<(reports: [Report], actors: Set<String>)>(count: documents.count)
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, documents.count))) { worker in
            var vocabulary = TokenVocabulary()
            var i = worker
            while i < documents.count {
                results.set(i, self.reports(in: documents[i], vocabulary: &vocabulary))
                progress?(counter.increment(), documents.count)
                i += max(1, min(jobs, documents.count))
            }
        }
        let newest = documents.compactMap { $0.document.date }.max()
        var graph = Graph(title: title)
        for doc in documents { graph.add(doc.document) }
        var mentioned: Set<String> = []
        // The documents' reports in document order, each document's array as it is (not copied into one).
        let reportsByDocument = documents.indices.map { results.get(i: $0)?.reports ?? [] }
        var inTies: Set<String> = []
        for i in documents.indices {
            mentioned.formUnion(results.get(i: i)?.actors ?? [])
            for report in reportsByDocument[i] {
                inTies.insert(report.found.source)
                inTies.insert(report.found.target)
            }
        }
        for actor in extractor.matcher.gazetteer.actors where mentioned.contains(actor.id) || inTies.contains(actor.id) {
            try? graph.add(actor)
        }
        // Reports of one relation merge into one tie: gather them by key, in the order keys first
        // appear, and add each tie once. Weights fold by `Tie.combine` in report order, exactly as
        // adding the reports one by one would; that re-sorted the tie's evidence at every report.
        var index: [TieKey: Int] = [:]
        index.reserveCapacity(reportsByDocument.reduce(0) { $0 + $1.count })
        var merged: [Tie] = []
        for report in reportsByDocument.joined() {
            var strength = report.found.strength
            if let halfLife, let newest, let date = report.evidence.date {
                strength *= Foundation.pow(0.5, Self.days(from: date, to: newest) / halfLife)
            }
            let weight = max(strength, 0.001)
            guard Tie.isValidWeight(weight) else { continue }  // `Graph.add` refuses such a report alone
            var tie = Tie(source: report.found.source, target: report.found.target, layer: report.found.layer,
                          polarity: report.found.polarity, weight: weight, isSymmetric: report.found.isSymmetric)
            let key = tie.key
            if let i = index[key] {
                merged[i].weight = Tie.combine(merged[i].weight, weight)
                merged[i].evidence.append(report.evidence)
            } else {
                index[key] = merged.count
                tie.evidence = [report.evidence]
                merged.append(tie)
            }
        }
        for var tie in merged {
            tie.evidence = Self.sortedUnique(tie.evidence)
            try? graph.add(tie)
        }
        return graph
    }

    /// The distinct elements of `evidence`, sorted: what merging reports one at a time leaves
    /// (`Tie.merge` keeps the sorted union).
    /// - Complexity: O(*n* log *n*); O(*n*) when `evidence` is sorted, as reports arrive.
    static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        var sorted = evidence
        if zip(sorted, sorted.dropFirst()).contains(where: { $1 < $0 }) { sorted.sort() }
        var unique: [Evidence] = []
        unique.reserveCapacity(sorted.count)
        var runStart = 0  // the first of the entries that sort equal to the last one kept
        for e in sorted {
            if let last = unique.last, !(last < e) {
                if unique[runStart...].contains(e) { continue }
            } else {
                runStart = unique.count
            }
            unique.append(e)
        }
        return unique
    }

    /// Days between two `YYYY-MM[-DD]` dates (a month without a day counts as its 15th).
    static func days(from a: String, to b: String) -> Double {
        func ordinal(_ d: String) -> Double {
            let p = d.split(separator: "-").compactMap { Double($0) }
            return p[0] * 365.25 + (p[1] - 1) * 30.44 + (p.count > 2 ? p[2] : 15)
        }
        return max(0, ordinal(b) - ordinal(a))
    }
}

/// Per-document results written by worker threads, each index by exactly one worker.
final class UnsafeResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Value) { lock.withLock { storage[i] = value } }
    func get(i: Int) -> Value? { lock.withLock { storage[i] } }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.withLock { value += 1; return value } }
}

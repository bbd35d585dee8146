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
    /// Each gazetteer actor's index, by id: reports carry their ends' indices (``TieCode``), found by
    /// the workers, so that aggregation hashes no id.
    let actorIndices: [String: Int]
    /// Every word of the lexicon's cues and sets: a surname that is one is a common word, no alias
    /// (``DocumentAliases``).
    let lexiconWords: Set<String>

    public init(gazetteer: Graph, lexicon: Lexicon, halfLife: Double? = nil, jobs: Int = 1) {
        extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer, agents: lexicon.agents), lexicon: lexicon)
        isSpeaker = gazetteer.actors.map { $0.kind == .person && $0.represents != nil }
        // (A place is no party: "the region" never stands for Crimea or Xinjiang.)
        isRegion = gazetteer.actors.map { $0.kind == .region && !$0.tags.contains(TieExtractor.placeTag) }
        lexiconWords = Set(extractor.lexicon.keys).union(lexicon.sets.values.joined())
        actorIndices = Dictionary(gazetteer.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.halfLife = halfLife
        self.jobs = jobs
    }

    /// One report: a tie found in a sentence of a document.
    struct Report {
        var found: TieExtractor.Found
        var evidence: Evidence
        /// The tie's key as gazetteer indices, `nil` when an end is not a gazetteer actor.
        var code: TieCode?
    }

    /// What one document gives aggregation: its reports and the gazetteer indices of the actors it
    /// mentions, ascending.
    struct DocumentReports {
        var reports: [Report]
        var actors: [Int]
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
    func reports(in doc: LoadedDocument) -> DocumentReports {
        var vocabulary = TokenVocabulary()
        return reports(in: doc, vocabulary: &vocabulary)
    }

    /// The reports and the actors mentioned in one document, tokenising with `vocabulary`.
    func reports(in doc: LoadedDocument, vocabulary: inout TokenVocabulary) -> DocumentReports {
        // Each sentence with its index, a long one in pieces (a short one is its own piece: no array made for it).
        var spans: [(Int, Range<Int>)] = []
        for (index, span) in SentenceSplitter().split(doc.scalars).enumerated() {
            if span.count <= Self.maximumSentenceLength, !span.isEmpty {
                spans.append((index, span))
            } else {
                for piece in Self.pieces(of: span, in: doc.scalars) { spans.append((index, piece)) }
            }
        }
        let debris = DebrisFilter.debrisRanges(doc.scalars)
        var reports: [Report] = []
        // The actors mentioned, by gazetteer index; their ids go into a set once, at the end.
        var mentioned = [Bool](repeating: false, count: isSpeaker.count)
        // The context the sentences leave for the next, their actors as the extractor's indices: where the
        // last sentence starts, and its parties.
        var previousStart = 0
        var previous: [Int] = []
        // The previous sentence's events, with the parties that do them; the states named, with the number
        // of sentences naming each, for the document's two most named ("both capitals").
        var events: [(type: String, owner: Int)] = []
        // (And those of the two sentences of the paragraph before it, with how many sentences back each was told.)
        var earlier: [(type: String, owner: Int, back: Int)] = []
        var named = [Int](repeating: 0, count: isSpeaker.count)
        var top: [(state: Int, sentences: Int)] = []
        var dyad: [Int]?
        var region: Int?
        var speaker: (sentence: Int, id: Int)?
        var debrisIndex = 0
        var tokens: [Token] = []  // one buffer for every sentence's tokens
        var buffers = TieBuffers()  // and for the tie rules' arrays
        let matcher = extractor.matcher  // (read once: reading it through `extractor` copied it for each sentence)
        // The document's date, read once: a leader stands for the state only while in office then.
        let date = doc.document.date.flatMap(ActorTable.days)
        var context = TieExtractor.CodedContext(date: date)
        // The names the document has introduced with a title of office, standing for their states.
        var aliases = DocumentAliases()
        for (index, span) in spans {
            while debrisIndex < debris.count, debris[debrisIndex].upperBound < span.lowerBound { debrisIndex += 1 }
            if debrisIndex < debris.count, debris[debrisIndex].contains(span.lowerBound) { continue }
            Tokenizer.tokens(doc.scalars[span], vocabulary: &vocabulary, into: &tokens)
            // The last sentence's parties are this one's context when it is on the same line (paragraph):
            // when no newline lies between their starts. Asked only when it has parties (else the context
            // is empty either way), where counting the newlines before each sentence read every code point
            // (callgrind, 3.5 MB sample: about 15 M instructions).
            let sameLine = !previous.isEmpty && !Self.containsNewline(doc.scalars, previousStart..<span.lowerBound)
            var mentions = matcher.mentions(tokens)
            aliases.apply(tokens, to: &mentions)
            for k in mentions.indices { mentioned[mentions[k].actorIndex] = true }
            // A sentence opening with "They" right after a paragraph break (news prints one sentence a
            // paragraph) reads the last sentence's states too: "They" names those the paragraph before named
            // (not a body they acted on there: "A, B and C left the bloc. ¶ They announced it jointly").
            let they = !sameLine && tokens.first?.key == "they"
            // (So does a pair reference: "…struck Kabul. ¶ A truce between the two neighbours …" is the pair the
            // sentence before the break named, before the document's two most named states. Asked only when
            // the last sentence named two parties and this one is on a new line.)
            let pairAcross = !sameLine && previous.count == 2 && extractor.mayRefer(tokens, orTo: .pairWords)
            // (The paragraph goes on when the last sentence had no party too: asked only when earlier events wait.)
            let continues = sameLine || (previous.isEmpty && !earlier.isEmpty
                && !Self.containsNewline(doc.scalars, previousStart..<span.lowerBound))
            // (One context for the document, its fields set for each sentence: one made for each sentence was
            // copied whole. The arrays it shares with the state above are let go after the sentence, so that
            // changing that state copies none of them.)
            context.pair = (sameLine || pairAcross) && previous.count == 2 ? previous : nil
            context.previous = sameLine ? previous : they ? previous.filter { extractor.actors.kind($0) == .state } : []
            context.region = region
            context.speaker = speaker.flatMap { index - $0.sentence <= 2 ? $0.id : nil }
            context.events = sameLine ? events : []
            context.earlier = continues ? earlier : []
            context.dyad = dyad
            let found = extractor.extract(tokens, context: context, mentions: mentions, buffers: &buffers)
            // ("… signed a defence pact. The pact was signed by …": the last agreement told is what a later one refers to.)
            if let agreement = buffers.agreement { context.agreement = agreement }
            (context.pair, context.previous, context.events, context.earlier) = (nil, [], [], [])
            // (Only the untyped events, `anyEvent` (the empty type), and accusations are kept: another typed noun reads
            // the previous sentence alone, while "rejected the charge" may answer an accusation told two sentences back.)
            if continues {
                if !earlier.isEmpty {
                    earlier.removeAll { $0.back == 3 }
                    for k in earlier.indices { earlier[k].back += 1 }
                }
                if sameLine {
                    for e in events where e.type.isEmpty || e.type == TieExtractor.accusationType {
                        earlier.append((e.type, e.owner, 2))
                    }
                }
            } else if !earlier.isEmpty {
                earlier.removeAll(keepingCapacity: true)
            }
            swap(&events, &buffers.events)
            if !buffers.distinct.isEmpty {
                dyad = Self.countStates(buffers.distinct, actors: extractor.actors, counts: &named, top: &top)
            }
            aliases.learn(tokens, mentions: mentions, actors: extractor.actors, matcher: matcher, lexiconWords: lexiconWords,
                          scalars: doc.scalars)
            if let leader = mentions.indices.last(where: { isSpeaker[mentions[$0].actorIndex] }) {
                speaker = (index, mentions[leader].actorIndex)
            }
            if region == nil, let first = mentions.indices.first(where: { isRegion[mentions[$0].actorIndex] }) {
                region = mentions[first].actorIndex
            }
            previousStart = span.lowerBound
            swap(&previous, &buffers.distinct)
            // Each sentence counts once per relation (source, target, layer, polarity, symmetric).
            let first = reports.count
            // The codes come from the ends' indices the rules left in `buffers.ends` (hashing the two ids
            // of each report was 145 M instructions on the 50 MB corpus).
            for (k, f) in found.enumerated() {
                if let same = reports[first...].firstIndex(where: {
                    $0.found.source == f.source && $0.found.target == f.target && $0.found.layer == f.layer
                        && $0.found.polarity == f.polarity && $0.found.isSymmetric == f.isSymmetric
                }) {
                    // One report per relation: a more specific event type ("remittances from" after "relies
                    // on") names it, and its cue joins the evidence's.
                    if Self.isGeneric(reports[same].evidence.eventType), let type = f.eventType, !Self.isGeneric(type) {
                        reports[same].evidence.eventType = type
                        reports[same].evidence.cues += f.cues
                        reports[same].found.eventType = type
                    }
                    continue
                }
                reports.append(Report(found: f, evidence: Evidence(
                    document: doc.document.file, sentence: index, span: span, cues: f.cues, date: doc.document.date,
                    confidence: f.confidence, eventType: f.eventType), code: TieCode(keyOrdered: buffers.ends[k], layer: f.layer, polarity: f.polarity,
                                                            isSymmetric: f.isSymmetric, gazetteerCount: isSpeaker.count)))
            }
        }
        return DocumentReports(reports: reports, actors: mentioned.indices.filter { mentioned[$0] })
    }

    /// Counts each state of `distinct` (a sentence's parties) once more in `counts` (by gazetteer index), keeps
    /// the three states named in the most sentences in `top` (most first), and returns the first two when each
    /// is named in two or more sentences and in more than any other state.
    /// - Complexity: O(states of `distinct`): a count grows by one, so only a state passing the third can enter
    ///   the three.
    static func countStates(_ distinct: [Int], actors: ActorTable, counts: inout [Int],
                            top: inout [(state: Int, sentences: Int)]) -> [Int]? {
        for a in distinct where a < counts.count && actors.kind(a) == .state {
            counts[a] += 1
            let n = counts[a]
            if let k = top.firstIndex(where: { $0.state == a }) {
                top[k].sentences = n
            } else if top.count < 3 {
                top.append((a, n))
            } else if n > top[2].sentences {
                top[2] = (a, n)
            } else {
                continue
            }
            // (A stable insertion sort of three, most first: ties keep the state that got there first.)
            for i in top.indices.dropFirst() {
                var j = i
                while j > 0, top[j].sentences > top[j - 1].sentences {
                    top.swapAt(j, j - 1)
                    j -= 1
                }
            }
        }
        guard top.count >= 2, top[1].sentences >= 2, top.count == 2 || top[1].sentences > top[2].sentences else {
            return nil
        }
        return [top[0].state, top[1].state]
    }

    /// Event types that say less than another type may about the same relation: a report of one of
    /// these takes the other's type when a sentence states both.
    static let genericTypes: Set<String> = ["cooperate", "support", "oppose", "consult", "protest", "request", "supply"]

    static func isGeneric(_ type: String?) -> Bool { type.map { genericTypes.contains($0) } ?? true }

    /// Whether a newline lies in `range` of `scalars`: `scalars[range].contains("\n")`, by
    /// ``ScalarSearch/first(_:in:from:to:)`` (the search the splitter and the debris screen use).
    static func containsNewline(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        scalars.withUnsafeBufferPointer { ScalarSearch.first("\n", in: $0, from: range.lowerBound, to: range.upperBound) < range.upperBound }
    }

    /// Builds the graph of `documents`, reporting progress through `progress(done, total)`.
    public func build(_ documents: [LoadedDocument], title: String? = nil,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) -> Graph {
        let results = perDocument(documents.count, progress: progress) { i, vocabulary in
            self.reports(in: documents[i], vocabulary: &vocabulary)
        }
        return aggregate(documents, results, title: title)
    }

    /// `produce(i, &vocabulary)` for each document index `i` below `count`, on up to ``jobs`` workers
    /// (worker `k` takes `k`, `k + jobs`, …), each with its own ``TokenVocabulary``, reporting
    /// `progress(done, count)` after each document; the results in index order.
    func perDocument<Value>(_ count: Int, progress: (@Sendable (Int, Int) -> Void)?,
                            _ produce: @Sendable (Int, inout TokenVocabulary) -> Value) -> [Value] {
        let results = UnsafeResults<Value>(count: count)
        let counter = Counter()
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var vocabulary = TokenVocabulary()
            for i in stride(from: worker, to: count, by: workers) {
                results.set(i, produce(i, &vocabulary))
                progress?(counter.increment(), count)
            }
        }
        // Every index was set by exactly one worker before `concurrentPerform` returned.
        return (0..<count).map { results.get(i: $0)! }
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

import Dispatch
import Foundation
import GeoGraph

/// The capitalised names in English documents that the gazetteer does not know, with how often each
/// occurs and where it first does: what an analyst on a new region reads to see which actors to add
/// (`geograph build DIR --unknown names.tsv`).
///
/// The grammar of a name, read on each sentence's words (``Tokenizer``), outside page debris:
/// - a **name** is a run of capitalised words, each separated from the next by spaces only (a comma,
///   a full stop, a quote or a line break ends it), which may hold the lowercase joining words of
///   names ("Organization *for* Security", "Gulf *of* Aden", "Faisal *bin* Farhan") between two of
///   its capitalised words;
/// - words the gazetteer names (names, aliases, seats, demonyms: ``ActorMatcher``'s mentions) are no
///   part of a name, nor is a hyphenated word with a part it names ("Taliban-led", "Iran-backed");
/// - a possessive's `'s` is dropped ("Finland's" is "Finland");
/// - at the start of a sentence, function words are dropped ("The", "But", "However"), and so is a
///   word the document writes lowercase elsewhere ("Officials said" beside "the officials"); so are
///   titles at the start of any name ("Deputy Prime Minister Abdul Salam Hanafi" is "Abdul Salam
///   Hanafi"); a name left with only function words, titles, months or weekdays is none.
///
/// Capitalisation marks names only in languages that write them so: the input is English.
public struct UnknownNames: Sendable {
    /// One name: its text as written, how often it occurs, and where it first does.
    public struct Name: Sendable, Hashable {
        public var text: String
        public var count: Int
        /// The first occurrence, `document#sentence:start-end`: the sentence's index in the document
        /// (as in evidence pointers) and the name's code point offsets in the document.
        public var example: String
    }

    /// One occurrence of a name in a document.
    public struct Occurrence: Sendable, Hashable {
        public var text: String
        public var sentence: Int
        public var start: Int
        public var end: Int
    }

    /// What a scan gives: the names, most frequent first (then by text), at most `limit` of them, and
    /// the cut-offs it made.
    public struct Tally: Sendable {
        public var names: [Name]
        /// Names found but not listed because of the limit.
        public var namesLeftOut: Int
        /// Occurrences not counted because the tally already held ``UnknownNames/maximumDistinct`` names.
        public var occurrencesLeftOut: Int

        /// The names as tab-separated values with a header line: `name`, `count`, `example`.
        public var tsv: String {
            var out = "name\tcount\texample\n"
            for n in names { out += "\(n.text)\t\(n.count)\t\(n.example)\n" }
            return out
        }
    }

    /// At most this many distinct names are counted; occurrences of further ones are left out (and said).
    public static let maximumDistinct = 200_000

    let matcher: ActorMatcher
    /// Every form of the gazetteer, folded (`Graph.fold`): a name left equal to one after its words
    /// are trimmed ("the Russia Today" → "Russia" would be) is known.
    let knownForms: Set<String>

    public init(gazetteer: Graph) {
        matcher = ActorMatcher(gazetteer: gazetteer)
        knownForms = Set(gazetteer.actors.flatMap(\.surfaceForms).map(Graph.fold))
    }

    /// The names a document holds that the gazetteer does not know, in document order.
    public func occurrences(in scalars: [Unicode.Scalar]) -> [Occurrence] {
        let debris = DebrisFilter.debrisRanges(scalars)
        var debrisIndex = 0
        var sentences: [(index: Int, tokens: [Token])] = []
        for (index, span) in SentenceSplitter().split(scalars).enumerated() where !span.isEmpty {
            while debrisIndex < debris.count, debris[debrisIndex].upperBound < span.lowerBound { debrisIndex += 1 }
            if debrisIndex < debris.count, debris[debrisIndex].contains(span.lowerBound) { continue }
            sentences.append((index, Tokenizer.tokens(scalars[span])))
        }
        // The document's own common words: a capitalised word that opens a sentence and is written
        // lowercase elsewhere in it ("Officials said …", "… the officials") is no name.
        var lowercase: Set<String> = []
        for (_, tokens) in sentences { for t in tokens where !t.isCapitalised { lowercase.insert(t.lower) } }
        var found: [Occurrence] = []
        for (index, tokens) in sentences {
            for run in names(in: tokens, scalars: scalars, commonWords: lowercase) {
                let text = run.map { Self.bare(tokens[$0]) }.joined(separator: " ")
                if knownForms.contains(Graph.fold(text)) { continue }
                found.append(Occurrence(text: text, sentence: index, start: tokens[run.first!].start, end: Self.end(of: tokens[run.last!])))
            }
        }
        return found
    }

    /// Each name of a sentence as the indices of its words.
    func names(in tokens: [Token], scalars: [Unicode.Scalar], commonWords: Set<String> = []) -> [[Int]] {
        guard !tokens.isEmpty else { return [] }
        var known = [Bool](repeating: false, count: tokens.count)
        let mentions = matcher.mentions(tokens)
        for m in mentions { for i in m.start..<m.end { known[i] = true } }
        // A known name between capitalised words of a longer name is part of it ("South China Sea",
        // "Georgian Dream"); a title beside it ("Uzbek President") or a possessive ("Iran's") keeps it apart.
        func extends(_ i: Int, beside neighbour: Int) -> Bool {
            guard tokens.indices.contains(neighbour), !known[neighbour], tokens[neighbour].isCapitalised,
                  !Self.onlyDropped(tokens[neighbour].lower) else { return false }
            let (left, right) = (min(i, neighbour), max(i, neighbour))
            return !tokens[left].isPossessive && Self.onlySpaces(scalars, Self.end(of: tokens[left])..<tokens[right].start)
        }
        for m in mentions where matcher.gazetteer.actors[m.actorIndex].kind != .person
            && tokens[m.start..<m.end].allSatisfy(\.isCapitalised)
            && (extends(m.start, beside: m.start - 1) || extends(m.end - 1, beside: m.end)) {
            for i in m.start..<m.end { known[i] = false }
        }
        for (i, token) in tokens.enumerated() where !known[i] && token.isHyphenatedName {
            let parts = Tokenizer.tokens(Array(token.text.replacingOccurrences(of: "-", with: " ").unicodeScalars)[...])
            if !matcher.mentions(parts).isEmpty { known[i] = true }
        }
        var runs: [[Int]] = []
        var run: [Int] = []
        func close() {
            // Joining words only between capitalised ones: trailing ones go.
            while let last = run.last, !tokens[last].isCapitalised { run.removeLast() }
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        for i in tokens.indices {
            let token = tokens[i]
            let joined = run.isEmpty || Self.onlySpaces(scalars, Self.end(of: tokens[i - 1])..<token.start)
                && !tokens[i - 1].isPossessive
            if !joined { close() }
            if known[i] {
                close()
            } else if token.isCapitalised {
                run.append(i)
            } else if !run.isEmpty, Self.joiningWords.contains(token.lower) {
                run.append(i)
            } else {
                close()
            }
        }
        close()
        return runs.compactMap { words in
            var words = words[...]
            if words.first == 0 {
                if commonWords.contains(tokens[0].lower) || commonWords.contains(tokens[0].key) { words.removeFirst() }
                while let first = words.first, Self.functionWords.contains(tokens[first].lower) { words.removeFirst() }
            }
            while let first = words.first, Self.titleWords.contains(tokens[first].lower)
                || Self.joiningWords.contains(tokens[first].lower) && !tokens[first].isCapitalised {
                words.removeFirst()
            }
            guard !words.allSatisfy({ Self.onlyDropped(tokens[$0].lower) }) else { return nil }  // (true when empty)
            return Array(words)
        }
    }

    /// Scans the files of `plan`, `jobs` at a time, each read again with `loader` (files it cannot
    /// read are left out: the build warns of them), and tallies their names.
    public func scan(_ plan: DocumentPlan, loader: DocumentLoader = DocumentLoader(), jobs: Int = 1, limit: Int = 1000) -> Tally {
        let files = plan.files
        let results = UnsafeResults<[Occurrence]>(count: files.count)
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: files.count, by: workers) {
                let scalars = (try? loader.read(files[i].path).get()) ?? []
                results.set(i, occurrences(in: scalars))
            }
        }
        // Documents in file-name order (the order the build sorts them into): the first example is the same
        // whatever the reading order.
        let order = files.indices.sorted { files[$0].document.file < files[$1].document.file }
        return Self.tally(order.map { (files[$0].document.file, results.get(i: $0) ?? []) }, limit: limit)
    }

    /// Counts occurrences by text, the first one in `documents`' order as the example, and sorts them
    /// most frequent first, then by text.
    public static func tally(_ documents: [(file: String, occurrences: [Occurrence])], limit: Int) -> Tally {
        var counts: [String: (count: Int, example: String)] = [:]
        var leftOut = 0
        for (file, occurrences) in documents {
            for o in occurrences {
                if let seen = counts[o.text] {
                    counts[o.text] = (seen.count + 1, seen.example)
                } else if counts.count < maximumDistinct {
                    counts[o.text] = (1, "\(file)#\(o.sentence):\(o.start)-\(o.end)")
                } else {
                    leftOut += 1
                }
            }
        }
        let sorted = counts.map { Name(text: $0.key, count: $0.value.count, example: $0.value.example) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
        return Tally(names: Array(sorted.prefix(limit)), namesLeftOut: max(0, sorted.count - limit), occurrencesLeftOut: leftOut)
    }

    // MARK: Words

    /// The word as written without a possessive `'s` / `’s` / `'` (or `ʼs`, the modifier letter some
    /// pages write for the apostrophe, which the tokenizer keeps inside the word).
    static func bare(_ token: Token) -> String {
        var text = token.text
        if text.hasSuffix("\u{02BC}s") { text.removeLast(2); return text }
        guard token.isPossessive else { return token.text }
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { text.removeLast(2) } else if text.hasSuffix("'") || text.hasSuffix("\u{2019}") { text.removeLast() }
        return text
    }

    /// Where the word ends without its possessive ending.
    static func end(of token: Token) -> Int { token.end - (token.text.count - bare(token).count) }

    static func onlySpaces(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        gap.lowerBound <= gap.upperBound && scalars[gap].allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }
    }

    static func onlyDropped(_ lower: String) -> Bool {
        functionWords.contains(lower) || titleWords.contains(lower) || calendarWords.contains(lower)
    }

    /// Lowercase words that join the parts of one name.
    static let joiningWords: Set<String> = ["of", "for", "the", "de", "del", "da", "dos", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von", "der", "y"]

    /// Words that open sentences without being names.
    static let functionWords: Set<String> = [
        "a", "about", "above", "according", "across", "after", "against", "ahead", "all", "along", "also", "although", "amid",
        "among", "an", "and", "another", "any", "are", "as", "at", "because", "before", "being", "below", "beside", "besides",
        "between", "beyond", "both", "but", "by", "can", "despite", "did", "do", "does", "during", "each", "either", "even",
        "every", "few", "following", "for", "from", "further", "furthermore", "had", "has", "have", "he", "her", "here", "his",
        "how", "however", "i", "if", "in", "indeed", "instead", "into", "is", "it", "its", "last", "later", "let", "many",
        "may", "meanwhile", "more", "moreover", "most", "much", "my", "neither", "nevertheless", "next", "no", "nor", "not",
        "now", "of", "on", "once", "one", "only", "or", "other", "our", "over", "per", "perhaps", "prior", "rather", "she",
        "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "though", "through", "thus", "to", "today", "together", "too", "two", "three", "under",
        "unlike", "until", "upon", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whose",
        "why", "will", "with", "within", "without", "would", "yes", "yet", "you", "your", "yesterday", "tomorrow",
    ]

    /// Titles and office words, which open the names of the people and bodies they qualify.
    static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "ministers", "ministry", "foreign", "defence", "defense", "deputy",
        "secretary", "secretary-general", "general", "chairman", "chair", "chief", "commander", "ambassador", "envoy",
        "special", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "mr", "mrs", "ms", "dr", "sir",
        "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "crown", "supreme", "leader", "premier",
        "chancellor", "mayor", "governor", "colonel", "lieutenant", "captain", "major", "admiral", "marshal", "field",
        "former", "acting", "interim", "state", "affairs", "office", "head", "senior", "his", "her", "excellency",
    ]

    /// Months and weekdays, capitalised but no names of actors.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}

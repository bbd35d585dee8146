import Foundation
import GeoGraph
import Yams

/// The cue lexicon: phrases news uses for security, economic and diplomatic relations, each with the
/// layer, polarity and strength it carries and whether it names a mutual relation.
public struct Lexicon: Sendable {
    /// One cue form.
    ///
    /// Its values are kept in one shared object: a copy of a cue (the rules copy their cue matches at
    /// every `cues[c]` read) retains that object alone, not the form, keys and event type one by one.
    /// Setting a value gives the cue an object of its own; other copies keep theirs.
    public struct Cue: Sendable, Hashable {
        /// The values a cue and its copies share (in `Storage`): what the cue reads, compares and hashes.
        struct Values: Sendable, Hashable {
            var form: String
            var keys: [String]
            var layer: Layer
            var polarity: Polarity
            var strength: Double
            var isSymmetric: Bool
            var isReverse: Bool
            var eventType: String?
            var isVerb: Bool
        }

        /// The object a cue's copies share; never changed once made.
        private final class Storage: Sendable {
            let values: Values
            init(_ values: Values) { self.values = values }
        }

        private var storage: Storage

        init(form: String, keys: [String], layer: Layer, polarity: Polarity, strength: Double, isSymmetric: Bool,
             isReverse: Bool = false, eventType: String? = nil, isVerb: Bool = false) {
            storage = Storage(Values(form: form, keys: keys, layer: layer, polarity: polarity, strength: strength,
                                     isSymmetric: isSymmetric, isReverse: isReverse, eventType: eventType, isVerb: isVerb))
        }

        /// Sets one value in an object of this cue's own.
        private mutating func update(_ change: (inout Values) -> Void) {
            var values = storage.values
            change(&values)
            storage = Storage(values)
        }

        public var form: String {
            get { storage.values.form }
            set { update { $0.form = newValue } }
        }
        public var keys: [String] {
            get { storage.values.keys }
            set { update { $0.keys = newValue } }
        }
        public var layer: Layer {
            get { storage.values.layer }
            set { update { $0.layer = newValue } }
        }
        public var polarity: Polarity {
            get { storage.values.polarity }
            set { update { $0.polarity = newValue } }
        }
        public var strength: Double {
            get { storage.values.strength }
            set { update { $0.strength = newValue } }
        }
        public var isSymmetric: Bool {
            get { storage.values.isSymmetric }
            set { update { $0.isSymmetric = newValue } }
        }
        /// The party after the cue acts on the one before it ("Tajikistan owes China": China lends).
        public var isReverse: Bool {
            get { storage.values.isReverse }
            set { update { $0.isReverse = newValue } }
        }
        /// The event type the cue reports (`Graphs/event-types.yaml`), `nil` in a `geograph-lexicon/1` file.
        public var eventType: String? {
            get { storage.values.eventType }
            set { update { $0.eventType = newValue } }
        }
        /// Whether the form is a verb's (from the `verbs` of a `geograph-lexicon/2` file): a verb's
        /// subject is its agent, where a noun may be owned by a modifier ("Russian bases").
        public var isVerb: Bool {
            get { storage.values.isVerb }
            set { update { $0.isVerb = newValue } }
        }

        public static func == (a: Cue, b: Cue) -> Bool { a.storage === b.storage || a.storage.values == b.storage.values }

        public func hash(into hasher: inout Hasher) { hasher.combine(storage.values) }
    }

    /// A word or phrase that stands for a state: always `actor` ("the Pentagon"), or, when `actor` is
    /// `nil`, the state named right before it ("Iraqi security forces", "Russia's foreign ministry").
    public struct Agent: Sendable, Hashable {
        public var words: String
        public var actor: String?
    }

    /// Every cue with a word, those of one first word key together, longest first.
    let ordered: [Cue]
    /// The range of `ordered` of each first word key.
    let byFirstWord: WordIndex<Range<Int>>
    /// What ``mayMatch(_:_:at:)`` reads of each cue of `ordered`: its length and where its words'
    /// ``WordCode``s start in `codes`.
    let heads: [FormHead]
    let codes: [UInt64]
    /// Every cue's word keys, by the same index as `codes`.
    let keys: [String]
    public let cues: [Cue]
    public let negations: Set<String>
    public let hedges: Set<String>
    /// The negations and hedges, answered by word code.
    let negationWords: WordSet
    let hedgeWords: WordSet
    let predictionWords: WordSet
    /// Cue forms that name a role one party plays for another ("creditor", "ally"): "China is
    /// Kyrgyzstan's largest creditor" makes the subject act on the possessive, not the other way.
    public let roles: Set<String>
    /// Words that make what follows a forecast or a plan ("will", "expected"), not an event.
    public let predictions: Set<String>
    /// Forms of the verbs that report speech ("said", "told"): what they report is its own clause.
    public let reporting: Set<String>
    /// The agents table: words that stand for a state.
    public let agents: [Agent]
    /// The noun sets of `sets:` by name, members lowercased ("WEAPON": weapons, arms …); phrases
    /// expand `&NAME` to them, and the grammar reads some by name (`GUESTS`: the military guests of "host").
    public let sets: [String: [String]]
    /// The forms the lexicon generates for each verb lemma of its `verbs` (``Morphology``), by lemma:
    /// "host" → host, hosts, hosting, hosted. The grammar asks a verb by its lemma.
    public let verbForms: [String: [String]]
    /// The past forms the lexicon generates, one word each (a phrase's first): of its verb lemmas, its
    /// reporting verbs and its `irregular` table ("sent", "took", "banned"), not the participles.
    /// The grammar reads a finite past verb by them ("and Peru sent troops").
    public let pasts: Set<String>

    public init(cues: [Cue], negations: Set<String>, hedges: Set<String>, roles: Set<String> = [],
                predictions: Set<String> = [], reporting: Set<String> = [], agents: [Agent] = [],
                sets: [String: [String]] = [:], verbForms: [String: [String]] = [:], pasts: Set<String> = []) {
        self.sets = sets
        self.verbForms = verbForms
        self.pasts = pasts
        self.roles = roles
        self.predictions = predictions
        self.reporting = reporting
        self.agents = agents
        self.cues = cues
        self.negations = negations
        self.hedges = hedges
        negationWords = WordSet(negations)
        hedgeWords = WordSet(hedges)
        predictionWords = WordSet(predictions)
        let (ordered, ranges) = FirstWordGroups.make(cues, keys: \.keys)
        self.ordered = ordered
        byFirstWord = WordIndex(ranges)
        heads = FormHead.heads(of: ordered.map { $0.keys.map(WordCode.ofPhraseWord) })
        codes = ordered.flatMap { $0.keys.map(WordCode.ofPhraseWord) }
        keys = ordered.flatMap(\.keys)
    }

    /// Loads a lexicon file such as `Graphs/lexicon.yaml`.
    /// - Throws: ``DataFileError`` naming the file and line.
    public static func load(path: String) throws -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(path: path, line: 0, reason: "cannot read the file")
        }
        return try decode(text, path: path)
    }

    /// The lexicon built into the binary (`Graphs/lexicon.yaml` when it was built).
    /// - Throws: ``DataFileError`` (none for the file the tests check).
    public static func bundled() throws -> Lexicon {
        try decode(BundledFile.lexicon.text, path: BundledFile.lexicon.displayPath)
    }

    /// Reads a lexicon from its text.
    /// - Parameters:
    ///   - text: The file's text.
    ///   - path: The name used in error messages.
    /// - Throws: ``DataFileError`` naming the file and line.
    public static func decode(_ text: String, path: String) throws -> Lexicon {
        let root: Node?
        do { root = try Yams.compose(yaml: text, GraphFileReader.resolver) } catch {
            throw DataFileError(path: path, line: 1, reason: "not valid YAML: \("\(error)".split(separator: "\n").first ?? "")")
        }
        guard let map = root?.mapping, let schema = map["schema"]?.string,
              schema == "geograph-lexicon/1" || schema == "geograph-lexicon/2" else {
            throw DataFileError(path: path, line: 1, reason: "expected 'schema: geograph-lexicon/2' (or geograph-lexicon/1) at the top")
        }
        if schema == "geograph-lexicon/2" { return try decodeEvents(map, path: path) }
        func words(_ field: String) -> Set<String> { Set(map[field]?.sequence?.compactMap { $0.string?.lowercased() } ?? []) }
        var cues: [Cue] = []
        var lines: [String: Int] = [:]  // each form's words -> the line of its entry
        for node in map["cues"]?.sequence ?? [] {
            let line = node.mark?.line ?? 0
            guard let entry = node.mapping else { throw DataFileError(path: path, line: line, reason: "a cue must be a mapping") }
            guard let layer = entry["layer"]?.string.flatMap(Layer.init(rawValue:)) else {
                throw DataFileError(path: path, line: line, reason: "layer must be security, economic or diplomatic")
            }
            guard let polarity = entry["polarity"]?.string.flatMap(Polarity.init(rawValue:)) else {
                throw DataFileError(path: path, line: line, reason: "polarity must be cooperation or tension")
            }
            guard let strength = entry["strength"]?.float, strength > 0, strength <= 1 else {
                throw DataFileError(path: path, line: line, reason: "strength must be a number in (0, 1]")
            }
            let symmetric = entry["symmetric"]?.bool ?? false
            let direction = entry["direction"]?.string ?? "forward"
            guard direction == "forward" || direction == "reverse" else {
                throw DataFileError(path: path, line: line, reason: "direction must be forward or reverse")
            }
            guard let forms = entry["forms"]?.sequence?.compactMap(\.string), !forms.isEmpty else {
                throw DataFileError(path: path, line: line, reason: "forms must be a non-empty list of phrases")
            }
            for form in forms {
                let keys = Tokenizer.keys(form)
                let key = keys.joined(separator: " ")
                if let first = lines[key] {
                    throw DataFileError(path: path, line: line,
                                        reason: "the form '\(form)' is already a cue on line \(first); keep one of the two")
                }
                lines[key] = line
                cues.append(Cue(form: form, keys: keys, layer: layer, polarity: polarity,
                                strength: strength, isSymmetric: symmetric, isReverse: direction == "reverse"))
            }
        }
        return Lexicon(cues: cues, negations: words("negations"), hedges: words("hedges"), roles: words("roles"))
    }

    /// The cues found in a sentence's tokens, longest match first, not overlapping: (cue, first token, end token).
    ///
    /// At each token, the cues of its key's first word (else its lowercase form's), longest first; the
    /// first whose words all match (`wordsMatch(_:_:at:)`) wins. Most tokens open no cue: the
    /// first-word index's filter turns them away by their codes before any string is read, and tokens
    /// are read in place (a copy would retain their strings).
    public func matches(_ tokens: [Token]) -> [(cue: Cue, start: Int, end: Int)] {
        // Of the labelled type returned, so that returning it converts nothing.
        var found: [(cue: Cue, start: Int, end: Int)] = []
        tokens.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                let keyCode = t[i].keyCode, lowerCode = t[i].lowerCode
                let keyMayOpen = byFirstWord.mayContain(keyCode)
                var candidates = keyMayOpen ? byFirstWord.value(code: keyCode) { t[i].key } : nil
                // The lowercase form, unless it is the key (just looked up) or its code is turned away
                // (the filter asked once when both codes are one).
                if candidates == nil, lowerCode == keyCode ? keyMayOpen : byFirstWord.mayContain(lowerCode), !t[i].strings.keyIsLower {
                    candidates = byFirstWord.value(code: lowerCode) { t[i].lower }
                }
                var matched = false
                for c in candidates ?? 0..<0 where mayMatch(c, t, at: i) && wordsMatch(c, t, at: i) {
                    var (cue, length) = (ordered[c], Int(heads[c].length))
                    // "a loan of 145 million euros from X": the noun's preposition after the amount it is of.
                    if length == 1, let (with, end) = prepositionAfterAmount(c, candidates ?? 0..<0, t, at: i) {
                        (cue, length) = (with, end - i)
                    }
                    if found.isEmpty { found.reserveCapacity(4) }  // one allocation for the sentence's first few
                    found.append((cue, i, i + length))
                    i += length
                    matched = true
                    break
                }
                if !matched { i &+= 1 }  // below `t.count`
            }
        }
        return found
    }

    /// Words of an amount of money: "145 million euros", "$2 billion" (with tokens that open with a digit).
    static let amountWords: Set<String> = ["million", "billion", "trillion", "bn", "mn", "dollars", "euros", "yuan", "rubles",
                                           "roubles", "pounds", "yen", "rupees", "tenge", "us", "usd", "eur", "a", "an",
                                           "half", "one", "two", "three", "five", "ten", "hundred"]

    /// The scale letters of a sum written in one word ("500m", "3bn", "1.5tn").
    static let scaleSuffixes: Set<String> = ["m", "mn", "bn", "tn"]

    /// Whether a word key is a sum written with a scale's letter, as news writes money: "500m", "3bn",
    /// "1.5tn" (after "$" or "€", which the tokenizer keeps as punctuation); "145 million" is a number and
    /// one of ``amountWords``.
    static func isSum(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        let scale = key.unicodeScalars.drop { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
        return scaleSuffixes.contains(String(String.UnicodeScalarView(scale)))
    }

    /// The noun cue `c` (one word, matched at `i`) followed by "of", an amount of money and one of the noun's
    /// prepositions ("a loan of 145 million euros from X", "aid of $20 million to Y"): that preposition's form
    /// of the noun and where it ends, else `nil`.
    func prepositionAfterAmount(_ c: Int, _ candidates: Range<Int>, _ t: UnsafeBufferPointer<Token>, at i: Int)
        -> (Cue, Int)? {
        guard i + 3 < t.count, t[i + 1].key == "of" else { return nil }
        var j = i + 2
        var sawNumber = false
        while j < min(t.count, i + 8) {
            let key = t[j].key
            if t[j].punctuationBefore != .none { return nil }
            if key.first?.isNumber == true { sawNumber = true } else if !Self.amountWords.contains(key) { break }
            j += 1
        }
        guard sawNumber, j < t.count, j > i + 2 else { return nil }
        let noun = keys[Int(heads[c].firstCode)]
        for d in candidates where heads[d].length == 2 {
            let first = Int(heads[d].firstCode)
            if keys[first] == noun, keys[first + 1] == t[j].key { return (ordered[d], j + 1) }
        }
        return nil
    }

    /// Whether cue `c` of `ordered` fits in the tokens from `i` and may match there, its words' codes
    /// against the tokens' keys' and lowercase forms' codes: a necessary condition of
    /// `wordsMatch(_:_:at:)`, without copying the cue.
    @inline(__always) func mayMatch(_ c: Int, _ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        let head = heads[c]
        let count = Int(head.length)
        guard i + count <= tokens.count else { return false }
        let first = Int(head.firstCode)
        for k in 0..<count {
            let code = codes[first + k]
            guard WordCode.mayBeEqual(token: tokens[i + k].keyCode, phrase: code)
                || WordCode.mayBeEqual(token: tokens[i + k].lowerCode, phrase: code) else { return false }
        }
        return true
    }

    /// Whether every word of cue `c`, which fits from token `i`, is its token's key or lowercase form.
    ///
    /// Equivalent to comparing the strings alone: a string is compared only where the codes leave it
    /// possible (``WordCode/mayBeEqual(token:phrase:)``), and equal codes are confirmed by the strings.
    @inline(__always) func wordsMatch(_ c: Int, _ t: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        let head = heads[c]
        let first = Int(head.firstCode)
        for k in 0..<Int(head.length) {
            let code = codes[first + k]
            guard (WordCode.mayBeEqual(token: t[i + k].keyCode, phrase: code) && t[i + k].key == keys[first + k])
                || (WordCode.mayBeEqual(token: t[i + k].lowerCode, phrase: code) && t[i + k].lower == keys[first + k]) else {
                return false
            }
        }
        return true
    }
}

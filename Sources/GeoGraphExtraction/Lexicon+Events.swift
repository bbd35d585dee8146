import GeoGraph
import Yams

/// Reading a lexicon of schema `geograph-lexicon/2`: verbs by lemma, nouns with their argument
/// prepositions, phrases with noun sets, and the agents table, grouped by event type
/// (`Graphs/event-types.yaml`). Each entry becomes the cues of its generated forms.
extension Lexicon {
    /// The polarity and usual layer of each event type, from the bundled `Graphs/event-types.yaml`.
    static let eventTypes: [String: (polarity: Polarity, layer: Layer)] = {
        guard let root = try? Yams.compose(yaml: BundledFile.eventTypes.text, GraphFileReader.resolver)?.mapping else { return [:] }
        var types: [String: (Polarity, Layer)] = [:]
        for node in root["types"]?.sequence ?? [] {
            guard let map = node.mapping, let name = map["type"]?.string,
                  let polarity = map["polarity"]?.string.flatMap(Polarity.init(rawValue:)),
                  let layer = map["layer"]?.string.flatMap(Layer.init(rawValue:)) else { continue }
            types[name] = (polarity, layer)
        }
        return types
    }()

    /// The event type of the `ignore` phrases: matched so that no shorter cue inside them matches, never tied.
    public static let ignored = "ignore"

    /// Decodes the body of a `geograph-lexicon/2` file.
    static func decodeEvents(_ map: Node.Mapping, path: String) throws -> Lexicon {
        func strings(_ node: Node?) -> [String] { node?.sequence?.compactMap(\.string) ?? [] }
        func words(_ field: String) -> Set<String> { Set(strings(map[field]).map { $0.lowercased() }) }
        var irregular: [String: [String]] = [:]
        for (key, value) in map["irregular"]?.mapping ?? [:] {
            guard let lemma = key.string, let forms = value.sequence?.compactMap(\.string), forms.count == 2 else {
                throw DataFileError(path: path, line: key.mark?.line ?? 0, reason: "an irregular verb is 'lemma: [past, participle]'")
            }
            irregular[lemma.lowercased()] = forms.map { $0.lowercased() }
        }
        let doubling = words("doubling")
        var sets: [String: [String]] = [:]
        for (key, value) in map["sets"]?.mapping ?? [:] {
            guard let name = key.string, let members = value.sequence?.compactMap(\.string), !members.isEmpty else {
                throw DataFileError(path: path, line: key.mark?.line ?? 0, reason: "a set is 'NAME: [words]'")
            }
            sets[name] = members
        }
        var cues: [Cue] = []
        var seen: [String: (type: String, line: Int)] = [:]  // each form's words -> its entry's type and line
        /// Adds one generated form; the same form from two entries of one type is kept once, of two
        /// types it is an error naming both lines.
        func add(_ form: String, _ entry: Entry, verb: Bool = false) throws {
            let keys = Tokenizer.keys(form)
            let key = keys.joined(separator: " ")
            guard !keys.isEmpty else { return }
            if let first = seen[key] {
                guard first.type == entry.type else {
                    let reason = "the form '\(form)' is already a cue of type \(first.type) on line \(first.line); keep one of the two"
                    throw DataFileError(path: path, line: entry.line, reason: reason)
                }
                return
            }
            seen[key] = (entry.type, entry.line)
            cues.append(Cue(form: form.lowercased(), keys: keys, layer: entry.layer, polarity: entry.polarity,
                            strength: entry.strength, isSymmetric: entry.mode == "symmetric",
                            isReverse: entry.mode == "reverse", eventType: entry.type, isVerb: verb))
        }
        var verbForms: [String: [String]] = [:]
        var pasts: Set<String> = []
        /// Notes the past of `lemma` (its first word: "stood by" → "stood").
        func notePast(_ lemma: String) {
            guard let past = Morphology.pastForms(of: lemma, irregular: irregular, doubling: doubling).first,
                  let word = past.split(separator: " ").first else { return }
            pasts.insert(String(word))
        }
        for node in map["verbs"]?.sequence ?? [] {
            let entry = try Entry(node, path: path)
            for lemma in try entry.list(node, "lemmas", path: path) {
                let forms = Morphology.inflections(of: lemma.lowercased(), irregular: irregular, doubling: doubling)
                verbForms[lemma.lowercased()] = forms
                notePast(lemma.lowercased())
                for form in forms { try add(form, entry, verb: true) }
            }
        }
        for lemma in irregular.keys { notePast(lemma) }
        for node in map["nouns"]?.sequence ?? [] {
            var entry = try Entry(node, path: path)
            let patient = strings(node.mapping?["patient"]), agent = strings(node.mapping?["agent"])
            for noun in try entry.list(node, "nouns", path: path) {
                for form in Morphology.plurals(of: noun.lowercased()) {
                    try add(form, entry)
                    for p in patient { try add(form + " " + p, entry) }
                    // "loans from X", "pressure from X": the one after the preposition acts.
                    let mode = entry.mode
                    if entry.mode == "agent" { entry.mode = "reverse" }
                    for p in agent where p != "by" { try add(form + " " + p, entry) }
                    entry.mode = mode
                }
            }
        }
        for node in map["phrases"]?.sequence ?? [] {
            let entry = try Entry(node, path: path)
            for phrase in try entry.list(node, "forms", path: path) {
                guard let amp = phrase.firstIndex(of: "&") else { try add(phrase, entry); continue }
                let name = String(phrase[phrase.index(after: amp)...].prefix { $0.isLetter })
                guard let members = sets[name] else {
                    throw DataFileError(path: path, line: entry.line, reason: "no set '\(name)' under 'sets:' for '\(phrase)'")
                }
                let pattern = "&" + name
                for m in members { try add(phrase.replacingOccurrences(of: pattern, with: m), entry) }
            }
        }
        // Phrases that hold a cue's form but state no event: cues of no type, which the extractor skips. One
        // that is a cue's whole form wins over it: "found", the past of "find", over the verb "found" a body.
        for phrase in strings(map["ignore"]) {
            let keys = Tokenizer.keys(phrase)
            guard !keys.isEmpty else { continue }
            let joined = keys.joined(separator: " ")
            if seen[joined] != nil { cues.removeAll { $0.keys == keys } }
            seen[joined] = ("ignore", 0)
            cues.append(Cue(form: phrase.lowercased(), keys: keys, layer: .diplomatic, polarity: .cooperation, strength: 0.01,
                            isSymmetric: false, eventType: Lexicon.ignored))
        }
        var agents: [Agent] = []
        for node in map["agents"]?.sequence ?? [] {
            let line = node.mark?.line ?? 0
            guard let entry = node.mapping, !strings(entry["words"]).isEmpty else {
                throw DataFileError(path: path, line: line, reason: "an agent is {actor: ID, words: [...]} or {owner: true, words: [...]}")
            }
            let actor = entry["actor"]?.string
            guard actor != nil || entry["owner"]?.bool == true else {
                throw DataFileError(path: path, line: line, reason: "an agent names its 'actor' or says 'owner: true'")
            }
            for w in strings(entry["words"]) { agents.append(Agent(words: w, actor: actor)) }
        }
        var reporting: Set<String> = []
        for lemma in words("reporting") {
            // An irregular past ("said", "told", "thought") opens no clause of its own: what follows it is
            // as often the speaker's own predicate ("said it was saddened and recalled its envoy",
            // "said its purchases from X were lawful"), and "X said Y attacked Z" is read by the direction rules.
            // It is still a past form of the lexicon (``Lexicon/pasts``).
            let irregularPasts = Set(irregular[lemma] ?? [])
            reporting.formUnion(Morphology.inflections(of: lemma, irregular: irregular, doubling: doubling)
                .filter { !irregularPasts.contains($0) })
            notePast(lemma)
        }
        return Lexicon(cues: cues, negations: words("negations"), hedges: words("hedges"), roles: words("roles"),
                       predictions: words("predictions"), reporting: reporting, agents: agents,
                       sets: sets.mapValues { $0.map { $0.lowercased() } }, verbForms: verbForms, pasts: pasts)
    }

    /// What every entry of verbs, nouns and phrases gives its forms.
    struct Entry {
        var type: String
        var layer: Layer
        var polarity: Polarity
        var strength: Double
        var mode: String
        var line: Int

        init(_ node: Node, path: String) throws {
            line = node.mark?.line ?? 0
            guard let map = node.mapping else { throw DataFileError(path: path, line: line, reason: "an entry must be a mapping") }
            guard let type = map["type"]?.string, let known = Lexicon.eventTypes[type] else {
                throw DataFileError(path: path, line: line, reason: "type must be an event type of Graphs/event-types.yaml (agree, consult, lend …)")
            }
            self.type = type
            polarity = known.polarity
            if let text = map["layer"]?.string {
                guard let layer = Layer(rawValue: text) else {
                    throw DataFileError(path: path, line: line, reason: "layer must be security, economic or diplomatic")
                }
                self.layer = layer
            } else {
                layer = known.layer
            }
            guard let strength = map["strength"]?.float, strength > 0, strength <= 1 else {
                throw DataFileError(path: path, line: line, reason: "strength must be a number in (0, 1]")
            }
            self.strength = strength
            mode = map["mode"]?.string ?? "agent"
            guard ["agent", "symmetric", "reverse"].contains(mode) else {
                throw DataFileError(path: path, line: line, reason: "mode must be agent, symmetric or reverse")
            }
        }

        func list(_ node: Node, _ field: String, path: String) throws -> [String] {
            guard let items = node.mapping?[field]?.sequence?.compactMap(\.string), !items.isEmpty else {
                throw DataFileError(path: path, line: line, reason: "\(field) must be a non-empty list")
            }
            return items
        }
    }
}

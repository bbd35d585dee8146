import GeoGraph

/// An agreement is on the layer of what it is about: "signed a security deal", "a mutual defence treaty",
/// "signed a free-trade agreement", "agreed to share river water" tie the parties on the security or the
/// economic layer, and not also on the diplomatic one (the annotation guide's alliances: a defence
/// treaty makes the alliance security). An agreement with no such content, a peace deal, a ceasefire
/// agreement and a political accord stay diplomatic.
extension TieExtractor {
    /// What the agreement rule reads, built once from the lexicon.
    struct AgreementTables: Sendable {
        /// The lexicon's set `AGREEMENTS`: nouns that name an agreement ("deal", "treaty", "pact").
        let heads: Set<String>
        /// The layer each content word names: the words of the lexicon's sets `SECURITY_TOPICS` and
        /// `ECONOMIC_TOPICS` and the layer adjectives, but those that name an agreement of their own
        /// ("ceasefire", "truce": a ceasefire agreement is diplomatic).
        let content: [String: Layer]
        /// Words that keep an agreement diplomatic whatever else qualifies it: "diplomatic", "political",
        /// and the first words of the lexicon's diplomatic agreement nouns ("peace", "ceasefire", "truce").
        let diplomatic: Set<String>
        /// The one-word forms of the lexicon's sets `TROOPS`, `MILITARY` and `WEAPON`: armed forces and arms an
        /// infinitive's object may name ("agreed to withdraw its forces").
        let armed: Set<String>
        /// The lexicon's set `PROVISIONS`: verbs of what an agreement provides ("provides", "allows", "formalises").
        let provisions: Set<String>

        /// - Parameters:
        ///   - lexicon: The lexicon whose sets and agreement cues are read.
        ///   - armedForms: The forms of `TROOPS`, `MILITARY` and `WEAPON`, as the extractor read them already.
        ///   - topics: The sets `SECURITY_TOPICS` and `ECONOMIC_TOPICS` with their layers, in that order (`topicSets`).
        init(lexicon: Lexicon, armedForms: Set<String>, topics: [(layer: Layer, words: Set<String>)]) {
            heads = Set(lexicon.sets["AGREEMENTS"] ?? [])
            let agreementWords = Set(lexicon.cues.filter { !$0.isVerb && $0.eventType == "agree" && $0.layer == .diplomatic }
                .compactMap(\.keys.first)).subtracting(heads)
            var content: [String: Layer] = [:]
            // (Read last to first, security after economic: a word in both is a security word.)
            for (layer, words) in topics.reversed() {
                for w in words { content[w] = layer }
            }
            for (w, l) in TieExtractor.layerAdjectives where l != .diplomatic { content[w] = l }
            for w in agreementWords { content[w] = nil }
            self.content = content
            diplomatic = agreementWords.union(TieExtractor.layerAdjectives.filter { $0.value == .diplomatic }.keys)
            armed = armedForms.filter { !$0.contains(" ") }
            provisions = Set(lexicon.sets["PROVISIONS"] ?? [])
        }

        /// The layer a content word names, or that of its first or last part when hyphenated
        /// ("water-sharing", "anti-terrorism").
        func layer(of key: String) -> Layer? {
            if let l = content[key] { return l }
            guard let dash = key.firstIndex(of: "-"), let last = key.lastIndex(of: "-") else { return nil }
            return content[String(key[..<dash])] ?? content[String(key[key.index(after: last)...])]
        }
    }

    /// The layers of the content of agreement cue `c` (type `agree`, diplomatic), in place of the
    /// diplomatic layer: those the words qualifying its agreement noun name (the cue's own noun, "the
    /// security pact with X"; the object of its verb, "signed a defence cooperation agreement with X",
    /// within six words, no party or punctuation between; the noun a participle follows, "the defence
    /// treaty signed by X and Y"), up to four words before the noun over anything but a determiner or a
    /// party; for an agreement verb with an infinitive ("agreed to share missile warning data"), those
    /// the infinitive names (`infinitiveContent(after:of:cues:tokens:clauses:_:)`); with no qualifier naming
    /// content, those its own predicate names (`providedContent(after:tokens:isParty:)`: "a treaty that provides
    /// mutual defence"). A definite agreement noun with nothing but parties between it and its determiner ("the
    /// pact", "this accord", "the Ghana-Togo deal") refers back: it has `antecedent`'s layers, those of the last
    /// agreement read before it in the document ("signed a defence pact … The pact was signed by …": the subject
    /// of a passive agreement verb is its noun); with `apposed` (that agreement told in the same sentence), so
    /// has an indefinite one set off by a comma (", a pact hailed as …"). `nil` when the agreement names no
    /// content, or a diplomatic one ("a peace deal", "a political accord", "a ceasefire agreement").
    func agreementLayers(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party],
                         antecedent: [Layer], apposed: Bool = false) -> [Layer]? {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard Self.isPlainAgreement(cue), end <= tokens.count else { return nil }
        let tables = agreementTables
        func isParty(_ i: Int) -> Bool { parties.contains { $0.start <= i && i < $0.end } }
        var head: Int?
        if !cue.isVerb {
            head = (start..<end).first { tables.heads.contains(tokens[$0].key) }
        } else if start > 0, tables.heads.contains(tokens[start - 1].key), tokens[start].punctuationBefore == .none {
            head = start - 1
        } else if let subject = subjectOfPassive(before: start, tokens: tokens), tables.heads.contains(tokens[subject].key) {
            // ("The pact was signed by …", "the treaty has been ratified by …")
            head = subject
        } else if end < tokens.count, tokens[end].key == "to" {
            return infinitiveContent(after: end, of: c, cues: cues, tokens: tokens, clauses: clauses, parties)
        } else {
            var i = end
            while i < min(tokens.count, end + 6), clauses[i] == clauses[start], !isParty(i),
                  i == end || tokens[i].punctuationBefore == .none || tokens[i].punctuationBefore == .hyphen {
                if tables.heads.contains(tokens[i].key) { head = i; break }
                i += 1
            }
        }
        guard let h = head else { return nil }
        var layers: [Layer] = []
        var i = h - 1
        while i >= max(0, h - 4), tokens[i + 1].punctuationBefore == .none || tokens[i + 1].punctuationBefore == .hyphen,
              !isParty(i), !Self.agreementDeterminers.contains(tokens[i].key) {
            let key = tokens[i].key
            if tables.diplomatic.contains(key) { return nil }
            if let l = tables.layer(of: key), !layers.contains(l) { layers.append(l) }
            i -= 1
        }
        if layers.isEmpty, let provided = providedContent(after: h, tokens: tokens, isParty: isParty) { return provided }
        // (Only a bare noun refers back, or one its parties qualify: "the strategic partnership treaty" is one of
        // its own.)
        if layers.isEmpty, !antecedent.isEmpty, i == h - 1 {
            // (Over the parties that qualify it: "the Ghana-Togo pact".)
            while i >= 0, isParty(i), tokens[i + 1].punctuationBefore == .none || tokens[i + 1].punctuationBefore == .hyphen {
                i -= 1
            }
            if i >= 0, Self.definiteDeterminers.contains(tokens[i].key),
               tokens[i + 1].punctuationBefore == .none || tokens[i + 1].punctuationBefore == .hyphen {
                return antecedent
            }
            // ("…signed an access agreement that allows their forces to train, a pact hailed as …": an agreement
            // set off after one the sentence told renames it.)
            if apposed, i >= 0, tokens[i].key == "a" || tokens[i].key == "an", tokens[i].punctuationBefore == .comma {
                return antecedent
            }
        }
        return layers.isEmpty ? nil : layers
    }

    /// The layers an agreement's own predicate names after its noun at `h`: a relative word ("that", "which")
    /// or a verb of the lexicon's set `PROVISIONS` ("provides", "allows", "formalises") within six words after
    /// the noun, then content words, armed forces or arms within six words after that; no party and no
    /// punctuation between (but a comma before "which" right after the noun). "signed a treaty that provides
    /// mutual defence", "a deal that lets their forces train together", "the accord agreed in March
    /// formalises military cooperation". `nil` when none is named ("an accord that ends the war").
    func providedContent(after h: Int, tokens: [Token], isParty: (Int) -> Bool) -> [Layer]? {
        let tables = agreementTables
        var link: Int?
        var i = h + 1
        while i < min(tokens.count, h + 7), !isParty(i) {
            let key = tokens[i].key
            let opensRelative = key == "that" || key == "which"
            guard tokens[i].punctuationBefore == .none
                    || (i == h + 1 && key == "which" && tokens[i].punctuationBefore == .comma) else { return nil }
            if opensRelative || tables.provisions.contains(key) {
                link = i
                break
            }
            i += 1
        }
        guard let link else { return nil }
        var layers: [Layer] = []
        var k = link + 1
        while k < min(tokens.count, link + 7), !isParty(k),
              tokens[k].punctuationBefore == .none || tokens[k].punctuationBefore == .hyphen {
            let key = tokens[k].key
            if let l = tables.layer(of: key) ?? (tables.armed.contains(key) ? .security : nil), !layers.contains(l) {
                layers.append(l)
            }
            k += 1
        }
        return layers.isEmpty ? nil : layers
    }

    /// Words that make an agreement noun definite, one told before: "the pact", "this accord", "their deal".
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "these", "those", "its", "their"]

    /// The subject of the passive verb starting at `verb`, the word before its auxiliary (``passiveAuxiliaries``):
    /// "pact" in "the pact was signed", "treaty" in "the treaty has been ratified" (a perfect's "been" after
    /// "has", "have" or "had"). `nil` when no auxiliary of the passive stands right before the verb.
    func subjectOfPassive(before verb: Int, tokens: [Token]) -> Int? {
        guard verb >= 2, tokens[verb].punctuationBefore == .none, tokens[verb - 1].punctuationBefore == .none,
              Self.passiveAuxiliaries.contains(tokens[verb - 1]) else { return nil }
        guard tokens[verb - 1].key == "been" else { return verb - 2 }
        guard verb >= 3, tokens[verb - 2].punctuationBefore == .none, Self.perfectAuxiliaries.contains(tokens[verb - 2].key)
        else { return nil }
        return verb - 3
    }

    /// The auxiliaries of a perfect: "has been signed".
    static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// Whether `cue` is a plain agreement, one whose layer its content decides (`agreementLayers`): an `agree`
    /// cue of the diplomatic layer, of cooperation.
    static func isPlainAgreement(_ cue: Lexicon.Cue) -> Bool {
        cue.eventType == "agree" && cue.layer == .diplomatic && cue.polarity == .cooperation
    }

    /// Words that open the noun phrase of an agreement: its qualifiers end there.
    static let agreementDeterminers: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
                                                    "these", "those", "any", "no", "every", "each", "of", "to", "with"]

    /// The layers the infinitive after agreement verb cue `c` names (its "to" at `to`): content words,
    /// armed forces and security or economic cooperation cues among its first six words, up to a party, a
    /// punctuation mark, another clause or a diplomatic cue ("agreed to hold talks on trade" is an
    /// agreement to meet).
    func infinitiveContent(after to: Int, of c: Int, cues: [CueMatch], tokens: [Token], clauses: [Int],
                           _ parties: [Party]) -> [Layer]? {
        let tables = agreementTables
        var layers: [Layer] = []
        var i = to + 1
        while i < min(tokens.count, to + 7), clauses[i] == clauses[to],
              !parties.contains(where: { $0.start <= i && i < $0.end }),
              tokens[i].punctuationBefore == .none || tokens[i].punctuationBefore == .hyphen {
            let cue = cues[(c + 1)...].first { $0.start == i }
            if let cue, cue.cue.layer == .diplomatic { break }
            let key = tokens[i].key
            let named = tables.layer(of: key) ?? (tables.armed.contains(key) ? .security : nil)
                ?? cue.flatMap { $0.cue.polarity == .cooperation ? $0.cue.layer : nil }
            if let l = named, !layers.contains(l) { layers.append(l) }
            i += 1
        }
        return layers.isEmpty ? nil : layers
    }
}

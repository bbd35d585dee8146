import GeoGraph

/// Economic readings: an economic verb form that is a plural noun too ("EU sanctions", "Chinese loans"),
/// firms named with where they are registered ("companies registered in X"), and the goods whose trade
/// a sanction punishes ("sanctioned firms for buying Iranian oil").
extension TieExtractor {
    /// What the economic rules read from the lexicon, made once.
    /// (One object: the direction rules read it in a closure, and a copy of a struct of seven sets
    /// retained each of them for every cue.)
    final class EconomyTables: Sendable {
        /// One-word forms of the economic verbs that a noun cue of the lexicon opens too: "sanctions",
        /// "loans", "supplies", "ban" (the lexicon keeps such a form once, as the verb's).
        let nounVerbForms: Set<String>
        /// The lexicon's sets `EXCHANGED`, `ENERGY` and `MONEY`: what may be given back in an exchange.
        let exchanged: Set<String>
        /// The lexicon's set `FIRMS`: nouns for firms and traders ("companies", "banks", "tankers").
        let firms: Set<String>
        /// The lexicon's set `SEATS`: participles naming where a firm is ("registered", "based").
        let seats: Set<String>
        /// The gerunds of the lexicon's set `DEALINGS` (lemmas of dealing in goods: "buy" → "buying").
        let dealings: Set<String>
        /// The lexicon's set `FINANCED`: the last parts of a hyphenated word naming who paid for a work
        /// ("Chinese-financed", "Gulf-funded").
        let financed: Set<String>
        /// The lexicon's set `WORKS`: infrastructure a party finances in another ("port", "dam", "railway").
        let works: Set<String>

        init(lexicon: Lexicon) {
            let nounHeads = Set(lexicon.cues.filter { !$0.isVerb }.compactMap(\.keys.first))
            // (The lemma and its third person only: a past or a gerund opens phrases, "supplied &WEAPON", not nouns.)
            let plain = Set(lexicon.verbForms.filter { !$0.key.contains(" ") }.flatMap { $0.value.prefix(2) })
            nounVerbForms = Set(lexicon.cues.filter { $0.isVerb && $0.layer == .economic && $0.keys.count == 1 }
                .compactMap(\.keys.first).filter { nounHeads.contains($0) && plain.contains($0) })
            exchanged = Set(["EXCHANGED", "ENERGY", "MONEY"].flatMap { lexicon.sets[$0] ?? [] })
            firms = Set(lexicon.sets["FIRMS"] ?? [])
            seats = Set(lexicon.sets["SEATS"] ?? [])
            financed = Set(lexicon.sets["FINANCED"] ?? [])
            works = Set(lexicon.sets["WORKS"] ?? [])
            dealings = Set((lexicon.sets["DEALINGS"] ?? []).compactMap { lemma in
                let forms = Morphology.inflections(of: lemma)
                return forms.count > 2 ? forms[2] : nil
            })
        }
    }

    /// Whether economic verb cue `cue` is the noun of its form: one of
    /// `EconomyTables.nounVerbForms` with no party right after it (over an article). "Belarus faces EU
    /// sanctions", "Syria remains under Western sanctions": the noun, owned by the party before it, whose
    /// patient is the clause's subject; "Washington sanctions Russian banks" keeps the verb.
    func readsAsNoun(_ cue: CueMatch, _ tokens: [Token], mentions: [ActorMatcher.Mention]) -> Bool {
        guard cue.cue.isVerb, cue.cue.keys.count == 1, let form = cue.cue.keys.first,
              economyTables.nounVerbForms.contains(form) else { return false }
        var object = cue.end
        while object < tokens.count, Self.articles.contains(tokens[object]) { object += 1 }
        return !mentions.contains { $0.start == object }
    }

    /// Whether the word `lead` ("in") introduces where firms are: right after a noun of `FIRMS`, or after
    /// one of `SEATS` right after such a noun ("three banks in X", "two companies registered in X"). Such
    /// a place is the economic cue's object, however far it lies ("sanctioned a network of shipping firms
    /// in X").
    /// (Static, with the tables as an argument: read inside a closure of `directions`, a method would
    /// copy the whole extractor into the closure for each cue.)
    static func seatsFirms(_ lead: Int?, _ tokens: [Token], tables: EconomyTables) -> Bool {
        guard let lead, lead >= 1, tokens[lead].key == "in", tokens[lead].punctuationBefore == .none else { return false }
        var noun = lead - 1
        if tables.seats.contains(tokens[noun].key) {
            guard noun >= 1, tokens[noun].punctuationBefore == .none else { return false }
            noun -= 1
        }
        return tables.firms.contains(tokens[noun].key)
    }

    /// The party whose goods sanction cue `c` punishes dealing in: "for" or "of" and a gerund of
    /// `DEALINGS` in the cue's clause, then a demonym a word or two on before a lowercase noun
    /// ("sanctioned six firms for buying Iranian oil", "firms accused of moving Venezuelan crude"). The
    /// sanctioner acts on that party too.
    func dealtGoodsOwner(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party], clauses: [Int]) -> Party? {
        let (cue, start, end) = cues[c]
        guard cue.eventType == "sanction", cue.polarity == .tension, !economyTables.dealings.isEmpty else { return nil }
        var k = end
        while k + 2 < tokens.count, k < end + 14, clauses[k] == clauses[start] {
            let key = tokens[k].key
            // ("a network of shipping firms in X accused of moving Iranian oil": a gerund naming no owner
            // is passed over.)
            if key == "for" || key == "of", economyTables.dealings.contains(tokens[k + 1].key),
               let owner = parties.first(where: { p in
                   p.isDemonym && p.start >= k + 2 && p.start <= k + 3 && p.end < tokens.count
                       && (k + 1...p.start).allSatisfy { tokens[$0].punctuationBefore == .none }
                       && (k + 2..<p.start).allSatisfy { !tokens[$0].isCapitalised }
                       && !tokens[p.end].isCapitalised && tokens[p.end].punctuationBefore == .none
               }) {
                return owner
            }
            k += 1
        }
        return nil
    }

    /// Adds to `pairs` a tie from each source of the cue's directed pairs to `owner` (the owner of the goods
    /// whose trade is sanctioned), once each.
    static func addGoodsOwner(_ owner: Party, to pairs: inout [(Party, Party, Bool)]) {
        var sources: [Party] = []
        for (s, t, mutual) in pairs where !mutual && s.actor != owner.actor && t.actor != s.actor
            && !sources.contains(where: { $0.actor == s.actor }) {
            sources.append(s)
        }
        for s in sources where !pairs.contains(where: { $0.0.actor == s.actor && $0.1.actor == owner.actor }) {
            pairs.append((s, owner, false))
        }
    }

    /// The works a party named in a hyphenated word paid for ("a Chinese-financed port in X", "Kenya opened
    /// a Gulf-funded railway"): a noun of `WORKS` right after a word ending in one of `FINANCED`, a
    /// lowercase modifier allowed between ("a Chinese-financed deep-water port"), is an investment by
    /// that party (type `invest`, directed) in the place after it or the clause's subject. A cue the
    /// noun is already ("railway", a trade noun) gives way to it.
    func financedWorks(_ tokens: [Token], into found: inout [CueMatch]) {
        guard !economyTables.works.isEmpty else { return }
        for i in tokens.indices where tokens[i].isHyphenatedName {
            guard let suffix = tokens[i].lower.split(separator: "-").last,
                  economyTables.financed.contains(String(suffix)) else { continue }
            var noun = i + 1
            while noun < min(tokens.count, i + 3), !economyTables.works.contains(tokens[noun].key) { noun += 1 }
            guard noun < tokens.count, noun <= i + 2, economyTables.works.contains(tokens[noun].key),
                  (i + 1...noun).allSatisfy({ tokens[$0].punctuationBefore == .none && !tokens[$0].isCapitalised })
            else { continue }
            let cue = Lexicon.Cue(form: tokens[noun].key, keys: [tokens[noun].key], layer: .economic,
                                  polarity: .cooperation, strength: 0.6, isSymmetric: false, eventType: "invest")
            found.removeAll { $0.start <= noun && noun < $0.end }
            let at = found.firstIndex { $0.start > noun } ?? found.count
            found.insert((cue, noun, noun + 1), at: at)
        }
    }

    /// Verb lemmas that refuse only goods: a form of one is a refusal (`reject`) only when it halts a flow
    /// of goods (`refusesFlow`): "blocked Estonian goods" is economic tension, while ships that "blocked"
    /// boats, or a bid "blocked" (the lexicon's phrases "blocked a resolution" aside), are no refusal by it.
    static let flowOnlyLemmas = ["block"]

    /// Whether reject cue `c` is a form of one of `flowOnlyLemmas` that halts no flow of goods.
    func refusesNoFlow(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let cue = cues[c].cue
        guard cue.isVerb, cue.eventType == "reject", cue.keys.count == 1, let form = cue.keys.first,
              Self.flowOnlyLemmas.contains(where: { lexicon.verbForms[$0]?.contains(form) == true }) else { return false }
        return !refusesFlow(c, of: cues, tokens: tokens, clauses: clauses)
    }

    /// Whether sanction noun `c` is what a verb of stance right before it rejects or condemns, with no party
    /// owning it between ("Beijing rejected what it called unilateral sanctions", "Minsk criticised the
    /// sanctions against Moscow"): the subject speaks of the penalty and imposes none, so the noun ties
    /// nobody (the stance is its own tie). An owner named before the noun keeps it ("condemned EU sanctions").
    func isSpokenOfPenalty(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party], clauses: [Int]) -> Bool {
        let (cue, start) = (cues[c].cue, cues[c].start)
        guard !cue.isVerb, cue.eventType == "sanction", c > 0 else { return false }
        let verb = cues[c - 1]
        guard verb.cue.isVerb, Self.spokenStances.contains(verb.cue.eventType ?? ""), verb.end <= start,
              start - verb.end <= 5, clauses[verb.end < start ? verb.end : start] == clauses[start] else { return false }
        return !parties.contains { $0.start >= verb.end && $0.start < start }
    }

    /// The stances whose object a penalty noun may be without being imposed by the subject.
    static let spokenStances: Set<String> = ["reject", "protest", "oppose", "accuse"]

    /// Whether reverse supply verb cue `c` ("depend on", "rely on") reaches its first party only past a
    /// participle that names another act ("depend on rivers flowing from the Kyrgyz mountains", "relied on
    /// drones bought from X"): what is depended on is the thing, and the party is the participle's, so the
    /// cue ties nobody ("depend on gas from Russia" keeps its object).
    func dependsPastParticiple(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party]) -> Bool {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.isVerb, cue.isReverse, cue.eventType == "supply",
              let object = parties.first(where: { $0.start >= end }) else { return false }
        let pasts = lexicon.pasts
        return (end..<object.start).contains { i in
            let key = tokens[i].key
            return !tokens[i].isCapitalised && ((key.count > 5 && key.hasSuffix("ing")) || Self.isPast(tokens[i], pasts: pasts))
        }
    }

    /// Whether the words between a verb cue's end and `lead` ("in") are an amount of money (a number and
    /// the lexicon's amount words): "invest 35 billion dollars in X" makes X the verb's object, however far.
    static func amountBefore(_ lead: Int?, after end: Int, _ tokens: [Token]) -> Bool {
        guard let lead, lead > end, tokens[lead].key == "in" else { return false }
        var number = false
        for i in end..<lead {
            let key = tokens[i].key
            if key.first?.isNumber == true { number = true } else if !Lexicon.amountWords.contains(key) { return false }
        }
        return number
    }

    /// Whether the word `lead` ("in") comes right after a noun of `WORKS` that follows an investment verb cue
    /// (its article and modifiers at most between): "is building a nuclear plant in X", "built two ports in Y"
    /// make the place the builder's investment, however far it lies.
    static func worksBefore(_ lead: Int?, after end: Int, _ tokens: [Token], tables: EconomyTables) -> Bool {
        guard let lead, lead > end, lead - end <= 5, tokens[lead].key == "in", tables.works.contains(tokens[lead - 1].key)
        else { return false }
        return (end..<(lead - 1)).allSatisfy { !tokens[$0].isCapitalised && tokens[$0].punctuationBefore == .none }
    }

    /// The words "in exchange for" (or "in return for") after directed cooperation cue `c` in its clause,
    /// when what is given back — a word of `EXCHANGED`, `ENERGY` or `MONEY` within three words — is goods
    /// or money: "provided Russia with shells in exchange for food and fuel" makes the recipient the
    /// giver's supplier too (economic cooperation, `supply`). Else `nil`.
    func exchangedGoods(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> String? {
        let (cue, start, end) = cues[c]
        guard cue.polarity == .cooperation, !cue.isSymmetric, !economyTables.exchanged.isEmpty else { return nil }
        var k = end
        while k + 3 < tokens.count, k < end + 16, clauses[k] == clauses[start] {
            if tokens[k].key == "in", tokens[k + 1].key == "exchange" || tokens[k + 1].key == "return",
               tokens[k + 2].key == "for" {
                let goods = (k + 3..<min(tokens.count, k + 6)).contains { economyTables.exchanged.contains(tokens[$0].key) }
                return goods ? "in \(tokens[k + 1].key) for" : nil
            }
            // (Another cooperation verb's exchange is its own: "sent aid and signed a deal in exchange for …".)
            if k > end, cues.contains(where: { $0.start == k && $0.cue.isVerb && $0.cue.polarity == .cooperation }) { return nil }
            k += 1
        }
        return nil
    }
}

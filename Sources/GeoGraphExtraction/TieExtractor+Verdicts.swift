import GeoGraph

/// Verdicts a party passes on an act by naming it: "Lima called the pact signed by Quito and Bogota null
/// and void", "Hanoi said the Sino-Lao accord was illegal", "…, a step that Accra called a provocation".
/// The speaker takes a stance against the act's parties; it is not a party to the act itself.
extension TieExtractor {
    /// Verbs that name an act with a verdict after it ("called X a provocation", "described X as illegal").
    static let namingVerbs: WordSet = ["called", "calls", "call", "calling", "termed", "terms", "branded", "brands",
                                       "labelled", "labeled", "labels", "described", "describes", "declared", "declares",
                                       "deemed", "deems"]
    /// Verbs of saying after which a verdict needs a copula ("said the deal was illegal").
    static let verdictSayings: WordSet = ["said", "says", "stated", "insisted", "insists", "argued", "argues"]
    /// Copulas between the act and its verdict in reported speech.
    static let verdictCopulas: WordSet = ["was", "is", "were", "are", "be", "remained", "remains"]

    /// The articles that may open a verdict ("a provocation").
    static let indefiniteArticles: WordSet = ["a", "an"]
    /// The relative words that open a speaker's clause after a summing-up noun (", a step that X called …").
    static let summaryRelatives: WordSet = ["that", "which"]

    /// Prepositions that, inside a judged act, lead one of its parties ("signed by X", "the deal between X and Y").
    static let verdictPartyLeads: Set<String> = ["by", "between", "with"]
    /// Nouns that, before "of", name the party itself ("the breakaway region of X", "the government of Y").
    static let verdictPartyNouns: WordSet = ["region", "republic", "province", "territory", "enclave", "government",
                                             "authorities", "state", "regime", "junta"]

    /// Whether the sentence may pass a verdict: it holds a naming verb or a verb of saying, and the first
    /// word of a phrase of `VERDICTS` (by word code, no string compared).
    func mayPassVerdict(_ tokens: [Token]) -> Bool {
        let firsts = verdictFirstWords
        return tokens.contains { firsts.contains($0) }
            && tokens.contains { Self.namingVerbs.contains($0) || Self.verdictSayings.contains($0) }
    }

    /// A verdict found in a sentence: where its verb and the speaker's group lie, the act named between
    /// them (`act`, maybe empty) and the verdict's own words (`verdict`).
    struct Verdict {
        var speaker: Range<Int>
        var verb: Int
        var act: Range<Int>
        var verdict: Range<Int>
    }

    /// The verdicts of the sentence: a naming verb (`namingVerbs`), or a verb of saying with a copula, then
    /// within twelve words, in one stretch without punctuation but quotes, a phrase of the lexicon's set `VERDICTS`
    /// ("null and void", "a provocation"; an article and up to two plain words may open it; "as" may come
    /// before). The act is what lies between the verb and the verdict; the speaker is the last group of
    /// parties before the verb that no preposition leads. A negation between speaker and verb: no verdict.
    /// The caller asks `mayPassVerdict(_:)` first (once per sentence: its screen of sentences with no cue asks it too).
    /// - Complexity: O(words × verdict phrases) per sentence holding a naming verb.
    func findVerdicts(tokens: [Token], grouped: [Party], groups: [Range<Int>], _ words: SentenceWords) -> [Verdict] {
        let phrases = verdictPhrases, firsts = verdictFirstWords
        var found: [Verdict] = []
        for v in tokens.indices where Self.namingVerbs.contains(tokens[v]) || Self.verdictSayings.contains(tokens[v]) {
            let naming = Self.namingVerbs.contains(tokens[v])
            // The verdict phrase: the first one within twelve words, no punctuation before it.
            var verdict: Range<Int>?
            var k = v + 1
            while k < min(tokens.count, v + 14), verdict == nil {
                // (Quotes may set off the verdict: 'called the raid "an authoritarian act"'.)
                if k > v + 1, ![.none, .hyphen, .quote].contains(tokens[k].punctuationBefore) { break }
                guard firsts.contains(tokens[k]) else { k += 1; continue }
                for p in phrases where k + p.count <= tokens.count
                    && zip(p, tokens[k..<(k + p.count)]).allSatisfy({ $0 == $1.key }) {
                    verdict = k..<(k + p.count)
                    break
                }
                k += 1
            }
            guard let verdict else { continue }
            // The act ends before the verdict's article (and up to two plain words), "as" or the copula.
            var actEnd = verdict.lowerBound
            if let a = (max(v + 1, actEnd - 3)..<actEnd).last(where: { Self.indefiniteArticles.contains(tokens[$0]) }),
               (a + 1..<actEnd).allSatisfy({ !tokens[$0].isCapitalised }),
               !grouped.contains(where: { $0.start > a && $0.start < actEnd }) {
                actEnd = a
            }
            var copula = false
            if actEnd > v + 1, Self.verdictCopulas.contains(tokens[actEnd - 1]) { actEnd -= 1; copula = true }
            if actEnd > v + 1, tokens[actEnd - 1].key == "as" { actEnd -= 1 }
            guard naming || copula else { continue }
            // "The decision, described by Seoul as selfish, …": a passive names its speaker after "by"; the act
            // is the fronted noun (`frontedVerdictOwners`).
            if naming, v + 2 < tokens.count, tokens[v + 1].key == "by", let g = groups.first(where: { g in
                !g.isEmpty && grouped[g.lowerBound].start > v + 1 && grouped[g.upperBound - 1].end <= actEnd
                    && (v + 2..<grouped[g.lowerBound].start).allSatisfy { tokens[$0].key == "the" || words.on($0, .titles) }
            }) {
                found.append(Verdict(speaker: g, verb: v, act: v..<v, verdict: verdict))
                continue
            }
            // The speaker: the last group before the verb not led by a preposition, no negation after it, and
            // not inside a subject relative clause set off before the verb ("X, which accuses Y of hosting Z
            // soldiers, called …" is X's verdict; in ", which the Z minister called …" Z speaks).
            let relativeClause: Range<Int>? = (0..<max(0, v - 1)).last { i in
                tokens[i].punctuationBefore == .comma && words.on(i, .relatives) && !tokens[i + 1].isCapitalised
                    && !words.on(i + 1, [.titles, .determiners])
            }.flatMap { r in (r + 1...v).last { tokens[$0].punctuationBefore == .comma }.map { r..<$0 } }
            guard let g = groups.last(where: { g in
                guard !g.isEmpty, grouped[g.upperBound - 1].end <= v else { return false }
                if let relativeClause, relativeClause.contains(grouped[g.lowerBound].start) { return false }
                var i = grouped[g.lowerBound].start - 1
                while i >= 0, words.on(i, [.titles, .determiners]) { i -= 1 }
                return i < 0 || !words.on(i, [.objectWords, .placeWords])
            }) else { continue }
            let speakerEnd = grouped[g.upperBound - 1].end
            guard !(speakerEnd..<v).contains(where: { words.on($0, .negations) || Self.endsInNot(tokens[$0].key) }) else { continue }
            found.append(Verdict(speaker: g, verb: v, act: (v + 1)..<max(v + 1, actEnd), verdict: verdict))
        }
        return found
    }

    /// Ties of each verdict's speaker against the act's parties: those named inside the act ("the pact signed
    /// by Quito and Bogota", "the Sino-Lao accord"), else, when the verdict sums up the clause before
    /// (", a step that Accra called a provocation": a noun of the lexicon's set `SUMMARIES` set off by a
    /// comma, the speaker's relative clause after it), the parties that open the sentence or the clause
    /// after a clause break. Diplomatic tension (a protest), never from the speaker to itself. Cues in a
    /// verdict's own words ("an act of war") are removed from `cues`; each tie's ends go to `ends`.
    func verdictStances(_ verdicts: [Verdict], cues: inout [CueMatch], grouped: [Party], groups: [Range<Int>],
                        tokens: [Token], _ words: SentenceWords, context: CodedContext, extras: [String],
                        ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for verdict in verdicts {
            let speakers = onePerActor(grouped[verdict.speaker], extras: extras).map(\.actor)
            // (A party after a preposition is the act's patient or scene, not its party: "the strikes on X".
            // "by" names the agents, "between" and "with" the parties of a mutual act, and "of" after a noun
            // of `verdictPartyNouns` the party itself: "signed by X and the breakaway region of Y".)
            let agents = grouped.filter { p in
                guard verdict.act.contains(p.start) else { return false }
                var i = p.start - 1
                while i >= verdict.act.lowerBound, words.on(i, [.titles, .determiners]) { i -= 1 }
                guard i >= verdict.act.lowerBound, words.on(i, [.objectWords, .placeWords]) else { return true }
                let lead = tokens[i].key
                return Self.verdictPartyLeads.contains(lead)
                    || (lead == "of" && i > 0 && Self.verdictPartyNouns.contains(tokens[i - 1]))
            }
            var targets = onePerActor(agents[...], extras: extras).map(\.actor)
            if verdict.act.isEmpty, tokens[verdict.verb + 1].key == "by" {
                targets = frontedVerdictOwners(verdict, cues: cues, tokens: tokens, context: context)
            } else if targets.isEmpty, let owners = summedUpOwners(before: verdict.speaker, grouped: grouped, groups: groups,
                                                                   tokens: tokens, words) {
                targets = onePerActor(grouped[owners], extras: extras).map(\.actor)
            }
            targets.removeAll(where: speakers.contains)
            guard !targets.isEmpty else { continue }
            cues.removeAll { verdict.verdict.contains($0.start) }
            let words = tokens[verdict.verdict].map(\.text).joined(separator: " ")
            for s in speakers {
                for t in targets {
                    ends.append((s, t))
                    found.append(Found(source: actors.id(s, extras: extras), target: actors.id(t, extras: extras),
                                       layer: .diplomatic, polarity: .tension, strength: 0.6, isSymmetric: false,
                                       cues: [tokens[verdict.verb].text, words], confidence: 0.8, eventType: "protest"))
                }
            }
        }
        return found
    }

    /// The group whose act the speaker's relative clause judges when the act names no party: after a noun of
    /// `SUMMARIES` set off by a comma (", a step that X called …": an article before the noun, an adjective
    /// between allowed), or after ", which" standing for the clause before the comma (", which X called …"),
    /// the clause's subject, the group that opens the sentence or follows a clause break; after ", which"
    /// right behind a group, that group. Between "that" or "which" and the speaker only "the", titles and
    /// the words of parties ("which the Chilean defence minister, Ana Soto, called …"). `nil` when the shape
    /// does not hold.
    func summedUpOwners(before speaker: Range<Int>, grouped: [Party], groups: [Range<Int>], tokens: [Token],
                        _ words: SentenceWords) -> Range<Int>? {
        let nouns = referenceTables.summaryNouns
        let first = grouped[speaker.lowerBound].start
        // The relative pronoun, over the speaker's titles and the parties of its name.
        var n = first - 1
        while n >= 0, n >= first - 8, !Self.summaryRelatives.contains(tokens[n]),
              tokens[n].key == "the" || words.on(n, .titles) || grouped.contains(where: { $0.start <= n && n < $0.end }) {
            n -= 1
        }
        let relative = n >= 1 && Self.summaryRelatives.contains(tokens[n])
        if relative {
            n -= 1
        } else {
            n = first - 1
            if n >= 0, tokens[n].key == "the" { n -= 1 }
        }
        let opening = { (limit: Int) in
            groups.last { g in
                guard !g.isEmpty, grouped[g.upperBound - 1].end <= limit else { return false }
                var s = grouped[g.lowerBound].start
                if s > 0, tokens[s - 1].key == "the", tokens[s].punctuationBefore == .none { s -= 1 }
                return s == 0 || tokens[s].punctuationBefore == .clauseBreak
            }
        }
        // ", which X called a provocation": the clause before the comma, or the group right before it.
        if relative, tokens[n + 1].key == "which", tokens[n + 1].punctuationBefore == .comma {
            if let g = groups.last(where: { !$0.isEmpty && grouped[$0.upperBound - 1].end == n + 1 }) { return g }
            return opening(n + 1)
        }
        guard n >= 1, nouns.contains(tokens[n]) else { return nil }
        var article = n - 1
        if article >= 1, !Self.summaryArticles.contains(tokens[article].key), !tokens[article].isCapitalised,
           tokens[article].punctuationBefore == .none { article -= 1 }
        guard article >= 1, Self.summaryArticles.contains(tokens[article].key), tokens[article].punctuationBefore == .comma
        else { return nil }
        return opening(article)
    }

    /// The parties doing the act a passive verdict judges when a fronted event noun opens the sentence ("The
    /// decision, described by Seoul as selfish, …", "The raids, called a provocation by …" is not read): "The",
    /// a noun (a lexicon noun cue, or a noun of `EVENTS`), a comma and the naming verb; the noun stands for
    /// the one or two parties doing an event of its type in the previous sentence (`Context.events`), as in
    /// `frontedEventStances`. Empty when the shape does not hold.
    func frontedVerdictOwners(_ verdict: Verdict, cues: [CueMatch], tokens: [Token], context: CodedContext) -> [Int] {
        guard verdict.verb == 2, !context.events.isEmpty, tokens[0].key == "the", tokens[1].punctuationBefore == .none,
              !tokens[1].isCapitalised, tokens[2].punctuationBefore == .comma else { return [] }
        let generic = referenceTables.genericEventNouns.contains(tokens[1])
        guard let type = generic ? Self.anyEvent : cues.first(where: { $0.start == 1 && !$0.cue.isSymmetric })?.cue.eventType
        else { return [] }
        return Self.eventOwners(of: type, in: context)
    }

    /// The one or two parties doing an event of type `type` in the previous sentence. A noun naming an event
    /// without its type (`anyEvent`: "the move", "the decision") that the previous sentence leaves unowned
    /// stands for the agent of the nearest of the two sentences of the paragraph before it that has one (`CodedContext.earlier`: "A cut its output. B was granted a larger
    /// quota. C criticised the decision" is A's decision); a typed noun is read in the previous sentence only
    /// (an event of its type further back is as often another party's) unless `readsEarlier` (an accusation:
    /// `accusationOwner`). Empty for none or more.
    static func eventOwners(of type: String, in context: CodedContext, readsEarlier: Bool = false) -> [Int] {
        var owners: [Int] = []
        for e in context.events where e.type == type && !owners.contains(e.owner) { owners.append(e.owner) }
        if owners.isEmpty, readsEarlier || type == anyEvent,
           let back = context.earlier.lazy.filter({ $0.type == type }).map(\.back).min() {
            for e in context.earlier where e.back == back && e.type == type && !owners.contains(e.owner) {
                owners.append(e.owner)
            }
        }
        return (1...2).contains(owners.count) ? owners : []
    }

    /// Drops from `pairs` the ties of cue `c` named inside a verdict's act that make a party named before the
    /// verdict's verb its agent (one-sided from it, or mutual with it): the speaker of "called the pact signed
    /// by X and Y null and void" is no party to the pact, as an objector is no agent (`dropObjectors`).
    func dropVerdictSpeakers(cue c: Int, of cues: [CueMatch], _ verdicts: [Verdict], pairs: inout [(Party, Party, Bool)]) {
        guard let verdict = verdicts.first(where: { $0.act.contains(cues[c].start) }) else { return }
        // (It may be the act's target: "Hanoi called the Chinese tariffs unfair" keeps china -> vietnam.)
        pairs.removeAll { s, t, mutual in s.start < verdict.verb || (mutual && t.start < verdict.verb) }
    }
}

/// Who does what to whom: the direction rules that turn one cue and the sentence's party groups into
/// (source, target, symmetric) triples.
extension TieExtractor {
    /// Words after which a party is the scene ("in Kazakhstan"): it may be acted on, but does not act.
    static let placeWords: WordSet = ["in", "at", "near", "outside", "across", "inside", "around", "within",
                                          "throughout"]

    /// Prepositions whose object is acted on or is the scene, not the subject of a later cue.
    static let objectWords: WordSet = ["to", "with", "between", "for", "against", "toward", "towards", "over",
                                           "into", "from", "of", "on", "about", "beyond", "among", "amongst", "like",
                                           "than", "via", "through", "during", "amid", "amidst", "unlike", "despite"]

    static let relatives: WordSet = ["which", "who", "whose"]
    static let auxiliaries: WordSet = ["could", "would", "will", "may", "might", "should", "can", "must", "has", "have",
                                           "had", "is", "was", "were", "are", "does", "did"]
    /// Verbs of a party speaking about another: "Medvedev said Kazakhstan was an artificial state".
    static let speechVerbs: WordSet = ["said", "says", "called", "calls", "declared", "declares", "stated", "claimed",
                                           "claims", "announced", "suggested", "insisted", "argued"]
    /// The event types a speaker performs by speaking of a party ("called Y an artificial state").
    static let verbalTypes: Set<String> = ["protest", "accuse", "oppose", "support", "reject", "coerce"]
    /// Words that open a new clause: a cue's object does not lie beyond them.
    static let clauseBreaks: WordSet = ["while", "whereas", "although", "though", "but", "because", "whilst", "similar"]
    /// A cue introduced by one of these is a circumstance ("amid the war in Ukraine"): only its own
    /// owner or agent acts in it, not the sentence's subject.
    static let circumstances: WordSet = ["amid", "amidst", "during", "despite", "after", "before", "since", "following",
                                             "over"]
    // The short word lists of the direction rules, made once (a literal in a rule is an array per use).
    static let determinerWords: WordSet = ["a", "all", "their", "its", "some", "several", "many", "most"]
    static let sceneOrPointerWords = placeWords.union(["from", "to"])
    static let clauseJoins: WordSet = ["and", "but"]
    static let objectCueEnds = ["with", "to", "between"]
    static let withinLeads: WordSet = ["between", "of", "among", "included", "including", "involving"]
    static let mutualWords: WordSet = ["with", "and"]
    static let mutualLeads: WordSet = ["with", "between", "and"]
    /// Words that make a compound subject's verb reciprocal ("each expelled", "expelled each other's").
    static let eachWords: WordSet = ["each"]
    /// Envoys a verb may act on with no owner named ("expelled six diplomats"): a compound subject's own.
    static let envoyNouns: WordSet = ["diplomats", "envoys", "ambassadors", "diplomat", "envoy", "ambassador"]
    /// "on the border with Afghanistan" names a place, not a partner.

    /// The (source, target, symmetric) triples cue `c` of `cues` states, in rule order:
    /// 1. "between A and B" — a mutual tie inside the group;
    /// 2. passive "by X" — X acts on the party before the cue (or, with none, on the next one after X);
    /// 3. a party right before the cue is its owner and agent ("Russian bases in Tajikistan",
    ///    "Chinese investments"): it acts on the next party, else on the subject before it;
    /// 4. a symmetric cue after a compound subject ("Russia and China conduct joint exercises")
    ///    ties the subject's members, not the scene that follows;
    /// 5. otherwise the nearest party before the cue that is not a place ("in Kazakhstan") acts on the
    ///    first party after it; "with X", "and X" make the tie mutual;
    /// 6. "Turkey, an important NATO member": a cue right after the second of two parties.
    /// A `reverse` cue ("owe", "dependence on") swaps source and target of directed ties.
    ///
    /// The groups are ranges of `parties` (``groups(_:_:_:into:joins:groups:)``), `earlier` a prefix of them
    /// (the groups' last ends increase); the triples go to `pairs` (emptied first).
    /// - Complexity: O(groups) per cue.
    func directions(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], membership: Bool,
                    start: Int, end: Int, groups: [Range<Int>], _ parties: [Party], tokens: [Token],
                    _ words: SentenceWords, clauses: [Int], extras: [String], mediation: Bool = false,
                    into pairs: inout [(Party, Party, Bool)]) {
        if !pairs.isEmpty { pairs.removeAll(keepingCapacity: true) }
        // The cue read in place (a copy would retain its strings). A mediation ("brokered by X") is the
        // mediator's act on each party, not a mutual relation.
        let isSymmetric = cues[c].cue.isSymmetric && !mediation, isReverse = cues[c].cue.isReverse
        let count = tokens.count
        @inline(__always) func firstStart(_ g: Int) -> Int { parties[groups[g].lowerBound].start }
        @inline(__always) func lastEnd(_ g: Int) -> Int { parties[groups[g].upperBound - 1].end }
        @inline(__always) func size(_ g: Int) -> Int { groups[g].count }
        /// Whether the group lies in the cue's clause (`ClauseSplitter`): a tie joins only parties of one clause.
        let cueClause = clauses[start]
        @inline(__always) func inClause(_ g: Int) -> Bool { clauses[firstStart(g)] == cueClause }
        /// Whether the word right before the group is one of `lists` (`false` at the sentence's start).
        func preceded(_ g: Int, by lists: TieWords.Lists) -> Bool {
            let i = firstStart(g) - 1
            return i >= 0 && words.on(i, lists)
        }
        /// Whether the word right before the group is one of `lists` ("with", "and") that makes a directed
        /// cue mutual ("clashed with X"): not when it is a support verb's own last word ("stands with X",
        /// "sided with X" are the subject's support of X, one-sided).
        func ledMutually(_ g: Int, by lists: TieWords.Lists) -> Bool {
            // (Nor is a blockade's: "closed its border with X" is the closer's act on X.)
            preceded(g, by: lists) && !(cues[c].cue.isVerb && ["support", "blockade"].contains(cues[c].cue.eventType ?? "")
                                        && firstStart(g) == end)
        }
        /// Whether the word right before the group is `word`.
        func word(before g: Int, is word: TieWords.Word) -> Bool {
            let i = firstStart(g) - 1
            return i >= 0 && words.is(i, word, in: tokens)
        }
        // The word that introduces a group, over titles and articles: "by the president of Kyrgyzstan".
        func leadIndex(_ g: Int) -> Int? {
            var i = firstStart(g) - 1
            while i >= 0, words.on(i, [.titles, .determiners]) { i -= 1 }
            return i >= 0 ? i : nil
        }
        func lead(_ g: Int, is word: TieWords.Word) -> Bool {
            leadIndex(g).map { words.is($0, word, in: tokens) } ?? false
        }
        /// Whether the group's lead word is one of `lists` (`false` when it has none).
        func led(_ g: Int, by lists: TieWords.Lists) -> Bool { leadIndex(g).map { words.on($0, lists) } ?? false }
        func isPlace(_ g: Int) -> Bool { led(g, by: .placeWords) }
        /// Whether the group is two or more parties named in one hyphenated word ("Russia-Ukraine") or
        /// joined by hyphens ("U.S.-Iraq").
        func isHyphenPair(_ g: Int) -> Bool {
            guard size(g) >= 2 else { return false }
            let members = parties[groups[g]]
            return zip(members, members.dropFirst()).allSatisfy { a, b in
                (b.start == a.start && tokens[a.start].isHyphenatedName) || (b.start == a.end && b.start < count && [.hyphen, .plus].contains(tokens[b.start].punctuationBefore))
            }
        }
        // "X and the presidents of A, B and C held bilateral meetings": each meeting has two sides, the
        // one named first and each of the others; the others do not meet one another.
        let bilateral = cues[c].cue.keys.contains("bilateral") || (start > 0 && tokens[start - 1].key == "bilateral")
        func within(_ g: Int) {
            let members = onePerActor(parties[groups[g]], extras: extras)
            if bilateral {
                // "Trump and the presidents of A, B and C": the party before "and the … of" meets each.
                let first = parties[groups[g].lowerBound]
                if g > 0 {
                    let host = parties[groups[g - 1].upperBound - 1]
                    let gap = host.end..<first.start
                    if (2...5).contains(gap.count), words.is(gap.lowerBound, .and, in: tokens),
                       words.is(gap.upperBound - 1, .of, in: tokens) {
                        for m in members where m.actor != host.actor { pairs.append((host, m, true)) }
                        return
                    }
                }
                if members.count >= 3 {
                    for m in members where m.actor != first.actor { pairs.append((first, m, true)) }
                    return
                }
            }
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { pairs.append((a, b, true)) } }
        }
        func link(_ sources: Int, _ targets: Int, mutual: Bool) {
            // A group of one is its own one party per actor.
            if size(sources) == 1 && size(targets) == 1 {
                pairs.append((parties[groups[sources].lowerBound], parties[groups[targets].lowerBound], mutual))
                return
            }
            let ts = onePerActor(parties[groups[targets]], extras: extras)
            for s in onePerActor(parties[groups[sources]], extras: extras) {
                for t in ts { pairs.append((s, t, mutual)) }
            }
        }
        // Phrases set off after a party ("Chad, supported by France, attacked Sudan"): a party inside one
        // that closes before the cue does not act in it; a cue inside one has its object there.
        let setOff = tokens.count > 3 ? appositions(groups, parties, tokens, words) : []
        let cueSpan = setOff.first { $0.span.contains(start) }
        @inline(__always) func setOffBefore(_ g: Int) -> Bool {
            setOff.contains { $0.span.contains(firstStart(g)) && $0.span.upperBound <= start }
        }
        var earlierCount = 0
        while earlierCount < groups.count, lastEnd(earlierCount) <= start { earlierCount += 1 }
        let earlier = 0..<earlierCount
        // The cue's object: the first party after it, in its clause ("an external threat, while Russia ...
        // is another clause"), not a far-off scene ("coerces them ... at the UN General Assembly") and not
        // a place phrase ("on the border with Afghanistan").
        // An infinitive after the cue ("a partnership to defeat X") is a predicate of its own, with its
        // own object: the cue's object lies before it.
        let infinitive = c + 1 < cues.count && cues[c + 1].start > end && words.is(cues[c + 1].start - 1, .to, in: tokens)
        // A participle clause after a comma ("vetoed the resolution, drawing criticism from France") has
        // its own object: the cue's lies before it.
        let participle = (end..<count).first { i in
            tokens[i].punctuationBefore == .comma && !tokens[i].isCapitalised && tokens[i].key.count > 5
                && tokens[i].key.hasSuffix("ing") && !Self.objectParticiples.contains(tokens[i].key)
        }
        // "X retakes the town as Y turns away from Z": "as", a party and a verb (a cue or an auxiliary) open
        // a clause of their own.
        let asClause = groups.indices.first { g in
            firstStart(g) > end && word(before: g, is: .as) && lastEnd(g) < count
                && (words.on(lastEnd(g), .auxiliaries) || cues.contains { $0.cue.isVerb && $0.start == lastEnd(g) })
        }.map { firstStart($0) - 1 }
        // "condemned the raids and said …", "cut the junta's revenue, and urged Bangkok …": after its own
        // object, "and" and a verb (a past form, a cue's verb, "said") open a predicate of their own, where
        // the cue's object is not ("condemned and sanctioned X", with nothing between, shares it).
        // (The pasts read through a local: a closure over `self` copied the whole extractor for each cue.)
        let pasts = lexicon.pasts
        let andVerb = (min(end + 1, count)..<count).first { k in
            guard words.is(k, .and, in: tokens), !groups.indices.contains(where: { firstStart($0) >= end && firstStart($0) < k })
            else { return false }
            var v = k + 1
            if v < count, Self.predicateAdverbs.contains(tokens[v]) { v += 1 }
            guard v < count, tokens[v].punctuationBefore == .none, !tokens[v].isCapitalised else { return false }
            return Self.isPast(tokens[v], pasts: pasts) || Self.reportingVerbs.contains(tokens[v].key)
                || cues.contains { $0.cue.isVerb && $0.start == v }
        }
        // "faces an EU ban on its oil and a bid by Canada to …": after a nominal cue, "and" and an
        // indefinite article open a noun phrase of its own, whose parties ("by Canada") are not the cue's.
        let andNoun = cues[c].cue.isVerb ? nil : (end..<max(end, count - 1)).first { k in
            words.is(k, .and, in: tokens) && (tokens[k + 1].lower == "a" || tokens[k + 1].lower == "an")
        }
        let clauseEnd = min((end..<count).first { words.on($0, .clauseBreaks) } ?? count,
                            infinitive ? cues[c + 1].start - 1 : count, cueSpan?.span.upperBound ?? count,
                            participle ?? count, asClause ?? count, andVerb ?? count, andNoun ?? count)
        let economy = economyTables
        let afterIndex = groups.indices.first { g in
            guard firstStart(g) >= end, firstStart(g) < clauseEnd, inClause(g) else { return false }
            // ("imposed sanctions on two companies registered in X": where the firms are is the object; so is the
            // place after an amount, "invest 35 billion dollars in X".)
            if isPlace(g), firstStart(g) - end > 3,
               !(cues[c].cue.layer == .economic
                   && (Self.seatsFirms(leadIndex(g), tokens, tables: economy) || Self.amountBefore(leadIndex(g), after: end, tokens)
                       || (cues[c].cue.eventType == "invest" && Self.worksBefore(leadIndex(g), after: end, tokens, tables: economy)))) {
                return false
            }
            // "signed a deal brokered by China": the agent of a later participle is that verb's, not
            // this cue's object.
            // ("armed and funded by X": a participle coordinated with the cue shares its agent.)
            let coordinated = end < count && words.is(end, .and, in: tokens)
            if lead(g, is: .by), cues.contains(where: { $0.cue.isVerb && $0.start >= end && $0.end <= firstStart(g)
                                                         && !(coordinated && $0.start == end + 1) }) {
                return false
            }
            // (Not the cue's own "with": "closed its border with X".)
            if word(before: g, is: .with), firstStart(g) >= 2, words.on(firstStart(g) - 2, .borderWords), firstStart(g) != end {
                return false
            }
            // "X is an artificial state and Russia could act": a new clause's subject.
            let next = lastEnd(g)
            if preceded(g, by: .clauseJoins), next < count, words.on(next, .auxiliaries) { return false }
            return true
        }
        let after = afterIndex
        // The agent is a subject: not a scene ("in Kazakhstan") and not a preposition's object
        // ("talks with the US, hoping to sell oil", "clashes between Kyrgyzstan and Tajikistan, ... a crackdown").
        // A relative clause makes even an object the subject ("is up to China itself, which runs joint
        // ventures"); "as for X" names the topic; a possessive owns what follows ("during Azerbaijan's shelling").
        func canAct(_ g: Int) -> Bool {
            // ("Japan and Korea condemned the deployment in a joint statement": the party the event noun
            // stands for is the stance's object, not the agent of the statement.)
            guard inClause(g), !setOffBefore(g), !parties[groups[g]].contains(where: \.standsForEvent) else { return false }
            // "Turkey, a NATO member, bought": the bloc named before "member" qualifies the noun.
            let next = lastEnd(g)
            // (A member verb right after the party is its own act: "Finland joined NATO".)
            if cues.contains(where: { $0.start == next && $0.cue.eventType == "member" && !$0.cue.isVerb }) { return false }
            if (next..<min(count, next + 2)).contains(where: { words.on($0, .relatives) }) { return true }
            if lead(g, is: .for), firstStart(g) >= 2, words.is(firstStart(g) - 2, .as, in: tokens) { return true }
            // ("Iran was accused by several Arab states of arming the Houthis": the accusation's content is the
            // accused's act, not the accuser's.)
            if next + 1 == start, tokens[next].key == "of", lead(g, is: .by) { return false }
            if tokens[next - 1].isPossessive { return !isPlace(g) }
            // "Russian intervention in X, conflict between A and B, and protests …": a demonym that owns an
            // earlier nominal event (a modifier or two after it) acts in that event, not in a later cue.
            if size(g) == 1, parties[groups[g].lowerBound].isDemonym,
               cues.contains(where: { !$0.cue.isVerb && $0.start >= next && $0.start - next <= 2 && $0.end <= start }) {
                return false
            }
            return !isPlace(g) && !led(g, by: .objectWords)
        }
        // "X criticised Y, prompting a protest from Z": a reaction in a participle clause answers the
        // main clause's subject (Z → X), not its object.
        let reaction = !cues[c].cue.isVerb && (max(0, start - 3)..<start).contains {
            tokens[$0].punctuationBefore == .comma && Self.reactionParticiples.contains(tokens[$0].key)
        }
        // "Peru welcomed the vote, but urged Chile to wait", "The US said the decision was sovereign but urged
        // Honduras to be wary": a verb right after "but" with no subject of its own takes the subject of the
        // clause before (the speaker's, when that clause is a report).
        let contrast = contrastSubject(cue: c, of: cues, groups: groups, parties, tokens: tokens, words, clauses: clauses)
        // "arms crossed to the RSF, the paramilitary fighting Sudan's army,": a participle inside a noun phrase
        // set off after a party describes that party, its agent even as a preposition's object.
        let describedHead: Int? = {
            guard cues[c].cue.isVerb, let s = cueSpan, let head = s.head, Self.articles.contains(tokens[s.span.lowerBound]),
                  tokens[start].key.hasSuffix("ing"), !earlier.contains(where: { $0 > head && firstStart($0) < start }),
                  !isPlace(head) else { return nil }
            return head
        }()
        // "Hungary angered its EU partners by meeting Putin": a gerund after "by" is the clause subject's act.
        let byGerund = start > 0 && cues[c].cue.isVerb && words.is(start - 1, .by, in: tokens) && tokens[start].key.hasSuffix("ing")
        let before = describedHead
            ?? (reaction || byGerund ? earlier.first(where: canAct) : earlier.last(where: canAct) ?? contrast)
        // The owner right before the cue, or a possessive a few adjectives before it ("Russia's unofficial
        // siding with Tajikistan"). "a NATO member" names the bloc, not an agent: membership keeps the
        // subject as the member.
        let adjacent: Int? = {
            // (A demonym before a nominal event owns it even after a preposition: "alarm at Russian threats".)
            guard !membership, let last = earlier.last, inClause(last), !setOffBefore(last),
                  !isPlace(last) || (!cues[c].cue.isVerb && size(last) == 1 && parties[groups[last].lowerBound].isDemonym)
            else { return nil }
            let e = lastEnd(last)
            if e == start { return last }
            // "North Korean missile threats to Japan": a demonym owns a nominal event a modifier or two
            // after it (lowercase words, no preposition, no other cue between).
            if !cues[c].cue.isVerb, size(last) == 1, parties[groups[last].lowerBound].isDemonym, e < start, start - e <= 2,
               (e..<start).allSatisfy({ !tokens[$0].isCapitalised && tokens[$0].punctuationBefore == .none
                   && !words.on($0, .objectWords) && !words.on($0, .auxiliaries) }),
               tokens[start].punctuationBefore == .none,
               !cues.contains(where: { $0.start >= e && $0.start < start }) {
                return last
            }
            guard tokens[e - 1].isPossessive, start - e <= 2,
                  (e..<start).allSatisfy({ !tokens[$0].isCapitalised && !words.on($0, .objectWords) }) else {
                return nil
            }
            return last
        }()
        // A mutual relation of a compound subject has no agent: "Saudi Arabia and Iran restored diplomatic
        // ties in a deal brokered by China" ties the two, not China.
        let byIndex = isSymmetric && (before.map(size) ?? 0) >= 2 ? nil
            : afterIndex.flatMap { i in
                groups.indices[i...].first { g in
                    // (Not the agent of a later participle: "criticised a deal signed by X", "welcomed the
                    // accord reached by X", "the government, which is supported by X". The clause's own
                    // passive verb, after an auxiliary, is no such participle: "the question of withdrawal
                    // was raised by X" makes X the withdrawal's agent.)
                    // (The verb's own "by" is no agent's: "would stand by X" is the subject's act on X.)
                    lead(g, is: .by) && (leadIndex(g) ?? 0) >= end && firstStart(g) < clauseEnd && inClause(g)
                        && !(end..<firstStart(g)).contains { k in
                            // ("armed and funded by X": a participle coordinated with the cue shares its agent.)
                            if k == end + 1, words.is(end, .and, in: tokens), let by = leadIndex(g), by <= k + 2 { return false }
                            let participle = cues.contains { $0.cue.isVerb && $0.start == k }
                                || (!tokens[k].isCapitalised && tokens[k].key.count > 4 && tokens[k].key.hasSuffix("ed"))
                            guard participle else { return false }
                            // ("armed and financed by X": a participle coordinated right after the cue shares its agent.)
                            if k == end + 1, words.is(end, .and, in: tokens) { return false }
                            // ("refused to attend talks that were convened by X": "that" opens a clause of its own.)
                            let main = (max(end, k - 2)..<k).contains { words.on($0, .auxiliaries) }
                                && !(end..<k).contains { words.on($0, .relatives) || tokens[$0].key == "that" }
                            return !main
                        }
                }
            }
        // A cue that asks for an object ("ties with", "relations to") and finds none ties nobody:
        // "deepen pre-existing ties with other powers".
        func wantsObject() -> Bool { Self.objectCueEnds.contains(cues[c].cue.keys.last ?? "") }
        let objectNear = after.map { firstStart($0) - end <= 3 } ?? false
        func respectively() -> Bool { (end..<count).contains { words.is($0, .respectively, in: tokens) } }
        // "India and Canada each expelled six diplomats", "… expelled each other's envoys", "Mali and Algeria expel
        // diplomats": a compound subject's directed verb with no party after it in the clause, marked as
        // reciprocal ("each" before the verb, "each other" or "one another" after it) or acting on envoys with no
        // owner named, is each member's act on the others.
        func reciprocal() -> Bool {
            guard cues[c].cue.isVerb, after == nil, let before, lastEnd(before) <= start else { return false }
            if (lastEnd(before)..<start).contains(where: { Self.eachWords.contains(tokens[$0]) }) { return true }
            guard end < count else { return false }
            if end + 1 < count, Self.eachWords.contains(tokens[end]) || tokens[end].key == "one",
               tokens[end + 1].key == "other" || tokens[end + 1].key == "another" { return true }
            // (A number or one modifier before the envoys: "six diplomats", "top diplomats".)
            let noun = (end..<min(count, end + 3)).first { Self.envoyNouns.contains(tokens[$0]) }
            return noun.map { n in (end..<n).allSatisfy { !tokens[$0].isCapitalised && tokens[$0].punctuationBefore == .none }
                && tokens[n].punctuationBefore == .none } ?? false
        }
        // A reverse cue names its own agent after it ("during the deployment of CSTO troops").
        func isCircumstance() -> Bool {
            // (Not a time: "X, a member since 1997, criticised Y".)
            (max(0, start - 3)..<start).contains { words.on($0, .circumstances) && !ClauseSplitter.opensTime(tokens, at: $0) }
                && !(start > 0 && tokens[start - 1].isPossessive) && !isReverse
        }
        // "X called Y an artificial state": an insult or a charge said of a party is the speaker's own
        // verbal act on it. What a speaker reports of others ("X said Y attacked Z") is not: it is the
        // reported clause's, and the speaker stays in the clause before (`ClauseSplitter`).
        let speech: (speaker: Int, subject: Int)? = {
            guard after == nil, let before, Self.verbalTypes.contains(cues[c].cue.eventType ?? "protest"),
                  let b = earlier.first(where: { firstStart($0) == firstStart(before) }), b > 0 else {
                return nil
            }
            let speaker = b - 1
            let verb = lastEnd(speaker)
            guard verb < count, words.on(verb, .speechVerbs), verb + 1 <= firstStart(before),
                  firstStart(before) - verb <= 2, !isPlace(speaker), !led(speaker, by: .objectWords) else { return nil }
            return (speaker, before)
        }()
        // "Kenya met Ethiopia and signed a deal", "Russia warned Finland and threatened Sweden": a verb right
        // after "and" (or "and also") shares the subject of the verb before it, whose object is the party
        // before "and" (a few words, no cue, between); naming no object of its own, it shares that object too.
        let shared: (subject: Int, object: Int)? = {
            guard cues[c].cue.isVerb, earlierCount >= 2, start >= 2 else { return nil }
            let and = tokens[start - 1].key == "and" ? start - 1
                : tokens[start - 2].key == "and" && Self.predicateAdverbs.contains(tokens[start - 1]) ? start - 2 : -1
            guard and > 0 else { return nil }
            let object = earlierCount - 1
            // (A few words may come between: "met Ethiopia on Monday and signed".)
            let gap = lastEnd(object)..<max(lastEnd(object), and)
            // (An event noun's party is no partner: "condemned the raids and signed a joint declaration".)
            guard lastEnd(object) <= and, gap.count <= 4, inClause(object), !isPlace(object),
                  !parties[groups[object]].contains(where: \.standsForEvent),
                  !cues.contains(where: { gap.contains($0.start) }),
                  let subject = (0..<object).last(where: canAct),
                  cues.contains(where: { $0.cue.isVerb && $0.start >= lastEnd(subject) && $0.end <= firstStart(object) })
            else { return nil }
            return (subject, object)
        }()
        /// Whether a participle cue's passive phrase ends between `from` and `to`: a relative pronoun ("X,
        /// whose envoy …"), an auxiliary, a past form or a verb cue ("… withdrew from the town") opens a
        /// predicate of its own. (A nominal act's patient may lie farther: "since the strikes by X, … Y's stock".)
        func predicateBetween(_ from: Int, _ to: Int) -> Bool {
            guard from < to, Self.isPast(tokens[start], pasts: pasts) else { return false }
            return (from..<to).contains { k in
                words.on(k, [.relatives, .auxiliaries]) || Self.isPast(tokens[k], pasts: pasts)
                    || cues.contains { $0.cue.isVerb && $0.start == k }
            }
        }
        /// The party before a nominal cue's "by" agent, unless "and" with an indefinite article opens the cue's
        /// own noun phrase (a lowercase modifier at most between): "faces an EU ban on its oil and a bid by
        /// Canada to cap prices" names the bid apart from the ban, whose party is not the bid's patient.
        func ownPhrasePatient(_ b: Int?) -> Int? {
            guard let b, !cues[c].cue.isVerb, start >= 2 else { return b }
            let from = max(lastEnd(b), start - 3)
            let opensPhrase = (from..<max(from, start - 1)).contains { k in
                words.is(k, .and, in: tokens) && (tokens[k + 1].lower == "a" || tokens[k + 1].lower == "an")
                    && (k + 1..<start).allSatisfy { !tokens[$0].isCapitalised && tokens[$0].punctuationBefore == .none }
            }
            return opensPhrase ? nil : b
        }
        // "talks hosted by X and brokered by Y": the agent of an earlier passive is not a later one's patient;
        // the party before it is (the talks' parties).
        func passivePatient(_ b: Int?) -> Int? {
            guard let b, lead(b, is: .by) else { return b }
            return earlier.last { canAct($0) && !lead($0, is: .by) }
        }
        // "Honduras drops Taiwan and establishes ties with Beijing", "Algeria cuts relations with Morocco,
        // threatens gas route to Spain", "X and Y renounced neutrality amid Z's invasion of W and submitted
        // applications to join NATO": a verb (the cue's own, or a past or present form right before a noun
        // cue) after "and" or a comma right after a party shares the subject of the verb before that party;
        // the party is that verb's object, never this cue's agent. With no such subject in the clause
        // ("they shared Warsaw's concern and asked NATO") the cue has no agent here: `subject` is `nil`.
        // (Only when `shared`, the rule for the cue's own verb after "and", finds nothing.)
        /// A verb form by its shape: a past ("submitted") or a present in -s ("establishes", "drops"), of
        /// lowercase ASCII letters only.
        func verbLike(_ k: Int) -> Bool {
            let t = tokens[k]
            guard !t.isCapitalised, t.key.utf8.count > 3, t.key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
            return Self.isPast(t, pasts: pasts) || (t.key.hasSuffix("s") && !t.key.hasSuffix("ss")
                && !t.key.hasSuffix("ous") && !words.on(k, [.objectWords, .placeWords, .auxiliaries]))
        }
        // (A nested function, not an immediately applied closure: the closure copied the whole extractor
        // for each cue.)
        func readCoordinatedVerb() -> (subject: Int?, object: Int)? {
            guard shared == nil, earlierCount >= 1, start >= 2 else { return nil }
            // The verb: the cue's own, or one right before a noun cue (an article between at most).
            var v = start
            if !cues[c].cue.isVerb {
                v = start - 1
                if v > 0, ["a", "an", "the", "new"].contains(tokens[v].key), tokens[v].punctuationBefore == .none { v -= 1 }
                guard v > 0, tokens[v + 1].punctuationBefore == .none, verbLike(v),
                      !cues.contains(where: { $0.start <= v && v < $0.end }) else { return nil }
            } else if !verbLike(v) {
                return nil
            }
            // "and" (or "and also") right before the verb, or a comma before a present form in -s (a past
            // after a comma may be a participle: "met in Paris, mediated by X", "Y, an ally of Z, agreed").
            let and: Int
            if tokens[v].punctuationBefore == .comma {
                guard cues[c].cue.isVerb, !Self.isPast(tokens[v], pasts: pasts), tokens[v].key.hasSuffix("s") else { return nil }
                and = v
            } else if tokens[v].punctuationBefore == .none, tokens[v - 1].key == "and" {
                and = v - 1
            } else if v >= 2, tokens[v - 2].key == "and", Self.predicateAdverbs.contains(tokens[v - 1]) {
                and = v - 2
            } else {
                return nil
            }
            // The party right before "and" (its possessive's noun at most between) is the verb before's object.
            guard let object = earlier.last(where: { lastEnd($0) <= and }), inClause(object),
                  !parties[groups[object]].contains(where: \.standsForEvent),
                  and - lastEnd(object) <= (tokens[lastEnd(object) - 1].isPossessive ? 2 : 0),
                  !cues.contains(where: { $0.start >= lastEnd(object) && $0.start < and }) else { return nil }
            // The subject: the last party before it, in the clause, that a verb follows before the next party.
            let subject = (0..<object).last { g in
                guard canAct(g), !tokens[lastEnd(g) - 1].isPossessive else { return false }
                return (lastEnd(g)..<firstStart(g + 1)).contains { k in
                    verbLike(k) || cues.contains { $0.cue.isVerb && $0.start == k }
                }
            }
            // (A comma alone joins verbs only after a verb of the subject's: "Russia, Belarus, ..." lists.)
            if and == v, subject == nil { return nil }
            return (subject, object)
        }
        let coordinatedVerb = readCoordinatedVerb()
        // "clashed with M23 fighters backed by Rwanda": a past participle right after a party's noun phrase (its
        // plain lowercase nouns at most between, no punctuation inside the phrase; a comma may set the participle
        // off: "fought with al-Shabaab, backed by Sudan,") is a reduced relative on that party, which is its
        // patient even as a preposition's object. (A mediator's participle, "a deal with X brokered by Y", is on
        // the deal.)
        func reducedRelativePatient() -> Int? {
            guard !mediation, cues[c].cue.isVerb, Self.isPast(tokens[start], pasts: pasts),
                  let last = earlier.last, inClause(last), !isPlace(last), led(last, by: .objectWords) else { return nil }
            let gap = lastEnd(last)..<start
            guard gap.count <= 2, (gap.lowerBound + 1..<start + 1).allSatisfy({ tokens[$0].punctuationBefore == .none }),
                  gap.allSatisfy({ !tokens[$0].isCapitalised && !words.on($0, [.auxiliaries, .relatives]) && !Self.isPast(tokens[$0], pasts: pasts) })
            else { return nil }
            return last
        }
        // "despite X being propped up by Y", "after X was attacked by Y": the subject of a passive
        // auxiliary right before the cue is its patient, even as a preposition's object.
        func passiveSubject() -> Int? {
            guard let last = earlier.last, inClause(last), !isPlace(last) else { return nil }
            let gap = lastEnd(last)..<start
            guard (1...3).contains(gap.count), gap.allSatisfy({ tokens[$0].punctuationBefore == .none }) else { return nil }
            return gap.contains { Self.passiveAuxiliaries.contains(tokens[$0]) } ? last : nil
        }
        // "Moscow's invasion hasn't changed Beijing's plans", "Hanoi's protest angered Beijing": a nominal
        // event owned by a party and followed by a verb (an auxiliary or a past form in -ed) is that verb's
        // subject; the party after the verb is the verb's object, not the event's patient.
        func isSubjectOfVerb(_ g: Int) -> Bool {
            guard !cues[c].cue.isVerb, end < firstStart(g), tokens[end].punctuationBefore == .none,
                  !tokens[end].isCapitalised else { return false }
            let key = tokens[end].key
            return words.on(end, .auxiliaries) || Self.endsInNot(key)
                || (key.hasSuffix("ed") && !words.on(end, [.objectWords, .placeWords]))
        }
        // "relations with the West, their primary investors": a role noun after "their" or "its", set off
        // by a comma after a party, is that party's role toward the clause's subject (whom the pronoun
        // stands for).
        let apposedRole: (role: Int, subject: Int)? = {
            // (The form looked up last: most cues have no party right before them.)
            guard let last = earlier.last, inClause(last) else { return nil }
            let e = lastEnd(last)
            guard e < start, start - e <= 3, tokens[e].punctuationBefore == .comma, lexicon.roles.contains(cues[c].cue.form),
                  tokens[e].key == "their" || tokens[e].key == "its",
                  (e + 1...start).allSatisfy({ tokens[$0].punctuationBefore == .none && !tokens[$0].isCapitalised }),
                  let subject = earlier.dropLast().last(where: canAct) else { return nil }
            return (last, subject)
        }()
        /// Whether an infinitive's "to" (not the lead word of the party at `end`, past articles) or punctuation
        /// lies between two parties.
        func infinitiveOrBreak(between start: Int, and end: Int) -> Bool {
            guard start < end else { return false }
            if (start...min(end, count - 1)).contains(where: { tokens[$0].punctuationBefore != .none }) { return true }
            return (start..<end).contains { i in
                tokens[i].key == "to" && !(i + 1..<end).allSatisfy { words.on($0, .determiners) }
            }
        }
        let nextAfter = afterIndex.flatMap { i in
            i + 1 < groups.count && firstStart(i + 1) < clauseEnd && inClause(i + 1) ? i + 1 : nil
        }
        // "the Russia-Ukraine war", "the U.S.-China trade talks": a relation noun right after a hyphenated
        // pair names the relation between its members (tension or cooperation by the noun), and they are
        // not agents toward the clause's object.
        if !cues[c].cue.isVerb, !membership, let last = earlier.last, isHyphenPair(last), inClause(last),
           start - lastEnd(last) <= 2,
           (lastEnd(last)..<start).allSatisfy({ !tokens[$0].isCapitalised && !words.on($0, .objectWords) }) {
            within(last)
            return
        }
        // "the Ukraine war", "the Syria conflict": a plain name (no demonym, no possessive) right before a
        // war noun names where it is fought, not who fights: the noun states no agent.
        if !cues[c].cue.isVerb, cues[c].cue.eventType == "assault", Self.sceneNouns.contains(cues[c].cue.keys.first ?? ""),
           let last = earlier.last, size(last) == 1, lastEnd(last) == start, inClause(last),
           !parties[groups[last].lowerBound].isDemonym, !tokens[start - 1].isPossessive,
           actors.kind(parties[groups[last].lowerBound].actor) != .person {
            return
        }
        // "complained about attacks on X", "voiced alarm about raids on X": a nominal event of force with no
        // owner and no "by X" is no act of the clause's subject, unless a light verb makes it its own
        // ("X launched attacks on Y"); a mutual one's "with X" right after it names its other side ("X
        // reported clashes with Y").
        let unownedForce = !cues[c].cue.isVerb && !mediation && cues[c].cue.eventType == "assault"
            && !(isSymmetric && (after.map { lead($0, is: .with) && firstStart($0) - end <= 1 } ?? false))
            && (before.map { Self.statesNoAgent(nounAt: start, subjectEnd: lastEnd($0), tokens: tokens) } ?? false)
        // "Bolivia, which Peru accuses of arming smugglers,": the relative clause's subject acts on the head.
        let relative = objectRelative(cue: c, of: cues, in: cueSpan, hasObject: after != nil, groups: groups, parties,
                                      tokens, words)
        if let relative {
            link(relative.subject, relative.head, mutual: isSymmetric)
        } else if let apposedRole {
            link(apposedRole.role, apposedRole.subject, mutual: isSymmetric)
        } else if membership, !cues[c].cue.isVerb, earlierCount >= 2, lastEnd(earlierCount - 1) == start,
           tokens[firstStart(earlierCount - 1)].punctuationBefore == .comma
            || (firstStart(earlierCount - 1) > 0 && tokens[firstStart(earlierCount - 1) - 1].punctuationBefore == .comma) {
            // "Turkey, an important NATO member": the apposition names the bloc the party before belongs to.
            link(earlierCount - 2, earlierCount - 1, mutual: isSymmetric)
        } else if membership, !isReverse, let after, let nextAfter, word(before: after, is: .of),
                  lead(nextAfter, is: .to) || led(nextAfter, by: .regionScenes) {
            // "the accession of Sweden and Finland to the alliance", "the membership of X in Y": the parties
            // after "of" join the body after "to" or "in", whoever approves it.
            link(after, nextAfter, mutual: false)
        } else if let before, let after, size(before) == size(after), size(before) >= 2, respectively() {
            // "Kyrgyzstan and Armenia see a threat from Tajikistan and Azerbaijan, respectively".
            for (s, t) in zip(parties[groups[before]], parties[groups[after]]) { pairs.append((s, t, isSymmetric)) }
        } else if let shared, !isReverse {
            let mutual = isSymmetric || (after.map { ledMutually($0, by: .mutualLeads) && firstStart($0) - end <= 1 } ?? false)
            link(shared.subject, after ?? shared.object, mutual: mutual)
        } else if let coordinatedVerb, !isReverse {
            // (No subject: the cue's agent is not named in its clause, and the object before is not it.)
            guard let subject = coordinatedVerb.subject else { return }
            let mutual = isSymmetric || (after.map { ledMutually($0, by: .mutualLeads) && firstStart($0) - end <= 1 } ?? false)
            link(subject, after ?? coordinatedVerb.object, mutual: mutual)
        } else if isReverse, !isSymmetric, let after, let nextAfter, led(nextAfter, by: .sceneOrPointerWords),
                  !infinitiveOrBreak(between: lastEnd(after), and: firstStart(nextAfter)) {
            // "the withdrawal of the US and NATO from Afghanistan", "deployment of X troops in Y":
            // the first party after the cue acts on the second (stored reversed, swapped back below); not
            // one past an infinitive or punctuation ("a loan from X to link its grid to Y's" lends to the
            // subject). Money sent home by a people named after "from" comes from where they are:
            // "remittances from Tajiks working in Russia" is Russia's.
            let migrants = cues[c].cue.eventType == "remit" && size(after) == 1 && parties[groups[after].lowerBound].isDemonym
            if migrants { link(after, nextAfter, mutual: false) } else { link(nextAfter, after, mutual: false) }
        } else if let speech {
            link(speech.speaker, speech.subject, mutual: isSymmetric)
        } else if let before, let after, size(after) >= 2,
                  Self.mediatorVerbs.contains(cues[c].cue.keys.first ?? "") || hostsTalks(cue: c, of: cues, object: firstStart(after)),
                  leadIndex(after).map({ tokens[$0].key == "between" }) == true {
            // "the US, which mediates between Belgrade and Pristina": the mediator consults each party; the
            // parties are not tied to each other by it. So does a host of talks between them ("Qatar hosted
            // talks between Israel and Hamas").
            link(before, after, mutual: false)
        } else if let after, size(after) >= 2, led(after, by: .withinLeads) {
            within(after)
        } else if let byIndex, isSymmetric, size(byIndex) >= 2, firstStart(byIndex) - end <= 2 {
            // "a deal signed by Ethiopia and Sudan": a mutual act's agents are the parties of the deal.
            within(byIndex)
        } else if let byIndex {
            // "a visit to Central Asia by Charles Michel", "attacked by X", "a visit by X to Y".
            // A party after the agent is the act's patient only with no verb of another predicate between
            // (`predicateBetween`): "backed by X, withdrew from the town, according to a Y source" and "supported
            // by X, whose envoy met Y" name Y in a predicate of their own.
            let afterAgent = groups.indices[(byIndex + 1)...].first { word(before: $0, is: .to) }
                .flatMap { predicateBetween(lastEnd(byIndex), firstStart($0)) ? nil : $0 }
            if let afterIndex, afterIndex < byIndex {
                link(byIndex, afterIndex, mutual: isSymmetric)
            } else if let target = afterAgent ?? reducedRelativePatient() ?? ownPhrasePatient(passivePatient(before)) ?? passiveSubject()
                        // ("The strikes, supported by X, were ordered after Y fired", "talks hosted by X and
                        // brokered by Y": the party after the agent is its patient only in the cue's clause,
                        // and no party is when it is the agent of another participle, before or after.)
                        // ("supplied by X and Y": a party joined to the agent by "and" is an agent too.)
                        ?? (byIndex + 1 < groups.count && inClause(byIndex + 1) && !lead(byIndex + 1, is: .by)
                            && !word(before: byIndex + 1, is: .and)
                            && !(infinitive && firstStart(byIndex + 1) > cues[c + 1].start)
                            && !predicateBetween(lastEnd(byIndex), firstStart(byIndex + 1)) ? byIndex + 1 : nil) {
                link(byIndex, target, mutual: isSymmetric)
            }
        } else if let before, size(before) >= 2, reciprocal() {
            within(before)
        } else if let adjacent {
            let mutual = isSymmetric
            let subject = earlier.dropLast().last(where: canAct)
            let role = tokens[lastEnd(adjacent) - 1].isPossessive && lexicon.roles.contains(cues[c].cue.form)
            if let after, !Self.actors(of: parties[groups[after]], areAmong: parties[groups[adjacent]]), !role,
               !isSubjectOfVerb(after) {
                // (A reverse cue's own "with" makes nothing mutual: "equipped with X" is X's act.)
                link(adjacent, after, mutual: mutual || (!isReverse && ledMutually(after, by: .mutualWords) && firstStart(after) - end <= 1))
            } else if let subject, role {
                // "China is Kyrgyzstan's largest creditor": the subject plays the role for the owner.
                link(subject, adjacent, mutual: mutual)
            } else if let subject, !tokens[lastEnd(adjacent) - 1].isPossessive,
                      !Self.possessiveDeterminers.contains(lowerOf: tokens[lastEnd(adjacent) - 1]), !cues[c].cue.isVerb {
                // "Kazakhstan hosts Russian bases". A possessive ("condemned Russia's aggression", "her
                // visit") owns the act, whose target the clause does not name: the subject is not it; nor is it the
                // target of a verb whose subject is the party before it ("Houthi rebels attacking").
                link(adjacent, subject, mutual: mutual)
            } else if mutual, size(adjacent) >= 2 {
                within(adjacent)
            }
        } else if let after, size(after) == 1, tokens[parties[groups[after].lowerBound].end - 1].isPossessive,
                  after + 1 < groups.count, firstStart(after + 1) == parties[groups[after].lowerBound].end {
            // "a crackdown in Uzbekistan's Karakalpakstan": the owner acts on what it owns.
            link(after, after + 1, mutual: isSymmetric)
        } else if let before, let after, size(before) == size(after), size(before) >= 2, respectively() {
            // "Kyrgyzstan and Armenia see a threat from Tajikistan and Azerbaijan, respectively".
            for (s, t) in zip(parties[groups[before]], parties[groups[after]]) { pairs.append((s, t, isSymmetric)) }
        } else if unownedForce {
            // "complained about attacks on X", "an end to the standoff": no one is said to act.
            return
        } else if let before, size(before) >= 2,
                  isSymmetric
                    || after.map({ Self.actors(of: parties[groups[$0]], areAmong: parties[groups[before]]) }) == true,
                  !(after.map { preceded($0, by: .mutualWords) } ?? false), !(objectNear && wantsObject()) {
            // "Russia and China conduct joint exercises"; "Mirziyoyev and Macron during a state visit to Paris".
            if !(!objectNear && wantsObject()) { within(before) }
        } else if let before, let after, !isCircumstance() {
            // "with X" right after a directed cue makes it mutual ("clashed with X"); after the cue's own
            // object it is that object's ("suspended the treaty with X" is the suspender's act).
            // (A reverse cue's own "with" makes nothing mutual: "equipped with X" is X's act.)
            let mutual = isSymmetric || (!isReverse && ledMutually(after, by: .mutualLeads) && firstStart(after) - end <= 1)
            link(before, after, mutual: mutual)
            // "Chile and Peru held naval drills with Brazil": a joint security exercise of a compound
            // subject with a third party is one exercise of all three.
            if isSymmetric, cues[c].cue.layer == .security, cues[c].cue.polarity == .cooperation, size(before) >= 2,
               lead(after, is: .with) {
                within(before)
            }
        } else if after == nil, membership, !cues[c].cue.isVerb, earlierCount >= 2, lastEnd(earlierCount - 1) == start {
            // "Turkey, an important NATO member".
            link(earlierCount - 2, earlierCount - 1, mutual: isSymmetric)
        } else if after == nil, !cues[c].cue.isVerb, let s = cueSpan, let head = s.head,
                  let owner = earlier.last(where: { s.span.contains(firstStart($0)) && tokens[lastEnd($0) - 1].isPossessive }) {
            // "China, North Korea's main ally and trading partner,": the head plays the role for the owner.
            link(head, owner, mutual: isSymmetric)
        }
        // "Pakistan's air force, equipped largely with Chinese-built fighters": the maker of what a party is
        // equipped or armed with supplies that party.
        if let maker = after.flatMap({ equippingMaker(cue: c, of: cues, object: groups[$0], parties, tokens) }) {
            for k in pairs.indices where pairs[k].0.start == maker.start || pairs[k].1.start == maker.start {
                let other = pairs[k].0.start == maker.start ? pairs[k].1 : pairs[k].0
                pairs[k] = (maker, other, false)
            }
        }
        guard isReverse, !perceived(cue: c, of: cues, tokens: tokens, earlier: earlier.last.map(lastEnd)) else { return }
        for k in pairs.indices where !pairs[k].2 { pairs[k] = (pairs[k].1, pairs[k].0, false) }
    }

    /// Participles after a comma whose reaction noun answers the main clause's subject: "prompting a protest
    /// from X", "drawing criticism from Y".
    static let reactionParticiples: Set<String> = ["prompting", "drawing", "sparking", "provoking", "triggering",
                                                   "earning", "inviting", "attracting"]

    /// Participles after a comma that go on naming the cue's object: "sanctions, targeting Lithuania".
    static let objectParticiples: Set<String> = ["including", "involving", "targeting", "affecting", "covering",
                                                 "excluding", "notably", "especially", "mainly", "chiefly"]

    /// Verbs whose subject stands between the parties after "between": "mediated between A and B", "hosted
    /// talks between A and B".
    static let mediatorVerbs: Set<String> = ["mediate", "mediates", "mediated", "mediating", "broker", "brokers",
                                             "brokered", "brokering", "host", "hosts", "hosted", "hosting"]

    /// The auxiliaries of a passive ("X was attacked by Y", "X being propped up by Y").
    static let passiveAuxiliaries: WordSet = ["being", "been", "was", "were", "is", "are", "be", "get", "got", "gets"]

    /// War nouns that a plain name before them places rather than owns ("the Ukraine war").
    static let sceneNouns: Set<String> = ["war", "conflict", "crisis", "fighting", "hostilities"]

    /// Verbs of perceiving: "X sees a threat from Y" is X's perception, and the perceiver is the
    /// source (X → Y), where "a threat from Y" alone makes Y the agent.
    static let perceptionVerbs: Set<String> = ["see", "sees", "saw", "seen", "seeing", "perceive", "perceives", "perceived",
                                               "view", "views", "viewed", "regard", "regards", "regarded", "fear", "fears",
                                               "feared", "consider", "considers", "considered", "sense", "senses", "sensed",
                                               "face", "faces", "faced", "feel", "feels", "felt"]

    /// Whether a perception verb lies between the party before the cue (ending at `earlier`) and the cue.
    func perceived(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token], earlier: Int?) -> Bool {
        guard let earlier, ["threaten", "oppose"].contains(cues[c].cue.eventType ?? "") else { return false }
        return (earlier..<cues[c].start).contains { Self.perceptionVerbs.contains(tokens[$0].key) }
    }

    /// One party per actor of a group, sorted by actor id: the first that names a leader, else the last.
    /// A group has a few parties: a linear search, where a dictionary by actor (the plain form, kept in the
    /// tests) hashes every actor.
    func onePerActor(_ group: ArraySlice<Party>, extras: [String]) -> [Party] {
        var kept: [Party] = []
        kept.reserveCapacity(group.count)
        for p in group {
            if let k = kept.firstIndex(where: { $0.actor == p.actor }) {
                if kept[k].person == nil { kept[k] = p }
            } else {
                kept.append(p)
            }
        }
        // An insertion sort: a few parties, each actor once (so that any sort gives this order).
        for i in kept.indices.dropFirst() {
            let p = kept[i]
            var j = i
            while j > 0, actors.precedes(p.actor, kept[j - 1].actor, extras: extras) {
                kept[j] = kept[j - 1]
                j -= 1
            }
            kept[j] = p
        }
        return kept
    }

    /// Whether every actor of `group` is an actor of `others` (`Set(group.map(\.actor)).isSubset(of:
    /// Set(others.map(\.actor)))` without building the sets: groups have a few parties).
    static func actors(of group: ArraySlice<Party>, areAmong others: ArraySlice<Party>) -> Bool {
        group.allSatisfy { p in others.contains { $0.actor == p.actor } }
    }
}

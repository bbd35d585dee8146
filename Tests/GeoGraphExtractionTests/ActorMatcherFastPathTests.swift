import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// Actor matching as the rules state it, without word codes: for each token, the forms of its
    /// lowercase first word (else of its key), longest first; the first whose words all match (the last
    /// by key too; an acronym by its exact text) and whose case rule holds wins, unless a capitalised
    /// qualifier ("South", "Latin"; "Western" before a demonym) right before a name or demonym makes it
    /// another place or people.
    static func mentions(_ matcher: ActorMatcher, _ tokens: [Token]) -> [ActorMatcher.Mention] {
        var byFirst: [String: [ActorMatcher.Form]] = [:]
        for form in matcher.forms { byFirst[form.keys[0], default: []].append(form) }
        var found: [ActorMatcher.Mention] = []
        var i = 0
        while i < tokens.count {
            let candidates = byFirst[tokens[i].lower] ?? (tokens[i].lower == tokens[i].key ? nil : byFirst[tokens[i].key]) ?? []
            let best = candidates.first { form in
                guard i + form.keys.count <= tokens.count else { return false }
                for k in form.keys.indices {
                    let t = tokens[i + k], last = k == form.keys.count - 1
                    guard t.lower == form.keys[k] || (last && t.key == form.keys[k]) else { return false }
                    if form.isAcronym, !(t.text == form.text[k] || (last && t.text.hasPrefix(form.text[k]))) { return false }
                }
                return form.startsLowercase || tokens[i].isCapitalised
            }
            if let best, i > 0, best.role != .seat, tokens[i].punctuationBefore == .none, tokens[i - 1].isCapitalised,
               ActorMatcher.qualifiers.contains(tokens[i - 1].lower)
                || (best.role == .demonym && ActorMatcher.demonymQualifiers.contains(tokens[i - 1].lower)) {
                i += best.keys.count
            } else if let best {
                found.append(ActorMatcher.Mention(actor: best.actor, role: best.role, start: i, end: i + best.keys.count,
                                                  actorIndex: best.actorIndex))
                i += best.keys.count
            } else {
                i += 1
            }
        }
        return found
    }
}

@Suite struct ActorMatcherFastPathTests {
    static let gazetteer: Graph = {
        // swiftlint:disable:next force_try
        try! GraphFileReader.load(path: TestCorpus.root.appendingPathComponent("Graphs/actors.yaml").path)
    }()

    /// Sentences of gazetteer words (so that forms start, continue and break off), in changed case,
    /// with possessives, joiners and filler words, some not ASCII.
    static func sentences(_ gazetteer: Graph, count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        var formWords: [String] = []
        for a in gazetteer.actors {
            let forms: [String] = [a.name] + a.names + a.seats + a.demonyms
            for form in forms { formWords += form.split(separator: " ").map(String.init) }
        }
        let fillers = ["the", "The", "of", "and", "said", "in", "mainland", "Kremlin", "élan", "Brasília", "\u{212A}", "U.S.", "x-y"]
        let endings = ["", "", "", "", "'s", "\u{2019}s", "'", "s"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...14, using: &generator)).map { _ -> String in
                let filler = Int.random(in: 0..<3, using: &generator) == 0
                var word: String = filler ? fillers.randomElement(using: &generator)! : formWords.randomElement(using: &generator)!
                switch Int.random(in: 0..<8, using: &generator) {
                case 0: word = word.lowercased()
                case 1: word = word.uppercased()
                default: break
                }
                return word + endings.randomElement(using: &generator)!
            }.joined(separator: Int.random(in: 0..<4, using: &generator) == 0 ? ", " : " ")
        }
    }

    @Test func mentionsMatchThePlainRulesOnTheGazetteer() {
        let matcher = ActorMatcher(gazetteer: Self.gazetteer)
        for sentence in Self.sentences(Self.gazetteer, count: 3_000) {
            let tokens = Tokenizer.tokens(Array(sentence.unicodeScalars)[...])
            #expect(matcher.mentions(tokens) == Reference.mentions(matcher, tokens), "\(sentence.debugDescription)")
        }
    }

    @Test func mentionsMatchThePlainRulesOnTheFixture() {
        let matcher = ActorMatcher(gazetteer: ExtractionFixture.gazetteer)
        for sentence in Self.sentences(ExtractionFixture.gazetteer, count: 1_000) {
            let tokens = Tokenizer.tokens(Array(sentence.unicodeScalars)[...])
            #expect(matcher.mentions(tokens) == Reference.mentions(matcher, tokens), "\(sentence.debugDescription)")
        }
    }

    @Test func formHeadsPointAtEachFormsCodes() {
        let matcher = ActorMatcher(gazetteer: Self.gazetteer)
        #expect(matcher.heads.count == matcher.forms.count)
        for (head, form) in zip(matcher.heads, matcher.forms) {
            let start = Int(head.firstCode)
            #expect(Array(matcher.codes[start..<(start + Int(head.length))]) == form.codes)
        }
    }

    @Test func pairCandidatesAreTheFormsTheSecondWordLeaves() {
        let matcher = ActorMatcher(gazetteer: Self.gazetteer)
        let forms = matcher.forms
        // The groups: runs of forms with one first word.
        var groups: [Range<Int>] = []
        var start = 0
        for f in forms.indices.dropFirst() where forms[f].keys[0] != forms[f - 1].keys[0] {
            groups.append(start..<f)
            start = f
        }
        groups.append(start..<forms.count)
        let seconds = Set(forms.compactMap { $0.codes.count >= 2 ? $0.codes[1] : nil } + [1, 12_345, WordCode.of("the")])
        for group in groups {
            #expect(matcher.byFirstWord[forms[group.lowerBound].keys[0]] == group)
            let all = matcher.byFirstTwoWords.candidates(group: group.lowerBound, second: nil).map(matcher.byFirstTwoWords.form(at:))
            #expect(all == Array(group))
            for second in seconds where second != 0 {
                let left = matcher.byFirstTwoWords.candidates(group: group.lowerBound, second: second).map(matcher.byFirstTwoWords.form(at:))
                #expect(left == group.filter { forms[$0].codes.count == 1 || forms[$0].codes[1] == 0 || forms[$0].codes[1] == second })
            }
        }
    }
}

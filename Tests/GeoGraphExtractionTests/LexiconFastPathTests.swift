import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// Cue matching as the rules state it, without word codes: at each token, the cues of its key's
    /// first word (else its lowercase form's), longest first; the first whose words all match (by key
    /// or lowercase form) wins, and matching goes on after it.
    static func cueMatches(_ lexicon: Lexicon, _ tokens: [Token]) -> [(form: String, start: Int, end: Int)] {
        var byFirst: [String: [Lexicon.Cue]] = [:]
        for cue in lexicon.cues where !cue.keys.isEmpty { byFirst[cue.keys[0], default: []].append(cue) }
        byFirst = byFirst.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        var found: [(String, Int, Int)] = []
        var i = 0
        while i < tokens.count {
            let candidates = byFirst[tokens[i].key] ?? byFirst[tokens[i].lower] ?? []
            if let cue = candidates.first(where: { cue in
                i + cue.keys.count <= tokens.count
                    && cue.keys.indices.allSatisfy { tokens[i + $0].key == cue.keys[$0] || tokens[i + $0].lower == cue.keys[$0] }
            }) {
                found.append((cue.form, i, i + cue.keys.count))
                i += cue.keys.count
            } else {
                i += 1
            }
        }
        return found
    }
}

@Suite struct LexiconFastPathTests {
    /// A cue's copies share one object of values (`Lexicon.Cue`): a value set on a copy is that copy's
    /// alone, and equality and hashing read the values, not the object.
    @Test func aCueSetOnACopyLeavesTheLexiconsCue() {
        let lexicon = ExtractionFixture.lexicon
        let original = lexicon.cues[0]
        var copy = original
        copy.isVerb.toggle()
        copy.keys.append("extra")
        #expect(lexicon.cues[0].isVerb == original.isVerb && lexicon.cues[0].keys == original.keys)
        #expect(copy.isVerb != original.isVerb && copy.keys == original.keys + ["extra"] && copy != original)
        var back = copy
        back.isVerb.toggle()
        back.keys.removeLast()
        #expect(back == original && back.hashValue == original.hashValue)
    }

    @Test func cueMatchesMatchThePlainRules() {
        let lexicon = ExtractionFixture.lexicon
        var generator = SystemRandomNumberGenerator()
        var words: [String] = []
        for cue in lexicon.cues { words += cue.form.split(separator: " ").map(String.init) }
        let fillers = ["the", "of", "Russia", "and", "not", "élan", "\u{212A}", "U.S.", "x-y", "it's"]
        let endings = ["", "", "", "'s", "\u{2019}s", "'", "s", "ed"]
        for _ in 0..<3_000 {
            let sentence = (0..<Int.random(in: 1...12, using: &generator)).map { _ -> String in
                let filler = Int.random(in: 0..<4, using: &generator) == 0
                var word: String = filler ? fillers.randomElement(using: &generator)! : words.randomElement(using: &generator)!
                if Int.random(in: 0..<6, using: &generator) == 0 { word = word.capitalized }
                return word + endings.randomElement(using: &generator)!
            }.joined(separator: " ")
            let tokens = Tokenizer.tokens(Array(sentence.unicodeScalars)[...])
            let fast = lexicon.matches(tokens).map { "\($0.cue.form) \($0.start) \($0.end)" }
            let plain = Reference.cueMatches(lexicon, tokens).map { "\($0.form) \($0.start) \($0.end)" }
            #expect(fast == plain, "\(sentence.debugDescription)")
        }
    }
}

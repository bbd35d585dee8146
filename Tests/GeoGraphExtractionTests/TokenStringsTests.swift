import Testing
@testable import GeoGraphExtraction

/// Tokens share their word's strings (``TokenStrings``): equality, hashing and the setters must
/// answer as they did when each token held its own three strings.
@Suite struct TokenStringsTests {
    /// The fields a token compared by, as strings and values.
    static func fields(_ t: Token) -> [String] {
        [t.text, t.key, t.lower, "\(t.isPossessive)", "\(t.start)", "\(t.end)", "\(t.keyCode)", "\(t.lowerCode)",
         "\(t.isHyphenatedName)"]
    }

    @Test func equalityAndHashingAreTheFieldsOnes() {
        let text = FastPathTests.texts.joined(separator: " ")
        var vocabulary = TokenVocabulary(capacity: 8)  // forgotten and rebuilt: equal words, different shared strings
        let shared = Tokenizer.tokens(Array(text.unicodeScalars)[...], vocabulary: &vocabulary)
        let own = Tokenizer.tokens(Array(text.unicodeScalars)[...])
        let tokens = shared + own + TieRuleFastPathTests.tokens(count: 400, seed: 3)
        // Pairs of every token with its neighbours and with the same word elsewhere.
        for (i, a) in tokens.enumerated() {
            for b in tokens[max(0, i - 3)..<min(tokens.count, i + 4)] + [own[i % own.count]] {
                #expect((a == b) == (Self.fields(a) == Self.fields(b)))
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
        }
        #expect(zip(shared, own).allSatisfy(==))
    }

    @Test func settersKeepTheCodesOfTheNewStrings() {
        for var token in TieRuleFastPathTests.tokens(count: 200, seed: 11) {
            let (text, key, lower) = (token.text, token.key, token.lower)
            token.key = lower + "x"
            #expect(token.key == lower + "x" && token.keyCode == WordCode.of(lower + "x"))
            #expect(token.text == text && token.lower == lower)
            token.lower = key
            #expect(token.lower == key && token.lowerCode == WordCode.of(key))
            token.text = "T" + text
            #expect(token.text == "T" + text && token.key == lower + "x" && token.lower == key)
        }
    }
}

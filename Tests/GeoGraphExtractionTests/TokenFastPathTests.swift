import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// A word character as the tokenizer first tested it: an ASCII letter or digit by comparisons, any
    /// other code point by its Unicode property.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 97 < 26 || v &- 48 < 10 }
        return c.properties.isAlphabetic
    }
}

/// The shortcuts of tokenising and word matching against the plain rules they stand for: the ASCII
/// mask, the reused token buffer, the vocabulary's pointer comparison, the word index's code screen
/// and the phrase-word code rule.
@Suite struct TokenFastPathTests {
    /// Every ASCII code point, and letters, marks and signs beyond it.
    static let scalars: [Unicode.Scalar] = (0..<128).map { Unicode.Scalar(UInt8($0)) }
        + ["\u{E9}", "\u{130}", "\u{212A}", "\u{2019}", "\u{2018}", "\u{301}", "\u{3A9}", "\u{4E2D}", "\u{2013}", "\u{A0}",
           "\u{1F1F0}", "\u{10FFFF}"]

    @Test(arguments: scalars)
    func theWordMaskIsTheComparisons(c: Unicode.Scalar) {
        #expect(Tokenizer.isWord(c) == Reference.isWord(c))
    }

    @Test func theWordTableIsTheUnicodeProperty() {
        // Every code point the table holds, and those around its two ranges.
        for v in UInt32(0)..<0x2100 {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(Tokenizer.isWord(c) == Reference.isWord(c), "\(v)")
            if v < 0x80 { #expect((Tokenizer.wordTable[Int(v)] != 0) == Reference.isWord(c), "\(v)") }
        }
    }

    /// Sentences of the fixture texts, cut at different places, so that buffers grow and shrink.
    static let sentences: [String] = FastPathTests.texts.flatMap { text in
        [text, String(text.prefix(7)), "", String(text.dropFirst(11)), String(text.prefix(40))]
    }

    @Test func aReusedBufferHoldsTheSentencesTokensAlone() {
        var vocabulary = TokenVocabulary(capacity: 16)  // forgotten and rebuilt on the way
        var buffer: [Token] = []
        var previous: [Token] = []
        for sentence in Self.sentences + Self.sentences.reversed() {
            let scalars = Array(sentence.unicodeScalars)
            let kept = buffer  // a copy of the buffer keeps the earlier sentence's tokens
            Tokenizer.tokens(scalars[...], vocabulary: &vocabulary, into: &buffer)
            #expect(buffer == Tokenizer.tokens(scalars[...]), "\(sentence.debugDescription)")
            #expect(kept == previous)
            previous = buffer
        }
    }

    @Test func aTokensStoredFlagsAreThoseOfItsText() {
        let tokens = TieRuleFastPathTests.tokens(count: 600, seed: 5) + Tokenizer.tokens(Array(Self.sentences.joined(separator: " ").unicodeScalars)[...])
        for var token in tokens {
            #expect(token.isCapitalised == Token.isCapitalised(token.text))
            #expect(token.isHyphenatedName == Token.isHyphenatedName(token.text))
            #expect(token.strings.keyIsLower == (token.key == token.lower))
            let possessive = token.isPossessive
            token.isPossessive.toggle()
            #expect(token.isPossessive == !possessive && token.isCapitalised == Token.isCapitalised(token.text))
            token.text = token.isCapitalised ? token.text.lowercased() : "X" + token.text
            #expect(token.isCapitalised == Token.isCapitalised(token.text) && token.isPossessive == !possessive)
        }
    }

    /// Words of every length to 9 that share prefixes, differ in their last code point only, or are
    /// not ASCII.
    static let vocabularyWords: [String] = {
        var words: [String] = []
        for n in 1...9 {
            let stem = String("abcdefghi".prefix(n))
            words += [stem, String(stem.dropLast()) + "z", stem.uppercased(), String(stem.dropLast()) + "\u{E9}"]
        }
        return words + ["\u{212A}", "e\u{301}", "U.S", "x\u{2019}s"]
    }()

    @Test func theVocabularyComparesSpellingsAsTheirCodePoints() {
        var vocabulary = TokenVocabulary()
        for word in Self.vocabularyWords.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) {
            let scalars = Array(word.unicodeScalars)[...]
            _ = vocabulary.add(Tokenizer.word(scalars), spelled: scalars)
        }
        for probe in Self.vocabularyWords + Self.vocabularyWords.map({ $0 + "a" }) {
            let scalars = Array(probe.unicodeScalars)
            let linear = vocabulary.words.indices.first { vocabulary.spelled($0, scalars[...]) }
            let found = scalars.withUnsafeBufferPointer { s in
                vocabulary.index(of: s.baseAddress!, count: s.count, hash: TokenVocabulary.hash(scalars))
            }
            #expect(found == linear, "\(probe.debugDescription)")
        }
    }

    /// Tokens, and words their codes could be mistaken for: the keys of a word index and the words of
    /// phrases, ASCII, accented, and equal to ASCII only canonically (a Kelvin sign).
    static let phraseWords = ["the", "élysée", "elysee", "\u{212A}azakhstan", "kazakhstan", "e\u{301}lan", "élan", "china",
                              "china's", "us", "brasília", "x", ""]

    @Test func theWordIndexScreenAnswersAsItsDictionary() {
        // (Canonically equal words are one key: "e\u{301}lan" is "élan".)
        let dictionary = Dictionary(Self.phraseWords.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let index = WordIndex(dictionary)
        let tokens = TieRuleFastPathTests.tokens(count: 800, seed: 9) + Tokenizer.tokens(Array(Self.phraseWords.joined(separator: " ").unicodeScalars)[...])
        for token in tokens {
            for (word, code) in [(token.lower, token.lowerCode), (token.key, token.keyCode)] {
                #expect(index.value(code: code) { word } == dictionary[word], "\(word.debugDescription)")
                if !index.mayContain(code) { #expect(dictionary[word] == nil, "\(word.debugDescription)") }
            }
        }
    }

    @Test func aPhraseWordsCodeRulesOutOnlyOtherWords() {
        let tokens = TieRuleFastPathTests.tokens(count: 800, seed: 13) + Tokenizer.tokens(Array(Self.phraseWords.joined(separator: " ").unicodeScalars)[...])
        for word in Self.phraseWords {
            let code = WordCode.ofPhraseWord(word)
            #expect(code == (WordIndex<Int>.asciiEquivalent(of: word).map(WordCode.of) ?? 0))
            for token in tokens where !WordCode.mayBeEqual(token: token.lowerCode, phrase: code) {
                #expect(token.lower != word, "\(token.lower.debugDescription) \(word.debugDescription)")
            }
        }
    }

    /// Words of ASCII and curly apostrophes: capitals, hyphenated names, possessives, digits, a final dot.
    static let asciiWords: [String] = {
        var generator = TieRuleFastPathTests.Generator(state: 17)
        let pieces = ["a", "s", "S", "K", "z", "7", "-", "'", "\u{2019}", "'s", "\u{2019}s", "-K", "x-", "ab", "."]
        var words = ["J.", "U.S", "U.S.", "Kyrgyz-Tajik", "long-standing", "China\u{2019}s", "Afghans", "a-\u{2019}b", "US's"]
        for _ in 0..<600 {
            var word = ["a", "K", "s", "9", "Q"][generator.below(5)]
            for _ in 0..<generator.below(7) { word += pieces[generator.below(pieces.count)] }
            words.append(word)
        }
        return words
    }()

    @Test func aByteWordIsTheUnicodeRulesWord() {
        for word in Self.asciiWords {
            let scalars = Array(word.unicodeScalars)[...]
            guard let fast = Tokenizer.asciiWord(scalars) else {
                Issue.record("\(word.debugDescription) is ASCII but for curly apostrophes")
                continue
            }
            let plain = Tokenizer.unicodeWord(scalars)
            #expect([fast.text, fast.key, fast.lower] == [plain.text, plain.key, plain.lower], "\(word.debugDescription)")
            #expect([fast.keyCode, fast.lowerCode] == [plain.keyCode, plain.lowerCode], "\(word.debugDescription)")
            // (Whether the word ends in `s` counts only where no `'s` is dropped: a token is possessive then.)
            #expect([fast.dropsPossessive, fast.dropsPossessive || fast.endsInS, fast.isHyphenatedName, fast.isCapitalised]
                    == [plain.dropsPossessive, plain.dropsPossessive || plain.endsInS, plain.isHyphenatedName, plain.isCapitalised],
                    "\(word.debugDescription)")
        }
        #expect(Tokenizer.asciiWord(Array("Bras\u{ED}lia".unicodeScalars)[...]) == nil)
    }

    @Test func aWordSetAnswersAsASetOfItsCodes() {
        let tokens = TieRuleFastPathTests.tokens(count: 1_500, seed: 21)
        for list in TieRuleFastPathTests.lists.map(\.0) + [WordSet(Set(tokens.prefix(300).map(\.key)))] {
            let codes = Set(list.words.map(WordCode.of).filter { $0 != 0 })
            for token in tokens {
                let plain = token.keyCode == 0 ? list.words.contains(token.key) : codes.contains(token.keyCode)
                #expect(list.contains(token) == plain, "\(token.key.debugDescription)")
            }
        }
    }
}

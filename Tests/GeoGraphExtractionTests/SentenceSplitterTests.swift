import Testing
@testable import GeoGraphExtraction

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test(arguments: [
        ("One. Two.", ["One.", "Two."]),
        ("Mr Putin met Dr. Xi. They talked.", ["Mr Putin met Dr. Xi.", "They talked."]),
        ("The U.S. Navy arrived. Then it left.", ["The U.S. Navy arrived.", "Then it left."]),
        ("Talks in Jan. 2023 failed. Why?", ["Talks in Jan. 2023 failed.", "Why?"]),
        ("J. Smith wrote it. He left.", ["J. Smith wrote it.", "He left."]),
        ("He said: \"We agree.\" Then he left.", ["He said: \"We agree.\"", "Then he left."]),
        ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
        ("Headline without a stop\nBody sentence.", ["Headline without a stop", "Body sentence."]),
        ("Prices rose (by 5%.) Trade fell.", ["Prices rose (by 5%.)", "Trade fell."]),
        ("It fell to 3.5 percent. Next.", ["It fell to 3.5 percent.", "Next."]),
        ("lower case. does not split", ["lower case. does not split"]),
        ("\n\n  Spaced out.  \n\n", ["Spaced out."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func spansAreCodePointOffsetsIntoTheOriginal() {
        let text = "Öl fließt. Gas — nicht."
        let spans = SentenceSplitter().split(text)
        #expect(spans == [0..<10, 11..<23])
    }
}

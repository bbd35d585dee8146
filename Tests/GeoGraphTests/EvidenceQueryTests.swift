import Testing
@testable import GeoGraph

/// What `find` matches, and the dates a window takes.
@Suite struct EvidenceQueryTests {
    static func evidence(cues: [String] = [], type: String? = nil) -> Evidence {
        Evidence(document: "a.txt", sentence: 0, span: 0..<1, cues: cues, eventType: type)
    }

    @Test(arguments: [
        ("ally", "Its other allies were Belarus and China.", true),
        ("ally", "It has rallied support.", false),
        ("recognise", "They vowed not to recognise the result.", true),
        ("joint ventures", "The two set up joint ventures in the south.", true),
        ("joint ventures", "Ventures that are joint.", false),
        ("host", "Turkey hosted the talks.", true),
        ("remittances", "Migrant remittances make up a third of GDP.", true),
        ("withdrawal", "The withdrawal of troops.", true),
        ("Friendship", "A treaty of friendship and good-neighbourliness.", true),
    ])
    func wordsMatchWholeWordsAndTheirEndings(text: String, sentence: String, expected: Bool) {
        #expect(EvidenceQuery(text: text).matches(Self.evidence(), sentence: sentence) == expected)
    }

    @Test func withoutTheSentenceWordsAreLookedForInTheCues() {
        let query = EvidenceQuery(text: "blockade")
        #expect(query.matches(Self.evidence(cues: ["oil blockades"]), sentence: nil))
        #expect(!query.matches(Self.evidence(cues: ["pipeline"]), sentence: nil))
    }

    @Test func typesAndCuesMustAllMatch() {
        let query = EvidenceQuery(text: nil, cue: "Loan", types: ["lend"])
        #expect(query.matches(Self.evidence(cues: ["loans from China"], type: "lend"), sentence: nil))
        #expect(!query.matches(Self.evidence(cues: ["loans from China"], type: "aid"), sentence: nil))
        #expect(!query.matches(Self.evidence(cues: ["credit"], type: "lend"), sentence: nil))
    }

    @Test(arguments: [
        ("2022", DateBound.End.since, "2022-01"), ("2022", .until, "2022-12"), ("2022-09", .since, "2022-09"),
        ("2024-02-29", .until, "2024-02-29"),
    ])
    func realDatesAreBounds(text: String, end: DateBound.End, expected: String) {
        #expect(DateBound.parse(text, as: end) == expected)
    }

    @Test(arguments: ["2023-02-29", "2022-13", "2022-9", "22", "2022-00", "2022-04-31", "last year"])
    func otherTextIsNot(text: String) {
        #expect(DateBound.parse(text, as: .since) == nil)
    }
}

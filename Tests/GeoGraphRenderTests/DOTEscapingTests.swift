import Testing

@testable import GeoGraphRender

@Suite struct DOTEscapingTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a\"b", "\"a\\\"b\""),
        ("back\\", "\"back\\\\\""),
        ("two\nlines", "\"two\\nlines\""),
        ("nul\u{0}bell\u{7}", "\"nulbell\""),
        ("graph", "\"graph\""),
    ])
    func quotedStringsCannotEscapeTheirQuotes(text: String, expected: String) {
        #expect(DOTEscaping.quoted(text) == expected)
    }

    @Test func htmlEscapesMarkup() {
        #expect(DOTEscaping.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test func longLabelsAreCapped() {
        let quoted = DOTEscaping.quoted(String(repeating: "x", count: 20_000))
        #expect(quoted.count == DOTEscaping.maximumLength + 2)
    }
}

import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// The typed HTML builder and the JSON written into script elements: hostile text stays text.
@Suite struct HTMLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var text: String
        var attribute: String
        var testDescription: String { input.debugDescription }
    }

    @Test(arguments: [
        Case(input: "Alpha & <Beta>", text: "Alpha &amp; &lt;Beta&gt;", attribute: "Alpha &amp; &lt;Beta&gt;"),
        Case(input: "</script><script>alert(1)</script>",
             text: "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
             attribute: "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        Case(input: "O'Neil \"Sons\"", text: "O'Neil \"Sons\"", attribute: "O&#39;Neil &quot;Sons&quot;"),
        Case(input: "line\u{2028}separator", text: "line\u{2028}separator", attribute: "line\u{2028}separator"),
        Case(input: "bell\u{07}and\u{0}nul", text: "bellandnul", attribute: "bellandnul"),
        Case(input: "&amp; stays &amp;amp;", text: "&amp;amp; stays &amp;amp;amp;", attribute: "&amp;amp; stays &amp;amp;amp;"),
    ])
    func textAndAttributesAreEscaped(_ c: Case) {
        #expect(HTML.escapeText(c.input) == c.text)
        #expect(HTML.escapeAttribute(c.input) == c.attribute)
        #expect(HTML.element(.p, [(.title, c.input)], text: c.input).rendered == "<p title=\"\(c.attribute)\">\(c.text)</p>\n")
    }

    @Test func voidAndSVGElementsCloseAsTheirKindRequires() {
        let page = HTML.element(.div, [], [
            .element(.input, [(.type, "checkbox"), (.checked, "checked")], [.text("ignored")]),
            .element(.svg, [(.viewBox, "0 0 1 1")], [.element(.path, [(.d, "M0,0L1,1")])]),
        ])
        #expect(page.rendered == "<div><input type=\"checkbox\" checked=\"checked\"><svg viewBox=\"0 0 1 1\"><path d=\"M0,0L1,1\"/></svg></div>\n")
    }

    static let hostile = [
        "</script><script>alert(1)</script>", "<!-- comment -->", "O'Neil & \"Sons\" <Ltd>", "a\u{2028}b\u{2029}c",
        "back\\slash and \"quote\"", "</SCRIPT >", "tab\there\nnewline", "\u{1F600} emoji",
    ]

    @Test func scriptJSONHoldsNoMarkupAndParsesBackToTheSameStrings() throws {
        let value = JSONValue.object([
            ("names", .array(Self.hostile.map(JSONValue.string))), ("n", .int(3)), ("w", .number(0.25)), ("none", .null),
        ])
        let html = HTML.script(json: value, id: "data").rendered
        let open = "<script type=\"application/json\" id=\"data\">"
        #expect(html.hasPrefix(open) && html.hasSuffix("</script>"))
        let content = String(html.dropFirst(open.count).dropLast("</script>".count))
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!content.contains(forbidden)) }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(content.utf8)) as? [String: Any])
        #expect(parsed["names"] as? [String] == Self.hostile)
        #expect(parsed["n"] as? Int == 3)
        #expect(parsed["w"] as? Double == 0.25)
    }
}

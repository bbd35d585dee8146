import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// The explorer page: hostile names stay text, the data reads back, and the page is bounded.
@Suite struct ExplorerPageTests {
    static let hostileName = "</script><script>alert(1)</script>"
    static let hostileSentence = "Delta</script><!--<script>alert('x')</script>\u{2028}& \"quoted\" <b>bold</b>"

    /// Two actors with hostile names and one tie with `records` evidence records in two documents.
    static func figure(records: Int = 2) throws -> Figure {
        let actors = [
            Actor(id: "alpha", name: hostileName, kind: .state, names: ["A & <A>"]),
            Actor(id: "beta", name: "O'Neil & \"Sons\"\u{2028}<Ltd>", kind: .organisation),
        ]
        let evidence = (0..<records).map { i in
            Evidence(document: i % 2 == 0 ? "a.txt" : "b.txt", sentence: i, span: 0..<10, cues: ["cue </script>"],
                     date: i % 2 == 0 ? "2024-01-0\(1 + i % 9)" : "2023-05", eventType: i % 3 == 0 ? "sanction" : "protest")
        }
        let tie = Tie(source: "alpha", target: "beta", layer: .economic, polarity: .tension, weight: 0.5, evidence: evidence)
        let graph = try Graph(
            title: "Title & <title>", documents: [Document(file: "a.txt", outlet: "Wire <One>"), Document(file: "b.txt")],
            actors: actors, ties: [tie])
        var figure = Figure.overview(of: graph)
        figure.marksTies = true
        return figure
    }

    static func page(_ figure: Figure, sentences: [Evidence: String] = [:], limits: ExplorerPage.Limits = .init()) throws -> String {
        let svg = try GraphvizRenderer.render(figure, format: .svg)
        return try ExplorerPage(
            figure: figure, svg: String(decoding: svg, as: UTF8.self), layerColors: FigureStyle.standard.layers,
            view: "graph g.yaml; all layers & <everything>", sentences: sentences, corpusNote: "Sentences from <corpus>.",
            limits: limits
        ).html()
    }

    /// The page's data, read back as the script reads it.
    static func data(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"\(ExplorerPage.dataElementID)\">"
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    static func ties(_ data: [String: Any]) throws -> [[String: Any]] { try #require(data["ties"] as? [[String: Any]]) }

    @Test func hostileNamesCuesAndSentencesStayText() throws {
        let figure = try Self.figure()
        let sentences = Dictionary(uniqueKeysWithValues: figure.ties[0].evidence.map { ($0, Self.hostileSentence) })
        let html = try Self.page(figure, sentences: sentences)
        // Only the page's own two scripts open and close; no data can start a comment or a script.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!html.contains("<!--"))
        #expect(!html.contains("<script>alert") && !html.contains("<b>bold"))
        #expect(html.contains("<title>Title &amp; &lt;title&gt;</title>"))
        #expect(html.contains("graph g.yaml; all layers &amp; &lt;everything&gt;"))
        // …and the script gets every string back exactly.
        let data = try Self.data(html)
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect(actors.map { $0["name"] as? String } == [Self.hostileName, "O'Neil & \"Sons\"\u{2028}<Ltd>"])
        #expect(actors[0]["aliases"] as? [String] == ["A & <A>"])
        let evidence = try #require(try Self.ties(data)[0]["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["text"] as? String } == [Self.hostileSentence, Self.hostileSentence])
        #expect(evidence[0]["cues"] as? [String] == ["cue </script>"])
        let documents = try #require(data["documents"] as? [[String: Any]])
        #expect(documents[0]["outlet"] as? String == "Wire <One>")
    }

    @Test func evidenceIsCappedPerTieButEveryRecordIsCountedAndFiltered() throws {
        let figure = try Self.figure(records: 30)
        let html = try Self.page(figure, limits: .init(maximumEvidencePerTie: 5))
        let tie = try Self.ties(try Self.data(html))[0]
        #expect((tie["evidence"] as? [Any])?.count == 5)
        #expect(tie["evidenceCount"] as? Int == 30)
        // The filters test facets of all 30 records: dates and types beyond the first five are there.
        let facets = try #require(tie["facets"] as? [[Any]])
        let all = Set(figure.ties[0].evidence.map { "\($0.date ?? "")|\($0.eventType ?? "")" })
        #expect(Set(facets.map { "\($0[0] as? String ?? "")|\($0[1] as? String ?? "")" }) == all)
        #expect(html.contains("At most 5 evidence records a tie are embedded (--max-evidence); 1 tie has more"))
    }

    @Test func longSentencesAreCutAndSaySo() throws {
        let figure = try Self.figure(records: 1)
        let long = String(repeating: "word ", count: 400)
        let html = try Self.page(figure, sentences: [figure.ties[0].evidence[0]: long], limits: .init(maximumSentenceLength: 50))
        let record = try #require((try Self.ties(try Self.data(html))[0]["evidence"] as? [[String: Any]])?.first)
        #expect(record["text"] as? String == String(long.prefix(50)) + "\u{2026}")
        #expect(record["cut"] as? Bool == true)
    }

    @Test func aPageOverTheSizeLimitIsRefusedUnlessUnlimited() throws {
        let figure = try Self.figure(records: 30)
        let sentences = Dictionary(uniqueKeysWithValues: figure.ties[0].evidence.map { ($0, String(repeating: "x", count: 900)) })
        #expect(throws: ExplorerPageError.self) {
            try Self.page(figure, sentences: sentences, limits: .init(maximumEvidencePerTie: 30, maximumBytes: 30_000))
        }
        let html = try Self.page(figure, sentences: sentences, limits: .init(maximumEvidencePerTie: 30, maximumBytes: nil))
        #expect(html.utf8.count > 30_000)
        let error = ExplorerPageError.tooLarge(bytes: 31_000_000, limit: 20_000_000)
        #expect(error.description.hasPrefix("the explorer page would take more than 31 MB (limit 20 MB); narrow the view"))
    }

    @Test func thePageStatesItsViewAndCountsAndFiltersByWhatItHolds() throws {
        let html = try Self.page(try Self.figure(records: 3))
        #expect(html.contains("<strong>Computed on: </strong>graph g.yaml; all layers &amp; &lt;everything&gt;. 2 actors, 1 tie, 3 evidence records."))
        #expect(html.contains("<p id=\"corpus-note\" class=\"note\">Sentences from &lt;corpus&gt;.</p>"))
        // Only the layers and event types present are offered, the types with their counts.
        #expect(html.contains("value=\"economic\"") && !html.contains("value=\"security\""))
        #expect(html.contains("<option value=\"protest\">protest (2)</option><option value=\"sanction\">sanction (1)</option>"))
    }

    @Test func theSameFigureGivesTheSameBytes() throws {
        #expect(try Self.page(try Self.figure()) == (try Self.page(try Self.figure())))
    }

    @Test func thePageCodeAndStylesheetCannotEndTheirElementsOrReachOut() {
        let script = ExplorerScript.source.description, sheet = ExplorerStylesheet.source.description
        #expect(HTML.isSafeRawText(script, closing: "</script"))
        #expect(HTML.isSafeRawText(sheet, closing: "</style"))
        // Nothing written as markup, nothing loaded: the panel is built from text nodes only.
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "fetch(",
                          "XMLHttpRequest", "import(", "localStorage", "url("] {
            #expect(!script.contains(forbidden), "the script uses \(forbidden)")
            #expect(!sheet.contains(forbidden), "the style sheet uses \(forbidden)")
        }
        // The only address is the SVG namespace createElementNS needs (it is a name, not a request).
        let addresses = script.components(separatedBy: "http").dropFirst().map { "http" + $0.prefix { $0 != "'" } }
        #expect(addresses == ["http://www.w3.org/2000/svg"])
        #expect(!sheet.contains("http") && !sheet.contains("@import"))
    }
}

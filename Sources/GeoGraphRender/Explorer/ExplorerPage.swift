import GeoGraph

/// One self-contained HTML page for exploring a graph in a browser: the overview drawn by Graphviz,
/// the graph as JSON, and a plain script (no network, no external file; it works from `file://`).
///
/// The page filters by layer, polarity, event type and date, shows an actor's ties when the actor
/// is clicked and a tie's evidence (the sentences themselves, when they were read from the corpus)
/// when the tie is clicked, and searches actors and evidence (names, aliases, cues, sentences). It
/// states the view it was computed on, and what it left out.
///
/// Everything is built with ``HTML``: names, cues and sentences are escaped wherever they go, the
/// SVG passes ``SVGSanitizer``, and the data is written by ``ScriptJSON``. The page is bounded: at
/// most ``Limits/maximumEvidencePerTie`` evidence records a tie (each tie still says how many it has),
/// sentences cut at ``Limits/maximumSentenceLength`` characters, and the whole page refused beyond
/// ``Limits/maximumBytes``.
///
/// The figure must be drawn with ``Figure/marksTies`` set, so that each SVG edge names the ties it
/// draws by their position in ``Figure/ties``; the page's ties are the figure's, in that order.
public struct ExplorerPage: Sendable {
    /// How much the page may hold.
    public struct Limits: Sendable, Equatable {
        /// The default for ``maximumEvidencePerTie``.
        public static let defaultEvidencePerTie = 20
        /// The default for ``maximumBytes``: 20 MB.
        public static let defaultBytes = 20_000_000

        /// The most evidence records embedded for one tie (the first in the tie's order); the tie
        /// still counts all of them and filters by all of them.
        public var maximumEvidencePerTie: Int
        /// Sentences longer than this many characters are cut, with an ellipsis, and marked as cut.
        public var maximumSentenceLength: Int
        /// The largest page, in bytes of UTF-8; `nil` for no limit.
        public var maximumBytes: Int?

        public init(
            maximumEvidencePerTie: Int = defaultEvidencePerTie, maximumSentenceLength: Int = 1_000,
            maximumBytes: Int? = defaultBytes
        ) {
            self.maximumEvidencePerTie = maximumEvidencePerTie
            self.maximumSentenceLength = maximumSentenceLength
            self.maximumBytes = maximumBytes
        }
    }

    /// The figure drawn on the page; its ties and actors are the page's.
    public var figure: Figure
    /// The figure as SVG, rendered by Graphviz with ``Figure/marksTies`` set.
    public var svg: String
    /// The layer colours of the style the figure was drawn in, for the filter's swatches.
    public var layerColors: [Layer: HexColor]
    /// One line saying what the page was computed on (graph file, layers, polarity, window…).
    public var view: String
    /// The sentence each evidence pointer points at, where the corpus was read.
    public var sentences: [Evidence: String]
    /// One line saying where the sentences come from, or why they are missing.
    public var corpusNote: String
    public var limits: Limits

    /// A page for `figure`.
    /// - Parameters:
    ///   - figure: The figure (normally ``Figure/overview(of:layout:)`` of the view's graph), with
    ///     ``Figure/marksTies`` set.
    ///   - svg: The figure rendered as SVG.
    ///   - layerColors: The layer colours of the style it was drawn in.
    ///   - view: What the page was computed on, in one line.
    ///   - sentences: The sentences read from the corpus (empty without one).
    ///   - corpusNote: Where the sentences come from, or why there are none.
    ///   - limits: How much the page may hold.
    public init(
        figure: Figure, svg: String, layerColors: [Layer: HexColor], view: String, sentences: [Evidence: String] = [:],
        corpusNote: String, limits: Limits = Limits()
    ) {
        self.figure = figure
        self.svg = svg
        self.layerColors = layerColors
        self.view = view
        self.sentences = sentences
        self.corpusNote = corpusNote
        self.limits = limits
    }

    /// The id of the script element that holds the data.
    public static let dataElementID = "explorer-data"

    /// The page as HTML.
    /// - Throws: ``ExplorerPageError/tooLarge(bytes:limit:)`` beyond ``Limits/maximumBytes`` (checked
    ///   while the evidence is gathered, so an oversized page is refused before it is built),
    ///   ``ExplorerPageError/malformedSVG(reason:)`` when the SVG cannot be read.
    public func html() throws -> String {
        let drawing = try SVGSanitizer.sanitize(svg)
        let data = try self.data(reserved: svg.utf8.count)
        let title = figure.graph.title ?? "GeoGraph explorer"
        let page = HTML.element(.html, [(.lang, "en")], [
            .element(.head, [], [
                .element(.meta, [(.charset, "utf-8")]),
                .element(.meta, [(.name, "viewport"), (.content, "width=device-width, initial-scale=1")]),
                .element(.title, text: title),
                .style(ExplorerStylesheet.source),
            ]),
            .element(.body, [], [
                header(title: title),
                controls,
                .element(.main, [(.id, "explorer")], [
                    .element(.section, [(.id, "figure"), (.ariaLabel, "Overview figure")], [
                        .element(.div, [(.class, "zoom")], [
                            .element(.button, [(.type, "button"), (.dataAction, "zoom-out"), (.title, "Smaller")], text: "\u{2212}"),
                            .element(.button, [(.type, "button"), (.dataAction, "zoom-fit"), (.title, "Fit the width")], text: "fit"),
                            .element(.button, [(.type, "button"), (.dataAction, "zoom-in"), (.title, "Larger")], text: "+"),
                        ]),
                        .element(.div, [(.id, "drawing")], [drawing]),
                    ]),
                    .element(.aside, [(.id, "panel"), (.ariaLive, "polite")], [
                        .element(.h2, text: "Explore"),
                        .element(.p, text: "Click an actor or a tie in the figure, or search, to see ties and their evidence here."),
                    ]),
                ]),
                .element(.noscript, [], [.element(.p, text: "The explorer needs JavaScript; the figure above is static without it.")]),
                .script(json: data, id: Self.dataElementID),
                .script(ExplorerScript.source),
            ]),
        ])
        let text = page.document
        if let limit = limits.maximumBytes, text.utf8.count > limit {
            throw ExplorerPageError.tooLarge(bytes: text.utf8.count, limit: limit)
        }
        return text
    }

    // MARK: Parts

    /// The title, the view and the notes on what the page holds.
    func header(title: String) -> HTML {
        let evidence = figure.ties.reduce(0) { $0 + $1.evidence.count }
        var lines: [HTML] = [
            .element(.h1, text: title),
            .element(.p, [(.id, "view"), (.class, "view")], [
                .element(.strong, text: "Computed on: "), .text(view),
                .text(". " + [Self.count(figure.actorIDs.count, "actor"), Self.count(figure.ties.count, "tie"),
                              Self.count(evidence, "evidence record")].joined(separator: ", ") + "."),
            ]),
            .element(.p, [(.id, "corpus-note"), (.class, "note")], text: corpusNote),
        ]
        let capped = figure.ties.filter { $0.evidence.count > limits.maximumEvidencePerTie }.count
        if capped > 0 {
            lines.append(
                .element(.p, [(.id, "cap-note"), (.class, "note")], text:
                    "At most \(limits.maximumEvidencePerTie) evidence records a tie are embedded (--max-evidence); "
                    + "\(capped) \(capped == 1 ? "tie has" : "ties have") more, and \(capped == 1 ? "its panel says" : "their panels say") how many "
                    + "(geograph explain A B lists them all). Filters use every record."))
        }
        return .element(.header, [], lines)
    }

    /// The filters and the search box; the script fills in the counts and reads the values.
    var controls: HTML {
        let layers = Layer.allCases.filter { layer in figure.ties.contains { $0.layer == layer } }
        let types = eventTypeCounts
        return .element(.form, [(.id, "filters"), (.autocomplete, "off")], [
            .element(.fieldset, [(.id, "layer-filter")], [.element(.legend, text: "Layer")] + layers.map { layer in
                .element(.label, [], [
                    .element(.input, [(.type, "checkbox"), (.name, "layer"), (.value, layer.rawValue), (.checked, "checked")]),
                    .element(.span, [(.class, "swatch"), (.dataLayer, layer.rawValue)]),
                    .text(layer.rawValue),
                ])
            }),
            .element(.fieldset, [], [
                .element(.legend, text: "Polarity"),
                .element(.select, [(.id, "polarity"), (.name, "polarity"), (.ariaLabel, "Polarity")], [
                    .element(.option, [(.value, "all")], text: "cooperation and tension"),
                    .element(.option, [(.value, Polarity.cooperation.rawValue)], text: "cooperation"),
                    .element(.option, [(.value, Polarity.tension.rawValue)], text: "tension"),
                ]),
            ]),
            .element(.fieldset, [], [
                .element(.legend, text: "Event type"),
                .element(.select, [(.id, "event-type"), (.name, "type"), (.ariaLabel, "Event type")],
                    [.element(.option, [(.value, "")], text: "any")]
                        + types.map { type, count in .element(.option, [(.value, type)], text: "\(type) (\(count))") }),
            ]),
            .element(.fieldset, [], [
                .element(.legend, text: "Dates"),
                .element(.input, [(.id, "date-from"), (.type, "text"), (.name, "from"), (.size, "10"), (.ariaLabel, "From (YYYY-MM or YYYY-MM-DD)"), (.placeholder, "from YYYY-MM")]),
                .element(.input, [(.id, "date-until"), (.type, "text"), (.name, "until"), (.size, "10"), (.ariaLabel, "Until (YYYY-MM or YYYY-MM-DD)"), (.placeholder, "until YYYY-MM")]),
            ]),
            .element(.fieldset, [(.class, "search")], [
                .element(.legend, text: "Search"),
                .element(.input, [(.id, "search"), (.type, "search"), (.name, "q"), (.spellcheck, "false"), (.ariaLabel, "Search actors and evidence"), (.placeholder, "actor, cue or words")]),
            ]),
            .element(.button, [(.id, "reset"), (.type, "reset")], text: "Reset"),
            .element(.output, [(.id, "status"), (.ariaLive, "polite")]),
        ])
    }

    /// `1 tie`, `2 ties`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Every event type the page's evidence reports, with how many records carry it, most first.
    var eventTypeCounts: [(type: String, count: Int)] {
        var counts: [String: Int] = [:]
        for tie in figure.ties {
            for e in tie.evidence { if let type = e.eventType { counts[type, default: 0] += 1 } }
        }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.type) < ($0.count, $1.type) }
    }
}

import Foundation
import Testing
@testable import GeoGraph

func fixturePath(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return url.path
}

@Suite struct GraphFileReaderTests {
    @Test func loadsTheSmallFixtureAndMergesRepeatedTies() throws {
        let graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        #expect(graph.title == "A small test graph")
        #expect(graph.actors.map(\.id) == ["alpha", "beta", "gamma", "gamma-leader", "bloc"])
        #expect(graph.ties.count == 3)
        let security = try #require(graph.ties.first { $0.layer == .security })
        #expect(security.evidence.count == 2)
        #expect(abs(security.weight - 0.75) < 1e-12)
        let blockade = try #require(graph.ties.first { $0.layer == .economic })
        #expect(blockade.isSymmetric)
        #expect(abs(blockade.weight - (1 - 0.7 * 0.6)) < 1e-12)
        #expect(graph.actor("gamma-leader")?.represents == "gamma")
        #expect(security.evidence.first?.date == "2024-01-05", "evidence inherits its document's date")
    }

    @Test(arguments: [
        ("Alpha", "alpha"), ("alphaville", "alpha"), ("the Citadel", "alpha"), ("Citadel", "alpha"),
        ("ALPHANS", "alpha"), ("Republic of Alpha", "alpha"), ("betaburg", "beta"), ("Mr Gamma", "gamma-leader"),
        ("tb", "bloc"), ("gamma", "gamma"),
    ])
    func aliasesResolveCaseInsensitively(name: String, id: String) throws {
        let graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        #expect(try graph.resolveActor(name).id == id)
    }

    @Test func unknownNamesSuggestTheNearestActors() throws {
        let graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        #expect {
            try graph.resolveActor("betta")
        } throws: { error in
            guard case ActorLookupError.unknown(let name, let suggestions) = error else { return false }
            return name == "betta" && suggestions.first == "beta" && suggestions.count == 3
                && "\(error)".hasPrefix("no actor 'betta'; did you mean beta, ")
        }
    }

    @Test func jsonRoundTripKeepsEverything() throws {
        let graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        let json = GraphFileWriter.json(graph)
        let back = try GraphFileReader.decode(json, path: "x.json")
        #expect(GraphFileWriter.json(back) == json)
        #expect(back.ties.count == graph.ties.count)
        #expect(back.actors == graph.actors)
    }

    @Test func yamlRoundTripKeepsEverything() throws {
        let graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        let yaml = GraphFileWriter.yaml(graph)
        let back = try GraphFileReader.decode(yaml, path: "x.yaml")
        #expect(GraphFileWriter.yaml(back) == yaml)
        #expect(GraphFileWriter.json(back) == GraphFileWriter.json(graph))
    }

    @Test func yamlWriterQuotesWhatYAMLWouldMisread() throws {
        var graph = Graph()
        try graph.add(Actor(id: "odd", name: "yes: \"no\" # 1", kind: .region, names: ["true", "0.5", "- dash", "Côte d'Ivoire"]))
        let back = try GraphFileReader.decode(GraphFileWriter.yaml(graph), path: "x.yaml")
        #expect(back.actors == graph.actors)
    }

    /// A field is found by its key's text whether the key is plain, quoted or tagged as a string.
    @Test(arguments: ["weight", "\"weight\"", "'weight'", "!!str weight"])
    func keysAreReadByTheirText(key: String) throws {
        let text = """
            schema: geograph/2
            actors: [{id: a, kind: state}, {"id": b, 'kind': state}]
            ties: [{source: a, target: b, layer: security, polarity: tension, \(key): 0.25, symmetric: true}]

            """
        let graph = try GraphFileReader.decode(text, path: "keys.yaml", baseDirectory: "/nonexistent")
        #expect(graph.actors.map(\.id) == ["a", "b"])
        #expect(graph.ties.map(\.weight) == [0.25])
        #expect(graph.ties.map(\.isSymmetric) == [true])
    }

    /// Scalars keep their YAML 1.1 meaning: plain `yes`/`True`/`off` are booleans, a quoted one is a
    /// string, `!!bool` makes one; numbers and nulls are read from their text, quoted or not.
    @Test(arguments: [
        ("symmetric: yes", true, 0.5, nil), ("symmetric: True", true, 0.5, nil), ("symmetric: off", false, 0.5, nil),
        ("symmetric: !!bool \"true\"", true, 0.5, nil), ("weight: .25", false, 0.25, nil), ("weight: \"0.25\"", false, 0.25, nil),
        ("weight: 1", false, 1, nil), ("reports: 0x1F", false, 0.5, 31), ("reports: ~", false, 0.5, nil),
        ("reports: null", false, 0.5, nil), ("reports: 1_000", false, 0.5, 1000),
    ] as [(String, Bool, Double, Int?)])
    func scalarsKeepTheirMeaning(field: String, symmetric: Bool, weight: Double, reports: Int?) throws {
        var fields = ["weight": "weight: 0.5", "symmetric": "symmetric: false", "reports": "reports: ~"]
        fields[String(field.prefix { $0 != ":" })] = field
        let text = """
            schema: geograph/2
            actors: [{id: a, kind: state}, {id: b, kind: state}]
            ties: [{source: a, target: b, layer: security, polarity: tension, \(fields.keys.sorted().map { fields[$0]! }.joined(separator: ", "))}]

            """
        let tie = try #require(try GraphFileReader.decode(text, path: "scalars.yaml", baseDirectory: "/nonexistent").ties.first)
        #expect(tie.isSymmetric == symmetric)
        #expect(tie.weight == weight)
        #expect(tie.reports == reports)
    }

    @Test func tsvEdgeListCreatesActorsFromIds() throws {
        let text = "source\ttarget\tlayer\tpolarity\tweight\nn1\tn2\tsecurity\t+\t0.5\nn2\tn3\teconomic\t-\t1\n"
        let graph = try GraphFileReader.decodeTSV(text, path: "g.tsv")
        #expect(graph.actors.map(\.id) == ["n1", "n2", "n3"])
        #expect(graph.ties.map(\.polarity) == [.cooperation, .tension])
        #expect(GraphFileWriter.tsv(graph) == text)
    }
}

/// One malformed file per case: the error names the file, the line, and what was wrong.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var line: Int
    var expected: String
    var testDescription: String { name }
}

private let header = """
    schema: geograph/1
    documents:
      - file: a.txt
    actors:
      - {id: a, name: A, kind: state, seats: [Acity]}
      - {id: b, name: B, kind: state}

    """

private func tie(_ body: String) -> String { header + "ties:\n  - " + body + "\n" }

let malformedCases: [MalformedCase] = [
    MalformedCase(name: "syntax error", yaml: "schema: geograph/1\nactors: [a, b\n", line: 3, expected: "not valid YAML/JSON"),
    MalformedCase(name: "missing schema", yaml: "actors: []\n", line: 1, expected: "schema is missing"),
    MalformedCase(name: "wrong schema", yaml: "schema: geograph/9\n", line: 1, expected: "schema is 'geograph/9'"),
    MalformedCase(name: "top level is a list", yaml: "- a\n- b\n", line: 1, expected: "expected a mapping"),
    MalformedCase(name: "unknown top field", yaml: "schema: geograph/1\nnodes: []\n", line: 2, expected: "unknown field 'nodes'"),
    MalformedCase(name: "unknown tie source", yaml: tie("{source: c, target: b, layer: security, polarity: tension, weight: 0.5}"), line: 8, expected: "no actor 'c'"),
    MalformedCase(name: "unknown layer", yaml: tie("{source: a, target: b, layer: military, polarity: tension, weight: 0.5}"), line: 8, expected: "unknown layer 'military'"),
    MalformedCase(name: "unknown polarity", yaml: tie("{source: a, target: b, layer: security, polarity: hostile, weight: 0.5}"), line: 8, expected: "unknown polarity 'hostile'"),
    MalformedCase(name: "weight above one", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 1.5}"), line: 8, expected: "weight 1.5 is outside (0, 1]"),
    MalformedCase(name: "weight zero", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0}"), line: 8, expected: "weight 0 is outside"),
    MalformedCase(name: "weight not a number", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: strong}"), line: 8, expected: "weight strong is outside"),
    MalformedCase(name: "missing weight", yaml: tie("{source: a, target: b, layer: security, polarity: tension}"), line: 8, expected: "a tie has no 'weight'"),
    MalformedCase(name: "self loop", yaml: tie("{source: a, target: a, layer: security, polarity: tension, weight: 0.5}"), line: 8, expected: "to itself"),
    MalformedCase(name: "duplicate actor id", yaml: header.replacingOccurrences(of: "{id: b,", with: "{id: a,"), line: 6, expected: "actor 'a' is defined twice (first at line 5)"),
    MalformedCase(name: "alias claimed twice", yaml: header.replacingOccurrences(of: "kind: state}", with: "kind: state, names: [acity]}"), line: 6, expected: "'acity' of actor 'b' is already claimed by 'a'"),
    MalformedCase(name: "invalid id", yaml: header.replacingOccurrences(of: "{id: b,", with: "{id: B B,"), line: 6, expected: "actor id 'B B' is not a slug"),
    MalformedCase(name: "unknown kind", yaml: header.replacingOccurrences(of: "{id: b, name: B, kind: state}", with: "{id: b, name: B, kind: country}"), line: 6, expected: "unknown actor kind 'country'"),
    MalformedCase(name: "unknown represents", yaml: header + "  - {id: c, name: C, kind: person, represents: zed}\n", line: 7, expected: "represents 'zed'"),
    MalformedCase(name: "evidence names unknown document", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, evidence: [{doc: z.txt, sentence: 1, span: [0, 4]}]}"), line: 8, expected: "document 'z.txt', which is not under documents"),
    MalformedCase(name: "bad span", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, evidence: [{doc: a.txt, sentence: 1, span: [9, 4]}]}"), line: 8, expected: "span [9, 4] must be"),
    MalformedCase(name: "negative sentence", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, evidence: [{doc: a.txt, sentence: -1, span: [0, 4]}]}"), line: 8, expected: "'sentence' must be a whole number"),
    MalformedCase(name: "bad date", yaml: "schema: geograph/1\ndocuments:\n  - {file: a.txt, date: 19 March 2024}\n", line: 3, expected: "date '19 March 2024' must be"),
    MalformedCase(name: "missing gazetteer", yaml: "schema: geograph/1\ngazetteer: nowhere.yaml\n", line: 2, expected: "gazetteer 'nowhere.yaml' not found"),
    MalformedCase(name: "tags not a list", yaml: header.replacingOccurrences(of: "{id: b, name: B, kind: state}", with: "{id: b, name: B, kind: state, tags: west}"), line: 6, expected: "'tags' must be a list of strings"),
    MalformedCase(name: "symmetric not a bool", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, symmetric: maybe}"), line: 8, expected: "'symmetric' must be true or false"),
    MalformedCase(name: "quoted boolean", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, symmetric: \"true\"}"), line: 8, expected: "'symmetric' must be true or false"),
    MalformedCase(name: "quoted whole number", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, reports: \"3\"}"), line: 8, expected: "'reports' must be a whole number"),
    MalformedCase(name: "key given twice", yaml: tie("{source: a, target: b, layer: security, polarity: tension, weight: 0.5, layer: economic}"), line: 8, expected: "duplicate key layer"),
    MalformedCase(name: "key tagged as another type", yaml: tie("{!!int source: a, target: b, layer: security, polarity: tension, weight: 0.5}"), line: 8, expected: "a tie has no 'source'"),
]

@Suite struct MalformedGraphFileTests {
    @Test(arguments: malformedCases)
    func malformedFileGivesOneLineErrorWithFileAndLine(_ c: MalformedCase) throws {
        do {
            _ = try GraphFileReader.decode(c.yaml, path: "bad.yaml", baseDirectory: "/nonexistent")
            Issue.record("expected an error for \(c.name)")
        } catch let error as GraphFileError {
            let message = error.description
            #expect(message.hasPrefix("bad.yaml:\(c.line): "), "\(message)")
            #expect(message.contains(c.expected), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test(arguments: [
        ("source\ttarget\nx\ty\n", 1, "TSV header"),
        ("source\ttarget\tlayer\tpolarity\tweight\na\tb\tsecurity\t+\n", 2, "row has 4 columns"),
        ("source\ttarget\tlayer\tpolarity\tweight\na\tb\tsea\t+\t0.5\n", 2, "unknown layer 'sea'"),
        ("source\ttarget\tlayer\tpolarity\tweight\na\tb\tsecurity\t*\t0.5\n", 2, "unknown polarity '*'"),
        ("source\ttarget\tlayer\tpolarity\tweight\n\na\tb\tsecurity\t+\t2\n", 3, "weight 2 is outside"),
        ("source\ttarget\tlayer\tpolarity\tweight\nA B\tb\tsecurity\t+\t0.5\n", 2, "not a slug"),
    ])
    func malformedTSV(text: String, line: Int, expected: String) {
        #expect {
            _ = try GraphFileReader.decodeTSV(text, path: "g.tsv")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("g.tsv:\(line): ") && message.contains(expected)
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            _ = try GraphFileReader.load(path: "/nonexistent/graph.yaml")
        } throws: { error in "\(error)" == "/nonexistent/graph.yaml: cannot read the file: no such file" }
    }
}

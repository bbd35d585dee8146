import Testing
@testable import GeoGraph

/// The layout `JSONValue.rendered` had when it joined strings level by level; the byte-buffer
/// writer must give the same bytes.
private func joinedRendering(_ value: JSONValue, indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch value {
    case .object(let pairs):
        if pairs.isEmpty { return "{}" }
        let body = pairs.map { "\(pad)\(JSONValue.quote($0.0)): \(joinedRendering($0.1, indent: indent + 1))" }
        return "{\n" + body.joined(separator: ",\n") + "\n\(close)}"
    case .array(let items):
        if items.isEmpty { return "[]" }
        if items.allSatisfy(\.isScalar) { return "[" + items.map { joinedRendering($0) }.joined(separator: ", ") + "]" }
        return "[\n" + items.map { pad + joinedRendering($0, indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
    case .string(let text): return JSONValue.quote(text)
    case .number(let value): return JSONValue.format(value)
    case .int(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    }
}

@Suite struct JSONWriterTests {
    /// The cases, made inside each test rather than kept in a static array: LeakSanitizer cannot see
    /// the pointers a global array of indirect enums holds and reports them as leaks.
    static func values() -> [JSONValue] {
        [
            .null, .bool(true), .int(0), .int(-12), .int(9_007_199_254_740_993), .number(0.1), .number(-0.0), .number(3),
            .number(1e-7), .number(.infinity), .string(""), .string("say \"hi\"\\\n\t\r\u{1}\u{2028}\u{2029} “curly” Côte"),
            .array([]), .object([]), .array([.int(1), .string("a"), .null]),
            .array([.array([]), .object([]), .array([.int(1)])]),
            .object([("a", .object([("b", .array([.object([("c", .int(1))]), .int(2)]))])), ("", .array([.null]))]),
        ]
    }

    @Test func everyCaseIsRun() { #expect(Self.values().count == 17) }

    @Test(arguments: 0..<17)
    func writerLaysOutValuesAsTheJoinedRenderingDid(index: Int) {
        let value = Self.values()[index]
        for indent in [0, 1, 3] {
            #expect(value.rendered(indent: indent) == joinedRendering(value, indent: indent))
        }
    }

    @Test func streamedGraphMatchesItsTree() throws {
        var graph = try GraphFileReader.load(path: try fixturePath("small.yaml"))
        #expect(GraphFileWriter.json(graph) == joinedRendering(GraphFileWriter.document(graph)) + "\n")
        graph.title = nil
        try graph.add(Actor(id: "odd", name: "Say \"odd\"\n", kind: .region, names: ["Côte d’Ivoire"]))
        graph.add(Document(file: "z “quoted”.txt", date: nil, outlet: "An outlet", title: "A\ttitle"))
        try graph.add(Tie(source: "odd", target: "alpha", layer: .diplomatic, polarity: .tension, weight: 0.3,
                          evidence: [Evidence(document: "z “quoted”.txt", sentence: 12, span: 0..<1_234, cues: []),
                                     Evidence(document: "z “quoted”.txt", sentence: 0, span: 5..<9, cues: ["a", "b\""],
                                              date: "2024-01", confidence: 0.56)]))
        try graph.add(Tie(source: "alpha", target: "odd", layer: .economic, polarity: .cooperation, weight: 1,
                          isSymmetric: true))
        // An evidence object too long for the writer's stack buffer, and numbers past eight digits.
        try graph.add(Tie(source: "odd", target: "alpha", layer: .security, polarity: .cooperation, weight: 0.25,
                          evidence: [Evidence(document: "z “quoted”.txt", sentence: 123_456_789, span: 99_999_999..<100_000_001,
                                              cues: [String(repeating: "long cue ", count: 200)], confidence: 1)]))
        #expect(GraphFileWriter.json(graph) == joinedRendering(GraphFileWriter.document(graph)) + "\n")
        #expect(GraphFileWriter.json(Graph()) == joinedRendering(GraphFileWriter.document(Graph())) + "\n")
    }
}

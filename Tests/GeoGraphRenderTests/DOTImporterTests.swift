import GeoGraph
import Testing

@testable import GeoGraphRender

@Suite struct DOTImporterTests {
    @Test func readsDomainAttributesAndAppliesDocumentedDefaults() throws {
        let dot = """
            digraph sketch {
              "Russia" [kind=state, tags="great-power"];
              csto [name="CSTO", kind=organisation];
              Russia -> Kazakhstan [layer=security, polarity=tension, weight=0.7];
              Russia -> csto;
            }
            """
        let graph = try DOTImporter.importGraph(dot: dot, path: "s.dot").graph
        #expect(graph.actors.map(\.id) == ["russia", "csto", "kazakhstan"])
        #expect(graph.actor("csto")?.name == "CSTO")
        #expect(graph.actor("csto")?.kind == .organisation)
        #expect(graph.actor("kazakhstan")?.kind == .state)
        #expect(graph.actor("russia")?.tags == ["great-power"])
        let security = try #require(graph.ties.first { $0.target == "kazakhstan" })
        #expect((security.layer, security.polarity, security.weight) == (.security, .tension, 0.7))
        let plain = try #require(graph.ties.first { $0.target == "csto" })
        #expect(plain.layer == DOTImporter.defaultLayer && plain.polarity == DOTImporter.defaultPolarity)
        #expect(plain.weight == DOTImporter.defaultWeight && !plain.isSymmetric)
    }

    @Test func undirectedEdgesAndDirBothBecomeSymmetricTies() throws {
        let graph = try DOTImporter.importGraph(dot: "graph { a -- b }", path: "u.dot").graph
        #expect(graph.ties.first?.isSymmetric == true)
        let both = try DOTImporter.importGraph(dot: "digraph { a -> b [dir=both] }", path: "d.dot").graph
        #expect(both.ties.first?.isSymmetric == true)
    }

    @Test func attributesOffTheWhitelistAreDroppedAndListed() throws {
        let dot =
            #"digraph { stylesheet="x.css"; a [image="/etc/passwd", URL="javascript:alert(1)"]; a -> b [href="x", fontpath="/"] }"#
        let result = try DOTImporter.importGraph(dot: dot, path: "e.dot")
        #expect(result.dropped == ["URL", "fontpath", "href", "image"])
        #expect(result.graph.actors.map(\.name) == ["a", "b"])
    }

    /// Attributes that make Graphviz read files, on the graph, a node, an edge or a subgraph, never
    /// survive an import: the graph keeps none of their values.
    @Test(arguments: ["image", "shapefile", "fontpath", "imagepath", "stylesheet", "fontname"])
    func fileReadingAttributesAreDroppedOnImport(attribute: String) throws {
        let dot = "digraph { \(attribute)=\"/etc/passwd\"; subgraph cluster_x { a } a [\(attribute)=\"/etc/passwd\"]; "
            + "a -> b [\(attribute)=\"/etc/passwd\"] }"
        let result = try DOTImporter.importGraph(dot: dot, path: "f.dot")
        #expect(result.dropped == [attribute])
        #expect(!GraphFileWriter.yaml(result.graph).contains("/etc/passwd"))
    }

    @Test func ourOwnFiguresImportBackToTheSameTies() throws {
        let original = try Fixtures.region()
        let graph = try DOTImporter.importGraph(dot: DOTWriter().dot(.overview(of: original)), path: "o.dot").graph
        #expect(graph.ties.map(\.key).sorted() == original.ties.map(\.key).sorted())
        #expect(Set(graph.actors.map(\.kind)) == Set(original.actors.map(\.kind)))
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var dot: String
        var message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        BadCase(
            dot: "digraph {\n a -> b\n c -> ;\n}",
            message: "bad.dot:3: cannot read DOT: syntax error in line 3 near ';'"),
        BadCase(
            dot: "digraph { a -> b [layer=trade] }",
            message: "bad.dot: edge a -> b: layer=\"trade\" is not valid; expected security, economic or diplomatic"),
        BadCase(
            dot: "digraph { a -> b [polarity=hostile] }",
            message: "bad.dot: edge a -> b: polarity=\"hostile\" is not valid; expected cooperation or tension"),
        BadCase(
            dot: "digraph { a -> b [weight=2] }",
            message: "bad.dot: edge a -> b: weight=\"2\" is not valid; expected a number in (0, 1]"),
        BadCase(
            dot: "digraph { a [kind=planet] }",
            message: "bad.dot: node a: kind=\"planet\" is not valid; expected state, organisation, person or region"),
        BadCase(
            dot: "digraph { dpi=20000; a }",
            message: "bad.dot: dpi=\"20000\" is beyond the limit (600); remove it or make it smaller"),
        BadCase(
            dot: "digraph { size=\"9999,9999\"; a }",
            message: "bad.dot: size=\"9999,9999\" is beyond the limit (200 inches a side); remove it or make it smaller"
        ),
        BadCase(dot: "digraph { a -> a }", message: "bad.dot: edge a -> a is a self-loop; a tie needs two actors"),
    ])
    func badDOTGivesOneLineNamingFileAndProblem(bad: BadCase) {
        do {
            _ = try DOTImporter.importGraph(dot: bad.dot, path: "bad.dot")
            Issue.record("expected an error")
        } catch let error as DOTImportError {
            #expect(error.description == bad.message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func slugsAreMadeUniqueForNodeIDsThatAreNotSlugs() {
        var used: Set<String> = []
        #expect(DOTImporter.uniqueSlug(for: "South Korea", used: &used) == "south-korea")
        #expect(DOTImporter.uniqueSlug(for: "South  Korea!", used: &used) == "south-korea-2")
        #expect(DOTImporter.uniqueSlug(for: "中国", used: &used) == "actor")
    }
}

/// Finding F10 of the second hostile review: numeric attributes that set Graphviz's work are bounded.
@Suite struct DOTImportLimitTests {
    @Test(arguments: [
        "a [sides=100000000]", "a [peripheries=1000000]", "b [fontsize=\"1e9\"]", "a -> b [penwidth=100000]",
        "node [sides=\"1e8x\"]; a", "graph [nslimit=\"1e12\"]",
    ])
    func f10NumericAttributesAreBounded(statement: String) {
        let dot = "digraph { \(statement); a -> b }"
        #expect {
            try DOTImporter.importGraph(dot: dot, path: "s.dot")
        } throws: { error in
            guard case DOTImportError.absurd(_, let attribute, _, _) = error else { return false }
            return DOTImporter.numericLimits.contains { attribute.hasPrefix($0.0 + " of ") }
        }
    }

    @Test func f10OrdinaryValuesStillImport() throws {
        let dot = "digraph { a [sides=6, peripheries=2, fontsize=14]; a -> b [penwidth=3] }"
        #expect(try DOTImporter.importGraph(dot: dot, path: "s.dot").graph.actors.count == 2)
    }
}

import Foundation
import Testing
@testable import GeoGraph

/// The bundled graphs: the gazetteer and the Central Asia reference graph.
enum Bundled {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var gazetteerPath: String { root.appendingPathComponent("Graphs/actors.yaml").path }
    static var referencePath: String { root.appendingPathComponent("Graphs/central-asia.yaml").path }
}

@Suite struct GazetteerTests {
    let gazetteer: Graph

    init() throws { gazetteer = try GraphFileReader.load(path: Bundled.gazetteerPath) }

    @Test func holdsEveryUNMemberStateWithACapital() {
        let members = gazetteer.actors.filter { $0.hasTag("un-member") }
        #expect(members.count == 193)
        #expect(members.allSatisfy { $0.kind == .state && !$0.seats.isEmpty })
    }

    /// "Dominican" names two states, so Dominica has none rather than a misread one; "Congolese", like the bare
    /// "Congo", is DR Congo's (the news names the Republic of the Congo in full or as Congo-Brazzaville).
    @Test func everyStateButTheAmbiguousOnesHasADemonym() {
        let missing = gazetteer.actors.filter { $0.hasTag("un-member") && $0.demonyms.isEmpty }.map(\.id)
        #expect(missing.sorted() == ["dominica", "republic-of-the-congo"])
    }

    @Test func leadersRepresentAnActorOfTheGazetteer() {
        let leaders = gazetteer.actors.filter { $0.hasTag("leader") }
        #expect(leaders.count >= 20)
        #expect(leaders.allSatisfy { $0.represents.map { gazetteer.contains(actor: $0) } == true })
    }

    @Test(arguments: [
        ("Kremlin", "russia"), ("the Kremlin", "russia"), ("Moscow", "russia"), ("Beijing", "china"),
        ("Astana", "kazakhstan"), ("Nur-Sultan", "kazakhstan"), ("Kazakstan", "kazakhstan"), ("Kazakh", "kazakhstan"),
        ("Dushanbe", "tajikistan"), ("Tajik", "tajikistan"), ("Washington", "usa"), ("Chinese", "china"),
        ("Toqaev", "tokayev"), ("Mr Putin", "putin"), ("CSTO", "csto"), ("Collective Security Treaty Organization", "csto"),
        ("Shanghai Cooperation Organisation", "sco"), ("Türkiye", "turkey"), ("Bishkek", "kyrgyzstan"),
        ("Tashkent", "uzbekistan"), ("Ashgabat", "turkmenistan"), ("Kabul", "afghanistan"), ("New Delhi", "india"),
    ])
    func surfaceFormsResolve(form: String, id: String) throws {
        #expect(try gazetteer.resolveActor(form).id == id)
    }
}

@Suite struct ReferenceGraphTests {
    let graph: Graph

    init() throws { graph = try GraphFileReader.load(path: Bundled.referencePath) }

    @Test func isLargeEnough() {
        #expect(graph.actors.count >= 45)
        #expect(graph.ties.count >= 120)
    }

    @Test(arguments: Layer.allCases)
    func everyLayerHasBothPolarities(layer: Layer) {
        for polarity in Polarity.allCases {
            #expect(graph.ties.contains { $0.layer == layer && $0.polarity == polarity }, "\(layer) \(polarity)")
        }
    }

    @Test func everyTieHasEvidenceFromAListedDocument() {
        #expect(graph.ties.allSatisfy { !$0.evidence.isEmpty && $0.evidence.allSatisfy { !$0.cues.isEmpty } })
        let cited = Set(graph.ties.flatMap { $0.evidence.map(\.document) })
        #expect(cited == Set(graph.documents.map(\.file)))
        #expect(graph.documents.count == 5)
    }

    /// Quoted analysts are never actors of the graph, let alone parties: the gazetteer knows the ones
    /// the articles quote (so the extractor can tell them from parties), the reference graph lists none.
    @Test func analystsAreNeverActorsOrParties() throws {
        let gazetteer = try GraphFileReader.load(path: Bundled.gazetteerPath)
        let analysts = Set(gazetteer.actors.filter { $0.hasTag("analyst") }.map(\.id))
        #expect(analysts.isSuperset(of: ["temur-umarov", "nargis-kassenova", "raffaello-pantucci"]))
        #expect(graph.actors.allSatisfy { !analysts.contains($0.id) && !$0.hasTag("analyst") })
        #expect(graph.ties.allSatisfy { !analysts.contains($0.source) && !analysts.contains($0.target) })
    }

    @Test func groupStatementsGoToTheRegionActor() throws {
        let region = try #require(graph.actor("central-asia"))
        #expect(region.kind == .region)
        #expect(!graph.ties(of: "central-asia").isEmpty)
    }

    @Test func russiaAndKazakhstanAreTiedOnSeveralLayers() {
        let layers = Set(graph.ties(between: "russia", and: "kazakhstan").map(\.layer))
        #expect(layers.count >= 2)
    }

    @Test func actorsWithoutTiesArePeopleTheArticlesQuoteOrMention() {
        let idle = graph.actors.filter { graph.ties(of: $0.id).isEmpty }
        #expect(idle.allSatisfy { $0.kind == .person }, "\(idle.map(\.id))")
    }
}

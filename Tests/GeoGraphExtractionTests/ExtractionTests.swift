import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// Fixture texts written for these tests, run through the real lexicon and a small gazetteer.
enum ExtractionFixture {
    static let lexicon: Lexicon = {
        // swiftlint:disable:next force_try
        try! Lexicon.load(path: TestCorpus.root.appendingPathComponent("Graphs/lexicon.yaml").path)
    }()

    static let gazetteer: Graph = {
        var g = Graph()
        let actors = [
            Actor(id: "russia", name: "Russia", kind: .state, seats: ["Moscow", "the Kremlin"], demonyms: ["Russian", "Russians"]),
            Actor(id: "china", name: "China", kind: .state, seats: ["Beijing"], demonyms: ["Chinese"]),
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, names: ["Kazakstan"], seats: ["Astana"], demonyms: ["Kazakh"]),
            Actor(id: "tajikistan", name: "Tajikistan", kind: .state, seats: ["Dushanbe"], demonyms: ["Tajik"]),
            Actor(id: "turkey", name: "Turkey", kind: .state, seats: ["Ankara"], demonyms: ["Turkish"]),
            Actor(id: "uzbekistan", name: "Uzbekistan", kind: .state, demonyms: ["Uzbek"]),
            Actor(id: "turkmenistan", name: "Turkmenistan", kind: .state),
            Actor(id: "usa", name: "United States", kind: .state, names: ["US", "U.S."]),
            Actor(id: "csto", name: "CSTO", kind: .organisation, names: ["Collective Security Treaty Organization"]),
            Actor(id: "central-asia", name: "Central Asia", kind: .region, names: ["Central Asian countries"]),
            Actor(id: "putin", name: "Vladimir Putin", kind: .person, tags: ["leader"], represents: "russia", names: ["Putin", "Mr Putin"]),
            Actor(id: "rahmon", name: "Emomali Rahmon", kind: .person, tags: ["leader"], represents: "tajikistan", names: ["Rahmon"]),
            Actor(id: "umarov", name: "Temur Umarov", kind: .person, tags: ["analyst"], names: ["Umarov"]),
        ]
        // swiftlint:disable:next force_try
        for a in actors { try! g.add(a) }
        return g
    }()

    static let extractor = TieExtractor(matcher: ActorMatcher(gazetteer: gazetteer), lexicon: lexicon)

    static func tokens(_ text: String) -> [Token] { Tokenizer.tokens(Array(text.unicodeScalars)[...]) }

    /// The ties of one sentence as "source -> target layer polarity" ("<->" when symmetric).
    static func ties(_ text: String, previousPair: [String]? = nil) -> Set<String> {
        Set(extractor.extract(tokens(text), previousPair: previousPair).ties.map {
            "\($0.source) \($0.isSymmetric ? "<->" : "->") \($0.target) \($0.layer.rawValue) \($0.polarity.rawValue)"
        })
    }

    static func mentions(_ text: String) -> [String] {
        ActorMatcher(gazetteer: gazetteer).mentions(tokens(text)).map(\.actor)
    }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Russia's army", ["Russia's", "army"], ["russia", "army"]),
        ("Kazakhstan’s oil", ["Kazakhstan’s", "oil"], ["kazakhstan", "oil"]),
        ("the U.S. Navy", ["the", "U.S", "Navy"], ["the", "u.s", "navy"]),
        ("Kassym-Jomart Tokayev, D'Anieri.", ["Kassym-Jomart", "Tokayev", "D'Anieri"], ["kassym-jomart", "tokayev", "d'anieri"]),
    ])
    func wordsKeepInnerJoinersAndDropPossessives(text: String, words: [String], keys: [String]) {
        let tokens = ExtractionFixture.tokens(text)
        #expect(tokens.map(\.text) == words)
        #expect(tokens.map(\.key) == keys)
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Öl: Russia's."
        let t = ExtractionFixture.tokens(text)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[t[1].start..<t[1].end])) == "Russia's")
    }
}

@Suite struct ActorRecognitionTests {
    @Test(arguments: [
        ("The Collective Security Treaty Organization met.", ["csto"]),
        ("Russia's troops", ["russia"]),
        ("the Kazakh President spoke", ["kazakhstan"]),
        ("Chinese security forces", ["china"]),
        ("the Kremlin said", ["russia"]),
        ("Kazakstan and Uzbekistan", ["kazakhstan", "uzbekistan"]),
        ("china and russia in lower case", []),
        ("let us talk", []),
        ("the US and the U.S. agree", ["usa", "usa"]),
        ("Mr Putin", ["putin"]),
    ])
    func longestMatchWithCaseRules(text: String, expected: [String]) {
        #expect(ExtractionFixture.mentions(text) == expected)
    }
}

@Suite struct TieDetectionTests {
    typealias F = ExtractionFixture

    @Test func metonymyActorVersusPlace() {
        #expect(F.ties("Moscow threatened Astana.") == ["russia -> kazakhstan security tension"])
        #expect(F.ties("Officials met for talks in Moscow with Kazakhstan and China.").allSatisfy { !$0.contains("russia") })
    }

    /// The conventions: a negated event makes no tie; an explicit refusal is a tension tie of its own.
    @Test func negationMakesNoTieButARefusalDoes() {
        #expect(F.ties("Kazakhstan will not recognise Russia's claims.").contains("kazakhstan -> russia diplomatic tension"))
        #expect(F.ties("Kazakhstan did not support Russia in the vote.").isEmpty)
    }

    @Test func negatedTensionStatesNoTie() {
        #expect(F.ties("China does not threaten Kazakhstan.").isEmpty)
    }

    @Test func passiveVoiceFindsTheActorAfterBy() {
        #expect(F.ties("Kazakhstan was criticised by Russia.") == ["russia -> kazakhstan diplomatic tension"])
    }

    @Test func symmetricCuesAndWithMakeMutualTies() {
        #expect(F.ties("Tajikistan held joint exercises with China.") == ["china <-> tajikistan security cooperation"])
    }

    @Test func compoundActorsExpandIntoOneTiePerMember() {
        #expect(F.ties("Russia and China conduct joint exercises.") == ["china <-> russia security cooperation"])
        let ventures = F.ties("China runs joint ventures with Uzbekistan, Turkmenistan, and Kazakhstan.")
        #expect(ventures == ["china <-> uzbekistan economic cooperation", "china <-> turkmenistan economic cooperation",
                             "china <-> kazakhstan economic cooperation"])
    }

    @Test func quotedAnalystsAreNeverParties() {
        let ties = F.ties("According to Umarov, Russia threatened Kazakhstan.")
        #expect(ties == ["russia -> kazakhstan security tension"])
    }

    @Test func leadersStandForTheirStateAndKeepTheLeaderTie() {
        let ties = F.ties("Putin awarded Rahmon a medal.")
        #expect(ties.contains("russia -> tajikistan diplomatic cooperation"))
        #expect(ties.contains("putin -> rahmon diplomatic cooperation"))
    }

    @Test func theTwoCountriesCarriesThePreviousPair() {
        let ties = F.ties("The two countries signed a strategic partnership.", previousPair: ["kazakhstan", "turkey"])
        #expect(ties.contains("kazakhstan <-> turkey diplomatic cooperation"))
        #expect(F.ties("The two countries signed a strategic partnership.").isEmpty)
    }

    @Test func heOrSheContinuesTheLastLeaderNamed() {
        let tokens = F.tokens("He vowed not to recognise Russia's claims.")
        let ties = F.extractor.extract(tokens, speaker: "rahmon").ties.map { "\($0.source) -> \($0.target)" }
        #expect(ties.contains("tajikistan -> russia"))
        #expect(ties.contains("rahmon -> russia"), "the leader acts in person on the diplomatic layer")
        #expect(F.extractor.extract(tokens).ties.isEmpty)
    }

    @Test func joiningASecurityBlocIsASecurityTie() {
        var g = F.gazetteer
        // swiftlint:disable:next force_try
        try! g.add(Actor(id: "nato", name: "NATO", kind: .organisation, tags: ["security-bloc"]))
        let extractor = TieExtractor(matcher: ActorMatcher(gazetteer: g), lexicon: F.lexicon)
        let ties = extractor.extract(F.tokens("Turkey decided to join NATO.")).ties
        #expect(ties.map { "\($0.source) \($0.target) \($0.layer.rawValue)" } == ["turkey nato security"])
    }

    @Test func onlyALeaderWhoActsKeepsALeaderLevelTie() {
        let ties = F.ties("Russia criticised Rahmon.")
        #expect(ties == ["russia -> tajikistan diplomatic tension"])
    }

    @Test func hedgedCuesAreWeaker() {
        let plain = F.extractor.extract(F.tokens("Russia blockades Kazakhstan."), previousPair: nil).ties
        let hedged = F.extractor.extract(F.tokens("Russia allegedly blockades Kazakhstan."), previousPair: nil).ties
        #expect(plain.first?.strength == 0.9)
        #expect(hedged.first?.strength == 0.3)
    }

    @Test func groupStatementsGoToTheRegion() {
        #expect(F.ties("Central Asian countries criticised Russia.") == ["central-asia -> russia diplomatic tension"])
    }
}

@Suite struct DebrisAndLoadingTests {
    @Test func headlineListsAfterReadAlsoAreDebris() {
        let text = "Russia threatened Kazakhstan.\nSubscribe to our Telegram channel\nRead also\nChina attacked Russia\n25 September 2023 - 17:01\n"
        let scalars = Array(text.unicodeScalars)
        let debris = DebrisFilter.debrisRanges(scalars)
        let lines = debris.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(lines == ["Subscribe to our Telegram channel", "Read also", "China attacked Russia", "25 September 2023 - 17:01", ""])
    }

    @Test func builderIgnoresDebrisAndKeepsProvenance() throws {
        let text = "Russia threatened Kazakhstan.\nRead also\nChina attacked Russia\n"
        let doc = LoadedDocument(document: Document(file: "a.txt", date: "2024-01-02"), scalars: Array(text.unicodeScalars))
        let graph = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon).build([doc])
        #expect(graph.ties.count == 1)
        let evidence = try #require(graph.ties.first?.evidence.first)
        #expect(evidence.sentence == 0 && evidence.span == 0..<29 && evidence.date == "2024-01-02")
    }

    /// Documents read on several threads (`geograph build --jobs`) give the graph one thread gives.
    @Test(arguments: [2, 4, 16])
    func parallelBuildEqualsOneJob(jobs: Int) {
        let sentences = [
            "Russia threatened Kazakhstan.", "China and Russia held joint exercises.",
            "Moscow warned Astana about the pipeline.", "Uzbekistan signed a trade deal with China.",
        ]
        let docs = (0..<24).map { i in
            LoadedDocument(
                document: Document(file: "d\(i).txt", date: "2024-01-\(10 + i % 9)"),
                scalars: Array(sentences.indices.map { sentences[($0 + i) % sentences.count] }.joined(separator: "\n").unicodeScalars))
        }
        func built(_ jobs: Int) -> String {
            GraphFileWriter.json(
                GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon, jobs: jobs).build(docs))
        }
        #expect(built(jobs) == built(1))
    }

    /// A page without full stops is one sentence; it is read in pieces of at most
    /// GraphBuilder.maximumSentenceLength code points, cut at spaces, so extraction stays linear.
    @Test func aSentenceWithoutFullStopsIsReadInPieces() throws {
        // ("while" opens each clause: "Kazakhstan and Russia threatened" would read as one subject.)
        let text = String(repeating: "Russia threatened Kazakhstan while ", count: 3_000)
        let scalars = Array(text.unicodeScalars)
        let pieces = GraphBuilder.pieces(of: 0..<scalars.count, in: scalars)
        #expect(pieces.count > 40)
        #expect(pieces.allSatisfy { $0.count <= GraphBuilder.maximumSentenceLength && scalars[$0.lowerBound] != " " })
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        let doc = LoadedDocument(document: Document(file: "long.txt"), scalars: scalars)
        let graph = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon).build([doc])
        let evidence = try #require(graph.ties.first { $0.source == "russia" && $0.target == "kazakhstan" }?.evidence)
        #expect(evidence.count == pieces.count)
        #expect(evidence.allSatisfy { $0.sentence == 0 && $0.span.count <= GraphBuilder.maximumSentenceLength })
    }

    @Test func repeatedReportsMergeAndGrowTheWeight() {
        let text = "Russia threatened Kazakhstan.\nRussia threatened Kazakhstan again.\n"
        let doc = LoadedDocument(document: Document(file: "a.txt"), scalars: Array(text.unicodeScalars))
        let graph = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon).build([doc])
        #expect(graph.ties.count == 1)
        #expect(graph.ties[0].evidence.count == 2)
        #expect(abs(graph.ties[0].weight - Tie.combine(0.6, 0.6)) < 1e-12)
    }

    @Test func halfLifeDecaysOlderReports() {
        let docs = [("old.txt", "2022-01-01"), ("new.txt", "2024-01-01")].map { file, date in
            LoadedDocument(document: Document(file: file, date: date), scalars: Array("Russia threatened \(file == "old.txt" ? "Kazakhstan" : "China").".unicodeScalars))
        }
        let graph = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon, halfLife: 365).build(docs)
        let old = graph.ties.first { $0.target == "kazakhstan" }!.weight, new = graph.ties.first { $0.target == "china" }!.weight
        #expect(new == 0.6)
        #expect(old < 0.16 && old > 0.14)
    }

    @Test func htmlIsStrippedAndDecoded() {
        #expect(HTMLText.plainText("<html><head><title>x</title></head><body><p>Russia &amp; China&#8217;s <b>ties</b></p><script>alert(1)</script></body></html>")
                .trimmingCharacters(in: .whitespacesAndNewlines) == "Russia & China’s ties")
    }

    @Test func badDocumentsAreSkippedWithAWarningNamingTheReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x52, 0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data([0x52, 0xC3, 0x28, 0x41]).write(to: folder.appendingPathComponent("latin.txt"))
        try "Russia threatened Kazakhstan.".write(to: folder.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
        try String(repeating: "x", count: 2_000).write(to: folder.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        let (documents, warnings) = DocumentLoader(maximumSize: 1_000).load([folder.path])
        #expect(documents.map(\.document.file) == ["good.md"])
        #expect(warnings.count == 4)
        #expect(warnings.contains { $0.hasSuffix("empty.txt: skipped: the file is empty") })
        #expect(warnings.contains { $0.hasSuffix("binary.txt: skipped: a binary file, not text") })
        #expect(warnings.contains { $0.hasSuffix("latin.txt: skipped: not valid UTF-8 text") })
        #expect(warnings.contains { $0.contains("big.txt: skipped:") && $0.contains("limit") })
    }

    @Test func aFolderWithNoDocumentsIsAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (documents, warnings) = DocumentLoader().load([folder.path])
        #expect(documents.isEmpty)
        #expect(warnings == ["\(folder.path): no .txt, .md or .html documents in this folder"])
    }
}

@Suite struct EvaluationTests {
    func graph(_ ties: [(String, String, Layer, Bool)]) throws -> Graph {
        var g = Graph()
        for id in ["a", "b", "c", "d"] { try g.add(Actor(id: id, name: id, kind: .state)) }
        for (s, t, l, sym) in ties { try g.add(Tie(source: s, target: t, layer: l, polarity: .cooperation, weight: 0.5, isSymmetric: sym)) }
        return g
    }

    @Test func precisionRecallAndSymmetricMatching() throws {
        let gold = try graph([("a", "b", .security, true), ("b", "c", .economic, false), ("c", "d", .economic, false)])
        let predicted = try graph([("b", "a", .security, false), ("b", "c", .economic, false), ("a", "d", .diplomatic, false)])
        let e = Evaluation(predicted: predicted, gold: gold)
        #expect(abs(e.ties.precision - 2.0 / 3) < 1e-12)
        #expect(abs(e.ties.recall - 2.0 / 3) < 1e-12)
        #expect(e.misses == ["c -> d economic cooperation"])
        #expect(e.falseHits == ["a -> d diplomatic cooperation"])
        #expect(e.pairs.gold == 3 && e.pairs.predicted == 3)
    }

    @Test func curationDropsReweightsAndAdds() throws {
        let folder = FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("curation-\(UUID().uuidString).yaml").path
        try """
            schema: geograph-curation/1
            drop: [{source: b, target: c, layer: economic, polarity: cooperation, reason: misread}]
            reweight: [{source: c, target: d, layer: economic, polarity: cooperation, weight: 0.9, reason: two sources}]
            add: [{source: a, target: c, layer: security, polarity: tension, weight: 0.4, reason: analyst knowledge}]
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let g = try Curation.load(path: path).apply(to: try graph([("b", "c", .economic, false), ("c", "d", .economic, false)])).graph
        #expect(g.ties.map { "\($0.source)\($0.target) \($0.weight)" }.sorted() == ["ac 0.4", "cd 0.9"])
    }

    @Test func curationTakesMissingActorsFromTheGazetteerAndNamesItsLineOtherwise() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("curation-\(UUID().uuidString).yaml").path
        try """
            schema: geograph-curation/1
            drop: [{source: a, target: d, layer: economic, polarity: cooperation, reason: gone}]
            add:
              - {source: a, target: e, layer: security, polarity: tension, weight: 0.4, reason: analyst knowledge}
              - {source: a, target: atlantis, layer: security, polarity: tension, weight: 0.4, reason: typo}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        var gazetteer = try graph([])
        try gazetteer.add(Actor(id: "e", name: "E", kind: .state))
        var curation = try Curation.load(path: path)
        let missing = curation.additions.removeLast()
        let (g, notes) = try curation.apply(to: try graph([]), gazetteer: gazetteer)
        #expect(g.actor("e") != nil && g.ties.count == 1)
        #expect(notes == ["\(path):2: nothing to drop: the graph has no tie a -> d economic cooperation"])
        curation.additions = [missing]
        #expect(throws: DataFileError(path: path, line: 5, reason: "no actor 'atlantis' in the graph or the gazetteer; did you mean a, b, c?")) {
            try curation.apply(to: try graph([]), gazetteer: gazetteer)
        }
    }
}

/// A built graph file holds every actor its actors represent, so that it loads again.
@Suite struct BuiltGraphRepresentsTests {
    /// "KHNP" is South Korea's firm and "Tebboune" Algeria's president: neither state is named, yet the
    /// graph holds both states, and its JSON reads back.
    @Test(arguments: ["KHNP signed a reactor deal with Kazakhstan.", "Tebboune met Emmanuel Macron in Rome."])
    func agentsBringTheirState(_ text: String) throws {
        let doc = LoadedDocument(document: Document(file: "a.txt", date: "2025-05-01"), scalars: Array(text.unicodeScalars))
        // swiftlint:disable:next force_try
        let graph = GraphBuilder(gazetteer: ClauseFixture.gazetteer, lexicon: try! Lexicon.bundled()).build([doc])
        for actor in graph.actors {
            if let r = actor.represents { #expect(graph.actor(r) != nil, "\(actor.id) represents \(r), not in the graph") }
        }
        let reread = try GraphFileReader.decode(GraphFileWriter.json(graph), path: "built.json")
        #expect(reread.actors.count == graph.actors.count)
    }
}

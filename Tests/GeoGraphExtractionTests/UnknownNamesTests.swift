import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// `UnknownNames`: the capitalised names a small gazetteer lacks, read on sentences written for these tests.
@Suite struct UnknownNamesTests {
    static let gazetteer: Graph = {
        let yaml = """
            schema: geograph/2
            actors:
              - {id: aland, name: Aland, kind: state, seats: [Marienburg], demonyms: [Alandic]}
              - {id: borovia, name: Borovia, kind: state, demonyms: [Borovian]}
              - {id: china, name: China, kind: state}
              - {id: kessler, name: Ana Kessler, kind: person, represents: aland, names: [Kessler]}
            ties: []
            """
        return try! GraphFileReader.decode(yaml, path: "gazetteer.yaml")
    }()

    static func names(_ text: String) -> [String] {
        UnknownNames(gazetteer: gazetteer).occurrences(in: Array(text.unicodeScalars)).map(\.text)
    }

    @Test(arguments: [
        // A multiword name, a single word, an acronym.
        ("Aland signed a pact with the Northern Frontier Movement on Tuesday.", ["Northern Frontier Movement"]),
        ("Borovia accused Velmar of shelling the border.", ["Velmar"]),
        ("Aland's officials left. Officials from the OKSB met in Marienburg.", ["OKSB"]),
        // Sentence-initial function words, months and the document's own lowercase words go; the name after them stays.
        ("The Coastal Union rejected the deal.", ["Coastal Union"]),
        ("However, Tarsk refused. In June nothing changed.", ["Tarsk"]),
        ("In March the talks resumed.", []),
        // Titles open a name and are dropped; a title alone is no name.
        ("Deputy Prime Minister Oleg Varin visited Aland.", ["Oleg Varin"]),
        ("The Alandic Foreign Ministry summoned the envoy.", []),
        ("Borovian President Ivo Marek warned Aland.", ["Ivo Marek"]),
        // Known names, aliases, seats and demonyms are not listed; nor are hyphenated words with one.
        ("Ana Kessler and Kessler's aides flew to Marienburg.", []),
        ("The Aland-backed militia crossed into Borovia.", []),
        // Joining words inside a name; a comma, a possessive or a quote ends it.
        ("The Gulf of Varna is contested by Aland.", ["Gulf of Varna"]),
        ("Tarsk, Velmar and Orsk signed.", ["Tarsk", "Velmar", "Orsk"]),
        ("Velmar's army entered Orsk.", ["Velmar", "Orsk"]),
        ("Velmar\u{02BC}s army entered Orsk.", ["Velmar", "Orsk"]),
        // A known name inside a longer name is part of it; a possessive keeps it apart.
        ("Aland sent ships. Ships sailed into the South China Sea on Monday.", ["South China Sea"]),
        ("China's Coast Guard blocked the ships.", ["Coast Guard"]),
        ("I think Borovia is right, said Kessler.", []),
    ])
    func namesOfASentence(text: String, expected: [String]) {
        #expect(Self.names(text) == expected)
    }

    @Test func pointersGiveTheSentenceAndTheNamesOffsets() {
        let text = "Aland spoke. Then Velmar's envoy met the Coastal Union."
        let found = UnknownNames(gazetteer: Self.gazetteer).occurrences(in: Array(text.unicodeScalars))
        #expect(found.map(\.sentence) == [1, 1])
        let scalars = Array(text.unicodeScalars)
        #expect(found.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Velmar", "Coastal Union"])
    }

    @Test func tallyCountsSortsAndKeepsTheFirstExample() {
        let o = { (text: String, sentence: Int) in UnknownNames.Occurrence(text: text, sentence: sentence, start: sentence * 10, end: sentence * 10 + 3) }
        let tally = UnknownNames.tally([("a.txt", [o("Tarsk", 2), o("Velmar", 3)]), ("b.txt", [o("Velmar", 0), o("Orsk", 1), o("Velmar", 5)])], limit: 2)
        #expect(tally.names.map(\.text) == ["Velmar", "Orsk"])
        #expect(tally.names.map(\.count) == [3, 1])
        #expect(tally.names[0].example == "a.txt#3:30-33")
        #expect(tally.namesLeftOut == 1)
        #expect(tally.tsv == "name\tcount\texample\nVelmar\t3\ta.txt#3:30-33\nOrsk\t1\tb.txt#1:10-13\n")
    }
}

/// `UnknownNames` on the development set's dev half (never the test half's texts), when this machine has it:
/// every listed name is no form of the gazetteer, and every example pointer cuts the name out of its sentence.
@Suite(.enabled(if: TestDevCorpus.directory != nil,
                "no development set: set GEOGRAPH_DEV_CORPUS or put it at ../shared/dev-corpus"))
struct UnknownNamesDevHalfTests {
    @Test func namesAreUnknownAndPointersPointAtThem() throws {
        let folder = try #require(TestDevCorpus.directory)
        let table = try String(contentsOfFile: TestCorpus.root.appendingPathComponent("Graphs/dev-set.tsv").path, encoding: .utf8)
        let files = table.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 3 && $0[2] == "dev" }.map { $0[0] }
        #expect(files.count == 22)
        let gazetteer = try GraphFileReader.load(BundledFile.gazetteer)
        let forms = Set(gazetteer.actors.flatMap { [$0.name] + $0.aliases }.map(Graph.fold))
        let unknown = UnknownNames(gazetteer: gazetteer)
        var documents: [(file: String, occurrences: [UnknownNames.Occurrence])] = []
        for file in files {
            let scalars = Array(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).unicodeScalars)
            let occurrences = unknown.occurrences(in: scalars)
            let sentences = SentenceSplitter().split(scalars)
            for o in occurrences {
                #expect(!forms.contains(Graph.fold(o.text)), "\(o.text) is a gazetteer form")
                #expect(sentences[o.sentence].contains(o.start) && o.end <= sentences[o.sentence].upperBound)
                let cut = String(String.UnicodeScalarView(scalars[o.start..<o.end])).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(cut == o.text, "\(file)#\(o.sentence): '\(cut)' is not '\(o.text)'")
            }
            documents.append((file, occurrences))
        }
        let tally = UnknownNames.tally(documents, limit: 1000)
        #expect(tally.names.count > 50)
        #expect(zip(tally.names, tally.names.dropFirst()).allSatisfy { $0.count >= $1.count })
    }
}

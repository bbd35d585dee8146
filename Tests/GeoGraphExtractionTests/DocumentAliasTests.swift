import GeoGraph
import Testing

@testable import GeoGraphExtraction

/// A name the document introduces with a title of office stands for its state in the sentences after
/// (``DocumentAliases``), read through ``GraphBuilder`` with the bundled gazetteer and lexicon. Every name
/// here is made up (none is in the gazetteer); the texts are written for these tests, about regions other
/// than the open sets'.
@Suite struct DocumentAliasTests {
    /// Each form of introduction, then the surname alone in the next sentence.
    static let introduced: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "aliases: the state's possessive, the title, the name in commas",
            text: "Bolivia's foreign minister, Ramiro Quispeta, spoke to reporters in La Paz on Monday. "
                + "Quispeta accused Chile of blocking access to the sea.",
            contains: ["bolivia -> chile diplomatic tension"]),
        ReferenceCase(
            mechanism: "aliases: a demonym, a capitalised title, the name",
            text: "Peruvian Prime Minister Tomasa Huillcan opened a mining fair on Tuesday. "
                + "Huillcan later criticised Bolivia over the closure of the border.",
            contains: ["peru -> bolivia diplomatic tension"]),
        ReferenceCase(
            mechanism: "aliases: the title, the name, 'of' and the state",
            text: "Prime Minister Kaveh Solani of Tuvalu arrived on Tuesday for a week of talks. "
                + "Solani praised Fiji for its help after the cyclone.",
            contains: ["tuvalu -> fiji diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "aliases: the name, then the state's possessive and the title in apposition",
            text: "Ingrid Haldorsen, Norway's defence minister, toured the northern bases this week. "
                + "Haldorsen condemned Russia over the flights near the coast.",
            contains: ["norway -> russia diplomatic tension"]),
        ReferenceCase(
            mechanism: "aliases: the name, then 'the', a demonym and the title in apposition",
            text: "Josefa Vakarewa, the Fijian envoy, arrived in Canberra on Friday. "
                + "Vakarewa thanked Australia for the new patrol boats.",
            contains: ["fiji -> australia diplomatic cooperation"]),
        ReferenceCase(
            mechanism: "aliases: the full name stands for the state too",
            text: "Bolivia's foreign minister, Ramiro Quispeta, spoke to reporters in La Paz on Monday. "
                + "Ramiro Quispeta accused Chile of blocking access to the sea.",
            contains: ["bolivia -> chile diplomatic tension"]),
        ReferenceCase(
            mechanism: "aliases: a surname with an article is read without it too",
            text: "Oman's foreign minister, Salem al-Harthani, arrived in Tehran on Sunday. "
                + "Harthani praised Qatar for its help with the prisoner exchange.",
            contains: ["oman -> qatar diplomatic cooperation"]),
    ]

    /// Names that must not stand for a state.
    static let notIntroduced: [ReferenceCase] = [
        ReferenceCase(
            mechanism: "aliases: an analyst holds no office",
            text: "Marta Quispeta, a Bolivian analyst, spoke to reporters on Monday. "
                + "Quispeta accused Chile of blocking access to the sea.",
            unrelated: ["bolivia chile"]),
        ReferenceCase(
            mechanism: "aliases: a company's chief executive holds no office of the state",
            text: "Erik Vollmann, the chief executive of Norway's largest fishing firm, spoke on Monday. "
                + "Vollmann condemned Russia over the new quotas.",
            unrelated: ["norway russia"]),
        ReferenceCase(
            mechanism: "aliases: a former minister no longer speaks for the state",
            text: "Bolivia's former foreign minister, Ramiro Quispeta, spoke to reporters on Monday. "
                + "Quispeta accused Chile of blocking access to the sea.",
            unrelated: ["bolivia chile"]),
        ReferenceCase(
            mechanism: "aliases: a surname that is a common word (a word of the lexicon) is not read alone",
            text: "Chile's envoy, Pablo Price, arrived in Lima on Monday. "
                + "Price accused Peru of delaying the fishing talks.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "aliases: a surname the document writes lowercase is a common word",
            text: "Chile's envoy, Pablo Marsh, toured a salt marsh near the border on Monday. "
                + "Marsh accused Peru of delaying the fishing talks.",
            unrelated: ["chile peru"]),
        ReferenceCase(
            mechanism: "aliases: one surname introduced for two states stands for neither",
            text: "Peru's foreign minister, Elena Mamani, met Bolivia's trade minister, Jorge Mamani, on Monday. "
                + "Mamani criticised Chile over the port fees.",
            unrelated: ["peru chile", "bolivia chile"]),
        ReferenceCase(
            mechanism: "aliases: another person of the surname, named in full, is not the one introduced",
            text: "Bolivia's foreign minister, Ramiro Quispeta, spoke to reporters in La Paz on Monday. "
                + "Marta Quispeta accused Chile of blocking access to the sea.",
            unrelated: ["bolivia chile"]),
    ]

    @Test(arguments: introduced)
    func introducedName(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }

    @Test(arguments: notIntroduced)
    func noAlias(_ c: ReferenceCase) {
        ReferenceMechanismTests.check(c)
    }

    /// An alias holds in its own document only: the next document's surname alone is no state.
    @Test func aliasesStayInTheirDocument() {
        let first = LoadedDocument(
            document: Document(file: "a.txt", date: "2024-05-02"),
            scalars: Array("Bolivia's foreign minister, Ramiro Quispeta, spoke to reporters on Monday.".unicodeScalars))
        let second = LoadedDocument(
            document: Document(file: "b.txt", date: "2024-05-03"),
            scalars: Array("Quispeta accused Chile of blocking access to the sea.".unicodeScalars))
        let graph = ReferenceMechanismTests.builder.build([first, second])
        #expect(!graph.ties.contains { Set([$0.source, $0.target]) == ["bolivia", "chile"] })
    }
}

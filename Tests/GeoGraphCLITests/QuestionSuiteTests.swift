import Foundation
import Testing

/// The analyst question suite: every question of Tests/Questions/analyst-questions.yaml run as the
/// command an analyst types (``QuestionSuite``), against the reference graph, the graph `build` makes
/// from the corpus, and (the dev-half questions) the dev half's annotation. "Answered" means exactly
/// the expected set; each run fails below its target rate. With $GEOGRAPH_QUESTION_SUITE_OUT set to a
/// folder, each writes its table there (Scripts/question-suite.sh assembles QuestionSuite.md).
@Suite(.serialized)
struct QuestionSuiteTests {
    static let path = CLI.packageRoot.appendingPathComponent("Tests/Questions/analyst-questions.yaml").path
    static var devCorpus: String? {
        guard let corpus = CLI.corpus else { return nil }
        let dev = URL(fileURLWithPath: corpus).deletingLastPathComponent().appendingPathComponent("dev-corpus").path
        return FileManager.default.fileExists(atPath: dev) ? dev : nil
    }

    /// Runs `questions` and checks the rate against `target`; returns the outcomes.
    func run(_ name: String, _ questions: [QuestionSuite.Question], graph: String?, corpus: String,
             target: Double) throws -> [QuestionSuite.Outcome] {
        let outcomes = try answer(name, questions, graph: graph, corpus: corpus)
        let answered = outcomes.filter(\.ok).count
        #expect(Double(answered) >= target * Double(outcomes.count),
                "\(name): \(answered) of \(outcomes.count) answered, below \(Int(target * 100)) %")
        return outcomes
    }

    /// Runs `questions` and prints (and, with $GEOGRAPH_QUESTION_SUITE_OUT, writes) the table.
    func answer(_ name: String, _ questions: [QuestionSuite.Question], graph: String?, corpus: String) throws -> [QuestionSuite.Outcome] {
        let environment = ["GEOGRAPH_CORPUS": corpus]
        let gazetteer = try QuestionSuite.Gazetteer(graph: graph ?? questions.first.flatMap {
            QuestionSuite.values(of: "--graph", in: QuestionSuite.words($0.command)).first
        }, environment: environment)
        let outcomes = try questions.map { try QuestionSuite.run($0, graph: graph, gazetteer: gazetteer, environment: environment) }
        let answered = outcomes.filter(\.ok).count
        let table = QuestionSuite.table(name, outcomes)
        print(table)
        if let folder = ProcessInfo.processInfo.environment["GEOGRAPH_QUESTION_SUITE_OUT"] {
            let file = name.lowercased().split(separator: " ").first.map(String.init) ?? "suite"
            try table.write(toFile: folder + "/\(file).md", atomically: true, encoding: .utf8)
        }
        _ = answered
        return outcomes
    }

    @Test func suiteHasTheQuestions() throws {
        let suite = try QuestionSuite(path: Self.path)
        #expect(suite.questions.count >= 40)
        #expect(Set(suite.questions.map(\.id)).count == suite.questions.count)
        #expect(QuestionSuite.words(#"geograph reach "Central Asia" --reverse"#) == ["geograph", "reach", "Central Asia", "--reverse"])
    }

    @Test(.enabled(if: CLI.corpus != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
    func referenceGraph() throws {
        let suite = try QuestionSuite(path: Self.path)
        _ = try run("Reference graph", suite.questions.filter { $0.source == "corpus" }, graph: nil,
                    corpus: try #require(CLI.corpus), target: 0.9)
    }

    @Test(.enabled(if: CLI.corpus != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
    func builtGraph() throws {
        let suite = try QuestionSuite(path: Self.path)
        let corpus = try #require(CLI.corpus)
        let out = try CLI.temporaryFolder().appendingPathComponent("built.yaml").path
        let build = try CLI.run(["build", corpus, "-o", out])
        try #require(build.status == 0, "build failed: \(build.stderr)")
        let outcomes = try answer("Built graph", suite.questions.filter { $0.source == "corpus" }, graph: out, corpus: corpus)
        let rate = Double(outcomes.filter(\.ok).count) / Double(outcomes.count)
        // The target: three in four of the corpus questions answered from the graph `build` makes
        // (56 of 73 when this line was written); a rule that loses answers fails here.
        #expect(rate >= 0.75, "built graph: \(outcomes.filter(\.ok).count) of \(outcomes.count) answered, below the 75 % target")
    }

    @Test(.enabled(if: devCorpus != nil, "no dev corpus beside the corpus"))
    func devHalf() throws {
        let suite = try QuestionSuite(path: Self.path)
        _ = try run("Dev half", suite.questions.filter { $0.source == "dev" }, graph: nil,
                    corpus: try #require(Self.devCorpus), target: 0.75)
    }
}

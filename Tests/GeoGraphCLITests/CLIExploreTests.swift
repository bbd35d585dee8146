import Foundation
import Testing

/// Whether the browser test can run here: Chromium, its driver and Selenium
/// (`Scripts/explorer_browser.py check`).
enum BrowserTest {
    static let script = CLI.packageRoot.appendingPathComponent("Scripts/explorer_browser.py").path

    /// Why the browser test cannot run, or `nil` when it can.
    static let unavailable: String? = {
        guard let python = python3 else { return "python3 is not installed" }
        guard let result = try? run(python, [script, "check"]) else { return "Scripts/explorer_browser.py could not be run" }
        if result.status == 0 { return nil }
        let reason = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (reason.isEmpty ? "the browser check failed" : reason) + "; Scripts/setup.sh installs them"
    }()

    /// Whether this is a CI run (`CI=true`), where a browser test that cannot run is a failure.
    static let isCI = ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"

    static var python3: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable arguments…`, capturing standard output and error together.
    static func run(_ executable: String, _ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }
}

/// `explore` end to end: the page it writes, its refusals, and the page driven in a real browser.
@Suite struct CLIExploreTests {
    static let fixture = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/explorer")
    let graph = fixture.appendingPathComponent("graph.yaml").path
    let corpus = fixture.appendingPathComponent("corpus").path

    func explore(_ extra: [String], name: String = "explorer.html") throws -> (CLIResult, String) {
        let out = try CLI.temporaryFolder().appendingPathComponent(name).path
        return (try CLI.run(["explore", "--graph", graph, "-o", out] + extra), out)
    }

    @Test func writesOnePageWithTheSentencesFromTheCorpus() throws {
        let (result, out) = try explore(["--corpus", corpus])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("wrote \(out): 4 actors, 5 ties, "))
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Computed on: </strong>graph graph.yaml; text and event evidence; all layers; cooperation and tension; all dates. 4 actors, 5 ties, 6 evidence records."))
        #expect(html.contains("Sentences read from the corpus folder corpus."))
        #expect(!html.contains(Self.fixture.path))  // the page names files, never where they were (review two, R16)
        #expect(html.contains("Alpha delivered arms to Beta in February."))
        // Self-contained: nothing is loaded from anywhere.
        for outside in ["src=", "href=", "@import", "<link", "url("] { #expect(!html.contains(outside), "\(outside)") }
    }

    @Test func theViewChoosesWhatThePageHoldsAndIsStated() throws {
        let (result, out) = try explore(["--no-corpus", "--layer", "economic", "--since", "2024-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("graph graph.yaml; text and event evidence; economic ties; cooperation and tension; evidence and event windows from 2024-01. 3 actors, 2 ties, 2 evidence records."))
        #expect(html.contains("the page was written with --no-corpus"))
        #expect(!html.contains("Alpha delivered arms"))
    }

    /// A year as a bound is the whole year, as on the query commands: `--until 2023` keeps an event
    /// window of 2023-06 as `--until 2023-12` does (it was read as the label "2023", before "2023-06").
    @Test(arguments: [("--since", "2023", "2023-01"), ("--until", "2023", "2023-12")])
    func aYearBoundIsTheWholeYear(option: String, year: String, month: String) throws {
        let folder = try CLI.temporaryFolder()
        let graphFile = folder.appendingPathComponent("events.yaml").path
        try """
            schema: geograph/2
            actors:
              - {id: alpha, name: Alpha, kind: state}
              - {id: beta, name: Beta, kind: state}
            ties:
              - source: alpha
                target: beta
                layer: diplomatic
                polarity: cooperation
                weight: 0.4
                windows:
                  - {window: 2023-06, events: 3, intensity: 1.5, types: {consult: 3}}
            """.write(toFile: graphFile, atomically: true, encoding: .utf8)
        func wrote(_ bound: String) throws -> String {
            let out = folder.appendingPathComponent("e-\(bound).html").path
            let result = try CLI.run(["explore", "--graph", graphFile, "--no-corpus", option, bound, "-o", out], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stderr.components(separatedBy: ": ").dropFirst().first ?? ""
        }
        #expect(try wrote(month).hasPrefix("2 actors, 1 ties"))
        #expect(try wrote(year) == wrote(month))
    }

    @Test func withoutACorpusEvidenceIsShownAsPointersAndSaysWhy() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("e.html").path
        let result = try CLI.run(["explore", "--graph", graph, "-o", out], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("geograph: note: no corpus named"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("No corpus was found, so evidence is shown as pointers"))
    }

    @Test func aDocumentMissingFromTheCorpusKeepsItsPointersAndIsNoted() throws {
        let partial = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: corpus + "/alpha-2023.txt", toPath: partial.appendingPathComponent("alpha-2023.txt").path)
        let (result, out) = try explore(["--corpus", partial.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("beta-2024.txt: cannot read the file; its evidence shown as pointers"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("3 of 6 records could not be read (1 document missing or changed)"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Refusal(arguments: ["-o", "page.svg"], status: 64, message: "name the output file .html (not 'page.svg')"),
        Refusal(arguments: ["--max-evidence", "0"], status: 64, message: "--max-evidence must be at least 1"),
        Refusal(arguments: ["--max-size", "0"], status: 64, message: "--max-size must be from 0.001 (1 kB) to 1000000 megabytes"),
        Refusal(arguments: ["--corpus", "x", "--no-corpus"], status: 64, message: "--corpus and --no-corpus cannot be combined"),
        Refusal(arguments: ["--combine", "max"], status: 64, message: "--combine merges weights for measures"),
        Refusal(arguments: ["--since", "2024/01"], status: 64, message: "--since '2024/01' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD"),
        Refusal(arguments: ["--corpus", "/nonexistent-corpus"], status: 1, message: "no corpus found (tried /nonexistent-corpus)"),
        Refusal(arguments: ["--no-corpus", "--max-size", "0.001"], status: 1,
                message: "the explorer page would take more than "),
    ])
    func refusesBadRequestsWithOneLine(_ refusal: Refusal) throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["explore", "--graph", graph, "-o", folder.appendingPathComponent("p.html").path] + refusal.arguments, in: folder)
        #expect(result.status == refusal.status)
        #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.html").path))
    }

    @Test func neverWritesOverAFolderOrAnInput() throws {
        let folder = try CLI.temporaryFolder()
        let directory = folder.appendingPathComponent("dir.html")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let result = try CLI.run(["explore", "--graph", graph, "-o", directory.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("exists and is not a regular file"))
        let input = folder.appendingPathComponent("style.html")
        try "font: Helvetica\n".write(to: input, atomically: true, encoding: .utf8)
        let over = try CLI.run(["explore", "--graph", graph, "--style", input.path, "-o", input.path])
        #expect(over.status == 64)
        #expect(over.stderr.contains("would overwrite the input"))
    }

    /// Loads the fixture's page in headless Chromium from `file://` and drives it
    /// (`Scripts/explorer_browser.py test`): filters, an actor and a tie clicked, the evidence
    /// panel read, the search box, no console error. Skipped with the reason where Chromium, its
    /// driver or Selenium is missing, except in CI (`CI=true`), where that is a failure.
    @Test(.enabled(if: BrowserTest.unavailable == nil || BrowserTest.isCI,
                   "browser test skipped: \(BrowserTest.unavailable ?? "")"))
    func thePageWorksInABrowser() throws {
        if let reason = BrowserTest.unavailable {
            Issue.record("the explorer's browser test cannot run in CI: \(reason)")
            return
        }
        let (result, out) = try explore(["--corpus", corpus])
        #expect(result.status == 0, "\(result.stderr)")
        let python = try #require(BrowserTest.python3)
        let browser = try BrowserTest.run(python, [BrowserTest.script, "test", out])
        // The script's lines, in the test log: one per check.
        for line in browser.stdout.split(separator: "\n") { print("explorer browser test: \(line)") }
        #expect(browser.status == 0, "\(browser.stdout)")
        #expect(browser.stdout.contains("checks passed"))
    }
}

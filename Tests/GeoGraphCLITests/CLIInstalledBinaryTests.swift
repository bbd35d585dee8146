import Foundation
import Testing

/// The binary needs nothing from its repository: a copy of it, run from a folder that has no
/// `Graphs/`, reads the bundled gazetteer, lexicon, style and reference graph.
@Suite struct CLIInstalledBinaryTests {
    /// A copy of the built binary in a fresh folder, and another fresh folder to run it from, holding
    /// a copy of the documents written for this test (`Tests/Fixtures/documents`).
    struct Installed {
        var binary: URL
        var workFolder: URL

        init() throws {
            let prefix = try CLI.temporaryFolder()
            binary = prefix.appendingPathComponent("bin/geograph")
            try FileManager.default.createDirectory(
                at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: try CLI.binary(), to: binary)
            workFolder = try CLI.temporaryFolder()
            try FileManager.default.copyItem(
                at: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/documents"),
                to: workFolder.appendingPathComponent("docs"))
        }

        func run(_ arguments: [String]) throws -> CLIResult {
            try CLI.run(arguments, in: workFolder, executable: binary)
        }

        func text(of name: String) throws -> String {
            try String(contentsOf: workFolder.appendingPathComponent(name), encoding: .utf8)
        }
    }

    @Test func infoReadsTheBundledReferenceGraphFromAnotherFolder() throws {
        let installed = try Installed()
        #expect(!FileManager.default.fileExists(atPath: installed.workFolder.appendingPathComponent("Graphs").path))
        let result = try installed.run(["info"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Central Asia between Russia and China\nactors    47  "), "\(result.stdout)")
        #expect(result.stdout.contains("ties      126  "), "\(result.stdout)")
    }

    @Test func buildReadsTheBundledGazetteerAndLexiconFromAnotherFolder() throws {
        let installed = try Installed()
        let result = try installed.run(["build", "docs", "-o", "graph.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("built 6 actors, 3 ties from 3 documents -> graph.yaml"), "\(result.stderr)")
        let ties = try installed.run(["ties", "--graph", "graph.yaml", "--format", "csv"])
        #expect(ties.status == 0, "\(ties.stderr)")
        #expect(ties.stdout.contains("kazakhstan,russia,security,cooperation,0.6,true,1\n"), "\(ties.stdout)")
        #expect(ties.stdout.contains("tajikistan,kyrgyzstan,diplomatic,tension,0.6,false,1\n"), "\(ties.stdout)")
        #expect(ties.stdout.contains("china,uzbekistan,economic,cooperation,0.9,true,1\n"), "\(ties.stdout)")
    }

    @Test func reportWritesThePageWithTheBundledStyleFromAnotherFolder() throws {
        let installed = try Installed()
        #expect(try installed.run(["build", "docs", "-o", "graph.json"]).status == 0)
        let result = try installed.run(["report", "--graph", "graph.json", "--corpus", "docs", "-o", "report"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try installed.text(of: "report/index.html")
        #expect(page.contains("<svg"))
        #expect(page.contains("Tajikistan accused Kyrgyzstan of shelling villages"), "evidence sentences from --corpus")
    }

    @Test func renderDrawsTheBundledGraphFromAnotherFolder() throws {
        let installed = try Installed()
        let result = try installed.run(["render", "--ego", "Kazakhstan", "-o", "kazakhstan.svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try installed.text(of: "kazakhstan.svg")
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Kazakhstan<"))
        // The bundled style's security colour (Graphs/style.yaml), not only the code's defaults.
        #expect(svg.contains("#d55e00") || svg.contains("#D55E00"))
    }

    @Test func aGraphNamedByTheEnvironmentWinsOverTheBundledOne() throws {
        let installed = try Installed()
        #expect(try installed.run(["build", "docs", "-o", "graph.json"]).status == 0)
        let result = try CLI.run(
            ["info"], in: installed.workFolder, environment: ["GEOGRAPH_GRAPH": "graph.json"],
            executable: installed.binary)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("actors    6  "), "\(result.stdout)")
    }
}

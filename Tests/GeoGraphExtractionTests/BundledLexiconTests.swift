import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The lexicon built into the binary reads as the repository's `Graphs/lexicon.yaml`.
@Suite struct BundledLexiconTests {
    @Test func bundledLexiconIsTheFilesLexicon() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = try Lexicon.load(path: root.appendingPathComponent("Graphs/lexicon.yaml").path)
        let bundled = try Lexicon.bundled()
        #expect(bundled.cues.count > 100)
        #expect(bundled.cues == file.cues)
        #expect(bundled.negations == file.negations && bundled.hedges == file.hedges && bundled.roles == file.roles)
    }
}

import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

@Suite struct FigureStyleTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func checkedInStyleFileEqualsTheBuiltInStyle() throws {
        let style = try FigureStyle.load(path: Self.packageRoot.appendingPathComponent("Graphs/style.yaml").path)
        #expect(style == .standard)
    }

    /// The style built into the binary reads as `Graphs/style.yaml`.
    @Test func bundledStyleIsTheCheckedInStyleFile() throws {
        let style = try FigureStyle.load(path: Self.packageRoot.appendingPathComponent("Graphs/style.yaml").path)
        #expect(try FigureStyle.bundled() == style)
    }

    @Test func styleFileOverridesOnlyWhatItNames() throws {
        let style = try FigureStyle(yaml: "layers:\n  security: \"#000000\"\nkinds: {person: box}\n", path: "s.yaml")
        #expect(style.color(of: .security).value == "#000000")
        #expect(style.color(of: .economic) == FigureStyle.standard.color(of: .economic))
        #expect(style.kinds[.person] == .box)
    }

    @Test(arguments: [
        "layers:\n  security: red\n",
        "layers:\n  trade: \"#000000\"\n",
        "kinds: {state: \"image=/etc/passwd\"}\n",
        "polarity:\n  tension: {line: dashed, arrowhead: \"tee, URL=x\"}\n",
        "penwidth: {min: 5, max: 1}\n",
        "font: /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\n", "font: ../secret\n", "font: \"C:\\\\x\"\n",
        "font: \"Helvetica\\\"; image=x\"\n",
    ])
    func styleFileRejectsValuesOutsideTheClosedChoices(yaml: String) {
        #expect(throws: FigureStyleError.self) { try FigureStyle(yaml: yaml, path: "bad.yaml") }
    }

    @Test(arguments: ["Helvetica", "DejaVu Sans", "Times-Roman", "Noto_Sans"])
    func plainFontFamiliesAreAccepted(font: String) throws {
        #expect(try FigureStyle(yaml: "font: \(font)\n", path: "ok.yaml").font == font)
    }
}

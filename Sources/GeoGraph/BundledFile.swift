/// A data file of the repository's `Graphs/` folder built into the binary, so `geograph` runs from
/// any folder: the gazetteer, the cue lexicon, the event types, the figure style and the Central Asia
/// reference graph.
///
/// `Scripts/embed-data.py` writes each file's text into `BundledFile+Contents.swift` from the table
/// at its top (add a line there to embed another file); `BundledFileTests` fails when that Swift file
/// and the YAML drift apart. A file given by a flag or an environment variable always wins over the
/// bundled one.
public struct BundledFile: Sendable, Hashable {
    /// The file's name in `Graphs/` (`actors.yaml`).
    public let name: String
    /// The file's text, byte for byte as in the repository when the binary was built.
    public let text: String

    /// How messages name the file: `Graphs/actors.yaml (built in)`.
    public var displayPath: String { "Graphs/\(name) (built in)" }

    /// The bundled file of that name (`actors.yaml`), if there is one.
    public static func named(_ name: String) -> BundledFile? { all.first { $0.name == name } }
}

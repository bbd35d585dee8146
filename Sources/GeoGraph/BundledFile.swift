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

extension BundledFile {
    /// The bundled gazetteer's actors, in file order, as the graph reader decodes them from
    /// `Graphs/actors.yaml`: a bundled graph naming `gazetteer: actors.yaml` takes them from here
    /// rather than parsing 850 actors of YAML at every start.
    ///
    /// Read from ``gazetteerTable``, which `Scripts/embed-data.py` writes from the YAML: a line per
    /// actor of id, name, kind, tags, represents, terms, names, seats and demonyms, split by tabs; list
    /// items split by `|`, a term's two ends by `/`, empty for none. `BundledFileTests` checks the result
    /// against the reader's own decoding of the YAML, whose checks (names claimed twice, terms out of
    /// order) run there rather than at each start.
    static let gazetteerActors: [Actor] = gazetteerTable.utf8.split(separator: UInt8(ascii: "\n")).map { line in
        // Split as bytes: the separators are ASCII, and splitting by Character walks graphemes.
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard fields.count == 9, let kind = ActorKind(rawValue: fields[2]) else {
            preconditionFailure("BundledFile+GazetteerTable.swift: bad line '\(String(Substring(line)))'; run python3 Scripts/embed-data.py")
        }
        func list(_ k: Int) -> [String] { fields[k].utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) } }
        let terms = list(5).map { term in
            let ends = term.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
                .map { $0.isEmpty ? nil : String(Substring($0)) }
            return Term(from: ends[0], until: ends[1])
        }
        return Actor(id: fields[0], name: fields[1], kind: kind, tags: list(3), represents: fields[4].isEmpty ? nil : fields[4],
                     terms: terms, names: list(6), seats: list(7), demonyms: list(8))
    }
}

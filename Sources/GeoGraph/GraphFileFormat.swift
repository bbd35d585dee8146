/// The encodings of a graph file.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    /// Hand-written graphs and the gazetteer.
    case yaml
    /// Machine output: the same schema as YAML.
    case json
    /// Large machine-made graphs: `source<TAB>target<TAB>layer<TAB>polarity<TAB>weight`.
    case tsv

    /// The format a path's extension names; YAML when it names none.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") {
            self = .tsv
        } else {
            self = .yaml
        }
    }
}

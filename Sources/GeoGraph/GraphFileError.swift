/// A graph file that cannot be read or says something invalid, with the place to fix it.
///
/// The description is one line of the form `path:line: problem; fix`.
public struct GraphFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var path: String
    /// The 1-based line, or 0 when the problem is not at a line (an unreadable file).
    public var line: Int
    public var problem: Problem

    public init(path: String, line: Int, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        case unreadable(reason: String)
        case syntax(reason: String)
        case unsupportedSchema(found: String?)
        case missingField(String, in: String)
        case wrongType(field: String, expected: String)
        case unknownField(String, in: String, expected: [String])
        case invalidID(String)
        case duplicateActor(id: String, firstLine: Int)
        case duplicateAlias(form: String, actor: String, claimedBy: String)
        case unknownKind(String)
        case unknownActor(id: String, suggestions: [String])
        case unknownRepresents(id: String)
        case unknownLayer(String)
        case unknownPolarity(String)
        case weightOutOfRange(String)
        case selfLoop(actor: String)
        case unknownDocument(String, known: [String])
        case invalidSpan(String)
        case invalidDate(String)
        case gazetteerNotFound(String)
        /// A path in the file that leaves its folder; `what` says which entry, never the path itself.
        case escapesFolder(what: String)
        /// Gazetteers that name each other in a loop: the files' names, the repeated one last.
        case gazetteerCycle(chain: [String])
        case gazetteerTooDeep(depth: Int, limit: Int)
        case badTSVHeader(found: String)
        case badTSVRow(columns: Int)
    }

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return Self.visible("\(place): \(problem.message)")
    }
}

extension GraphFileError {
    /// `text` with control characters (a CRLF file's `\r`, a tab, an escape sequence) shown as
    /// `\r`, `\t` or `\u{1B}`, so that an error quoting the file cannot move the cursor or hide text.
    public static func visible(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension GraphFileError.Problem {
    /// The sentence for a user: what is wrong and what to do.
    public var message: String {
        switch self {
        case .unreadable(let reason): "cannot read the file: \(reason)"
        case .syntax(let reason): "not valid YAML/JSON: \(reason)"
        case .unsupportedSchema(let found):
            "schema is \(found.map { "'\($0)'" } ?? "missing"); expected 'schema: geograph/2' (or geograph/1) at the top"
        case .missingField(let field, let owner): "\(owner) has no '\(field)'; add it"
        case .wrongType(let field, let expected): "'\(field)' must be \(expected)"
        case .unknownField(let field, let owner, let expected):
            "unknown field '\(field)' in \(owner); expected one of \(expected.joined(separator: ", "))"
        case .invalidID(let id): "actor id '\(id)' is not a slug; use lowercase letters, digits and single hyphens"
        case .duplicateActor(let id, let first): "actor '\(id)' is defined twice (first at line \(first)); keep one"
        case .duplicateAlias(let form, let actor, let owner):
            "'\(form)' of actor '\(actor)' is already claimed by '\(owner)'; an alias may name one actor only"
        case .unknownKind(let kind): "unknown actor kind '\(kind)'; expected state, organisation, person or region"
        case .unknownActor(let id, let suggestions):
            "no actor '\(id)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
                + " Declare it under actors"
        case .unknownRepresents(let id): "represents '\(id)', which is not an actor; name a declared state or organisation"
        case .unknownLayer(let layer): "unknown layer '\(layer)'; expected security, economic or diplomatic"
        case .unknownPolarity(let polarity): "unknown polarity '\(polarity)'; expected cooperation or tension (or + / -)"
        case .weightOutOfRange(let weight): "weight \(weight) is outside (0, 1]; use a strength above 0 and at most 1"
        case .selfLoop(let actor): "a tie from '\(actor)' to itself; a tie needs two different actors"
        case .unknownDocument(let file, let known):
            "evidence names document '\(file)', which is not under documents"
                + (known.isEmpty ? "; list it there" : "; known: \(known.prefix(5).joined(separator: ", "))")
        case .invalidSpan(let span): "span \(span) must be [start, end] with 0 <= start < end"
        case .invalidDate(let date): "date '\(date)' must be YYYY-MM-DD or YYYY-MM"
        case .gazetteerNotFound(let path): "gazetteer '\(path)' not found; give a path relative to this file"
        case .escapesFolder(let what):
            "\(what) escapes the graph's folder; name a path inside it (no '..', no absolute path, no link out)"
        case .gazetteerCycle(let chain):
            "gazetteers name each other in a loop (\(chain.joined(separator: " → "))); remove the 'gazetteer:' that closes it"
        case .gazetteerTooDeep(let depth, let limit):
            "gazetteers nested \(depth) deep; at most \(limit) files may lead to one another; name the actors' file directly"
        case .badTSVHeader(let found):
            "TSV header is '\(found)'; expected source<TAB>target<TAB>layer<TAB>polarity<TAB>weight"
        case .badTSVRow(let columns): "row has \(columns) columns; expected 5 (source, target, layer, polarity, weight)"
        }
    }
}

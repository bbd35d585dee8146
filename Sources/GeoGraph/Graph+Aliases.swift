import Foundation

/// Resolving names an analyst types ("Kremlin", "astana", "Mr Putin") to actors.
extension Graph {
    /// A case-insensitive index from every surface form to the actor that claims it.
    public func aliasIndex() -> [String: String] {
        var index: [String: String] = [:]
        for actor in actors {
            for form in actor.surfaceForms { index[Graph.fold(form)] = index[Graph.fold(form)] ?? actor.id }
        }
        // "the Kremlin" is also found as "Kremlin", unless that form names someone else.
        for actor in actors {
            for form in actor.surfaceForms where Graph.fold(form).hasPrefix("the ") {
                let bare = Graph.fold(Graph.droppingArticle(form))
                index[bare] = index[bare] ?? actor.id
            }
        }
        return index
    }

    /// The actor a name refers to: an id, a name or any alias, compared case-insensitively; a leading
    /// "the " is ignored.
    /// - Throws: ``ActorLookupError/unknown(name:suggestions:)`` with the nearest ids.
    public func resolveActor(_ name: String) throws -> Actor {
        let index = aliasIndex()
        let folded = Graph.fold(name)
        if let id = index[folded] ?? index[Graph.fold(Graph.droppingArticle(name))], let actor = actor(id) {
            return actor
        }
        throw ActorLookupError.unknown(name: name, suggestions: suggestions(for: name, in: index))
    }

    /// Up to three actor ids whose surface forms are nearest to `name` by edit distance.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        suggestions(for: name, in: aliasIndex(), limit: limit)
    }

    private func suggestions(for name: String, in index: [String: String], limit: Int = 3) -> [String] {
        let folded = Graph.fold(name)
        var best: [String: Int] = [:]
        for (form, id) in index {
            let distance = Graph.editDistance(folded, form)
            best[id] = min(best[id] ?? .max, distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// The comparison form of a surface form: lowercased, curly apostrophes straightened,
    /// inner white space folded.
    public static func fold(_ text: String) -> String {
        var folded = text.lowercased()
        // U+2019 is the bytes E2 80 99: without an E2 there is none to straighten. (Characters are
        // compared, as Foundation's `replacingOccurrences` matched whole characters.)
        if folded.utf8.contains(0xE2) { folded = String(folded.map { $0 == "\u{2019}" ? "'" : $0 }) }
        // ASCII already split by single spaces, with none at either end, is its own fold: most
        // names (reading the gazetteer folds each of its 2,000 forms).
        var previous: UInt8 = 0x20, plain = true
        for byte in folded.utf8 {
            if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previous == 0x20) {
                plain = false
                break
            }
            previous = byte
        }
        if plain, previous != 0x20 { return folded }
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func droppingArticle(_ text: String) -> String {
        let trimmed = text.drop { $0.isWhitespace }
        return trimmed.lowercased().hasPrefix("the ") ? String(trimmed.dropFirst(4)) : String(trimmed)
    }

    /// Levenshtein distance over characters.
    /// - Complexity: O(*m* × *n*).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A name that matches no actor.
public enum ActorLookupError: Error, Equatable, Sendable {
    case unknown(name: String, suggestions: [String])
}

extension ActorLookupError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknown(let name, let suggestions):
            suggestions.isEmpty
                ? "no actor '\(name)'"
                : "no actor '\(name)'; did you mean \(suggestions.joined(separator: ", "))?"
        }
    }
}

import Foundation
import Testing
import Yams

/// The analyst question suite (Tests/Questions/analyst-questions.yaml), run as the commands an
/// analyst types, and how an answer is read from what a command prints.
///
/// Each command runs as written, with `--format json` added so that its answer is read from the same
/// selection the table shows (and, for the built graph, `--graph` the built file). How an answer is read:
/// - `ties`, `find`: with `--actor`, the other ends of the listed ties (`counterpart`); without it, the
///   ends of the listed ties less the actors the question names, and only those that match the
///   command's `--kind`/`--tag` when it gives them. A tie (`yes`/`no`) is listed when a listed tie has
///   its ends (either way round for a symmetric tie), layer, polarity and an evidence record of its type.
/// - `explain`: the listed ties, read for a tie as above.
/// - `reach`: the actors listed.
/// - `path`: the actors inside the first path; a tie is shown when the path takes the hop from its
///   source to its target, or, for the path's own two ends, when there is a path at all.
/// - `centrality`: the first actor (kind `top`).
/// - `balance` with `--poles`: the actors that cooperate with every pole, less the actors the question
///   names; `balance ACTOR`: the actors in both cooperation and tension with it (`mixed`), and a tie
///   is shown when tension outweighs cooperation with its other end.
/// - `blocs`: the actors the question names that share a bloc with the one whose bloc it asks about
///   ("X's bloc"); a tie is shown when its ends are in the same bloc (cooperation) or in different
///   blocs (tension).
struct QuestionSuite {
    struct Tie: Equatable {
        var source: String, target: String, layer: String, polarity: String, type: String
    }

    struct Question {
        var id: String, source: String, question: String, command: String
        var kind: String
        var actors: [String]
        var tie: Tie?
    }

    /// One question's run: what was answered and whether it is the expected answer.
    struct Outcome {
        var question: Question
        var answer: String
        var ok: Bool
    }

    let questions: [Question]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        let list = try #require(root["questions"] as? [[String: Any]])
        questions = try list.map { q in
            let answer = try #require(q["answer"] as? [String: Any])
            let tie = (answer["tie"] as? [String: Any]).map { t in
                Tie(source: "\(t["source"] ?? "")", target: "\(t["target"] ?? "")", layer: "\(t["layer"] ?? "any")",
                    polarity: "\(t["polarity"] ?? "any")", type: "\(t["type"] ?? "any")")
            }
            return Question(id: "\(q["id"] ?? "")", source: "\(q["source"] ?? "")", question: "\(q["question"] ?? "")",
                            command: "\(q["command"] ?? "")", kind: "\(answer["kind"] ?? "")",
                            actors: (answer["actors"] as? [Any] ?? []).map { "\($0)" }, tie: tie)
        }
    }

    /// Splits a command line as a shell would for these commands: words, and "double-quoted" words.
    static func words(_ command: String) -> [String] {
        var out: [String] = [], current = "", quoted = false, started = false
        for c in command {
            if c == "\"" {
                quoted.toggle()
                started = true
            } else if c == " " && !quoted {
                if started { out.append(current) }
                current = ""
                started = false
            } else {
                current.append(c)
                started = true
            }
        }
        if started { out.append(current) }
        return out
    }

    /// The actors of a graph, for reading names in a question and kinds and tags in an answer.
    struct Gazetteer {
        var kinds: [String: String] = [:]
        var tags: [String: [String]] = [:]
        var forms: [(form: String, id: String)] = []

        init(graph: String?, environment: [String: String]) throws {
            let result = try CLI.run(["actors", "--format", "json"] + (graph.map { ["--graph", $0] } ?? []), environment: environment)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            for a in list {
                guard let id = a["id"] as? String else { continue }
                kinds[id] = a["kind"] as? String
                tags[id] = a["tags"] as? [String] ?? []
                let names = [a["name"]] + (a["names"] as? [Any] ?? []) + (a["demonyms"] as? [Any] ?? [])
                for case let form as String in names where form.count > 1 { forms.append((form, id)) }
            }
        }

        /// The actors a question names: any name or demonym, as a whole word, case as written.
        func named(in text: String) -> Set<String> {
            var found: Set<String> = []
            for (form, id) in forms {
                var search = text.startIndex..<text.endIndex
                while let r = text.range(of: form, range: search) {
                    let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
                    let after = r.upperBound == text.endIndex ? " " : text[r.upperBound]
                    if !before.isLetter && !after.isLetter { found.insert(id); break }
                    search = r.upperBound..<text.endIndex
                }
            }
            return found
        }
    }

    /// The value of a command's option (`--tag west`), all of them when repeated.
    static func values(of option: String, in words: [String]) -> [String] {
        words.indices.filter { words[$0] == option && $0 + 1 < words.count }.map { words[$0 + 1] }
    }

    static func tieMatches(_ spec: Tie, _ t: [String: Any]) -> Bool {
        let s = t["source"] as? String ?? "", g = t["target"] as? String ?? ""
        let symmetric = t["symmetric"] as? Bool ?? false
        let ends = (s == spec.source && g == spec.target) || (symmetric && s == spec.target && g == spec.source)
        guard ends else { return false }
        if spec.layer != "any", t["layer"] as? String != spec.layer { return false }
        if spec.polarity != "any", t["polarity"] as? String != spec.polarity { return false }
        if spec.type != "any" {
            let types = (t["evidence"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
            if !types.contains(spec.type) { return false }
        }
        return true
    }

    /// Runs one question against `graph` (`nil`: as the command says) and reads its answer.
    static func run(_ q: Question, graph: String?, gazetteer: Gazetteer, environment: [String: String]) throws -> Outcome {
        var words = Self.words(q.command)
        if words.first == "geograph" { words.removeFirst() }
        if let graph, !words.contains("--graph") { words += ["--graph", graph] }
        let result = try CLI.run(words + ["--format", "json"], environment: environment)
        guard result.status == 0 else {
            return Outcome(question: q, answer: "exit \(result.status): \(result.stderr.split(separator: "\n").first ?? "")", ok: false)
        }
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
        let named = gazetteer.named(in: q.question)
        let command = words.first ?? ""
        var actors: Set<String>? = nil
        var shown: Bool? = nil
        switch command {
        case "ties", "find", "explain":
            let ties = json as? [[String: Any]] ?? []
            let counterparts = ties.compactMap { $0["counterpart"] as? String }
            if command != "explain" {
                if !counterparts.isEmpty {
                    actors = Set(counterparts)
                } else {
                    let kinds = values(of: "--kind", in: words), tags = values(of: "--tag", in: words)
                    var ends = Set(ties.flatMap { [$0["source"] as? String ?? "", $0["target"] as? String ?? ""] })
                    ends.subtract(named)
                    if !kinds.isEmpty || !tags.isEmpty {
                        ends = ends.filter { id in
                            (kinds.isEmpty || kinds.contains(gazetteer.kinds[id] ?? "")) &&
                                (tags.isEmpty || !(gazetteer.tags[id] ?? []).filter(tags.contains).isEmpty)
                        }
                    }
                    actors = ends
                }
            }
            if let spec = q.tie { shown = ties.contains { tieMatches(spec, $0) } }
        case "reach":
            actors = Set((json as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String })
        case "path":
            let path = (json as? [[String: Any]] ?? []).first
            let nodes = path?["nodes"] as? [String] ?? []
            actors = Set(nodes.dropFirst().dropLast())
            if let spec = q.tie {
                let hops = zip(nodes, nodes.dropFirst()).map { [$0, $1] }
                shown = hops.contains([spec.source, spec.target])
                    || (nodes.first == spec.source && nodes.last == spec.target && !nodes.isEmpty)
            }
        case "centrality":
            actors = Set((json as? [[String: Any]] ?? []).prefix(1).compactMap { $0["actor"] as? String })
        case "balance":
            let object = json as? [String: Any] ?? [:]
            let poles = object["poles"] as? [String] ?? []
            if let focus = object["focus"] as? [String: Any] {
                actors = Set((focus["mixed"] as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String })
                if let spec = q.tie {
                    let strained = focus["strained"] as? [String] ?? []
                    shown = strained.contains(spec.source) || strained.contains(spec.target)
                }
            } else {
                let profiles = object["profiles"] as? [[String: Any]] ?? []
                actors = Set(profiles.compactMap { p -> String? in
                    let shares = p["shares"] as? [String: [String: Double]] ?? [:]
                    return poles.allSatisfy({ (shares[$0]?["all"] ?? 0) > 0 }) ? p["actor"] as? String : nil
                }).subtracting(named)
            }
        case "blocs":
            let blocs = ((json as? [String: Any])?["blocs"] as? [[String: Any]] ?? []).map { Set($0["actors"] as? [String] ?? []) }
            func bloc(_ id: String) -> Int? { blocs.firstIndex { $0.contains(id) } }
            if let r = q.question.range(of: "'s bloc") {
                let owner = gazetteer.named(in: String(q.question[..<r.lowerBound]).split(separator: " ").last.map(String.init) ?? "")
                if let o = owner.first {
                    actors = Set(named.subtracting([o]).filter { bloc($0) != nil && bloc($0) == bloc(o) })
                }
            }
            if let spec = q.tie, let a = bloc(spec.source), let b = bloc(spec.target) {
                shown = spec.polarity == "tension" ? a != b : a == b
            }
        default: break
        }
        let ok: Bool
        let answer: String
        switch q.kind {
        case "actors", "top":
            let got = (actors ?? []).sorted()
            answer = got.isEmpty ? "(none)" : got.joined(separator: ", ")
            ok = Set(got) == Set(q.actors)
        case "yes", "no":
            answer = shown == true ? "yes" : "no"
            ok = (shown == true) == (q.kind == "yes")
        default:
            answer = "unknown kind \(q.kind)"
            ok = false
        }
        return Outcome(question: q, answer: answer, ok: ok)
    }

    /// The Markdown table of outcomes, with the count answered.
    static func table(_ title: String, _ outcomes: [Outcome]) -> String {
        let answered = outcomes.filter(\.ok).count
        var out = "### \(title): \(answered) of \(outcomes.count) answered\n\n"
        out += "| id | question | command | answer | ok |\n|---|---|---|---|---|\n"
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        for o in outcomes {
            let expected = o.question.kind == "yes" || o.question.kind == "no" ? o.question.kind : o.question.actors.joined(separator: ", ")
            out += "| \(o.question.id) | \(cell(o.question.question)) | `\(cell(o.question.command))` | \(cell(o.answer))"
                + (o.ok ? "" : " (expected \(cell(expected)))") + " | \(o.ok ? "yes" : "no") |\n"
        }
        return out
    }
}

import ArgumentParser
import GeoGraph

/// The ties a listing command (`ties`, `find`, `explain`) shows, selected like a sentence is read:
///
/// - the view's evidence source and event types first (`--source`, `--type`);
/// - the ties of the actors the command names (every tie when it names none); a state's ties include
///   those of the people who act for it when leaders roll up;
/// - leaders rolled up: by default the other ends only (who Kazakhstan dealt with, as states; the
///   people named stay themselves), every end with `--roll-up`, none with `--no-roll-up` or when
///   the command asks for people (`--kind person`);
/// - then the view's layers, sign, weight and window; `--kind` and `--tag` select the other end of a
///   named actor's ties, or, when no actor is named, ties with at least one end of that kind or tag.
///
/// A name the graph lacks but the gazetteer knows is an actor with no ties here (an empty answer,
/// not a usage error): "is Keosayan a party to any tie?" is answered "no".
struct TieSelection {
    /// How leaders roll up in a listing.
    enum RollUp: Equatable { case none, counterparts, all }

    /// The graph the ties' ends are looked up in (with the view's evidence; not rolled up).
    var graph: Graph
    /// The selected ties, in graph order, each as the view sees it.
    var ties: [Tie]
    /// The named actors, as typed names resolve (from the graph, else the gazetteer).
    var actors: [Actor]
    /// Each named actor's id as the ties show it (rolled up to its state with `--roll-up`).
    var named: [String]
    /// The named actors that take part in no tie of this graph (known to the gazetteer only).
    var absent: [Actor]
    /// How leaders were rolled up.
    var rollUp: RollUp

    /// How leaders roll up for these options.
    static func rollUp(_ view: ViewOptions) -> RollUp {
        switch view.rollUp {
        case true?: .all
        case false?: .none
        case nil: view.kinds.contains(.person) ? .none : .counterparts
        }
    }

    /// Selects the ties of `names` (every tie when empty) for `view`.
    init(graph full: Graph, actors names: [String], view: ViewOptions) throws {
        let base = view.selectingEvidence(of: full)
        var actors: [Actor] = [], absent: [Actor] = []
        var gazetteer: Graph?
        for name in names {
            do {
                actors.append(try resolve(name, in: full))
            } catch {
                if gazetteer == nil { gazetteer = try? GraphFileReader.load(BundledFile.gazetteer) }
                guard let known = try? gazetteer?.resolveActor(name) else { throw error }
                actors.append(known)
                absent.append(known)
            }
        }
        let ids = actors.map(\.id)
        let mode = TieSelection.rollUp(view)
        let rolled = mode == .all ? ids.map { full.rolledUp($0, on: nil) } : ids
        // A tie is a named actor's when one end is that actor; a state's (not a person's) also when
        // an end rolls up to it: Kazakhstan's ties include Tokayev's, Tokayev's are his own.
        func concerns(_ t: Tie) -> Bool { ids.isEmpty || ids.contains(where: t.involves) }
        let states = ids.filter { !full.rollsUp($0) }
        let keeping: Set<String> = mode == .counterparts ? Set(ids) : []
        var candidates: [Tie]
        switch mode {
        case .none:
            candidates = base.ties.filter(concerns)
        case .counterparts, .all:
            candidates = base.rollingUp(base.ties.filter { t in
                concerns(t) || (!states.isEmpty && base.rollingUp([t], keeping: keeping).contains { r in states.contains(where: r.involves) })
            }, keeping: keeping)
        }
        if rolled.count == 2 {
            // A pair: only the ties between the two.
            let pair = Set(rolled)
            candidates = candidates.filter { pair.contains($0.source) && pair.contains($0.target) }
        }
        var selecting = view.view(.listings, named: Set(ids + rolled))
        var oneEnd: ((String) -> Bool)?
        if ids.isEmpty, selecting.kinds != nil || selecting.tags != nil {
            let kinds = selecting.kinds, tags = selecting.tags
            oneEnd = { id in
                guard let actor = base.actor(id) else { return false }
                return (kinds?.contains(actor.kind) ?? true) && (tags.map { t in actor.tags.contains(where: t.contains) } ?? true)
            }
            selecting.kinds = nil
            selecting.tags = nil
        }
        var kept = selecting.selecting(candidates, in: base)
        if let oneEnd { kept = kept.filter { oneEnd($0.source) || oneEnd($0.target) } }
        graph = base
        ties = kept
        self.actors = actors
        self.absent = absent
        named = rolled
        rollUp = mode
    }

    /// The header's words for the roll-up.
    var rollUpText: String {
        switch rollUp {
        case .none: "people as themselves"
        case .counterparts: named.isEmpty ? "leaders rolled up to their states" : "the actors named as typed, other leaders rolled up to their states"
        case .all: "leaders rolled up to their states"
        }
    }

    /// A note for the named actors the graph lacks, or `nil`.
    var absentNote: String? {
        absent.isEmpty ? nil : absent.map(\.name).joined(separator: ", ")
            + " \(absent.count == 1 ? "is" : "are") in the gazetteer but take\(absent.count == 1 ? "s" : "") part in no tie of this graph."
    }

    /// The other end of a tie from the named actor (`nil` without one, or for a pair).
    func counterpart(of tie: Tie) -> String? {
        guard named.count == 1, let a = named.first else { return nil }
        return tie.involves(a) ? tie.otherEnd(from: a) : nil
    }

    /// The event types a tie's evidence reports, most frequent first: `consult×2, visit`.
    static func types(of tie: Tie) -> String {
        tie.eventTypes.map { $0.count > 1 ? "\($0.type)×\($0.count)" : $0.type }.joined(separator: ", ")
    }

    /// The tie as JSON (as graph files write it), with its counterpart when one actor is named.
    func json(_ tie: Tie) -> JSONValue {
        guard case .object(var pairs) = GraphFileWriter.tieJSON(tie) else { return GraphFileWriter.tieJSON(tie) }
        if let c = counterpart(of: tie) { pairs.append(("counterpart", .string(c))) }
        return .object(pairs)
    }
}

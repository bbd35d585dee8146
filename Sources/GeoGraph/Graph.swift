/// A directed, weighted, multi-layer graph of actors and their signed ties.
///
/// A graph is a value: actors in a stable order (the order they were added), ties merged by
/// ``TieKey`` so that one relation is one tie however often it is reported, and the documents
/// evidence may point into. Adding a tie whose key exists merges the two by ``Tie/merge(_:)``.
public struct Graph: Sendable {
    /// A title for figures and reports.
    public var title: String?
    /// The corpus folder the file names (`corpus:`), relative to the graph file's folder; `nil` when
    /// it names none, or for a graph built into the binary. See `CorpusLocator` for the lookup order.
    public var corpus: String?
    /// Which part of a development set a reference graph annotates (`dev`, `test`), written `split:`;
    /// `geograph evaluate` against a `test` graph prints totals only.
    public var split: String?
    /// The documents that evidence may name, sorted by file name.
    public private(set) var documents: [Document] = []
    /// The actors, in the order they were added.
    public private(set) var actors: [Actor] = []
    /// The ties, in the order their keys first appeared.
    public private(set) var ties: [Tie] = []

    private var actorIndex: [String: Int] = [:]
    private var tieIndex: [TieKey: Int] = [:]
    private var documentIndex: [String: Int] = [:]

    public init(title: String? = nil) { self.title = title }

    /// Builds a graph from parts, validating as ``add(_:)-(Actor)`` and ``add(_:)-(Tie)`` do.
    /// - Throws: ``GraphError`` for a duplicate actor, an unknown actor or document, a bad weight.
    public init(title: String? = nil, documents: [Document] = [], actors: [Actor], ties: [Tie]) throws {
        self.title = title
        for document in documents { add(document) }
        for actor in actors { try add(actor) }
        for tie in ties { try add(tie) }
    }

    // MARK: Looking up

    /// The actor with this id, or `nil`.
    public func actor(_ id: String) -> Actor? { actorIndex[id].map { actors[$0] } }

    /// Whether an actor with this id exists.
    public func contains(actor id: String) -> Bool { actorIndex[id] != nil }

    /// The position of the actor in ``actors``.
    public func index(of id: String) -> Int? { actorIndex[id] }

    /// The document with this file name, or `nil`.
    public func document(_ file: String) -> Document? { documentIndex[file].map { documents[$0] } }

    /// The tie with this key, or `nil`.
    public func tie(_ key: TieKey) -> Tie? { tieIndex[key].map { ties[$0] } }

    /// Every tie between `a` and `b`, in either direction, sorted by layer, polarity and direction.
    public func ties(between a: String, and b: String) -> [Tie] {
        ties.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
            .sorted { ($0.layer, $0.polarity, $0.source) < ($1.layer, $1.polarity, $1.source) }
    }

    /// Every tie touching `actor`.
    public func ties(of actor: String) -> [Tie] { ties.filter { $0.involves(actor) } }

    // MARK: Building

    /// Adds a document, replacing the metadata of one with the same file name.
    public mutating func add(_ document: Document) {
        if let i = documentIndex[document.file] {
            documents[i] = document
            return
        }
        // Insert where sorting would put it: after every file that sorts before it. Documents usually
        // arrive sorted, so this appends, and re-sorting the list for each one was quadratic.
        var low = 0, high = documents.count
        while low < high {
            let mid = (low + high) / 2
            if documents[mid] < document { low = mid + 1 } else { high = mid }
        }
        documents.insert(document, at: low)
        for i in low..<documents.count { documentIndex[documents[i].file] = i }
    }

    /// Adds an actor.
    /// - Throws: ``GraphError/duplicateActor(id:)`` when the id exists, ``GraphError/invalidActorID(_:)``.
    public mutating func add(_ actor: Actor) throws {
        guard Actor.isValidID(actor.id) else { throw GraphError.invalidActorID(actor.id) }
        guard actorIndex[actor.id] == nil else { throw GraphError.duplicateActor(id: actor.id) }
        actorIndex[actor.id] = actors.count
        actors.append(actor)
    }

    /// Adds a tie, or merges it into the tie with the same key.
    /// - Throws: ``GraphError`` when an end is not an actor of the graph, the weight is outside
    ///   (0, 1], the tie is a self-loop, or evidence names a document the graph does not list.
    public mutating func add(_ tie: Tie) throws {
        try add(tie, documentsChecked: false)
    }

    /// ``add(_:)-(Tie)`` for a caller that knows every document its evidence names is one of the
    /// graph's (extraction adds each document before the ties found in it): the documents are not
    /// looked up again (callgrind: 2 % of a 50 MB build went to hashing their names once per run of
    /// evidence).
    /// - Precondition: with `documentsChecked`, every evidence's document is in ``documents``.
    /// (`tie` is consumed: a caller done with it hands it over rather than the graph copying it.)
    package mutating func add(_ tie: consuming Tie, documentsChecked: Bool) throws {
        // (Each end on its own: an array of the two cost an allocation per tie.)
        guard actorIndex[tie.source] != nil else { throw GraphError.unknownActor(id: tie.source) }
        guard actorIndex[tie.target] != nil else { throw GraphError.unknownActor(id: tie.target) }
        guard tie.source != tie.target else { throw GraphError.selfLoop(actor: tie.source) }
        guard Tie.isValidWeight(tie.weight) else { throw GraphError.weightOutOfRange(tie.weight) }
        // Evidence comes mostly in runs of one document: each run's document is looked up once.
        if !documentsChecked {
            var checked: String?
            for evidence in tie.evidence where evidence.document != checked {
                guard documentIndex[evidence.document] != nil else { throw GraphError.unknownDocument(evidence.document) }
                checked = evidence.document
            }
        }
        assert(!documentsChecked || tie.evidence.allSatisfy { documentIndex[$0.document] != nil }, "evidence names an unknown document")
        let key = tie.key
        if let i = tieIndex[key] {
            ties[i].merge(tie)
        } else {
            tieIndex[key] = ties.count
            var stored = tie
            // By index, comparing in place, through the buffer (pairs from `zip` copied every evidence twice,
            // and reading an element out of the array copies it).
            let unsorted = stored.evidence.withUnsafeBufferPointer { evidence in
                evidence.indices.dropFirst().contains(where: { evidence[$0] < evidence[$0 - 1] })
            }
            if unsorted { stored.evidence.sort() }
            ties.append(stored)
        }
    }

    /// Makes room for `count` ties in all, so that adding that many grows no table on the way.
    public mutating func reserveCapacity(ties count: Int) {
        ties.reserveCapacity(count)
        tieIndex.reserveCapacity(count)
    }

    /// Replaces a tie's weight; the tie must exist.
    public mutating func setWeight(_ weight: Double, of key: TieKey) throws {
        guard let i = tieIndex[key] else { throw GraphError.unknownTie(key) }
        guard Tie.isValidWeight(weight) else { throw GraphError.weightOutOfRange(weight) }
        ties[i].weight = weight
    }

    /// Removes the tie with this key, if any.
    public mutating func removeTie(_ key: TieKey) {
        guard tieIndex[key] != nil else { return }
        ties.removeAll { $0.key == key }
        tieIndex = Dictionary(uniqueKeysWithValues: ties.enumerated().map { ($1.key, $0) })
    }

    /// The graph restricted to the ties that satisfy `isIncluded`; actors and documents are kept.
    public func filteringTies(_ isIncluded: (Tie) -> Bool) -> Graph {
        var copy = self
        copy.ties = ties.filter(isIncluded)
        copy.tieIndex = Dictionary(uniqueKeysWithValues: copy.ties.enumerated().map { ($1.key, $0) })
        return copy
    }

    /// Replaces every tie by `ties` (their keys distinct, their ends actors of the graph) and keeps
    /// only the actors that `keepsActor` accepts or a tie touches.
    mutating func replaceTies(_ ties: [Tie], keepingActors keepsActor: (Actor) -> Bool = { _ in true }) {
        var touched = Set<String>()
        for t in ties { touched.insert(t.source); touched.insert(t.target) }
        actors = actors.filter { touched.contains($0.id) || keepsActor($0) }
        actorIndex = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        self.ties = ties
        tieIndex = Dictionary(uniqueKeysWithValues: ties.enumerated().map { ($1.key, $0) })
    }

    /// The graph with each tie replaced by what `transform` makes of it (`nil` drops it); the
    /// transform keeps each tie's key. Actors and documents are kept.
    public func mappingTies(_ transform: (Tie) -> Tie?) -> Graph {
        var copy = self
        copy.ties = ties.compactMap(transform)
        copy.tieIndex = Dictionary(uniqueKeysWithValues: copy.ties.enumerated().map { ($1.key, $0) })
        return copy
    }
}

/// A graph that is inconsistent in itself (as opposed to a file that cannot be read).
public enum GraphError: Error, Equatable, Sendable {
    case invalidActorID(String)
    case duplicateActor(id: String)
    case unknownActor(id: String)
    case unknownDocument(String)
    case unknownTie(TieKey)
    case weightOutOfRange(Double)
    case selfLoop(actor: String)
}

extension GraphError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidActorID(let id):
            "actor id '\(id)' is not a slug; use lowercase letters, digits and single hyphens"
        case .duplicateActor(let id): "actor '\(id)' is defined twice; keep one definition"
        case .unknownActor(let id): "no actor '\(id)'; declare it under actors first"
        case .unknownDocument(let file): "evidence names document '\(file)', which is not listed under documents"
        case .unknownTie(let key): "no tie \(key.source) -> \(key.target) (\(key.layer.rawValue), \(key.polarity.rawValue))"
        case .weightOutOfRange(let w): "weight \(w) is outside (0, 1]"
        case .selfLoop(let actor): "a tie from '\(actor)' to itself; a tie needs two different actors"
        }
    }
}

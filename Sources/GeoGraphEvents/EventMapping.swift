import GeoGraph
import Yams

/// What a coded event becomes: an event type, a layer, a polarity — read from `Graphs/event-types.yaml`.
///
/// The file's `types:` list names the event types; its `cameo:` rows map CAMEO codes (GDELT, ICEWS)
/// and its `plover:` section PLOVER event types, modes, contexts and quad classes (POLECAT, PLOVER
/// JSON). A CAMEO code resolves by its root row (two digits), then the rows of its three- and
/// four-digit prefixes, each overriding the type or layer it names; the resolution of every possible
/// code is made once, when the file is loaded, so that a row costs one array read.
public struct EventMapping: Sendable {
    /// The event types, in file order; an event's type is an index into this list.
    public let types: [String]
    let typeIndex: [String: Int]
    /// The resolution of every CAMEO code of two to four digits (``cameoSlot(_:)``).
    let cameo: [Resolved]
    let ploverEvents: [String: (type: Int, quad: Int)]
    let ploverModes: [String: Int]
    let contextLayers: [String: Layer]
    let quadNames: [String: Int]

    /// One code's meaning.
    struct Resolved: Sendable {
        /// The event type's index; -1 for a code the file says to skip, -2 for a code it does not map.
        var type: Int8 = -2
        /// The quad class, 1…4.
        var quad: Int8 = 0
        var layer: Layer = .diplomatic
        var isMapped: Bool { type >= 0 }
    }

    /// What one event is.
    public struct Meaning: Sendable, Equatable {
        public var type: Int
        public var layer: Layer
        public var polarity: Polarity
    }

    /// The polarity of a quad class: 1 and 2 are cooperation, 3 and 4 tension.
    public static func polarity(quad: Int) -> Polarity? {
        switch quad {
        case 1, 2: .cooperation
        case 3, 4: .tension
        default: nil
        }
    }

    /// Loads and validates the mapping file.
    /// - Throws: ``EventDataError`` naming the file and line of the first problem.
    public static func load(path: String) throws -> EventMapping { try EventMapping(file: YAMLFile(path: path)) }

    /// Reads a mapping from YAML text (`path` names it in errors).
    public static func decode(_ text: String, path: String) throws -> EventMapping {
        try EventMapping(file: YAMLFile(text: text, path: path))
    }

    /// The most event types a mapping may list: a type index is stored in an `Int8` per CAMEO code
    /// and in the low byte of the aggregator's counter key, so 127 leaves both with room.
    public static let maximumTypes = 127

    init(file: YAMLFile) throws {
        try file.schema("geograph-event-types/1")
        var types: [String] = []
        var index: [String: Int] = [:]
        for node in try file.list(file.root["types"], "types") {
            // The extraction reads the rest of a type's fields; here only its name counts.
            guard let map = node.mapping else { throw file.fail(node, "a type must be a mapping with 'type'") }
            let name = try file.string(map, "type", owner: "a type", at: node)
            guard Evidence.isValidEventType(name) else { throw file.fail(map["type"], "type '\(name)' must be a lowercase slug") }
            guard index[name] == nil else { throw file.fail(node, "type '\(name)' is listed twice") }
            // A type is counted by its index in one byte of the counters' keys (and held as an Int8 per CAMEO code).
            guard types.count < EventMapping.maximumTypes else {
                throw file.fail(node, "more than \(EventMapping.maximumTypes) event types; the counters hold at most \(EventMapping.maximumTypes), so merge some types")
            }
            index[name] = types.count
            types.append(name)
        }
        guard !types.isEmpty else { throw file.fail(nil, "no 'types:' list; event data needs the event types") }
        func type(_ map: Node.Mapping, _ field: String = "type") throws -> Int? {
            guard let name = try file.optionalString(map, field) else { return nil }
            guard let i = index[name] else {
                throw file.fail(map[field], "unknown event type '\(name)'; expected one of the types listed under 'types:'")
            }
            return i
        }
        func layer(_ map: Node.Mapping) throws -> Layer? {
            guard let name = try file.optionalString(map, "layer") else { return nil }
            guard let layer = Layer(rawValue: name) else { throw file.fail(map["layer"], "unknown layer '\(name)'; expected security, economic or diplomatic") }
            return layer
        }
        func quad(_ map: Node.Mapping) throws -> Int? {
            guard let node = map["quad"] else { return nil }
            guard let q = node.int, (1...4).contains(q) else { throw file.fail(node, "'quad' must be 1, 2, 3 or 4") }
            return q
        }

        // CAMEO rows, by code.
        struct Row { var type: Int?; var quad: Int?; var layer: Layer?; var skip: Bool; var line: Int }
        var rows: [String: Row] = [:]
        for node in try file.list(file.root["cameo"], "cameo") {
            let map = try file.mapping(node, allowed: ["code", "type", "quad", "layer", "skip"], owner: "a cameo row")
            let code = try file.string(map, "code", owner: "a cameo row", at: node)
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw file.fail(map["code"], "code '\(code)' must be two to four digits (a CAMEO code, quoted)")
            }
            guard rows[code] == nil else { throw file.fail(node, "code '\(code)' is listed twice") }
            let row = Row(type: try type(map), quad: try quad(map), layer: try layer(map), skip: try file.optionalString(map, "skip") != nil,
                          line: node.mark?.line ?? 0)
            if code.count == 2, !row.skip, row.type == nil || row.quad == nil {
                throw file.fail(node, "root code '\(code)' needs a 'type' and a 'quad' (or 'skip' with the reason)")
            }
            if code.count > 2, row.quad != nil { throw file.fail(map["quad"], "only a root code (two digits) sets 'quad'") }
            if code.count > 2, rows[String(code.prefix(2))] == nil {
                throw file.fail(node, "code '\(code)' comes before its root '\(code.prefix(2))'; list the root first")
            }
            rows[code] = row
        }
        var cameo = [Resolved](repeating: Resolved(), count: 11_100)
        for slot in 0..<cameo.count {
            let code = EventMapping.code(ofSlot: slot)
            guard let root = rows[String(code.prefix(2))] else { continue }
            if root.skip { cameo[slot].type = -1; continue }
            var r = Resolved(type: Int8(root.type!), quad: Int8(root.quad!), layer: root.layer ?? .diplomatic)
            for length in 3...4 where code.count >= length {
                guard let row = rows[String(code.prefix(length))] else { continue }
                if row.skip { r.type = -1; break }
                if let t = row.type { r.type = Int8(t) }
                if let l = row.layer { r.layer = l }
            }
            cameo[slot] = r
        }

        // PLOVER.
        var events: [String: (type: Int, quad: Int)] = [:]
        var modes: [String: Int] = [:]
        var contexts: [String: Layer] = [:]
        var quads: [String: Int] = [:]
        if let ploverNode = file.root["plover"] {
            let plover = try file.mapping(ploverNode, allowed: ["events", "modes", "contexts", "quads"], owner: "'plover'")
            for node in try file.list(plover["events"], "events") {
                let map = try file.mapping(node, allowed: ["event", "type", "quad"], owner: "a plover event")
                let name = try file.string(map, "event", owner: "a plover event", at: node).uppercased()
                guard let t = try type(map), let q = try quad(map) else { throw file.fail(node, "a plover event needs 'type' and 'quad'") }
                guard events[name] == nil else { throw file.fail(node, "event '\(name)' is listed twice") }
                events[name] = (t, q)
            }
            for node in try file.list(plover["modes"], "modes") {
                let map = try file.mapping(node, allowed: ["event", "mode", "type"], owner: "a plover mode")
                let event = try file.string(map, "event", owner: "a plover mode", at: node).uppercased()
                let mode = try file.string(map, "mode", owner: "a plover mode", at: node).lowercased()
                guard events[event] != nil else { throw file.fail(map["event"], "mode of unknown event '\(event)'; list it under plover.events first") }
                guard let t = try type(map) else { throw file.fail(node, "a plover mode needs 'type'") }
                modes[event + "|" + mode] = t
            }
            if let node = plover["contexts"] {
                guard let map = node.mapping else { throw file.fail(node, "'contexts' must map a layer to a list of contexts") }
                for (key, value) in map {
                    guard let layer = Layer(rawValue: key.string ?? "") else { throw file.fail(key, "unknown layer '\(key.string ?? "?")'; expected security, economic or diplomatic") }
                    for context in try file.strings(value, "contexts") where contexts[context.lowercased()] == nil {
                        contexts[context.lowercased()] = layer
                    }
                }
            }
            if let node = plover["quads"] {
                guard let map = node.mapping else { throw file.fail(node, "'quads' must map a quad name to 1, 2, 3 or 4") }
                for (key, value) in map {
                    guard let name = key.string, let q = value.int, (1...4).contains(q) else { throw file.fail(value, "a quad name maps to 1, 2, 3 or 4") }
                    quads[EventMapping.fold(name)] = q
                }
            }
        }
        self.types = types
        self.typeIndex = index
        self.cameo = cameo
        self.ploverEvents = events
        self.ploverModes = modes
        self.contextLayers = contexts
        self.quadNames = quads
    }

    // MARK: CAMEO

    /// The slot of a code of two to four ASCII digits: 0–99, 100–1099, 1100–11099; `nil` for anything else.
    @inline(__always) static func cameoSlot(_ code: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (2...4).contains(code.count) else { return nil }
        var value = 0
        for byte in code {
            let digit = Int(byte) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value &* 10 &+ digit
        }
        switch code.count {
        case 2: return value
        case 3: return 100 + value
        default: return 1100 + value
        }
    }

    static func code(ofSlot slot: Int) -> String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: w - s.count) + s }
        if slot < 100 { return pad(slot, 2) }
        if slot < 1100 { return pad(slot - 100, 3) }
        return pad(slot - 1100, 4)
    }

    /// The meaning of a CAMEO event code; `quad` from the data (GDELT's QuadClass) wins over the file's.
    @inline(__always) func cameoResolved(_ code: UnsafeBufferPointer<UInt8>) -> Resolved? {
        guard let slot = EventMapping.cameoSlot(code) else { return nil }
        return cameo[slot]
    }

    /// The meaning of a CAMEO code given as text (tests, the Spark cross-check).
    public func meaning(cameo code: String, quad: Int? = nil) -> Meaning? {
        var code = code
        return code.withUTF8 { bytes in
            guard let r = cameoResolved(bytes), r.isMapped, let p = EventMapping.polarity(quad: quad ?? Int(r.quad)) else { return nil }
            return Meaning(type: Int(r.type), layer: r.layer, polarity: p)
        }
    }

    // MARK: PLOVER

    /// The meaning of a PLOVER event: its type (or its mode's finer type), the layer its contexts
    /// name (else diplomatic), the polarity of the quad class the record gives (else the type's).
    public func meaning(plover event: String, mode: String, contexts: [String], quad: String) -> Meaning? {
        let name = event.uppercased()
        guard let (baseType, defaultQuad) = ploverEvents[name] else { return nil }
        let type = mode.isEmpty ? baseType : (ploverModes[name + "|" + mode.lowercased()] ?? baseType)
        var layer = Layer.diplomatic
        for context in contexts {
            if let l = contextLayers[context.lowercased()] {
                if l == .security { layer = .security; break }
                layer = l
            }
        }
        let q = quadValue(quad) ?? defaultQuad
        guard let polarity = EventMapping.polarity(quad: q) else { return nil }
        return Meaning(type: type, layer: layer, polarity: polarity)
    }

    func quadValue(_ text: String) -> Int? {
        if text.isEmpty { return nil }
        if let n = Int(text), (1...4).contains(n) { return n }
        return quadNames[EventMapping.fold(text)]
    }

    static func fold(_ text: String) -> String {
        text.uppercased().map { $0 == "_" || $0 == "-" ? " " : $0 }.reduce(into: "") { $0.append($1) }
    }
}

import Foundation
import GeoGraph

/// POLECAT weekly files (40 tab-separated columns under a header, coded in PLOVER: 0 Event ID, 1 Event
/// Date, 2 Event Type, 3 Event Mode, 4 Intensity, 5 Quad Code, 6 Contexts, 7 Actor Name, 8 Actor
/// Country, 9 Actor COW, 10 Primary Actor Sector, 11 Actor Sectors, 15 Recipient Name, 16 Recipient
/// Country, 17 Recipient COW, 18 Primary Recipient Sector, 19 Recipient Sectors, 33 Source …) and PLOVER
/// records as JSON lines (`id`, `date`, `event`, `mode`, `context`, `quad`, `intensity`, `actor`,
/// `actor_country`, `actor_sector`, `recipient`, `recipient_country`, `recipient_sector`, `url`).
extension Ingest {
    mutating func polecat(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) {
        if header(bytes, number, columns: 40, name: "POLECAT") { return }
        report.rows += 1
        fields.split(bytes)
        guard fields.count == 40 else { return refuse(.columns, number, "\(fields.count) columns; POLECAT events have 40") }
        guard fields.fit([7, 8, 9, 10, 11, 15, 16, 17, 18, 19], Ingest.actorFieldBytes) else {
            return refuse(.record, number, "an actor name, sector list or country is longer than \(Ingest.actorFieldBytes) bytes")
        }
        guard let date = FieldParse.date(fields[1]) else { return refuse(.date, number, "Event Date '\(fields.string(1).prefix(20))' is not YYYY-MM-DD") }
        let contexts = Ingest.list(fields.string(6))
        guard let meaning = mapping.meaning(plover: fields.string(2), mode: fields.string(3), contexts: contexts, quad: fields.string(5)) else {
            return refuse(.code, number, "Event Type '\(fields.string(2).prefix(20))' is not a PLOVER event the mapping lists")
        }
        var intensity = 0.0
        if !fields[4].isEmpty {
            guard let x = FieldParse.double(fields[4]), x.isFinite, abs(x) <= 10 else { return refuse(.number, number, "Intensity is not a number in -10…10") }
            intensity = x
        }
        let row = fields, map = actors
        let a = resolutions.resolution(row, [7, 8, 9, 10, 11]) {
            map.resolve(name: row.string(7), country: row.string(8), cow: row.string(9), sectors: [row.string(10)] + Ingest.list(row.string(11)))
        }
        let b = resolutions.resolution(row, [15, 16, 17, 18, 19]) {
            map.resolve(name: row.string(15), country: row.string(16), cow: row.string(17), sectors: [row.string(18)] + Ingest.list(row.string(19)))
        }
        let cue = "PLOVER \(fields.string(2).uppercased())" + (fields[3].isEmpty ? "" : " \(fields.string(3))")
        let id = fields[0], document = self.document
        tie(a, b) { s, t in
            MappedEvent(source: s, target: t, meaning: meaning, strength: EventWeight.strength(magnitude: intensity), date: date, document: document,
                        id: id, url: UnsafeBufferPointer(start: nil, count: 0), cue: .text(cue))
        }
    }

    mutating func plover(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) {
        report.rows += 1
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [])) as? [String: Any] else {
            return refuse(.record, number, "not a JSON object on one line")
        }
        func text(_ key: String) -> String {
            switch object[key] {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            default: return ""
            }
        }
        func texts(_ keys: String...) -> [String] {
            keys.flatMap { key -> [String] in
                switch object[key] {
                case let s as String: return Ingest.list(s)
                case let a as [Any]: return a.compactMap { $0 as? String }
                default: return []
                }
            }
        }
        let id = text("id"), event = text("event")
        guard !id.isEmpty else { return refuse(.record, number, "no 'id'") }
        guard !event.isEmpty else { return refuse(.record, number, "no 'event'") }
        var dateText = text("date")
        guard let date = dateText.withUTF8({ FieldParse.date($0) }) else {
            return refuse(.date, number, "'date' \(text("date").prefix(20)) is not YYYY-MM-DD")
        }
        guard let meaning = mapping.meaning(plover: event, mode: text("mode"), contexts: texts("context", "contexts"), quad: text("quad")) else {
            return refuse(.code, number, "event '\(event.prefix(20))' is not a PLOVER event the mapping lists")
        }
        var intensity = 0.0
        if object["intensity"] != nil {
            guard let x = Double(text("intensity")), x.isFinite, abs(x) <= 10 else { return refuse(.number, number, "'intensity' is not a number in -10…10") }
            intensity = x
        }
        let sides = ["actor", "actor_country", "recipient", "recipient_country"].map(text) + texts("actor_sector", "actor_sectors", "recipient_sector", "recipient_sectors")
        guard sides.allSatisfy({ $0.utf8.count <= Ingest.actorFieldBytes }) else {
            return refuse(.record, number, "an actor name, sector or country is longer than \(Ingest.actorFieldBytes) bytes")
        }
        let a = actors.resolve(name: text("actor"), country: text("actor_country"), sectors: texts("actor_sector", "actor_sectors"))
        let b = actors.resolve(name: text("recipient"), country: text("recipient_country"), sectors: texts("recipient_sector", "recipient_sectors"))
        let cue = "PLOVER \(event.uppercased())" + (text("mode").isEmpty ? "" : " \(text("mode"))")
        let url = text("url"), document = self.document
        var idBytes = Array(id.utf8), urlBytes = Array(url.utf8)
        idBytes.withUnsafeMutableBufferPointer { idBuffer in
            urlBytes.withUnsafeMutableBufferPointer { urlBuffer in
                tie(a, b) { s, t in
                    MappedEvent(source: s, target: t, meaning: meaning, strength: EventWeight.strength(magnitude: intensity), date: date,
                                document: document, id: UnsafeBufferPointer(idBuffer), url: UnsafeBufferPointer(urlBuffer), cue: .text(cue))
                }
            }
        }
    }

    /// A list written in one field: items separated by commas, semicolons or bars, trimmed.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

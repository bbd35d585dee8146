import Foundation
import GeoGraph

/// ICEWS `events.*.tab`, 20 tab-separated columns under a header: 0 Event ID, 1 Event Date, 2 Source
/// Name, 3 Source Sectors, 4 Source Country, 5 Event Text, 6 CAMEO Code, 7 Intensity, 8 Target Name,
/// 9 Target Sectors, 10 Target Country, 11 Story ID, 12 Sentence Number, 13 Publisher, 14–19 place.
/// The Event ID is unique only with the date; evidence keeps both.
extension Ingest {
    mutating func icews(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) {
        if header(bytes, number, columns: 20, name: "ICEWS") { return }
        report.rows += 1
        fields.split(bytes)
        guard fields.count == 20 else { return refuse(.columns, number, "\(fields.count) columns; ICEWS events have 20") }
        guard fields.fit([2, 3, 4, 8, 9, 10], Ingest.actorFieldBytes) else {
            return refuse(.record, number, "an actor name, sector list or country is longer than \(Ingest.actorFieldBytes) bytes")
        }
        guard let date = FieldParse.date(fields[1]) else { return refuse(.date, number, "Event Date '\(fields.string(1).prefix(20))' is not YYYY-MM-DD") }
        let code = fields[6]
        guard let resolved = mapping.cameoResolved(code), resolved.type != -2 else {
            return refuse(.code, number, "CAMEO Code '\(String(decoding: code.prefix(12), as: UTF8.self))' is not a code the mapping lists")
        }
        if resolved.type == -1 { return skip(.statement) }
        var intensity = 0.0
        if !fields[7].isEmpty {
            guard let x = FieldParse.double(fields[7]), x.isFinite, abs(x) <= 10 else { return refuse(.number, number, "Intensity is not a number in -10…10") }
            intensity = x
        }
        let row = fields, map = actors
        let a = resolutions.resolution(row, [2, 3, 4]) { Ingest.icewsActor(row, map, name: 2, sectors: 3, country: 4) }
        let b = resolutions.resolution(row, [8, 9, 10]) { Ingest.icewsActor(row, map, name: 8, sectors: 9, country: 10) }
        let meaning = EventMapping.Meaning(type: Int(resolved.type), layer: resolved.layer, polarity: EventMapping.polarity(quad: Int(resolved.quad))!)
        let sentence = Int32(clamping: FieldParse.int(fields[12]).map { max(0, $0) } ?? 0)
        let slot = EventMapping.cameoSlot(code) ?? 0, id = fields[0], document = self.document
        tie(a, b) { s, t in
            MappedEvent(source: s, target: t, meaning: meaning, strength: EventWeight.strength(magnitude: intensity), date: date, document: document,
                        id: id, url: UnsafeBufferPointer(start: nil, count: 0), sentence: sentence, cue: .cameo(slot: slot))
        }
    }

    static func icewsActor(_ fields: TabFields, _ actors: EventActorMap, name: Int, sectors: Int, country: Int) -> EventActorMap.Resolution {
        let sectorList = fields.string(sectors).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return actors.resolve(name: fields.string(name), country: fields.string(country), sectors: sectorList)
    }
}

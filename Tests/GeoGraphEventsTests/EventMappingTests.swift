import GeoGraph
import Testing
@testable import GeoGraphEvents

/// Graphs/event-types.yaml: CAMEO and PLOVER codes → event type, layer, polarity.
@Suite struct EventMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var code: String
        var type: String?
        var layer: Layer
        var polarity: Polarity
        var testDescription: String { code }
    }

    @Test(arguments: [
        Case(code: "042", type: "consult", layer: .diplomatic, polarity: .cooperation),      // root 04
        Case(code: "0311", type: "agree", layer: .economic, polarity: .cooperation),         // finer code sets the layer
        Case(code: "061", type: "trade", layer: .economic, polarity: .cooperation),          // finer code sets the type
        Case(code: "138", type: "threaten", layer: .security, polarity: .tension),
        Case(code: "1384", type: "threaten", layer: .security, polarity: .tension),          // inherits 138's layer
        Case(code: "163", type: "sanction", layer: .economic, polarity: .tension),
        Case(code: "191", type: "blockade", layer: .security, polarity: .tension),           // fight root's layer kept
        Case(code: "10", type: "request", layer: .diplomatic, polarity: .tension),           // a demand is a request under pressure
    ])
    func cameoCodesResolveRootThenFinerRows(_ c: Case) throws {
        let m = EventFixtures.mapping
        let meaning = try #require(m.meaning(cameo: c.code))
        #expect(m.types[meaning.type] == c.type)
        #expect(meaning.layer == c.layer)
        #expect(meaning.polarity == c.polarity)
    }

    @Test func statementsAreSkippedAndUnknownCodesUnmapped() {
        let m = EventFixtures.mapping
        #expect(m.meaning(cameo: "010") == nil)
        #expect(m.meaning(cameo: "9Z") == nil)
        #expect(m.meaning(cameo: "21") == nil)
        #expect(m.meaning(cameo: "04", quad: 3)?.polarity == .tension)  // the data's quad class wins
    }

    @Test func ploverEventsTakeLayerFromContextsAndTypeFromModes() throws {
        let m = EventFixtures.mapping
        let threat = try #require(m.meaning(plover: "THREATEN", mode: "", contexts: ["military"], quad: "VERBAL CONFLICT"))
        #expect(m.types[threat.type] == "threaten" && threat.layer == .security && threat.polarity == .tension)
        let trade = try #require(m.meaning(plover: "cooperate", mode: "trade", contexts: ["economic"], quad: ""))
        #expect(m.types[trade.type] == "trade" && trade.layer == .economic && trade.polarity == .cooperation)
        #expect(m.meaning(plover: "CONSULT", mode: "", contexts: ["economic", "military"], quad: "1")?.layer == .security)
        #expect(m.meaning(plover: "DANCE", mode: "", contexts: [], quad: "") == nil)
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var says: String
        var testDescription: String { says }
    }

    static let header = "schema: geograph-event-types/1\ntypes:\n  - {type: consult, polarity: cooperation, layer: diplomatic}\n"

    @Test(arguments: [
        BadFile(yaml: header + "cameo:\n  - {code: \"04\", type: consult}\n", line: 5, says: "needs a 'type' and a 'quad'"),
        BadFile(yaml: header + "cameo:\n  - {code: \"04\", type: visit, quad: 1}\n", line: 5, says: "unknown event type 'visit'"),
        BadFile(yaml: header + "cameo:\n  - {code: \"042\", type: consult}\n", line: 5, says: "comes before its root"),
        BadFile(yaml: header + "cameo:\n  - {code: \"4x\", type: consult, quad: 1}\n", line: 5, says: "two to four digits"),
        BadFile(yaml: header + "cameo:\n  - {code: \"04\", type: consult, quad: 7}\n", line: 5, says: "'quad' must be 1, 2, 3 or 4"),
        BadFile(yaml: header + "cameo:\n  - {code: \"04\", type: consult, quad: 1, colour: red}\n", line: 5, says: "unknown field 'colour'"),
        BadFile(yaml: header + "plover:\n  contexts: {space: [orbit]}\n", line: 5, says: "unknown layer 'space'"),
        BadFile(yaml: "schema: geograph-event-types/9\n", line: 1, says: "schema must be"),
    ])
    func badMappingFilesNameTheLine(_ bad: BadFile) throws {
        let error = try #require(throws: EventDataError.self) { try EventMapping.decode(bad.yaml, path: "m.yaml") }
        #expect(error.line == bad.line)
        #expect(error.description.hasPrefix("m.yaml:\(bad.line): "))
        #expect(error.description.contains(bad.says))
    }
}

/// Graphs/event-actors.yaml: codes and names → gazetteer ids.
@Suite struct EventActorMapTests {
    @Test func countriesMapByEveryCode() {
        let a = EventFixtures.actors
        func id(_ i: Int32?) -> String? { i.map { a.actors[Int($0)].id } }
        #expect(id(a.country("RUS")) == "russia")
        #expect(id(a.country("RU")) == "russia")
        #expect(id(a.country("365")) == "russia")
        #expect(id(a.country("Russian Federation")) == "russia")
        #expect(id(a.country("ROM")) == "romania")  // CAMEO's own code
        #expect(a.country("XYZ") == nil)
    }

    @Test func onlySectorsThatSpeakForTheStateMap() {
        let a = EventFixtures.actors
        let kz = a.country("KAZ")!
        #expect(a.resolve(name: "Police (Kazakhstan)", country: "Kazakhstan", sectors: ["Police"]) == .actor(kz))
        #expect(a.resolve(name: "Kazakhstan", country: "Kazakhstan", sectors: []) == .actor(kz))
        #expect(a.resolve(name: "Business (Kazakhstan)", country: "Kazakhstan", sectors: ["Business"])
            == .unmapped(code: "Business (Kazakhstan)", reason: .sector))
        #expect(a.resolve(name: "Somebody", country: "Atlantis", sectors: ["Government"]) == .unmapped(code: "Somebody", reason: .unknownCountry))
        #expect(a.resolve(name: "", country: "", sectors: []) == .none)
        let sco = a.actor(named: "Shanghai Cooperation Organization")
        #expect(sco.map { a.actors[Int($0)].id } == "sco")
    }

    @Test func anIdMissingFromTheGazetteerIsRefusedWithItsLine() throws {
        let yaml = "schema: geograph-event-actors/1\nstates:\n  - {id: russia, cameo: RUS}\n  - {id: atlantis, cameo: ATL}\n"
        let error = try #require(throws: EventDataError.self) {
            try EventActorMap.decode(yaml, path: "a.yaml", gazetteer: EventFixtures.gazetteer)
        }
        #expect(error.description.hasPrefix("a.yaml:4: no actor 'atlantis'"))
    }

    @Test func aCodeClaimedTwiceIsRefused() throws {
        let yaml = "schema: geograph-event-actors/1\nstates:\n  - {id: russia, cameo: RUS}\n  - {id: belarus, cameo: RUS}\n"
        let error = try #require(throws: EventDataError.self) {
            try EventActorMap.decode(yaml, path: "a.yaml", gazetteer: EventFixtures.gazetteer)
        }
        #expect(error.line == 4)
        #expect(error.description.contains("stands for both 'russia' and 'belarus'"))
    }

    /// Review two, R1 and R2: a type index lives in an `Int8` and in one byte of the counter key.
    @Test(arguments: [127, 128, 300])
    func r1R2MappingTypesAreBoundedBy127(types: Int) throws {
        var lines = ["schema: geograph-event-types/1", "types:"] + (0..<types).map { "  - {type: t\($0)}" } + ["cameo:"]
        lines += (1...20).map { "  - {code: '\(String(format: "%02d", $0))', type: t\(min(types, 127) - 1), quad: 1}" }
        let yaml = lines.joined(separator: "\n") + "\n"
        if types <= EventMapping.maximumTypes {
            #expect(try EventMapping.decode(yaml, path: "m.yaml").types.count == types)
        } else {
            let error = try #require(throws: EventDataError.self) { try EventMapping.decode(yaml, path: "m.yaml") }
            #expect(error.description == "m.yaml:130: more than 127 event types; the counters hold at most 127, so merge some types")
        }
    }
}

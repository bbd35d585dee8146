import GeoGraph

/// GDELT events (1.0: 57 or 58 columns; 2.0: 61) and GDELT 2.0 mentions (16 columns), as the GDELT
/// codebooks define them: 0 GLOBALEVENTID, 1 SQLDATE, 5/15 Actor1Code/Actor2Code, 7/17 CountryCode,
/// 8/18 KnownGroupCode, 12/22 Type1Code, 26 EventCode, 29 QuadClass, 30 GoldsteinScale, and the last
/// column SOURCEURL (58 and 61 columns). Mentions: 0 GLOBALEVENTID, 5 MentionIdentifier, 6 SentenceID,
/// 7–9 Actor1/Actor2/Action CharOffset.
extension Ingest {
    mutating func gdelt(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) {
        report.rows += 1
        fields.split(bytes, columns: 31)  // up to GoldsteinScale; SOURCEURL is the last
        let n = fields.count
        guard n == 61 || n == 58 || n == 57 else {
            return refuse(.columns, number, "\(n) columns; GDELT events have 57 or 58 (1.0) or 61 (2.0)")
        }
        guard fields.fit(Ingest.gdeltActorColumns, Ingest.gdeltCodeBytes) else {
            return refuse(.record, number, "an actor code is longer than \(Ingest.gdeltCodeBytes) bytes (GDELT codes have at most about 15)")
        }
        guard let date = FieldParse.date(fields[1]) else {
            return refuse(.date, number, "SQLDATE '\(String(decoding: fields[1].prefix(20), as: UTF8.self))' is not a date YYYYMMDD")
        }
        let code = fields[26]
        guard let resolved = mapping.cameoResolved(code), resolved.type != -2 else {
            return refuse(.code, number, "EventCode '\(String(decoding: code.prefix(12), as: UTF8.self))' is not a CAMEO code the mapping lists")
        }
        if resolved.type == -1 { return skip(.statement) }
        var quad = Int(resolved.quad)
        if !fields[29].isEmpty {
            guard let q = FieldParse.int(fields[29]), (1...4).contains(q) else { return refuse(.number, number, "QuadClass is not 1, 2, 3 or 4") }
            quad = q
        }
        var goldstein = 0.0
        if !fields[30].isEmpty {
            guard let g = FieldParse.double(fields[30]), g.isFinite, abs(g) <= 10 else { return refuse(.number, number, "GoldsteinScale is not a number in -10…10") }
            goldstein = g
        }
        let a = gdeltActor(5, 7, 8, 12), b = gdeltActor(15, 17, 18, 22)
        let meaning = EventMapping.Meaning(type: Int(resolved.type), layer: resolved.layer, polarity: EventMapping.polarity(quad: quad)!)
        let strength = EventWeight.strength(magnitude: goldstein)
        let slot = EventMapping.cameoSlot(code) ?? 0
        if phase == .collectingEvents {
            guard let id = FieldParse.int(fields[0]), id >= 0 else { return refuse(.number, number, "GLOBALEVENTID is not a number") }
            guard case .actor(let s) = a, case .actor(let t) = b, s != t else { return }
            // Bounded: past the cap an event is counted, not kept (a repeated id still replaces its own).
            if events.count >= reader.options.maxMentionEvents, events[UInt64(id)] == nil {
                report.mentionEventsNotKept += 1
                return
            }
            events[UInt64(id)] = StoredEvent(source: s, target: t, meaning: meaning, strength: strength, date: date, code: Int16(slot))
            return
        }
        // As `tie` does for a resolution: a side without an actor sets the row aside before an
        // unmapped one; both sides' unmapped codes are counted.
        guard case .actor(let s) = a, case .actor(let t) = b else {
            if case .unmapped(let code, let reason) = a { unmappedCodes.count(code, reason) }
            if case .unmapped(let code, let reason) = b { unmappedCodes.count(code, reason) }
            return skip(a == .none || b == .none ? .noActor : .unmapped)
        }
        guard s != t else { return skip(.sameActor) }
        let url = n == 57 ? UnsafeBufferPointer(start: nil, count: 0) : fields.last
        aggregator.add(MappedEvent(source: s, target: t, meaning: meaning, strength: strength, date: date, document: document, id: fields[0],
                                   url: url, cue: .cameo(slot: slot)))
        report.tied += 1
    }

    /// One side of a GDELT event, with the bytes of an unmapped code (valid for the row).
    enum Side: Equatable {
        case actor(Int32)
        case none
        case unmapped(UnsafeBufferPointer<UInt8>, UnmappedReason)

        static func == (a: Side, b: Side) -> Bool {
            switch (a, b) {
            case let (.actor(x), .actor(y)): x == y
            case (.none, .none): true
            default: false
            }
        }
    }

    /// One side of a GDELT event from its code, country, known group and first type columns: its
    /// known group (an organisation), else its country when the actor is the country itself or a
    /// sector that speaks for it.
    @inline(__always) func gdeltActor(_ codeColumn: Int, _ countryColumn: Int, _ groupColumn: Int, _ typeColumn: Int) -> Side {
        let code = fields[codeColumn], country = fields[countryColumn], group = fields[groupColumn]
        if !group.isEmpty, let i = actors.alpha3(group) { return .actor(i) }
        if !country.isEmpty {
            guard let i = actors.alpha3(country) else { return .unmapped(code.isEmpty ? country : code, .unknownCountry) }
            if bytesEqual(code, country) || actors.isStateSector(code: fields[typeColumn]) { return .actor(i) }
            return .unmapped(code, .sector)
        }
        if code.isEmpty { return .none }
        return .unmapped(code, .noCountry)
    }

    mutating func mention(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) {
        report.rows += 1
        fields.split(bytes)
        guard fields.count == 16 else { return refuse(.columns, number, "\(fields.count) columns; GDELT 2.0 mentions have 16") }
        guard let id = FieldParse.int(fields[0]), id >= 0 else { return refuse(.number, number, "GLOBALEVENTID is not a number") }
        guard let sentence = FieldParse.int(fields[6]), sentence >= 0, sentence < Int(Int32.max) else {
            return refuse(.number, number, "SentenceID is not a whole number")
        }
        var offsets: [Int] = []
        for c in 7...9 {
            guard let o = FieldParse.int(fields[c]), o >= -1, o < Int(Int32.max) - 1 else { return refuse(.number, number, "a CharOffset is not a whole number") }
            if o >= 0 { offsets.append(o) }
        }
        guard let event = events[UInt64(id)] else { return skip(.unknownEvent) }
        let span: (Int32, Int32) = offsets.isEmpty ? (0, 1) : (Int32(offsets.min()!), Int32(offsets.max()! + 1))
        let url = fields[5], idBytes = fields[0], document = self.document
        aggregator.add(MappedEvent(source: event.source, target: event.target, meaning: event.meaning, strength: event.strength, date: event.date,
                                   document: document, id: idBytes, url: url, sentence: Int32(sentence), span: span,
                                   cue: .cameo(slot: Int(event.code))))
        report.tied += 1
    }
}

/// Makers in compounds: "Chinese-built fighters", "Turkish-made drones" name who made a thing.
extension TieExtractor {
    /// The last parts of a compound that name the maker of a thing ("Chinese-built", "Turkish-made").
    static let goodsMakerSuffixes: Set<String> = ["made", "built", "supplied", "manufactured"]

    /// The maker that supplies the subject of a security-aid verb read as what the subject is equipped
    /// with: "Pakistan's air force, equipped largely with Chinese-built fighters," (china → pakistan, where
    /// the verb's order gave pakistan → china). The verb is followed at once by "with" (or by one adverb
    /// in -ly and "with"), so no party stands between the verb and "with" ("Turkey armed Azerbaijan with
    /// Turkish-made drones" keeps turkey → azerbaijan), and `object`, the cue's object, is one party
    /// named by such a compound right after "with".
    /// - Returns: The maker party, or `nil`.
    func equippingMaker(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], object: Range<Int>,
                        _ parties: [Party], _ tokens: [Token]) -> Party? {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.isVerb, cue.eventType == "aid", cue.layer == .security, cue.polarity == .cooperation,
              object.count == 1, end < tokens.count else { return nil }
        let with = tokens[end].key == "with" ? end
            : end + 1 < tokens.count && tokens[end].key.hasSuffix("ly") && tokens[end + 1].key == "with" ? end + 1 : nil
        let maker = parties[object.lowerBound]
        guard let with, maker.start == with + 1, tokens[maker.start].isHyphenatedName,
              let last = tokens[maker.start].text.split(separator: "-").last,
              Self.goodsMakerSuffixes.contains(last.lowercased()) else { return nil }
        return maker
    }
}

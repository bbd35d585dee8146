/// A small English morphology: the inflections of a verb lemma and the plural of a noun, by rule, so
/// that the lexicon lists lemmas, not forms.
///
/// Verbs: the third person adds -es after s, x, z, ch, sh, turns a final consonant + y into -ies, else
/// adds -s; the past and participle add -d after e, -ied for consonant + y, else -ed; the gerund drops a
/// final e (not of -ee, -ye, -oe), turns -ie into -ying, else adds -ing. A final consonant doubles before
/// -ed and -ing in a one-syllable lemma ending consonant-vowel-consonant (ban → banned, ship → shipping;
/// not w, x or y) and in the lemmas listed as `doubling` (admit → admitted). Irregular pasts come from
/// the lexicon's `irregular` table. A lemma of several words inflects its first ("side with" → "sided
/// with"), unless the table lists the whole lemma ("shoot down" → "shot down").
public enum Morphology {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Whether a final consonant doubles: one vowel group, ending consonant-vowel-consonant (not w, x, y).
    static func doubles(_ word: String, doubling: Set<String>) -> Bool {
        if doubling.contains(word) { return true }
        let c = Array(word)
        guard c.count >= 3, let last = c.last, !vowels.contains(last), !"wxy".contains(last),
              vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 3]) else { return false }
        var groups = 0
        var inVowel = false
        for ch in c {
            let v = vowels.contains(ch)
            if v && !inVowel { groups += 1 }
            inVowel = v
        }
        return groups == 1
    }

    /// The forms of a verb lemma: lemma, third person, gerund, past, participle (distinct, in that order).
    /// - Parameters:
    ///   - lemma: One or more words, the first the verb.
    ///   - irregular: Past and participle of irregular lemmas (a whole lemma or its first word).
    ///   - doubling: Lemmas whose final consonant doubles though they have several syllables.
    public static func inflections(of lemma: String, irregular: [String: [String]] = [:],
                                   doubling: Set<String> = []) -> [String] {
        let words = lemma.split(separator: " ").map(String.init)
        guard let verb = words.first else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        func phrase(_ head: String) -> String { rest.isEmpty ? head : head + " " + rest }
        let double = doubles(verb, doubling: doubling)
        let third: String
        if ["s", "x", "z"].contains(verb.last.map(String.init) ?? "") || verb.hasSuffix("ch") || verb.hasSuffix("sh") {
            third = verb + "es"
        } else if endsInConsonantY(verb) {
            third = String(verb.dropLast()) + "ies"
        } else {
            third = verb + "s"
        }
        let gerund: String
        if verb.hasSuffix("ie") {
            gerund = String(verb.dropLast(2)) + "ying"
        } else if verb.hasSuffix("e"), !verb.hasSuffix("ee"), !verb.hasSuffix("ye"), !verb.hasSuffix("oe"), verb.count > 2 {
            gerund = String(verb.dropLast()) + "ing"
        } else {
            gerund = double ? verb + String(verb.last!) + "ing" : verb + "ing"
        }
        let forms = [lemma, phrase(third), phrase(gerund)] + pastForms(of: lemma, irregular: irregular, doubling: doubling)
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// The past and the participle of a verb lemma, as ``inflections(of:irregular:doubling:)`` ends with
    /// them: the two of the `irregular` table ("lend" → "lent", "lent"; "break off" → "broke off", "broken
    /// off"), else the one regular form ("ban" → "banned", "deny" → "denied").
    /// - Parameters:
    ///   - lemma: One or more words, the first the verb.
    ///   - irregular: Past and participle of irregular lemmas (a whole lemma or its first word).
    ///   - doubling: Lemmas whose final consonant doubles though they have several syllables.
    public static func pastForms(of lemma: String, irregular: [String: [String]] = [:],
                                 doubling: Set<String> = []) -> [String] {
        let words = lemma.split(separator: " ").map(String.init)
        guard let verb = words.first else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        func phrase(_ head: String) -> String { rest.isEmpty ? head : head + " " + rest }
        if let whole = irregular[lemma] { return whole }
        if let pasts = irregular[verb] { return pasts.map(phrase) }
        if verb.hasSuffix("e") { return [phrase(verb + "d")] }
        if endsInConsonantY(verb) { return [phrase(String(verb.dropLast()) + "ied")] }
        return [phrase(doubles(verb, doubling: doubling) ? verb + String(verb.last!) + "ed" : verb + "ed")]
    }

    /// A noun and its plural (the last word pluralised; a noun ending in s is left as it is).
    public static func plurals(of noun: String) -> [String] {
        var words = noun.split(separator: " ").map(String.init)
        guard let last = words.last, !last.hasSuffix("s") else { return [noun] }
        let plural: String
        if last.hasSuffix("x") || last.hasSuffix("z") || last.hasSuffix("ch") || last.hasSuffix("sh") {
            plural = last + "es"
        } else if endsInConsonantY(last) {
            plural = String(last.dropLast()) + "ies"
        } else {
            plural = last + "s"
        }
        words[words.count - 1] = plural
        return [noun, words.joined(separator: " ")]
    }

    static func endsInConsonantY(_ word: String) -> Bool {
        let c = Array(word)
        return c.count >= 2 && c.last == "y" && !vowels.contains(c[c.count - 2])
    }
}

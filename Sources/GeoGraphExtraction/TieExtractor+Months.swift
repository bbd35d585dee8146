extension TieExtractor {
    /// Words after which a capitalised "May" names the month: "in May", "since May", "by May",
    /// "last May", "early May". ("mid-May" is one word, never the modal.)
    static let monthLeads: Set<String> = ["in", "on", "since", "until", "till", "by", "last", "next", "early", "late",
                                          "from", "through", "throughout", "during", "of"]

    /// Whether the word at `i` is the month "May", not the modal "may": capitalised, and after a word of
    /// ``monthLeads`` or next to a day or a year ("May 5", "5 May", "May 2024"). A hedge is only the modal.
    static func namesMonth(_ i: Int, _ tokens: [Token]) -> Bool {
        guard tokens[i].key == "may", tokens[i].text == "May" else { return false }
        if i > 0, monthLeads.contains(tokens[i - 1].key) || isDayOrYear(tokens[i - 1].key) { return true }
        return i + 1 < tokens.count && tokens[i + 1].punctuationBefore != .clauseBreak && isDayOrYear(tokens[i + 1].key)
    }

    /// Whether a word is a day of the month or a year: a number of up to four digits, or an ordinal ("5th").
    static func isDayOrYear(_ key: String) -> Bool {
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count) else { return false }
        let rest = key.dropFirst(digits.count)
        return rest.isEmpty || ["st", "nd", "rd", "th"].contains(rest)
    }
}

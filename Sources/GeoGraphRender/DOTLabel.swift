/// How Graphviz reads the text of a plain (non-HTML) label after the DOT parser has read the string.
enum DOTLabel {
    /// The text a label shows: `\\` is a backslash, `\n` `\l` `\r` are line breaks, and any other
    /// escaped character stands for itself (Graphviz's `make_simple_label`).
    ///
    /// `\N`, `\G`, `\E`, `\T`, `\H` (name substitutions) are taken literally, minus the backslash: an
    /// imported sketch that uses them gets the letter, not a substitution.
    static func displayed(_ raw: String) -> String {
        var out = ""
        var escaping = false
        for character in raw {
            if escaping {
                switch character {
                case "n", "l", "r": out.append("\n")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        if escaping { out.append("\\") }
        return out
    }
}

/// The three strings of a word's tokens, made once per word of a ``TokenVocabulary`` and shared by
/// every token of that word: a token holds one reference instead of three strings, so that making,
/// copying and destroying tokens (every word of every sentence) retains and releases once, not three times.
final class TokenStrings: Sendable {
    /// The text as written.
    let text: String
    /// Lowercased, curly apostrophes straightened, a trailing possessive `'s` removed.
    let key: String
    /// Lowercased, curly apostrophes straightened (the possessive kept).
    let lower: String
    /// Whether `key == lower` (no possessive `'s` dropped), answered once for the word: a matcher that
    /// found nothing under the lowercase form need not look the same word up again as the key.
    let keyIsLower: Bool

    init(text: String, key: String, lower: String) {
        self.text = text
        self.key = key
        self.lower = lower
        keyIsLower = key == lower
    }
}

/// A word's integer key for ``WordIndex``: FNV-1a over its UTF-8, never 0, when every byte is ASCII;
/// 0 for any other word.
///
/// Equal ASCII words have equal codes, so different codes tell two ASCII words apart without
/// comparing them; equal codes tell nothing (the words are compared then), and 0 says "use the
/// word's characters".
enum WordCode {
    static func of(_ word: String) -> UInt64 {
        var code = basis
        for byte in word.utf8 {
            guard byte < 0x80 else { return 0 }
            code = adding(byte, to: code)
        }
        return finished(code)
    }

    /// The code of the empty prefix, before ``adding(_:to:)`` the word's bytes.
    static var basis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    @inline(__always) static func adding(_ byte: UInt8, to code: UInt64) -> UInt64 {
        (code ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The code of a word whose bytes (all ASCII) have been added.
    @inline(__always) static func finished(_ code: UInt64) -> UInt64 { code == 0 ? 1 : code }

    /// Whether two words may be equal, from their codes; `false` means they are not.
    @inline(__always) static func mayBeEqual(_ a: UInt64, _ b: UInt64) -> Bool { a == b || a == 0 || b == 0 }

    /// The code under which a phrase's word (a gazetteer form's or a cue's) is matched against tokens:
    /// that of the ASCII word equal to it, 0 when there is none (see ``WordIndex/asciiEquivalent(of:)``).
    /// For an ASCII word, its own code.
    static func ofPhraseWord(_ word: String) -> UInt64 { WordIndex<Int>.asciiEquivalent(of: word).map(of) ?? 0 }

    /// Whether a token's word (code `token`, from ``of(_:)``) may equal a phrase's word (code
    /// `phrase`, from ``ofPhraseWord(_:)``); `false` means it does not.
    ///
    /// Stricter than ``mayBeEqual(_:_:)``: an ASCII token (code not 0) never equals a phrase word that
    /// no ASCII word equals (code 0), as "vote" is not "élysée", and equals one that has an ASCII
    /// equivalent only if it has that word's code. Callgrind: "the Élysée" made every "the" followed
    /// by an ASCII word compare strings.
    @inline(__always) static func mayBeEqual(token: UInt64, phrase: UInt64) -> Bool { token == phrase || token == 0 }
}

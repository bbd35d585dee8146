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
}

/// Writes pretty-printed JSON into one byte buffer, in the layout of ``JSONValue/rendered(indent:)``:
/// two-space indent, one object member a line, arrays of scalars on one line, other arrays one item a
/// line, `{}` and `[]` when empty.
///
/// ``JSONValue`` renders through it, and ``GraphFileWriter/json(_:)`` streams a graph through it
/// without building the tree first (a large graph has millions of values).
struct JSONWriter {
    /// The UTF-8 written so far.
    private(set) var bytes: [UInt8] = []
    /// For each open object or multi-line array: how many members or items it has so far.
    private var open: [Int] = []
    /// The indent of the value being written, in levels, outside every open container.
    private let baseIndent: Int
    /// Formatted numbers, by bit pattern: a graph repeats a few confidences and weights many times.
    private var numbers: [UInt64: String] = [:]

    init(indent: Int = 0, capacity: Int = 0) {
        baseIndent = indent
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        open.append(0)
    }

    /// Starts the next member of the innermost object; its value follows.
    mutating func key(_ name: String) {
        newItem()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Starts an array whose items are objects or arrays, one a line.
    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        open.append(0)
    }

    /// Starts the next item of the innermost multi-line array; the item follows.
    mutating func item() { newItem() }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// How deep the writer is: the indent, in levels, of a member of an object begun now, less one.
    var depth: Int { baseIndent + open.count }

    /// Appends prepared bytes as they are: the keys and indentation of an object written by hand at a
    /// known depth, which must lay out as `beginObject`, `key` and `endObject` would.
    mutating func raw(_ fragment: [UInt8]) { bytes.append(contentsOf: fragment) }

    /// ``raw(_:)`` of bytes in a buffer.
    mutating func raw(_ fragment: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: fragment) }

    /// A newline and the indentation of `levels`, as bytes.
    static func newlineBytes(indent levels: Int) -> [UInt8] {
        [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * levels)
    }

    /// Starts an array of scalars, written on one line: `[1, 2]`.
    mutating func beginLine() { bytes.append(UInt8(ascii: "[")) }

    /// Writes the separator before every item of a one-line array but the first.
    mutating func separator() { bytes.append(contentsOf: Self.separatorBytes) }

    /// The bytes of ``separator()`` and ``null()``, for writers that lay out bytes themselves.
    static let separatorBytes: [UInt8] = Array(", ".utf8)
    static let nullBytes: [UInt8] = Array("null".utf8)

    mutating func endLine() { bytes.append(UInt8(ascii: "]")) }

    /// An array of strings, on one line.
    mutating func strings(_ items: [String]) {
        beginLine()
        for (i, item) in items.enumerated() {
            if i > 0 { separator() }
            string(item)
        }
        endLine()
    }

    private mutating func newItem() {
        let last = open.count - 1
        if open[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        open[last] += 1
        newline(indent: baseIndent + open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let count = open.removeLast()
        if count > 0 { newline(indent: baseIndent + open.count) }
        bytes.append(bracket)
    }

    /// A newline and two spaces per level, for the usual depths.
    private static let newlines: [[UInt8]] = (0..<16).map { [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * $0) }

    private mutating func newline(indent levels: Int) {
        if levels < Self.newlines.count {
            bytes.append(contentsOf: Self.newlines[levels])
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * levels))
        }
    }

    // MARK: Scalars

    /// A string literal, escaped as ``JSONValue/quote(_:)`` escapes it.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // One pass over the UTF-8 in place (every string here is native, so contiguous); a string
        // that needs escaping, or might (0xE2 leads U+2028 and U+2029), goes through `quote`.
        let plain = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !Self.mayNeedEscaping(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain != true {
            bytes.append(contentsOf: JSONValue.quote(text).utf8.dropFirst().dropLast())
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether some byte is a control character, `"`, `\\`, DEL, or the lead byte of a character
    /// ``JSONValue/quote(_:)`` may escape (0xC2: U+0080–U+00BF, among them the C1 controls and NEL;
    /// 0xE2: U+2028 and U+2029; 0xEF: U+FEFF): the bytes `string(_:)` must not copy as they are.
    ///
    /// Eight bytes at a time: a byte of a word is zero after `^` with a pattern exactly where the
    /// byte equals the pattern's, and the classic "has a zero byte" test finds one (it may flag a
    /// byte after a true hit, never a word without one); a byte below 0x20 is found the same way
    /// with a subtraction. The tail is tested byte by byte. (callgrind: the byte loop was about a
    /// third of writing an extracted graph's JSON.)
    @inline(__always) static func mayNeedEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        var i = 0
        if let base = utf8.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            while i + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // A byte below 0x20: subtracting 0x20 borrows into its high bit, which must be clear
                // in the byte itself (bytes 0x80 and up are tested by their own patterns).
                let control = (w &- 0x2020_2020_2020_2020) & ~w & highs != 0
                if control || hasZero(w ^ 0x2222_2222_2222_2222) || hasZero(w ^ 0x5C5C_5C5C_5C5C_5C5C)
                    || hasZero(w ^ 0xE2E2_E2E2_E2E2_E2E2) || hasZero(w ^ 0x7F7F_7F7F_7F7F_7F7F)
                    || hasZero(w ^ 0xC2C2_C2C2_C2C2_C2C2) || hasZero(w ^ 0xEFEF_EFEF_EFEF_EFEF) {
                    break  // the byte loop below decides this word and the rest
                }
                i += 8
            }
        }
        while i < n {
            let b = utf8[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2 || b == 0x7F || b == 0xC2 || b == 0xEF {
                return true
            }
            i += 1
        }
        return false
    }

    /// A string, or `null`.
    mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A number as ``JSONValue/format(_:)`` writes it.
    mutating func number(_ value: Double) { bytes.append(contentsOf: numberText(value).utf8) }

    /// ``JSONValue/format(_:)`` of `value`, remembered by bit pattern: a graph repeats a few
    /// confidences and weights many times.
    mutating func numberText(_ value: Double) -> String {
        if let known = numbers[value.bitPattern] { return known }
        let text = JSONValue.format(value)
        if numbers.count < 4096 { numbers[value.bitPattern] = text }
        return text
    }

    mutating func int(_ value: Int) {
        guard value >= 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if let (word, count) = Self.digits(value) {
            withUnsafeBytes(of: word.littleEndian) { digits in bytes.append(contentsOf: digits[0..<count]) }
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The decimal text of `value` when it is in 0..<10⁸ (sentence indices and spans, a quarter of an
    /// extracted graph's values), as the bytes of one word and their count: eight digits at most, the
    /// last digit first and each pushing the others up a byte, so that the first digit ends in the
    /// lowest byte and the word's little-endian bytes are the text.
    @inline(__always) static func digits(_ value: Int) -> (word: UInt64, count: Int)? {
        guard value >= 0, value < 100_000_000 else { return nil }
        var word: UInt64 = 0, count = 0, rest = value
        repeat {
            word = word << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0
        return (word, count)
    }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func null() { bytes.append(contentsOf: Self.nullBytes) }

    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }
}

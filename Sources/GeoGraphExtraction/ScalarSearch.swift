#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds code points in a document's scalars many at a time, for the loops that look for one
/// sign among thousands of letters (line breaks, sentence marks, tag brackets, colons).
///
/// `first(_:in:from:to:)` is `buffer[from..<to].firstIndex(of:) ?? to`, done by the C library's
/// `memchr` on the bytes of the code points (a `Unicode.Scalar` is stored as its 32-bit value):
/// it finds the code point's lowest byte, which most other code points lack, dozens of bytes an
/// instruction, and a hit that is not the code point is passed over. `firstNonASCII` reads eight
/// code points as four words. Callgrind showed the plain loops at 4–6 instructions a code point,
/// `memchr` at about half an instruction.
enum ScalarSearch {
    /// The offset of the first `value` in `buffer[from..<to]`, or `to` when there is none.
    static func first(_ value: Unicode.Scalar, in buffer: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        guard from < to, let base = buffer.baseAddress else { return to }
        let raw = UnsafeRawPointer(base)
        let low = Int32(value.value & 0xFF)
        var byte = from * 4  // where the search goes on, in bytes
        let end = to * 4
        let lowByte = UInt32(1).littleEndian == 1 ? 0 : 3  // where a code point's lowest byte lies
        while byte < end, let hit = memchr(raw + byte, low, end - byte) {
            let offset = UnsafeRawPointer(hit) - raw
            // The byte is the lowest of a code point or another of its bytes; either way, when
            // that code point is not `value`, the search goes on from the next one.
            if offset & 3 == lowByte, buffer[offset >> 2] == value { return offset >> 2 }
            byte = (offset & ~3) + 4
        }
        return to
    }

    /// The offset of the first code point past ASCII in `buffer[from..<to]`, or `to` when there is none.
    @inline(__always)
    static func firstNonASCII(in buffer: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        guard from < to, let base = buffer.baseAddress else { return to }
        let raw = UnsafeRawPointer(base)
        var i = from
        // Eight code points at a time: any bit above the lowest seven of a 32-bit value is set in
        // the OR of the four 64-bit words that hold them.
        while to - i >= 8 {
            let words = raw.loadUnaligned(fromByteOffset: i * 4, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i * 4 + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i * 4 + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i * 4 + 24, as: UInt64.self)
            if words & 0xFFFF_FF80_FFFF_FF80 != 0 { break }
            i += 8
        }
        while i < to, buffer[i].value < 0x80 { i += 1 }
        return i
    }
}

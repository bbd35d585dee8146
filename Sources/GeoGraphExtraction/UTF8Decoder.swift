/// Decodes a file's bytes into code points in one pass, accepting exactly what
/// `String(data:encoding: .utf8)` accepts: well-formed UTF-8 (no overlong forms, surrogates or
/// code points past U+10FFFF), a leading byte order mark dropped.
enum UTF8Decoder {
    /// The code points of `bytes`, or `nil` when they are not well-formed UTF-8.
    /// - Complexity: O(*n*).
    static func scalars(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        // Never more code points than bytes: decode into storage of that size, without the capacity
        // check of `append` at every code point.
        var valid = true
        let out = bytes.withUnsafeBufferPointer { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
                written = 0
                guard let source = bytes.baseAddress else { return }
                // A code point is its value (`Unicode.Scalar` is a `UInt32`): written as numbers, the
                // sixteen-byte copy below compiles to vector instructions.
                out.withMemoryRebound(to: UInt32.self) { values in
                    valid = decode(source, count: bytes.count, into: values.baseAddress!, written: &written)
                }
            }
        }
        return valid ? out : nil
    }

    /// Writes each of `count` bytes as a code point value: a loop the compiler turns into vector
    /// instructions (callgrind: under one instruction a byte).
    @inline(never) private static func widen(_ bytes: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt32>) {
        for k in 0..<count { out[k] = UInt32(bytes[k]) }
    }

    /// Decodes the `count` bytes at `bytes` into the code point values at `out` (room for at least
    /// `count`), counting them in `written`; `false` at the first ill-formed sequence.
    ///
    /// A run of ASCII bytes is found sixteen at a time and widened in one vector loop, as the
    /// byte-by-byte loop would decode them (callgrind: 10 instructions a byte before, 2.5 after, most
    /// text being ASCII).
    @inline(__always) private static func decode(_ bytes: UnsafePointer<UInt8>, count n: Int, into out: UnsafeMutablePointer<UInt32>,
                                                 written: inout Int) -> Bool {
        var i = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var w = 0
        defer { written = w }
        let raw = UnsafeRawPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            if n - i >= 16 {
                // The ASCII bytes up to the first other one, found sixteen at a time (the first
                // high bit of a little-endian word is its first non-ASCII byte), then one copy.
                var end = i
                while n - end >= 16 {
                    let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)) & high
                    let next = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end + 8, as: UInt64.self)) & high
                    if low | next != 0 {
                        end += low != 0 ? low.trailingZeroBitCount >> 3 : 8 + next.trailingZeroBitCount >> 3
                        break
                    }
                    end &+= 16
                }
                if end > i {
                    widen(bytes + i, count: end &- i, into: out + w)
                    w &+= end &- i
                    i = end
                    continue
                }
            }
            let b0 = bytes[i]
            if b0 < 0x80 {
                out[w] = UInt32(b0)
                w += 1
                i += 1
                continue
            }
            // Table 3-7 of the Unicode Standard: the well-formed sequences and their second bytes.
            let length: Int, low: UInt8, high: UInt8
            switch b0 {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return false }
            var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            value = value << 6 | UInt32(bytes[i + 1] & 0x3F)
            for k in 2..<length {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(b & 0x3F)
            }
            // The second-byte ranges rule out surrogates and values past U+10FFFF.
            guard Unicode.Scalar(value) != nil else { return false }
            out[w] = value
            w += 1
            i += length
        }
        return true
    }
}

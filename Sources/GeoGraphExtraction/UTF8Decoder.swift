/// Decodes a file's bytes into code points in one pass, accepting exactly what
/// `String(data:encoding: .utf8)` accepts: well-formed UTF-8 (no overlong forms, surrogates or
/// code points past U+10FFFF), a leading byte order mark dropped.
enum UTF8Decoder {
    /// The code points of `bytes`, or `nil` when they are not well-formed UTF-8.
    /// - Complexity: O(*n*).
    static func scalars(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(Unicode.Scalar(b0))
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
            default: return nil
            }
            guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return nil }
            var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            value = value << 6 | UInt32(bytes[i + 1] & 0x3F)
            for k in 2..<length {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(b & 0x3F)
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            out.append(scalar)
            i += length
        }
        return out
    }
}

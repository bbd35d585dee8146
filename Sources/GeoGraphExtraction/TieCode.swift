import GeoGraph

/// A report's ``TieKey`` as one integer, for gathering reports by relation without hashing actor ids:
/// the gazetteer indices of the two ends (in the key's order: a symmetric pair swapped as `TieKey`
/// swaps it), the layer, the polarity and whether the tie is symmetric.
///
/// Two reports whose ends are gazetteer actors have equal codes exactly when their keys are equal,
/// since a gazetteer's ids are unique.
struct TieCode: Hashable, Sendable {
    let bits: UInt64

    /// The code of a tie `source -> target` (before any swap), or `nil` when an end is not in `indices`.
    /// - Parameter indices: Each gazetteer actor's index, by id.
    init?(source: String, target: String, layer: Layer, polarity: Polarity, isSymmetric: Bool, indices: [String: Int]) {
        guard let s = indices[source], let t = indices[target] else { return nil }
        let swap = TieKey.swapsEnds(source: source, target: target, isSymmetric: isSymmetric)
        self.init(keyOrdered: swap ? (t, s) : (s, t), layer: layer, polarity: polarity, isSymmetric: isSymmetric, gazetteerCount: 1 << 28)
    }

    /// The code of a tie between gazetteer indices already in the key's order (a symmetric pair with
    /// the smaller id first, as the tie rules give it), or `nil` when an index is not a gazetteer
    /// actor's (`gazetteerCount` or more: an id only represented, or named by a caller's context).
    init?(keyOrdered ends: (source: Int, target: Int), layer: Layer, polarity: Polarity, isSymmetric: Bool, gazetteerCount: Int) {
        let (a, b) = ends
        guard a < gazetteerCount, b < gazetteerCount, a < 1 << 28, b < 1 << 28 else { return nil }
        let layerBits: UInt64 = switch layer {
        case .security: 0
        case .economic: 1
        case .diplomatic: 2
        }
        bits = UInt64(a) << 36 | UInt64(b) << 8 | layerBits << 2 | (polarity == .cooperation ? 0 : 2) | (isSymmetric ? 1 : 0)
    }

    /// The gazetteer index of the key's source (the first of a symmetric pair).
    var source: Int { Int(bits >> 36) }
    /// The gazetteer index of the key's target.
    var target: Int { Int((bits >> 8) & ((1 << 28) - 1)) }
}

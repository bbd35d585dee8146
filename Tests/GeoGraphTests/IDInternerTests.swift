import Testing
@testable import GeoGraph

@Suite struct IDInternerTests {
    func intern(_ interner: inout IDInterner, _ id: String) -> (Int32, Bool) {
        var bytes = Array(id.utf8)
        return bytes.withUnsafeMutableBufferPointer { interner.intern(UnsafeBufferPointer($0)) }
    }

    /// Short ids (compared inline), long ids sharing their first eight bytes (compared byte by byte),
    /// across several table growths.
    @Test func everyIdGetsOneStableIndexAcrossGrowth() {
        var interner = IDInterner(capacity: 16)
        let ids = (0..<20_000).map { $0 % 3 == 0 ? "n\($0)" : "actor-with-a-long-id-\($0)" }
        for (i, id) in ids.enumerated() {
            let (index, isNew) = intern(&interner, id)
            #expect(index == Int32(i) && isNew)
        }
        for (i, id) in ids.enumerated().reversed() where i % 7 == 0 {
            let (index, isNew) = intern(&interner, id)
            #expect(index == Int32(i) && !isNew)
        }
        #expect(interner.strings() == ids)
    }

    @Test func idsThatDifferOnlyInLengthOrLastByteAreDistinct() {
        var interner = IDInterner()
        let ids = ["a", "a-", "ab", "abcdefgh", "abcdefghi", "abcdefgh1", "abcdefgh2", ""]
        for id in ids { _ = intern(&interner, id) }
        #expect(interner.count == ids.count)
        #expect(interner.strings() == ids)
    }
}

@Suite struct ActorIDTests {
    @Test(arguments: [("kazakhstan", true), ("xi-jinping", true), ("c5", true), ("a", true), ("", false), ("-a", false),
                      ("a-", false), ("a--b", false), ("Kazakhstan", false), ("a b", false), ("ü", false), ("a_b", false)])
    func slugsAreLowercaseLettersDigitsAndSingleInnerHyphens(id: String, valid: Bool) {
        #expect(Actor.isValidID(id) == valid)
    }
}

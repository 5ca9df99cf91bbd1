import BigInt
import Testing
@testable import BrinkCore

@Suite struct ExactSimplexPivotIntegerTests {
  @Test func int64CrossDivideIsExactOrReportsOverflow() {
    #expect(Int64.crossDivide(6, 7, 2, 3, 4) == 9)           // (42 − 6) / 4
    let big = Int64.max / 2
    // Products overflow 64 bits but the quotient fits: 128-bit path.
    #expect(Int64.crossDivide(big, 4, big, 2, 2) == big)     // (4b − 2b) / 2 = b
    // The quotient itself does not fit: nil, never a trap.
    #expect(Int64.crossDivide(big, 8, 0, 0, 1) == nil)
    #expect(BigInt.crossDivide(BigInt(big), 8, 0, 0, 1) == BigInt(big) * 8)
  }

  @Test func int64CompareProductsIsExactBeyond64Bits() {
    let m = Int64.max
    #expect(Int64.pivotCompareProducts(m, m, m, m - 1) == 1)
    #expect(Int64.pivotCompareProducts(-m, m, m, m) == -1)
    #expect(Int64.pivotCompareProducts(Int64.min, Int64.min, m, m) == 1)
    #expect(Int64.pivotCompareProducts(3, 4, 6, 2) == 0)
  }

  @Test func conversionsAndNegation() {
    #expect(Int64(fitting: BigInt(Int64.max)) == Int64.max)
    #expect(Int64(fitting: BigInt(Int64.min)) == Int64.min)
    #expect(Int64(fitting: BigInt(Int64.max) + 1) == nil)
    #expect(Int64.negate(.min) == nil && Int64.negate(5) == -5)
    #expect(Int64.pivotMultiplyAdd(.max, 2, 0) == nil && Int64.pivotMultiplyAdd(3, 4, 5) == 17)
  }
}

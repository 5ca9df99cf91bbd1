import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// Seeded random games through the whole `solve` pipeline, analysis to text and
/// JSON: every reported equilibrium passes the exact oracle, components partition
/// the list, and the JSON carries the same exact numbers (the analysis alone, and
/// Lemke–Howson against it, in BrinkCoreTests' GameAnalysisTests).
@Suite("SolveReport on random games")
struct SolveReportRandomTests {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {  // SplitMix64 (Steele, Lea and Flood 2014)
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static func randomGame(_ g: inout Generator, rows: Int, columns: Int, range: ClosedRange<Int>) -> StrategicGame {
    let a = (0..<rows).map { _ in (0..<columns).map { _ in Int.random(in: range, using: &g) } }
    let b = (0..<rows).map { _ in (0..<columns).map { _ in Int.random(in: range, using: &g) } }
    return Bimatrix(a: a, b: b).strategicGame
  }

  @Test("method all: oracle-checked, components partition, pure ones match PureEquilibria")
  func all() throws {
    var g = Generator(state: 42)
    for round in 0..<40 {
      // Small payoff ranges make ties, and so degenerate games, common.
      let range = round % 2 == 0 ? -10...10 : 0...2
      let game = Self.randomGame(&g, rows: Int.random(in: 1...4, using: &g), columns: Int.random(in: 1...4, using: &g),
                                 range: range)
      let report = try SolveReport.computed(game, file: "r.nfg", method: .all)
      let equilibria = try #require(report.equilibria)
      #expect(!equilibria.isEmpty)  // Nash (1951): every finite game has one
      for e in equilibria {
        #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game))
        #expect(EquilibriumOracle.expectedPayoffs(e.profile, of: game) == e.payoffs)
      }
      let components = try #require(report.components)
      #expect(components.flatMap { $0 }.sorted() == Array(equilibria.indices))
      let pure = Set(PureEquilibria.all(of: game).map(\.profile))
      #expect(Set(equilibria.filter(\.isPure).map(\.profile)) == pure)
      // The rendering and the JSON never fail on these games.
      #expect(report.render(style: .plain).contains("Nash equilibria"))
      let text = SolveJSON.object(file: "r.nfg", game: game, report.jsonParts).rendered()
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let profiles = try #require((object["equilibria"] as? [[String: Any]])?.map { $0["profile"] as? [[String]] })
      #expect(profiles == equilibria.map { $0.profile.map { $0.map(\.description) } })
    }
  }
}

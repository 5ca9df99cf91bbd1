import BrinkCore
import Testing

@testable import BrinkFormats

/// Adversarial input: seeded random mutations of valid files must parse or give
/// diagnostics that point inside the text; never crash (a crash fails the run).
@Suite("NFGReader robustness")
struct NFGRobustnessTests {
  static let alphabet = Array("{}\"\\ ,\n\t0123456789-+./eERDNFGx玩")

  @Test("2,000 seeded mutations of every fixture: a game or located diagnostics")
  func mutations() throws {
    var generator = SplitMix64(seed: 7)
    let sources = try ["prisoners-dilemma.nfg", "selten-outcome.nfg", "selten-payoff.nfg", "three-player.nfg",
                       "matching-pennies.nfg"].map(Fixtures.text)
    var parsed = 0, rejected = 0
    for round in 0..<2_000 {
      var chars = Array(sources[round % sources.count])
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let i = Int.random(in: 0..<max(1, chars.count), using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0 where !chars.isEmpty: chars.remove(at: i)
        case 1: chars.insert(Self.alphabet.randomElement(using: &generator)!, at: min(i, chars.count))
        default: if !chars.isEmpty { chars[i] = Self.alphabet.randomElement(using: &generator)! }
        }
      }
      let text = String(chars)
      do {
        let file = try NFGReader.parse(text, file: "m.nfg")
        parsed += 1
        #expect(try NFGReader.parse(NFGWriter.write(file)) == file)
      } catch let list as DiagnosticList {
        rejected += 1
        #expect(!list.diagnostics.isEmpty)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for d in list.diagnostics {
          #expect(d.location.line >= 1 && d.location.line <= lineCount, "\(d) in \(text)")
          #expect(d.location.column >= 1)
        }
        _ = list.description
      }
    }
    // Both outcomes occur, so the mutations exercise the reader and the checks.
    #expect(parsed > 50)
    #expect(rejected > 500)
  }

  @Test("truncations at every character never crash")
  func truncations() throws {
    let text = try Fixtures.text("selten-outcome.nfg")
    for n in 0...text.count {
      let prefix = String(text.prefix(n))
      _ = try? NFGReader.parse(prefix)
    }
  }
}

import Foundation
import Testing

/// `brink check`, run end to end: summaries for good files, every diagnostic and
/// exit 1 for bad ones.
@Suite("brink check (end to end)")
struct CheckCommandTests {
  static func scenario(_ name: String) -> String { BrinkProcess.packageRoot.appendingPathComponent("Scenarios/\(name)").path }

  @Test("a clean file: its summary on stdout, exit 0")
  func clean() throws {
    let file = Self.scenario("chicken.yaml")
    let run = try BrinkProcess.run(["check", file])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == """
      \(file): ok: Chicken (Rapoport and Chammah), one round
        players: Row, Column
        states: 1 (1 active, 0 terminal), initial 'play'; moves per state up to 2 x 2
        rounds: 1 of 7 days from 2025-01-06; discount 1
        variables: none
        events: 0, shocks: 0, script: 0 rounds

      """)
  }

  @Test("the default scenario's summary")
  func defaultScenario() throws {
    let file = Self.scenario("us-china-2025-10.yaml")
    let run = try BrinkProcess.run(["check", file])
    #expect(run.status == 0)
    // With the three rounds of the 1 November deadline (S@tariff-deadline: standoff,
    // talks and a cancelled summit; the summit settles the threat itself), where the
    // US's moves carry its choice: 2 moves x 3 options; and the 3 x 13 rounds of a
    // truce in force (truce@PACKAGE.k), the truce being a bargaining state.
    #expect(run.stdout.contains("states: 49 (48 active, 1 terminal), initial 'standoff'; moves per state up to 6 x 2"))
    #expect(run.stdout.contains("rounds: 8 of 7 days from 2025-10-16; discount 49/50"))
    #expect(run.stdout.contains("variables: us_tariff = 30 pts, us_extra_tariff = 0 pts, china_tariff = 10 pts, rare_earth_controls = 1 stages, software_controls = 0 (1 = in force), affiliates_rule = 1 (1 = in force), port_fees = 1 (1 = charged), soybean_halt = 1 (1 = halted), tariff-deadline@due = 2"))
    #expect(run.stdout.contains("events: 12, shocks: 2, script: 3 rounds"))
  }

  @Test("a broken file among good ones: all its errors on stderr, the others summarised, exit 1")
  func broken() throws {
    let bad = try BrinkProcess.temporaryFile("""
      name: bad
      players:
        US: {moves: {hold: , tariff: }}
        China: {moves: {hold: }}
      states:
        s:
          moves: {US: [hold, tarif], China: [hold]}
          payoffs: {hold: [[0, 0]], tariff: [[1, x]]}
      discount: 2

      """, name: "bad.yaml")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bad).deletingLastPathComponent().path) }
    let good = Self.scenario("stag-hunt.yaml")
    let run = try BrinkProcess.run(["check", bad, good])
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("\(good): ok: The stag hunt"))
    #expect(run.stderr == """
      \(bad):7:24: error: unknown move 'tarif' of 'US' in state 's'
            moves: {US: [hold, tarif], China: [hold]}
                               ^~~~~
        note: did you mean 'tariff'?
      \(bad):8:14: error: the payoffs of state 's' have no row for 'US' move 'tarif'
            payoffs: {hold: [[0, 0]], tariff: [[1, x]]}
                     ^
      \(bad):8:31: error: unknown move 'tariff' of 'US' in the payoffs of state 's'
            payoffs: {hold: [[0, 0]], tariff: [[1, x]]}
                                      ^~~~~~
        note: did you mean 'tarif'?
      \(bad):8:44: error: unknown variable 'x' in the payoffs of state 's'
            payoffs: {hold: [[0, 0]], tariff: [[1, x]]}
                                                   ^
      \(bad):9:11: error: the discount factor must be in (0, 1], found 2
        discount: 2
                  ^
      \(bad): 5 errors

      """)
  }

  @Test("a missing file is an error, not a crash")
  func missing() throws {
    let run = try BrinkProcess.run(["check", "/no/such/file.yaml"])
    #expect(run.status == 1)
    #expect(run.stderr == "/no/such/file.yaml:1:1: error: cannot read the file: no such file\n/no/such/file.yaml: 1 error\n")
  }
}

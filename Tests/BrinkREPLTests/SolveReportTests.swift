import BrinkCore
import BrinkFormats
import Testing

@testable import BrinkREPL

/// Battle of the sexes (Luce and Raiffa 1957, §5.3): two pure equilibria and a
/// mixed one where each goes to their favourite event with probability 2/3.
let battleOfTheSexes = StrategicGame(
  title: "Battle of the sexes", players: ["Wife", "Husband"], strategies: [["Ballet", "Boxing"], ["Ballet", "Boxing"]],
  payoffs: [[r(2), r(1)], [r(0), r(0)], [r(0), r(0)], [r(1), r(2)]])

@Suite("SolveReport rendering")
struct SolveReportTests {
  @Test("method all: dominance, classic game, extreme equilibria with decimals, components")
  func all() {
    var report = SolveReport(file: "bos.nfg", game: battleOfTheSexes, method: .all)
    report.analysis.strictElimination = Dominance.Elimination(steps: [], remaining: [[0, 1], [0, 1]])
    report.analysis.classification = .init(name: "Battle of the Sexes", summary: "Both want to coordinate, on different things.")
    report.analysis.paretoEfficient = [[0, 0], [1, 1]]
    report.analysis.equilibria = [
      Equilibrium(profile: [[r(1), r(0)], [r(1), r(0)]], payoffs: [r(2), r(1)]),
      Equilibrium(profile: [[r(2, 3), r(1, 3)], [r(1, 3), r(2, 3)]], payoffs: [r(2, 3), r(2, 3)]),
      Equilibrium(profile: [[r(0), r(1)], [r(0), r(1)]], payoffs: [r(1), r(2)]),
    ]
    report.analysis.components = [[0], [1], [2]]
    report.analysis.nashSubsets = [[0], [1], [2]]
    #expect(report.render(style: .plain) == """
      Battle of the sexes (bos.nfg)
      2 players, 2 x 2 strategies

      +----------------+--------+--------+
      | Wife \\ Husband | Ballet | Boxing |
      +----------------+--------+--------+
      | Ballet         | 2*, 1* |  0,  0 |
      | Boxing         |  0,  0 | 1*, 2* |
      +----------------+--------+--------+
      * best response

      Iterated elimination of strictly dominated strategies (by pure or mixed strategies):
        none: no strategy is strictly dominated
        Remaining: Wife {Ballet, Boxing}; Husband {Ballet, Boxing}

      Classic game: Battle of the Sexes. Both want to coordinate, on different things.
      Pareto-efficient outcomes: (Ballet, Ballet), (Boxing, Boxing)

      Nash equilibria (all extreme equilibria, by vertex enumeration): 3
        1. pure (Ballet, Ballet); payoffs Wife 2, Husband 1
        2. mixed
           Wife:    Ballet 2/3 (0.6667), Boxing 1/3 (0.3333)
           Husband: Ballet 1/3 (0.3333), Boxing 2/3 (0.6667)
           payoffs Wife 2/3 (0.6667), Husband 2/3 (0.6667)
        3. pure (Boxing, Boxing); payoffs Wife 1, Husband 2

      Maximal Nash subsets (each convex: every mixture of the equilibria in one set is an equilibrium; numbers as above): {1}, {2}, {3}
      Components (connected sets of equilibria, each a union of maximal Nash subsets; one made of several is not convex): {1}, {2}, {3}

      """)
  }

  @Test("method dominance: steps with pure and mixed dominators, what remains")
  func dominance() {
    let game = StrategicGame(
      players: ["R", "C"], strategies: [["t", "m", "b"], ["l", "r"]],
      payoffs: [[r(3), r(1)], [r(0), r(0)], [r(1), r(1)], [r(0), r(1)], [r(3), r(0)], [r(1), r(0)]])
    var report = SolveReport(file: "d.nfg", game: game, method: .dominance)
    report.analysis.strictElimination = Dominance.Elimination(
      steps: [.init(player: 0, strategy: 2, dominator: [r(1, 2), r(1, 2), r(0)], strength: .strict)],
      remaining: [[0, 1], [0, 1]])
    report.analysis.weakElimination = Dominance.Elimination(
      steps: [.init(player: 0, strategy: 2, dominator: [r(1, 2), r(1, 2), r(0)], strength: .strict),
              .init(player: 1, strategy: 1, dominator: [r(1), r(0)], strength: .weak)],
      remaining: [[0, 1], [0]])
    let text = report.render(style: .plain)
    #expect(text.hasSuffix("""
      Iterated elimination of strictly dominated strategies (by pure or mixed strategies):
        1. R: b is strictly dominated by 1/2 t + 1/2 m
        Remaining: R {t, m}; C {l, r}

      Iterated elimination of weakly dominated strategies (by pure or mixed strategies; the order of elimination can matter):
        1. R: b is strictly dominated by 1/2 t + 1/2 m
        2. C: r is weakly dominated by l
        Remaining: R {t, m}; C {l}

      """))
    #expect(text.contains("| (b) "))
  }

  @Test("method maximin: guarantees, and the value of a zero-sum game")
  func maximin() {
    let pennies = StrategicGame(
      players: ["Matcher", "Mismatcher"], strategies: [["H", "T"], ["H", "T"]],
      payoffs: [[r(1), r(-1)], [r(-1), r(1)], [r(-1), r(1)], [r(1), r(-1)]])
    var report = SolveReport(file: "mp.nfg", game: pennies, method: .maximin)
    report.analysis.security = [SecurityStrategy(strategy: [r(1, 2), r(1, 2)], value: r(0)),
                       SecurityStrategy(strategy: [r(1, 2), r(1, 2)], value: r(0))]
    report.analysis.zeroSumValue = r(0)
    #expect(report.render(style: .plain).hasSuffix("""
      Security strategies (maximin, by linear programming):
        Matcher:    H 1/2 (0.5), T 1/2 (0.5); guarantees 0
        Mismatcher: H 1/2 (0.5), T 1/2 (0.5); guarantees 0
      The game is zero-sum; its value (to Matcher) is 0.

      """))
  }

  @Test("method maximin computed: a constant-sum game has a value")
  func maximinConstantSum() throws {
    // Matching pennies shifted so that payoffs add up to 10 at every cell.
    let game = StrategicGame(
      players: ["A", "B"], strategies: [["H", "T"], ["H", "T"]],
      payoffs: [[r(6), r(4)], [r(4), r(6)], [r(4), r(6)], [r(6), r(4)]])
    let report = try SolveReport.computed(game, file: "c.nfg", method: .maximin)
    #expect(report.security?.map(\.value) == [r(5), r(5)])
    #expect(report.analysis.constantSum == r(10))
    #expect(report.render(style: .plain).hasSuffix(
      "The game is constant-sum (the payoffs add up to 10); its value (to A) is 5.\n"))
  }

    @Test("method pure computes with PureEquilibria; interrupted runs say so")
  func pureCompute() throws {
    let report = try SolveReport.computed(battleOfTheSexes, file: "bos.nfg", method: .pure)
    #expect(report.equilibria?.count == 2)
    #expect(report.render(style: .plain).hasSuffix("""
      Pure Nash equilibria: 2
        1. pure (Ballet, Ballet); payoffs Wife 2, Husband 1
        2. pure (Boxing, Boxing); payoffs Wife 1, Husband 2

      """))
    let stopped = try SolveReport.computed(battleOfTheSexes, file: "bos.nfg", method: .pure, shouldContinue: { false })
    #expect(stopped.render(style: .plain).contains("Pure Nash equilibria: none (interrupted: the list is incomplete)"))
  }

    @Test("large games are summarised without the matrix")
  func largeGame() {
    let n = 21
    let game = StrategicGame(players: ["A", "B"], strategies: [(0..<n).map { "\($0)" }, (0..<n).map { "\($0)" }],
                             payoffs: Array(repeating: [r(0), r(0)], count: n * n))
    #expect(SolveReport(file: "big.nfg", game: game, method: .pure).render(style: .plain) == """
      big.nfg
      2 players, 21 x 21 strategies

      (The payoff matrix has 441 cells; it is not shown above 400.)

      """)
  }

  @Test("JSON parts: dominance only for the dominance method")
  func jsonParts() {
    var report = SolveReport(file: "bos.nfg", game: battleOfTheSexes, method: .all)
    report.analysis.strictElimination = Dominance.Elimination(steps: [], remaining: [[0, 1], [0, 1]])
    #expect(report.jsonParts.dominance.isEmpty)
    report.analysis.method = .dominance
    #expect(report.jsonParts.dominance.map(\.0) == ["strict"])
  }
}

extension SolveReport {
  /// The report `brink solve` prints: the engine's analysis, with the file's name.
  static func computed(_ game: StrategicGame, file: String, method: SolveMethod,
                       shouldContinue: @escaping () -> Bool = { true }) throws -> SolveReport {
    SolveReport(file: file, analysis: try GameAnalysis.compute(game, method: method, shouldContinue: shouldContinue))
  }
}

/// The "why" clause says the true count, what was counted and what decided
/// (issue 10, items 6 and 7).
@Suite struct SelectionReasonTextTests {
  @Test func reasonsSayWhatDecided() {
    func reason(_ n: Int, pureOnly: Bool, _ r: SelectionReason) -> String {
      SolvedScenarioText.reason([.equilibrium(.riskDominant, candidates: n, pureOnly: pureOnly, decidedBy: r)], 0)
    }
    #expect(reason(1, pureOnly: true, .only) == " (the only pure Nash equilibrium of the round game with the future)")
    #expect(reason(1, pureOnly: false, .only) == " (the only Nash equilibrium of the round game with the future)")
    #expect(reason(2, pureOnly: true, .riskDominance) == " (the risk-dominant one of the 2 pure Nash equilibria of the round game with the future)")
    #expect(reason(3, pureOnly: true, .payoffDominanceFallback)
            == " (the payoff-dominant one of the 3 pure Nash equilibria of the round game with the future; risk dominance does not decide between them)")
    #expect(reason(3, pureOnly: false, .largestSupport) == " (the most mixed one of the 3 Nash equilibria of the round game with the future)")
  }
}

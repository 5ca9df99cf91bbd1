import BrinkCore
import Testing

@testable import BrinkFormats

/// `Backtest`: the model, uniform play and the coin forecast the same resolved
/// questions; a baseline that should lose does.
@Suite struct BacktestTests {
  /// One round. Cooperating is dominant for each side (3 + 5 for the deal against 0
  /// or 1), and both cooperating leads to a deal for sure; both defecting risks a
  /// crisis. The equilibrium model cooperates, so it gives the deal probability 1
  /// and the crisis 0; uniform play cooperates jointly with chance 1/4, and both
  /// defect with chance 1/4, half of which ends in crisis: 1/8.
  /// What happened: a deal, no crisis.
  static let yaml = """
    name: coop
    players:
      A: {moves: {coop: , defect: }}
      B: {moves: {coop: , defect: }}
    calendar: {start: 2025-01-06, step: 7, rounds: 1}
    states:
      table:
        moves: {A: [coop, defect], B: [coop, defect]}
        payoffs:
          coop: [[3, 3], [1, 0]]
          defect: [[0, 1], [-1, -1]]
        transitions:
          coop/coop: deal
          defect/defect: {crisis: 1/2, table: 1/2}
      deal: {terminal: true, value: [5, 5]}
      crisis: {terminal: true, value: [-5, -5]}
    questions:
      - {id: deal, text: A deal?, in: deal, resolution: {outcome: yes, source: made-up}}
      - {id: crisis, text: A crisis?, in: crisis, resolution: {outcome: no, source: made-up}}
      - {id: open, text: Unresolved, in: table}
    """

  @Test func theUniformBaselineLoses() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "coop.yaml")
    let b = try #require(try Backtest(scenario: doc.scenario, questions: doc.questions,
                                      variants: [.init(name: "uniform", make: { $0.uniformPlay })]))
    #expect(b.questions.map(\.id) == ["deal", "crisis"])
    #expect(b.forecasters.map(\.name) == ["model", "uniform", "coin"])
    let (model, uniform, coin) = (b.forecasters[0], b.forecasters[1], b.forecasters[2])
    #expect(model.probabilities == [1, 0])
    #expect(model.brier == 0 && model.log == 0)
    #expect(uniform.probabilities == [1.0 / 4, 1.0 / 8])
    #expect(model.brier < uniform.brier && model.log > uniform.log)
    #expect(coin.brier == 0.25 && coin.log == -1)
    // No resolved question: no backtest.
    #expect(try Backtest(scenario: doc.scenario, questions: [doc.questions[2]], variants: []) == nil)
  }
}

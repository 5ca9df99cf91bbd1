/// Each question's probability as a band over the scenario's priors: draw every
/// prior's parameter, solve the draw, answer the questions exactly
/// (`QuestionProbabilities`), and summarise each question's answers over the draws
/// by quantiles and the mean. This is second-order uncertainty (Morgan and Henrion,
/// *Uncertainty*, 1990, ch. 8: a probability whose inputs are uncertain is itself
/// uncertain), propagated by Monte Carlo over the inputs and exactly inside each draw.
///
/// Steps:
/// 1. Draw `d` (from 0) takes its own generator, `SplitMix64` seeded from (seed, d)
///    by the mix of `PathRandom`, and draws the priors in file order. So a draw's
///    parameters depend only on the seed and its index: the result is the same in
///    whatever order, or on however many threads, draws are made, and the first `n`
///    draws of a longer run are the draws of a run of `n`.
/// 2. The scenario with every drawn value (`ParameterPrior.applying`) is solved
///    (`EscalationSolver.solve`) and its questions answered from the chain, exactly
///    when the solve is exact.
/// 3. Each question's draws are summarised (`SampleQuantiles`): the 5%, 50% and 95%
///    quantiles and the mean. The sampling error of a quantile q of n draws is about
///    √(q(1 − q)/n) / f(x_q) (f the density of the answers there).
///
/// Cancellation (Ctrl-C, a time limit) between draws keeps the draws finished: the
/// result says how many were asked for and how many were made.
///
/// - Complexity: `draws` solves of the scenario and question passes.
public struct UncertainForecast: Sendable {
  /// The priors drawn, in file order.
  public var priors: [ParameterPrior]
  /// `answers[d][q]`: question q's probability in draw d.
  public var answers: [[Double]]
  /// `values[d][k]`: prior k's value in draw d.
  public var values: [[Rational]]
  public var requested: Int
  public var seed: UInt64

  /// Whether the run stopped before every draw was made.
  public var interrupted: Bool { answers.count < requested }

  /// The quantiles reported.
  public static let levels: [Double] = [0.05, 0.5, 0.95]

  /// Steps 1–2. Throws what the solver and `QuestionProbabilities` throw, except
  /// `EscalationError.cancelled`, which ends the run with the draws finished.
  public init(scenario: EscalationScenario, priors: [ParameterPrior], questions: [ForecastQuestion],
              draws: Int, seed: UInt64, shouldContinue: () -> Bool = { true },
              progress: (Int, Int) -> Void = { _, _ in }) throws {
    self.priors = priors
    self.requested = draws
    self.seed = seed
    answers = []
    values = []
    for d in 0..<draws {
      guard shouldContinue() else { break }
      let drawn = Self.draw(priors, seed: seed, index: d)
      var s = scenario
      for (prior, x) in zip(priors, drawn) { s = prior.applying(x, to: s) }
      do {
        let solved = try EscalationSolver.solve(s, shouldContinue: shouldContinue)
        let p = try QuestionProbabilities(solved, questions: questions, shouldContinue: shouldContinue)
        answers.append(p.probabilities)
        values.append(drawn)
      } catch EscalationError.cancelled {
        break
      }
      progress(d + 1, draws)
    }
  }

  /// Step 1: draw `index`'s value of every prior.
  public static func draw(_ priors: [ParameterPrior], seed: UInt64, index: Int) -> [Rational] {
    var random = SplitMix64(seed: PathRandom.mix(seed ^ PathRandom.mix(UInt64(index) &+ PathRandom.gamma)))
    return priors.map { $0.draw(using: &random) }
  }

  /// Step 3 for question `q`: its quantiles at `levels` and its mean; nil before
  /// any draw is made.
  public func band(_ q: Int) -> SampleQuantiles? {
    SampleQuantiles(answers.map { $0[q] }, levels: Self.levels)
  }
}

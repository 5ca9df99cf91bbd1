/// A prior on one judgement parameter (`ScenarioParameter`): what the analyst
/// believes about a number the scenario states as a point. `forecast --uncertainty`
/// draws every prior's parameter, solves each draw, and reports the spread of each
/// question's probability: second-order uncertainty, the uncertainty of the
/// probabilities themselves (Morgan and Henrion, *Uncertainty*, 1990, ch. 8).
///
/// Two shapes:
/// - `uniform(lo, hi)`: every value in [lo, hi] alike. A draw is exact, so that each
///   draw can be solved exactly: the range is cut into `uniformCells` equal cells and
///   a draw is the midpoint of a cell chosen with equal probability (the midpoint rule:
///   its quantiles and moments are within (hi − lo)/(2 · uniformCells) of the
///   continuous uniform's, and its mean is exactly (lo + hi)/2);
/// - `discrete`: a few values with probabilities summing to exactly 1.
///
/// Invariants (the scenario reader checks them, with the file position): lo ≤ hi;
/// the point lies in the support (a prior that rules out the scenario's own number
/// contradicts it); a probability's values lie in [0, 1] and the discount's in (0, 1].
public struct ParameterPrior: Sendable, Hashable {
  public enum Distribution: Sendable, Hashable {
    case uniform(lo: Rational, hi: Rational)
    case discrete([Outcome])
  }

  public struct Outcome: Sendable, Hashable {
    public var value: Rational
    public var probability: Rational
    public init(value: Rational, probability: Rational) {
      self.value = value
      self.probability = probability
    }
  }

  /// As the file writes it: `discount`, `tremble China`, `weight US us_tariff`…
  public var name: String
  public var parameter: ScenarioParameter
  /// The scenario's own value (the point forecast's).
  public var point: Rational
  public var distribution: Distribution
  /// Why these numbers (the file's `note:`), for the reader of the file.
  public var note: String = ""

  /// How many equal cells a uniform prior's range is cut into (see the type's comment).
  public static let uniformCells = 1000

  public init(name: String, parameter: ScenarioParameter, point: Rational, distribution: Distribution) {
    self.name = name
    self.parameter = parameter
    self.point = point
    self.distribution = distribution
  }

  /// The smallest and largest value the prior gives.
  public var support: ClosedRange<Rational> {
    switch distribution {
    case .uniform(let lo, let hi): return lo...hi
    case .discrete(let list):
      let values = list.map(\.value)
      return values.min()!...values.max()!
    }
  }

  /// Whether `x` is a value the prior allows.
  public func allows(_ x: Rational) -> Bool {
    switch distribution {
    case .uniform(let lo, let hi): return lo <= x && x <= hi
    case .discrete(let list): return list.contains { $0.value == x && !$0.probability.isZero }
    }
  }

  /// One draw, exact. Uses one or two numbers of `random`.
  public func draw<G: RandomNumberGenerator>(using random: inout G) -> Rational {
    switch distribution {
    case .uniform(let lo, let hi):
      let cells = Self.uniformCells
      let k = Int(random.next().multipliedFullWidth(by: UInt64(cells)).high)
      return lo + (hi - lo) * Rational(2 * k + 1, 2 * cells)
    case .discrete(let list):
      // u uniform on [0, 1) with 53 bits, against the cumulative probabilities.
      let u = Double(random.next() >> 11) / 9_007_199_254_740_992.0
      var total = 0.0
      for o in list where !o.probability.isZero {
        total += o.probability.doubleValue
        if u < total { return o.value }
      }
      return list.last { !$0.probability.isZero }!.value
    }
  }

  /// `s` with this prior's parameter at `x`.
  public func applying(_ x: Rational, to s: EscalationScenario) -> EscalationScenario {
    parameter.applying(x, to: s, point: point)
  }
}

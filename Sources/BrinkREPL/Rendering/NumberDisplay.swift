import BrinkCore

/// How exact numbers are shown: `set display exact|decimal|both` (issue 12: `show`
/// and `play` printed fractions such as −157/50 where `solve` printed −3.14, with
/// no way to choose).
///
/// Every number brink computes is an exact rational; this decides only its text.
/// The default, `automatic`, is what `solve` has always printed: decimals in tables
/// and payoffs (the matrix of `show`, the rounds of `play`, a scenario's stage
/// games in `solve`), and exact fractions with decimals alongside in the
/// probabilities and values of an equilibrium (`1/3 (0.3333)`). Decimals have at
/// most four places, trailing zeros dropped (`Rational.decimalString`).
///
/// The choice is a task-local value, bound by `Session.execute` around each command
/// (`$chosen.withValue`), so renderers need no extra parameter and the command-line
/// tool, which binds nothing, prints as it always has.
public enum NumberDisplay: String, Sendable, CaseIterable {
  case automatic = "auto"
  case exact
  case decimal
  case both

  /// The display of the command running now.
  @TaskLocal static var chosen: NumberDisplay = .automatic

  /// A payoff or other entry of a table: `-3.14` by default.
  static func cell(_ value: Rational) -> String {
    switch chosen {
    case .exact: return value.description
    case .automatic, .decimal: return value.decimalString(places: 4)
    case .both: return annotated(value)
    }
  }

  /// A probability or value in prose: `1/3 (0.3333)` by default.
  static func prose(_ value: Rational) -> String {
    switch chosen {
    case .exact: return value.description
    case .decimal: return value.decimalString(places: 4)
    case .automatic, .both: return annotated(value)
    }
  }

  /// The exact value with its decimal alongside when they differ.
  private static func annotated(_ value: Rational) -> String {
    value.isInteger ? value.description : "\(value) (\(value.decimalString(places: 4)))"
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BrinkCore

/// The text of a sweep located by bisection: each run of equal solutions with its
/// signature, and each break as the interval bisection narrowed it to, said to be
/// located, not solved; then at both ends every equilibrium of the round game
/// with the future, exactly as `solve` lists them there.
///
///     Sweeping the discount from 1/10 to 1:
///       discount from 1/10 to 1599/4000:
///         equilibria here: (Skip, Skip)
///         ...
///       break between 1599/4000 and 1601/4000 (0.3998 to 0.4003), located by bisection
struct BisectionReport {
  var label: String
  var symbol: String
  var from: Rational
  var to: Rational
  var reason: String
  var grid: Int
  var width: Rational
  var runs: [BisectionSweep<SolutionSignature>.Run]
  /// At FROM and TO: every equilibrium of the round game with the future there, as
  /// `solve` lists them (`EquilibriumSet`), with that game for the move names.
  var ends: [(Rational, EquilibriumSet, Bimatrix)] = []
  /// Whether Ctrl-C (or the deadline) stopped the sweep: `runs` are then the points
  /// computed so far, and a change between two of them may not be narrowed yet.
  var stopped = false

  /// The breaks, as (last point before, first point after).
  var breaks: [(Rational, Rational)] {
    zip(runs, runs.dropFirst()).map { ($0.last, $1.first) }
  }

  var text: String {
    let places = max(2, Int(ceil(-log10(width.doubleValue))) + 1)
    func decimal(_ x: Rational) -> String { ReportNumber.fixed(x.doubleValue, places) }
    var lines = ["Sweeping \(label) from \(from) to \(to)" + (stopped ? " (interrupted: the points computed so far):" : ":")]
    if stopped {
      lines.append("\(reason): no break point can be solved for. The solution was to be computed exactly at \(grid + 1) evenly spaced points, and each change located by bisection; these are the points finished before the interrupt.")
    } else {
      lines.append("\(reason): no break point can be solved for. The solution was computed exactly at \(grid + 1) evenly spaced points, and each change located by bisection to an interval at most \(width) wide.")
    }
    for (k, run) in runs.enumerated() {
      let span = run.first == run.last ? "\(symbol) = \(run.first)" : "\(symbol) from \(run.first) to \(run.last)"
      lines.append("  \(span):")
      lines += SolutionSignatureText.lines(run.signature).map { "      " + $0 }
      if k + 1 < runs.count {
        let next = runs[k + 1].first
        let located = !stopped || next - run.last <= width ? "located by bisection" : "not yet located (interrupted)"
        lines.append("  break between \(run.last) and \(next) (\(decimal(run.last)) to \(decimal(next))), \(located)")
      }
    }
    for (x, found, game) in ends {
      let moves = [game.rowStrategies, game.columnStrategies]
      let blind = runs.contains { $0.signature.here?.order != nil } ? " played blind" : ""
      lines.append("  at \(symbol) = \(x), every equilibrium of the round game with the future\(blind): " + AffineSweepText.list(found, moves: moves))
      for subset in found.continua {
        lines.append("      every mixture of " + subset.map { AffineSweepText.profile(found.equilibria[$0], moves: moves) }.joinedAsList()
                     + " is an equilibrium")
      }
    }
    if stopped, let last = runs.last?.last, last < to {
      lines.append("Not computed: \(symbol) above \(last) (\(decimal(last))).")
    } else if runs.count == 1 {
      lines.append("No break found in this range: the solution keeps the same shape at every point computed.")
    }
    return lines.joined(separator: "\n")
  }
}

/// What the solve of a stationary tail found (`StationaryTail`), for `explain`,
/// `solve` and JSON: how the profile was reached and how far it is verified.
public struct TailReport: Sendable, Hashable {
  /// The tail's nodes (`TailGraph`).
  public var nodes: Int
  /// Policy-iteration steps taken (`StationaryTail` steps 2–3).
  public var iterations: Int
  /// Whether the profile repeated (each player's rule picks it again given its
  /// own values): a stationary profile of the choice rules.
  public var repeated: Bool
  /// Whether mixtures were rounded to 10⁻⁹ (`StationaryTail.exactBits`): the
  /// values are then exact for the rounded profile, which is an ε-equilibrium.
  public var rounded: Bool = false
  /// Whether no optimising player gains by a one-round deviation anywhere in the
  /// tail (exactly; to 10⁻⁹ in a logit solve). With `repeated`, the values are
  /// those of a stationary equilibrium, exact when `exact`.
  public var verified: Bool
  /// The largest one-round gain found (0 when verified).
  public var largestGain: Double
  /// The same, exactly, in an exact solve.
  public var exactGain: Rational?
  public var discount: Rational
  /// Whether the values are exact rationals (no logit player).
  public var exact: Bool

  /// A bound on what any deviation from the profile gains over the whole tail:
  /// `largestGain / (1 − δ)` (`OneShotDeviation.swift`).
  public var epsilon: Double { largestGain / (1 - discount.doubleValue) }

  /// One sentence for reports.
  public var summary: String {
    let how = exact ? "exact" : "to 10⁻¹²"
    if repeated && rounded {
      return "an approximate stationary equilibrium of the tail (\(nodes) node\(nodes == 1 ? "" : "s")): mixtures rounded to 10⁻⁹ "
        + "after exact ones grew past \(StationaryTail.exactBits) bits, repeating after \(iterations) steps; values exact for the "
        + "rounded profile, an ε-equilibrium with ε ≤ \(formatted(epsilon)) (largest one-round gain \(formatted(largestGain)))"
    }
    if repeated && verified {
      return "a stationary equilibrium of the tail (\(nodes) node\(nodes == 1 ? "" : "s")), found in \(iterations) "
        + "step\(iterations == 1 ? "" : "s") and verified by the one-shot deviation check; values \(how)"
    }
    let reason = repeated ? "the profile repeats but fails the one-shot deviation check"
                          : "the profile did not repeat within \(StationaryTail.maxIterations) steps"
    return "NOT verified: \(reason); the values are those of the last profile (\(how) for it), "
      + "an ε-equilibrium with ε ≤ \(formatted(epsilon)) (largest one-round gain \(formatted(largestGain)))"
  }

  private func formatted(_ x: Double) -> String { x == 0 ? "0" : "\(x)" }
}

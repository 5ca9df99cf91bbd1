import BrinkCore

/// Priors kept true to the scenario after an edit in the session.
///
/// The reader refuses a file whose own value of a parameter lies outside that
/// parameter's prior (`ScenarioReader.withPriors`: the point forecast must be one of
/// the draws' possibilities). `set discount 1/2` on a scenario whose prior on the
/// discount is [4/5, 19/20] would otherwise leave a session that `save` writes and
/// `load` then refuses — work lost at the next load. So after every edit each prior
/// takes the parameter's new value as its point, and where the value has left it:
/// - a range is widened just enough to hold the value;
/// - a discrete prior, which has no "just enough", is dropped.
/// Each change is said in a note; `undo` brings the old prior back with the old value.
extension ScenarioDocument {
  /// Brings every prior's point to the parameter's current value, widening or
  /// dropping a prior that no longer holds it; one note per prior changed.
  public mutating func keepPriorsHoldingTheirValues() -> [String] {
    var notes = [String]()
    var kept = [ParameterPrior]()
    for var prior in priors {
      guard case .success(let found) = parameter(Self.parameterWords(prior.name)) else {
        kept.append(prior)
        continue
      }
      let value = found.1
      prior.point = value
      if prior.allows(value) {
        kept.append(prior)
        continue
      }
      switch prior.distribution {
      case .uniform(let lo, let hi):
        let wider = ParameterPrior.Distribution.uniform(lo: Swift.min(lo, value), hi: Swift.max(hi, value))
        notes.append("the prior on '\(prior.name)' is widened from \(ScenarioReader.describe(prior.distribution)) to \(ScenarioReader.describe(wider)) to hold \(value), so that the scenario saves and reads back (undo takes it back)")
        prior.distribution = wider
        kept.append(prior)
      case .discrete:
        notes.append("the prior on '\(prior.name)', \(ScenarioReader.describe(prior.distribution)), does not hold \(value), so it is dropped from the session (undo takes it back)")
      }
    }
    priors = kept
    return notes
  }
}

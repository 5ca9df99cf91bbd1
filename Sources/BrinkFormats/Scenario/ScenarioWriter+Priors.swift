import BrinkCore

extension ScenarioWriter {
  /// `priors:`, in file order, each read back to the same prior.
  ///
  /// A file written in full has its players' weights folded into the payoffs (no
  /// `weights:`), so a weight there reads as 0: a prior on a weight is written
  /// shifted by the weight's value, a prior on the change from the written payoffs,
  /// which moves the model exactly as the original did.
  static func writePriors(_ doc: ScenarioDocument, into w: inout YAMLLines) {
    guard !doc.priors.isEmpty else { return }
    w.line("priors:")
    for p in doc.priors {
      var shift = Rational.zero
      if case .weight = p.parameter { shift = p.point }
      w.line("  - parameter: \(quoted(p.name))")
      switch p.distribution {
      case .uniform(let lo, let hi):
        w.line("    prior: [\(lo - shift), \(hi - shift)]")
      case .discrete(let list):
        w.line("    prior: {" + list.map { "\($0.value - shift): \($0.probability)" }.joined(separator: ", ") + "}")
      }
      var note = p.note
      if !shift.isZero {
        note += (note.isEmpty ? "" : " ") + "(The weights are folded into the payoffs in this file: the prior is on the change from them; the weight was \(shift).)"
      }
      if !note.isEmpty { w.line("    note: \(quoted(note))") }
    }
  }
}

import BrinkCore

/// The checks and lowering of `priors:` (Docs/scenario-format.md, "priors"), made on
/// the built model since a prior names the model's parameters
/// (`ScenarioDocument.parameter`) and is checked against their values:
/// - the name resolves (with "did you mean"), and names a judgement, not a fact;
/// - no parameter has two priors;
/// - a range has lo ≤ hi; a discrete prior's probabilities sum to exactly 1 and its
///   values are distinct;
/// - every value lies where the parameter can be: [0, 1] for a probability (a
///   tremble, a shock, a transition), (0, 1] for the discount;
/// - the scenario's own value lies in the prior's support: the point forecast is
///   one of the draws' possibilities, or the file contradicts itself.
extension ScenarioReader {
  static func withPriors(_ doc: ScenarioDocument, _ s: ScenarioSyntax, sink: DiagnosticSink) -> ScenarioDocument {
    var doc = doc
    doc.playerWeights = s.players.map { p in
      Dictionary(p.weights.compactMap { name, w in doc.scenario.variableIndex(named: name.value).map { ($0, w.value) } },
                 uniquingKeysWith: { $1 })
    }
    var seen = [ScenarioParameter: String]()
    for p in s.priors {
      let words = ScenarioDocument.parameterWords(p.parameter.value)
      let (parameter, point): (ScenarioParameter, Rational)
      switch doc.parameter(words) {
      case .failure(let e):
        let at = wordLocation(p.parameter, words: words, word: e.word)
        let notes = Suggestions.didYouMean(e.word < words.count ? words[e.word] : "", in: e.known).map { [$0] } ?? []
        sink.error(at: at.location, e.message, length: at.length, notes: notes)
        continue
      case .success(let found): (parameter, point) = found
      }
      let name = words.joined(separator: " ")
      if let first = seen[parameter] {
        sink.error(at: p.parameter.location, "'\(name)' has a prior already (as '\(first)')", length: p.parameter.length)
        continue
      }
      seen[parameter] = name
      guard let distribution = distribution(p, name: name, parameter: parameter, sink: sink) else { continue }
      var prior = ParameterPrior(name: name, parameter: parameter, point: point, distribution: distribution)
      prior.note = p.note ?? ""
      guard prior.allows(point) else {
        sink.error(at: p.parameter.location, "the scenario's own value of '\(name)', \(point), is outside its prior (\(describe(distribution)))",
                   length: p.parameter.length, notes: ["a prior must allow the number the scenario states: widen it, or change the number"])
        continue
      }
      doc.priors.append(prior)
    }
    return doc
  }

  static func distribution(_ p: PriorSyntax, name: String, parameter: ScenarioParameter,
                           sink: DiagnosticSink) -> ParameterPrior.Distribution? {
    func inDomain(_ x: Located<Rational>) -> Bool {
      if parameter.isProbability && (x.value < .zero || x.value > .one) {
        sink.error(at: x.location, "\(x.value) is not a probability: '\(name)' takes values in [0, 1]", length: x.length)
        return false
      }
      if parameter == .discount && (x.value <= .zero || x.value > .one) {
        sink.error(at: x.location, "the discount must be greater than 0 and at most 1, not \(x.value)", length: x.length)
        return false
      }
      return true
    }
    if let (lo, hi) = p.range {
      guard lo.value <= hi.value else {
        sink.error(at: lo.location, "the prior's range is empty: \(lo.value) is greater than \(hi.value)", length: lo.length,
                   notes: ["write the range as [lo, hi], the smaller number first"])
        return nil
      }
      guard inDomain(lo), inDomain(hi) else { return nil }
      return .uniform(lo: lo.value, hi: hi.value)
    }
    let entries = p.discrete ?? []
    var ok = true
    for (k, e) in entries.enumerated() {
      if !inDomain(e.value) { ok = false }
      if entries[..<k].contains(where: { $0.value.value == e.value.value }) {
        sink.error(at: e.value.location, "the value \(e.value.value) is listed twice in the prior of '\(name)'", length: e.value.length)
        ok = false
      }
    }
    let total = entries.reduce(Rational.zero) { $0 + $1.probability.value }
    if total != .one, let first = entries.first {
      sink.error(at: first.value.location, "the probabilities of the prior of '\(name)' sum to \(total), not 1", length: first.value.length)
      ok = false
    }
    return ok ? .discrete(entries.map { ParameterPrior.Outcome(value: $0.value.value, probability: $0.probability.value) }) : nil
  }

  /// `[lo, hi]` or `{v: p, …}`, for messages.
  static func describe(_ d: ParameterPrior.Distribution) -> String {
    switch d {
    case .uniform(let lo, let hi): "[\(lo), \(hi)]"
    case .discrete(let list): "{" + list.map { "\($0.value): \($0.probability)" }.joined(separator: ", ") + "}"
    }
  }

  /// Where word `word` of a parameter name starts (the name's own position when it
  /// cannot be told, as for a quoted scalar).
  static func wordLocation(_ text: Located<String>, words: [String], word: Int) -> Located<String> {
    guard word < words.count else { return text }
    var offset = 0, k = 0
    let scalars = Array(text.value.unicodeScalars)
    while offset < scalars.count {
      while offset < scalars.count && scalars[offset] == " " { offset += 1 }
      if k == word { break }
      while offset < scalars.count && scalars[offset] != " " { offset += 1 }
      k += 1
    }
    guard text.length == scalars.count else { return text }
    var at = text.location
    at.column += offset
    return Located(text.value, at: at, length: words[word].unicodeScalars.count)
  }
}

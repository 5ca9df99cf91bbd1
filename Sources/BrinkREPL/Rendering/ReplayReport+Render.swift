import BrinkCore

extension ReplayReport {
  /// The whole replay as text:
  ///
  ///     Replay of us-china-2025-10: US-China rare-earth standoff, October 2025
  ///
  ///     Round 1 (2025-10-13), state standoff
  ///       US     played talk     model: talk 98.0%, tariff 2.0%
  ///       China  played talk     model: talk 98.0%, enforce 2.0%
  ///       payoffs: US -1.14, China -2.28; the model gave this round 96.04%; surprise 0.06 bits (decisions 0.06, chance 0.00)
  ///       source: ft-2025-10-17
  ///     …
  ///     Likelihood of the real path: 0.8470 (exactly 84/…)
  ///     Log-likelihood: ln P = -0.1661, log2 P = -0.2396: a surprise of 0.24 bits, …
  ///
  ///     Against simpler models, on the same record (…): a table (`comparisonText`)
  public func render() -> String {
    var lines = [heading]
    if rounds.isEmpty {
      lines.append("")
      lines.append("The scenario has no script: nothing to replay.")
      return lines.joined(separator: "\n")
    }
    for r in rounds.indices {
      lines.append("")
      lines.append(render(round: r))
    }
    lines.append("")
    lines.append(likelihoodLine)
    if let scoreLine { lines.append(scoreLine) }
    if let comparisonText {
      lines.append("")
      lines.append(comparisonText)
    }
    return lines.joined(separator: "\n")
  }

  /// `surprise 1.42 bits (decisions 0.42, chance 1.00)`: a round's surprise and its split.
  static func surprise(_ s: PathScore.Round) -> String {
    guard s.surprise.isFinite else {
      return s.chance == nil ? "ruled out by the decisions" : "ruled out by chance"
    }
    return "surprise \(bits(s.surprise)) bits (decisions \(bits(s.decisions)), chance \(bits(s.chance ?? 0)))"
  }

  /// `Replay of us-china-2025-10: …`, the first line.
  public var heading: String { "Replay of \(name): \(title)" }

  /// The path's likelihood, one line.
  public var likelihoodLine: String {
    let title = "Likelihood of the real path under the model: "
    if probability.isNaN && likelihoodInterrupted { return title + "interrupted" }
    // A probability below the smallest Double reads from its logarithm (`3.10e-412`).
    let small = probability == 0 && score.map { !$0.isImpossible } == true
    var line = title + (small ? Self.probabilityText(score!) : Self.probability(probability))
    if let exact = exactProbability, exact.description.count <= 40, !exact.isZero { line += " (exactly \(exact))" }
    if likelihoodInterrupted { line += " (the exact value was interrupted)" }
    return line
  }

  /// One round of the replay (index into `rounds`).
  public func render(round index: Int) -> String {
    let r = rounds[index]
    var lines = ["Round \(r.round + 1) (\(r.date)), state \(stateNames[r.state])\(r.stateIsScripted ? "" : " (reconstructed)")"]
    let width = max(players.map(\.count).max() ?? 0, 5)
    let moveWidth = max(r.moves.map { ($0 ?? "unknown").count }.max() ?? 0, 7)
    for p in 0..<2 {
      let name = players[p].padding(toLength: width, withPad: " ", startingAt: 0)
      let move = (r.moves[p] ?? "unknown").padding(toLength: moveWidth, withPad: " ", startingAt: 0)
      let model = r.model[p].isEmpty ? "no strategy"
        : r.model[p].map { "\($0.move) \(Self.percent($0.probability))" }.joined(separator: ", ")
      lines.append("  \(name)  played \(move)  model: \(model)")
    }
    var tail: [String] = []
    if let payoffs = r.payoffs {
      tail.append("payoffs: \(players[0]) \(Self.format(payoffs[0], places: 2)), \(players[1]) \(Self.format(payoffs[1], places: 2))")
    }
    if let l = r.likelihood {
      var text = "the model gave this round \(Self.percent(l))"
      if let exact = r.exactLikelihood, exact.description.count <= 24, exact != .one, !exact.isZero { text += " (exactly \(exact))" }
      tail.append(text)
      if let s = r.surprise { tail.append(Self.surprise(s)) }
    }
    if !tail.isEmpty { lines.append("  " + tail.joined(separator: "; ")) }
    if !r.note.isEmpty { lines.append("  note: " + r.note.trimmingTrailingNewlines) }
    if !r.source.isEmpty { lines.append("  source: " + r.source) }
    return lines.joined(separator: "\n")
  }

  /// A percentage with one decimal; below 0.05% (which would read `0.0%`), in
  /// scientific notation.
  static func percent(_ p: Double) -> String {
    p > 0 && p < 0.0005 ? scientific(p) : format(p * 100, places: 1) + "%"
  }

  /// A probability with four decimals; below 0.0005 (which would read `0.0000` or
  /// `0.0001`), in scientific notation.
  static func probability(_ p: Double) -> String {
    p > 0 && p < 0.0005 ? scientific(p) : format(p)
  }

  /// `1.23e-7`: three significant digits, no locale.
  static func scientific(_ x: Double) -> String {
    guard x.isFinite, x > 0 else { return format(x) }
    var exponent = 0, mantissa = x
    while mantissa >= 10 { mantissa /= 10; exponent += 1 }
    while mantissa < 1 { mantissa *= 10; exponent -= 1 }
    if format(mantissa, places: 2) == "10.00" {
      exponent += 1
      mantissa /= 10
    }
    return format(mantissa, places: 2) + "e" + String(exponent)
  }

  /// Fixed decimals, no locale, `-0` shown as `0`.
  static func format(_ x: Double, places: Int = 4) -> String {
    guard x.isFinite else { return "\(x)" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    var n = (abs(x) * scale).rounded()
    let negative = x < 0 && n != 0
    var digits = ""
    var intPart = 0.0
    intPart = (n / scale).rounded(.down)
    n -= intPart * scale
    digits = String(Int(intPart))
    if places > 0 {
      var frac = String(Int(n))
      while frac.count < places { frac = "0" + frac }
      digits += "." + frac
    }
    return (negative ? "-" : "") + digits
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }
}

import BrinkCore

/// `explain`'s section for a bargaining state (`BargainingRange`): each package's
/// value to each side against no deal, the bargaining range (Fearon 1995), the
/// package the model picks and by which rule, and the Nash bargaining solution
/// (Nash 1950) beside it; or why the range is empty and the deal fails.
enum BargainingRangeText {
  static func explain(_ r: BargainingRange, players: [String]) -> String {
    let proposer = players[r.proposer], responder = players[r.responder]
    let v = Labels.exact
    var lines = ["The bargaining range (Fearon 1995): the packages both sides value at least as much as no deal."]
    lines.append("No deal is worth \(v(r.noDeal[0])) to \(players[0]) and \(v(r.noDeal[1])) to \(players[1]) from this round on.")
    for k in r.packages.indices {
      let gains = (0..<2).map { "\(players[$0]) \(v(r.values[k][$0])) (\(signed(r.gain(k, $0))))" }.joined(separator: ", ")
      var line = "- \(r.packages[k]): \(gains)"
      if r.inRange.contains(k) {
        line += ": in the range."
      } else {
        let losers = (0..<2).filter { r.gain(k, $0) < .zero }.map { players[$0] }
        line += ": out of the range, \(losers.joined(separator: " and ")) \(losers.count == 1 ? "prefers" : "prefer") no deal."
      }
      lines.append(line)
    }
    let offered = r.packages[r.offered]
    if r.inRange.isEmpty {
      lines.append("The range is empty: every package leaves \(players[0]) or \(players[1]) worse off than no deal, so \(responder) refuses any offer and the deal fails (with a menu of whole packages the range can be empty even when no deal is costly: Fearon's issue indivisibility).")
      lines.append("The model's play: \(proposer) offers \(offered) and \(responder) \(r.acceptance > 0.5 ? "accepts" : "refuses") it.")
      return lines.joined(separator: "\n")
    }
    lines.append("In the range: \(r.inRange.map { r.packages[$0] }.joined(separator: ", ")).")
    let best = r.inRange.max { r.values[$0][r.proposer] < r.values[$1][r.proposer] }!
    lines.append("The model picks by \(BargainingRange.rule): \(proposer) offers, \(responder) accepts any package worth at least no deal to it (a tie goes to \(proposer)), so \(proposer) offers the package of the range best for itself, \(r.packages[best]) (\(v(r.values[best][r.proposer])) to \(proposer)), and keeps the surplus.")
    let answer = r.acceptance > 0.5 ? "accepts" : "refuses"
    lines.append("The model's play: \(proposer) offers \(offered)\(r.offerProbability < 1 ? " (probability \(SolvedScenarioText.number(r.offerProbability)))" : "") and \(responder) \(answer) it.")
    if let nash = r.nash {
      let product = r.gain(nash, 0) * r.gain(nash, 1)
      let same = nash == r.offered ? " (the same package)" : " (a fairer split than the offer the proposer can make)"
      lines.append("For comparison, the Nash bargaining solution (Nash 1950: the package of the range that maximises the product of the gains over no deal) is \(r.packages[nash]), product \(v(product))\(same).")
    }
    return lines.joined(separator: "\n")
  }

  static func signed(_ x: Rational) -> String { (x.signum < 0 ? "" : "+") + Labels.exact(x) }
}

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
      let worth = (0..<2).map { "\(v(r.values[k][$0])) to \(players[$0]) (gain \(v(r.gain(k, $0))))" }.joined(separator: ", ")
      var line = "- \(r.packages[k]) is worth \(worth)"
      if r.inRange.contains(k) {
        line += ": in the range."
      } else {
        let losers = (0..<2).filter { r.gain(k, $0) < .zero }.map { players[$0] }
        line += ": out of the range, \(losers.joined(separator: " and ")) \(losers.count == 1 ? "prefers" : "prefer") no deal."
      }
      lines.append(line)
    }
    let offered = r.packages[r.offered]
    let answer = r.acceptance > 0.5 ? "accepts" : "refuses"
    if r.inRange.isEmpty {
      lines.append("The range is empty: each package leaves \(players[0]) or \(players[1]) worse off than no deal, so none is both offered and accepted, and the deal fails. With a menu of whole packages the range can be empty even when no deal is costly (Fearon's issue indivisibility).")
      lines.append("The model's play: \(proposer) offers \(offered) and \(responder) \(answer) it.")
      return lines.joined(separator: "\n")
    }
    lines.append("In the range: \(r.inRange.map { r.packages[$0] }.joined(separator: ", ")).")
    let best = r.proposerBest!
    lines.append("The model picks by \(BargainingRange.rule): \(proposer) offers, \(responder) accepts any package worth at least no deal to it (a tie goes to \(proposer)), so \(proposer) offers the package of the range best for itself, \(r.packages[best]) (\(v(r.values[best][r.proposer])) to \(proposer)), and keeps the surplus.")
    lines.append("The model's play: \(proposer) offers \(offered)\(r.offerProbability < 1 ? " (probability \(SolvedScenarioText.number(r.offerProbability)))" : "") and \(responder) \(answer) it.")
    if let nash = r.nash {
      let product = r.gain(nash, 0) * r.gain(nash, 1)
      let same = nash == r.offered ? " (the same package)" : " (not the offer: a take-it-or-leave-it offer leaves the surplus to the one who makes it)"
      lines.append("For comparison, the Nash bargaining solution (Nash 1950: the package of the range that maximises the product of the gains over no deal) is \(r.packages[nash]), product \(v(product))\(same).")
    }
    return lines.joined(separator: "\n")
  }
}

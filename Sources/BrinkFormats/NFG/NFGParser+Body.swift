import BrinkCore

/// The body of a `.nfg` file: the payoff version (every payoff, first player's
/// strategy fastest) or the outcome version (named outcomes, then one outcome
/// number per profile, 0 for the null outcome). See `NFGParser`.
extension NFGParser {
  // MARK: - Payoff version

  mutating func payoffBody(players: [String], counts: [Int]) throws -> [[Rational]] {
    let profiles = counts.reduce(1, *)
    let expected = profiles * players.count
    var values = [Rational]()
    var firstExtra: NFGToken?
    while let value = numberEntry(what: "a payoff") {
      if values.count == expected && firstExtra == nil { firstExtra = tokens[position - 1] }
      values.append(value)
      if current.kind == .comma { position += 1 }
    }
    if values.count != expected {
      let at = firstExtra ?? current
      throw error(at: at, "expected \(expected) payoffs (\(profiles) \(plural(profiles, "profile")) × \(players.count) \(plural(players.count, "player"))), found \(values.count)")
    }
    try expectEnd(after: "the last payoff")
    return (0..<profiles).map { p in Array(values[(p * players.count)..<((p + 1) * players.count)]) }
  }

  // MARK: - Outcome version

  mutating func outcomeBody(players: [String], counts: [Int]) throws -> [[Rational]] {
    position += 1  // the '{' opening the outcome list
    var outcomes = [[Rational]]()
    while current.kind == .leftBrace {
      position += 1
      let number = outcomes.count + 1
      guard case .text(let name) = current.kind else {
        throw error(at: current, "expected the name of outcome \(number) (a quoted string), found \(current.quoted)")
      }
      position += 1
      var payoffs = [Rational]()
      var firstExtra: NFGToken?
      while let value = numberEntry(what: "a payoff") {
        if payoffs.count == players.count && firstExtra == nil { firstExtra = tokens[position - 1] }
        payoffs.append(value)
        if current.kind == .comma { position += 1 }
      }
      guard current.kind == .rightBrace else {
        throw error(at: current, "expected a payoff (a number) or '}' to close outcome \(number), found \(current.quoted)")
      }
      if payoffs.count != players.count {
        throw error(at: firstExtra ?? current, "expected \(players.count) \(plural(players.count, "payoff")) in outcome \(number) (\"\(name)\"), one per player, found \(payoffs.count)")
      }
      position += 1
      outcomes.append(payoffs)
    }
    try expect(.rightBrace, "'{' to start an outcome or '}' to close the list of outcomes")

    let profiles = counts.reduce(1, *)
    let zero = [Rational](repeating: .zero, count: players.count)
    var payoffs = [[Rational]]()
    payoffs.reserveCapacity(profiles)
    var firstExtra: NFGToken?
    var count = 0
    while case .number(let text, let value) = current.kind {
      let token = current
      position += 1
      if count == profiles && firstExtra == nil { firstExtra = token }
      count += 1
      if current.kind == .comma { position += 1 }
      guard let value, value.isInteger, value.signum >= 0 else {
        if payoffs.count < profiles { payoffs.append(zero) }
        diagnostics.append(error(at: token, "expected an outcome index (a whole number from 0 to \(outcomes.count)), found '\(text)'"))
        continue
      }
      guard let index = Int(exactly: value.numerator), index <= outcomes.count else {
        if payoffs.count < profiles { payoffs.append(zero) }
        diagnostics.append(error(at: token, "outcome index \(text) is out of range: the file defines \(outcomes.count) \(plural(outcomes.count, "outcome")) (0 means no outcome)"))
        continue
      }
      if payoffs.count < profiles { payoffs.append(index == 0 ? zero : outcomes[index - 1]) }
    }
    if count != profiles {
      throw error(at: firstExtra ?? current, "expected \(profiles) outcome indices (one per profile), found \(count)")
    }
    try expectEnd(after: "the last outcome index")
    return payoffs
  }
}

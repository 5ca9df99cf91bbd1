import BrinkCore
import BrinkFormats

extension String {
  /// The string with its first letter in lower case ("The weak type" → "the weak type").
  fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

/// The report of `solve` on a signalling game (`brink solve FILE.efg`, and the
/// REPL's `solve` after `load FILE.efg`): each perfect Bayesian equilibrium with
/// the type-contingent strategy, the receiver's beliefs and replies, the off-path
/// beliefs that support it, its class and the intuitive criterion's verdict, and a
/// sentence or two that say what the signal does. Text only; the analysis is
/// Core's (`SignallingEquilibria`, `IntuitiveCriterion`). Docs/signalling.md
/// explains how to read it.
public struct SignallingReport: Sendable {
  public var file: String
  public var title: String
  public var players: [String]
  public var analysis: SignallingAnalysis

  public init(file: String, title: String, players: [String], analysis: SignallingAnalysis) {
    self.file = file
    self.title = title
    self.players = players
    self.analysis = analysis
  }

  var game: SignallingGame { analysis.game }
  var senderName: String { players[game.sender] }
  var receiverName: String { players[game.receiver] }

  public func render() -> String {
    var lines = [(title.isEmpty ? file : "\(title) (\(file))") + ": a signalling game"]
    let typeList = game.types.indices.map { "\(game.types[$0]) \(NumberDisplay.prose(game.prior[$0]))" }
    lines.append("  \(senderName)'s types (chance): " + typeList.joined(separator: ", "))
    lines.append("  \(senderName) sends: " + game.messages.joined(separator: ", "))
    for m in game.messages.indices {
      lines.append("  \(receiverName) replies after \(game.messages[m]): " + game.replies[m].joined(separator: ", "))
    }
    let count = analysis.equilibria.count
    lines.append("")
    lines.append("Perfect Bayesian equilibria: \(count) (beliefs are \(receiverName)'s chance that \(senderName) is \(game.types[0]); Bayes' rule where a message is sent)")
    for (k, e) in analysis.equilibria.enumerated() {
      lines.append("")
      lines += equilibrium(e, number: k + 1)
    }
    if count == 0 {
      lines.append("  none of the kinds enumerated (see Docs/signalling.md for what is)")
    }
    for d in analysis.degeneracies {
      lines.append("")
      lines.append("Note: " + degeneracy(d))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func equilibrium(_ e: SignallingEquilibrium, number: Int) -> [String] {
    let verdict = e.intuitive.passes ? "passes the intuitive criterion" : "fails the intuitive criterion"
    var lines = ["\(number). \(kindText(e)) (\(verdict))"]
    let plans = game.types.indices.map { t in "\(game.types[t]) " + mixture(e.strategy[t], names: game.messages) }
    lines.append("   \(senderName): " + plans.joined(separator: "; "))
    for m in game.messages.indices {
      let name = game.messages[m]
      if e.onPath[m] {
        lines.append("   after \(name): believes \(game.types[0]) \(NumberDisplay.prose(e.beliefs[m])); replies "
                     + mixture(e.replies[m], names: game.replies[m]))
      } else {
        lines.append("   after \(name) (never sent): " + e.offPath[m].map { support(m, $0) }.joined(separator: "; or "))
      }
    }
    let typePayoffs = game.types.indices.map { "\(game.types[$0]) \(NumberDisplay.prose(e.typePayoffs[$0]))" }
    lines.append("   payoffs: " + typePayoffs.joined(separator: ", ") + "; \(receiverName) \(NumberDisplay.prose(e.receiverPayoff))")
    lines.append("   " + narration(e))
    return lines
  }

  func kindText(_ e: SignallingEquilibrium) -> String {
    switch e.kind {
    case .pooling: return "pooling on \(game.messages[e.strategy[0].firstIndex(of: .one)!])"
    case .separating:
      return "separating: " + game.types.indices.map { "\(game.types[$0]) \(game.messages[e.strategy[$0].firstIndex(of: .one)!])" }
        .joined(separator: ", ")
    case .semiSeparating: return "semi-separating"
    }
  }

  /// `beer`, or `beer 1/3 (0.3333), quiche 2/3 (0.6667)`.
  func mixture(_ mix: [Rational], names: [String]) -> String {
    let used = mix.indices.filter { mix[$0] != .zero }
    if used.count == 1 { return names[used[0]] }
    return used.map { "\(names[$0]) \(NumberDisplay.prose(mix[$0]))" }.joined(separator: ", ")
  }

  func support(_ m: Int, _ s: SignallingEquilibrium.OffPathReply) -> String {
    let names = game.replies[m], type = game.types[0]
    if s.replies.count == 1 {
      return "\(names[s.replies[0]]), believing \(type) " + range(s.beliefs)
    }
    return "believing \(type) exactly \(NumberDisplay.prose(s.beliefs.lowerBound)), \(names[s.replies[0]]) with probability "
      + range(s.firstProbability) + " (else \(names[s.replies[1]]))"
  }

  /// `from 0 to 1/2 (0.5)`, `at most 1/2`, `at least 1/2`, `exactly 1/2`, `with any belief`.
  func range(_ r: ClosedRange<Rational>) -> String {
    let low = NumberDisplay.prose(r.lowerBound), high = NumberDisplay.prose(r.upperBound)
    if r.lowerBound == r.upperBound { return "exactly \(low)" }
    if r.lowerBound == .zero && r.upperBound == .one { return "with any chance" }
    if r.lowerBound == .zero { return "at most \(high)" }
    if r.upperBound == .one { return "at least \(low)" }
    return "from \(low) to \(high)"
  }

  /// What the signal does in this equilibrium, and why it passes or fails the
  /// intuitive criterion.
  func narration(_ e: SignallingEquilibrium) -> String {
    let T = game.types, M = game.messages, R = receiverName
    var parts = [String]()
    switch e.kind {
    case .pooling:
      let m = e.strategy[0].firstIndex(of: .one)!
      parts.append("Every type sends \(M[m]), so \(M[m]) says nothing: \(R) keeps its prior (\(T[0]) \(NumberDisplay.prose(game.prior[0]))) and replies \(mixture(e.replies[m], names: game.replies[m])).")
    case .separating:
      let reveals = T.indices.map { t in "\(M[e.strategy[t].firstIndex(of: .one)!]) reveals \(T[t])" }
      parts.append("Each type sends its own message, so " + reveals.joined(separator: " and ") + "; \(R) replies to what it then knows.")
    case .semiSeparating:
      let k = T.indices.first { t in e.strategy[t].filter { $0 != .zero }.count > 1 }!
      let j = 1 - k
      let n = e.strategy[j].firstIndex(of: .one)!
      let other = M.indices.first { $0 != n && e.strategy[k][$0] != .zero }!
      let νk = k == 0 ? e.beliefs[n] : .one - e.beliefs[n]
      parts.append("The \(T[j]) type always sends \(M[n]); the \(T[k]) type sends it too with probability \(NumberDisplay.prose(e.strategy[k][n])) (mimicking the \(T[j]) type) and \(M[other]) otherwise. After \(M[n]), \(R) believes \(T[k]) with probability \(NumberDisplay.prose(νk)), where it is indifferent, and mixes \(mixture(e.replies[n], names: game.replies[n])): just enough that the \(T[k]) type gains nothing by mimicking (it gets \(NumberDisplay.prose(e.typePayoffs[k])) either way). Sending \(M[other]) reveals \(T[k]), and \(R) replies \(mixture(e.replies[other], names: game.replies[other])).")
    }
    for m in M.indices where !e.onPath[m] {
      let replies = e.offPath[m].map { game.replies[m][$0.replies[0]] }
      parts.append("No type sends \(M[m]): \(R) would reply \(replies[0]), and then none would gain by it.")
    }
    switch e.intuitive {
    case .passes:
      for m in M.indices where !e.onPath[m] {
        let out = IntuitiveCriterion.eliminated(game, payoffs: e.typePayoffs, message: m)
        if out.isEmpty {
          parts.append("Every type could gain by \(M[m]) for some reply, so the intuitive criterion (Cho and Kreps 1987) rules no belief out: it passes.")
        } else {
          let rest = T.indices.filter { !out.contains($0) }
          let plausible = rest.count == 1
            ? game.bestReplies(m, belief: rest[0] == 0 ? .one : .zero) : IntuitiveCriterion.plausibleReplies(game, message: m)
          let names = rest.map { "the \(T[$0]) type" }.joined(separator: " or ")
          let reply = plausible.map { game.replies[m][$0] }.joined(separator: " or ")
          parts.append("\(dominated(e, out, m)); believing it came from \(names), \(R) could reply \(reply), which does not pay \(rest.count == 1 ? "it" : "them") more than here: it passes the intuitive criterion (Cho and Kreps 1987).")
        }
      }
    case .fails(let m, let eliminated, let t, let replies, let payoff):
      let reply = replies.map { game.replies[m][$0] }.joined(separator: " or ")
      parts.append("But \(dominated(e, eliminated, m).lowercasedFirst), so \(M[m]) should reveal the \(T[t]) type; believing that, \(R) replies \(reply), and the \(T[t]) type would get \(NumberDisplay.prose(payoff)) instead of \(NumberDisplay.prose(e.typePayoffs[t])): it fails the intuitive criterion (Cho and Kreps 1987).")
    }
    return parts.joined(separator: " ")
  }

  /// "The weak type would not send beer whatever Receiver then did (at most 2, against 3 here)".
  func dominated(_ e: SignallingEquilibrium, _ types: [Int], _ m: Int) -> String {
    let names = types.map { "the \(game.types[$0]) type" }.joined(separator: " and ")
    let against = types.map { t in
      "at most \(NumberDisplay.prose(IntuitiveCriterion.bestDeviation(game, type: t, message: m))), against \(NumberDisplay.prose(e.typePayoffs[t])) here"
    }.joined(separator: "; ")
    return "The \(names.dropFirst(4)) would not send \(game.messages[m]) whatever \(receiverName) then did (\(against))"
  }

  /// The degeneracy notes, for the JSON output.
  public func degeneracyTexts() -> [String] { analysis.degeneracies.map(degeneracy) }

  func degeneracy(_ d: SignallingAnalysis.Degeneracy) -> String {
    switch d {
    case .onPathTie(let m, let replies):
      let names = replies.map { game.replies[m][$0] }.joined(separator: ", ")
      return "after \(game.messages[m]), at the belief its senders imply, \(receiverName) is indifferent among \(names); only its pure replies are listed, not its mixtures."
    case .continuum(let t, let messages):
      return "the \(game.types[t]) type's indifference between \(messages.map { game.messages[$0] }.joined(separator: " and ")) does not pin the mixtures down: a continuum of equilibria there is not listed."
    }
  }
}

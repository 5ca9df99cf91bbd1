import BrinkCore
import BrinkFormats

/// `fit`: the logit precision λ (and chosen payoff weights) that make the loaded
/// scenario's script most likely, as `brink fit` estimates them.
extension CommandSpec {
  static let fit = CommandSpec(
    "fit",
    abstract: "Estimate the logit precision lambda (and payoff weights) from the scenario's script.",
    usage: "fit [weight PLAYER VARIABLE]...",
    discussion: "Solves the loaded scenario (with its edits) with every optimising player (equilibrium or logit model) on the logit model at one precision lambda, and finds the lambda that makes its script most likely (Signorino 1999's strategic logit), with its standard error from the observed information, as 'brink fit' does. 'weight PLAYER VARIABLE' (repeatable) also fits that player's payoff weight on the variable. Players that follow rules, trembles and misperceptions are kept. The session is unchanged: 'set model PLAYER logit LAMBDA' puts a player on the fitted model. Ctrl-C stops it.",
    examples: ["load geneva-truce-2025-05; fit"],
    completion: { previous in
      let last = previous.last?.lowercased()
      return last == "weight" || previous.dropLast().last?.lowercased() == "weight" ? .none : .keyword(["weight"])
    }
  ) { session, arguments throws(CommandError) in
    try session.fit(arguments)
  }
}

extension Session {
  func fit(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "fit [weight PLAYER VARIABLE]..."
    var names = [[String]]()
    var k = 0
    while k < arguments.count {
      guard arguments[k].lowercased() == "weight", k + 2 < arguments.count else {
        throw CommandError("expected 'weight PLAYER VARIABLE', not '\(arguments[k...].joined(separator: " "))'", usage: usage)
      }
      names.append([arguments[k + 1], arguments[k + 2]])
      k += 3
    }
    guard let doc = document else { throw CommandError("no scenario loaded: 'load FILE' a scenario with a script") }
    guard !doc.scenario.history.isEmpty else {
      throw CommandError("\(doc.name) has no script to fit to; fit needs a scenario file with a 'script:' section")
    }
    let record = ReplayReport.record(of: doc, horizon: doc.scenario.calendar.rounds)
    let cases = [LogitFit.Case(scenario: doc.scenario, path: record)]
    var free = [LogitFit.FreeWeight]()
    for parts in names {
      switch doc.parameter(["weight"] + parts) {
      case .success(let (parameter, point)):
        free.append(LogitFit.FreeWeight(name: parts.joined(separator: "."), places: [(parameter, point)]))
      case .failure(let e):
        let hint = parts.indices.contains(e.word - 1) ? Suggestions.didYouMean(parts[e.word - 1], in: e.known) : nil
        throw CommandError(e.message, notes: hint.map { [$0] } ?? [])
      }
    }
    do throws(LogitFit.Failure) {
      if free.isEmpty {
        let e = try LogitFit.fit(cases, shouldContinue: shouldContinue)
        return FitReport(names: [doc.name], records: [record], estimate: e).render()
      }
      let e = try LogitFit.fit(cases, weights: free, shouldContinue: shouldContinue)
      return FitReport(names: [doc.name], records: [record], joint: e, weightNames: free.map(\.name)).render()
    } catch .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot fit λ: \(error.description(names: [doc.name]))")
    }
  }
}

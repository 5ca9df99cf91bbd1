import BrinkCore
import BrinkFormats

/// Where a replay has got to: the report (built once: the same `ReplayReport`
/// that `brink replay` prints, or on a scenario with types the same
/// `TypedReplayReport` or `TypedLogitReplayReport`), the next round to show, and the
/// session as the last step left it, so that a play, an edit or a load in between
/// ends the replay.
struct ReplayCursor {
  enum Record {
    case plain(ReplayReport)
    /// The perfect Bayesian or the logit report (`TypedReplayStepping`).
    case typed(any TypedReplayStepping)
  }
  var record: Record
  /// How many rounds have been shown; the next is `report.rounds[next]`.
  var next: Int
  var document: ScenarioDocument
  var position: LadderNode?
  var round: Int
  /// The `--against` scenarios given when the replay started (name, scenario).
  var against: [(name: String, scenario: EscalationScenario)] = []

  /// How many rounds the replay has.
  var total: Int {
    switch record {
    case .plain(let report): return report.rounds.count
    case .typed(let typed): return typed.followedRounds
    }
  }
}

/// `replay`: the scenario's script played against the model, one round at a time.
extension Session {
  /// The replay in progress, unless the session has moved since its last step.
  var activeReplay: ReplayCursor? {
    guard let c = replayCursor, c.document == document, c.position == position, c.round == round else { return nil }
    return c
  }

  /// `replay [next|N|all|stop] [--against FILE]...`.
  ///
  /// 1. `stop` ends the replay in progress. Otherwise (`--against` files are read
  ///    when a replay starts, and kept for its end):
  /// 2. Without a replay in progress: solve and build the report (both interruptible), go
  ///    back to the start, and print its heading.
  /// 3. Checkpoint (each `replay` command is one undo step), then show the asked
  ///    rounds: before each, check Ctrl-C (`shouldContinue`), so an interrupt stops
  ///    between rounds with the rounds shown so far kept; each round is rendered by
  ///    `ReplayReport.render(round:)` and moves the session to where it leads.
  /// 4. After the last round: the path's likelihood and scores, the same scores
  ///    for the baselines and the `--against` scenarios (`ReplayReport.compare`,
  ///    interruptible), and the replay ends.
  func replay(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "replay [next|N|all|stop] [--against FILE]..."
    var arguments = arguments
    var againstFiles = [String]()
    while let k = arguments.firstIndex(where: { $0 == "--against" }) {
      guard k + 1 < arguments.count else { throw CommandError("--against needs a scenario file", usage: usage) }
      againstFiles.append(arguments[k + 1])
      arguments.removeSubrange(k...(k + 1))
    }
    try expectCount(arguments, 0...1, usage: usage)
    var count = 1
    switch arguments.first?.lowercased() {
    case nil, "next": break
    case "all": count = Int.max
    case "stop":
      guard let cursor = activeReplay else { throw CommandError("no replay in progress") }
      checkpoint("replay stop")
      replayCursor = nil
      return "Replay stopped after \(cursor.next) of \(cursor.total) rounds; play goes on from round \(round)."
    case let word?:
      guard let n = Int(word), n >= 1 else {
        throw CommandError("expected next, all, stop or a number of rounds of at least 1, not '\(word)'", usage: usage)
      }
      count = n
    }
    guard let doc = document, !doc.scenario.history.isEmpty else {
      throw CommandError("\(name) has no script to replay; replay needs a scenario file with a 'script:' section")
    }
    if doc.scenario.hasTypes { return try typedReplay(count: count, against: againstFiles, usage: usage) }
    // 2.
    var lines = [String]()
    var cursor: ReplayCursor
    var report: ReplayReport
    if let active = activeReplay, case .plain(let shown) = active.record {
      try expectNoAgainst(againstFiles, usage: usage)
      cursor = active
      report = shown
      checkpoint("replay")
    } else {
      let against = try readAgainst(againstFiles)
      guard let solved = try solvedScenario() else { throw CommandError("no scenario loaded") }
      report = ReplayReport(document: doc, solved: solved, shouldContinue: shouldContinue)
      guard !report.rounds.isEmpty else { throw CommandError("\(name)'s script has no round the model can replay") }
      checkpoint("replay")
      resetToLoaded()
      cursor = ReplayCursor(record: .plain(report), next: 0, document: doc, position: position, round: round, against: against)
      let n = report.rounds.count
      lines.append(report.heading)
      lines.append("\(n) scripted round\(n == 1 ? "" : "s"): 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.")
    }
    // 3.
    let total = report.rounds.count
    var shown = 0
    while shown < count && cursor.next < total {
      guard shouldContinue() else {
        lines.append("")
        lines.append("interrupted after round \(cursor.next) of \(total); 'replay' goes on from there")
        break
      }
      lines.append("")
      lines.append(report.render(round: cursor.next))
      step(report.rounds[cursor.next])
      cursor.next += 1
      shown += 1
    }
    // 4.
    if cursor.next == total {
      lines.append("")
      lines.append(report.likelihoodLine)
      if let scoreLine = report.scoreLine { lines.append(scoreLine) }
      report.compare(baselinesOf: doc.scenario, against: cursor.against, shouldContinue: shouldContinue)
      if let comparison = report.comparisonText {
        lines.append("")
        lines.append(comparison)
      }
      lines.append("End of the script: now in \(stateNames[position?.state ?? 0]), round \(round) ('undo' steps back).")
      replayCursor = nil
    } else {
      cursor.position = position
      cursor.round = round
      replayCursor = cursor
    }
    return lines.joined(separator: "\n")
  }

  /// `--against` is given when a replay starts, not to a step of one in progress.
  func expectNoAgainst(_ files: [String], usage: String) throws(CommandError) {
    guard files.isEmpty else {
      throw CommandError("--against is given when a replay starts; 'replay stop' ends this one", usage: usage)
    }
  }

  /// The `--against` scenarios, read (name, scenario); the first unreadable one is the error.
  func readAgainst(_ files: [String]) throws(CommandError) -> [(name: String, scenario: EscalationScenario)] {
    var against = [(name: String, scenario: EscalationScenario)]()
    for path in files {
      do {
        let text = try ScenarioReader.text(contentsOf: path)
        against.append((path, try ScenarioReader.read(text, file: path).scenario))
      } catch {
        throw CommandError("cannot read '\(path)':\n\(error.description)")
      }
    }
    return against
  }

  /// Moves the session through one replayed round: to the round's reconstructed
  /// start, then, when both moves are known, records them (their exact payoffs)
  /// and goes where the round leads in the report's reconstruction.
  private func step(_ r: ReplayReport.Round) {
    guard let doc = document else { return }
    // The node carries its round when the scenario's conditions read the date.
    position = LadderNode(state: r.state, values: r.values, memory: r.memory,
                          clock: Self.rules(doc.scenario).tracksTime ? r.round : 0)
    round = r.round + 1
    let state = doc.scenario.states[r.state]
    guard let after = r.after, let m0 = r.moves[0], let m1 = r.moves[1],
      let i = state.moveIndex(player: 0, named: m0), let j = state.moveIndex(player: 1, named: m1) else { return }
    let stage = game
    plays.append(Play(row: i, column: j, payoffs: (stage.a[i][j], stage.b[i][j])))
    position = after
    round = r.round + 2
  }
}

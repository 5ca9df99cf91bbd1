import BrinkCore
import BrinkFormats

/// `replay` on a scenario with types, against the perfect Bayesian equilibrium or,
/// when every player uses `logit`, the logit agent QRE: the same stepping as the
/// untyped replay (`Session+Replay.swift`), with the beliefs the real moves imply
/// each round. One loop steps through either report (`TypedReplayStepping`).
extension Session {
  /// `replay [next|N|all|stop] [--against FILE]...` once `replay` has parsed `count`
  /// and the files (`stop` is handled there, for every kind).
  ///
  /// 1. Without a replay in progress: read the `--against` files, solve (Ctrl-C
  ///    leaves the session unchanged), follow and score the record, go back to the
  ///    start, and print the heading.
  /// 2. Checkpoint (each `replay` is one undo step), then show the asked rounds,
  ///    checking Ctrl-C before each (`shouldContinue`), each moving the session to
  ///    the node the round leads to.
  /// 3. After the last round: the path's likelihood (the product of the rounds'),
  ///    its log-likelihood (the sum of theirs), and the table of the same scores
  ///    under the baselines (`RecordScoring.typedComparisons`) and the `--against`
  ///    scenarios, typed or not: the closing text of the report `brink replay`
  ///    prints (`closingText`); the replay ends.
  func typedReplay(count: Int, against files: [String], usage: String) throws(CommandError) -> String {
    guard let doc = document else { throw CommandError("no scenario loaded") }
    var lines = [String]()
    var cursor: ReplayCursor
    var typed: any TypedReplayStepping
    // 1.
    if let active = activeReplay, case .typed(let shown) = active.record {
      try expectNoAgainst(files, usage: usage)
      cursor = active
      typed = shown
      checkpoint("replay")
    } else {
      let against = try readAgainst(files)
      typed = try typedReplayReport(doc)
      let n = typed.followedRounds, all = typed.recordRounds
      guard n > 0 else { throw CommandError("\(name)'s script has no round the model can replay") }
      checkpoint("replay")
      _ = resetToLoaded()
      cursor = ReplayCursor(record: .typed(typed), next: 0, document: doc, position: position, round: round, against: against)
      lines.append(typed.heading)
      let followed = n < all ? " (of the record's \(all): the equilibrium follows no further)" : ""
      lines.append("\(n) scripted round\(n == 1 ? "" : "s")\(followed): 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.")
    }
    // 2.
    let total = typed.followedRounds
    var shown = 0
    while shown < count && cursor.next < total {
      guard shouldContinue() else {
        lines.append("")
        lines.append("interrupted after round \(cursor.next) of \(total); 'replay' goes on from there")
        break
      }
      lines.append("")
      lines.append(typed.render(round: cursor.next))
      let next = typed.destination(ofRound: cursor.next)
      position = next.node
      round = next.round
      cursor.next += 1
      shown += 1
    }
    // 3.
    if cursor.next == total {
      lines.append("")
      typed.compare(against: cursor.against, shouldContinue: shouldContinue)
      lines.append(typed.closingText)
      lines.append("End of the script: now in \(stateNames[position?.state ?? 0]), round \(round) ('undo' steps back).")
      replayCursor = nil
    } else {
      cursor.position = position
      cursor.round = round
      replayCursor = cursor
    }
    return lines.joined(separator: "\n")
  }

  /// Step 1's solve: the perfect Bayesian equilibrium's report or, when every
  /// player uses `logit`, the logit agent QRE's, the one `brink replay` prints.
  private func typedReplayReport(_ doc: ScenarioDocument) throws(CommandError) -> any TypedReplayStepping {
    do {
      if TypedLogitSolver.applies(to: doc.scenario) {
        return TypedLogitReplayReport(document: doc, solution: try TypedLogitSolver.solve(doc.scenario, shouldContinue: shouldContinue))
      }
      return TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario, shouldContinue: shouldContinue))
    } catch let error as EscalationError where error == .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot solve \(doc.name): \(error)")
    }
  }
}

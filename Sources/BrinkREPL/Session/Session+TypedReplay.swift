import BrinkCore
import BrinkFormats

/// `replay` on a scenario with types (the perfect Bayesian equilibrium; a logit one
/// is `typedReplayText`'s): the same stepping as the untyped replay
/// (`Session+Replay.swift`), with the beliefs the real moves imply each round.
extension Session {
  /// `replay [next|N|all|stop] [--against FILE]...` once `replay` has parsed `count`
  /// and the files (`stop` is handled there, for both kinds).
  ///
  /// 1. Without a replay in progress: read the `--against` files, solve (Ctrl-C
  ///    leaves the session unchanged), follow and score the record, go back to the
  ///    start, and print the heading.
  /// 2. Checkpoint (each `replay` is one undo step), then show the asked rounds,
  ///    checking Ctrl-C before each (`shouldContinue`), each moving the session to
  ///    the node the round leads to.
  /// 3. After the last round: the path's likelihood (the product of the rounds'),
  ///    its log-likelihood (the sum of theirs), and the table of the same scores
  ///    under the baselines (`RecordScoring.typedBaselines`) and the `--against`
  ///    scenarios, typed or not (`RecordScoring.anyEntry`): the closing text of
  ///    the report `brink replay` prints (`TypedReplayReport`); the replay ends.
  func typedReplay(count: Int, against files: [String], usage: String) throws(CommandError) -> String {
    guard let doc = document else { throw CommandError("no scenario loaded") }
    var lines = [String]()
    var cursor: ReplayCursor
    var typed: TypedReplayReport
    // 1.
    if let active = activeReplay, case .typed(let shown) = active.record {
      try expectNoAgainst(files, usage: usage)
      cursor = active
      typed = shown
      checkpoint("replay")
    } else {
      let against = try readAgainst(files)
      let solution: TypedSolution
      do {
        solution = try TypedSolver.solve(doc.scenario, shouldContinue: shouldContinue)
      } catch let error as EscalationError where error == .cancelled {
        throw CommandError("interrupted; the session is unchanged")
      } catch {
        throw CommandError("cannot solve \(doc.name): \(error)")
      }
      typed = TypedReplayReport(document: doc, solution: solution)
      guard !typed.rounds.isEmpty else { throw CommandError("\(name)'s script has no round the model can replay") }
      checkpoint("replay")
      _ = resetToLoaded()
      cursor = ReplayCursor(record: .typed(typed), next: 0, document: doc, position: position, round: round, against: against)
      let n = typed.rounds.count
      lines.append(typed.heading)
      let followed = n < typed.record.count ? " (of the record's \(typed.record.count): the equilibrium follows no further)" : ""
      lines.append("\(n) scripted round\(n == 1 ? "" : "s")\(followed): 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.")
    }
    // 2.
    let total = typed.rounds.count
    var shown = 0
    while shown < count && cursor.next < total {
      guard shouldContinue() else {
        lines.append("")
        lines.append("interrupted after round \(cursor.next) of \(total); 'replay' goes on from there")
        break
      }
      lines.append("")
      lines.append(typed.render(round: cursor.next))
      typedStep(typed.rounds[cursor.next], typed.solution)
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

  /// Moves the session through one replayed round: to the node the round leads to
  /// (the ladder node of the equilibrium's next node), or, when the record does not
  /// decide it, to the round's own node.
  private func typedStep(_ r: TypedSolution.ReplayRound, _ solution: TypedSolution) {
    let id = r.next ?? r.node
    let node = solution.nodes[id]
    position = solution.graph.rounds[node.round][node.ladderNode].node
    round = node.round + 1
  }
}

import BrinkCore

/// Size limits on a scenario (`Limits`, the one place they are defined), so a
/// generated or mistyped file is refused by `check` with a message instead of
/// building a model too large to solve or simulate. (The calendar's `rounds`
/// are limited where they are parsed; numbers' magnitudes where they are read,
/// `YAMLNodeReader.withinMagnitude`.)
extension ScenarioValidator {
  /// Far above any hand-written scenario (the built-in one has 9 states).
  static let maximumStates = Limits.maximumStates
  /// Moves a player may have in all (each stage uses at most
  /// `Limits.maximumMovesPerStage` of them).
  static let maximumMoves = 100

  func checkLimits() {
    if s.states.count > Self.maximumStates {
      let st = s.states[Self.maximumStates]
      sink.error(at: st.id.location, "too many states (\(s.states.count); the limit is \(Self.maximumStates))",
                 length: st.id.length)
    }
    for p in s.players where p.moves.count > Self.maximumMoves {
      let m = p.moves[Self.maximumMoves]
      sink.error(at: m.id.location, "'\(p.id.value)' has too many moves (\(p.moves.count); the limit is \(Self.maximumMoves))",
                 length: m.id.length)
    }
    // A stage game is solved at every node (all equilibria by enumeration): the
    // REPL's bound on a game's side applies to each stage.
    let side = Limits.maximumMovesPerStage
    for st in s.states {
      for (p, moves) in st.moves.enumerated() where moves.count > side {
        let name = p < s.players.count ? s.players[p].id.value : "player \(p + 1)"
        sink.error(at: moves[side].location,
                   "state '\(st.id.value)' gives '\(name)' too many moves (\(moves.count); a stage game has at most \(side) a side)",
                   length: moves[side].length)
      }
    }
    // A calendar given by its end: its rounds are held to the same limit as 'rounds'.
    if s.calendar.rounds == nil, let end = s.calendar.end, s.calendar.start != nil {
      let rounds = horizon.rounds
      if rounds > Limits.maximumRounds {
        sink.error(at: end.location, "the calendar has too many rounds (\(rounds) to \(end.value); the limit is \(Limits.maximumRounds))",
                   length: end.length, notes: ["use a longer 'step' (days per round) or an earlier 'end'"])
      }
    }
  }
}

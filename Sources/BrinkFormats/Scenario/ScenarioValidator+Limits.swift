/// Size limits on a scenario, so a generated or mistyped file is refused with a
/// message instead of building a model too large to solve or simulate. (The
/// calendar's rounds are limited to 100000 where they are parsed.)
extension ScenarioValidator {
  /// Far above any hand-written scenario (the built-in one has 9 states).
  static let maximumStates = 1_000
  /// Moves a player may have (a state's stage game is at most this square).
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
  }
}

import BrinkCore

/// Which classic 2×2 game a stage game is, and what that means for escalation.
///
/// Symmetric games are named by the order of the four payoffs of the first
/// player, with C the cooperative (first-listed or de-escalating) move and D the
/// other: R = u(C,C), S = u(C,D), T = u(D,C), P = u(D,D) (Rapoport and Guyer, "A
/// taxonomy of 2×2 games", *General Systems* 11, 1966; Robinson and Goforth, *The
/// Topology of the 2×2 Games*, 2005). Other games fall back to a description by
/// their pure equilibria.
///
/// The engine's `Classification2x2` (the full ordinal taxonomy) replaces this
/// when it lands; `classify` then prefers it.
struct ClassicGame: Equatable {
  var name: String
  var meaning: String
  /// R, S, T, P when the game is symmetric, for explanations.
  var order: (r: Rational, s: Rational, t: Rational, p: Rational)?

  static func == (l: ClassicGame, r: ClassicGame) -> Bool { l.name == r.name && l.meaning == r.meaning }

  static func classify(_ game: Bimatrix) -> ClassicGame? {
    guard game.rows == 2, game.columns == 2 else { return nil }
    let a = game.a, b = game.b
    let symmetric = (0..<2).allSatisfy { i in (0..<2).allSatisfy { j in a[i][j] == b[j][i] } }
    if symmetric {
      let (r, s, t, p) = (a[0][0], a[0][1], a[1][0], a[1][1])
      if let named = named(r: r, s: s, t: t, p: p) { return named }
    }
    let analysis = StageAnalysis(game)
    let zeroSum = (0..<2).allSatisfy { i in (0..<2).allSatisfy { j in (a[i][j] + b[i][j]).isZero } }
    let pure = analysis.pureCells
    switch pure.count {
    case 0:
      return ClassicGame(
        name: zeroSum ? "Matching Pennies (zero-sum, no pure equilibrium)" : "a cyclic game (no pure equilibrium)",
        meaning: "Each side gains by being unpredictable: any settled posture invites exploitation, so crises are managed by mixing, probing and bluffing.",
        order: nil)
    case 1:
      return ClassicGame(
        name: "a game with a unique pure equilibrium",
        meaning: "One outcome is self-enforcing; escalation dynamics are driven by where that outcome sits.",
        order: nil)
    default:
      let (i0, j0) = pure[0], (i1, j1) = pure[1]
      let rowPrefers0 = a[i0][j0] > a[i1][j1], colPrefers0 = b[i0][j0] > b[i1][j1]
      if rowPrefers0 != colPrefers0 {
        return ClassicGame(
          name: "Battle of the Sexes (two equilibria, each side prefers a different one)",
          meaning: "Both want to coordinate but disagree on where; commitment and first moves decide the outcome.",
          order: nil)
      }
      return ClassicGame(
        name: "a coordination game",
        meaning: "Both sides gain from matching each other's posture; communication and reassurance matter most.",
        order: nil)
    }
  }

  /// The symmetric classes by the order of R, S, T, P.
  private static func named(r: Rational, s: Rational, t: Rational, p: Rational) -> ClassicGame? {
    let order = (r, s, t, p)
    if t > r && r > p && p > s {
      return ClassicGame(
        name: "Prisoner's Dilemma",
        meaning: "Escalating is each side's dominant move, so both escalate and end worse off than if both had restrained; only repetition, verification or outside commitments sustain restraint.",
        order: order)
    }
    if t > r && r > s && s > p {
      return ClassicGame(
        name: "Chicken",
        meaning: "Each side does best by standing firm while the other yields, and mutual escalation is the worst outcome; the two pure equilibria have one side backing down, so the contest is over resolve and credible commitment, and the mixed equilibrium carries a real risk of collision.",
        order: order)
    }
    if r > t && t >= p && p > s {
      return ClassicGame(
        name: "Stag Hunt",
        meaning: "Mutual restraint is the best outcome and an equilibrium, but escalating is safer if trust is in doubt; the game turns on assurance.",
        order: order)
    }
    if t > p && p > r && r > s {
      return ClassicGame(
        name: "Deadlock",
        meaning: "Both sides prefer mutual escalation to mutual restraint; conflict here reflects real preferences, not a failure of coordination.",
        order: order)
    }
    if r > t && s > p {
      return ClassicGame(
        name: "Harmony",
        meaning: "Restraint is each side's dominant move and the best outcome; there is no dilemma to manage.",
        order: order)
    }
    return nil
  }
}

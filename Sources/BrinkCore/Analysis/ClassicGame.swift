/// The five classic symmetric 2×2 games named by the order of the first player's
/// four payoffs, with C the cooperative (first-listed or de-escalating) move and D
/// the other: R = u(C,C), S = u(C,D), T = u(D,C), P = u(D,D) (Rapoport and Guyer, "A
/// taxonomy of 2×2 games", *General Systems* 11, 1966; Robinson and Goforth, *The
/// Topology of the 2×2 Games*, 2005).
///
/// `Classification2x2` names every strict ordinal 2×2 game; this is the smaller
/// textbook reading `classify` adds to it: R, S, T and P themselves, when the game is
/// symmetric and one of the five classics (ties allowed where the textbook allows
/// them, as Stag Hunt's T ≥ P).
public struct ClassicGame: Hashable, Sendable {
  public enum Kind: Sendable, Hashable, CaseIterable {
    case prisonersDilemma, chicken, stagHunt, deadlock, harmony
  }

  public var kind: Kind
  public var r: Rational
  public var s: Rational
  public var t: Rational
  public var p: Rational

  /// The classic a symmetric 2×2 game is, by the order of R, S, T, P; nil for any
  /// other game.
  public static func classify(_ game: Bimatrix) -> ClassicGame? {
    guard game.rows == 2, game.columns == 2 else { return nil }
    let a = game.a, b = game.b
    let symmetric = (0..<2).allSatisfy { i in (0..<2).allSatisfy { j in a[i][j] == b[j][i] } }
    guard symmetric else { return nil }
    let (r, s, t, p) = (a[0][0], a[0][1], a[1][0], a[1][1])
    let kind: Kind
    if t > r && r > p && p > s {
      kind = .prisonersDilemma
    } else if t > r && r > s && s > p {
      kind = .chicken
    } else if r > t && t >= p && p > s {
      kind = .stagHunt
    } else if t > p && p > r && r > s {
      kind = .deadlock
    } else if r > t && s > p {
      kind = .harmony
    } else {
      return nil
    }
    return ClassicGame(kind: kind, r: r, s: s, t: t, p: p)
  }
}

/// The five classic symmetric 2×2 games named by the order of the first player's
/// four payoffs, with C the cooperative (first-listed or de-escalating) move and D
/// the other: R = u(C,C), S = u(C,D), T = u(D,C), P = u(D,D) (Rapoport and Guyer, "A
/// taxonomy of 2×2 games", *General Systems* 11, 1966; Robinson and Goforth, *The
/// Topology of the 2×2 Games*, 2005).
///
/// `Classification2x2` names every strict ordinal 2×2 game; this is the smaller
/// textbook reading `classify` adds to it: R, S, T and P themselves, when the game is
/// symmetric and one of the five classics (ties allowed where the textbook allows
/// them: Stag Hunt's T ≥ P, Skyrms 2004; Chicken's R ≥ S; Harmony's).
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
    } else if t > r && r >= s && s > p {
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

  /// As `classify`, under every relabelling of the moves (each player's two moves
  /// kept or swapped, in that order), so the name does not depend on which move
  /// is listed first; nil when none is a classic.
  public static func classifyEitherWay(_ game: Bimatrix) -> ClassicGame? {
    relabellings(game).lazy.compactMap { classify($0.game) }.first
  }

  /// A 2×2 game under each relabelling of its moves, in the order `classify` tries
  /// them: as given, both swapped, the rows swapped, the columns swapped. Empty for
  /// any other shape.
  static func relabellings(_ game: Bimatrix) -> [(rowsSwapped: Bool, columnsSwapped: Bool, game: Bimatrix)] {
    guard game.rows == 2, game.columns == 2 else { return [] }
    let swapRows = { (m: [[Rational]]) in [m[1], m[0]] }
    let swapColumns = { (m: [[Rational]]) in m.map { [$0[1], $0[0]] } }
    return [(false, false), (true, true), (true, false), (false, true)].map { rows, columns in
      var a = game.a, b = game.b
      if rows { a = swapRows(a); b = swapRows(b) }
      if columns { a = swapColumns(a); b = swapColumns(b) }
      return (rows, columns, Bimatrix(a: a, b: b))
    }
  }

  /// What the ties in this classic's payoffs mean, said when a tied game is named
  /// after it; empty when there is no tie.
  public var tieNote: String {
    switch kind {
    case .stagHunt where t == p:
      "Here T = P, as in Skyrms's stag hunt (2004): defecting pays the same whatever the other does, so it is the safe move."
    case .chicken where r == s:
      "Here R = S: backing down pays the same whether or not the other side backs down too."
    default:
      "Some payoffs are tied, as the textbook definition of this game allows."
    }
  }
}

extension ClassicGame.Kind {
  /// The strict symmetric game of the same name (its name and summary).
  public var symmetricType: Classification2x2.SymmetricType {
    switch self {
    case .prisonersDilemma: .prisonersDilemma
    case .chicken: .chicken
    case .stagHunt: .stagHunt
    case .deadlock: .deadlock
    case .harmony: .harmony
    }
  }
}

extension Classification2x2 {
  /// The class of a 2×2 game by its pure equilibria and their efficiency. Defined
  /// with weak inequalities, so it applies to games with ties, and invariant to
  /// relabelling and to swapping the players.
  public enum Family: String, Sendable, Hashable, CaseIterable {
    /// No pure equilibrium: best responses cycle (Matching Pennies).
    case cyclic
    /// One pure equilibrium, Pareto-dominated by another outcome (Prisoner's Dilemma).
    case socialDilemma
    /// One pure equilibrium that is each player's best outcome (Harmony).
    case harmony
    /// One pure equilibrium, Pareto-efficient but not best for both (Deadlock).
    case stableConflict
    /// Several pure equilibria and one both players like best among them
    /// (Coordination, Stag Hunt).
    case coordination
    /// Several pure equilibria the players rank differently, and a non-equilibrium
    /// outcome both prefer to their worse equilibrium (Chicken).
    case chickenLike
    /// Several pure equilibria the players rank differently, every other outcome
    /// being worse for both than each of them (Battle of the Sexes, Leader).
    case battleLike
    /// Several pure equilibria the players rank differently, but neither the
    /// Chicken nor the Battle-of-the-Sexes pattern: only possible with ties (a side
    /// indifferent between an equilibrium and another outcome, as in Zagare and
    /// Kilgour's deterrence game).
    case conflict
    /// Both players are indifferent among all outcomes.
    case trivial

    public var name: String {
      switch self {
      case .cyclic: "Cyclic (Matching Pennies-like)"
      case .socialDilemma: "Social dilemma (Prisoner's Dilemma-like)"
      case .harmony: "No conflict (Harmony-like)"
      case .stableConflict: "One stable outcome (Deadlock-like)"
      case .coordination: "Coordination"
      case .chickenLike: "Chicken-like"
      case .battleLike: "Battle of the Sexes-like"
      case .conflict: "Two stable outcomes, each favouring a different side"
      case .trivial: "Trivial (all payoffs tied)"
      }
    }

    /// One or two sentences, each true of every game in the family: they say only
    /// what the family's definition (`of`) checks, so a tied game is not described
    /// by a textbook story its payoffs contradict.
    public var summary: String {
      switch self {
      case .cyclic:
        "No outcome is stable: whatever the sides do, one of them wants to switch, so each tries to keep the other guessing; the only equilibrium is randomised."
      case .socialDilemma:
        "The one stable outcome is worse than another outcome they could reach (better for at least one side and worse for neither): individual incentives pull both away from it."
      case .harmony:
        "The one stable outcome is the best outcome for both: incentives and interests coincide."
      case .stableConflict:
        "There is one stable outcome and no outcome both prefer to it, but not both are satisfied; only changed payoffs would move it."
      case .coordination:
        "Several outcomes are stable and both sides agree which is best; the risk is miscoordination or mistrust of the other's intentions."
      case .chickenLike:
        "Several outcomes are stable, each favouring a different side, and an outcome that is not stable is better for both than the stable one each likes less: each wants the other to back down."
      case .battleLike:
        "Several outcomes are stable, each favouring a different side, and failing to coordinate is worse for both than either: each wants the other to give way."
      case .conflict:
        "Several outcomes are stable, each favouring a different side: each wants the other to give way."
      case .trivial:
        "Neither side cares what happens: every outcome is stable."
      }
    }

    /// A clause added to the summary of a tied game, true of its payoffs: for
    /// `conflict`, whether some outcome is worse for both than every stable one
    /// (deterrence's challenge met by resistance). Empty otherwise.
    func tiedDetail(_ ra: [[Int]], _ rb: [[Int]], equilibria: [[Int]]) -> String {
      guard self == .conflict else { return "" }
      let others = [[0, 0], [0, 1], [1, 0], [1, 1]].filter { !equilibria.contains($0) }
      let worst = others.contains { o in
        equilibria.allSatisfy { ra[o[0]][o[1]] < ra[$0[0]][$0[1]] && rb[o[0]][o[1]] < rb[$0[0]][$0[1]] }
      }
      return worst ? " One outcome, not stable, is worse for both than any stable one." : ""
    }

    static func of(_ ra: [[Int]], _ rb: [[Int]], equilibria: [[Int]]) -> Family {
      let cells = [[0, 0], [0, 1], [1, 0], [1, 1]]
      func u(_ c: [Int]) -> (Int, Int) { (ra[c[0]][c[1]], rb[c[0]][c[1]]) }
      func paretoDominates(_ x: [Int], _ y: [Int]) -> Bool {
        let (a1, b1) = u(x), (a2, b2) = u(y)
        return a1 >= a2 && b1 >= b2 && (a1 > a2 || b1 > b2)
      }
      if Set(ra.joined()).count == 1 && Set(rb.joined()).count == 1 { return .trivial }
      switch equilibria.count {
      case 0: return .cyclic
      case 1:
        let e = equilibria[0]
        if cells.contains(where: { paretoDominates($0, e) }) { return .socialDilemma }
        let best = (ra.joined().max()!, rb.joined().max()!)
        return u(e) == best ? .harmony : .stableConflict
      default:
        // A common favourite: an equilibrium at least as good for both as every other.
        if equilibria.contains(where: { e in equilibria.allSatisfy { u(e).0 >= u($0).0 && u(e).1 >= u($0).1 } }) {
          return .coordination
        }
        let worstForRow = equilibria.map { u($0).0 }.min()!, worstForColumn = equilibria.map { u($0).1 }.min()!
        let others = cells.filter { !equilibria.contains($0) }
        if others.contains(where: { u($0).0 > worstForRow && u($0).1 > worstForColumn }) { return .chickenLike }
        // "Failing to coordinate is worse for both than either": checked, not assumed.
        let worse = others.allSatisfy { o in equilibria.allSatisfy { u(o).0 < u($0).0 && u(o).1 < u($0).1 } }
        return worse ? .battleLike : .conflict
      }
    }
  }
}

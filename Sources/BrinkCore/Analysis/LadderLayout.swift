/// The escalation ladder of a scenario as a picture needs it: each state on a rung,
/// and the arrows between states labelled with the joint moves that take them and
/// their probabilities (issue 12: there was no picture of the ladder itself). Every
/// branch of a conditional transition (`when`/`else`) is an arrow, marked with its
/// condition (issue 13: the talks' summit branch, before 30 October, was not drawn).
///
/// A state's rung is how much escalation it takes to get there: the least number
/// of escalating moves (moves with `posture: escalate`, counted for both players)
/// on any path from the initial state, found by Dijkstra's algorithm (E. W.
/// Dijkstra, "A note on two problems in connexion with graphs", *Numerische
/// Mathematik* 1, 1959) on the graph whose arcs are the joint moves with a
/// positive chance of the move, weighted 0, 1 or 2. So talks reached by talking
/// sit on the initial state's rung, and a crisis reached by escalating on both
/// sides two rungs up (Kahn's ladder, *On Escalation*, 1965, read bottom to top).
/// The distinct distances, in order, are the rungs 0, 1, 2, … (none left empty).
/// States the initial state cannot reach are put on rung 0.
///
/// Complexity: O(S² + S·M) for S states and M joint moves per state.
public struct LadderLayout: Sendable, Hashable {
  /// `rungs[state]`, from 0.
  public var rungs: [Int]
  /// One arrow per (from, to) pair with a positive probability, in state order.
  public var arrows: [Arrow]

  /// The joint moves from one state that may lead to another.
  public struct Arrow: Sendable, Hashable {
    public var from: Int
    public var to: Int
    /// The joint moves (`row/column`) and the probability of this arrow after each.
    public var moves: [JointMove]
    /// How many of the arrow's joint moves have an escalating move.
    public var escalating: Int
    /// True when every joint move of the state reaches `to` for sure (an
    /// `any/any` arrow, labelled so).
    public var isEveryMove = false
  }

  /// A joint move on an arrow, and when it takes the arrow.
  public struct JointMove: Sendable, Hashable {
    public var name: String
    public var probability: Rational
    /// `.always`, or the `when` condition of the conditional transition (`when:`
    /// in a file) this branch belongs to, or the conditions it is the `else` of.
    public var guarding: Guarding = .always

    /// When a branch of a joint move's transition applies (Docs/scenario-format.md,
    /// `when`/`else`): its guarded transitions are tried in order, and the joint
    /// move's own transition applies when none holds.
    public enum Guarding: Sendable, Hashable {
      case always
      /// The first of the joint move's conditional transitions whose condition
      /// holds: this one.
      case when(Condition)
      /// None of these conditions holds (the `else`, or the entries after them).
      case otherwise([Condition])
    }

    public init(name: String, probability: Rational, guarding: Guarding = .always) {
      self.name = name
      self.probability = probability
      self.guarding = guarding
    }
  }

  /// The rungs of a state list, bottom first: `states(onRung: r)`.
  public func states(onRung rung: Int) -> [Int] { rungs.indices.filter { rungs[$0] == rung } }

  /// The highest rung.
  public var top: Int { rungs.max() ?? 0 }

  public init(_ scenario: EscalationScenario) {
    let states = scenario.states
    // The arrows, and the escalation weight of each joint move.
    var arrows = [Arrow]()
    var weighted = [[(to: Int, weight: Int)]](repeating: [], count: states.count)
    for (s, state) in states.enumerated() where !state.isTerminal {
      var byTarget = [Int: Arrow]()
      var order = [Int]()
      let jointMoves = state.moves[0].count * state.moves[1].count
      for (i, row) in state.moves[0].enumerated() {
        for (j, column) in state.moves[1].enumerated() {
          let weight = (row.posture == .escalate ? 1 : 0) + (column.posture == .escalate ? 1 : 0)
          // Every branch is drawn: each conditional transition's, labelled with its
          // condition, then the joint move's own, labelled as their `else`.
          let outcome = state.outcomes[i][j]
          let guards = outcome.guarded.map(\.condition)
          let branches = outcome.guarded.map { ($0.transition, JointMove.Guarding.when($0.condition)) }
            + [(outcome.transition, guards.isEmpty ? JointMove.Guarding.always : .otherwise(guards))]
          for (transition, guarding) in branches {
            for branch in transition.outcomes where branch.probability > .zero {
              weighted[s].append((branch.state, weight))
              if byTarget[branch.state] == nil {
                byTarget[branch.state] = Arrow(from: s, to: branch.state, moves: [], escalating: 0)
                order.append(branch.state)
              }
              byTarget[branch.state]!.moves.append(JointMove(name: "\(row.name)/\(column.name)", probability: branch.probability, guarding: guarding))
              if weight > 0 { byTarget[branch.state]!.escalating += 1 }
            }
          }
        }
      }
      for t in order.sorted() {
        var arrow = byTarget[t]!
        arrow.isEveryMove = arrow.moves.count == jointMoves && arrow.moves.allSatisfy { $0.probability == .one && $0.guarding == .always }
        arrows.append(arrow)
      }
    }
    // Dijkstra from the initial state (weights 0–2; S is small, so a linear scan).
    var distance = [Int?](repeating: nil, count: states.count)
    var done = [Bool](repeating: false, count: states.count)
    if states.indices.contains(scenario.initialState) { distance[scenario.initialState] = 0 }
    while let u = states.indices.filter({ !done[$0] && distance[$0] != nil }).min(by: { distance[$0]! < distance[$1]! }) {
      done[u] = true
      for (v, w) in weighted[u] where distance[v] == nil || distance[u]! + w < distance[v]! {
        distance[v] = distance[u]! + w
      }
    }
    // Rungs numbered in order of escalation, none left empty (a jump of two
    // escalating moves is one rung up, not two).
    let levels = Array(Set(distance.map { $0 ?? 0 })).sorted()
    self.rungs = distance.map { levels.firstIndex(of: $0 ?? 0)! }
    self.arrows = arrows
  }
}

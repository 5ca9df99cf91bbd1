import BrinkCore
import Foundation

/// `brink simulate --paths-out FILE`: every sampled path as one CSV line
/// (RFC 4180 quoting), in path-index order, after a header:
///
///     path,outcome,rounds,states,moves,effects,US payoff,China payoff,tariff,…
///     0,deal,3,standoff>talks>talks>deal,hold/hold>talk/talk>sign/sign,,4.5,3.25,10.0
///
/// - `path`: the path's index (its random stream is the run's seed and this index).
/// - `outcome`: the state the path ended in (terminal, or where the horizon left it).
/// - `rounds`: rounds played.
/// - `states`: the state each round was played in, then the end state, joined by
///   `>` (rounds + 1 names).
/// - `moves`: each round's moves, `first player/second player`, joined by `>`.
/// - `effects`: round effects that fired, `round:name` (rounds counted from 1, as
///   in the report), joined by `;`.
/// - each player's discounted payoff, then each state variable's end value.
///
/// States are named as in the scenario (a compiled state stands for one scenario
/// state: `CompiledScenario.scenarioStates`).
public struct PathsCSV: Sendable {
  public let header: String
  /// Name of each compiled state.
  let stateNames: [String]
  let moveNames: [[[String]]]
  let effectNames: [String]

  /// - Parameters:
  ///   - stateNames: the name to print for each of the ladder's states.
  ///   - players: the two players' names, for the payoff columns.
  public init(ladder: CompiledLadder, stateNames: [String], players: [String]) {
    self.stateNames = stateNames
    moveNames = ladder.moveNames
    effectNames = ladder.effectNames
    let columns = ["path", "outcome", "rounds", "states", "moves", "effects"]
      + players.prefix(2).map { "\($0) payoff" } + ladder.variableNames
    header = columns.map(Self.field).joined(separator: ",")
  }

  /// The path's line (without a newline).
  public func line(_ path: TracedPath) -> String {
    let states = (path.states + [path.endState]).map { stateNames[$0] }.joined(separator: ">")
    let moves = path.moves.indices.map { t in
      let names = moveNames[path.states[t]]
      return "\(names[0][path.moves[t].first])/\(names[1][path.moves[t].second])"
    }.joined(separator: ">")
    let effects = path.firings.map { "\($0.round + 1):\(effectNames[$0.effect])" }.joined(separator: ";")
    let fields = ["\(path.index)", stateNames[path.endState], "\(path.roundsPlayed)", states, moves, effects]
      + path.payoffs.map { "\($0)" } + path.values.map { "\($0)" }
    return fields.map(Self.field).joined(separator: ",")
  }

  /// A field, quoted when it holds a comma, a quote or a line break.
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

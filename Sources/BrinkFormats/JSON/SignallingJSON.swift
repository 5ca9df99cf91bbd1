import BrinkCore

/// The JSON form of `brink solve --json` on a signalling game, keys in this order:
///
///     {"file": "...", "kind": "signalling", "players": ["Sender","Receiver"],
///      "sender": "Sender", "receiver": "Receiver",
///      "types": ["strong","weak"], "prior": ["9/10","1/10"],
///      "messages": ["beer","quiche"], "replies": [["duel","not duel"], [...]],
///      "beliefsAbout": "strong",
///      "equilibria": [{"class": "pooling", "intuitiveCriterion": true,
///        "strategy": [["1","0"],["1","0"]], "onPath": [true,false],
///        "beliefs": ["9/10", null], "replies": [["0","1"], null],
///        "offPath": [null, [{"replies": ["duel"], "probability": ["1","1"], "beliefs": ["0","1/2"]}]],
///        "typePayoffs": ["3","2"], "receiverPayoff": "9/10"}],
///      "degeneracies": ["..."]}
///
/// `strategy[t][m]` is the chance type `t` sends message `m`; `beliefs[m]` the
/// receiver's chance of `beliefsAbout` (the first type) after a sent message;
/// `replies[m]` its mixture over `replies[m]`. After an unsent message, `offPath[m]`
/// lists the supporting replies: the reply names, the range of the first one's
/// probability (`["1","1"]` when pure) and the range of beliefs. A failing
/// intuitive criterion adds `"failsAfter"` (the message) and `"revealedType"`.
/// Exact rationals as strings, as `SolveJSON` writes them.
public enum SignallingJSON {
  public static func object(file: String, players: [String], _ analysis: SignallingAnalysis,
                            degeneracies: [String]) -> JSONValue {
    let g = analysis.game
    return .object([
      ("file", .string(file)),
      ("kind", .string("signalling")),
      ("players", SolveJSON.strings(players)),
      ("sender", .string(players[g.sender])),
      ("receiver", .string(players[g.receiver])),
      ("types", SolveJSON.strings(g.types)),
      ("prior", SolveJSON.exact(g.prior)),
      ("messages", SolveJSON.strings(g.messages)),
      ("replies", .array(g.replies.map(SolveJSON.strings))),
      ("beliefsAbout", .string(g.types[0])),
      ("equilibria", .array(analysis.equilibria.map { equilibrium($0, g) })),
      ("degeneracies", SolveJSON.strings(degeneracies)),
    ])
  }

  static func equilibrium(_ e: SignallingEquilibrium, _ g: SignallingGame) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("class", .string(e.kind.rawValue)),
      ("intuitiveCriterion", .bool(e.intuitive.passes)),
    ]
    if case .fails(let m, _, let t, _, _) = e.intuitive {
      members.append(("failsAfter", .string(g.messages[m])))
      members.append(("revealedType", .string(g.types[t])))
    }
    members += [
      ("strategy", .array(e.strategy.map(SolveJSON.exact))),
      ("onPath", .array(e.onPath.map(JSONValue.bool))),
      ("beliefs", .array(g.messages.indices.map { e.onPath[$0] ? .string(e.beliefs[$0].description) : .null })),
      ("replies", .array(g.messages.indices.map { e.onPath[$0] ? SolveJSON.exact(e.replies[$0]) : .null })),
      ("offPath", .array(g.messages.indices.map { m in
        e.onPath[m] ? .null : .array(e.offPath[m].map { s in
          .object([
            ("replies", SolveJSON.strings(s.replies.map { g.replies[m][$0] })),
            ("probability", SolveJSON.exact([s.firstProbability.lowerBound, s.firstProbability.upperBound])),
            ("beliefs", SolveJSON.exact([s.beliefs.lowerBound, s.beliefs.upperBound])),
          ])
        })
      })),
      ("typePayoffs", SolveJSON.exact(e.typePayoffs)),
      ("receiverPayoff", .string(e.receiverPayoff.description)),
    ]
    return .object(members)
  }
}

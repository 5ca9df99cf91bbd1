import BrinkCore
import Yams

/// One type of a player as written (`types:`; Docs/scenario-format.md, "Types").
struct TypeSyntax {
  var id: Located<String>
  var prior: Located<Rational>?
  var description: String?
  var source: String?
  /// Per state, the payoff table this type plays by (both players' payoffs).
  var payoffs: [(state: Located<String>, table: PayoffTableSyntax)] = []
}

/// A player's list of types as written.
struct PlayerTypesSyntax {
  var player: Located<String>
  var types: [TypeSyntax]
  var location: SourceLocation
}

extension ScenarioParser {
  /// `types: {China: {resolved: {prior: 1/2, payoffs: {STATE: TABLE}}, cautious: {prior: 1/2}}}`
  func parseTypes(_ node: Yams.Node) -> [PlayerTypesSyntax] {
    guard let players = read.namedEntries(node, for: "'types'") else { return [] }
    return players.compactMap { player, body in
      guard let entries = read.namedEntries(body, for: "the types of '\(player.value)'") else { return nil }
      let types = entries.compactMap { id, typeBody -> TypeSyntax? in
        let what = "type '\(id.value)' of '\(player.value)'"
        guard let f = read.mapping(typeBody, for: what, allowed: ["prior", "description", "source", "payoffs"],
                               required: ["prior"])
        else { return nil }
        var t = TypeSyntax(id: id)
        t.prior = f["prior"].flatMap { read.probability($0, for: "the prior of \(what)") }
        t.description = f["description"].flatMap { read.string($0, for: "'description' of \(what)")?.value }
        t.source = f["source"].flatMap { read.string($0, for: "'source' of \(what)")?.value }
        if let p = f["payoffs"], let states = read.namedEntries(p, for: "'payoffs' of \(what)") {
          t.payoffs = states.compactMap { state, table in
            parsePayoffTable(table, for: "state '\(state.value)' for \(what)").map { (state, $0) }
          }
        }
        return t
      }
      return PlayerTypesSyntax(player: player, types: types, location: read.location(body))
    }
  }
}

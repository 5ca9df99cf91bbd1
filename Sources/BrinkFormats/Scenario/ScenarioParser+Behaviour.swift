import BrinkCore
import Yams

extension ScenarioParser {
  /// The words of `model:` and `select:` (`ModelName`, the one table).
  static let models = ModelName.words
  static let selections = EquilibriumSelection.names

  /// `behaviour: {US: {model: equilibrium, select: risk-dominant}, China: {model: logit, lambda: 2}}`
  func parseBehaviour(_ node: Yams.Node, players: [PlayerSyntax]) -> [BehaviourSyntax?] {
    var out: [BehaviourSyntax?] = [nil, nil]
    let ids = players.map(\.id.value)
    guard let entries = read.namedEntries(node, for: "'behaviour'") else { return out }
    for (player, body) in entries {
      guard let index = ids.firstIndex(of: player.value) else {
        sink.unknown("player", player, known: ids, context: " in 'behaviour'")
        continue
      }
      let what = "the behaviour of '\(player.value)'"
      guard let f = read.mapping(body, for: what,
                                 allowed: ["model", "select", "lambda", "forgiveness", "tremble", "mix", "perceives"],
                                 required: ["model"]),
        let model = f["model"].flatMap({ read.choice($0, for: "model", among: Self.models) })
      else { continue }
      var b = BehaviourSyntax(model: model)
      b.select = f["select"].flatMap { read.choice($0, for: "equilibrium selection", among: Self.selections) }
      b.lambda = f["lambda"].flatMap { read.rational($0, for: "'lambda' in \(what)") }
      if let l = b.lambda, l.value < .zero {
        sink.error(at: l.location, "'lambda' in \(what) must be at least 0, found \(l.value)", length: l.length)
      }
      b.forgiveness = f["forgiveness"].flatMap { read.probability($0, for: "'forgiveness' in \(what)") }
      b.tremble = f["tremble"].flatMap { read.probability($0, for: "'tremble' in \(what)") }
      requireOnly(f, "select", when: model.value == ModelName.equilibrium.rawValue, model: model)
      requireOnly(f, "lambda", when: model.value == ModelName.logit.rawValue, model: model)
      requireOnly(f, "forgiveness", when: model.value == ModelName.generousTitForTat.rawValue, model: model)
      requireOnly(f, "mix", when: model.value == ModelName.fixed.rawValue, model: model)
      if let m = f["mix"], let states = read.namedEntries(m, for: "'mix' in \(what)") {
        b.mix = states.compactMap { state, dist in
          guard let moves = read.namedEntries(dist, for: "the mix in state '\(state.value)'") else { return nil }
          let probs = moves.compactMap { move, p in
            read.probability(p, for: "'\(move.value)' in state '\(state.value)'").map { (move, $0) }
          }
          return (state, probs, read.location(dist))
        }
      }
      if let p = f["perceives"], let states = read.namedEntries(p, for: "'perceives' in \(what)") {
        b.perceives = states.compactMap { state, table in
          parsePayoffTable(table, for: "state '\(state.value)' as '\(player.value)' perceives it").map { (state, $0) }
        }
      }
      out[index] = b
    }
    return out
  }

  /// A key that only one model uses: an error when given to another model, or
  /// (for `lambda` and `forgiveness`) when that model lacks it.
  private func requireOnly(_ f: Fields, _ key: String, when applies: Bool, model: Located<String>) {
    if !applies, let at = f.keyLocation(key) {
      sink.error(at: at, "'\(key)' does not apply to model '\(model.value)'", length: key.count)
    }
    if applies, f[key] == nil, key == "lambda" || key == "forgiveness" {
      sink.error(at: model.location, "model '\(model.value)' needs '\(key)'", length: model.length)
    }
  }
}

import BrinkCore

extension ScenarioSolveJSON {
  /// A bargaining node's `bargaining` object (`BargainingRange`), keys in this order:
  ///
  ///     {"proposer": "US", "rule": "subgame-perfect offer (ultimatum)",
  ///      "noDeal": ["-2","-2"],
  ///      "packages": [{"name": "cut", "values": ["-3/4","9/2"], "gains": ["5/4","13/2"], "inRange": true}, …],
  ///      "range": ["cut","grand"], "offered": "grand", "offerProbability": "1",
  ///      "acceptance": "1", "nash": "cut"}
  ///
  /// Values are each side's from this round on (the folded stage game); `nash` is
  /// null when the range is empty. Probabilities are decimals (9 places).
  static func bargaining(_ r: BargainingRange, players: [String]) -> JSONValue {
    let packages: [JSONValue] = r.packages.indices.map { k in
      .object([
        ("name", .string(r.packages[k])),
        ("values", .array(r.values[k].map { .string($0.description) })),
        ("gains", .array((0..<2).map { .string(r.gain(k, $0).description) })),
        ("inRange", .bool(r.inRange.contains(k))),
      ])
    }
    return .object([
      ("proposer", .string(players[r.proposer])),
      ("rule", .string(BargainingRange.rule)),
      ("noDeal", .array(r.noDeal.map { .string($0.description) })),
      ("packages", .array(packages)),
      ("range", .array(r.inRange.map { .string(r.packages[$0]) })),
      ("offered", .string(r.packages[r.offered])),
      ("offerProbability", .string(decimal(r.offerProbability))),
      ("acceptance", .string(decimal(r.acceptance))),
      ("nash", r.nash.map { .string(r.packages[$0]) } ?? .null),
    ])
  }
}

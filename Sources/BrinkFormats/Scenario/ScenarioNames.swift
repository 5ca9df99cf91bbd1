/// Where each declared state and variable is, by name, built once per file: the
/// validator and the lowering resolve a name for every transition branch, event,
/// shock, script entry and payoff term, and a scan of the declarations for each made
/// `brink check` quadratic in the number of states (issue 16: 13 s for a 270 KB file
/// of 100 states of 15 × 15 moves, 68 s for 1 MB of 400). A lookup here is a hash.
///
/// The first declaration of a name wins, as the scans this replaces found it
/// (a duplicate name is itself an error, reported by the parser).
struct ScenarioNames {
  let states: [String: Int]
  let variables: [String: Int]

  init(_ s: ScenarioSyntax) {
    states = Self.positions(s.states.map(\.id.value))
    variables = Self.positions(s.variables.map(\.id.value))
  }

  static func positions(_ names: [String]) -> [String: Int] {
    Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// The bargaining range at a solved node of a bargaining state (`DealMenu`), the
/// facts `explain` words and `brink solve --json` writes: each package's value to
/// each side against the value of no deal, the packages both prefer, which one the
/// model picks, and which the Nash bargaining solution would pick.
///
/// Sources: Fearon, "Rationalist explanations for war", *International
/// Organization* 49(3), 1995, 379–414 (the bargaining range: the deals both prefer
/// to fighting; with a menu of lumpy packages it can be empty even when fighting is
/// costly, his "issue indivisibilities"); Nash, "The bargaining problem",
/// *Econometrica* 18(2), 1950, 155–162 (the solution maximising the product of the
/// gains over the disagreement point); Osborne, *An Introduction to Game Theory*,
/// 2004, §6.1.1 (the ultimatum game: the proposer keeps the surplus).
///
/// Steps, on the node's stage game with the continuation values folded in (the
/// value of each offer and answer from this round on, as the solver weighed them):
/// 1. A package's value to each side: the cell (package, accept). The value of no
///    deal: the cell (package, reject), the same for every package.
/// 2. The range: the packages each side values at least as much as no deal. The
///    responder accepts exactly these (a tie goes to the proposer), when it plays
///    its best answer.
/// 3. The model's pick: the package the proposer offers (its most likely offer),
///    and how likely the answer is `accept`. In equilibrium the proposer offers its
///    best package in the range; with an empty range every offer is refused.
/// 4. The Nash bargaining solution: the package of the range with the largest
///    product of the two gains over no deal (the first such in menu order).
public struct BargainingRange: Sendable {
  public var proposer: Int
  public var responder: Int { 1 - proposer }
  public var packages: [String]
  /// `values[k][p]`: package `k`'s value to player `p` from this round on.
  public var values: [[Rational]]
  /// Each player's value of no deal.
  public var noDeal: [Rational]
  /// The packages in the range, in menu order.
  public var inRange: [Int]
  /// The proposer's most likely offer, with its probability.
  public var offered: Int
  public var offerProbability: Double
  /// The probability the responder accepts the offer `offered`.
  public var acceptance: Double
  /// The Nash bargaining solution over the range, nil when it is empty.
  public var nash: Int?
  /// The package of the range best for the proposer (the first such in menu
  /// order): the subgame-perfect offer when the proposer best-responds; nil when
  /// the range is empty.
  public var proposerBest: Int?

  /// The rule the model's pick follows, in words for reports.
  public static let rule = "the subgame-perfect equilibrium of a take-it-or-leave-it offer"

  /// The gain of package `k` over no deal for player `p`.
  public func gain(_ k: Int, _ p: Int) -> Rational { values[k][p] - noDeal[p] }

  /// The analysis at node `n` of round `t`, nil unless the node is in a
  /// bargaining state and solved.
  public init?(_ solved: SolvedScenario, round t: Int, node n: Int) {
    self.init(solved.scenario, node: solved.nodes[t][n], state: solved.graph.rounds[t][n].node.state)
  }

  /// The analysis of `node`, a solved node of state `state` of `scenario`; nil
  /// unless that state is a bargaining state.
  public init?(_ scenario: EscalationScenario, node: SolvedNode, state: Int) {
    guard let menu = scenario.dealMenu(inState: state) else { return nil }
    self.init(menu: menu, node: node, names: scenario.states[state].moves[menu.proposer].map(\.name))
  }

  init?(menu: DealMenu, node: SolvedNode, names: [String]) {
    guard let game = node.stageGame, let intended = node.intended, !names.isEmpty else { return nil }
    let proposer = menu.proposer
    self.proposer = proposer
    packages = names
    // Step 1. The folded game is indexed [player 0's move][player 1's move].
    func cell(_ k: Int, _ answer: Int) -> [Rational] {
      let (i, j) = proposer == 0 ? (k, answer) : (answer, k)
      return [game.a[i][j], game.b[i][j]]
    }
    let values = names.indices.map { cell($0, 0) }
    let noDeal = cell(0, 1)
    self.values = values
    self.noDeal = noDeal
    // Step 2.
    inRange = names.indices.filter { k in (0..<2).allSatisfy { values[k][$0] >= noDeal[$0] } }
    // Step 3.
    let offers = intended.leaderMixture
    offered = offers.indices.max { offers[$0] < offers[$1] || (offers[$0] == offers[$1] && $0 > $1) } ?? 0
    offerProbability = offers.isEmpty ? 0 : offers[offered]
    acceptance = intended.followerMixture(afterLeaderMove: offered).first ?? 0
    // Step 4.
    func product(_ k: Int) -> Rational { (values[k][0] - noDeal[0]) * (values[k][1] - noDeal[1]) }
    proposerBest = inRange.max { values[$0][proposer] < values[$1][proposer] }
    nash = inRange.max { product($0) < product($1) || (product($0) == product($1) && $0 > $1) }
  }
}

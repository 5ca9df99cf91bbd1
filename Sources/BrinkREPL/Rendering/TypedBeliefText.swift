import BrinkCore

/// One belief update in words, with Bayes' rule worked (issue 14): the line `play`
/// prints under a round of a game with hidden types and the typed `replay` prints
/// under each round of the record. Exact fractions throughout, so the reader can
/// redo the arithmetic: posterior(θ) = prior(θ) · P(move | θ) / Σ prior · P(move | ·).
/// Off the path (no type the belief allows plays the move) the belief is kept, the
/// rule `TypeBeliefs` documents.
enum TypedBeliefText {
  /// `Bayes' rule: threaten has chance 1 if resolved, 2/3 if irresolute; resolved 1/4 × 1 / (…) = 1/3, …`,
  /// or why the belief does not move. `names` are `player`'s types; `likelihood[θ]`
  /// is the chance type θ plays `move`.
  static func bayes(player: String, move: String, names: [String], before: [Rational], likelihood: [Rational],
                    after: [Rational]) -> String {
    let allowed = names.indices.filter { before[$0] != .zero }
    let total = allowed.reduce(Rational.zero) { $0 + before[$1] * likelihood[$1] }
    if total == .zero {
      return "no type of \(player) the belief allows plays \(move) in the equilibrium (off the path): the belief is kept"
    }
    if allowed.allSatisfy({ likelihood[$0] == likelihood[allowed[0]] }) {
      return "every type plays \(move) with chance \(likelihood[allowed[0]]): the move says nothing"
    }
    let chances = allowed.map { "\(likelihood[$0]) if \(names[$0])" }.joined(separator: ", ")
    let sum = allowed.map { "\(before[$0]) × \(likelihood[$0])" }.joined(separator: " + ")
    let terms = allowed.map { "\(names[$0]) \(before[$0]) × \(likelihood[$0]) / (\(sum)) = \(after[$0])" }
    return "Bayes' rule: \(move) has chance \(chances); " + terms.joined(separator: ", ")
  }
}

/// Every perfect Bayesian equilibrium of a two-type signalling game, exactly, by
/// the method of the textbooks (Gibbons 1992, §4.2; Fudenberg and Tirole 1991,
/// §8.2.1 and §11.2): guess the sender's strategy, derive the beliefs on the path by
/// Bayes' rule, the receiver's best replies, and check each type; then find the
/// beliefs off the path that keep every type from deviating.
///
/// 1. **Pure sender strategies** (pooling and separating): for each assignment of a
///    message to each type, the receiver's belief after each sent message is the
///    prior restricted to its senders; its reply is any pure best reply there
///    (a tie is reported as a degeneracy). The profile is kept when no type gains by
///    sending another sent message, and every unsent message has at least one
///    *deterring* reply: a pure reply, or a mixture of two replies at the belief
///    where the receiver is indifferent between them, that is a best reply for some
///    belief and gives no type more than its equilibrium payoff. Every deterring
///    reply is reported with the interval of beliefs that supports it.
/// 2. **Semi-separating** (one type mixes): type `k` sends `n` with probability `q`
///    and `m′` otherwise, while the other type sends `n`. For the mixing to be a
///    best reply, `k` must be indifferent, which (generically) needs the receiver to
///    mix after `n` between two replies `a`, `b`; it can only if its posterior is
///    the belief `μ*` at which it is indifferent, which fixes
///    `q = ν·π_j / (π_k·(1 − ν))` (`ν` the posterior of `k` at `μ*`, `π` the prior).
///    The receiver's mixture `r` (probability of `a`) is fixed by `k`'s indifference:
///    `r·u_k(n, a) + (1 − r)·u_k(n, b) = u_k(m′, reply to m′)`. Kept when
///    `0 < q < 1`, `0 < r < 1`, the other type does not gain by `m′`, and every
///    unsent message has a deterring reply as in step 1.
///
/// Not listed (stated, not hidden): equilibria in which both types mix, a type
/// mixes over three or more messages, or the receiver mixes over three or more
/// replies; and, where payoffs tie so that an equilibrium is one point of a
/// continuum, the continuum (a `Degeneracy` says where). For generic payoffs with
/// two messages and two replies the list is complete.
///
/// Complexity: O(M² · A² · M · A) for M messages and A replies per message.
public enum SignallingEquilibria {
  public struct Unsupported: Error, Sendable, Hashable, CustomStringConvertible {
    public var types: Int
    public var description: String {
      "equilibria of signalling games are enumerated for two types; this game has \(types)"
    }
  }

  public static func enumerate(_ game: SignallingGame) throws(Unsupported) -> SignallingAnalysis {
    guard game.types.count == 2 else { throw Unsupported(types: game.types.count) }
    var search = Search(game: game)
    search.pureSenders()
    search.semiSeparating()
    return SignallingAnalysis(game: game, equilibria: search.found, degeneracies: search.degeneracies)
  }

  struct Search {
    let game: SignallingGame
    var found: [SignallingEquilibrium] = []
    var degeneracies: [SignallingAnalysis.Degeneracy] = []

    init(game: SignallingGame) { self.game = game }

    mutating func note(_ d: SignallingAnalysis.Degeneracy) {
      if !degeneracies.contains(d) { degeneracies.append(d) }
    }

    /// The belief (probability of `types[0]`) when only type `t` sends a message.
    func revealing(_ t: Int) -> Rational { t == 0 ? .one : .zero }

    /// Every way of picking one element from each list.
    func product(_ lists: [[Int]]) -> [[Int]] {
      lists.reduce([[Int]]([[]])) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
    }

    /// Step 1.
    mutating func pureSenders() {
      let M = game.messages.indices
      for s0 in M {
        for s1 in M {
          let send = [s0, s1]
          let onPath = M.map { send.contains($0) }
          var belief = [Rational](repeating: .zero, count: game.messages.count)
          for m in M where onPath[m] { belief[m] = s0 == s1 ? game.prior[0] : revealing(send.firstIndex(of: m)!) }
          var choices = [[Int]]()
          for m in M where onPath[m] {
            let best = game.bestReplies(m, belief: belief[m])
            if best.count > 1 { note(.onPathTie(message: m, replies: best)) }
            choices.append(best)
          }
          for combination in product(choices) {
            var replies = M.map { game.pure($0, 0) }
            for (m, a) in zip(M.filter { onPath[$0] }, combination) { replies[m] = game.pure(m, a) }
            let strategy = [0, 1].map { t in M.map { $0 == send[t] ? Rational.one : .zero } }
            let payoffs = [0, 1].map { game.senderValue($0, send[$0], replies[send[$0]]) }
            let stays = [0, 1].allSatisfy { t in
              M.allSatisfy { m in !onPath[m] || game.senderValue(t, m, replies[m]) <= payoffs[t] }
            }
            guard stays else { continue }
            keep(strategy: strategy, onPath: onPath, beliefs: belief, replies: replies, payoffs: payoffs,
                 kind: s0 == s1 ? .pooling : .separating)
          }
        }
      }
    }

    /// Step 2.
    mutating func semiSeparating() {
      let M = game.messages.indices
      for k in 0..<2 {
        let j = 1 - k
        for n in M {
          for other in M where other != n {
            for a in game.replies[n].indices {
              for b in game.replies[n].indices where b > a {
                guard let range = game.beliefInterval(n, replies: [a, b]) else { continue }
                guard range.lowerBound == range.upperBound else {
                  note(.continuum(type: k, messages: [n, other]))
                  continue
                }
                let ν = k == 0 ? range.lowerBound : .one - range.lowerBound
                guard ν > .zero, ν < .one else { continue }
                let q = ν * game.prior[j] / (game.prior[k] * (.one - ν))
                guard q > .zero, q < .one else { continue }
                let replyChoices = game.bestReplies(other, belief: revealing(k))
                if replyChoices.count > 1 { note(.onPathTie(message: other, replies: replyChoices)) }
                for c in replyChoices {
                  let target = game.senderPayoff[k][other][c]
                  let ua = game.senderPayoff[k][n][a], ub = game.senderPayoff[k][n][b]
                  guard ua != ub else {
                    if ua == target { note(.continuum(type: k, messages: [n, other])) }
                    continue
                  }
                  let r = (target - ub) / (ua - ub)
                  guard r > .zero, r < .one else { continue }
                  var replies = M.map { game.pure($0, 0) }
                  replies[n] = game.replies[n].indices.map { $0 == a ? r : $0 == b ? .one - r : .zero }
                  replies[other] = game.pure(other, c)
                  let payoffs = [0, 1].map { t in t == k ? target : game.senderValue(t, n, replies[n]) }
                  guard game.senderValue(j, other, replies[other]) <= payoffs[j] else { continue }
                  var strategy = [[Rational]](repeating: M.map { _ in .zero }, count: 2)
                  strategy[j][n] = .one
                  strategy[k][n] = q
                  strategy[k][other] = .one - q
                  var beliefs = M.map { _ in Rational.zero }
                  beliefs[n] = range.lowerBound
                  beliefs[other] = revealing(k)
                  keep(strategy: strategy, onPath: M.map { $0 == n || $0 == other }, beliefs: beliefs,
                       replies: replies, payoffs: payoffs, kind: .semiSeparating)
                }
              }
            }
          }
        }
      }
    }

    /// Adds the equilibrium if every unsent message has a deterring reply.
    mutating func keep(strategy: [[Rational]], onPath: [Bool], beliefs: [Rational], replies: [[Rational]],
                       payoffs: [Rational], kind: SignallingEquilibrium.Kind) {
      var beliefs = beliefs, replies = replies
      var offPath = [[SignallingEquilibrium.OffPathReply]]()
      for m in game.messages.indices {
        guard !onPath[m] else {
          offPath.append([])
          continue
        }
        let support = deterrents(m, payoffs: payoffs)
        guard let first = support.first else { return }
        offPath.append(support)
        beliefs[m] = first.beliefs.lowerBound
        replies[m] = first.mixture(count: game.replies[m].count, first: first.firstProbability.lowerBound)
      }
      let equilibrium = SignallingEquilibrium(
        strategy: strategy, onPath: onPath, beliefs: beliefs, replies: replies, offPath: offPath,
        typePayoffs: payoffs, receiverPayoff: game.receiverExpected(strategy: strategy, replies: replies),
        kind: kind, intuitive: IntuitiveCriterion.test(game, payoffs: payoffs, onPath: onPath))
      if !found.contains(equilibrium) { found.append(equilibrium) }
    }

    /// The replies to the unsent `m` that are best for some belief and give no
    /// type more than `payoffs`: pure ones, then two-reply mixtures.
    func deterrents(_ m: Int, payoffs: [Rational]) -> [SignallingEquilibrium.OffPathReply] {
      var support = [SignallingEquilibrium.OffPathReply]()
      let A = game.replies[m].indices
      for a in A {
        guard let beliefs = game.beliefInterval(m, replies: [a]),
          [0, 1].allSatisfy({ game.senderPayoff[$0][m][a] <= payoffs[$0] })
        else { continue }
        support.append(.init(replies: [a], firstProbability: Rational.one...Rational.one, beliefs: beliefs))
      }
      for a in A {
        for b in A where b > a {
          guard let beliefs = game.beliefInterval(m, replies: [a, b]) else { continue }
          // r·u(a) + (1 − r)·u(b) ≤ u*, for each type: r·(u(a) − u(b)) ≤ u* − u(b).
          var low = Rational.zero, high = Rational.one
          for t in 0..<2 {
            let ua = game.senderPayoff[t][m][a], ub = game.senderPayoff[t][m][b]
            let d = ua - ub, c = payoffs[t] - ub
            if d == .zero {
              if c < .zero { low = .one; high = .zero }
            } else if d > .zero {
              high = min(high, c / d)
            } else {
              low = max(low, c / d)
            }
          }
          // Keep only mixtures with both replies played: the endpoints 0 and 1 are
          // the pure replies, listed above when they deter.
          guard low <= high, high > .zero, low < .one, low != high || (low > .zero && low < .one) else { continue }
          support.append(.init(replies: [a, b], firstProbability: low...high, beliefs: beliefs))
        }
      }
      return support
    }
  }
}

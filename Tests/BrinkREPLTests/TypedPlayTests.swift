import Testing

@testable import BrinkREPL

/// `play as PLAYER`, `play MOVE` and `reveal` on `Scenarios/bluff-ladder.yaml` (issue
/// 14): the beliefs printed after each move are Bayes' rule worked by hand, the hidden
/// type is never printed before `reveal`, and a seed reproduces the game.
///
/// By hand (the file's comment): the prior is resolved 1/4, irresolute 3/4; in the
/// played equilibrium the resolved Defender threatens for sure and the irresolute one
/// with probability 2/3. After a threat: resolved (1/4 × 1) / (1/4 × 1 + 3/4 × 2/3)
/// = (1/4) / (3/4) = 1/3, irresolute 2/3. After quiet: (1/4 × 0) / (0 + 3/4 × 1/3) = 0,
/// irresolute 1. In round 2 the Defender's only move is to stand: it says nothing.
@Suite("Hand play with hidden types: play as, beliefs by Bayes' rule, reveal")
struct TypedPlayTests {
  static func session(seed: Int) -> Session {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("set seed \(seed)").error == nil)
    return s
  }

  static let afterThreat = "resolved 1/4, irresolute 3/4 -> resolved 1/3, irresolute 2/3"
  static let afterQuiet = "resolved 1/4, irresolute 3/4 -> resolved 0, irresolute 1"
  static let bayesThreat = "Bayes' rule: threaten has chance 1 if resolved, 2/3 if irresolute; resolved 1/4 × 1 / (1/4 × 1 + 3/4 × 2/3) = 1/3, irresolute 3/4 × 2/3 / (1/4 × 1 + 3/4 × 2/3) = 2/3"
  static let bayesQuiet = "Bayes' rule: quiet has chance 0 if resolved, 1/3 if irresolute; resolved 1/4 × 0 / (1/4 × 0 + 3/4 × 1/3) = 0, irresolute 3/4 × 1/3 / (1/4 × 0 + 3/4 × 1/3) = 1"

  @Test("as the Defender: the Challenger's belief about you after threaten and after quiet, by hand")
  func asDefender() {
    let s = Self.session(seed: 7)
    let start = s.execute("play as Defender")
    #expect(start.error == nil)
    #expect(start.output.contains("you play Defender; the model plays Challenger"))
    #expect(start.output.contains("Your type: resolved (Fights if pressed)") || start.output.contains("Your type: irresolute (Gives way if pressed)"))
    #expect(start.output.contains("What Challenger (the model) believes about you: resolved 1/4, irresolute 3/4"))
    #expect(start.output.hasSuffix("Now in crisis, round 1: The Defender decides whether to threaten in public. Your moves: threaten or quiet."))
    let threat = s.execute("play threaten")
    #expect(threat.error == nil)
    #expect(threat.output.contains("Round 1, crisis: Defender threaten, Challenger wait."))
    #expect(threat.output.contains("What Challenger (the model) believes about you: " + Self.afterThreat))
    #expect(threat.output.contains(Self.bayesThreat))
    #expect(s.prompt.contains("[after-threat, round 2]"))
    #expect(s.execute("undo").error == nil)
    let quiet = s.execute("play Defender=quiet")
    #expect(quiet.output.contains("What Challenger (the model) believes about you: " + Self.afterQuiet))
    #expect(quiet.output.contains(Self.bayesQuiet))
    let stand = s.execute("play stand")
    #expect(stand.output.contains("every type plays stand with chance 1: the move says nothing"))
    #expect(stand.output.contains("resolved 0, irresolute 1 -> resolved 0, irresolute 1"))
    #expect(stand.output.contains("The game ends in"))
    #expect(s.execute("play stand").error?.message.hasPrefix("the game has ended") == true)
  }

  @Test("as the Challenger, over 40 seeds: the belief follows the model's move, the type stays hidden until reveal")
  func asChallenger() throws {
    var types = Set<String>()
    for seed in 1...40 {
      let s = Self.session(seed: seed)
      var before = [s.execute("play as Challenger")]
      #expect(before[0].output.contains("You, Challenger, have no hidden type."))
      #expect(before[0].output.contains("Defender's type is hidden from you ('reveal' shows it): resolved or irresolute."))
      let first = s.execute("play wait")
      before.append(first)
      let threatened = first.output.contains("Defender threaten, Challenger wait")
      #expect(threatened || first.output.contains("Defender quiet, Challenger wait"))
      #expect(first.output.contains("What you should believe about Defender: " + (threatened ? Self.afterThreat : Self.afterQuiet)))
      before.append(s.execute("play \(threatened ? "back-off" : "press")"))
      for r in before {
        #expect(r.error == nil)
        for word in ["Types drawn", "Defender resolved", "Defender irresolute", "Your type", "Payoffs for", "-> payoffs"] {
          #expect(!r.output.contains(word), "seed \(seed): '\(word)' before reveal")
        }
      }
      let shown = s.execute("reveal")
      #expect(shown.error == nil)
      let resolved = shown.output.contains("Types drawn by nature: Defender resolved (prior 1/4; Fights if pressed).")
      #expect(resolved || shown.output.contains("Types drawn by nature: Defender irresolute (prior 3/4; Gives way if pressed)."))
      types.insert(resolved ? "resolved" : "irresolute")
      // The resolved type threatens for sure in the played equilibrium.
      if resolved { #expect(threatened) }
      // Payoffs for the type drawn: backing off after a threat [2, 0]; pressing after quiet
      // (only the irresolute type is quiet) [0, 1].
      #expect(shown.output.contains(threatened ? "Totals for these types (with the arrival payoffs): Defender 2, Challenger 0." : "Totals for these types (with the arrival payoffs): Defender 0, Challenger 1."))
      #expect(shown.output.contains("The game's record marks the types revealed after round 2;"))
    }
    #expect(types == ["resolved", "irresolute"])
  }

  @Test("the same seed gives the same game; reveal survives undo and later rounds show their payoffs")
  func reproducible() {
    func transcript(_ seed: Int) -> [String] {
      let s = Self.session(seed: seed)
      return ["play as Challenger", "play wait", "reveal", "play press"].map { s.execute($0).transcript }
    }
    #expect(transcript(3) == transcript(3))
    let s = Self.session(seed: 3)
    _ = s.execute("play as Challenger")
    _ = s.execute("play wait")
    #expect(s.execute("reveal").error == nil)
    #expect(s.execute("undo").error == nil)
    let again = s.execute("play wait")
    #expect(again.output.contains("Payoffs for the revealed types: Defender 0, Challenger 0."))
    #expect(s.execute("reveal").output.contains("revealed after round 1, when 'reveal' was first used"))
  }

  @Test("errors: untyped play on a typed scenario, the other side's move, reveal without a game")
  func errors() {
    let s = Self.session(seed: 1)
    #expect(s.execute("reveal").error?.message.hasPrefix("no game with hidden types") == true)
    #expect(s.execute("play Defender=quiet Challenger=wait").error?.message.hasPrefix("bluff-ladder has hidden types: choose your side first with 'play as PLAYER'") == true)
    #expect(s.execute("play as Nobody").error?.message == "no player named 'Nobody' (the players are Defender and Challenger)")
    _ = s.execute("play as Challenger")
    #expect(s.execute("play Defender=quiet").error?.message.hasPrefix("you play Challenger; the model plays Defender") == true)
    #expect(s.execute("play press").error?.message.hasPrefix("Challenger has no move 'press' in crisis") == true)
    for example in CommandSpec.reveal.examples { #expect(s.execute(example).error == nil) }
  }
}

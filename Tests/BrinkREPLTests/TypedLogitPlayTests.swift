import Foundation
import Testing

@testable import BrinkREPL

/// `play as`, `reveal` and `replay` under the logit variant (every player on
/// `logit`): the model's moves are drawn from the logit agent QRE's mixtures at the
/// public history reached, and the beliefs printed are Bayes' rule on the logit
/// strategies. The numbers are those checked elsewhere by hand: bluff-ladder at
/// λ = 25 (`TypedLogitSessionTests`: the irresolute Defender threatens with 0.6656,
/// the resolved one with 1.0000, so a threat moves the belief from 1/4 to 0.3337),
/// and the sequential signalling round at λ = 1 (`TypedLogitSequentialTests`:
/// x_a = P(m0 | a) = 0.7150, x_b = 0.1034, the Receiver presses after m0 with
/// ρ₀ = 0.2512 and after m1 with ρ₁ = 0.6710; after m0 it believes a with
/// ¼·0.7150 / (¼·0.7150 + ¾·0.1034) = 0.6975, after m1 with
/// ¼·0.2850 / (¼·0.2850 + ¾·0.8966) = 0.0958).
@Suite("REPL: play as, reveal and replay under the logit variant")
struct TypedLogitPlayTests {
  static func bluff(seed: Int) -> Session {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("set model Defender logit 25").error == nil)
    #expect(s.execute("set model Challenger logit 25").error == nil)
    #expect(s.execute("set seed \(seed)").error == nil)
    return s
  }

  /// The one sequential round of `TypedSequentialTests.signalling`, every player on
  /// `logit` with λ = 1, with a one-round script for `replay`.
  static let signalling = """
    format: brink-scenario/1
    name: logit-signalling
    title: One sequential signalling round under logit
    sources:
      - id: toy
        title: A record made up for this test
    players:
      Sender:
        moves: {m0: {description: Send m0}, m1: {description: Send m1}}
      Receiver:
        moves: {r0: {description: Press}, r1: {description: Back off}}
    calendar: {start: 2025-01-06, step: 7, rounds: 2}
    states:
      crisis:
        description: The Sender sends a message; the Receiver sees it and answers.
        order: Sender
        moves: {Sender: [m0, m1], Receiver: [r0, r1]}
        payoffs:
          m0: [[-3, 1], [-1, 0]]
          m1: [[0, 1], [2, 0]]
        transitions:
          any/r0: pressed
          any/r1: backed-off
      pressed: {terminal: true, description: Pressed.}
      backed-off: {terminal: true, description: Backed off.}
    types:
      Sender:
        a:
          prior: 1/4
          payoffs:
            crisis:
              m0: [[1, -2], [2, 0]]
              m1: [[1/2, -2], [3/2, 0]]
        b:
          prior: 3/4
    behaviour:
      Sender: {model: logit, lambda: 1}
      Receiver: {model: logit, lambda: 1}
    script:
      - round: 1
        Sender: m0
        Receiver: r0
        source: toy
    """

  static func sequential(seed: Int) throws -> Session {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("logit-signalling-\(UUID().uuidString).yaml").path
    try signalling.write(toFile: path, atomically: true, encoding: .utf8)
    let s = Session()
    #expect(s.execute("load \(path)").error == nil)
    #expect(s.execute("set seed \(seed)").error == nil)
    return s
  }

  static let afterThreat = "resolved 0.2500, irresolute 0.7500 -> resolved 0.3337, irresolute 0.6663"
  static let bayesThreat = "Bayes' rule: threaten has chance 1.0000 if resolved, 0.6656 if irresolute; resolved 0.2500 × 1.0000 / (0.2500 × 1.0000 + 0.7500 × 0.6656) = 0.3337, irresolute 0.7500 × 0.6656 / (0.2500 × 1.0000 + 0.7500 × 0.6656) = 0.6663"

  @Test("as the Defender: the model's belief about you after a threat, Bayes' rule on the logit strategies")
  func asDefender() {
    let s = Self.bluff(seed: 7)
    let start = s.execute("play as Defender")
    #expect(start.error == nil)
    #expect(start.output.contains("you play Defender; the model plays Challenger by the logit agent quantal response equilibrium (λ 25"))
    #expect(start.output.contains("What Challenger (the model) believes about you: resolved 0.2500, irresolute 0.7500"))
    #expect(start.output.hasSuffix("Now in crisis, round 1: The Defender decides whether to threaten in public. Your moves: threaten or quiet."))
    let threat = s.execute("play threaten")
    #expect(threat.error == nil)
    #expect(threat.output.contains("Round 1, crisis: Defender threaten, Challenger wait."))
    #expect(threat.output.contains("What Challenger (the model) believes about you: " + Self.afterThreat))
    #expect(threat.output.contains(Self.bayesThreat))
    #expect(s.prompt.contains("[after-threat, round 2]"))
    let stand = s.execute("play stand")
    #expect(stand.output.contains("every type plays stand with chance 1.0000: the move says nothing"))
    #expect(stand.output.contains("The game ends in"))
    #expect(s.execute("play stand").error?.message.hasPrefix("the game has ended") == true)
  }

  @Test("as the Challenger, over 30 seeds: the belief follows the model's move, the type hidden until reveal, seeds reproduce")
  func asChallenger() throws {
    var moves = Set<String>()
    for seed in 1...30 {
      let s = Self.bluff(seed: seed)
      var before = [s.execute("play as Challenger")]
      #expect(before[0].output.contains("Defender's type is hidden from you ('reveal' shows it): resolved or irresolute."))
      let first = s.execute("play wait")
      before.append(first)
      let threatened = first.output.contains("Defender threaten, Challenger wait")
      #expect(threatened || first.output.contains("Defender quiet, Challenger wait"))
      moves.insert(threatened ? "threaten" : "quiet")
      if threatened {
        #expect(first.output.contains("What you should believe about Defender: " + Self.afterThreat))
      } else {
        // After quiet: resolved 0.2500 × 3.1e-06 / (… + 0.7500 × 0.3344) = 3.1e-06.
        #expect(first.output.contains("What you should believe about Defender: resolved 0.2500, irresolute 0.7500 -> resolved 3.1e-06, irresolute 1.0000"))
      }
      before.append(s.execute("play press"))
      for r in before {
        #expect(r.error == nil)
        for word in ["Types drawn", "Your type", "Payoffs for", "-> payoffs"] {
          #expect(!r.output.contains(word), "seed \(seed): '\(word)' before reveal")
        }
      }
      let shown = s.execute("reveal")
      #expect(shown.error == nil)
      #expect(shown.output.contains("Types drawn by nature: Defender "))
      #expect(shown.output.contains("  Round 2, after-"))
      // The same seed, the same game.
      let again = Self.bluff(seed: seed)
      _ = again.execute("play as Challenger")
      #expect(again.execute("play wait").output == first.output)
    }
    #expect(moves == ["threaten", "quiet"])
  }

  @Test("a sequential round, as the Receiver: the Sender's lead is shown first, then the belief it implies")
  func sequentialAsReceiver() throws {
    var leads = Set<String>()
    for seed in 1...12 {
      let s = try Self.sequential(seed: seed)
      let start = s.execute("play as Receiver")
      #expect(start.error == nil)
      let m0 = start.output.contains("Sender moves first here and plays m0; you answer.")
      #expect(m0 || start.output.contains("Sender moves first here and plays m1; you answer."))
      leads.insert(m0 ? "m0" : "m1")
      let r = s.execute("play r1")
      #expect(r.error == nil)
      #expect(r.output.contains("Round 1, crisis: Sender \(m0 ? "m0" : "m1"), Receiver r1."))
      if m0 {
        #expect(r.output.contains("What you should believe about Sender: a 0.2500, b 0.7500 -> a 0.6975, b 0.3025"))
        #expect(r.output.contains("Bayes' rule: m0 has chance 0.7150 if a, 0.1034 if b; a 0.2500 × 0.7150 / (0.2500 × 0.7150 + 0.7500 × 0.1034) = 0.6975"))
      } else {
        #expect(r.output.contains("What you should believe about Sender: a 0.2500, b 0.7500 -> a 0.0958, b 0.9042"))
      }
      #expect(r.output.contains("The game ends in backed-off"))
    }
    #expect(leads == ["m0", "m1"])
  }

  @Test("a sequential round, as the Sender: the model answers your lead with its reply to it")
  func sequentialAsSender() throws {
    var answers = Set<String>()
    for seed in 1...20 {
      let s = try Self.sequential(seed: seed)
      #expect(s.execute("play as Sender").output.contains("Your type: "))
      let r = s.execute("play m0")
      #expect(r.error == nil)
      #expect(r.output.contains("What Receiver (the model) believes about you: a 0.2500, b 0.7500 -> a 0.6975, b 0.3025"))
      answers.insert(r.output.contains("Sender m0, Receiver r0.") ? "r0" : "r1")
    }
    // ρ₀ = 0.2512: both answers occur over 20 seeds (the chance that one is missing is below 0.004).
    #expect(answers == ["r0", "r1"])
  }

  @Test("replay: the record's chances under the logit answer, the lead-dependent reply, and the belief the lead implies")
  func replay() throws {
    let s = try Self.sequential(seed: 1)
    let r = s.execute("replay")
    #expect(r.error == nil)
    #expect(r.output.contains("the record against the logit agent quantal response equilibrium (λ: Sender 1, Receiver 1)"))
    // The Sender's m0: ¼·0.7150 + ¾·0.1034 = 0.2563; the Receiver's press after m0: ρ₀.
    #expect(r.output.contains("Round 1, crisis: Sender m0 (chance 0.2563), Receiver r0 (chance 0.2512)"))
    #expect(r.output.contains("  belief about Sender: a 0.2500, b 0.7500 → a 0.6975, b 0.3025"))
    #expect(r.output.contains("    Bayes' rule: m0 has chance 0.7150 if a, 0.1034 if b"))
  }

  @Test("the typed default under logit: its tree of public histories is past the limit, and the error says so with its size")
  func typedDefaultTooLarge() {
    let s = Session()
    #expect(s.execute("load us-china-2025-10-types").error == nil)
    #expect(s.execute("set model US logit 5").error == nil)
    #expect(s.execute("set model China logit 5").error == nil)
    let r = s.execute("solve")
    #expect(r.error?.message.contains("public histories, more than the limit of 20000, and ") == true)
    #expect(r.error?.message.contains("type-agent moves, where the dense Newton solve handles at most 400; use fewer rounds or the 'equilibrium' model") == true)
  }
}

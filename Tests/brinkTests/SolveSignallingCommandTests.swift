import Foundation
import Testing

/// `brink solve FILE.efg` on a signalling game, end to end: the perfect Bayesian
/// equilibria in text (compared exactly) and JSON; a tree of another shape keeps
/// the strategic-form report.
@Suite("brink solve on signalling games (end to end)")
struct SolveSignallingCommandTests {
  let path = BrinkProcess.packageRoot.appendingPathComponent("Scenarios/beer-quiche.efg").path

  @Test("beer-quiche: both pooling equilibria, their off-path support, class, intuitive criterion and narration")
  func text() throws {
    let run = try BrinkProcess.run(["solve", path])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == """
      Beer-quiche (Cho and Kreps 1987) (\(path)): a signalling game
        Sender's types (chance): strong 9/10 (0.9), weak 1/10 (0.1)
        Sender sends: beer, quiche
        Receiver replies after beer: duel, not duel
        Receiver replies after quiche: duel, not duel

      Perfect Bayesian equilibria: 2 (beliefs are Receiver's chance that Sender is strong; Bayes' rule where a message is sent)

      1. pooling on beer (passes the intuitive criterion)
         Sender: strong beer; weak beer
         after beer: believes strong 9/10 (0.9); replies not duel
         after quiche (never sent): duel, believing strong at most 1/2 (0.5); or believing strong exactly 1/2 (0.5), duel with probability at least 1/2 (0.5) (else not duel)
         payoffs: strong 3, weak 2; Receiver 9/10 (0.9)
         Every type sends beer, so beer says nothing: Receiver keeps its prior (strong 9/10 (0.9)) and replies not duel. No type sends quiche: Receiver would reply duel, and then none would gain by it. The strong type would not send quiche whatever Receiver then did (at most 2, against 3 here); believing it came from the weak type, Receiver could reply duel, which does not pay it more than here: it passes the intuitive criterion (Cho and Kreps 1987).

      2. pooling on quiche (fails the intuitive criterion)
         Sender: strong quiche; weak quiche
         after beer (never sent): duel, believing strong at most 1/2 (0.5); or believing strong exactly 1/2 (0.5), duel with probability at least 1/2 (0.5) (else not duel)
         after quiche: believes strong 9/10 (0.9); replies not duel
         payoffs: strong 2, weak 3; Receiver 9/10 (0.9)
         Every type sends quiche, so quiche says nothing: Receiver keeps its prior (strong 9/10 (0.9)) and replies not duel. No type sends beer: Receiver would reply duel, and then none would gain by it. But the weak type would not send beer whatever Receiver then did (at most 2, against 3 here), so beer should reveal the strong type; believing that, Receiver replies not duel, and the strong type would get 3 instead of 2: it fails the intuitive criterion (Cho and Kreps 1987).

      """)
  }

  @Test("--json: one object of kind signalling, exact strings")
  func json() throws {
    let run = try BrinkProcess.run(["solve", "--json", path])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "signalling")
    #expect(object["prior"] as? [String] == ["9/10", "1/10"])
    let equilibria = try #require(object["equilibria"] as? [[String: Any]])
    #expect(equilibria.map { $0["class"] as? String } == ["pooling", "pooling"])
    #expect(equilibria.map { $0["intuitiveCriterion"] as? Bool } == [true, false])
  }

  @Test("a tree that is not a signalling game keeps the strategic-form report")
  func other() throws {
    let run = try BrinkProcess.run(["solve", BrinkProcess.fixture("entry-deterrence.efg")])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Nash equilibria"))
    #expect(!run.stdout.contains("Perfect Bayesian"))
  }
}

import BrinkCore
import Foundation
import Testing

/// `brink solve`, run end to end as a built binary: output, stderr and exit codes.
@Suite("brink solve (end to end)")
struct SolveCommandTests {
  let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")

  @Test("a readable report on stdout, plain ASCII when piped, exit 0")
  func report() throws {
    let run = try BrinkProcess.run(["solve", "--method", "pure", pd])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == """
      Prisoner's Dilemma (\(pd))
      2 players, 2 x 2 strategies

      +--------------+-----------+--------+
      | Row \\ Column | Cooperate | Defect |
      +--------------+-----------+--------+
      | Cooperate    |  3, 3     |  0, 5* |
      | Defect       | 5*, 0     | 1*, 1* |
      +--------------+-----------+--------+
      * best response

      Pure Nash equilibria: 1
        1. pure (Defect, Defect); payoffs Row 1, Column 1

      """)
    #expect(!run.stdout.contains("\u{1B}"))
  }

  @Test("--json for one file prints one object with exact strings")
  func jsonOne() throws {
    let run = try BrinkProcess.run(["solve", "--json", "--method", "pure", pd])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["file"] as? String == pd)
    #expect(object["players"] as? [String] == ["Row", "Column"])
    #expect(object["strategies"] as? [[String]] == [["Cooperate", "Defect"], ["Cooperate", "Defect"]])
    let equilibria = try #require(object["equilibria"] as? [[String: Any]])
    #expect(equilibria.count == 1)
    #expect(equilibria[0]["profile"] as? [[String]] == [["0", "1"], ["0", "1"]])
    #expect(equilibria[0]["payoffs"] as? [String] == ["1", "1"])
  }

  @Test("several files, one broken: the others are still solved, the error names file:line:column, exit 1")
  func brokenFileAmongGood() throws {
    let bad = try BrinkProcess.temporaryFile("NFG 1 R \"bad\" { \"a\" \"b\" } { 2 2 }\n1 2 3 x 5 6 7 8\n", name: "bad.nfg")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bad).deletingLastPathComponent().path) }
    let three = BrinkProcess.fixture("three-player.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "pure", "--json", pd, bad, three])
    #expect(run.status == 1)
    #expect(run.stderr == """
      \(bad):2:7: error: expected a payoff (a number), found 'x'
        1 2 3 x 5 6 7 8
              ^

      """)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(array.map { $0["file"] as? String } == [pd, bad, three])
    #expect((array[1]["error"] as? String)?.hasPrefix("\(bad):2:7: error:") == true)
    // N players: the pure equilibria, and no components.
    #expect((array[2]["equilibria"] as? [Any])?.count == 2)
    #expect(array[2]["components"] == nil)
  }

  @Test("a missing file is exit 1 with the path on stderr; text mode still reports the others")
  func missingFile() throws {
    let run = try BrinkProcess.run(["solve", "--method", "pure", "/nonexistent/game.nfg", pd])
    #expect(run.status == 1)
    #expect(run.stderr == "/nonexistent/game.nfg: error: cannot read the file: No such file or directory\n")
    #expect(run.stdout.hasPrefix("Prisoner's Dilemma ("))
  }

  @Test("'-' reads a game from standard input")
  func standardInput() throws {
    let game = "NFG 1 R \"\" { \"A\" \"B\" } { 2 2 }\n1 1 0 0 0 0 1 1\n"
    let run = try BrinkProcess.run(["solve", "--method", "pure", "--json", "-"], stdin: game)
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["file"] as? String == "<stdin>")
    #expect((object["equilibria"] as? [Any])?.count == 2)
  }

  @Test("two-player methods on a three-player game: a per-file error, exit 1")
  func unsupportedMethod() throws {
    let three = BrinkProcess.fixture("three-player.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "lh", three])
    #expect(run.status == 1)
    #expect(run.stderr == "\(three): error: method 'lh' needs a two-player game; this game has 3 players\n")
  }

  @Test("usage errors exit 2 with the usage on stderr", arguments: [
    ["solve"],
    ["solve", "--method", "simplex", "x.nfg"],
    ["solve", "--frobnicate", "x.nfg"],
    ["--no-such-option"],
  ])
  func usageErrors(_ arguments: [String]) throws {
    let run = try BrinkProcess.run(arguments)
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("Error: "))
    #expect(run.stderr.contains("Usage: brink"))
  }

  @Test("help and version exit 0")
  func help() throws {
    let help = try BrinkProcess.run(["solve", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: brink solve <files> ... [--json] [--method <method>]"))
    let version = try BrinkProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
  }
}

/// The methods backed by the dominance and linear-programming solvers.
@Suite("brink solve --method dominance|maximin (end to end)")
struct SolveMethodsTests {
  @Test("dominance on Selten's game: the report's elimination steps")
  func dominance() throws {
    let selten = BrinkProcess.fixture("selten-payoff.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "dominance", selten])
    #expect(run.status == 0)
    #expect(run.stdout.contains("""
      | 1                   | 1*, 1* |  1, 1* |
      | (2)                 |  0,  2 |  0, 3* |
      | 3                   |  0, 2* | 2*,  0 |
      +---------------------+--------+--------+
      * best response   (s) eliminated by iterated strict dominance

      Iterated elimination of strictly dominated strategies (by pure or mixed strategies):
        1. Player 1: 2 is strictly dominated by 1
        Remaining: Player 1 {1, 3}; Player 2 {1, 2}
      """))
    // Weak dominance then removes Player 2's second strategy, and Player 1's third.
    #expect(run.stdout.hasSuffix("  Remaining: Player 1 {1}; Player 2 {1}\n"))
  }

  @Test("dominance --json: strict and weak eliminations with steps and what remains")
  func dominanceJSON() throws {
    let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "dominance", "--json", pd])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let dominance = try #require(object["dominance"] as? [String: [String: Any]])
    #expect(dominance.keys.sorted() == ["strict", "weak"])
    let steps = try #require(dominance["strict"]?["steps"] as? [[String: Any]])
    // Defect strictly dominates Cooperate for both players (Axelrod 1984).
    #expect(steps.map { $0["player"] as? Int } == [0, 1])
    #expect(steps.map { $0["dominator"] as? [String] } == [["0", "1"], ["0", "1"]])
    #expect(dominance["strict"]?["remaining"] as? [[Int]] == [[1], [1]])
  }

  @Test("maximin on matching pennies: 1/2–1/2 for both and value 0 (von Neumann 1928)")
  func maximin() throws {
    let pennies = BrinkProcess.fixture("matching-pennies.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "maximin", pennies])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("""
      Security strategies (maximin, by linear programming):
        Matcher:    Heads 1/2 (0.5), Tails 1/2 (0.5); guarantees 0
        Mismatcher: Heads 1/2 (0.5), Tails 1/2 (0.5); guarantees 0
      The game is zero-sum; its value (to Matcher) is 0.

      """))
    let json = try BrinkProcess.run(["solve", "--method", "maximin", "--json", pennies])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let security = try #require(object["security"] as? [[String: Any]])
    #expect(security.map { $0["strategy"] as? [String] } == [["1/2", "1/2"], ["1/2", "1/2"]])
    #expect(object["value"] as? String == "0")
  }

  @Test("maximin on a game that is not zero-sum reports guarantees and no value")
  func maximinGeneralSum() throws {
    let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")
    let run = try BrinkProcess.run(["solve", "--method", "maximin", pd])
    #expect(run.stdout.hasSuffix("""
        Row:    Defect; guarantees 1
        Column: Defect; guarantees 1
      The game is not zero-sum, so these are guarantees, not a value of the game.

      """))
  }
}

/// The default method (`all`) and Lemke–Howson, on games with cited answers.
@Suite("brink solve --method all|lh (end to end)")
struct SolveAllTests {
  @Test("von Stengel's degenerate 3x2 game: three extreme equilibria, the first two one component")
  func degenerateJSON() throws {
    // Answer: von Stengel (2007), Algorithmic Game Theory ch. 3, §3.4; see the fixture's comment.
    let path = BrinkProcess.fixture("von-stengel-degenerate.nfg")
    let run = try BrinkProcess.run(["solve", "--json", path])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == """
      {
        "file": "\(path)",
        "players": ["I", "II"],
        "strategies": [
          ["T", "M", "B"],
          ["l", "r"]
        ],
        "equilibria": [
          {
            "profile": [
              ["1", "0", "0"],
              ["1", "0"]
            ],
            "payoffs": ["3", "3"]
          },
          {
            "profile": [
              ["1", "0", "0"],
              ["2/3", "1/3"]
            ],
            "payoffs": ["3", "3"]
          },
          {
            "profile": [
              ["0", "1/3", "2/3"],
              ["1/3", "2/3"]
            ],
            "payoffs": ["4", "8/3"]
          }
        ],
        "components": [
          [0, 1],
          [2]
        ],
        "nashSubsets": [
          [0, 1],
          [2]
        ]
      }

      """)
  }

  @Test("battle of the sexes report: the mixed equilibrium at 2/3 with decimals (Luce and Raiffa 1957)")
  func battleOfTheSexes() throws {
    let run = try BrinkProcess.run(["solve", BrinkProcess.fixture("battle-of-the-sexes.nfg")])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("""
      Nash equilibria (all extreme equilibria, by vertex enumeration): 3
        1. pure (Ballet, Ballet); payoffs Wife 2, Husband 1
        2. mixed
           Wife:    Ballet 2/3 (0.6667), Boxing 1/3 (0.3333)
           Husband: Ballet 1/3 (0.3333), Boxing 2/3 (0.6667)
           payoffs Wife 2/3 (0.6667), Husband 2/3 (0.6667)
        3. pure (Boxing, Boxing); payoffs Wife 1, Husband 2

      Maximal Nash subsets (each convex: every mixture of the equilibria in one set is an equilibrium; numbers as above): {1}, {2}, {3}
      Components (connected sets of equilibria, each a union of maximal Nash subsets; one made of several is not convex): {1}, {2}, {3}

      """))
    #expect(run.stdout.contains("Classic game: "))
  }

  @Test("N players with the default method: the pure equilibria and no components")
  func threePlayersDefault() throws {
    let run = try BrinkProcess.run(["solve", "--json", BrinkProcess.fixture("three-player.nfg")])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let equilibria = try #require(object["equilibria"] as? [[String: Any]])
    #expect(equilibria.map { $0["payoffs"] as? [String] } == [["1", "1", "1"], ["2", "2", "2"]])
    #expect(object["components"] == nil)
  }

  @Test("lh finds one equilibrium, and it passes the exact best-response oracle", arguments: [
    "von-stengel-degenerate.nfg", "battle-of-the-sexes.nfg", "matching-pennies.nfg", "prisoners-dilemma.nfg",
  ])
  func lemkeHowson(_ name: String) throws {
    let path = BrinkProcess.fixture(name)
    let run = try BrinkProcess.run(["solve", "--method", "lh", "--json", path])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let equilibria = try #require(object["equilibria"] as? [[String: Any]])
    #expect(equilibria.count == 1)
    let profile = try #require(equilibria.first?["profile"] as? [[String]])
    let exact = try profile.map { try $0.map { try #require(Rational($0)) } }
    let game = try #require(try gameFromReport(path))
    #expect(EquilibriumOracle.isEquilibrium(exact, of: game))
  }

  /// The game as `brink solve --method pure --json` sees it, rebuilt from the
  /// report's strategies and the payoffs of the `.nfg` file's payoff version.
  func gameFromReport(_ path: String) throws -> StrategicGame? {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    guard let body = text.components(separatedBy: "\n\n").last else { return nil }
    let numbers = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Rational(String($0)) }
    let run = try BrinkProcess.run(["solve", "--method", "pure", "--json", path])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    guard let players = object?["players"] as? [String], let strategies = object?["strategies"] as? [[String]]
    else { return nil }
    let n = players.count
    guard numbers.count % n == 0 else { return nil }
    let payoffs = stride(from: 0, to: numbers.count, by: n).map { Array(numbers[$0..<($0 + n)]) }
    return StrategicGame(players: players, strategies: strategies, payoffs: payoffs)
  }
}

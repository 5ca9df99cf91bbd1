import BrinkCore
import BrinkFormats
import Testing

/// Gambit `.efg` files: read exactly, turned into their strategic form, solved; and
/// every equilibrium the strategic-form solver reports is checked on the tree
/// itself (no player gains by switching to any pure strategy, each payoff computed
/// by walking the tree, independently of the strategic-form table).
@Suite struct EFGReaderTests {
  static func game(_ name: String) throws -> ExtensiveGame {
    try EFGReader.parse(Fixtures.text(name), file: name).game
  }

  /// The largest gain any player has from a pure deviation, computed on the tree.
  static func regret(_ game: ExtensiveGame, _ form: StrategicGame, _ profile: MixedProfile) -> Rational {
    let plans = form.strategies.indices.map { p in form.strategies[p].map { name in name.split(separator: "/").map(String.init) } }
    func choices(_ p: Int, _ s: Int) -> [Int] {
      zip(game.infosets[p], plans[p][s]).map { set, action in set.actions.firstIndex(of: action)! }
    }
    // Expected payoffs of a profile of mixed strategies, pure profile by pure profile.
    func value(_ mixes: MixedProfile) -> [Rational] {
      var total = [Rational](repeating: .zero, count: game.players.count)
      for i in mixes[0].indices where mixes[0][i] != .zero {
        for j in mixes[1].indices where mixes[1][j] != .zero {
          let u = game.expectedPayoffs(choices: [choices(0, i), choices(1, j)])
          for p in total.indices { total[p] = total[p] + mixes[0][i] * mixes[1][j] * u[p] }
        }
      }
      return total
    }
    let base = value(profile)
    var worst = Rational.zero
    for p in 0..<2 {
      for s in profile[p].indices {
        var deviation = profile
        deviation[p] = profile[p].indices.map { $0 == s ? Rational(1, 1) : .zero }
        let gain = value(deviation)[p] - base[p]
        if gain > worst { worst = gain }
      }
    }
    return worst
  }

  @Test("entry deterrence: the strategic form and its equilibria (Selten 1978)")
  func entryDeterrence() throws {
    let game = try Self.game("entry-deterrence.efg")
    #expect(game.players == ["Entrant", "Incumbent"])
    #expect(game.nodes.count == 5)
    let form = try game.strategicForm()
    #expect(form.strategies == [["out", "in"], ["fight", "accommodate"]])
    let m = try #require(form.bimatrix)
    #expect(m.a == [[r(0), r(0)], [r(-1), r(1)]])
    #expect(m.b == [[r(2), r(2)], [r(-1), r(1)]])
    // Extreme equilibria: (in, accommodate), (out, fight) and (out, fight 1/2):
    // out is a best reply while the Incumbent fights with probability at least 1/2.
    let equilibria = m.extremeEquilibria()
    let found = Set(equilibria.map { $0.profile })
    let expected: Set<MixedProfile> = [
      [[r(0), r(1)], [r(0), r(1)]],  // in, accommodate
      [[r(1), r(0)], [r(1), r(0)]],  // out, fight
      [[r(1), r(0)], [r(1, 2), r(1, 2)]],  // out, fight with probability 1/2
    ]
    #expect(found == expected)
    for e in equilibria { #expect(Self.regret(game, form, e.profile) == .zero) }
  }

  @Test("a signalling game with chance and information sets: payoffs by hand, every equilibrium checked on the tree")
  func signalling() throws {
    let game = try Self.game("duel-signal.efg")
    #expect(game.infosets[0].map(\.name) == ["strong", "weak"])
    #expect(game.infosets[1].map(\.name) == ["after beer", "after quiche"])
    let form = try game.strategicForm()
    #expect(form.shape == [4, 4])
    #expect(form.strategies[0] == ["beer/beer", "beer/quiche", "quiche/beer", "quiche/quiche"])
    // Strong drinks beer and is left alone (2, 0) with chance 1/3; weak eats
    // quiche and is challenged (0, 1) with chance 2/3: (2/3, 2/3).
    let i = form.strategies[0].firstIndex(of: "beer/quiche")!, j = form.strategies[1].firstIndex(of: "walk/duel")!
    #expect(form.payoff(0, at: [i, j]) == Rational(2, 3))
    #expect(form.payoff(1, at: [i, j]) == Rational(2, 3))
    // That separating profile is not an equilibrium: the weak type gains 1 by beer.
    let separating: MixedProfile = [(0..<4).map { $0 == i ? Rational(1, 1) : .zero }, (0..<4).map { $0 == j ? Rational(1, 1) : .zero }]
    #expect(Self.regret(game, form, separating) == Rational(2, 3))
    let equilibria = try #require(form.bimatrix).extremeEquilibria()
    #expect(!equilibria.isEmpty)
    for e in equilibria { #expect(Self.regret(game, form, e.profile) == .zero, "\(e.profile)") }
  }

  @Test("errors point at the line and column", arguments: [
    ("EFG 2 R \"x\" { \"A\" \"B\" }\nc \"\" 1 \"\" { \"h\" 1/2 \"t\" 1/3 } 0\nt \"\" 0\nt \"\" 0\n",
     "bad.efg:2:11: error: the chance probabilities sum to 5/6, not 1"),
    ("EFG 2 R \"x\" { \"A\" \"B\" }\np \"\" 3 1 \"\" { \"a\" } 0\nt \"\" 0\n",
     "bad.efg:2:6: error: player 3 does not exist (the game has 2)"),
    ("EFG 2 R \"x\" { \"A\" \"B\" }\np \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 1 \"o\" { 1 }\nt \"\" 0\n",
     "bad.efg:3:6: error: outcome 1 has 1 payoffs; the game has 2 players"),
    ("EFG 2 R \"x\" { \"A\" \"B\" }\np \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\n",
     "bad.efg:3:7: error: expected a node: 'c' (chance), 'p' (player) or 't' (terminal), found end of file"),
    ("EFG 2 R \"x\" { \"A\" \"B\" }\np \"\" 1 1 \"\" { \"a\" } 0\np \"\" 2 1 0\nt \"\" 0\n",
     "bad.efg:3:10: error: expected the actions of information set 1 of player 2 (\"B\") ('{'), which appears here first"),
  ])
  func errors(text: String, message: String) throws {
    do {
      _ = try EFGReader.parse(text, file: "bad.efg")
      Issue.record("no error for \(text)")
    } catch let list as DiagnosticList {
      #expect(list.description.hasPrefix(message), "\(list.description)")
    }
  }

  @Test("the .nfg reader hands an extensive game's strategic form to every game reader")
  func throughTheGameReader() throws {
    let file = try NFGReader.parse(Fixtures.text("entry-deterrence.efg"), file: "entry.efg")
    #expect(file.game.strategies == [["out", "in"], ["fight", "accommodate"]])
    #expect(file.comment.contains("strategic form of an extensive game"))
  }
}

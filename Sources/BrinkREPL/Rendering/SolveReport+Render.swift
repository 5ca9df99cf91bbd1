import BrinkCore

extension SolveReport {
  // The analysis's parts, read by the sections below.
  var game: StrategicGame { analysis.game }
  var method: SolveMethod { analysis.method }
  var equilibria: [Equilibrium]? { analysis.equilibria }
  var components: [[Int]]? { analysis.components }
  var strictElimination: Dominance.Elimination? { analysis.strictElimination }
  var weakElimination: Dominance.Elimination? { analysis.weakElimination }
  var security: [SecurityStrategy]? { analysis.security }
  var zeroSumValue: Rational? { analysis.zeroSumValue }
  var constantSum: Rational? { analysis.constantSum }
  var classification: Classification2x2.Result? { analysis.classification }
  var paretoEfficient: [[Int]]? { analysis.paretoEfficient }
  var riskDominant: [Int]? { analysis.riskDominant }
  var complete: Bool { analysis.complete }

  /// Games with more cells than this are summarised without their matrix.
  public static let largestMatrixShown = 400

  /// The readable report: header, payoff matrix with best responses (and dominated
  /// strategies) marked, then the method's findings, with exact numbers and
  /// decimals alongside.
  public func render(style: RenderStyle) -> String {
    var sections = [header(style), matrix(style)]
    if let strictElimination {
      sections.append(EliminationRenderer.render(strictElimination, of: game, strength: .strict, style: style))
    }
    if let weakElimination {
      sections.append(EliminationRenderer.render(weakElimination, of: game, strength: .weak, style: style))
    }
    if let classification { sections.append(classic(classification, style)) }
    sections += equilibriaSections(style)
    if let security { sections.append(securitySection(security, style)) }
    if !complete && equilibria == nil { sections.append("Interrupted: the analysis is incomplete.") }
    return sections.joined(separator: "\n\n") + "\n"
  }

  func header(_ style: RenderStyle) -> String {
    let title = game.title.isEmpty ? file : "\(game.title) (\(file))"
    let shape = game.shape.map(String.init).joined(separator: " \(style.times) ")
    let players = game.playerCount == 1 ? "1 player" : "\(game.playerCount) players"
    return style.paint(title, .bold) + "\n\(players), \(shape) strategies"
  }

  func matrix(_ style: RenderStyle) -> String {
    guard game.profileCount <= Self.largestMatrixShown else {
      return "(The payoff matrix has \(game.profileCount) cells; it is not shown above \(Self.largestMatrixShown).)"
    }
    var highlight = MatrixHighlight(dominatedNote: "eliminated by iterated strict dominance")
    if let elimination = strictElimination {
      highlight.dominated = elimination.eliminated
    }
    if let equilibria {
      highlight.cells = Set(equilibria.filter(\.isPure).map { $0.supports.map { $0[0] } })
    }
    return MatrixRenderer.render(game, style: style, highlight: highlight)
  }

  func classic(_ result: Classification2x2.Result, _ style: RenderStyle) -> String {
    var lines = [style.paint("Classic game", .bold) + ": \(result.name). \(result.summary)"]
    if let paretoEfficient {
      lines.append("Pareto-efficient outcomes: " + paretoEfficient.map { pureProfile($0) }.joined(separator: ", "))
    }
    if let riskDominant {
      lines.append("Risk-dominant equilibrium (Harsanyi and Selten 1988): " + pureProfile(riskDominant))
    }
    return lines.joined(separator: "\n")
  }

  /// The equilibria as `brink solve` and the REPL's `solve` both show them: the
  /// numbered list (`EquilibriumRenderer`), then the components it forms. Empty
  /// when the method finds no equilibria.
  public func equilibriaText(style: RenderStyle) -> String {
    equilibriaSections(style).joined(separator: "\n\n")
  }

  func equilibriaSections(_ style: RenderStyle) -> [String] {
    guard let equilibria else { return [] }
    var sections = [equilibriaSection(equilibria, style)]
    guard !equilibria.isEmpty else { return sections }
    func list(_ sets: [[Int]]) -> String {
      sets.map { "{" + $0.map { "\($0 + 1)" }.joined(separator: ", ") + "}" }.joined(separator: ", ")
    }
    // Two different sets (Avis, Rosenberg, Savani and von Stengel 2010, §6): a maximal
    // Nash subset is convex; a component is a connected union of them, and one made
    // of two or more subsets is not convex (Jansen 1981), so it is never called one.
    var lines = [String]()
    if let nashSubsets = analysis.nashSubsets {
      lines.append(style.paint("Maximal Nash subsets", .bold)
                   + " (each convex: every mixture of the equilibria in one set is an equilibrium; numbers as above): "
                   + list(nashSubsets))
    }
    if let components {
      lines.append(style.paint("Components", .bold)
                   + " (connected sets of equilibria, each a union of maximal Nash subsets; one made of several is not convex): "
                   + list(components))
    }
    if !lines.isEmpty { sections.append(lines.joined(separator: "\n")) }
    return sections
  }

  func equilibriaSection(_ equilibria: [Equilibrium], _ style: RenderStyle) -> String {
    let how: String
    switch method {
    case .all where game.playerCount == 2: how = "Nash equilibria (all extreme equilibria, by vertex enumeration)"
    case .all, .pure: how = "Pure Nash equilibria"
    case .lh: how = "Nash equilibrium by Lemke\(style.dash)Howson (missing label 1: \(Labels.player(game, 0)) \(Labels.strategy(game, 0, 0)))"
    case .maximin, .dominance: how = "Nash equilibria"
    }
    var head = style.paint(how, .bold) + ": " + (equilibria.isEmpty ? "none" : "\(equilibria.count)")
    if !complete { head += " (interrupted: the list is incomplete)" }
    return equilibria.isEmpty ? head : head + "\n" + EquilibriumRenderer.list(equilibria, of: game)
  }

  func securitySection(_ security: [SecurityStrategy], _ style: RenderStyle) -> String {
    var lines = [style.paint("Security strategies", .bold) + " (maximin, by linear programming):"]
    let width = game.players.indices.map { Labels.player(game, $0).count }.max() ?? 0
    for (k, s) in security.enumerated() {
      lines.append("  " + (Labels.player(game, k) + ":").padding(width + 1) + " "
                   + EquilibriumRenderer.mixture(s.strategy, player: k, of: game) + "; guarantees " + Labels.exact(s.value))
    }
    if let zeroSumValue {
      let kind = (constantSum ?? .zero).isZero ? "zero-sum" : "constant-sum (the payoffs add up to \(Labels.exact(constantSum!)))"
      lines.append("The game is \(kind); its value (to \(Labels.player(game, 0))) is \(Labels.exact(zeroSumValue)).")
    } else {
      lines.append("The game is not zero-sum, so these are guarantees, not a value of the game.")
    }
    return lines.joined(separator: "\n")
  }

  func pureProfile(_ profile: [Int]) -> String { EquilibriumRenderer.pureProfile(profile, of: game) }
}

import BrinkCore
import BrinkFormats

/// `export`: the current game, or the session's last results, to a file, in the
/// documents the command-line tool writes, so a REPL session and a script give the
/// same files:
///
///     export nfg|csv FILE              the current game (Gambit .nfg, or one line per cell)
///     export simulation json|csv FILE  the last 'simulate' (as brink simulate --json/--csv)
///     export solution json FILE        the last 'solve' (as brink solve --json)
///     export chart FILE                the last 'simulate' as SVG (as brink simulate --svg)
///     export ladder FILE.svg|FILE.dot [flow]  the scenario's ladder: states on rungs, moves on arrows
///     export efg FILE                  the game as a Gambit extensive game (a scenario unrolled)
extension CommandSpec {
  /// What can be exported: the first word after `export`.
  static let exportKinds = ["nfg", "csv", "simulation", "solution", "chart", "ladder", "efg"]

  static let exportUsage = "export nfg|csv FILE | export simulation json|csv FILE | export solution json FILE | export chart FILE | export ladder FILE.svg|FILE.dot [flow] | export efg FILE"

  static let export = CommandSpec(
    "export",
    abstract: "Write the current game, the last results or their charts to a file.",
    usage: exportUsage,
    discussion: "'export nfg FILE' writes the current game in Gambit's strategic-form format with exact payoffs; 'export csv FILE' writes it one line per cell. 'export simulation json|csv FILE' writes the last 'simulate' of a scenario (outcomes with 95% intervals, state probabilities by round, time to each outcome, the variables at the end, expected discounted payoffs, the most frequent paths) exactly as 'brink simulate --json' or '--csv' does. 'export solution json FILE' writes the last 'solve' as 'brink solve --json' does: a scenario's strategies and continuation values at every node, or a plain game's equilibria. 'export chart FILE' draws the last 'simulate' as a standalone SVG image (FILE ends in .svg, or has no extension): the probability of each state by round, stacked (the states' shares add up to 100% in every round), and where the paths end with their 95% intervals (the same image as 'brink simulate --svg FILE'). 'export ladder FILE' draws the scenario itself: its states on the rungs of the escalation ladder (rung 0 where it starts, one rung up for each escalating move it takes to get there), arrows labelled with the joint moves that take them and their probabilities, terminal states with a double border; as SVG (FILE.svg), or in Graphviz's DOT language (FILE.dot) for 'dot -Tpng'; 'export ladder FILE.svg flow' draws each arrow as wide as the last 'simulate' took it, labelled with how often a path took it. 'export efg FILE' writes the game as a Gambit extensive game (.efg) with exact payoffs: a scenario unrolled from its start over its horizon (each side sees the state and every earlier move, not the other's move in a simultaneous round; payoffs discounted to round 0; refused when the tree would pass 100,000 nodes), a plain game as one simultaneous round; Gambit's solvers, or 'brink solve FILE.efg', then read it. Every file is written to a temporary name in the same folder and renamed, so it is never left half-written; the loaded scenario is never overwritten (that is what 'save' is for).",
    examples: ["export nfg chicken.nfg", "export csv chicken.csv", "export simulation json run.json",
               "export simulation csv run.csv", "export solution json solution.json", "export chart run.svg",
               "export ladder ladder.svg", "export ladder ladder.dot", "export ladder flow.svg flow", "export efg game.efg"],
    completion: { previous in
      switch previous.count {
      case 0: return .keyword(exportKinds)
      case 1:
        switch previous[0].lowercased() {
        case "simulation": return .keyword(["json", "csv"])
        case "solution": return .keyword(["json"])
        case "nfg", "csv", "chart", "ladder", "efg": return .file
        default: return .none
        }
      case 2: return ["simulation", "solution"].contains(previous[0].lowercased()) ? .file : .none
      default: return .none
      }
    }
  ) { session, arguments throws(CommandError) in
    guard let kind = arguments.first?.lowercased() else { throw CommandError("missing argument", usage: exportUsage) }
    switch kind {
    case "nfg", "csv": return try session.exportGame(kind, arguments)
    case "simulation": return try session.exportSimulation(arguments)
    case "solution": return try session.exportSolution(arguments)
    case "chart": return try session.exportChart(arguments)
    case "ladder": return try session.exportLadder(arguments)
    case "efg": return try session.exportExtensiveGame(arguments)
    default:
      var notes: [String] = []
      switch kind {
      case "json": notes = ["JSON is written by 'export simulation json FILE' and 'export solution json FILE'"]
      case "svg": notes = ["SVG charts are written by 'export chart FILE'"]
      case "results":
        notes = ["the last 'simulate' is written by 'export simulation json|csv FILE', the last 'solve' by 'export solution json FILE'"]
      default: notes = Suggestions.didYouMean(arguments[0], in: exportKinds).map { [$0] } ?? []
      }
      throw CommandError("cannot export '\(arguments[0])' (export nfg, csv, simulation, solution, chart, ladder or efg)",
                         usage: exportUsage, notes: notes)
    }
  }
}

extension Session {
  /// `export nfg|csv FILE`: the current stage game.
  func exportGame(_ format: String, _ arguments: [String]) throws(CommandError) -> String {
    let usage = "export nfg|csv FILE"
    try expectCount(arguments, 2...2, usage: usage)
    let text = format == "nfg" ? GameText.nfg(game) : GameText.csv(game)
    try FileOutput.writeAtomically(text, to: arguments[1], session: self)
    return "Wrote \(arguments[1])."
  }

  /// `export simulation json|csv FILE`: the last `simulate`, as `brink simulate
  /// --json/--csv` prints it (with its final newline).
  func exportSimulation(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "export simulation json|csv FILE"
    let (format, path) = try formatAndFile(arguments, formats: ["json", "csv"], usage: usage)
    let run = try lastSimulation()
    let text = format == "json" ? SimulationReport.json(run.summary) : SimulationReport.csv(run.summary)
    try FileOutput.writeAtomically(text + "\n", to: path, session: self)
    return "Wrote \(path) (the simulation of \(run.name): \(run.summary.pathsCompleted) paths, seed \(run.summary.seed))."
  }

  /// `export solution json FILE`: the last `solve`, as `brink solve --json` prints it.
  func exportSolution(_ arguments: [String]) throws(CommandError) -> String {
    let (_, path) = try formatAndFile(arguments, formats: ["json"], usage: "export solution json FILE")
    guard let solution = results.solution else {
      throw CommandError("no solution to export yet: 'solve' produces one")
    }
    let object: JSONValue, what: String
    switch solution {
    case .scenario(let file, let document, let solved):
      object = ScenarioSolveJSON.object(file: file, document: document, solved: solved)
      what = "the solution of \(document.name) by backward induction"
    case .game(let name, let report):
      // The analysis `solve` made, not a second solve.
      object = SolveJSON.object(file: report.file, game: report.analysis.game, report.jsonParts)
      what = "the equilibria of \(name)"
    }
    try FileOutput.writeAtomically(SolveJSON.document([object]), to: path, session: self)
    return "Wrote \(path) (\(what))."
  }

  /// `export chart FILE`: the last `simulate` as an SVG image, as `brink simulate
  /// --svg` writes it.
  func exportChart(_ arguments: [String]) throws(CommandError) -> String {
    try expectCount(arguments, 2...2, usage: "export chart FILE")
    let name = arguments[1].split(separator: "/").last ?? ""
    if let dot = name.lastIndex(of: "."), dot != name.startIndex, name[name.index(after: dot)...].lowercased() != "svg" {
      throw CommandError("a chart is an SVG image; name the file with .svg, not '\(name[dot...])'", usage: "export chart FILE")
    }
    let run = try lastSimulation(toChart: true)
    try FileOutput.writeAtomically(SimulationChart.svg(run.summary, title: run.title, dates: run.dates), to: arguments[1], session: self)
    return "Wrote \(arguments[1]) (charts of the simulation of \(run.name): \(run.summary.pathsCompleted) paths, seed \(run.summary.seed))."
  }

  /// `export ladder FILE.svg|FILE.dot [flow]`: the loaded scenario's ladder, its arrows
  /// weighted by the last simulation's flow with `flow`.
  func exportLadder(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "export ladder FILE.svg|FILE.dot [flow]"
    try expectCount(arguments, 2...3, usage: usage)
    guard let doc = document else {
      throw CommandError("\(name) is a plain game; a ladder is drawn of a scenario (load one first)")
    }
    let path = arguments[1], lower = path.lowercased()
    // `flow`: each arrow as wide as the last simulation took it (LadderLayout.flows).
    var flow: (perArrow: [Double], paths: Int)?
    if arguments.count == 3 {
      guard arguments[2].lowercased() == "flow" else { throw CommandError("expected 'flow' after FILE, not '\(arguments[2])'", usage: usage) }
      let run = try lastSimulation()
      flow = (LadderLayout(doc.scenario).flows(doc.scenario, moves: run.summary.moves, paths: run.summary.pathsCompleted),
              run.summary.pathsCompleted)
    }
    let text: String
    if lower.hasSuffix(".svg") {
      text = LadderChart.svg(doc.scenario, title: "The escalation ladder of \(doc.name): \(doc.scenario.title)", flow: flow)
    } else if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
      guard flow == nil else { throw CommandError("'flow' is drawn in the SVG picture only; name the file .svg", usage: usage) }
      text = LadderChart.dot(doc.scenario, name: doc.name)
    } else {
      throw CommandError("name the file .svg (an image) or .dot (Graphviz), not '\(path)'", usage: usage)
    }
    try FileOutput.writeAtomically(text, to: path, session: self)
    return "Wrote \(path) (the ladder of \(doc.name): \(doc.scenario.states.count) states)."
  }

  /// The last scenario `simulate`, or the error saying how to make one.
  private func lastSimulation(toChart: Bool = false) throws(CommandError) -> SessionResults.Simulation {
    guard let run = results.simulation else {
      throw CommandError("no simulation to \(toChart ? "chart" : "export") yet: 'simulate' with a scenario loaded produces one",
                         notes: document == nil ? ["\(name) is a plain game; its 'simulate' is shown, not kept (load a scenario first)"] : [])
    }
    return run
  }

  /// The FORMAT and FILE of `export simulation|solution FORMAT FILE`.
  private func formatAndFile(_ arguments: [String], formats: [String], usage: String) throws(CommandError) -> (String, String) {
    if arguments.count == 2, !formats.contains(arguments[1].lowercased()) {
      throw CommandError("missing the format (\(formats.joinedAsList(conjunction: "or"))) before '\(arguments[1])'", usage: usage)
    }
    try expectCount(arguments, 3...3, usage: usage)
    let format = arguments[1].lowercased()
    guard formats.contains(format) else {
      let known = formats.count == 1 ? "the format is \(formats[0])" : "the formats are \(formats.joinedAsList())"
      throw CommandError("cannot export \(arguments[0].lowercased()) as '\(arguments[1])' (\(known))", usage: usage)
    }
    return (format, arguments[2])
  }
}
